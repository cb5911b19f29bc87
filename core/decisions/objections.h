// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "result.h"

#include <optional>

namespace Quorum {

class Database;
class Workspace;

// An objection answers a proposal with a counter-proposal of the same agenda item (see
// core/schema.cpp). The interface and the importer hold objections to the same rule:

// Why `objection` cannot stand as its references are, or nothing when it can: the
// counter-proposal must be another proposal than the one objected to, on the same agenda
// item. Read from `database`, so it works on records already stored or about to be.
std::optional<QString> objectionReferenceProblem(const Database &database, const Record &objection);

// Records an objection (its argument, author, status) to `proposalId` with its
// counter-proposal: `counter` is a new proposal (id 0), added to the objected proposal's
// item, or an existing proposal (id set). One undoable step; refused when the references
// would not stand (a proposal objecting to itself, a counter-proposal of another item).
Result<qint64> raiseObjection(Workspace &workspace, qint64 proposalId, Record objection, Record counter);

} // namespace Quorum
