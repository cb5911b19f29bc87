// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "result.h"
#include "schema.h"

#include <QList>

#include <array>

namespace Quorum {

class Database;
class Workspace;

// The bilingual lists a council manages itself: sectors, professions and functions. Each
// edit is one undoable step (Workspace::inStep); a refused one changes nothing and says why.

// The lists the settings manage, in the order the settings show them.
inline constexpr std::array managedLists = {Entity::Sector, Entity::Profession, Entity::Function};
bool isManagedList(Entity entity);

// How many records refer to an entry (people by their sector, profession or function…).
int listEntryUses(const Workspace &workspace, Entity list, qint64 id);

// A new entry at the end of its list. Both names are needed, and neither may be the name of
// another entry (case and accents aside).
Result<qint64> addListEntry(Workspace &workspace, Entity list, const BilingualText &name);
Result<void> renameListEntry(Workspace &workspace, Entity list, qint64 id, const BilingualText &name);
// Moves an entry to `position` (0 first) among its list.
Result<void> moveListEntry(Workspace &workspace, Entity list, qint64 id, int position);
// Every record referring to `from` refers to `into` instead, and `from` is removed: one step.
Result<void> mergeListEntries(Workspace &workspace, Entity list, qint64 from, qint64 into);
// Refused, with the number of people concerned, while anything still refers to the entry.
Result<void> removeListEntry(Workspace &workspace, Entity list, qint64 id);

// A new workspace's starting lists, drawn from the councils' own documents (seeds 000–004):
// the sectors of the Brussels social-health field, the professions seed 003 names for the
// care council's clusters, and the functions members hold. Written only into empty lists.
Result<void> seedDefaultLists(Database &database);

} // namespace Quorum
