// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

namespace Quorum {

class Database;

// Brings the stored decision records up to date with what was written (docs/decisions.md
// "Stored results and search"): every closed vote without a stored result is counted once
// and keeps it (files from before schema 6, imports, bulk builders), and every decision whose
// words changed (the triggers of migration 6 list them) is indexed again. Runs in the
// caller's transaction when there is one (each user step, before it commits; an import);
// costs one query when nothing changed.
Result<void> refreshDecisionRecords(Database &database);

} // namespace Quorum
