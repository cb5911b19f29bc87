// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/document.h"
#include "record.h"
#include "result.h"

#include <QColor>
#include <QDate>

#include <optional>

namespace Quorum {

class Database;

// The send-ahead pack of a meeting: what members receive before a session. Council,
// session number, date, hours and place; the objectives; the agenda with the planned time,
// kind, title, presenter and minutes of every item (information, discussion and decision
// marked, as participants asked); the workshops that run in parallel with their rooms and
// guiding questions; the documents to read, with their links, those to read beforehand
// marked. Built in French and Dutch; the renderer shows one or both.
Result<Document> buildAgendaPack(const Database &database, qint64 meetingId);

// The meeting held on `date`: the first council's (in the councils' order), the earliest
// first when a council meets twice that day.
std::optional<Record> meetingOnDate(const Database &database, const QDate &date);

// The colour that marks the kinds of item that matter to members, on screen and on paper
// (information blue, discussion amber, decision purple); invalid for the other kinds.
// Always shown with the kind's name, never alone.
QColor agendaKindColour(const QString &kind);

} // namespace Quorum
