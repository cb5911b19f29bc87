// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, counting and closing votes; the ballots and counts recorded while a vote is
// open are in voterecording.cpp.
#include "decisions/votes.h"

#include "commands/recordcommands.h"
#include "decisions/meetingquorum.h"
#include "decisions/voteresult.h"
#include "decisions/votesupport.h"
#include "rules/attendance.h"
#include "storage/database.h"
#include "storage/votecounts.h"
#include "text/typography.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <map>

namespace Quorum {
namespace VoteSupport {

const DecisionRule &defaultDecisionRule()
{
    static const DecisionRule rule{};
    return rule;
}

DecisionRule ruleOr(const QString &code, const DecisionRule &fallback)
{
    const Result<DecisionRule> parsed = parseRuleCode(code);
    return parsed ? parsed.value() : fallback;
}

bool isQuestion(const DecisionRule &rule)
{
    return rule.method == DecisionMethod::Consent || rule.method == DecisionMethod::Consensus
           || rule.method == DecisionMethod::Majority;
}

VoteMode modeOf(const Record &vote)
{
    return voteModeFromCode(vote.text(f("mode"))).value_or(VoteMode::Hands);
}

Result<VoteContext> context(const Database &db, qint64 voteId)
{
    VoteContext c;
    const std::optional<Record> vote = db.record(Entity::Vote, voteId);
    if (!vote)
        return refuse<VoteContext>(QCoreApplication::translate("Quorum::Votes", "This vote no longer exists."));
    c.vote = *vote;
    const std::optional<Record> item = db.record(Entity::AgendaItem, vote->number(f("agenda_item_id")));
    const std::optional<Record> meeting = item ? db.record(Entity::Meeting, item->number(f("meeting_id"))) : std::nullopt;
    const std::optional<Record> council = meeting ? db.record(Entity::Council, meeting->number(f("council_id"))) : std::nullopt;
    if (!council)
        return refuse<VoteContext>(QCoreApplication::translate("Quorum::Votes", "This vote no longer exists."));
    c.item = *item;
    c.meeting = *meeting;
    c.council = *council;
    return c;
}

namespace {

QString closedText()
{
    return QCoreApplication::translate("Quorum::Votes", "This vote is closed: its record can no longer change.");
}

} // namespace

Result<VoteContext> openContext(const Database &db, qint64 voteId)
{
    Result<VoteContext> c = context(db, voteId);
    if (c && c.value().vote.text(f("status")) != u"open")
        return refuse<VoteContext>(closedText());
    return c;
}

Result<Record> openVoteRecord(const Database &db, qint64 voteId)
{
    const std::optional<Record> vote = db.record(Entity::Vote, voteId);
    if (!vote)
        return refuse<Record>(QCoreApplication::translate("Quorum::Votes", "This vote no longer exists."));
    if (vote->text(f("status")) != u"open")
        return refuse<Record>(closedText());
    return *vote;
}

qint64 councilOfVote(const Database &db, const Record &vote)
{
    const std::optional<Record> item = db.record(Entity::AgendaItem, vote.number(f("agenda_item_id")));
    const std::optional<Record> meeting = item ? db.record(Entity::Meeting, item->number(f("meeting_id"))) : std::nullopt;
    return meeting ? meeting->number(f("council_id")) : 0;
}

} // namespace VoteSupport

using namespace VoteSupport;

namespace {

DecisionRule defaultSubgroupRule()
{
    DecisionRule rule;
    rule.method = DecisionMethod::Consensus;
    rule.quorum = QuorumPolicy::Flag;
    return rule;
}

DecisionRule defaultElectionRule()
{
    DecisionRule rule;
    rule.method = DecisionMethod::Election;
    rule.simple = false;
    rule.fraction = {2, 3};
    rule.comparison = Comparison::AtLeast;
    return rule;
}

void add(Tally &tally, Voice voice, int n = 1)
{
    switch (voice) {
    case Voice::For: tally.forVotes += n; break;
    case Voice::Against: tally.against += n; break;
    case Voice::Abstain: tally.abstain += n; break;
    }
}

// The counts of one (option, subgroup) cell, however they were entered.
struct Cell
{
    Tally tally;
    std::optional<Voice> declared;
    bool recorded = false;
};
using CellKey = std::pair<qint64, qint64>; // option (0: the question), subgroup (0: the room)

struct Counts
{
    std::map<CellKey, Cell> cells;
    int ballots = 0; // named: people who supported at least one option / placed a dot
    int blank = 0;   // named: people whose ballots support nothing

    Cell cell(qint64 option, qint64 subgroup) const
    {
        const auto it = cells.find({option, subgroup});
        return it == cells.end() ? Cell{} : it->second;
    }
};

// Named ballots added up into the same cells tellers fill for other votes: per option, for
// the room and for the voter's subgroup. SQLite adds them up (one aggregate query over the
// vote's ballots), so a count follows each ballot at the same cost however many there are.
Counts countBallots(const Database &db, qint64 voteId)
{
    Counts counts;
    const BallotSums sums = sumBallots(db, voteId, voiceCode(Voice::For));
    for (const BallotGroup &group : sums.groups) {
        const Voice voice = voiceFromCode(group.choice).value_or(Voice::Abstain);
        for (qint64 subgroup : {qint64(0), group.subgroupId}) {
            Cell &cell = counts.cells[{group.optionId, subgroup}];
            cell.recorded = true;
            if (group.dotted)
                cell.tally.forVotes += group.dots;
            else
                add(cell.tally, voice, group.ballots);
            if (group.subgroupId == 0)
                break; // counted once for the room when the voters have no subgroup
        }
    }
    counts.ballots = sums.supporters;
    counts.blank = sums.voters - sums.supporters;
    return counts;
}

Counts storedCounts(const Database &db, const Record &vote)
{
    Counts counts;
    for (const Record &t : db.records(Entity::VoteTally, vote.id)) {
        Cell &cell = counts.cells[{t.number(f("option_id")), t.number(f("subgroup_id"))}];
        cell.recorded = true;
        cell.tally.forVotes = int(t.number(f("votes_for")));
        cell.tally.against = int(t.number(f("votes_against")));
        cell.tally.abstain = int(t.number(f("votes_abstain")));
        cell.declared = voiceFromCode(t.text(f("voice")));
    }
    counts.ballots = int(vote.number(f("ballots")));
    counts.blank = int(vote.number(f("blank")));
    return counts;
}

Counts countsOf(const Database &db, const Record &vote)
{
    const bool liveNamed = modeOf(vote) == VoteMode::Named && vote.text(f("status")) == u"open";
    return liveNamed ? countBallots(db, vote.id) : storedCounts(db, vote);
}

} // namespace

CapturedRoom captureVoteRoom(const Database &db, const Record &meeting, const Record &council)
{
    QHash<qint64, qint64> votingSubgroup; // voting member → subgroup (0: none)
    for (const Record &m : db.records(Entity::Membership, council.id)) {
        if (m.text(f("role")) != u"voting")
            continue;
        const qint64 person = m.number(f("person_id"));
        if (!votingSubgroup.contains(person) || votingSubgroup.value(person) == 0)
            votingSubgroup.insert(person, m.number(f("subgroup_id")));
    }
    const MeetingRoll roll = meetingRoll(db, meeting, council);
    const EffectivePresence presence = effectivePresence(roll.attendance);
    CapturedRoom room;
    room.members = int(votingSubgroup.size());
    for (qint64 subgroup : std::as_const(votingSubgroup))
        if (subgroup > 0)
            ++room.subgroupMembers[subgroup];
    room.quorum = evaluateQuorum(roll.rule, roll.members, roll.attendance);
    for (const AttendanceEntry &entry : roll.attendance) {
        if (!votingSubgroup.contains(entry.personId) || !presence.counts(entry.personId))
            continue;
        room.electors.append({entry.personId, votingSubgroup.value(entry.personId),
                              presence.represented.contains(entry.personId) ? entry.proxyId : 0});
    }
    return room;
}

QString voteModeCode(VoteMode mode)
{
    switch (mode) {
    case VoteMode::Hands: return f("hands");
    case VoteMode::Named: return f("named");
    case VoteMode::Secret: return f("secret");
    }
    return {};
}

std::optional<VoteMode> voteModeFromCode(const QString &code)
{
    for (VoteMode mode : {VoteMode::Hands, VoteMode::Named, VoteMode::Secret})
        if (voteModeCode(mode) == code)
            return mode;
    return std::nullopt;
}

CharterRules charterRules(const Database &db, qint64 councilId, const QDate &date)
{
    CharterRules rules{0, defaultDecisionRule(), defaultSubgroupRule(), defaultElectionRule()};
    std::optional<Record> inForce;
    for (const Record &charter : db.records(Entity::Charter, councilId)) {
        const QDate adopted = QDate::fromString(charter.text(f("adopted_on")), Qt::ISODate);
        if (!adopted.isValid() || (date.isValid() && adopted > date))
            continue; // a draft, or adopted later
        if (!inForce || charter.number(f("version")) >= inForce->number(f("version")))
            inForce = charter;
    }
    if (!inForce)
        return rules;
    rules.charterId = inForce->id;
    rules.decision = ruleOr(inForce->text(f("decision_rule")), rules.decision);
    rules.subgroup = ruleOr(inForce->text(f("subgroup_rule")), rules.subgroup);
    rules.election = ruleOr(inForce->text(f("election_rule")), rules.election);
    return rules;
}

Outcome VoteCount::outcome() const
{
    if (decision)
        return decision->outcome;
    if (subgroups)
        return subgroups->overall.outcome;
    if (election)
        return election->outcome;
    if (priority)
        return priority->outcome;
    return Outcome::Incomplete;
}

const BilingualText &VoteCount::explanation() const
{
    static const BilingualText none;
    if (decision)
        return decision->explanation;
    if (subgroups)
        return subgroups->overall.explanation;
    if (election)
        return election->explanation;
    if (priority)
        return priority->explanation;
    return none;
}

const BilingualText &VoteCount::summary() const
{
    if (subgroups && !subgroups->councilResult.isEmpty())
        return subgroups->councilResult;
    return explanation();
}

Result<VoteCount> countVote(const Database &db, qint64 voteId)
{
    const Result<VoteContext> found = context(db, voteId);
    if (!found)
        return Result<VoteCount>::failure(found.error());
    const Record &vote = found.value().vote;
    VoteCount count;
    count.voteId = voteId;
    count.mode = modeOf(vote);
    count.closed = vote.text(f("status")) == u"closed";
    count.rule = ruleOr(vote.text(f("rule")), defaultDecisionRule());
    count.electorate = {int(vote.number(f("members"))), int(vote.number(f("present"))), vote.number(f("quorum_met")) != 0};
    const Counts counts = countsOf(db, vote);
    count.tally = counts.cell(0, 0).tally;
    count.tally.evident = vote.number(f("evident")) != 0;

    for (const Record &option : db.records(Entity::VoteOption, voteId)) {
        count.options.push_back({option.bilingual(f("name")), counts.cell(option.id, 0).tally.forVotes});
        count.optionIds.append(option.id);
    }

    switch (count.rule.method) {
    case DecisionMethod::Election:
        count.election = elect(count.rule, count.electorate, {count.options, counts.ballots, counts.blank});
        return count;
    case DecisionMethod::Priority:
        count.priority = rankByDots(count.rule, count.electorate, count.options, counts.ballots);
        return count;
    default: break;
    }

    if (count.rule.method == DecisionMethod::Consent && !vote.value(f("standing_objections")).isNull()) {
        // Closed: the objections as they stood when the vote closed, whatever became of them.
        count.tally.standingObjections = int(vote.number(f("standing_objections")));
        count.tally.settledObjections = int(vote.number(f("settled_objections")));
    } else if (count.rule.method == DecisionMethod::Consent) {
        const qint64 proposal = vote.number(f("proposal_id"));
        for (const Record &objection : proposal > 0 ? db.records(Entity::Objection, proposal) : QList<Record>{}) {
            if (objection.text(f("status")) == u"standing")
                ++count.tally.standingObjections;
            else
                ++count.tally.settledObjections;
        }
    }

    if (vote.number(f("by_subgroup")) == 0) {
        count.decision = decide(count.rule, count.electorate, count.tally);
        return count;
    }

    count.subgroupRule = ruleOr(vote.text(f("subgroup_rule")), defaultSubgroupRule());
    // Each subgroup's base as captured when the vote opened (older records without it: as
    // the memberships and electors say now).
    QHash<qint64, int> members;
    QHash<qint64, int> present;
    QSet<qint64> captured;
    for (const Record &t : db.records(Entity::VoteTally, voteId)) {
        if (t.number(f("option_id")) != 0 || t.value(f("members")).isNull())
            continue;
        captured.insert(t.number(f("subgroup_id")));
        members.insert(t.number(f("subgroup_id")), int(t.number(f("members"))));
        present.insert(t.number(f("subgroup_id")), int(t.number(f("present"))));
    }
    if (captured.isEmpty()) { // else a subgroup without its base had no voice in the vote
        for (const Record &m : db.records(Entity::Membership, found.value().council.id))
            if (m.text(f("role")) == u"voting" && m.number(f("subgroup_id")) > 0)
                ++members[m.number(f("subgroup_id"))];
        const QHash<qint64, int> electors = electorsBySubgroup(db, voteId);
        for (auto it = electors.cbegin(); it != electors.cend(); ++it)
            if (it.key() > 0)
                present[it.key()] += it.value();
    }
    std::vector<SubgroupInput> inputs;
    for (const Record &subgroup : db.records(Entity::Subgroup, found.value().council.id)) {
        // A subgroup created after the vote opened had no voice in it.
        if (!captured.isEmpty() && !captured.contains(subgroup.id))
            continue;
        const Cell cell = counts.cell(0, subgroup.id);
        SubgroupInput input;
        input.name = subgroup.bilingual(f("name"));
        input.electorate = {members.value(subgroup.id), present.value(subgroup.id), true};
        input.tally = cell.tally;
        input.declaredVoice = cell.declared;
        inputs.push_back(input);
        count.subgroupIds.append(subgroup.id);
    }
    count.subgroups = decideBySubgroups(*count.subgroupRule, count.rule, inputs, count.electorate.quorumMet);
    return count;
}

Result<qint64> openVote(Workspace &workspace, const VoteSetup &setup, const QDateTime &now)
{
    const Database &db = workspace.storage();
    const std::optional<Record> item = db.record(Entity::AgendaItem, setup.agendaItemId);
    if (!item || item->text(f("kind")) != u"decision")
        return refuse<qint64>(QCoreApplication::translate("Quorum::Votes", "Votes are held on decision items: choose a decision item of the agenda."));
    const std::optional<Record> meeting = db.record(Entity::Meeting, item->number(f("meeting_id")));
    const std::optional<Record> council = meeting ? db.record(Entity::Council, meeting->number(f("council_id"))) : std::nullopt;
    if (!council)
        return refuse<qint64>(QCoreApplication::translate("Quorum::Votes", "This meeting no longer exists."));
    for (const Record &other : db.records(Entity::AgendaItem, meeting->id))
        for (const Record &vote : db.records(Entity::Vote, other.id))
            if (vote.text(f("status")) == u"open")
                return refuse<qint64>(QCoreApplication::translate("Quorum::Votes", "Another vote of this meeting is still open: close it first."));

    std::optional<Record> proposal;
    if (setup.proposalId > 0) {
        proposal = db.record(Entity::Proposal, setup.proposalId);
        if (!proposal || proposal->number(f("agenda_item_id")) != item->id)
            return refuse<qint64>(QCoreApplication::translate("Quorum::Votes", "This proposal does not belong to the item."));
        // Open and rejected proposals may be (re)voted; one that is settled otherwise may not.
        const QString status = proposal->text(f("status"));
        if (status == u"adopted" || status == u"replaced" || status == u"withdrawn")
            return refuse<qint64>(QCoreApplication::translate("Quorum::Votes",
                                                              "This proposal is already %1: it is no longer put to the vote.")
                                      .arg(choiceLabel(*entitySpec(Entity::Proposal).field(f("status")), status).toLower()));
    }
    const CharterRules rules = charterRules(db, council->id, QDate::fromString(meeting->text(f("date")), Qt::ISODate));
    const DecisionRule rule = setup.rule.value_or(proposal ? rules.decision : rules.election);
    if (proposal && !isQuestion(rule))
        return refuse<qint64>(QCoreApplication::translate("Quorum::Votes", "A proposal is decided by consent, consensus or a majority, not by an election."));
    if (!proposal && isQuestion(rule))
        return refuse<qint64>(QCoreApplication::translate("Quorum::Votes", "Choose the proposal to put to the vote."));
    if (setup.bySubgroup && !isQuestion(rule))
        return refuse<qint64>(QCoreApplication::translate("Quorum::Votes", "Subgroup voices decide on a proposal, not in an election or a dot vote."));
    // A subgroup's voice is public, and counts per subgroup would tell how a lone member voted.
    if (setup.bySubgroup && setup.mode == VoteMode::Secret)
        return refuse<qint64>(QCoreApplication::translate(
            "Quorum::Votes", "Subgroup voices are given openly: choose a show of hands or a named vote."));
    if (setup.bySubgroup && db.records(Entity::Subgroup, council->id).isEmpty())
        return refuse<qint64>(QCoreApplication::translate("Quorum::Votes", "This council has no subgroups to give their voices."));

    const CapturedRoom room = captureVoteRoom(db, *meeting, *council);
    if (!room.quorum.met && rule.quorum == QuorumPolicy::Refuse)
        return refuse<qint64>(QCoreApplication::translate("Quorum::Votes", "The quorum is not met, and the rule refuses to vote without it: %1")
                                  .arg(room.quorum.explanation));

    BilingualText title = setup.title;
    if (title.isEmpty() && proposal)
        title = proposal->bilingual(f("title"));
    if (title.isEmpty())
        title = entitySpec(Entity::Vote).field(f("title"))->newText;

    Record vote(Entity::Vote);
    vote.values = {{f("agenda_item_id"), item->id},
                   {f("mode"), voteModeCode(setup.mode)},
                   {f("rule"), ruleCode(rule)},
                   {f("by_subgroup"), setup.bySubgroup},
                   {f("subgroup_rule"), setup.bySubgroup ? ruleCode(rules.subgroup) : QString()},
                   {f("status"), f("open")},
                   {f("opened_at"), now},
                   {f("members"), room.members},
                   {f("present"), int(room.electors.size())},
                   {f("quorum_met"), room.quorum.met}};
    if (proposal)
        vote.values.insert(f("proposal_id"), proposal->id);
    vote.setBilingual(f("title"), title);

    EditStep step(workspace, QCoreApplication::translate("Quorum::Votes", "Open a vote"));
    const Result<qint64> voteId = workspace.addRecord(vote);
    if (!step.check(voteId))
        return voteId;
    for (const RoomElector &elector : room.electors) {
        Record row(Entity::VoteElector,
                   {{f("vote_id"), voteId.value()}, {f("person_id"), elector.personId}});
        if (elector.subgroupId > 0)
            row.values.insert(f("subgroup_id"), elector.subgroupId);
        if (elector.proxyId > 0)
            row.values.insert(f("proxy_id"), elector.proxyId);
        const Result<qint64> added = workspace.addRecord(row);
        if (!step.check(added))
            return refuse<qint64>(added.error());
    }
    if (setup.bySubgroup) {
        for (const Record &subgroup : db.records(Entity::Subgroup, council->id)) {
            int present = 0;
            for (const RoomElector &elector : room.electors)
                present += elector.subgroupId == subgroup.id ? 1 : 0;
            const Record base(Entity::VoteTally, {{f("vote_id"), voteId.value()},
                                                  {f("subgroup_id"), subgroup.id},
                                                  {f("members"), room.subgroupMembers.value(subgroup.id)},
                                                  {f("present"), present}});
            if (const Result<qint64> added = workspace.addRecord(base); !step.check(added))
                return refuse<qint64>(added.error());
        }
    }
    return voteId;
}

FrozenBallots freezeBallots(const Database &db, qint64 voteId)
{
    const Counts counts = countBallots(db, voteId);
    const std::optional<Record> vote = db.record(Entity::Vote, voteId);
    // A vote of the whole room keeps the room's counts only: counts per subgroup in it are
    // what `quorum check` rejects (and setCounts refuses).
    const bool bySubgroup = vote && vote->number(f("by_subgroup")) != 0;
    FrozenBallots frozen;
    frozen.ballots = counts.ballots;
    frozen.blank = counts.blank;
    for (const auto &[key, cell] : counts.cells) {
        if (key.second > 0 && !bySubgroup)
            continue;
        Record tally(Entity::VoteTally, {{f("vote_id"), voteId},
                                         {f("votes_for"), cell.tally.forVotes},
                                         {f("votes_against"), cell.tally.against},
                                         {f("votes_abstain"), cell.tally.abstain}});
        if (key.first > 0)
            tally.values.insert(f("option_id"), key.first);
        if (key.second > 0)
            tally.values.insert(f("subgroup_id"), key.second);
        frozen.tallies.append(tally);
    }
    return frozen;
}

Result<VoteCount> closeVote(Workspace &workspace, qint64 voteId, const QDateTime &now)
{
    const Database &db = workspace.storage();
    const Result<VoteContext> c = openContext(db, voteId);
    if (!c)
        return Result<VoteCount>::failure(c.error());
    const Record vote = c.value().vote;
    Result<VoteCount> count = countVote(db, voteId);
    if (!count)
        return count;
    const Outcome outcome = count.value().outcome();
    if (outcome == Outcome::Invalid)
        return Result<VoteCount>::failure(QCoreApplication::translate("Quorum::Votes", "These numbers cannot be right: %1")
                                              .arg(count.value().explanation().display(Language::French)));

    EditStep step(workspace, QCoreApplication::translate("Quorum::Votes", "Close the vote"));
    auto fail = [&](const QString &error) { return Result<VoteCount>::failure(error); };
    if (modeOf(vote) == VoteMode::Named) {
        // Freeze the ballots into counts: the result no longer depends on who may later be erased.
        const FrozenBallots counts = freezeBallots(db, voteId);
        for (const Record &tally : counts.tallies) {
            // A subgroup's row already holds its base, captured when the vote opened.
            const std::optional<Record> existing = findTally(db, voteId, tally.number(f("option_id")), tally.number(f("subgroup_id")));
            if (const Result<void> written = writeRow(workspace, existing, tally, QString()); !step.check(written))
                return fail(written.error());
        }
        for (const auto &[column, value] : {std::pair{f("ballots"), counts.ballots}, std::pair{f("blank"), counts.blank}})
            if (const Result<void> set = workspace.setValue(Entity::Vote, voteId, column, value); !step.check(set))
                return fail(set.error());
    }
    // The status last: the storage refuses a closed vote without its time and outcome.
    QList<std::pair<QString, QVariant>> closing = {{f("closed_at"), now}, {f("outcome"), outcomeCode(outcome)}};
    // Consent is counted on the objections; they may be withdrawn or resolved later, the
    // record keeps those that stood when the vote closed.
    if (count.value().rule.method == DecisionMethod::Consent)
        closing << std::pair{f("standing_objections"), QVariant(count.value().tally.standingObjections)}
                << std::pair{f("settled_objections"), QVariant(count.value().tally.settledObjections)};
    // Counted once, here: the history reads this record and never counts again.
    closing << std::pair{f("result"), QVariant(encodeCountedResult(countedResult(count.value())))};
    closing << std::pair{f("status"), QVariant(f("closed"))};
    for (const auto &[column, value] : std::as_const(closing))
        if (const Result<void> set = workspace.setValue(Entity::Vote, voteId, column, value); !step.check(set))
            return fail(set.error());

    const qint64 proposalId = vote.number(f("proposal_id"));
    const bool decided = outcome == Outcome::Adopted || outcome == Outcome::Rejected || outcome == Outcome::Tie;
    if (proposalId > 0 && decided) {
        const QString status = outcome == Outcome::Adopted ? f("adopted") : f("rejected");
        if (const Result<void> set = workspace.setValue(Entity::Proposal, proposalId, f("status"), status); !step.check(set))
            return fail(set.error());
        // A counter-proposal adopted instead: the proposal it answered is replaced and the
        // objection that carried it is resolved.
        if (outcome == Outcome::Adopted) {
            for (const Record &objection : db.recordsWhere(Entity::Objection, f("counter_proposal_id"), proposalId)) {
                const qint64 answered = objection.number(f("proposal_id"));
                if (const Result<void> set = workspace.setValue(Entity::Proposal, answered, f("status"), f("replaced"));
                    !step.check(set))
                    return fail(set.error());
                if (const Result<void> set = workspace.setValue(Entity::Objection, objection.id, f("status"), f("resolved"));
                    !step.check(set))
                    return fail(set.error());
            }
        }
    }
    return countVote(db, voteId);
}

Result<qint64> ensureMinutesApproval(Workspace &workspace, qint64 meetingId)
{
    const Database &db = workspace.storage();
    const std::optional<Record> meeting = db.record(Entity::Meeting, meetingId);
    if (!meeting)
        return refuse<qint64>(QCoreApplication::translate("Quorum::Votes", "This meeting no longer exists."));
    const QDate date = QDate::fromString(meeting->text(f("date")), Qt::ISODate);
    std::optional<Record> previous;
    for (const Record &m : db.records(Entity::Meeting, meeting->number(f("council_id")))) {
        const QDate other = QDate::fromString(m.text(f("date")), Qt::ISODate);
        if (m.id != meetingId && other < date
            && (!previous || other > QDate::fromString(previous->text(f("date")), Qt::ISODate)))
            previous = m;
    }
    if (!previous)
        return refuse<qint64>(QCoreApplication::translate("Quorum::Votes", "This is the council's first meeting: there are no earlier minutes to approve."));
    const QDate previousDate = QDate::fromString(previous->text(f("date")), Qt::ISODate);
    // The proposal's words are content of the record, in both languages.
    const BilingualText proposalTitle{
        QString::fromUtf8("Approuver la synthèse de la séance du %1").arg(writtenDate(previousDate, Language::French)),
        QString::fromUtf8("Het verslag van de vergadering van %1 goedkeuren").arg(writtenDate(previousDate, Language::Dutch))};
    // Quorum wrote the first of the month "1 juillet" before it followed French typography:
    // a proposal worded so is the same approval, never a second one.
    const QString plainDay = QLocale(QLocale::French).toString(previousDate, u"d MMMM yyyy"_qs);
    const BilingualText earlierTitle{QString::fromUtf8("Approuver la synthèse de la séance du %1").arg(plainDay), proposalTitle.nl};
    const QList<Record> items = db.records(Entity::AgendaItem, meetingId);
    for (const Record &item : items)
        for (const Record &proposal : db.records(Entity::Proposal, item.id))
            if (const BilingualText title = proposal.bilingual(f("title")); title == proposalTitle || title == earlierTitle)
                return item.id;

    EditStep step(workspace, QCoreApplication::translate("Quorum::Votes", "Add the approval of the previous minutes"));
    Record item(Entity::AgendaItem, {{f("meeting_id"), meetingId}, {f("kind"), f("decision")}, {f("planned_minutes"), 5}});
    item.setBilingual(f("title"), {QString::fromUtf8("Approbation de la synthèse précédente"),
                                   QString::fromUtf8("Goedkeuring van het vorige verslag")});
    const Result<qint64> itemId = workspace.addRecord(item);
    if (!step.check(itemId))
        return itemId;
    // Right after the welcome, where councils approve the minutes.
    const int position = !items.isEmpty() && items.first().text(f("kind")) == u"welcome" ? 1 : 0;
    if (const Result<void> moved = workspace.moveRecord(Entity::AgendaItem, itemId.value(), position); !step.check(moved))
        return refuse<qint64>(moved.error());
    Record proposal(Entity::Proposal, {{f("agenda_item_id"), itemId.value()}});
    proposal.setBilingual(f("title"), proposalTitle);
    if (const Result<qint64> added = workspace.addRecord(proposal); !step.check(added))
        return added;
    return itemId;
}

} // namespace Quorum