// SPDX-License-Identifier: GPL-3.0-or-later
// What is recorded while a vote is open: candidates and options, named ballots, the counts
// tellers type, subgroup voices. Each is one undoable step that reads and writes only the
// rows it concerns (one indexed lookup each), however large the vote.
#include "decisions/votes.h"

#include "decisions/votesupport.h"
#include "storage/database.h"
#include "storage/votecounts.h"
#include "workspace.h"

#include <QCoreApplication>

namespace Quorum {

using namespace VoteSupport;

Result<qint64> addVoteOption(Workspace &workspace, qint64 voteId, const BilingualText &name, qint64 personId,
                             qint64 subgroupId)
{
    const Result<VoteContext> c = openContext(workspace.storage(), voteId);
    if (!c)
        return refuse<qint64>(c.error());
    if (isQuestion(ruleOr(c.value().vote.text(f("rule")), defaultDecisionRule())))
        return refuse<qint64>(QCoreApplication::translate("Quorum::Votes", "Only elections and dot votes have candidates or options."));
    if (name.isEmpty())
        return refuse<qint64>(QCoreApplication::translate("Quorum::Votes", "Give the candidate or option a name."));
    Record option(Entity::VoteOption, {{f("vote_id"), voteId}});
    option.setBilingual(f("name"), name);
    if (personId > 0)
        option.values.insert(f("person_id"), personId);
    if (subgroupId > 0)
        option.values.insert(f("subgroup_id"), subgroupId);
    return workspace.addRecord(option);
}

namespace VoteSupport {

std::optional<Record> findBallot(const Database &db, qint64 voteId, qint64 personId, qint64 optionId)
{
    const qint64 id = ballotId(db, voteId, personId, optionId);
    return id > 0 ? db.record(Entity::Ballot, id) : std::nullopt;
}

std::optional<Record> findTally(const Database &db, qint64 voteId, qint64 optionId, qint64 subgroupId)
{
    const qint64 id = tallyId(db, voteId, optionId, subgroupId);
    return id > 0 ? db.record(Entity::VoteTally, id) : std::nullopt;
}

Result<void> writeRow(Workspace &workspace, std::optional<Record> existing, Record wanted, const QString &stepText)
{
    if (!existing) {
        const Result<qint64> added = workspace.addRecord(wanted);
        return added ? Result<void>() : refuse(added.error());
    }
    // Only what differs is written; nothing differing is no step at all (an empty macro
    // would still be an entry in the history and wipe the redo history).
    QList<QPair<QString, QVariant>> changes;
    for (auto it = wanted.values.cbegin(); it != wanted.values.cend(); ++it) {
        const QVariant current = existing->value(it.key());
        if (current != it.value() && !(current.isNull() && it.value().isNull()))
            changes.append({it.key(), it.value()});
    }
    if (changes.isEmpty())
        return {};
    EditStep step(workspace, stepText);
    // The row was read just now: no read again before or after each value.
    const Result<void> written = workspace.setValues(wanted.entity, existing->id, changes, existing);
    step.check(written);
    return written;
}

} // namespace VoteSupport

namespace {

Result<void> checkOption(const Database &db, const Record &vote, qint64 optionId)
{
    const bool question = isQuestion(ruleOr(vote.text(f("rule")), defaultDecisionRule()));
    if (question && optionId != 0)
        return refuse(QCoreApplication::translate("Quorum::Votes", "A proposal is voted for, against or abstaining, without options."));
    if (!question) {
        const std::optional<Record> option = db.record(Entity::VoteOption, optionId);
        if (!option || option->number(f("vote_id")) != vote.id)
            return refuse(QCoreApplication::translate("Quorum::Votes", "Choose a candidate or an option of this vote."));
    }
    return {};
}

} // namespace

Result<void> recordBallot(Workspace &workspace, qint64 voteId, qint64 personId, Voice choice, qint64 optionId, int dots)
{
    const Database &db = workspace.storage();
    const Result<Record> found = openVoteRecord(db, voteId);
    if (!found)
        return refuse(found.error());
    const Record &vote = found.value();
    if (modeOf(vote) != VoteMode::Named)
        return refuse(QCoreApplication::translate("Quorum::Votes", "Only named votes record who chose what; type the counts for this vote."));
    if (!isElector(db, voteId, personId))
        return refuse(QCoreApplication::translate("Quorum::Votes", "This person was not present and entitled to vote when the vote opened."));
    if (const Result<void> valid = checkOption(db, vote, optionId); !valid)
        return valid;
    const DecisionRule rule = ruleOr(vote.text(f("rule")), defaultDecisionRule());
    if (dots < 0 || (rule.method != DecisionMethod::Priority && dots != 0))
        return refuse(QCoreApplication::translate("Quorum::Votes", "Dots are only placed in a dot vote."));
    if (rule.method == DecisionMethod::Priority) {
        const int placed = dots + dotsPlaced(db, voteId, personId, optionId);
        if (placed > rule.dots)
            return refuse(QCoreApplication::translate("Quorum::Votes", "Each participant has %1 dots; this would place %2.").arg(rule.dots).arg(placed));
    }
    Record wanted(Entity::Ballot, {{f("vote_id"), voteId}, {f("person_id"), personId}, {f("choice"), voiceCode(choice)},
                                   {f("dots"), dots}});
    if (optionId > 0)
        wanted.values.insert(f("option_id"), optionId);
    return writeRow(workspace, findBallot(db, voteId, personId, optionId), wanted,
                    QCoreApplication::translate("Quorum::Votes", "Record a choice"));
}

Result<void> clearBallot(Workspace &workspace, qint64 voteId, qint64 personId, qint64 optionId)
{
    if (const Result<Record> vote = openVoteRecord(workspace.storage(), voteId); !vote)
        return refuse(vote.error());
    const std::optional<Record> existing =
        findBallot(workspace.storage(), voteId, personId, optionId);
    if (!existing)
        return {};
    return workspace.removeRecord(Entity::Ballot, existing->id);
}

Result<void> setCounts(Workspace &workspace, qint64 voteId, qint64 optionId, qint64 subgroupId, int forVotes, int against,
                       int abstain)
{
    const Database &db = workspace.storage();
    const Result<Record> found = openVoteRecord(db, voteId);
    if (!found)
        return refuse(found.error());
    const Record &vote = found.value();
    if (modeOf(vote) == VoteMode::Named)
        return refuse(QCoreApplication::translate("Quorum::Votes", "A named vote is counted from each member's choice, not typed."));
    if (const Result<void> valid = checkOption(db, vote, optionId); !valid)
        return valid;
    if (subgroupId > 0 && vote.number(f("by_subgroup")) == 0)
        return refuse(QCoreApplication::translate("Quorum::Votes", "This vote is counted for the whole room, not per subgroup."));
    if (subgroupId > 0) {
        const std::optional<Record> subgroup = db.record(Entity::Subgroup, subgroupId);
        if (!subgroup || subgroup->number(f("council_id")) != councilOfVote(db, vote))
            return refuse(QCoreApplication::translate("Quorum::Votes", "This subgroup does not belong to the council."));
    }
    if (forVotes < 0 || against < 0 || abstain < 0)
        return refuse(QCoreApplication::translate("Quorum::Votes", "Counts cannot be negative."));
    const int voters = subgroupId > 0 ? electorsBySubgroup(db, voteId).value(subgroupId) : int(vote.number(f("present")));
    const DecisionRule rule = ruleOr(vote.text(f("rule")), defaultDecisionRule());
    // Dots: one participant places several, so only the total available is a limit.
    const int limit = rule.method == DecisionMethod::Priority ? voters * rule.dots : voters;
    if (forVotes + against + abstain > limit)
        return refuse(QCoreApplication::translate("Quorum::Votes", "%1 votes counted, but only %2 voters were present when the vote opened.")
                          .arg(forVotes + against + abstain)
                          .arg(limit));
    Record wanted(Entity::VoteTally, {{f("vote_id"), voteId},
                                      {f("votes_for"), forVotes},
                                      {f("votes_against"), against},
                                      {f("votes_abstain"), abstain}});
    if (optionId > 0)
        wanted.values.insert(f("option_id"), optionId);
    if (subgroupId > 0)
        wanted.values.insert(f("subgroup_id"), subgroupId);
    const std::optional<Record> existing = findTally(db, voteId, optionId, subgroupId);
    // Counts typed for a subgroup replace the voice it had declared: one or the other decides.
    if (existing && !existing->text(f("voice")).isEmpty())
        wanted.values.insert(f("voice"), QVariant());
    return writeRow(workspace, existing, wanted, QCoreApplication::translate("Quorum::Votes", "Type the counts"));
}

Result<void> declareVoice(Workspace &workspace, qint64 voteId, qint64 subgroupId, std::optional<Voice> voice)
{
    const Database &db = workspace.storage();
    const Result<Record> found = openVoteRecord(db, voteId);
    if (!found)
        return refuse(found.error());
    const Record &vote = found.value();
    if (vote.number(f("by_subgroup")) == 0 || subgroupId <= 0)
        return refuse(QCoreApplication::translate("Quorum::Votes", "Only a subgroup declares a voice, in a vote by subgroup voices."));
    // A named vote is counted from its ballots only: a declared voice would be ignored.
    if (modeOf(vote) == VoteMode::Named)
        return refuse(QCoreApplication::translate("Quorum::Votes", "A named vote is counted from each member's choice, not typed."));
    const std::optional<Record> subgroup = db.record(Entity::Subgroup, subgroupId);
    if (!subgroup || subgroup->number(f("council_id")) != councilOfVote(db, vote))
        return refuse(QCoreApplication::translate("Quorum::Votes", "This subgroup does not belong to the council."));
    Record wanted(Entity::VoteTally, {{f("vote_id"), voteId}, {f("subgroup_id"), subgroupId},
                                      {f("voice"), voice ? voiceCode(*voice) : QVariant()}});
    return writeRow(workspace, findTally(db, voteId, 0, subgroupId), wanted,
                    QCoreApplication::translate("Quorum::Votes", "Declare a voice"));
}

Result<void> setBallotCounts(Workspace &workspace, qint64 voteId, int ballots, int blank)
{
    const Result<Record> found = openVoteRecord(workspace.storage(), voteId);
    if (!found)
        return refuse(found.error());
    const Record &vote = found.value();
    if (modeOf(vote) == VoteMode::Named)
        return refuse(QCoreApplication::translate("Quorum::Votes", "A named vote is counted from each member's choice, not typed."));
    if (ballots < 0 || blank < 0)
        return refuse(QCoreApplication::translate("Quorum::Votes", "Counts cannot be negative."));
    const int present = int(vote.number(f("present")));
    if (ballots + blank > present)
        return refuse(QCoreApplication::translate("Quorum::Votes", "%1 ballots counted, but only %2 voters were present when the vote opened.")
                          .arg(ballots + blank)
                          .arg(present));
    return writeRow(workspace, vote, Record(Entity::Vote, {{f("ballots"), ballots}, {f("blank"), blank}}),
                    QCoreApplication::translate("Quorum::Votes", "Type the counts"));
}

Result<void> setEvident(Workspace &workspace, qint64 voteId, bool evident)
{
    const Result<Record> found = openVoteRecord(workspace.storage(), voteId);
    if (!found)
        return refuse(found.error());
    const Record &vote = found.value();
    const DecisionRule rule = ruleOr(vote.text(f("rule")), defaultDecisionRule());
    if (evident && (modeOf(vote) != VoteMode::Hands || rule.method != DecisionMethod::Majority
                    || vote.number(f("by_subgroup")) != 0))
        return refuse(QCoreApplication::translate("Quorum::Votes", "An evident majority is recorded only for a show of hands decided by a majority."));
    return workspace.setValue(Entity::Vote, voteId, f("evident"), evident);
}


} // namespace Quorum
