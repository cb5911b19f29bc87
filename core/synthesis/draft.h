// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/document.h"
#include "record.h"
#include "result.h"
#include "rules/attendance.h"

#include <QHash>
#include <QList>

namespace Quorum {

class Database;
class Workspace;

// Who took part in a meeting, as the minutes report it: those present (members and walk-in
// guests) counted by sector and by bassin, with the names of both in French and Dutch.
struct Participation
{
    Balance balance;
    int represented = 0;                // members represented by someone in the room
    QHash<QString, DocText> sectorNames; // by BalanceBucket::key
    QHash<QString, DocText> bassinNames;

    bool recorded() const { return balance.total > 0; }
    // A bucket's name; "not recorded" in both languages for the empty key.
    DocText sectorName(const QString &key) const;
    DocText bassinName(const QString &key) const;
};

Participation meetingParticipation(const Database &database, qint64 meetingId);
Participation meetingParticipation(const Workspace &workspace, qint64 meetingId);

// The default minutes of a meeting, as unsaved synthesis_section records (id 0) in order:
// objectives, participants, sector news, the round table (one section per bassin), follow-up
// of themes, working groups, one section per workshop, decisions, documents and tools,
// questions from participants, save the date, the funder's mention. Titles are fixed
// bilingual words (content, not tr()); bodies are rich text pre-filled from the meeting's
// records and live notes, so the secretary edits rather than retypes. Live notes go where
// their tag says (notes/notetags.h): news, a bassin's round-table entry, a question from the
// floor, working-group progress, a decision's rationale; an untagged line stays with its item
// (information items in the news, decision items in the decisions, round-table items in a
// general round-table section before the bassins', a discussion item in a section of its own
// under its title, after the working groups).
QList<Record> draftSynthesis(const Database &database, qint64 meetingId);
QList<Record> draftSynthesis(const Workspace &workspace, qint64 meetingId);

// Stores the draft as one undo step. Refused, with the reason, when the meeting no longer
// exists or already has minutes sections; all or nothing when a write fails half way.
Result<void> createSynthesis(Workspace &workspace, qint64 meetingId);

} // namespace Quorum
