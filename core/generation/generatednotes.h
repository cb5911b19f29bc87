// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "record.h"

#include <QList>

namespace Quorum::Generation {

// The live notes a secretary would type on a generated agenda item, in both languages, some
// lines tagged for their section of the minutes (core/notes/notetags.h): news on information
// items, the bassins' entries at a round table, working-group progress on discussions, a
// decision's rationale, and now and then a question from the floor. Chosen from the item's
// number (in the order generated), not drawn from the generator's random sequence, so a seed still gives the same votes and
// attendance as before notes were generated. Empty for items nobody takes notes on.
BilingualText generatedLiveNotes(const QString &kind, qint64 itemNumber, const BilingualText &theme, const QList<Record> &bassins);

} // namespace Quorum::Generation
