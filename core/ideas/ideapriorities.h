// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisions/votes.h"
#include "result.h"

#include <QDateTime>
#include <QHash>

namespace Quorum {

class Database;
class Workspace;

// Where the ideas board meets the council's decisions (issue 11): the participants set
// priorities among the meeting's issues by a dot vote, and an issue worked into a proposal is
// put on a decision item, of this session or of the next, where the decision machinery takes
// over (objections, votes, the history).

// Opens a dot vote on `agendaItemId` (a decision item of the meeting or of a later one) with
// one option per issue of the meeting, `dots` dots per participant, as one undoable step; each
// issue remembers its option so the board shows the dots it got.
Result<qint64> openIssuePriorities(Workspace &workspace, qint64 meetingId, qint64 agendaItemId, int dots, VoteMode mode,
                                   const QDateTime &now);

// The dots each issue of the meeting received in its dot vote (issue id → dots); issues that
// were in no dot vote are absent.
QHash<qint64, int> issueDots(const Database &database, qint64 meetingId);

// Puts the issue on `agendaItemId` (a decision item) as a proposal — its names as the title,
// its conditions, inspiring practices and points to clarify as the text — as one undoable
// step, and links the issue to it. Refused when the issue already became a proposal.
Result<qint64> proposeIssue(Workspace &workspace, qint64 issueId, qint64 agendaItemId);

} // namespace Quorum
