// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/document.h"
#include "workshops/workshopassignment.h"

#include <QByteArray>

namespace Quorum {

// Who goes where, written out: the stable JSON (docs/format.md "Workshop lists"), a CSV for
// spreadsheets, and the lists for the doors as a document (one page per workshop, both
// languages, then a page saying how the split was made and how well it went).

inline constexpr int workshopListsFormatVersion = 1;

// The split's rules as they are announced in the room and printed with the lists.
DocText workshopSplitCriteria();

QByteArray workshopListsJson(const MeetingWorkshops &workshops, const SplitOutcome &figures);
QByteArray workshopListsCsv(const MeetingWorkshops &workshops);
Document workshopListsDocument(const MeetingWorkshops &workshops, const SplitOutcome &figures, const DocText &councilName);

} // namespace Quorum
