// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>

namespace Quorum {

class Workspace;

// Starts a new session from the structure of a previous one ("council 12:00–13:00,
// networking lunch, change workshop 14:00–16:00"): a planned meeting of the same council on
// `date`, with the source's hours, place and objectives, its agenda items (kind, titles,
// planned minutes, presenter, preparation notes — not what was said live) and its workshops
// (themes, questions, rooms, capacity). The session number follows the council's highest.
// Documents and workshop facilitators belong to one session and are not copied.
// One undoable step; returns the new meeting's id.
Result<qint64> createMeetingFromTemplate(Workspace &workspace, qint64 sourceMeetingId, const QDate &date);

// The date a follow-up session is proposed for: four months later, as the councils meet
// three times a year.
QDate suggestedFollowUpDate(const QDate &sourceDate);

} // namespace Quorum
