// SPDX-License-Identifier: GPL-3.0-or-later
// The decisions of the demo workspace, as the seeds tell them: the regional council's charter
// (validated on 1 July 2025 through a counter-proposal), its 2026 roadmap and priorities
// (18 November 2025), and the Zorgraad BruZEL forum of 6 June 2019 (seed 003). Every stored
// outcome must be what the rules compute from the stored counts.

#include "catchqt.h"
#include "demoworkspace.h"

#include "decisions/votes.h"
#include "rules/attendance.h"
#include "rules/decisionrules.h"

#include <QSet>

#include <algorithm>

using namespace Quorum;
using QuorumTest::DemoWorkspace;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const Database &db(const DemoWorkspace &demo)
{
    return demo.workspace->storage();
}

Record councilOf(const DemoWorkspace &demo, const char *kind)
{
    for (const Record &c : demo.workspace->records(Entity::Council))
        if (c.text(s("kind")) == s(kind))
            return c;
    FAIL("no demo council of kind " << kind);
    return {};
}

Record itemTitled(const DemoWorkspace &demo, const Record &meeting, const char *frenchTitle)
{
    for (const Record &item : demo.workspace->records(Entity::AgendaItem, meeting.id))
        if (item.bilingual(s("title")).fr == s(frenchTitle))
            return item;
    FAIL("no item " << frenchTitle << " on " << meeting.text(s("date")).toStdString());
    return {};
}

QList<Record> votesOf(const DemoWorkspace &demo, const Record &item)
{
    return demo.workspace->records(Entity::Vote, item.id);
}

VoteCount counted(const DemoWorkspace &demo, qint64 voteId)
{
    const Result<VoteCount> count = countVote(db(demo), voteId);
    REQUIRE(count.ok());
    return count.value();
}

DecisionRule rule(const char *code)
{
    const Result<DecisionRule> parsed = parseRuleCode(s(code));
    REQUIRE(parsed.ok());
    return parsed.value();
}

// Who openVote() would have captured: the council's voting members present, or represented
// by someone present, according to the meeting's attendance.
QSet<qint64> votingMembersInTheRoom(const DemoWorkspace &demo, const Record &meeting)
{
    QSet<qint64> members;
    QSet<qint64> voting;
    for (const Record &m : demo.workspace->records(Entity::Membership, meeting.number(s("council_id")))) {
        members.insert(m.number(s("person_id")));
        if (m.text(s("role")) == s("voting"))
            voting.insert(m.number(s("person_id")));
    }
    QList<AttendanceEntry> entries;
    for (const Record &a : demo.workspace->records(Entity::Attendance, meeting.id)) {
        const qint64 person = a.number(s("person_id"));
        entries.append({person, attendanceStatusFromCode(a.text(s("status"))), a.number(s("proxy_id")),
                        !members.contains(person)});
    }
    const EffectivePresence presence = effectivePresence(entries);
    QSet<qint64> result;
    for (qint64 person : std::as_const(voting))
        if (presence.counts(person))
            result.insert(person);
    return result;
}

QSet<qint64> electorsOf(const DemoWorkspace &demo, const Record &vote)
{
    QSet<qint64> result;
    for (const Record &e : demo.workspace->records(Entity::VoteElector, vote.id))
        result.insert(e.number(s("person_id")));
    return result;
}

int votingMembers(const DemoWorkspace &demo, qint64 councilId)
{
    QSet<qint64> voting;
    for (const Record &m : demo.workspace->records(Entity::Membership, councilId))
        if (m.text(s("role")) == s("voting"))
            voting.insert(m.number(s("person_id")));
    return int(voting.size());
}

// A vote whose electors were captured from the attendance, as openVote() does.
void checkElectorate(const DemoWorkspace &demo, const Record &meeting, const Record &vote)
{
    INFO("vote " << vote.id);
    const QSet<qint64> room = votingMembersInTheRoom(demo, meeting);
    CHECK_FALSE(room.isEmpty());
    CHECK(electorsOf(demo, vote) == room);
    CHECK(vote.number(s("present")) == room.size());
    CHECK(vote.number(s("members")) == votingMembers(demo, meeting.number(s("council_id"))));
    CHECK(vote.number(s("quorum_met")) == 1);
}

const ElectionResult &electionOf(const VoteCount &count)
{
    REQUIRE(count.election.has_value());
    return *count.election;
}

int withStatus(const ElectionResult &result, CandidateStatus status)
{
    return int(std::count_if(result.candidates.cbegin(), result.candidates.cend(),
                             [status](const CandidateResult &c) { return c.status == status; }));
}

} // namespace

TEST_CASE("Every closed demo vote stores the outcome its rules compute", "[demodecisions]")
{
    DemoWorkspace demo;
    const QList<Record> votes = demo.workspace->records(Entity::Vote);
    REQUIRE(votes.size() >= 7);
    int closed = 0;
    for (const Record &vote : votes) {
        INFO("vote " << vote.id << " " << vote.bilingual(s("title")).fr.toStdString());
        if (vote.text(s("status")) != s("closed"))
            continue;
        ++closed;
        const VoteCount count = counted(demo, vote.id);
        CHECK(count.closed);
        CHECK(outcomeCode(count.outcome()) == vote.text(s("outcome")));
        CHECK(count.outcome() != Outcome::Invalid);
        CHECK(count.explanation().isComplete());
        // The rule is stored in its canonical form.
        const Result<DecisionRule> parsed = parseRuleCode(vote.text(s("rule")));
        REQUIRE(parsed.ok());
        CHECK(ruleCode(parsed.value()) == vote.text(s("rule")));
        // Opened and closed during the meeting, on its day.
        const std::optional<Record> item = demo.workspace->record(Entity::AgendaItem, vote.number(s("agenda_item_id")));
        REQUIRE(item);
        const std::optional<Record> meeting = demo.workspace->record(Entity::Meeting, item->number(s("meeting_id")));
        REQUIRE(meeting);
        const QDateTime opened = vote.value(s("opened_at")).toDateTime();
        const QDateTime closedAt = vote.value(s("closed_at")).toDateTime();
        REQUIRE(opened.isValid());
        REQUIRE(closedAt.isValid());
        CHECK(opened < closedAt);
        CHECK(opened.toUTC().date().toString(Qt::ISODate) == meeting->text(s("date")));
        CHECK(closedAt.toUTC().date().toString(Qt::ISODate) == meeting->text(s("date")));
        CHECK(vote.number(s("present")) <= vote.number(s("members")));
        CHECK(demo.workspace->records(Entity::VoteElector, vote.id).size() == vote.number(s("present")));
    }
    CHECK(closed >= 7); // the seeds' decisions are all recorded as taken
}

TEST_CASE("The regional council charter is in force from its validation on 1 July 2025", "[demodecisions]")
{
    DemoWorkspace demo;
    const Record regional = councilOf(demo, "regional");
    const QList<Record> charters = demo.workspace->records(Entity::Charter, regional.id);
    REQUIRE(charters.size() == 2);
    const Record adopted = charters.at(0);
    CHECK(adopted.number(s("version")) == 1);
    CHECK(adopted.text(s("adopted_on")) == s("2025-07-01"));
    CHECK(adopted.bilingual(s("title")) == BilingualText{s("Charte du CAR"), s("Handvest van de RA")});
    CHECK(adopted.bilingual(s("notes")).fr.contains(s("un an")));
    const Record draft = charters.at(1);
    CHECK(draft.number(s("version")) == 2);
    CHECK(draft.value(s("adopted_on")).isNull());

    // On the day of the 2026 roadmap vote, and long after: version 1, never the draft.
    for (const QDate date : {QDate(2025, 7, 1), QDate(2025, 11, 18), QDate(2027, 1, 1)}) {
        INFO(date.toString(Qt::ISODate).toStdString());
        const CharterRules rules = charterRules(db(demo), regional.id, date);
        CHECK(rules.charterId == adopted.id);
        CHECK(rules.decision == rule("majority base=present threshold=2/3 compare=atleast abstentions=excluded quorum=refuse"));
        CHECK(rules.subgroup == rule("consensus quorum=flag"));
        CHECK(rules.election == rule("election base=cast threshold=2/3 compare=atleast abstentions=excluded quorum=refuse seats=1 ranked=no"));
    }
    // Before the validation, the built-in defaults.
    CHECK(charterRules(db(demo), regional.id, QDate(2025, 6, 30)).charterId == 0);
    // The care council decided by the rules of its forum, without a charter yet (seed 003:
    // decision principles in autumn 2019).
    CHECK(demo.workspace->records(Entity::Charter, councilOf(demo, "care").id).isEmpty());
}

TEST_CASE("The charter is validated through a subgroup's counter-proposal on 1 July 2025", "[demodecisions]")
{
    DemoWorkspace demo;
    const Record meeting = demo.meeting(s("2025-07-01"));
    const Record item = itemTitled(demo, meeting, "Validation de la charte");
    CHECK(item.text(s("kind")) == s("decision"));
    CHECK(item.bilingual(s("title")).nl == s("Goedkeuring van het handvest"));

    const QList<Record> proposals = demo.workspace->records(Entity::Proposal, item.id);
    REQUIRE(proposals.size() == 2);
    const Record original = proposals.at(0);
    const Record counter = proposals.at(1);
    CHECK(original.text(s("status")) == s("replaced"));
    CHECK(counter.text(s("status")) == s("adopted"));
    for (const Record &p : proposals)
        CHECK(p.bilingual(s("theme")) == BilingualText{s("Gouvernance"), s("Bestuur")});

    // The objection carries its argument and its counter-proposal, from a subgroup.
    const QList<Record> objections = demo.workspace->records(Entity::Objection, original.id);
    REQUIRE(objections.size() == 1);
    const Record objection = objections.first();
    CHECK(objection.bilingual(s("argument")).isComplete());
    CHECK(objection.number(s("counter_proposal_id")) == counter.id);
    CHECK(objection.text(s("status")) == s("resolved"));
    CHECK(objection.number(s("author_subgroup_id")) > 0);
    CHECK(counter.number(s("author_subgroup_id")) == objection.number(s("author_subgroup_id")));

    // The counter-proposal, voted by subgroup voices under the charter's rules.
    const QList<Record> votes = votesOf(demo, item);
    REQUIRE(votes.size() == 1);
    const Record vote = votes.first();
    CHECK(vote.number(s("proposal_id")) == counter.id);
    CHECK(vote.number(s("by_subgroup")) == 1);
    CHECK(vote.text(s("mode")) == s("hands"));
    CHECK(vote.text(s("outcome")) == s("adopted"));
    checkElectorate(demo, meeting, vote);
    const VoteCount count = counted(demo, vote.id);
    REQUIRE(count.subgroups.has_value());
    CHECK(count.subgroups->overall.outcome == Outcome::Adopted);
    CHECK(count.subgroups->voices.size() == 10);
    int against = 0;
    for (const SubgroupVoice &voice : count.subgroups->voices)
        against += voice.voice == Voice::Against ? 1 : 0;
    CHECK(against == 1); // a subgroup without consensus: its voice is against, and it is outvoted
}

TEST_CASE("The 2026 roadmap is voted on 18 November 2025 with its priority actions", "[demodecisions]")
{
    DemoWorkspace demo;
    const Record meeting = demo.meeting(s("2025-11-18"));

    // The roadmap, by subgroup voices.
    const Record item = itemTitled(demo, meeting, "Vote de la feuille de route 2026");
    CHECK(item.text(s("kind")) == s("decision"));
    const QList<Record> proposals = demo.workspace->records(Entity::Proposal, item.id);
    REQUIRE(proposals.size() == 1);
    const Record roadmap = proposals.first();
    CHECK(roadmap.bilingual(s("theme")) == BilingualText{s("Feuille de route"), s("Stappenplan")});
    CHECK(roadmap.text(s("status")) == s("adopted"));

    const QList<Record> votes = votesOf(demo, item);
    REQUIRE(votes.size() == 2);
    const Record *byVoices = nullptr;
    const Record *dots = nullptr;
    for (const Record &v : votes)
        (v.number(s("by_subgroup")) == 1 ? byVoices : dots) = &v;
    REQUIRE(byVoices);
    REQUIRE(dots);
    CHECK(byVoices->number(s("proposal_id")) == roadmap.id);
    CHECK(byVoices->text(s("outcome")) == s("adopted"));
    CHECK(byVoices->text(s("rule")) == ruleCode(charterRules(db(demo), meeting.number(s("council_id")),
                                                             QDate(2025, 11, 18)).decision));
    const VoteCount voices = counted(demo, byVoices->id);
    REQUIRE(voices.subgroups.has_value());
    CHECK(voices.subgroups->overall.outcome == Outcome::Adopted);

    // The priority actions: three dots each, among those present.
    CHECK(dots->value(s("proposal_id")).isNull());
    CHECK(dots->text(s("mode")) == s("hands"));
    CHECK(dots->text(s("rule")) == s("priority dots=3 quorum=flag"));
    const VoteCount priority = counted(demo, dots->id);
    REQUIRE(priority.priority.has_value());
    CHECK(priority.priority->outcome == Outcome::Adopted);
    CHECK(priority.options.size() >= 4);
    CHECK(priority.options.size() <= 5);
    const int participants = int(dots->number(s("ballots")));
    CHECK(participants > 0);
    CHECK(participants <= dots->number(s("present")));
    CHECK(priority.priority->dotsAvailable == participants * 3);
    CHECK(priority.priority->dotsCast <= priority.priority->dotsAvailable);
    CHECK(priority.priority->ranking.front().rank == 1);
    CHECK_FALSE(priority.priority->ranking.front().tied);

    // The previous minutes, approved by an evident show of hands: the item the console
    // offers is this one, not a second one.
    const Record minutes = itemTitled(demo, meeting, "Approbation de la synthèse du CAR du 01/07/2025");
    const QList<Record> approvals = votesOf(demo, minutes);
    REQUIRE(approvals.size() == 1);
    CHECK(approvals.first().number(s("evident")) == 1);
    CHECK(approvals.first().text(s("mode")) == s("hands"));
    CHECK(approvals.first().text(s("outcome")) == s("adopted"));
    const int items = int(demo.workspace->records(Entity::AgendaItem, meeting.id).size());
    const Result<qint64> approval = ensureMinutesApproval(*demo.workspace, meeting.id);
    REQUIRE(approval.ok());
    CHECK(approval.value() == minutes.id);
    CHECK(demo.workspace->records(Entity::AgendaItem, meeting.id).size() == items);
}

TEST_CASE("The Zorgraad forum of 6 June 2019 elects its delegations partners and chair as seed 003 says",
          "[demodecisions]")
{
    DemoWorkspace demo;
    const Record care = councilOf(demo, "care");
    const Record meeting = demo.meeting(s("2019-06-06"));

    // More than half of the mandatory partners present or represented.
    QList<QuorumMember> members;
    for (const Record &m : demo.workspace->records(Entity::Membership, care.id))
        members.append({m.number(s("person_id")), m.text(s("role")) == s("voting"), m.number(s("mandatory")) != 0});
    QList<AttendanceEntry> attendance;
    for (const Record &a : demo.workspace->records(Entity::Attendance, meeting.id))
        attendance.append({a.number(s("person_id")), attendanceStatusFromCode(a.text(s("status"))),
                           a.number(s("proxy_id")), a.number(s("guest")) != 0});
    CHECK(evaluateQuorum(QuorumRule::MandatoryMajority, members, attendance).met);

    // Each cluster delegation as a whole, at least 2/3 of the forum.
    const QList<Record> delegationVotes = votesOf(demo, itemTitled(demo, meeting, "Approbation des délégations des clusters"));
    REQUIRE(delegationVotes.size() == 1);
    const Record delegations = delegationVotes.first();
    checkElectorate(demo, meeting, delegations);
    CHECK(delegations.text(s("rule")) ==
          s("election base=cast threshold=2/3 compare=atleast abstentions=excluded quorum=refuse seats=4 ranked=no"));
    QSet<qint64> clusters;
    for (const Record &option : demo.workspace->records(Entity::VoteOption, delegations.id)) {
        const std::optional<Record> cluster = demo.workspace->record(Entity::Subgroup, option.number(s("subgroup_id")));
        REQUIRE(cluster);
        CHECK(cluster->number(s("council_id")) == care.id);
        clusters.insert(cluster->id);
    }
    CHECK(clusters.size() == 4);
    const VoteCount delegationCount = counted(demo, delegations.id);
    const ElectionResult &delegated = electionOf(delegationCount);
    CHECK(delegated.outcome == Outcome::Adopted);
    CHECK(withStatus(delegated, CandidateStatus::Elected) == 4);

    // Optional partners: six candidates, five reach 2/3, the four with most votes sit.
    const QList<Record> partnerVotes = votesOf(demo, itemTitled(demo, meeting, "Candidat·es partenaires optionnels"));
    REQUIRE(partnerVotes.size() == 1);
    const Record partners = partnerVotes.first();
    checkElectorate(demo, meeting, partners);
    const VoteCount partnerCount = counted(demo, partners.id);
    const ElectionResult &optional = electionOf(partnerCount);
    CHECK(optional.outcome == Outcome::Adopted);
    CHECK(optional.candidates.size() == 6);
    CHECK(withStatus(optional, CandidateStatus::Elected) == 4);
    CHECK(withStatus(optional, CandidateStatus::Qualified) == 1);
    CHECK(withStatus(optional, CandidateStatus::NotQualified) == 1);
    // Those elected sit in the optional partners' cluster from that day.
    const QList<Record> partnerOptions = demo.workspace->records(Entity::VoteOption, partners.id);
    const QList<Record> memberships = demo.workspace->records(Entity::Membership, care.id);
    for (const CandidateResult &candidate : optional.candidates) {
        const qint64 person = partnerOptions.at(candidate.index).number(s("person_id"));
        REQUIRE(person > 0);
        const bool seated = std::any_of(memberships.cbegin(), memberships.cend(), [&](const Record &m) {
            return m.number(s("person_id")) == person && m.number(s("subgroup_id")) > 0
                   && m.text(s("term_start")) == s("2019-06-06");
        });
        CHECK(seated == (candidate.status == CandidateStatus::Elected));
    }

    // Chair and vice-chair from one list.
    const QList<Record> chairVotes = votesOf(demo, itemTitled(demo, meeting, "Candidat·e à la présidence"));
    REQUIRE(chairVotes.size() == 1);
    const Record chair = chairVotes.first();
    checkElectorate(demo, meeting, chair);
    const VoteCount chairCount = counted(demo, chair.id);
    CHECK(chairCount.rule.ranked);
    CHECK(chairCount.rule.seats == 2);
    const ElectionResult &chairs = electionOf(chairCount);
    CHECK(chairs.outcome == Outcome::Adopted);
    CHECK(chairs.candidates.size() == 3);
    QList<int> seats;
    for (const CandidateResult &candidate : chairs.candidates)
        if (candidate.status == CandidateStatus::Elected)
            seats << candidate.seat;
    CHECK(seats == QList<int>{1, 2});
}

TEST_CASE("Secret demo votes keep counts only and no ballot of anyone", "[demodecisions]")
{
    DemoWorkspace demo;
    int secret = 0;
    for (const Record &vote : demo.workspace->records(Entity::Vote)) {
        const QList<Record> ballots = demo.workspace->records(Entity::Ballot, vote.id);
        const QList<Record> tallies = demo.workspace->records(Entity::VoteTally, vote.id);
        INFO("vote " << vote.id);
        if (vote.text(s("mode")) == s("secret")) {
            ++secret;
            CHECK(ballots.isEmpty());
            CHECK_FALSE(tallies.isEmpty());
            CHECK_FALSE(vote.value(s("ballots")).isNull());
        } else if (vote.text(s("mode")) == s("hands")) {
            CHECK(ballots.isEmpty()); // a show of hands records counts, not names
        }
    }
    CHECK(secret >= 1);
}

TEST_CASE("Every demo decision text is in French and in Dutch", "[demodecisions]")
{
    DemoWorkspace demo;
    for (Entity entity : {Entity::Charter, Entity::Proposal, Entity::Objection, Entity::Vote, Entity::VoteOption}) {
        const QList<Record> records = demo.workspace->records(entity);
        CHECK_FALSE(records.isEmpty());
        for (const Record &r : records) {
            for (const Field &field : entitySpec(entity).fields) {
                if (!field.bilingual)
                    continue;
                const BilingualText text = r.bilingual(field.name);
                INFO(entitySpec(entity).table.toStdString() << " " << r.id << " " << field.name.toStdString());
                // Optional texts (a rationale) may be left empty, never in one language only.
                CHECK((text.isComplete() || (text.fr.isEmpty() && text.nl.isEmpty())));
                static const QStringList always{s("text"), s("theme"), s("notes"), s("argument")};
                if (field.required || always.contains(field.name))
                    CHECK(text.isComplete());
            }
        }
    }
}
