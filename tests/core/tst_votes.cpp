// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "sqlhelpers.h"
#include "testworkspace.h"

#include "decisions/voteconsistency.h"
#include "decisions/voteresult.h"
#include "decisions/votes.h"
#include "jsonexchange.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QTimeZone>

using namespace Quorum;
using namespace QuorumTest;

namespace Catch {

template<>
struct StringMaker<Quorum::Outcome>
{
    static std::string convert(Quorum::Outcome value) { return Quorum::outcomeCode(value).toStdString(); }
};

template<>
struct StringMaker<Quorum::Voice>
{
    static std::string convert(Quorum::Voice value)
    {
        switch (value) {
        case Quorum::Voice::For: return "for";
        case Quorum::Voice::Against: return "against";
        case Quorum::Voice::Abstain: return "abstain";
        }
        return "?";
    }
};

} // namespace Catch

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QDateTime opening(QDate(2024, 11, 13), QTime(10, 0), QTimeZone::utc());
const QDateTime closing(QDate(2024, 11, 13), QTime(10, 20), QTimeZone::utc());

template<typename T>
void requireOk(const Result<T> &result)
{
    INFO("error: " << result.error().toStdString());
    REQUIRE(result.ok());
}

template<typename T>
void requireRefused(const Result<T> &result)
{
    REQUIRE_FALSE(result.ok());
    CHECK_FALSE(result.error().isEmpty());
}

DecisionRule consentRule()
{
    DecisionRule rule;
    rule.method = DecisionMethod::Consent;
    return rule;
}

DecisionRule dotRule(int dots)
{
    DecisionRule rule;
    rule.method = DecisionMethod::Priority;
    rule.dots = dots;
    rule.quorum = QuorumPolicy::Flag;
    return rule;
}

DecisionRule electionRule(int seats)
{
    DecisionRule rule;
    rule.method = DecisionMethod::Election;
    rule.simple = false;
    rule.fraction = {1, 2};
    rule.comparison = Comparison::MoreThan;
    rule.seats = seats;
    return rule;
}

// A council of eleven people with two subgroups, checked in for the meeting of 13 November
// 2024 under a rule of more than half of the voting members:
//   Anna   voting, users, mandatory       present
//   Bram   voting, users                  present
//   Chloé  voting, professionals, mand.   present
//   Dirk   voting, professionals          represented by Anna (counts)
//   Elif   voting (and secretary)         present
//   Fatou  voting, users                  excused
//   Gert   voting, professionals          represented by Fatou, who is excused (does not count)
//   Karim  voting, professionals          represented by Ines, a guest (does not count)
//   Jules  voting                         no attendance recorded
//   Hugo   advisory                       present
//   Ines   no membership                  present as a guest
// Nine voting members; five electors (Anna, Bram, Chloé, Dirk, Elif); the quorum (five of
// nine) is met. Items 1 and 2 are decision items, each with a proposal; item 0 is not.
struct VoteFixture : Fixture
{
    qint64 users = 0;
    qint64 professionals = 0;
    QHash<QString, qint64> people;
    qint64 item = 0;
    qint64 otherItem = 0;
    qint64 proposal = 0;
    qint64 otherProposal = 0;

    Database &db() { return workspace->storage(); }
    Workspace &ws() { return *workspace; }
    qint64 id(const char *name) const { return people.value(s(name)); }

    VoteFixture()
    {
        REQUIRE(db().update(Entity::Council, councilId, s("quorum_rule"), s("voting_majority")).ok());
        users = addSubgroup(councilId, "Usagers", "Gebruikers");
        professionals = addSubgroup(councilId, "Professionnels", "Professionals");
        addPerson("Anna", "voting", users, true);
        addPerson("Bram", "voting", users);
        addPerson("Chloé", "voting", professionals, true);
        addPerson("Dirk", "voting", professionals);
        addPerson("Elif", "voting");
        addMembership(id("Elif"), "secretary");
        addPerson("Fatou", "voting", users);
        addPerson("Gert", "voting", professionals);
        addPerson("Karim", "voting", professionals);
        addPerson("Jules", "voting");
        addPerson("Hugo", "advisory");
        addPerson("Ines", nullptr);
        attend(id("Anna"), "present");
        attend(id("Bram"), "present");
        attend(id("Chloé"), "present");
        attend(id("Dirk"), "represented", id("Anna"));
        attend(id("Elif"), "present");
        attend(id("Fatou"), "excused");
        attend(id("Gert"), "represented", id("Fatou"));
        attend(id("Karim"), "represented", id("Ines"));
        attend(id("Hugo"), "present");
        attend(id("Ines"), "present", 0, true);

        item = itemIds.at(1);
        otherItem = itemIds.at(2);
        REQUIRE(db().update(Entity::AgendaItem, item, s("kind"), s("decision")).ok());
        REQUIRE(db().update(Entity::AgendaItem, otherItem, s("kind"), s("decision")).ok());
        proposal = addProposal(item, "Adopter le règlement", "Het reglement aannemen");
        otherProposal = addProposal(otherItem, "Choisir les ateliers", "De workshops kiezen");
    }

    qint64 addSubgroup(qint64 council, const char *fr, const char *nl)
    {
        Record subgroup(Entity::Subgroup, {{s("council_id"), council}});
        subgroup.setBilingual(s("name"), {s(fr), s(nl)});
        const Result<qint64> added = db().insert(subgroup);
        requireOk(added);
        return added.value();
    }

    qint64 addPerson(const char *name, const char *role, qint64 subgroup = 0, bool mandatory = false)
    {
        const Result<qint64> added = db().insert(Record(Entity::Person, {{s("name"), s(name)}}));
        requireOk(added);
        people.insert(s(name), added.value());
        if (role)
            addMembership(added.value(), role, subgroup, mandatory);
        return added.value();
    }

    void addMembership(qint64 person, const char *role, qint64 subgroup = 0, bool mandatory = false)
    {
        Record membership(Entity::Membership, {{s("council_id"), councilId},
                                               {s("person_id"), person},
                                               {s("role"), s(role)},
                                               {s("mandatory"), mandatory ? 1 : 0}});
        if (subgroup > 0)
            membership.values.insert(s("subgroup_id"), subgroup);
        requireOk(db().insert(membership));
    }

    void attend(qint64 person, const char *status, qint64 proxy = 0, bool guest = false)
    {
        Record attendance(Entity::Attendance, {{s("meeting_id"), meetingId},
                                               {s("person_id"), person},
                                               {s("status"), s(status)},
                                               {s("guest"), guest ? 1 : 0}});
        if (proxy > 0)
            attendance.values.insert(s("proxy_id"), proxy);
        requireOk(db().insert(attendance));
    }

    void setStatus(qint64 person, const char *status)
    {
        for (const Record &a : db().records(Entity::Attendance, meetingId))
            if (a.number(s("person_id")) == person)
                requireOk(db().update(Entity::Attendance, a.id, s("status"), s(status)));
    }

    qint64 addProposal(qint64 onItem, const char *fr, const char *nl)
    {
        Record p(Entity::Proposal, {{s("agenda_item_id"), onItem}});
        p.setBilingual(s("title"), {s(fr), s(nl)});
        const Result<qint64> added = db().insert(p);
        requireOk(added);
        return added.value();
    }

    qint64 addObjection(qint64 against, qint64 counter, const char *status = "standing")
    {
        Record objection(Entity::Objection, {{s("proposal_id"), against},
                                             {s("counter_proposal_id"), counter},
                                             {s("status"), s(status)}});
        objection.setBilingual(s("argument"), {s("Trop tôt"), s("Te vroeg")});
        const Result<qint64> added = db().insert(objection);
        requireOk(added);
        return added.value();
    }

    qint64 addCharter(int version, const char *adoptedOn, const QString &decisionRule,
                      const QString &subgroupRule = {}, const QString &electionRule = {})
    {
        Record charter(Entity::Charter, {{s("council_id"), councilId}, {s("version"), version}});
        charter.setBilingual(s("title"), {s("Charte"), s("Handvest")});
        if (adoptedOn)
            charter.values.insert(s("adopted_on"), s(adoptedOn));
        charter.values.insert(s("decision_rule"), decisionRule);
        if (!subgroupRule.isEmpty())
            charter.values.insert(s("subgroup_rule"), subgroupRule);
        if (!electionRule.isEmpty())
            charter.values.insert(s("election_rule"), electionRule);
        const Result<qint64> added = db().insert(charter);
        requireOk(added);
        return added.value();
    }

    VoteSetup question(VoteMode mode = VoteMode::Hands, qint64 onProposal = 0) const
    {
        VoteSetup setup;
        setup.agendaItemId = item;
        setup.proposalId = onProposal > 0 ? onProposal : proposal;
        setup.mode = mode;
        return setup;
    }

    VoteSetup choice(VoteMode mode, const DecisionRule &rule) const
    {
        VoteSetup setup;
        setup.agendaItemId = item;
        setup.mode = mode;
        setup.rule = rule;
        return setup;
    }

    qint64 open(const VoteSetup &setup)
    {
        const Result<qint64> opened = openVote(ws(), setup, opening);
        requireOk(opened);
        return opened.value();
    }

    Record vote(qint64 voteId)
    {
        const std::optional<Record> found = db().record(Entity::Vote, voteId);
        REQUIRE(found);
        return *found;
    }

    QString status(Entity entity, qint64 recordId)
    {
        const std::optional<Record> found = db().record(entity, recordId);
        REQUIRE(found);
        return found->text(s("status"));
    }

    VoteCount count(qint64 voteId)
    {
        const Result<VoteCount> counted = countVote(db(), voteId);
        requireOk(counted);
        return counted.value();
    }

    VoteCount close(qint64 voteId)
    {
        const Result<VoteCount> closed = closeVote(ws(), voteId, closing);
        requireOk(closed);
        return closed.value();
    }

    qint64 option(qint64 voteId, const char *name, qint64 person = 0)
    {
        const Result<qint64> added = addVoteOption(ws(), voteId, {s(name), s(name)}, person);
        requireOk(added);
        return added.value();
    }

    // Elector rows of a vote by person: their subgroup and proxy.
    QHash<qint64, std::pair<qint64, qint64>> electors(qint64 voteId)
    {
        QHash<qint64, std::pair<qint64, qint64>> result;
        for (const Record &e : db().records(Entity::VoteElector, voteId))
            result.insert(e.number(s("person_id")), {e.number(s("subgroup_id")), e.number(s("proxy_id"))});
        return result;
    }
};

const CandidateResult &candidate(const ElectionResult &result, int index)
{
    for (const CandidateResult &c : result.candidates)
        if (c.index == index)
            return c;
    FAIL("no candidate " << index);
    return result.candidates.front();
}

} // namespace

// ---- Opening ----

TEST_CASE("Vote modes have stable codes", "[votes]")
{
    for (VoteMode mode : {VoteMode::Hands, VoteMode::Named, VoteMode::Secret}) {
        const QString code = voteModeCode(mode);
        CHECK_FALSE(code.isEmpty());
        CHECK(voteModeFromCode(code) == mode);
    }
    CHECK(voteModeCode(VoteMode::Hands) == s("hands"));
    CHECK(voteModeCode(VoteMode::Named) == s("named"));
    CHECK(voteModeCode(VoteMode::Secret) == s("secret"));
    CHECK_FALSE(voteModeFromCode(s("raised")).has_value());
    CHECK_FALSE(voteModeFromCode(QString()).has_value());
}

TEST_CASE("Opening a vote captures the voting members present or validly represented", "[votes]")
{
    VoteFixture f;
    const qint64 voteId = f.open(f.question(VoteMode::Named));
    const Record vote = f.vote(voteId);

    const auto electors = f.electors(voteId);
    CHECK(electors.size() == 5);
    CHECK(QSet<qint64>(electors.keyBegin(), electors.keyEnd())
          == QSet<qint64>{f.id("Anna"), f.id("Bram"), f.id("Chloé"), f.id("Dirk"), f.id("Elif")});
    // Subgroups as in the memberships; the proxy of the represented member recorded.
    CHECK(electors.value(f.id("Anna")) == std::pair<qint64, qint64>{f.users, 0});
    CHECK(electors.value(f.id("Bram")) == std::pair<qint64, qint64>{f.users, 0});
    CHECK(electors.value(f.id("Chloé")) == std::pair<qint64, qint64>{f.professionals, 0});
    CHECK(electors.value(f.id("Dirk")) == std::pair<qint64, qint64>{f.professionals, f.id("Anna")});
    CHECK(electors.value(f.id("Elif")) == std::pair<qint64, qint64>{0, 0});
    // Excluded: the advisory member, the guest, the excused member, the two whose proxies
    // cannot carry their voice, and the member nobody checked in.
    for (const char *name : {"Hugo", "Ines", "Fatou", "Gert", "Karim", "Jules"}) {
        INFO(name);
        CHECK_FALSE(electors.contains(f.id(name)));
    }

    CHECK(vote.number(s("members")) == 9); // Elif's second membership counts once
    CHECK(vote.number(s("present")) == 5);
    CHECK(vote.number(s("quorum_met")) == 1);
    CHECK(vote.text(s("status")) == s("open"));
    CHECK(vote.text(s("mode")) == s("named"));
    CHECK(vote.number(s("proposal_id")) == f.proposal);
    CHECK(vote.number(s("agenda_item_id")) == f.item);
    CHECK(vote.number(s("by_subgroup")) == 0);
    CHECK(vote.text(s("subgroup_rule")).isEmpty());
    CHECK(vote.text(s("opened_at")) == opening.toUTC().toString(Qt::ISODate));
    CHECK(vote.value(s("closed_at")).isNull());
    CHECK(vote.value(s("outcome")).isNull());
    // The question is the proposal's title unless one is given.
    CHECK(vote.bilingual(s("title")) == BilingualText{s("Adopter le règlement"), s("Het reglement aannemen")});

    const VoteCount counted = f.count(voteId);
    CHECK(counted.voteId == voteId);
    CHECK(counted.mode == VoteMode::Named);
    CHECK_FALSE(counted.closed);
    CHECK(counted.electorate.members == 9);
    CHECK(counted.electorate.present == 5);
    CHECK(counted.electorate.quorumMet);
    REQUIRE(counted.decision.has_value());
    CHECK_FALSE(counted.subgroups.has_value());
    CHECK_FALSE(counted.election.has_value());
    CHECK_FALSE(counted.priority.has_value());
    CHECK(counted.outcome() == counted.decision->outcome);
}

TEST_CASE("A title given when opening replaces the proposal title", "[votes]")
{
    VoteFixture f;
    VoteSetup setup = f.question();
    setup.title = {s("Règlement d'ordre intérieur"), s("Huishoudelijk reglement")};
    const qint64 voteId = f.open(setup);
    CHECK(f.vote(voteId).bilingual(s("title")) == setup.title);
}

TEST_CASE("A vote is held only on a decision item and one of its own proposals", "[votes]")
{
    VoteFixture f;
    QUndoStack *stack = f.ws().undoStack();

    SECTION("an item that is not a decision")
    {
        VoteSetup setup = f.question();
        setup.agendaItemId = f.itemIds.at(0);
        requireRefused(openVote(f.ws(), setup, opening));
    }
    SECTION("an item that does not exist")
    {
        VoteSetup setup = f.question();
        setup.agendaItemId = 999999;
        requireRefused(openVote(f.ws(), setup, opening));
    }
    SECTION("a proposal of another item")
    {
        requireRefused(openVote(f.ws(), f.question(VoteMode::Hands, f.otherProposal), opening));
    }
    SECTION("a proposal that does not exist")
    {
        requireRefused(openVote(f.ws(), f.question(VoteMode::Hands, 999999), opening));
    }
    SECTION("a question rule without a proposal")
    {
        VoteSetup setup = f.question();
        setup.proposalId = 0;
        setup.rule = DecisionRule{};
        requireRefused(openVote(f.ws(), setup, opening));
        setup.rule = consentRule();
        requireRefused(openVote(f.ws(), setup, opening));
    }
    SECTION("an election rule on a proposal")
    {
        VoteSetup setup = f.question();
        setup.rule = electionRule(1);
        requireRefused(openVote(f.ws(), setup, opening));
    }
    SECTION("subgroup voices in an election")
    {
        VoteSetup setup = f.choice(VoteMode::Secret, electionRule(1));
        setup.bySubgroup = true;
        requireRefused(openVote(f.ws(), setup, opening));
    }
    CHECK(f.db().count(Entity::Vote) == 0);
    CHECK(f.db().count(Entity::VoteElector) == 0);
    CHECK(stack->count() == 0);
}

TEST_CASE("Subgroup voices need a council with subgroups", "[votes]")
{
    VoteFixture f;
    requireOk(f.db().remove(Entity::Subgroup, f.users));
    requireOk(f.db().remove(Entity::Subgroup, f.professionals));
    VoteSetup setup = f.question();
    setup.bySubgroup = true;
    requireRefused(openVote(f.ws(), setup, opening));
    CHECK(f.db().count(Entity::Vote) == 0);
    setup.bySubgroup = false;
    f.open(setup);
}

TEST_CASE("Only one vote of a meeting is open at a time", "[votes]")
{
    VoteFixture f;
    const qint64 first = f.open(f.question());
    VoteSetup other = f.question(VoteMode::Hands, f.otherProposal);
    other.agendaItemId = f.otherItem;
    requireRefused(openVote(f.ws(), other, opening));
    // Not even a second vote on the same item.
    requireRefused(openVote(f.ws(), f.question(VoteMode::Secret), opening));
    CHECK(f.db().count(Entity::Vote) == 1);

    // Another meeting of the council is not held back.
    const Result<qint64> later = f.db().insert(Record(Entity::Meeting, {{s("council_id"), f.councilId}, {s("date"), s("2024-12-11")}}));
    requireOk(later);
    Record laterItem(Entity::AgendaItem, {{s("meeting_id"), later.value()}, {s("kind"), s("decision")}});
    laterItem.setBilingual(s("title"), {s("Budget"), s("Begroting")});
    const Result<qint64> laterItemId = f.db().insert(laterItem);
    requireOk(laterItemId);
    VoteSetup elsewhere = f.choice(VoteMode::Secret, dotRule(3));
    elsewhere.agendaItemId = laterItemId.value();
    f.open(elsewhere);

    f.close(first);
    const qint64 second = f.open(other);
    CHECK(second != first);
    CHECK(f.vote(second).number(s("agenda_item_id")) == f.otherItem);
}

TEST_CASE("Without the quorum a refusing rule stops the vote and a flagging rule records it", "[votes]")
{
    VoteFixture f;
    // Four of nine voting members are left: Anna, Chloé, Elif present and Dirk represented.
    f.setStatus(f.id("Bram"), "excused");
    QUndoStack *stack = f.ws().undoStack();

    const Result<qint64> refused = openVote(f.ws(), f.question(), opening);
    requireRefused(refused);
    CHECK(f.db().count(Entity::Vote) == 0);
    CHECK(f.db().count(Entity::VoteElector) == 0);
    CHECK(stack->count() == 0);

    DecisionRule flag;
    flag.quorum = QuorumPolicy::Flag;
    VoteSetup setup = f.question();
    setup.rule = flag;
    const qint64 voteId = f.open(setup);
    const Record vote = f.vote(voteId);
    CHECK(vote.number(s("quorum_met")) == 0);
    CHECK(vote.number(s("present")) == 4);
    CHECK(vote.number(s("members")) == 9);
    CHECK(f.electors(voteId).size() == 4);

    requireOk(setCounts(f.ws(), voteId, 0, 0, 3, 1, 0));
    const VoteCount counted = f.count(voteId);
    CHECK_FALSE(counted.electorate.quorumMet);
    REQUIRE(counted.decision);
    CHECK(counted.decision->quorumFlagged);
    CHECK(counted.outcome() == Outcome::Adopted);
}

TEST_CASE("A council without a quorum rule always meets it", "[votes]")
{
    VoteFixture f;
    requireOk(f.db().update(Entity::Council, f.councilId, s("quorum_rule"), s("none")));
    f.setStatus(f.id("Anna"), "excused");
    f.setStatus(f.id("Bram"), "excused");
    const qint64 voteId = f.open(f.question());
    CHECK(f.vote(voteId).number(s("quorum_met")) == 1);
    // Anna's absence also takes away Dirk's voice: only Chloé and Elif remain.
    CHECK(f.vote(voteId).number(s("present")) == 2);
}

TEST_CASE("The charter in force on the meeting date gives the rules", "[votes]")
{
    VoteFixture f;
    const QString firstRule = s("majority base=present threshold=2/3 compare=atleast abstentions=counted quorum=refuse");
    const QString secondRule = s("majority base=members threshold=1/2 compare=morethan abstentions=excluded quorum=flag");
    const QString subgroupRule = s("majority base=cast threshold=simple abstentions=excluded quorum=flag");
    const QString secondElection = s("election base=cast threshold=1/2 compare=morethan abstentions=excluded quorum=refuse seats=3 ranked=no");
    const qint64 first = f.addCharter(1, "2023-01-10", firstRule);
    const qint64 second = f.addCharter(2, "2024-11-13", secondRule, subgroupRule, secondElection);
    f.addCharter(3, "2024-11-14", s("consent"));  // adopted the day after the meeting
    f.addCharter(4, nullptr, s("consensus"));     // a draft, never adopted

    const CharterRules onDate = charterRules(f.db(), f.councilId, QDate(2024, 11, 13));
    CHECK(onDate.charterId == second);
    CHECK(ruleCode(onDate.decision) == ruleCode(parseRuleCode(secondRule).value()));
    CHECK(ruleCode(onDate.subgroup) == ruleCode(parseRuleCode(subgroupRule).value()));
    CHECK(onDate.election.seats == 3);
    CHECK(charterRules(f.db(), f.councilId, QDate(2024, 11, 12)).charterId == first);
    CHECK(charterRules(f.db(), f.councilId, QDate(2024, 11, 14)).decision.method == DecisionMethod::Consent);
    CHECK(charterRules(f.db(), f.councilId, QDate(2022, 12, 31)).charterId == 0);

    // The vote keeps a copy of the rule in force, in its canonical form.
    const qint64 decisionVote = f.open(f.question());
    CHECK(f.vote(decisionVote).text(s("rule")) == ruleCode(parseRuleCode(secondRule).value()));
    CHECK(f.count(decisionVote).rule == parseRuleCode(secondRule).value());
    f.close(decisionVote);

    VoteSetup bySubgroup = f.question();
    bySubgroup.bySubgroup = true;
    const qint64 subgroupVote = f.open(bySubgroup);
    CHECK(f.vote(subgroupVote).number(s("by_subgroup")) == 1);
    CHECK(f.vote(subgroupVote).text(s("subgroup_rule")) == ruleCode(parseRuleCode(subgroupRule).value()));
    REQUIRE(f.count(subgroupVote).subgroupRule);
    CHECK(f.count(subgroupVote).subgroupRule->method == DecisionMethod::Majority);
    f.close(subgroupVote);

    VoteSetup election;
    election.agendaItemId = f.item;
    election.mode = VoteMode::Secret;
    const qint64 electionVote = f.open(election);
    const DecisionRule stored = parseRuleCode(f.vote(electionVote).text(s("rule"))).value();
    CHECK(stored.method == DecisionMethod::Election);
    CHECK(stored.seats == 3);
    CHECK(stored.fraction == Fraction{1, 2});
    // No proposal: the question takes the default title of a vote.
    CHECK(f.vote(electionVote).bilingual(s("title")) == entitySpec(Entity::Vote).field(s("title"))->newText);
}

TEST_CASE("The latest charter version in force wins over an older one adopted later", "[votes]")
{
    VoteFixture f;
    // Version 2 was adopted first (a renumbering); the version decides, not the order of adoption.
    const qint64 higher = f.addCharter(2, "2023-03-01", s("consent"));
    f.addCharter(1, "2024-01-01", s("consensus"));
    CHECK(charterRules(f.db(), f.councilId, QDate(2024, 11, 13)).charterId == higher);
}

TEST_CASE("Without a charter the built-in rules apply", "[votes]")
{
    VoteFixture f;
    const CharterRules rules = charterRules(f.db(), f.councilId, QDate(2024, 11, 13));
    CHECK(rules.charterId == 0);
    CHECK(rules.decision == DecisionRule{});
    CHECK(rules.subgroup.method == DecisionMethod::Consensus);
    CHECK(rules.subgroup.quorum == QuorumPolicy::Flag);
    CHECK(rules.election.method == DecisionMethod::Election);
    CHECK(rules.election.fraction == Fraction{2, 3});
    CHECK(rules.election.comparison == Comparison::AtLeast);
    CHECK_FALSE(rules.election.simple);

    // A charter adopted after the meeting does not change that.
    f.addCharter(1, "2025-01-01", s("consent"));
    CHECK(charterRules(f.db(), f.councilId, QDate(2024, 11, 13)).charterId == 0);

    const qint64 voteId = f.open(f.question());
    // The documented canonical form of the default (docs/format.md, rules/decisionrules.h).
    CHECK(f.vote(voteId).text(s("rule")) == s("majority base=cast threshold=simple abstentions=excluded quorum=refuse"));
    CHECK(f.count(voteId).rule == DecisionRule{});
    f.close(voteId);

    VoteSetup bySubgroup = f.question();
    bySubgroup.bySubgroup = true;
    const qint64 subgroupVote = f.open(bySubgroup);
    const Result<DecisionRule> stored = parseRuleCode(f.vote(subgroupVote).text(s("subgroup_rule")));
    requireOk(stored);
    CHECK(stored.value() == charterRules(f.db(), f.councilId, QDate(2024, 11, 13)).subgroup);
}

TEST_CASE("A rule chosen when opening overrides the charter and is stored canonically", "[votes]")
{
    VoteFixture f;
    f.addCharter(1, "2023-01-10", s("consent"));
    DecisionRule rule;
    rule.base = MajorityBase::Members;
    rule.simple = false;
    rule.fraction = {2, 3};
    rule.comparison = Comparison::AtLeast;
    rule.abstentions = AbstentionPolicy::Counted;
    rule.quorum = QuorumPolicy::Flag;
    VoteSetup setup = f.question();
    setup.rule = rule;
    const qint64 voteId = f.open(setup);
    // Exactly the canonical example of rules/decisionrules.h.
    CHECK(f.vote(voteId).text(s("rule")) == s("majority base=members threshold=2/3 compare=atleast abstentions=counted quorum=flag"));
    CHECK(f.count(voteId).rule == rule);

    // Two thirds of the nine members is six: five for cannot adopt.
    requireOk(setCounts(f.ws(), voteId, 0, 0, 5, 0, 0));
    REQUIRE(f.count(voteId).decision);
    CHECK(f.count(voteId).decision->required == 6);
    CHECK(f.count(voteId).outcome() == Outcome::Rejected);
}

TEST_CASE("Opening a vote is one undoable step", "[votes]")
{
    VoteFixture f;
    QUndoStack *stack = f.ws().undoStack();
    const qint64 voteId = f.open(f.question(VoteMode::Named));
    CHECK(stack->count() == 1);
    CHECK(stack->index() == 1);
    CHECK(f.db().records(Entity::VoteElector, voteId).size() == 5);

    stack->undo();
    CHECK_FALSE(f.db().record(Entity::Vote, voteId));
    CHECK(f.db().count(Entity::Vote) == 0);
    CHECK(f.db().count(Entity::VoteElector) == 0);
    CHECK(stack->canRedo());

    stack->redo();
    const Record vote = f.vote(voteId);
    CHECK(vote.text(s("status")) == s("open"));
    CHECK(vote.number(s("present")) == 5);
    const auto electors = f.electors(voteId);
    CHECK(electors.size() == 5);
    CHECK(electors.value(f.id("Dirk")).second == f.id("Anna"));
    CHECK(f.db().count(Entity::VoteElector) == 5);
    requireOk(recordBallot(f.ws(), voteId, f.id("Dirk"), Voice::For));
}

// ---- Named votes ----

TEST_CASE("A named vote records and replaces each member's choice", "[votes]")
{
    VoteFixture f;
    QUndoStack *stack = f.ws().undoStack();
    const qint64 voteId = f.open(f.question(VoteMode::Named));

    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::Against));
    // Anna carries Dirk's voice: his choice is recorded under his own id.
    requireOk(recordBallot(f.ws(), voteId, f.id("Dirk"), Voice::Abstain));
    CHECK(f.db().records(Entity::Ballot, voteId).size() == 3);
    VoteCount counted = f.count(voteId);
    CHECK(counted.tally.forVotes == 1);
    CHECK(counted.tally.against == 1);
    CHECK(counted.tally.abstain == 1);
    CHECK(counted.outcome() == Outcome::Tie);

    const int steps = stack->count();
    requireOk(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::For));
    CHECK(stack->count() == steps + 1);
    const QList<Record> ballots = f.db().records(Entity::Ballot, voteId);
    CHECK(ballots.size() == 3); // replaced, not added
    for (const Record &b : ballots)
        if (b.number(s("person_id")) == f.id("Bram"))
            CHECK(b.text(s("choice")) == s("for"));
    counted = f.count(voteId);
    CHECK(counted.tally.forVotes == 2);
    CHECK(counted.tally.against == 0);
    CHECK(counted.outcome() == Outcome::Adopted);

    // The same choice again changes nothing and is no step of its own.
    requireOk(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::For));
    CHECK(stack->count() == steps + 1);

    stack->undo();
    counted = f.count(voteId);
    CHECK(counted.tally.forVotes == 1);
    CHECK(counted.tally.against == 1);
    stack->redo();
    CHECK(f.count(voteId).tally.forVotes == 2);
}

TEST_CASE("A named vote refuses choices from anyone not among its electors", "[votes]")
{
    VoteFixture f;
    const qint64 voteId = f.open(f.question(VoteMode::Named));
    for (const char *name : {"Hugo", "Ines", "Fatou", "Gert", "Karim", "Jules"}) {
        INFO(name);
        requireRefused(recordBallot(f.ws(), voteId, f.id(name), Voice::For));
    }
    // Attendance changed after the vote opened does not matter: the electors were captured.
    f.setStatus(f.id("Fatou"), "present");
    requireRefused(recordBallot(f.ws(), voteId, f.id("Fatou"), Voice::For));
    // A proposal has no options, and dots belong to dot votes.
    requireRefused(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For, 0, 2));
    requireRefused(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For, 12345));
    requireRefused(recordBallot(f.ws(), 999999, f.id("Anna"), Voice::For));
    CHECK(f.db().count(Entity::Ballot) == 0);
}

TEST_CASE("Ballots are refused on secret votes and counted hands", "[votes]")
{
    VoteFixture f;
    for (VoteMode mode : {VoteMode::Secret, VoteMode::Hands}) {
        INFO(voteModeCode(mode).toStdString());
        const qint64 voteId = f.open(f.question(mode));
        requireRefused(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For));
        CHECK(f.db().records(Entity::Ballot, voteId).isEmpty());
        // Rejected, so the same proposal can be put to the vote again in the next round.
        requireOk(setCounts(f.ws(), voteId, 0, 0, 1, 4, 0));
        f.close(voteId);
    }
}

TEST_CASE("Clearing a ballot takes a member's choice back", "[votes]")
{
    VoteFixture f;
    QUndoStack *stack = f.ws().undoStack();
    const qint64 voteId = f.open(f.question(VoteMode::Named));
    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Chloé"), Voice::Against));
    const int steps = stack->count();

    requireOk(clearBallot(f.ws(), voteId, f.id("Anna")));
    CHECK(stack->count() == steps + 1);
    CHECK(f.db().records(Entity::Ballot, voteId).size() == 1);
    CHECK(f.count(voteId).tally.forVotes == 0);
    CHECK(f.count(voteId).tally.against == 1);

    // Nothing to clear: no step.
    requireOk(clearBallot(f.ws(), voteId, f.id("Anna")));
    CHECK(stack->count() == steps + 1);

    stack->undo();
    CHECK(f.count(voteId).tally.forVotes == 1);
    stack->redo();
    CHECK(f.count(voteId).tally.forVotes == 0);
}

TEST_CASE("A dot vote limits the dots each participant places", "[votes]")
{
    VoteFixture f;
    const qint64 voteId = f.open(f.choice(VoteMode::Named, dotRule(3)));
    const qint64 x = f.option(voteId, "Logement");
    const qint64 y = f.option(voteId, "Santé mentale");
    const qint64 z = f.option(voteId, "Mobilité");

    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For, x, 2));
    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For, y, 1));
    requireRefused(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For, z, 1)); // a fourth dot
    requireRefused(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For, x, 3)); // 3 + 1
    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For, x, 1));      // moves one back
    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For, z, 1));
    requireRefused(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::For, z, -1));
    requireRefused(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::For, z, 4));
    requireRefused(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::For, 0, 1)); // no option
    requireOk(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::For, z, 3));
    requireOk(recordBallot(f.ws(), voteId, f.id("Chloé"), Voice::For, y, 2));

    const VoteCount counted = f.count(voteId);
    REQUIRE(counted.priority);
    REQUIRE(counted.options.size() == 3);
    CHECK(counted.optionIds == QList<qint64>{x, y, z});
    CHECK(counted.options[0].votes == 1);
    CHECK(counted.options[1].votes == 3);
    CHECK(counted.options[2].votes == 4);
    CHECK(counted.priority->dotsCast == 8);
    CHECK(counted.priority->dotsAvailable == 9); // three participants
    REQUIRE(counted.priority->ranking.size() == 3);
    CHECK(counted.priority->ranking[0].index == 2);
    CHECK(counted.priority->ranking[1].index == 1);
    CHECK(counted.priority->ranking[2].index == 0);

    const VoteCount closed = f.close(voteId);
    CHECK(closed.closed);
    REQUIRE(closed.priority);
    CHECK(closed.options[2].votes == 4);
    CHECK(closed.priority->dotsCast == 8);
    CHECK(closed.priority->ranking[0].index == 2);
    CHECK(closed.outcome() == counted.outcome());
}

TEST_CASE("Typed dots are limited to the dots of the voters present", "[votes]")
{
    VoteFixture f;
    const qint64 voteId = f.open(f.choice(VoteMode::Hands, dotRule(3)));
    const qint64 x = f.option(voteId, "Logement");
    requireRefused(setCounts(f.ws(), voteId, x, 0, 16, 0, 0)); // five voters, three dots each
    requireOk(setCounts(f.ws(), voteId, x, 0, 15, 0, 0));
    requireOk(setBallotCounts(f.ws(), voteId, 5, 0));
    const VoteCount counted = f.count(voteId);
    REQUIRE(counted.priority);
    CHECK(counted.priority->dotsCast == 15);
    CHECK(counted.priority->dotsAvailable == 15);
}

// ---- Secret votes and counted hands ----

TEST_CASE("A secret vote is counted from typed numbers and never stores a ballot", "[votes]")
{
    VoteFixture f;
    const qint64 voteId = f.open(f.question(VoteMode::Secret));
    requireOk(setCounts(f.ws(), voteId, 0, 0, 2, 2, 1));
    CHECK(f.count(voteId).outcome() == Outcome::Tie);
    requireOk(setCounts(f.ws(), voteId, 0, 0, 3, 1, 1)); // corrected, not added
    CHECK(f.db().records(Entity::VoteTally, voteId).size() == 1);
    for (const char *name : {"Anna", "Bram", "Chloé", "Dirk", "Elif"})
        requireRefused(recordBallot(f.ws(), voteId, f.id(name), Voice::For));
    requireOk(clearBallot(f.ws(), voteId, f.id("Anna"))); // nothing to clear

    const VoteCount closed = f.close(voteId);
    CHECK(closed.tally.forVotes == 3);
    CHECK(closed.tally.against == 1);
    CHECK(closed.tally.abstain == 1);
    CHECK(closed.outcome() == Outcome::Adopted);
    CHECK(f.db().records(Entity::Ballot, voteId).isEmpty());
    CHECK(f.db().count(Entity::Ballot) == 0);
    // Closed: a ballot can still not be slipped in afterwards.
    requireRefused(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For));
    CHECK(f.db().count(Entity::Ballot) == 0);
}

TEST_CASE("Typed counts cannot exceed the voters present nor be negative", "[votes]")
{
    VoteFixture f;
    QUndoStack *stack = f.ws().undoStack();
    const qint64 voteId = f.open(f.question(VoteMode::Hands));
    requireRefused(setCounts(f.ws(), voteId, 0, 0, 3, 2, 1)); // six of five
    requireRefused(setCounts(f.ws(), voteId, 0, 0, 6, 0, 0));
    requireRefused(setCounts(f.ws(), voteId, 0, 0, -1, 2, 0));
    requireRefused(setCounts(f.ws(), voteId, 0, 0, 2, -1, 0));
    requireRefused(setCounts(f.ws(), voteId, 0, 0, 2, 0, -1));
    // Per subgroup on a vote of the whole room.
    requireRefused(setCounts(f.ws(), voteId, 0, f.users, 1, 0, 0));
    // Options on a proposal.
    requireRefused(setCounts(f.ws(), voteId, 4242, 0, 1, 0, 0));
    CHECK(f.db().records(Entity::VoteTally, voteId).isEmpty());
    CHECK(stack->count() == 1);

    requireOk(setCounts(f.ws(), voteId, 0, 0, 3, 1, 1));
    CHECK(stack->count() == 2);
    // The same numbers again: nothing changes, no step.
    requireOk(setCounts(f.ws(), voteId, 0, 0, 3, 1, 1));
    CHECK(stack->count() == 2);
    requireOk(setCounts(f.ws(), voteId, 0, 0, 1, 3, 1));
    CHECK(stack->count() == 3);
    CHECK(f.count(voteId).outcome() == Outcome::Rejected);
    stack->undo();
    CHECK(f.count(voteId).outcome() == Outcome::Adopted);

    // A named vote is never typed. (Rejected first, so the proposal can be voted again.)
    requireOk(setCounts(f.ws(), voteId, 0, 0, 1, 3, 1));
    f.close(voteId);
    const qint64 named = f.open(f.question(VoteMode::Named));
    requireRefused(setCounts(f.ws(), named, 0, 0, 1, 0, 0));
    requireRefused(setBallotCounts(f.ws(), named, 1, 0));
    CHECK(f.db().records(Entity::VoteTally, named).isEmpty());
}

TEST_CASE("Typed counts per subgroup are limited to the subgroup's electors", "[votes]")
{
    VoteFixture f;
    VoteSetup setup = f.question(VoteMode::Hands);
    setup.bySubgroup = true;
    const qint64 voteId = f.open(setup);
    // Users: Anna and Bram (Fatou is excused). Professionals: Chloé and Dirk.
    requireRefused(setCounts(f.ws(), voteId, 0, f.users, 2, 1, 0));
    requireRefused(setCounts(f.ws(), voteId, 0, f.professionals, 0, 0, 3));
    requireRefused(setCounts(f.ws(), voteId, 0, f.users, -1, 0, 0));
    requireOk(setCounts(f.ws(), voteId, 0, f.users, 2, 0, 0));
    requireOk(setCounts(f.ws(), voteId, 0, f.professionals, 1, 0, 1));
    QList<qint64> subgroups;
    for (const Record &t : f.db().records(Entity::VoteTally, voteId))
        subgroups << t.number(s("subgroup_id"));
    std::sort(subgroups.begin(), subgroups.end());
    CHECK(subgroups == QList<qint64>{f.users, f.professionals});
}

TEST_CASE("An evident majority is recorded only for a show of hands decided by a majority", "[votes]")
{
    VoteFixture f;
    SECTION("a named vote")
    {
        const qint64 voteId = f.open(f.question(VoteMode::Named));
        requireRefused(setEvident(f.ws(), voteId, true));
        CHECK(f.vote(voteId).number(s("evident")) == 0);
    }
    SECTION("a secret vote")
    {
        const qint64 voteId = f.open(f.question(VoteMode::Secret));
        requireRefused(setEvident(f.ws(), voteId, true));
        CHECK(f.vote(voteId).number(s("evident")) == 0);
    }
    SECTION("a consent")
    {
        VoteSetup setup = f.question(VoteMode::Hands);
        setup.rule = consentRule();
        const qint64 voteId = f.open(setup);
        requireRefused(setEvident(f.ws(), voteId, true));
        CHECK(f.vote(voteId).number(s("evident")) == 0);
    }
    SECTION("subgroup voices")
    {
        VoteSetup setup = f.question(VoteMode::Hands);
        setup.bySubgroup = true;
        const qint64 voteId = f.open(setup);
        requireRefused(setEvident(f.ws(), voteId, true));
        CHECK(f.vote(voteId).number(s("evident")) == 0);
    }
    SECTION("an election")
    {
        const qint64 voteId = f.open(f.choice(VoteMode::Hands, electionRule(1)));
        requireRefused(setEvident(f.ws(), voteId, true));
        CHECK(f.vote(voteId).number(s("evident")) == 0);
    }
    SECTION("a show of hands by majority, set and taken back")
    {
        const qint64 voteId = f.open(f.question(VoteMode::Hands));
        requireOk(setEvident(f.ws(), voteId, true));
        CHECK(f.vote(voteId).number(s("evident")) == 1);
        CHECK(f.count(voteId).tally.evident);
        requireOk(setEvident(f.ws(), voteId, false));
        CHECK(f.vote(voteId).number(s("evident")) == 0);
        CHECK_FALSE(f.count(voteId).tally.evident);
    }
}

TEST_CASE("An evident show of hands closes as adopted without counts", "[votes]")
{
    VoteFixture f;
    const qint64 voteId = f.open(f.question(VoteMode::Hands));
    requireOk(setEvident(f.ws(), voteId, true));
    const VoteCount closed = f.close(voteId);
    CHECK(closed.tally.evident);
    CHECK(closed.tally.forVotes == 0);
    CHECK(closed.outcome() == Outcome::Adopted);
    CHECK(f.vote(voteId).text(s("outcome")) == s("adopted"));
    CHECK(f.status(Entity::Proposal, f.proposal) == s("adopted"));
}

// ---- Subgroup voices ----

TEST_CASE("Subgroup voices are reached by the inner rule and counted by the outer one", "[votes]")
{
    VoteFixture f;
    VoteSetup setup = f.question(VoteMode::Hands);
    setup.bySubgroup = true;
    const qint64 voteId = f.open(setup);
    CHECK(f.vote(voteId).text(s("subgroup_rule")) == ruleCode(charterRules(f.db(), f.councilId, QDate(2024, 11, 13)).subgroup));

    // The users agree among the two of them present (consensus); the professionals declare.
    requireOk(setCounts(f.ws(), voteId, 0, f.users, 2, 0, 0));
    requireOk(declareVoice(f.ws(), voteId, f.professionals, Voice::For));
    VoteCount counted = f.count(voteId);
    REQUIRE(counted.subgroups);
    CHECK_FALSE(counted.decision);
    REQUIRE(counted.subgroupRule);
    CHECK(counted.subgroupRule->method == DecisionMethod::Consensus);
    REQUIRE(counted.subgroups->voices.size() == 2);
    CHECK(counted.subgroups->voices[0].name.fr == s("Usagers"));
    CHECK(counted.subgroups->voices[0].inner.outcome == Outcome::Adopted);
    CHECK(counted.subgroups->voices[0].voice == Voice::For);
    CHECK(counted.subgroups->voices[1].name.fr == s("Professionnels"));
    CHECK(counted.subgroups->voices[1].voice == Voice::For);
    CHECK(counted.outcome() == Outcome::Adopted);
    CHECK(counted.explanation() == counted.subgroups->overall.explanation);

    // A block among the users: their consensus fails, they vote against; one for, one against.
    requireOk(setCounts(f.ws(), voteId, 0, f.users, 1, 1, 0));
    counted = f.count(voteId);
    REQUIRE(counted.subgroups);
    CHECK(counted.subgroups->voices[0].inner.outcome == Outcome::Rejected);
    CHECK(counted.subgroups->voices[0].voice == Voice::Against);
    CHECK(counted.outcome() == Outcome::Tie);

    // The professionals take their declared voice back and their count decides instead.
    requireOk(declareVoice(f.ws(), voteId, f.professionals, std::nullopt));
    requireOk(setCounts(f.ws(), voteId, 0, f.professionals, 1, 1, 0));
    counted = f.count(voteId);
    CHECK(counted.subgroups->voices[1].voice == Voice::Against);
    CHECK(counted.outcome() == Outcome::Rejected);
    CHECK(f.db().records(Entity::VoteTally, voteId).size() == 2); // one row per subgroup

    const VoteCount closed = f.close(voteId);
    CHECK(closed.outcome() == Outcome::Rejected);
    CHECK(f.status(Entity::Proposal, f.proposal) == s("rejected"));
}

TEST_CASE("A subgroup declares its voice only in a vote by subgroup voices", "[votes]")
{
    VoteFixture f;
    const qint64 roomVote = f.open(f.question(VoteMode::Hands));
    requireRefused(declareVoice(f.ws(), roomVote, f.users, Voice::For));
    f.close(roomVote);

    VoteSetup setup = f.question(VoteMode::Hands);
    setup.bySubgroup = true;
    const qint64 voteId = f.open(setup);
    requireRefused(declareVoice(f.ws(), voteId, 0, Voice::For));
    // A subgroup of another council.
    Record council(Entity::Council, {{s("kind"), s("bassin")}});
    council.setBilingual(s("name"), {s("Autre"), s("Ander")});
    const Result<qint64> otherCouncil = f.db().insert(council);
    requireOk(otherCouncil);
    const qint64 foreign = f.addSubgroup(otherCouncil.value(), "Ailleurs", "Elders");
    requireRefused(declareVoice(f.ws(), voteId, foreign, Voice::For));
    // Opening captured one base row per subgroup of the council, none with a voice yet.
    const QList<Record> bases = f.db().records(Entity::VoteTally, voteId);
    CHECK(bases.size() == f.db().records(Entity::Subgroup, f.councilId).size());
    for (const Record &t : bases) {
        CHECK(t.text(s("voice")).isEmpty());
        CHECK(t.number(s("subgroup_id")) != foreign);
    }
    requireOk(declareVoice(f.ws(), voteId, f.users, Voice::Abstain));
    CHECK(f.db().records(Entity::VoteTally, voteId).size() == bases.size());
    const std::optional<Record> users = [&]() -> std::optional<Record> {
        for (const Record &t : f.db().records(Entity::VoteTally, voteId))
            if (t.number(s("subgroup_id")) == f.users)
                return t;
        return std::nullopt;
    }();
    REQUIRE(users);
    CHECK(users->text(s("voice")) == s("abstain"));
}

TEST_CASE("A named vote by subgroup voices counts each ballot in its voter's subgroup", "[votes]")
{
    VoteFixture f;
    VoteSetup setup = f.question(VoteMode::Named);
    setup.bySubgroup = true;
    const qint64 voteId = f.open(setup);
    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Chloé"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Dirk"), Voice::Abstain)); // stands aside
    requireOk(recordBallot(f.ws(), voteId, f.id("Elif"), Voice::Against)); // no subgroup

    // A named vote is counted from its ballots, never from declared voices.
    requireRefused(declareVoice(f.ws(), voteId, f.users, Voice::Against));

    VoteCount counted = f.count(voteId);
    CHECK(counted.tally.forVotes == 3);
    CHECK(counted.tally.against == 1);
    CHECK(counted.tally.abstain == 1);
    REQUIRE(counted.subgroups);
    REQUIRE(counted.subgroups->voices.size() == 2);
    CHECK(counted.subgroups->voices[0].inner.outcome == Outcome::Adopted);
    CHECK(counted.subgroups->voices[0].voice == Voice::For);
    CHECK(counted.subgroups->voices[1].inner.outcome == Outcome::Adopted);
    CHECK(counted.subgroups->voices[1].voice == Voice::For);
    CHECK(counted.outcome() == Outcome::Adopted);

    // Frozen per subgroup when it closes: the same result from the stored counts.
    const VoteCount closed = f.close(voteId);
    REQUIRE(closed.subgroups);
    CHECK(closed.subgroups->voices[0].voice == Voice::For);
    CHECK(closed.subgroups->voices[1].voice == Voice::For);
    CHECK(closed.outcome() == Outcome::Adopted);
    int usersFor = -1;
    for (const Record &t : f.db().records(Entity::VoteTally, voteId))
        if (t.number(s("subgroup_id")) == f.users)
            usersFor = int(t.number(s("votes_for")));
    CHECK(usersFor == 2);
}

// ---- Elections ----

TEST_CASE("Candidates and options belong to elections and dot votes only", "[votes]")
{
    VoteFixture f;
    const qint64 questionVote = f.open(f.question(VoteMode::Secret));
    requireRefused(addVoteOption(f.ws(), questionVote, {s("Anna"), s("Anna")}, f.id("Anna")));
    CHECK(f.db().count(Entity::VoteOption) == 0);
    f.close(questionVote);

    const qint64 election = f.open(f.choice(VoteMode::Secret, electionRule(1)));
    requireRefused(addVoteOption(f.ws(), election, {}));
    requireRefused(addVoteOption(f.ws(), election, {}, f.id("Anna")));
    const Result<qint64> anna = addVoteOption(f.ws(), election, {s("Anna"), QString()}, f.id("Anna"));
    requireOk(anna);
    const Result<qint64> delegation = addVoteOption(f.ws(), election, {s("Usagers"), s("Gebruikers")}, 0, f.users);
    requireOk(delegation);
    const QList<Record> options = f.db().records(Entity::VoteOption, election);
    REQUIRE(options.size() == 2);
    CHECK(options[0].id == anna.value());
    CHECK(options[0].number(s("person_id")) == f.id("Anna"));
    CHECK(options[1].number(s("subgroup_id")) == f.users);
    CHECK(f.ws().undoStack()->canUndo());
    f.ws().undoStack()->undo();
    CHECK(f.db().records(Entity::VoteOption, election).size() == 1);
}

TEST_CASE("A secret election elects the candidates who reach the threshold", "[votes]")
{
    VoteFixture f;
    SECTION("one seat at two thirds of the ballots by default")
    {
        VoteSetup setup;
        setup.agendaItemId = f.item;
        setup.mode = VoteMode::Secret;
        const qint64 voteId = f.open(setup);
        const qint64 a = f.option(voteId, "Anna", f.id("Anna"));
        const qint64 b = f.option(voteId, "Chloé", f.id("Chloé"));
        requireRefused(setCounts(f.ws(), voteId, 0, 0, 1, 0, 0)); // the question has no count here
        requireRefused(setCounts(f.ws(), voteId, a, 0, 6, 0, 0));
        requireOk(setCounts(f.ws(), voteId, a, 0, 4, 0, 0));
        requireOk(setCounts(f.ws(), voteId, b, 0, 1, 0, 0));
        requireRefused(setBallotCounts(f.ws(), voteId, 5, 1)); // six of five
        requireRefused(setBallotCounts(f.ws(), voteId, -1, 0));
        requireRefused(setBallotCounts(f.ws(), voteId, 0, -1));
        requireOk(setBallotCounts(f.ws(), voteId, 5, 0));
        CHECK(f.vote(voteId).number(s("ballots")) == 5);
        CHECK(f.vote(voteId).number(s("blank")) == 0);

        const VoteCount closed = f.close(voteId);
        REQUIRE(closed.election);
        CHECK(closed.optionIds == QList<qint64>{a, b});
        CHECK(closed.election->outcome == Outcome::Adopted);
        CHECK(closed.election->seatsFilled == 1);
        CHECK(candidate(*closed.election, 0).status == CandidateStatus::Elected);
        CHECK(candidate(*closed.election, 0).seat == 1);
        CHECK(candidate(*closed.election, 1).status == CandidateStatus::NotQualified);
        CHECK(f.vote(voteId).text(s("outcome")) == s("adopted"));
        CHECK(f.vote(voteId).text(s("status")) == s("closed"));
        CHECK(f.db().count(Entity::Ballot) == 0);
    }
    SECTION("two seats at more than half")
    {
        const qint64 voteId = f.open(f.choice(VoteMode::Secret, electionRule(2)));
        const qint64 a = f.option(voteId, "Anna", f.id("Anna"));
        const qint64 b = f.option(voteId, "Bram", f.id("Bram"));
        const qint64 c = f.option(voteId, "Chloé", f.id("Chloé"));
        requireOk(setCounts(f.ws(), voteId, a, 0, 4, 0, 0));
        requireOk(setCounts(f.ws(), voteId, b, 0, 2, 0, 0));
        requireOk(setCounts(f.ws(), voteId, c, 0, 3, 0, 0));
        requireOk(setBallotCounts(f.ws(), voteId, 5, 0));
        const VoteCount closed = f.close(voteId);
        REQUIRE(closed.election);
        CHECK(closed.election->required == 3);
        CHECK(closed.election->seatsFilled == 2);
        CHECK(closed.outcome() == Outcome::Adopted);
        CHECK(candidate(*closed.election, 0).seat == 1);
        CHECK(candidate(*closed.election, 2).seat == 2);
        CHECK(candidate(*closed.election, 1).status == CandidateStatus::NotQualified);
        // Nobody's proposal to decide.
        CHECK(f.status(Entity::Proposal, f.proposal) == s("open"));
    }
}

TEST_CASE("A named election counts supporters and blank ballots", "[votes]")
{
    VoteFixture f;
    const qint64 voteId = f.open(f.choice(VoteMode::Named, electionRule(1)));
    const qint64 a = f.option(voteId, "Anna", f.id("Anna"));
    const qint64 b = f.option(voteId, "Bram", f.id("Bram"));
    requireRefused(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For)); // no candidate
    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For, a));
    requireOk(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::For, a));
    requireOk(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::For, b));
    requireOk(recordBallot(f.ws(), voteId, f.id("Dirk"), Voice::For, a));
    requireOk(recordBallot(f.ws(), voteId, f.id("Chloé"), Voice::Against, a)); // supports nobody

    const VoteCount counted = f.count(voteId);
    REQUIRE(counted.options.size() == 2);
    CHECK(counted.options[0].votes == 3);
    CHECK(counted.options[1].votes == 1);
    REQUIRE(counted.election);
    // Three ballots support someone (base 3, more than half is 2); Chloé's is blank.
    CHECK(counted.election->base == 3);
    CHECK(candidate(*counted.election, 0).status == CandidateStatus::Elected);
    CHECK(counted.outcome() == Outcome::Adopted);

    const VoteCount closed = f.close(voteId);
    CHECK(f.vote(voteId).number(s("ballots")) == 3);
    CHECK(f.vote(voteId).number(s("blank")) == 1);
    CHECK(closed.options[0].votes == 3);
    CHECK(closed.options[1].votes == 1);
    CHECK(closed.election->base == counted.election->base);
    CHECK(closed.outcome() == Outcome::Adopted);
}

// ---- Closing ----

TEST_CASE("Closing a vote stores its outcome and decides the proposal", "[votes]")
{
    VoteFixture f;
    const qint64 voteId = f.open(f.question(VoteMode::Hands));
    struct Case
    {
        int forVotes, against, abstain;
        Outcome outcome;
        const char *code;
        const char *proposalStatus;
    };
    Case c{};
    SECTION("adopted") { c = {3, 1, 1, Outcome::Adopted, "adopted", "adopted"}; }
    SECTION("rejected") { c = {1, 3, 1, Outcome::Rejected, "rejected", "rejected"}; }
    SECTION("a tie is not adopted") { c = {2, 2, 1, Outcome::Tie, "tie", "rejected"}; }
    requireOk(setCounts(f.ws(), voteId, 0, 0, c.forVotes, c.against, c.abstain));
    const VoteCount closed = f.close(voteId);
    CHECK(closed.closed);
    CHECK(closed.outcome() == c.outcome);
    CHECK_FALSE(closed.explanation().isEmpty());
    const Record vote = f.vote(voteId);
    CHECK(vote.text(s("status")) == s("closed"));
    CHECK(vote.text(s("closed_at")) == closing.toUTC().toString(Qt::ISODate));
    CHECK(vote.text(s("outcome")) == s(c.code));
    CHECK(f.status(Entity::Proposal, f.proposal) == s(c.proposalStatus));
    // The other item's proposal is untouched.
    CHECK(f.status(Entity::Proposal, f.otherProposal) == s("open"));
    // Closed once is closed.
    requireRefused(closeVote(f.ws(), voteId, closing));
}

TEST_CASE("Closing an incomplete vote leaves the proposal open", "[votes]")
{
    VoteFixture f;
    const qint64 voteId = f.open(f.question(VoteMode::Hands));
    const VoteCount closed = f.close(voteId);
    CHECK(closed.outcome() == Outcome::Incomplete);
    CHECK(f.vote(voteId).text(s("outcome")) == s("incomplete"));
    CHECK(f.vote(voteId).text(s("status")) == s("closed"));
    CHECK(f.status(Entity::Proposal, f.proposal) == s("open"));
}

TEST_CASE("A closed vote refuses every change", "[votes]")
{
    VoteFixture f;
    VoteSetup setup = f.question(VoteMode::Named);
    const qint64 named = f.open(setup);
    requireOk(recordBallot(f.ws(), named, f.id("Anna"), Voice::For));
    f.close(named);
    requireRefused(recordBallot(f.ws(), named, f.id("Anna"), Voice::Against));
    requireRefused(recordBallot(f.ws(), named, f.id("Bram"), Voice::For));
    requireRefused(clearBallot(f.ws(), named, f.id("Anna")));
    CHECK(f.db().records(Entity::Ballot, named).size() == 1);

    const qint64 hands = f.open(f.choice(VoteMode::Hands, electionRule(1)));
    const qint64 a = f.option(hands, "Anna", f.id("Anna"));
    requireOk(setCounts(f.ws(), hands, a, 0, 3, 0, 0));
    requireOk(setBallotCounts(f.ws(), hands, 4, 0));
    f.close(hands);
    const int steps = f.ws().undoStack()->count();
    requireRefused(setCounts(f.ws(), hands, a, 0, 1, 0, 0));
    requireRefused(setBallotCounts(f.ws(), hands, 1, 0));
    requireRefused(addVoteOption(f.ws(), hands, {s("Bram"), s("Bram")}));
    requireRefused(setEvident(f.ws(), hands, false));
    requireRefused(declareVoice(f.ws(), hands, f.users, Voice::For));
    requireRefused(closeVote(f.ws(), hands, closing));
    CHECK(f.ws().undoStack()->count() == steps);
    CHECK(f.count(hands).options[0].votes == 3);
    CHECK(f.vote(hands).number(s("ballots")) == 4);
}

TEST_CASE("An adopted counter-proposal replaces the proposal it answers", "[votes]")
{
    VoteFixture f;
    const qint64 counter = f.addProposal(f.item, "Adopter le règlement en 2025", "Het reglement in 2025 aannemen");
    const qint64 objection = f.addObjection(f.proposal, counter);
    QUndoStack *stack = f.ws().undoStack();

    SECTION("adopted")
    {
        const qint64 voteId = f.open(f.question(VoteMode::Hands, counter));
        requireOk(setCounts(f.ws(), voteId, 0, 0, 4, 1, 0));
        const int steps = stack->count();
        CHECK(f.close(voteId).outcome() == Outcome::Adopted);
        CHECK(stack->count() == steps + 1);
        CHECK(f.status(Entity::Proposal, counter) == s("adopted"));
        CHECK(f.status(Entity::Proposal, f.proposal) == s("replaced"));
        CHECK(f.status(Entity::Objection, objection) == s("resolved"));

        stack->undo();
        CHECK(f.status(Entity::Proposal, counter) == s("open"));
        CHECK(f.status(Entity::Proposal, f.proposal) == s("open"));
        CHECK(f.status(Entity::Objection, objection) == s("standing"));
        CHECK(f.vote(voteId).text(s("status")) == s("open"));
        stack->redo();
        CHECK(f.status(Entity::Proposal, f.proposal) == s("replaced"));
        CHECK(f.status(Entity::Objection, objection) == s("resolved"));
    }
    SECTION("rejected")
    {
        const qint64 voteId = f.open(f.question(VoteMode::Hands, counter));
        requireOk(setCounts(f.ws(), voteId, 0, 0, 1, 4, 0));
        CHECK(f.close(voteId).outcome() == Outcome::Rejected);
        CHECK(f.status(Entity::Proposal, counter) == s("rejected"));
        CHECK(f.status(Entity::Proposal, f.proposal) == s("open"));
        CHECK(f.status(Entity::Objection, objection) == s("standing"));
    }
}

TEST_CASE("A closed named vote keeps its result when voters are erased", "[votes]")
{
    VoteFixture f;
    const qint64 voteId = f.open(f.question(VoteMode::Named));
    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Dirk"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Chloé"), Voice::Against));
    requireOk(recordBallot(f.ws(), voteId, f.id("Elif"), Voice::Abstain));
    const VoteCount before = f.close(voteId);
    CHECK(before.tally.forVotes == 3);
    CHECK(before.tally.against == 1);
    CHECK(before.tally.abstain == 1);
    CHECK(before.outcome() == Outcome::Adopted);
    CHECK_FALSE(f.db().records(Entity::VoteTally, voteId).isEmpty());

    // The three who voted for ask to be erased (GDPR): their ballots go with them.
    for (const char *name : {"Anna", "Bram", "Dirk"})
        requireOk(f.ws().removeRecord(Entity::Person, f.id(name)));
    CHECK(f.db().records(Entity::Ballot, voteId).size() == 2);
    CHECK(f.db().records(Entity::VoteElector, voteId).size() == 2);

    const VoteCount after = f.count(voteId);
    CHECK(after.closed);
    CHECK(after.tally.forVotes == before.tally.forVotes);
    CHECK(after.tally.against == before.tally.against);
    CHECK(after.tally.abstain == before.tally.abstain);
    CHECK(after.electorate.members == before.electorate.members);
    CHECK(after.electorate.present == before.electorate.present);
    CHECK(after.outcome() == Outcome::Adopted);
    REQUIRE(after.decision);
    CHECK(after.decision->base == before.decision->base);
    CHECK(after.explanation() == before.explanation());
    CHECK(f.vote(voteId).text(s("outcome")) == s("adopted"));
}

TEST_CASE("A closed vote by subgroup voices keeps its result when members are erased", "[votes]")
{
    VoteFixture f;
    VoteSetup setup = f.question(VoteMode::Named);
    setup.bySubgroup = true;
    const qint64 voteId = f.open(setup);
    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::Against));
    requireOk(recordBallot(f.ws(), voteId, f.id("Chloé"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Dirk"), Voice::For));
    const VoteCount before = f.close(voteId);
    REQUIRE(before.subgroups);

    requireOk(f.ws().removeRecord(Entity::Person, f.id("Bram")));
    const VoteCount after = f.count(voteId);
    REQUIRE(after.subgroups);
    REQUIRE(after.subgroups->voices.size() == before.subgroups->voices.size());
    for (size_t i = 0; i < before.subgroups->voices.size(); ++i) {
        CHECK(after.subgroups->voices.at(i).voice == before.subgroups->voices.at(i).voice);
        CHECK(after.subgroups->voices.at(i).inner.outcome == before.subgroups->voices.at(i).inner.outcome);
        CHECK(after.subgroups->voices.at(i).inner.explanation == before.subgroups->voices.at(i).inner.explanation);
    }
    CHECK(after.outcome() == before.outcome());
    CHECK(after.explanation() == before.explanation());
}

TEST_CASE("A proposal settled otherwise is not put to the vote again", "[votes]")
{
    VoteFixture f;
    const VoteSetup setup = f.question(VoteMode::Hands);
    for (const char *status : {"adopted", "replaced", "withdrawn"}) {
        INFO(status);
        REQUIRE(f.db().update(Entity::Proposal, setup.proposalId, s("status"), s(status)).ok());
        const Result<qint64> refused = openVote(f.ws(), setup, opening);
        requireRefused(refused);
    }
    // A rejected proposal may be voted again, for instance once amended.
    REQUIRE(f.db().update(Entity::Proposal, setup.proposalId, s("status"), s("rejected")).ok());
    requireOk(openVote(f.ws(), setup, opening));
}

TEST_CASE("Counts for a subgroup of another council are refused", "[votes]")
{
    VoteFixture f;
    VoteSetup setup = f.question(VoteMode::Hands);
    setup.bySubgroup = true;
    const qint64 voteId = f.open(setup);
    Record council(Entity::Council, {{s("kind"), s("bassin")}});
    council.setBilingual(s("name"), {s("Autre"), s("Ander")});
    const Result<qint64> other = f.db().insert(council);
    requireOk(other);
    const qint64 foreign = f.addSubgroup(other.value(), "Ailleurs", "Elders");
    requireRefused(setCounts(f.ws(), voteId, 0, foreign, 0, 0, 0));
    for (const Record &t : f.db().records(Entity::VoteTally, voteId))
        CHECK(t.number(s("subgroup_id")) != foreign);
}

TEST_CASE("Impossible counts cannot be closed", "[votes]")
{
    VoteFixture f;
    const qint64 voteId = f.open(f.choice(VoteMode::Secret, electionRule(1)));
    const qint64 a = f.option(voteId, "Anna", f.id("Anna"));
    requireOk(setCounts(f.ws(), voteId, a, 0, 4, 0, 0));
    requireOk(setBallotCounts(f.ws(), voteId, 3, 0)); // four votes on three ballots
    CHECK(f.count(voteId).outcome() == Outcome::Invalid);
    const int steps = f.ws().undoStack()->count();

    const Result<VoteCount> refused = closeVote(f.ws(), voteId, closing);
    requireRefused(refused);
    CHECK(f.ws().undoStack()->count() == steps);
    const Record vote = f.vote(voteId);
    CHECK(vote.text(s("status")) == s("open"));
    CHECK(vote.value(s("closed_at")).isNull());
    CHECK(vote.value(s("outcome")).isNull());

    requireOk(setBallotCounts(f.ws(), voteId, 5, 0));
    CHECK(f.close(voteId).outcome() == Outcome::Adopted);
}

TEST_CASE("Closing a vote is one undoable step", "[votes]")
{
    VoteFixture f;
    QUndoStack *stack = f.ws().undoStack();
    const qint64 voteId = f.open(f.question(VoteMode::Named));
    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Chloé"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Elif"), Voice::Against));
    const int steps = stack->count();

    const VoteCount closed = f.close(voteId);
    CHECK(stack->count() == steps + 1);
    CHECK(closed.outcome() == Outcome::Adopted);
    const int tallies = int(f.db().records(Entity::VoteTally, voteId).size());
    CHECK(tallies > 0);
    CHECK(f.status(Entity::Proposal, f.proposal) == s("adopted"));

    stack->undo();
    Record vote = f.vote(voteId);
    CHECK(vote.text(s("status")) == s("open"));
    CHECK(vote.value(s("closed_at")).isNull());
    CHECK(vote.value(s("outcome")).isNull());
    CHECK(f.status(Entity::Proposal, f.proposal) == s("open"));
    CHECK(f.db().records(Entity::VoteTally, voteId).isEmpty());
    CHECK(f.db().records(Entity::Ballot, voteId).size() == 3);
    CHECK_FALSE(f.count(voteId).closed);

    stack->redo();
    vote = f.vote(voteId);
    CHECK(vote.text(s("status")) == s("closed"));
    CHECK(vote.text(s("outcome")) == s("adopted"));
    CHECK(f.status(Entity::Proposal, f.proposal) == s("adopted"));
    CHECK(f.db().records(Entity::VoteTally, voteId).size() == tallies);
    CHECK(f.count(voteId).tally.forVotes == 2);
}

TEST_CASE("A close that fails half way leaves nothing behind and nothing to redo", "[votes]")
{
    VoteFixture f;
    QUndoStack *stack = f.ws().undoStack();
    const qint64 voteId = f.open(f.question(VoteMode::Named));
    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For));
    const int steps = stack->count();
    // The proposal's status cannot be written: the vote's own columns are, before it fails.
    REQUIRE(runSql(f.workspace->filePath(),
                   {s("CREATE TRIGGER refuse_status BEFORE UPDATE OF status ON proposal "
                      "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")}));

    requireRefused(closeVote(f.ws(), voteId, closing));
    const Record vote = f.vote(voteId);
    CHECK(vote.text(s("status")) == s("open"));
    CHECK(vote.value(s("closed_at")).isNull());
    CHECK(f.db().records(Entity::VoteTally, voteId).isEmpty());
    CHECK(f.status(Entity::Proposal, f.proposal) == s("open"));
    CHECK(stack->count() == steps);
    CHECK_FALSE(stack->canRedo());

    REQUIRE(runSql(f.workspace->filePath(), {s("DROP TRIGGER refuse_status")}));
    CHECK(f.close(voteId).outcome() == Outcome::Adopted);
    CHECK(stack->count() == steps + 1);
}

// ---- Consent ----

TEST_CASE("Consent is not given while an objection stands", "[votes]")
{
    VoteFixture f;
    const qint64 counter = f.addProposal(f.item, "Contre-proposition", "Tegenvoorstel");
    const qint64 objection = f.addObjection(f.proposal, counter);
    VoteSetup setup = f.question(VoteMode::Hands);
    setup.rule = consentRule();
    const qint64 voteId = f.open(setup);
    CHECK(f.vote(voteId).text(s("rule")) == ruleCode(consentRule()));

    const VoteCount counted = f.count(voteId);
    CHECK(counted.tally.standingObjections == 1);
    CHECK(counted.tally.settledObjections == 0);
    CHECK(counted.outcome() != Outcome::Adopted);

    const VoteCount closed = f.close(voteId);
    CHECK(closed.outcome() != Outcome::Adopted);
    CHECK(f.vote(voteId).text(s("outcome")) != s("adopted"));
    CHECK(f.status(Entity::Proposal, f.proposal) != s("adopted"));
    CHECK(f.status(Entity::Objection, objection) == s("standing"));
    CHECK(f.status(Entity::Proposal, counter) == s("open"));
}

TEST_CASE("Consent is given once the objections are withdrawn", "[votes]")
{
    VoteFixture f;
    const qint64 counter = f.addProposal(f.item, "Contre-proposition", "Tegenvoorstel");
    const qint64 withdrawn = f.addObjection(f.proposal, counter, "withdrawn");
    f.addObjection(f.proposal, counter, "resolved");
    // An objection to another proposal is not this one's.
    f.addObjection(f.otherProposal, counter, "standing");
    VoteSetup setup = f.question(VoteMode::Hands);
    setup.rule = consentRule();
    const qint64 voteId = f.open(setup);

    const VoteCount counted = f.count(voteId);
    CHECK(counted.tally.standingObjections == 0);
    CHECK(counted.tally.settledObjections == 2);
    CHECK(counted.outcome() == Outcome::Adopted);

    const VoteCount closed = f.close(voteId);
    CHECK(closed.outcome() == Outcome::Adopted);
    CHECK(closed.tally.settledObjections == 2);
    CHECK(f.status(Entity::Proposal, f.proposal) == s("adopted"));
    CHECK(f.status(Entity::Objection, withdrawn) == s("withdrawn"));
    // The counter-proposal was not what the council adopted.
    CHECK(f.status(Entity::Proposal, counter) == s("open"));
}

// ---- Minutes approval ----

TEST_CASE("Minutes approval is refused at the council's first meeting", "[votes]")
{
    VoteFixture f;
    // An earlier meeting of another council does not count.
    Record council(Entity::Council, {{s("kind"), s("care")}});
    council.setBilingual(s("name"), {s("Autre"), s("Ander")});
    const Result<qint64> other = f.db().insert(council);
    requireOk(other);
    requireOk(f.db().insert(Record(Entity::Meeting, {{s("council_id"), other.value()}, {s("date"), s("2024-01-10")}})));

    const int items = int(f.db().count(Entity::AgendaItem));
    requireRefused(ensureMinutesApproval(f.ws(), f.meetingId));
    requireRefused(ensureMinutesApproval(f.ws(), 999999));
    CHECK(f.db().count(Entity::AgendaItem) == items);
    CHECK(f.db().count(Entity::Proposal) == 2);
    CHECK(f.ws().undoStack()->count() == 0);
}

TEST_CASE("Minutes approval is added after the welcome of a later meeting", "[votes]")
{
    VoteFixture f;
    QUndoStack *stack = f.ws().undoStack();
    // An older meeting too: the minutes to approve are those of the latest earlier one.
    requireOk(f.db().insert(Record(Entity::Meeting, {{s("council_id"), f.councilId}, {s("date"), s("2024-10-09")}})));
    const Result<qint64> later = f.db().insert(Record(Entity::Meeting, {{s("council_id"), f.councilId}, {s("date"), s("2024-12-11")}}));
    requireOk(later);
    QList<qint64> laterItems;
    for (const char *kind : {"welcome", "discussion", "information"}) {
        Record item(Entity::AgendaItem, {{s("meeting_id"), later.value()}, {s("kind"), s(kind)}});
        item.setBilingual(s("title"), {s(kind), s(kind)});
        const Result<qint64> added = f.db().insert(item);
        requireOk(added);
        laterItems << added.value();
    }

    const Result<qint64> approval = ensureMinutesApproval(f.ws(), later.value());
    requireOk(approval);
    CHECK(stack->count() == 1);
    QList<qint64> order;
    for (const Record &r : f.db().records(Entity::AgendaItem, later.value()))
        order << r.id;
    CHECK(order == QList<qint64>{laterItems[0], approval.value(), laterItems[1], laterItems[2]});
    const Record item = *f.db().record(Entity::AgendaItem, approval.value());
    CHECK(item.text(s("kind")) == s("decision"));
    CHECK_FALSE(item.bilingual(s("title")).fr.isEmpty());
    CHECK_FALSE(item.bilingual(s("title")).nl.isEmpty());
    const QList<Record> proposals = f.db().records(Entity::Proposal, approval.value());
    REQUIRE(proposals.size() == 1);
    const BilingualText title = proposals[0].bilingual(s("title"));
    CHECK(title.fr == s("Approuver la synthèse de la séance du 13 novembre 2024"));
    CHECK(title.nl == s("Het verslag van de vergadering van 13 november 2024 goedkeuren"));
    CHECK(proposals[0].text(s("status")) == s("open"));

    // The approval is put to the vote like any decision (nobody is checked in yet: flagged).
    VoteSetup setup;
    setup.agendaItemId = approval.value();
    setup.proposalId = proposals[0].id;
    DecisionRule flag;
    flag.quorum = QuorumPolicy::Flag;
    setup.rule = flag;
    const qint64 voteId = f.open(setup);
    CHECK(f.vote(voteId).bilingual(s("title")) == title);
    stack->undo();

    // Undo takes the item and its proposal away, and the agenda back to its order.
    stack->undo();
    CHECK_FALSE(f.db().record(Entity::AgendaItem, approval.value()));
    CHECK(f.db().records(Entity::Proposal, approval.value()).isEmpty());
    order.clear();
    for (const Record &r : f.db().records(Entity::AgendaItem, later.value()))
        order << r.id;
    CHECK(order == laterItems);
    stack->redo();
    CHECK(f.db().records(Entity::AgendaItem, later.value()).at(1).id == approval.value());
    CHECK(f.db().records(Entity::Proposal, approval.value()).size() == 1);
}

TEST_CASE("Minutes approval is not added twice", "[votes]")
{
    VoteFixture f;
    const Result<qint64> later = f.db().insert(Record(Entity::Meeting, {{s("council_id"), f.councilId}, {s("date"), s("2024-12-11")}}));
    requireOk(later);
    const Result<qint64> first = ensureMinutesApproval(f.ws(), later.value());
    requireOk(first);
    const int steps = f.ws().undoStack()->count();
    const Result<qint64> second = ensureMinutesApproval(f.ws(), later.value());
    requireOk(second);
    CHECK(second.value() == first.value());
    CHECK(f.db().records(Entity::AgendaItem, later.value()).size() == 1);
    CHECK(f.db().records(Entity::Proposal, first.value()).size() == 1);
    CHECK(f.ws().undoStack()->count() == steps);
}

TEST_CASE("Minutes approval goes first when the agenda has no welcome", "[votes]")
{
    VoteFixture f;
    const Result<qint64> later = f.db().insert(Record(Entity::Meeting, {{s("council_id"), f.councilId}, {s("date"), s("2025-01-15")}}));
    requireOk(later);
    QList<qint64> laterItems;
    for (const char *kind : {"information", "welcome"}) {
        Record item(Entity::AgendaItem, {{s("meeting_id"), later.value()}, {s("kind"), s(kind)}});
        item.setBilingual(s("title"), {s(kind), s(kind)});
        const Result<qint64> added = f.db().insert(item);
        requireOk(added);
        laterItems << added.value();
    }
    const Result<qint64> approval = ensureMinutesApproval(f.ws(), later.value());
    requireOk(approval);
    QList<qint64> order;
    for (const Record &r : f.db().records(Entity::AgendaItem, later.value()))
        order << r.id;
    CHECK(order == QList<qint64>{approval.value(), laterItems[0], laterItems[1]});
    // The previous meeting is the fixture's, the latest before this one.
    const QList<Record> proposals = f.db().records(Entity::Proposal, approval.value());
    REQUIRE(proposals.size() == 1);
    CHECK(proposals[0].bilingual(s("title")).fr.endsWith(s("13 novembre 2024")));
}

TEST_CASE("Counting a vote that does not exist is refused", "[votes]")
{
    VoteFixture f;
    requireRefused(countVote(f.db(), 424242));
    requireRefused(closeVote(f.ws(), 424242, closing));
    requireRefused(setCounts(f.ws(), 424242, 0, 0, 1, 0, 0));
    requireRefused(addVoteOption(f.ws(), 424242, {s("X"), s("X")}));
    CHECK(f.ws().undoStack()->count() == 0);
}

TEST_CASE("A closed consent vote keeps the objections that stood when it closed", "[votes]")
{
    VoteFixture f;
    const qint64 counter = f.addProposal(f.item, "Évaluer après un an", "Evalueren na een jaar");
    f.addObjection(f.proposal, counter);
    VoteSetup first = f.question(VoteMode::Hands);
    first.rule = consentRule();
    const qint64 firstVote = f.open(first);
    const VoteCount rejected = f.close(firstVote);
    REQUIRE(rejected.outcome() == Outcome::Rejected);
    CHECK(f.vote(firstVote).number(s("standing_objections")) == 1);

    // The counter-proposal is adopted instead: its objection is resolved...
    VoteSetup second = f.question(VoteMode::Hands, counter);
    second.rule = consentRule();
    REQUIRE(f.close(f.open(second)).outcome() == Outcome::Adopted);
    // ...and the first vote still reads as it was decided.
    const VoteCount again = f.count(firstVote);
    CHECK(again.outcome() == Outcome::Rejected);
    CHECK(again.tally.standingObjections == 1);
    CHECK(again.explanation() == rejected.explanation());
}

TEST_CASE("A subgroup created after a vote had no voice in it", "[votes]")
{
    VoteFixture f;
    VoteSetup setup = f.question(VoteMode::Hands);
    setup.bySubgroup = true;
    const qint64 voteId = f.open(setup);
    requireOk(declareVoice(f.ws(), voteId, f.users, Voice::For));
    requireOk(declareVoice(f.ws(), voteId, f.professionals, Voice::For));
    const VoteCount before = f.close(voteId);
    f.addSubgroup(f.councilId, "Nouveaux", "Nieuwe");
    const VoteCount after = f.count(voteId);
    REQUIRE(after.subgroups);
    CHECK(after.subgroups->voices.size() == before.subgroups->voices.size());
    CHECK(after.outcome() == before.outcome());
    CHECK(after.explanation() == before.explanation());
}

TEST_CASE("Subgroup voices are never cast by secret ballot", "[votes]")
{
    VoteFixture f;
    VoteSetup setup = f.question(VoteMode::Secret);
    setup.bySubgroup = true;
    requireRefused(openVote(f.ws(), setup, opening));
    CHECK(f.db().records(Entity::Vote, f.item).isEmpty());
}

TEST_CASE("Counts typed for a subgroup replace the voice it had declared", "[votes]")
{
    VoteFixture f;
    VoteSetup setup = f.question(VoteMode::Hands);
    setup.bySubgroup = true;
    const qint64 voteId = f.open(setup);
    requireOk(declareVoice(f.ws(), voteId, f.users, Voice::Against));
    requireOk(setCounts(f.ws(), voteId, 0, f.users, 2, 0, 0));
    for (const Record &t : f.db().records(Entity::VoteTally, voteId))
        if (t.number(s("subgroup_id")) == f.users) {
            CHECK(t.text(s("voice")).isEmpty());
            CHECK(t.number(s("votes_for")) == 2);
        }
    const VoteCount count = f.count(voteId);
    REQUIRE(count.subgroups);
    bool found = false;
    for (const SubgroupVoice &v : count.subgroups->voices)
        if (v.name.fr == s("Usagers")) {
            found = true;
            CHECK(v.voice == Voice::For);
        }
    CHECK(found);
}

TEST_CASE("The storage refuses a named ballot on a secret vote whatever the path", "[votes]")
{
    VoteFixture f;
    const qint64 voteId = f.open(f.question(VoteMode::Secret));
    Record ballot(Entity::Ballot, {{s("vote_id"), voteId}, {s("person_id"), f.id("Anna")}, {s("choice"), s("for")}});
    CHECK_FALSE(f.db().insert(ballot).ok());
    CHECK(f.db().records(Entity::Ballot, voteId).isEmpty());

    // A named vote with ballots cannot be turned into a secret one afterwards.
    requireOk(setCounts(f.ws(), voteId, 0, 0, 0, 1, 0)); // rejected: the proposal may be voted again
    f.close(voteId);
    const qint64 named = f.open(f.question(VoteMode::Named));
    requireOk(recordBallot(f.ws(), named, f.id("Anna"), Voice::For));
    CHECK_FALSE(f.db().update(Entity::Vote, named, s("mode"), s("secret")).ok());
    CHECK(f.vote(named).text(s("mode")) == s("named"));
}

TEST_CASE("An import that links a person to a secret choice is refused and writes nothing", "[votes]")
{
    VoteFixture f;
    const qint64 voteId = f.open(f.question(VoteMode::Secret));
    requireOk(setCounts(f.ws(), voteId, 0, 0, 3, 1, 0));
    f.close(voteId);
    QJsonObject root = QJsonDocument::fromJson(exportWorkspaceJson(f.db())).object();
    QJsonArray ballots;
    ballots.append(QJsonObject{{s("id"), 1}, {s("vote_id"), voteId}, {s("person_id"), f.id("Anna")},
                               {s("option_id"), QJsonValue()}, {s("choice"), s("for")}, {s("dots"), 0}});
    root.insert(s("ballots"), ballots);
    const QString out = f.path(s("imported.quorum"));
    const Result<void> imported = importWorkspaceJson(QJsonDocument(root).toJson(), s("in.json"), out);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().contains(s("secret")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("Closing a vote stores its counted result and undo takes it back", "[votes]")
{
    VoteFixture f;
    const qint64 voteId = f.open(f.question(VoteMode::Named));
    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Elif"), Voice::Against));
    CHECK(f.vote(voteId).text(s("result")).isEmpty());

    const VoteCount closed = f.close(voteId);
    const std::optional<CountedResult> stored = decodeCountedResult(f.vote(voteId).text(s("result")));
    REQUIRE(stored.has_value());
    CHECK(sameCount(*stored, countedResult(closed)));
    CHECK(stored->numbers.forVotes == 1);
    CHECK(stored->numbers.against == 1);
    CHECK(stored->explanation == closed.explanation());

    f.ws().undoStack()->undo();
    CHECK(f.vote(voteId).text(s("result")).isEmpty());
    f.ws().undoStack()->redo();
    CHECK(decodeCountedResult(f.vote(voteId).text(s("result"))).has_value());
}

TEST_CASE("A closed named vote of the whole room stores no counts per subgroup and passes the check", "[votes]")
{
    VoteFixture f;
    // Anna, Bram and Dirk sit in subgroups, but the vote is counted for the whole room.
    const qint64 voteId = f.open(f.question(VoteMode::Named));
    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::Against));
    requireOk(recordBallot(f.ws(), voteId, f.id("Dirk"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Elif"), Voice::For));
    CHECK(f.close(voteId).outcome() == Outcome::Adopted);
    const QList<Record> tallies = f.db().records(Entity::VoteTally, voteId);
    REQUIRE(tallies.size() == 1);
    CHECK(tallies.first().number(s("subgroup_id")) == 0);
    CHECK(tallies.first().number(s("votes_for")) == 3);
    for (const RecordProblem &problem : decisionRecordProblems(f.db()))
        FAIL_CHECK(problem.message.toStdString());
}

// ---- Recording reads and writes only the rows concerned ----

TEST_CASE("Counts typed for each subgroup rewrite their own row and undo restores them", "[votes]")
{
    VoteFixture f;
    VoteSetup setup = f.question(VoteMode::Hands);
    setup.bySubgroup = true;
    const qint64 voteId = f.open(setup);
    const auto tallies = [&] {
        QHash<qint64, QList<qint64>> byCell; // subgroup → for, against, abstain
        for (const Record &t : f.db().records(Entity::VoteTally, voteId))
            byCell[t.number(s("subgroup_id"))] << t.number(s("votes_for")) << t.number(s("votes_against"))
                                                << t.number(s("votes_abstain"));
        return byCell;
    };
    requireOk(setCounts(f.ws(), voteId, 0, f.users, 2, 0, 0));
    requireOk(setCounts(f.ws(), voteId, 0, f.professionals, 1, 1, 0));
    requireOk(setCounts(f.ws(), voteId, 0, f.users, 1, 0, 1));
    const QHash<qint64, QList<qint64>> expected{{f.users, {1, 0, 1}}, {f.professionals, {1, 1, 0}}};
    CHECK(tallies() == expected);
    const VoteCount counted = f.count(voteId);
    REQUIRE(counted.subgroups);
    CHECK(counted.subgroups->voices.size() == 2);

    REQUIRE(f.ws().undo());
    const QHash<qint64, QList<qint64>> before{{f.users, {2, 0, 0}}, {f.professionals, {1, 1, 0}}};
    CHECK(tallies() == before);
    REQUIRE(f.ws().redo());
    CHECK(tallies() == expected);
}

TEST_CASE("A named vote's live count adds up every ballot in its voter's subgroup and follows each change", "[votes]")
{
    VoteFixture f;
    VoteSetup setup = f.question(VoteMode::Named);
    setup.bySubgroup = true;
    const qint64 voteId = f.open(setup);
    requireOk(recordBallot(f.ws(), voteId, f.id("Anna"), Voice::For));
    requireOk(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::Against));
    requireOk(recordBallot(f.ws(), voteId, f.id("Chloé"), Voice::Against));
    requireOk(recordBallot(f.ws(), voteId, f.id("Elif"), Voice::For)); // no subgroup: the room only
    VoteCount counted = f.count(voteId);
    CHECK(counted.tally.forVotes == 2);
    CHECK(counted.tally.against == 2);
    CHECK(counted.tally.abstain == 0);
    REQUIRE(counted.subgroups);
    REQUIRE(counted.subgroups->voices.size() == 2);
    CHECK(counted.subgroups->voices[0].inner.outcome != Outcome::Adopted); // users split 1 / 1

    // A changed choice replaces the member's ballot (one row), and undo puts it back.
    const int ballots = int(f.db().records(Entity::Ballot, voteId).size());
    requireOk(recordBallot(f.ws(), voteId, f.id("Bram"), Voice::For));
    CHECK(f.db().records(Entity::Ballot, voteId).size() == ballots);
    counted = f.count(voteId);
    CHECK(counted.tally.forVotes == 3);
    CHECK(counted.tally.against == 1);
    CHECK(counted.subgroups->voices[0].voice == Voice::For);
    REQUIRE(f.ws().undo());
    counted = f.count(voteId);
    CHECK(counted.tally.forVotes == 2);
    CHECK(counted.tally.against == 2);

    // Cleared, a ballot leaves the count; a closed vote refuses any further ballot.
    requireOk(clearBallot(f.ws(), voteId, f.id("Elif")));
    CHECK(f.count(voteId).tally.forVotes == 1);
    f.close(voteId);
    requireRefused(recordBallot(f.ws(), voteId, f.id("Elif"), Voice::For));
    requireRefused(clearBallot(f.ws(), voteId, f.id("Anna")));
}
