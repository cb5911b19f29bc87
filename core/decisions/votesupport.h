// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What votes.cpp (opening, counting and closing a vote) and voterecording.cpp (ballots and
// counts as they are recorded in the room) share. Internal to core/decisions.

#include "decisions/votes.h"

#include <QCoreApplication>

namespace Quorum::VoteSupport {

inline QString f(const char *name)
{
    return QString::fromLatin1(name);
}

template<typename T = void>
Result<T> refuse(const QString &text)
{
    return Result<T>::failure(text);
}

const DecisionRule &defaultDecisionRule();
DecisionRule ruleOr(const QString &code, const DecisionRule &fallback);
bool isQuestion(const DecisionRule &rule);
VoteMode modeOf(const Record &vote);

struct VoteContext
{
    Record vote;
    Record item;
    Record meeting;
    Record council;
};
Result<VoteContext> context(const Database &db, qint64 voteId);
// The same, refused unless the vote is open.
Result<VoteContext> openContext(const Database &db, qint64 voteId);
// The vote's own record alone, refused unless it is open: all that recording a ballot
// needs to read of it (its item, meeting and council go with it, by the schema's cascades).
Result<Record> openVoteRecord(const Database &db, qint64 voteId);
// The council a vote belongs to.
qint64 councilOfVote(const Database &db, const Record &vote);

// A person's ballot on the question (option 0) or an option, and the tally of one (option,
// subgroup) cell, if stored: one indexed lookup each, not a read of the vote's rows.
std::optional<Record> findBallot(const Database &db, qint64 voteId, qint64 personId, qint64 optionId);
std::optional<Record> findTally(const Database &db, qint64 voteId, qint64 optionId, qint64 subgroupId);
// Writes the given values on a row, adding the row when there is none: one undoable step.
Result<void> writeRow(Workspace &workspace, std::optional<Record> existing, Record wanted, const QString &stepText);

} // namespace Quorum::VoteSupport
