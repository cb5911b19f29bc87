// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "result.h"

#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace Quorum {

class Database;
class Workspace;

// The words that stand where an erased person's name or organisation was written, in the
// language of the column (a column of one language carries both).
BilingualText erasedPersonWords();
BilingualText erasedOrganisationWords();

// One text that holds a copy of the person's data, and what it becomes.
struct TextRewrite
{
    Entity entity;
    qint64 id = 0;
    QString column;
    QString value;
};

// What erasing a person takes away and rewrites, computed without writing anything: the
// command line shows it before --yes, and erasePerson carries it out.
struct ErasurePlan
{
    std::optional<Record> person;
    std::map<Entity, int> removed;   // records removed with the person (memberships, ballots…)
    std::map<Entity, int> unlinked;  // records kept whose reference to them becomes empty
    QList<TextRewrite> rewrites;     // candidate labels and free texts that copied their data
};

// Every copy of the person's data the workspace holds outside their own record: the label
// of each vote option they stand for (replaced whole, since it names them), and every text
// of any record that contains their name, or an organisation no one else belongs to
// (replaced where it occurs, as a whole word, in any case). Counts stay, so closed
// results read as they were decided.
ErasurePlan planErasure(const Database &database, qint64 personId);

// The plan in words, one line, for a confirmation: what goes with the person, what loses
// the reference to them, how many texts are rewritten.
QString describeErasurePlan(const ErasurePlan &plan);

// Erases the person in one transaction: the rewrites, then the person with everything
// that cascades. Secure deletion is set on the connection first and the WAL is
// checkpointed and truncated afterwards, so the file's bytes hold nothing of them. Not an
// undoable edit: the undo history, which holds copies of their data, is cleared. A failed
// checkpoint (another program reading) is reported after the erasure is committed.
Result<void> erasePerson(Workspace &workspace, qint64 personId);

} // namespace Quorum
