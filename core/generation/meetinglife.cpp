// SPDX-License-Identifier: GPL-3.0-or-later
#include "generation/meetinglife.h"

#include "rules/attendance.h"
#include "storage/database.h"
#include "synthesis/draft.h"
#include "workshops/workshopassignment.h"

#include <QSet>
#include <QTimeZone>

namespace Quorum::Generation {
namespace {

QString f(const char *name)
{
    return QString::fromLatin1(name);
}

BilingualText both(const char *fr, const char *nl)
{
    return {QString::fromUtf8(fr), QString::fromUtf8(nl)};
}

struct Action
{
    const char *fr;
    const char *nl;
};

// What councils decide to do, in the words of their proposals and dot votes.
constexpr Action actions[] = {
    {"Lancer un groupe de travail", "Een werkgroep opstarten"},
    {"Financer un projet pilote", "Een proefproject financieren"},
    {"Publier une note d'orientation", "Een oriëntatienota publiceren"},
    {"Organiser une journée d'étude", "Een studiedag organiseren"},
    {"Adopter une feuille de route commune", "Een gemeenschappelijk stappenplan goedkeuren"},
    {"Désigner un référent par bassin", "Een referentiepersoon per zorgzone aanwijzen"},
    {"Évaluer l'accessibilité des services", "De toegankelijkheid van de diensten evalueren"},
    {"Former les équipes de première ligne", "De eerstelijnsteams opleiden"},
    {"Cartographier l'offre d'aide et de soins", "Het zorg- en hulpaanbod in kaart brengen"},
    {"Renforcer l'interprétariat social", "Het sociaal tolken versterken"},
};

DecisionRule majority(MajorityBase base, bool simple, Fraction fraction, Comparison comparison,
                      AbstentionPolicy abstentions, QuorumPolicy quorum)
{
    DecisionRule rule;
    rule.method = DecisionMethod::Majority;
    rule.base = base;
    rule.simple = simple;
    rule.fraction = fraction;
    rule.comparison = comparison;
    rule.abstentions = abstentions;
    rule.quorum = quorum;
    return rule;
}

DecisionRule simpleMajority(QuorumPolicy quorum = QuorumPolicy::Flag)
{
    return majority(MajorityBase::Cast, true, {1, 2}, Comparison::MoreThan, AbstentionPolicy::Excluded, quorum);
}

DecisionRule byMethod(DecisionMethod method)
{
    DecisionRule rule;
    rule.method = method;
    rule.quorum = QuorumPolicy::Flag;
    return rule;
}

DecisionRule election(MajorityBase base, Fraction fraction, Comparison comparison, int seats, bool ranked)
{
    DecisionRule rule = majority(base, false, fraction, comparison, AbstentionPolicy::Excluded, QuorumPolicy::Flag);
    rule.method = DecisionMethod::Election;
    rule.seats = seats;
    rule.ranked = ranked;
    return rule;
}

DecisionRule dots(int perParticipant)
{
    DecisionRule rule = byMethod(DecisionMethod::Priority);
    rule.dots = perParticipant;
    return rule;
}

} // namespace

MeetingLife::MeetingLife(Database &database, QRandomGenerator &random, const QHash<qint64, QString> &personNames,
                         GeneratorSummary &summary)
    : m_db(database), m_random(random), m_names(personNames), m_summary(summary), m_votes(database, random, summary)
{
    m_everyone = personNames.keys();
    std::sort(m_everyone.begin(), m_everyone.end()); // QHash order is not stable across runs
}

Result<void> MeetingLife::live(const PlannedCouncil &council, const Record &meeting, const QList<Record> &decisionItems,
                               bool firstOfCouncil)
{
    if (const Result<void> attended = attend(council, meeting); !attended)
        return attended;
    if (const Result<void> chosen = chooseWorkshops(meeting); !chosen)
        return chosen;
    if (const Result<void> captured = captureIdeas(meeting); !captured)
        return captured;
    const CapturedRoom room = captureVoteRoom(m_db, meeting, council.record);
    for (int i = 0; i < decisionItems.size(); ++i) {
        // The opening decision item approves the previous minutes, from the second meeting on.
        const bool approval = i == 0 && decisionItems.at(i).number(f("position")) < 4;
        if (approval && firstOfCouncil)
            continue;
        if (const Result<void> decided = decide(council, meeting, room, decisionItems.at(i), i, approval); !decided)
            return decided;
    }
    // Councils keep the full minutes the app drafts; working groups a short note.
    const QString kind = council.record.text(f("kind"));
    return minutes(meeting, kind == u"regional" || kind == u"bassin");
}

Result<void> MeetingLife::attend(const PlannedCouncil &council, const Record &meeting)
{
    const QDate date = QDate::fromString(meeting.text(f("date")), Qt::ISODate);
    const bool mandatoryQuorum = council.record.text(f("quorum_rule")) == u"mandatory_majority";
    QSet<qint64> members;
    QList<const PlannedMember *> active;
    QSet<qint64> seen;
    for (const PlannedMember &m : council.members) {
        members.insert(m.personId);
        if (m.from <= date && date <= m.to && !seen.contains(m.personId)) {
            seen.insert(m.personId);
            active << &m;
        }
    }
    // Around twenty-five people a meeting; mandatory partners come when the quorum needs them.
    const int target = 15 + int(pick(20));
    const int chancePerMille = active.isEmpty() ? 0 : qMin(1000, int(target * 1000 / active.size()));
    struct Row
    {
        qint64 person;
        AttendanceStatus status;
        bool voting;
    };
    QList<Row> rows;
    for (const PlannedMember *m : std::as_const(active)) {
        const bool comes = (mandatoryQuorum && m->mandatory && m->voting) ? chance(85) : int(pick(1000)) < chancePerMille;
        if (!comes) {
            if (chance(2))
                rows.append({m->personId, AttendanceStatus::Absent, m->voting});
            continue;
        }
        const int r = int(pick(100));
        rows.append({m->personId, r < 82 ? AttendanceStatus::Present : r < 90 ? AttendanceStatus::Represented : AttendanceStatus::Excused,
                     m->voting});
    }
    QList<qint64> carriers; // members in the room who may carry a proxy
    for (const Row &row : std::as_const(rows))
        if (row.status == AttendanceStatus::Present)
            carriers << row.person;

    const QDateTime start(date, QTime(8, 40), QTimeZone::utc());
    QList<Record> rowsToWrite;
    int arrivals = 0;
    auto write = [&](qint64 person, AttendanceStatus status, qint64 proxy, bool guest) -> Result<void> {
        Record row(Entity::Attendance, {{f("meeting_id"), meeting.id},
                                        {f("person_id"), person},
                                        {f("status"), attendanceStatusCode(status)},
                                        {f("guest"), guest}});
        if (proxy > 0)
            row.values.insert(f("proxy_id"), proxy);
        if (status == AttendanceStatus::Present)
            row.values.insert(f("checked_in_at"), start.addSecs(60 * (arrivals++ % 55)));
        rowsToWrite << row;
        ++m_summary.attendance;
        m_summary.guests += guest ? 1 : 0;
        m_summary.represented += status == AttendanceStatus::Represented ? 1 : 0;
        return {};
    };
    for (const Row &row : std::as_const(rows)) {
        AttendanceStatus status = row.status;
        qint64 proxy = 0;
        if (status == AttendanceStatus::Represented) {
            proxy = carriers.isEmpty() ? 0 : carriers.at(pick(carriers.size()));
            if (proxy == 0 || proxy == row.person)
                status = AttendanceStatus::Excused;
        }
        if (const Result<void> written = write(row.person, status, status == AttendanceStatus::Represented ? proxy : 0, false);
            !written)
            return written;
    }
    // Walk-ins: people of the sector who are not members of this council.
    const int guests = int(pick(4));
    QSet<qint64> invited;
    for (int g = 0; g < guests && !m_everyone.isEmpty(); ++g) {
        const qint64 person = m_everyone.at(pick(m_everyone.size()));
        if (members.contains(person) || invited.contains(person))
            continue;
        invited.insert(person);
        if (const Result<void> written = write(person, AttendanceStatus::Present, 0, true); !written)
            return written;
    }
    return m_db.insertMany(rowsToWrite);
}

// The random draws of what later issues added (workshop choices, cards) come from a stream
// of their own per meeting, so adding them left every earlier record of a seed as it was.
namespace {
struct SideRandom
{
    QRandomGenerator random;
    SideRandom(const Record &meeting, quint32 purpose)
        : random(quint32(qHash(meeting.text(u"date"_qs))) ^ (quint32(meeting.id) * 2654435761u) ^ (purpose * 40503u))
    {
    }
    quint32 pick(qsizetype bound) { return random.bounded(quint32(bound)); }
    bool chance(int percent) { return int(pick(100)) < percent; }
};
} // namespace

// Who goes where, for a session with workshops: most of those present chose at registration
// (the first two themes of the programme the most wanted, so some rooms are contested), a
// few ranked a second or third; then the split, stored as the facilitator would store it.
Result<void> MeetingLife::chooseWorkshops(const Record &meeting)
{
    const QList<Record> workshops = m_db.records(Entity::Workshop, meeting.id);
    if (workshops.isEmpty())
        return {};
    SideRandom side(meeting, 1);
    const auto pick = [&](qsizetype bound) { return side.pick(bound); };
    const auto chance = [&](int percent) { return side.chance(percent); };
    QList<Record> choices;
    for (const Record &entry : m_db.records(Entity::Attendance, meeting.id)) {
        if (entry.text(f("status")) != u"present" || !chance(85))
            continue;
        QList<qint64> ranked;
        const int wanted = chance(25) ? 1 : chance(70) ? 2 : 3;
        while (ranked.size() < wanted) {
            // Half the first choices go to the first two workshops.
            const qsizetype w = ranked.isEmpty() && chance(50) ? pick(2) : pick(workshops.size());
            if (!ranked.contains(workshops.at(w).id))
                ranked << workshops.at(w).id;
        }
        for (qsizetype r = 0; r < ranked.size(); ++r)
            choices << Record(Entity::WorkshopChoice,
                              {{f("workshop_id"), ranked.at(r)}, {f("person_id"), entry.number(f("person_id"))}, {f("rank"), int(r) + 1}});
    }
    if (const Result<void> stored = m_db.insertMany(choices); !stored)
        return stored;
    m_summary.workshopChoices += choices.size();

    const MeetingWorkshops lists = readMeetingWorkshops(m_db, meeting.id);
    const SplitOutcome split = splitIntoWorkshops(lists.splitInput());
    QList<Record> seats;
    for (const WorkshopParticipant &person : lists.participants)
        if (const qint64 workshop = split.seats.value(person.personId))
            seats << Record(Entity::WorkshopSeat, {{f("workshop_id"), workshop}, {f("person_id"), person.personId}, {f("pinned"), false}});
    m_summary.workshopSeats += seats.size();
    return m_db.insertMany(seats);
}

// What each workshop produced: a few cards of every kind, most said in French, some with the
// speaker's profile; most grouped into an issue or two per session, one issue in three worked
// into a proposal. Written straight to the file, as an import would.
Result<void> MeetingLife::captureIdeas(const Record &meeting)
{
    const QList<Record> workshops = m_db.records(Entity::Workshop, meeting.id);
    if (workshops.isEmpty())
        return {};
    SideRandom side(meeting, 2);
    const auto pick = [&](qsizetype bound) { return side.pick(bound); };
    const auto chance = [&](int percent) { return side.chance(percent); };
    static const char *const kinds[] = {"problem", "solution", "question", "practice"};
    static const char *const levers[] = {"knowledge", "network", "coordination", "prevention"};
    static const std::pair<const char *, const char *> said[] = {
        {"Les délais d'attente découragent les personnes les plus fragiles.", "De wachttijden ontmoedigen de meest kwetsbare mensen."},
        {"Un point de contact unique pour les professionnels du quartier.", "Eén aanspreekpunt voor de professionals van de wijk."},
        {"Qui finance le temps de concertation entre services ?", "Wie financiert de overlegtijd tussen diensten?"},
        {"Les réunions de quartier mensuelles réunissent CPAS et maisons médicales.", "Maandelijkse wijkvergaderingen brengen OCMW en wijkgezondheidscentra samen."},
        {"L'information ne circule pas entre les secteurs.", "De informatie circuleert niet tussen de sectoren."},
        {"Former les équipes d'accueil à l'orientation.", "De onthaalteams opleiden in doorverwijzing."}};
    const QList<Record> sectors = m_db.records(Entity::Sector);
    const QList<Record> bassins = m_db.records(Entity::Bassin);
    QList<qint64> issues;
    const int issueCount = 1 + int(pick(2));
    for (int i = 0; i < issueCount; ++i) {
        const bool proposal = chance(33);
        Record issue(Entity::IdeaIssue, {{f("meeting_id"), meeting.id}, {f("position"), i}});
        issue.setBilingual(f("name"), {QStringLiteral("Enjeu %1").arg(i + 1), QStringLiteral("Uitdaging %1").arg(i + 1)});
        if (proposal) {
            issue.values.insert(f("proposal_kind"), chance(50) ? u"priority"_qs : u"complementary"_qs);
            issue.setBilingual(f("conditions"), {u"Des moyens et du temps reconnus."_qs, u"Middelen en erkende tijd."_qs});
        }
        const Result<qint64> id = m_db.insert(issue);
        if (!id)
            return Result<void>::failure(id.error());
        issues << id.value();
        ++m_summary.ideaIssues;
    }
    QList<Record> cards;
    for (const Record &workshop : workshops) {
        const int count = 3 + int(pick(6));
        for (int c = 0; c < count; ++c) {
            const auto &[fr, nl] = said[pick(std::size(said))];
            const bool dutch = chance(30);
            Record card(Entity::IdeaCard, {{f("meeting_id"), meeting.id},
                                           {f("workshop_id"), workshop.id},
                                           {f("position"), int(cards.size())},
                                           {f("kind"), QString::fromLatin1(kinds[pick(std::size(kinds))])},
                                           {f("said_in"), dutch ? u"nl"_qs : u"fr"_qs}});
            card.setBilingual(f("text"), {dutch && chance(50) ? QString() : QString::fromUtf8(fr),
                                          !dutch && chance(50) ? QString() : QString::fromUtf8(nl)});
            if (chance(75))
                card.values.insert(f("issue_id"), issues.at(pick(issues.size())));
            if (card.text(f("kind")) == u"solution")
                card.values.insert(f("lever"), QString::fromLatin1(levers[pick(std::size(levers))]));
            if (chance(50) && !sectors.isEmpty())
                card.values.insert(f("sector_id"), sectors.at(pick(sectors.size())).id);
            if (chance(40) && !bassins.isEmpty())
                card.values.insert(f("bassin_id"), bassins.at(pick(bassins.size())).id);
            cards << card;
        }
    }
    m_summary.ideaCards += cards.size();
    // Cards are ordered (their position in the meeting): inserted one by one.
    for (const Record &card : std::as_const(cards))
        if (const Result<qint64> id = m_db.insert(card); !id)
            return Result<void>::failure(id.error());
    return {};
}

qint64 MeetingLife::someone(const CapturedRoom &room)
{
    return room.electors.isEmpty() ? 0 : room.electors.at(pick(room.electors.size())).personId;
}

Result<qint64> MeetingLife::proposal(const Record &item, const BilingualText &title, const BilingualText &text,
                                     qint64 authorId, const QString &status)
{
    Record row(Entity::Proposal, {{f("agenda_item_id"), item.id}, {f("status"), status}});
    row.setBilingual(f("title"), title);
    row.setBilingual(f("text"), text);
    row.setBilingual(f("theme"), item.bilingual(f("title")));
    if (authorId > 0)
        row.values.insert(f("author_id"), authorId);
    const Result<qint64> id = m_db.insert(row);
    if (id)
        ++m_summary.proposals;
    return id;
}

Result<void> MeetingLife::setStatus(Entity entity, qint64 id, const QString &status)
{
    return m_db.update(entity, id, f("status"), status);
}

Result<void> MeetingLife::decide(const PlannedCouncil &council, const Record &meeting, const CapturedRoom &room,
                                 const Record &item, int index, bool approval)
{
    const QDate date = QDate::fromString(meeting.text(f("date")), Qt::ISODate);
    QDateTime at(date, QTime(9, 30), QTimeZone::utc());
    at = at.addSecs(60 * (12 * int(item.number(f("position"))) + int(pick(8))));
    auto nextPlan = [&](qint64 proposalId, const BilingualText &title) {
        VotePlan plan;
        plan.itemId = item.id;
        plan.proposalId = proposalId;
        plan.title = title;
        plan.openedAt = at;
        plan.closedAt = at.addSecs(60 * (3 + int(pick(10))));
        at = plan.closedAt.addSecs(120);
        plan.support = 30 + int(pick(66));
        return plan;
    };
    // What closeVote does to the proposal once the vote is closed.
    auto settle = [&](qint64 proposalId, Outcome outcome) -> Result<void> {
        if (outcome == Outcome::Adopted)
            return setStatus(Entity::Proposal, proposalId, f("adopted"));
        if (outcome == Outcome::Rejected || outcome == Outcome::Tie)
            return setStatus(Entity::Proposal, proposalId, f("rejected"));
        return {};
    };
    auto vote = [&](const VotePlan &plan) -> Result<Outcome> {
        const Result<Outcome> outcome = m_votes.write(plan, room, council.subgroupIds);
        if (outcome && plan.proposalId > 0)
            if (const Result<void> settled = settle(plan.proposalId, outcome.value()); !settled)
                return Result<Outcome>::failure(settled.error());
        return outcome;
    };

    const Action &action = actions[(index + pick(std::size(actions))) % std::size(actions)];
    const BilingualText objectives = meeting.bilingual(f("objectives"));

    if (approval) {
        const BilingualText title = both("Approuver la synthèse de la séance précédente", "Het verslag van de vorige vergadering goedkeuren");
        const Result<qint64> p = proposal(item, title, title, 0);
        if (!p)
            return Result<void>::failure(p.error());
        if (room.electors.isEmpty())
            return {};
        VotePlan plan = nextPlan(p.value(), title);
        plan.rule = simpleMajority();
        plan.evident = chance(60);
        plan.support = 85 + int(pick(15));
        const Result<Outcome> outcome = vote(plan);
        return outcome ? Result<void>() : Result<void>::failure(outcome.error());
    }

    const BilingualText title{QString::fromUtf8(action.fr), QString::fromUtf8(action.nl)};
    const BilingualText text{QStringLiteral("Le conseil décide de : %1. Contexte : %2").arg(title.fr, objectives.fr),
                             QStringLiteral("De raad beslist: %1. Context: %2").arg(title.nl, objectives.nl)};
    const int scenario = int(pick(100));
    // Too few voters to elect or rank: the item is decided on a proposal.
    const bool options = room.electors.size() >= 3;

    if (room.electors.isEmpty() || scenario < 8) { // postponed: the proposal is withdrawn
        const Result<qint64> p = proposal(item, title, text, someone(room), f("withdrawn"));
        return p ? Result<void>() : Result<void>::failure(p.error());
    }

    if (scenario < 20) { // an objection with its counter-proposal
        const Result<qint64> p = proposal(item, title, text, someone(room));
        if (!p)
            return Result<void>::failure(p.error());
        const RoomElector objector = room.electors.at(pick(room.electors.size()));
        const BilingualText counterTitle{QStringLiteral("Contre-proposition : %1 en deux étapes").arg(title.fr),
                                         QStringLiteral("Tegenvoorstel: %1 in twee stappen").arg(title.nl)};
        const Result<qint64> c = proposal(item, counterTitle,
                                          {QStringLiteral("Commencer par un bassin pilote, évaluer après six mois. %1").arg(text.fr),
                                           QStringLiteral("Beginnen met één proefzone, na zes maanden evalueren. %1").arg(text.nl)},
                                          objector.personId);
        if (!c)
            return Result<void>::failure(c.error());
        Record objection(Entity::Objection, {{f("proposal_id"), p.value()},
                                             {f("counter_proposal_id"), c.value()},
                                             {f("author_id"), objector.personId},
                                             {f("status"), f("standing")}});
        if (objector.subgroupId > 0)
            objection.values.insert(f("author_subgroup_id"), objector.subgroupId);
        objection.setBilingual(f("argument"),
                               both("Le calendrier est trop serré pour les petites structures : commençons par un pilote.",
                                    "De timing is te krap voor kleine organisaties: laten we met een proefproject beginnen."));
        const Result<qint64> o = m_db.insert(objection);
        if (!o)
            return Result<void>::failure(o.error());
        ++m_summary.objections;
        auto counterVote = [&]() -> Result<Outcome> {
            VotePlan plan = nextPlan(c.value(), counterTitle);
            plan.rule = simpleMajority();
            plan.mode = chance(50) ? VoteMode::Hands : VoteMode::Named;
            const Result<Outcome> outcome = vote(plan);
            if (outcome && outcome.value() == Outcome::Adopted) { // the counter-proposal replaces the proposal
                if (const Result<void> set = setStatus(Entity::Proposal, p.value(), f("replaced")); !set)
                    return Result<Outcome>::failure(set.error());
                if (const Result<void> set = setStatus(Entity::Objection, o.value(), f("resolved")); !set)
                    return Result<Outcome>::failure(set.error());
            }
            return outcome;
        };
        auto consentVote = [&]() {
            VotePlan plan = nextPlan(p.value(), title);
            plan.rule = byMethod(DecisionMethod::Consent);
            return vote(plan);
        };
        if (chance(60)) { // the counter-proposal first; if it fails, the objection is withdrawn
            const Result<Outcome> first = counterVote();
            if (!first)
                return Result<void>::failure(first.error());
            if (first.value() == Outcome::Adopted)
                return {};
            if (const Result<void> set = setStatus(Entity::Objection, o.value(), f("withdrawn")); !set)
                return set;
            const Result<Outcome> second = consentVote();
            return second ? Result<void>() : Result<void>::failure(second.error());
        }
        // Consent on the proposal: the objection stands and blocks it; then the counter-proposal.
        const Result<Outcome> blocked = consentVote();
        if (!blocked)
            return Result<void>::failure(blocked.error());
        const Result<Outcome> second = counterVote();
        return second ? Result<void>() : Result<void>::failure(second.error());
    }

    if (options && scenario < 33) { // an election
        static const DecisionRule elections[] = {
            election(MajorityBase::Cast, {1, 2}, Comparison::MoreThan, 1, false),
            election(MajorityBase::Cast, {2, 3}, Comparison::AtLeast, 2, true),
            election(MajorityBase::Present, {1, 2}, Comparison::MoreThan, 3, false),
        };
        VotePlan plan = nextPlan(0, both("Élection des représentants du conseil", "Verkiezing van de vertegenwoordigers van de raad"));
        plan.rule = elections[pick(std::size(elections))];
        const int r = int(pick(100));
        plan.mode = r < 60 ? VoteMode::Secret : r < 85 ? VoteMode::Named : VoteMode::Hands;
        QSet<qint64> chosen;
        const int candidates = qMin(int(room.electors.size()), 2 + int(pick(4)));
        for (int n = 0; n < candidates * 3 && plan.options.size() < candidates; ++n) {
            const qint64 person = someone(room);
            if (chosen.contains(person))
                continue;
            chosen.insert(person);
            const QString name = m_names.value(person);
            plan.options.append({{name, name}, person});
        }
        const Result<Outcome> outcome = vote(plan);
        return outcome ? Result<void>() : Result<void>::failure(outcome.error());
    }

    if (options && scenario < 45) { // a dot vote on the priorities
        VotePlan plan = nextPlan(0, both("Priorités de l'année", "Prioriteiten van het jaar"));
        plan.rule = dots(chance(50) ? 3 : 5);
        const int r = int(pick(100));
        plan.mode = r < 50 ? VoteMode::Named : r < 85 ? VoteMode::Hands : VoteMode::Secret;
        const int count = 4 + int(pick(4));
        const int first = int(pick(std::size(actions)));
        for (int n = 0; n < count; ++n) {
            const Action &a = actions[(first + n) % std::size(actions)];
            plan.options.append({{QString::fromUtf8(a.fr), QString::fromUtf8(a.nl)}, 0});
        }
        const Result<Outcome> outcome = vote(plan);
        return outcome ? Result<void>() : Result<void>::failure(outcome.error());
    }

    // A proposal put to the vote, by one of the rules councils write in their charters.
    const Result<qint64> p = proposal(item, title, text, someone(room));
    if (!p)
        return Result<void>::failure(p.error());
    VotePlan plan = nextPlan(p.value(), title);
    const int r = int(pick(100));
    if (r < 12)
        plan.rule = byMethod(DecisionMethod::Consent);
    else if (r < 25)
        plan.rule = byMethod(DecisionMethod::Consensus);
    else if (r < 58)
        plan.rule = simpleMajority();
    else if (r < 72)
        plan.rule = majority(MajorityBase::Present, false, {2, 3}, Comparison::AtLeast, AbstentionPolicy::Excluded, QuorumPolicy::Flag);
    else if (r < 82)
        plan.rule = majority(MajorityBase::Cast, false, {1, 2}, Comparison::MoreThan, AbstentionPolicy::Counted, QuorumPolicy::Flag);
    else if (r < 87)
        plan.rule = majority(MajorityBase::Members, false, {1, 2}, Comparison::MoreThan, AbstentionPolicy::Counted, QuorumPolicy::Flag);
    else // a rule that refuses to vote without the quorum: only where it is met
        plan.rule = simpleMajority(room.quorum.met ? QuorumPolicy::Refuse : QuorumPolicy::Flag);
    if (plan.rule.method != DecisionMethod::Consent) {
        const int m = int(pick(100));
        plan.mode = m < 50 ? VoteMode::Hands : m < 78 ? VoteMode::Named : VoteMode::Secret;
    }
    plan.bySubgroup = !council.subgroupIds.isEmpty() && plan.mode != VoteMode::Secret
                      && plan.rule.method != DecisionMethod::Consent && chance(35);
    if (plan.bySubgroup)
        plan.subgroupRule = charterRules(m_db, council.record.id, date).subgroup;
    plan.evident = plan.mode == VoteMode::Hands && plan.rule.method == DecisionMethod::Majority && !plan.bySubgroup
                   && chance(25);
    const Result<Outcome> outcome = vote(plan);
    return outcome ? Result<void>() : Result<void>::failure(outcome.error());
}

Result<void> MeetingLife::minutes(const Record &meeting, bool full)
{
    QList<Record> sections;
    if (full) {
        sections = draftSynthesis(m_db, meeting.id);
    } else {
        const BilingualText objectives = meeting.bilingual(f("objectives"));
        Record note(Entity::SynthesisSection, {{f("meeting_id"), meeting.id}, {f("kind"), f("objectives")}});
        note.setBilingual(f("title"), both("Objectifs de la rencontre", "Doelstellingen van de bijeenkomst"));
        note.setBilingual(f("body"), {u"<p>"_qs + objectives.fr.toHtmlEscaped() + u"</p>"_qs,
                                      u"<p>"_qs + objectives.nl.toHtmlEscaped() + u"</p>"_qs});
        sections << note;
        Record questions(Entity::SynthesisSection, {{f("meeting_id"), meeting.id}, {f("kind"), f("questions")}});
        questions.setBilingual(f("title"), both("Questions des participants", "Vragen van de deelnemers"));
        questions.setBilingual(f("body"), both("<p>Les questions seront reprises à la prochaine rencontre.</p>",
                                               "<p>De vragen komen terug op de volgende bijeenkomst.</p>"));
        sections << questions;
    }
    for (const Record &section : std::as_const(sections)) {
        const Result<qint64> added = m_db.insert(section);
        if (!added)
            return Result<void>::failure(added.error());
        ++m_summary.minutesSections;
    }
    return {};
}

} // namespace Quorum::Generation
