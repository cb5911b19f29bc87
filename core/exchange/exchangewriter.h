// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

class QIODevice;

namespace Quorum {

class Database;

// Writes the whole workspace in the exchange format (docs/format.md) into `out`, table by
// table and record by record: memory stays that of one record, whatever the workspace's
// size. The bytes are those QJsonDocument::Indented gives for the same object (sorted keys,
// four-space indent, records in id order), so export → import → export is stable and files
// written before streaming compare equal. Every write is checked.
Result<void> writeExchange(const Database &database, QIODevice &out);

} // namespace Quorum
