// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "record.h"
#include "rules/attendance.h"
#include "rules/decisionrules.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace Quorum {

class Database;
class Workspace;

// Votes as they happen in the room, over the records of core/schema.cpp (vote, vote_option,
// vote_elector, ballot, vote_tally). Writes go through the workspace's undoable edits; the
// counting itself is done by the pure rules of rules/decisionrules.h.

enum class VoteMode { Hands, Named, Secret };
QString voteModeCode(VoteMode mode); // "hands", "named", "secret"
std::optional<VoteMode> voteModeFromCode(const QString &code);

// What a user chooses when opening a vote.
struct VoteSetup
{
    qint64 agendaItemId = 0;
    qint64 proposalId = 0;     // 0: an election or a dot vote (options are added after opening)
    BilingualText title;       // empty: the proposal's title
    VoteMode mode = VoteMode::Hands;
    std::optional<DecisionRule> rule; // empty: the charter's rule (decision or election)
    bool bySubgroup = false;          // subgroup voices; the charter's subgroup rule inside each
};

// The rules in force for a council on a date: its latest charter adopted on or before that
// date, or the built-in defaults (simple majority, consensus within subgroups, 2/3 for
// elections) when it has none.
struct CharterRules
{
    qint64 charterId = 0; // 0 when the defaults apply
    DecisionRule decision;
    DecisionRule subgroup;
    DecisionRule election;
};
CharterRules charterRules(const Database &db, qint64 councilId, const QDate &date);

// A vote read back and counted. Exactly one of decision / subgroups / election / priority
// is set, by the rule's method and by_subgroup.
struct VoteCount
{
    qint64 voteId = 0;
    VoteMode mode = VoteMode::Hands;
    bool closed = false;
    DecisionRule rule;
    std::optional<DecisionRule> subgroupRule;
    Electorate electorate;
    Tally tally;                       // the room's counts for the question
    std::vector<Candidate> options;    // candidates or dot options with their counts, in order
    QList<qint64> optionIds;           // parallel to options
    QList<qint64> subgroupIds;         // parallel to subgroups->voices
    std::optional<Decision> decision;
    std::optional<SubgroupDecision> subgroups;
    std::optional<ElectionResult> election;
    std::optional<PriorityResult> priority;

    Outcome outcome() const;
    const BilingualText &explanation() const;
    // The result in a sentence or two, as minutes state it: the explanation, without the
    // voice of each subgroup when the vote was cast by subgroups.
    const BilingualText &summary() const;
};

// Counts from the named ballots while a named vote is open; from its tallies otherwise
// (a named vote's ballots are frozen into tallies when it closes, so erasing a person
// later never changes a recorded result).
Result<VoteCount> countVote(const Database &db, qint64 voteId);

// Who may vote in a meeting as a vote opens, by the council's memberships and the
// check-in. openVote captures it; bulk builders (the generator) use the same capture.
struct RoomElector
{
    qint64 personId = 0;
    qint64 subgroupId = 0;
    qint64 proxyId = 0; // carries the voice of a represented member
};
struct CapturedRoom
{
    QList<RoomElector> electors;
    int members = 0;
    QHash<qint64, int> subgroupMembers; // voting members of each subgroup
    QuorumResult quorum;
};
CapturedRoom captureVoteRoom(const Database &db, const Record &meeting, const Record &council);

// A named vote's ballots added up into the tallies closeVote freezes (one unsaved
// vote_tally record per option and subgroup cell), with the ballots and blank counts.
struct FrozenBallots
{
    QList<Record> tallies;
    int ballots = 0;
    int blank = 0;
};
FrozenBallots freezeBallots(const Database &db, qint64 voteId);

// Opens a vote on a decision item: captures who is entitled and present (or represented)
// and whether the quorum is met, then creates the vote, one undoable step. Refused when
// the quorum is not met and the rule says "refuse", when another vote of the meeting is
// still open, or when the item is not on a decision item.
Result<qint64> openVote(Workspace &workspace, const VoteSetup &setup, const QDateTime &now);

// Candidates / options of an election or dot vote, while it is open.
Result<qint64> addVoteOption(Workspace &workspace, qint64 voteId, const BilingualText &name, qint64 personId = 0,
                             qint64 subgroupId = 0);

// A named vote: one member's choice (or dots on an option). Refused for secret and
// counted votes, for someone who is not among the vote's electors, for a closed vote.
// A proxy holder records the choice of the member they represent under that member's id.
Result<void> recordBallot(Workspace &workspace, qint64 voteId, qint64 personId, Voice choice, qint64 optionId = 0,
                          int dots = 0);
Result<void> clearBallot(Workspace &workspace, qint64 voteId, qint64 personId, qint64 optionId = 0);

// Counts typed by tellers (hands, secret ballots), for the question (optionId 0) or an
// option, for the room (subgroupId 0) or a subgroup. Refused when the counts exceed the
// voters present (of the subgroup, when per subgroup).
Result<void> setCounts(Workspace &workspace, qint64 voteId, qint64 optionId, qint64 subgroupId, int forVotes,
                       int against, int abstain);
// A subgroup that agreed among itself declares its voice without counts.
Result<void> declareVoice(Workspace &workspace, qint64 voteId, qint64 subgroupId, std::optional<Voice> voice);
// Elections and dot votes: valid ballots (or participants) and blank ballots.
Result<void> setBallotCounts(Workspace &workspace, qint64 voteId, int ballots, int blank);
// An obvious show of hands: the chair records an evident majority without counts.
Result<void> setEvident(Workspace &workspace, qint64 voteId, bool evident);

// Closes the vote: freezes named ballots into tallies, stores the outcome and the time,
// and sets the proposal's status (adopted / rejected); a counter-proposal adopted marks
// the proposal it answers as replaced. One undoable step. Refused when the count is
// Invalid.
Result<VoteCount> closeVote(Workspace &workspace, qint64 voteId, const QDateTime &now);

// Approving the previous session's minutes: the decision item and its proposal every
// session offers, added to `meetingId` when it is missing (one undoable step). Returns the
// agenda item's id; refused when the council has no earlier meeting.
Result<qint64> ensureMinutesApproval(Workspace &workspace, qint64 meetingId);

} // namespace Quorum
