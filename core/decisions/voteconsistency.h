// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include <QList>
#include <QString>

namespace Quorum {

class Database;

// What the interface guarantees about the decision records of a workspace, checked on
// records that came another way (an imported file, a file written by an older or another
// program). The interface refuses these when recording; a file holding one is not to be
// trusted:
//   - references that leave their meeting or council (a session event on another
//     meeting's item, a counter-proposal of another item, a subgroup of another council…),
//     and an objection whose counter-proposal is the proposal itself;
//   - a vote's counts beyond who could vote: more present than members, more electors than
//     present, tallies above the voters present (of the subgroup, for a subgroup's counts;
//     times the dots for a dot vote), ballots from anyone not among the electors or twice
//     from the same one, ballots on a vote that is not named, counts in cells the vote has
//     no use for (a subgroup's counts in a vote of the whole room, options in a question);
//   - a closed vote whose stated outcome is not the one its counts give by its stored rule
//     (recounted by countVote, the same code that closed it), whose counts are
//     impossible, or whose stored result (what the history shows) is not its recount.
// Each problem is one translated line naming the record ("vote 12 (meeting 2024-11-13):
// 50 votes counted … but only 40 voters …"), without any text typed by users, so it is safe
// to print as it is.
struct RecordProblem
{
    Entity entity = Entity::Vote;
    qint64 id = 0;
    QString message; // the whole line, record named first
};

// Every problem, in a stable order (references first, then votes by id). Reads the
// database only; works on an open workspace, a read-only one (`quorum check`) and inside
// the import's transaction before it commits.
QList<RecordProblem> decisionRecordProblems(const Database &database);

} // namespace Quorum
