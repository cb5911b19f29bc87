// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "record.h"
#include "result.h"
#include "workshops/workshopsplit.h"

#include <QDate>
#include <QList>

namespace Quorum {

class Database;
class Workspace;

// A session's workshops and who goes where, read from a workspace: the bridge between the
// stored choices and seats and the pure split (workshopsplit.h).

// Someone the split places: a participant of the meeting (present at it, or who chose a
// workshop at registration), with what the split and the lists need of them.
struct WorkshopParticipant
{
    qint64 personId = 0;
    QString name;
    QString organisation;
    qint64 sectorId = 0;
    BilingualText sector;
    qint64 bassinId = 0;
    BilingualText bassin;
    QString language;          // "fr", "nl", …
    QList<qint64> choices;     // workshop ids, first choice first
    qint64 seatWorkshopId = 0; // where they sit now (0: nowhere yet)
    qint64 seatId = 0;
    bool pinned = false;       // placed there by hand
};

struct MeetingWorkshops
{
    qint64 meetingId = 0;
    QDate date;
    QList<Record> workshops;                // in the programme's order
    QList<WorkshopParticipant> participants; // in registration order

    SplitInput splitInput() const;
    QHash<qint64, qint64> seats() const; // person → workshop, as stored
    const Record *workshop(qint64 id) const;
};

// Everyone the split concerns, in registration order: the meeting's attendance entries
// marked present (members and guests), then those who chose a workshop without one.
MeetingWorkshops readMeetingWorkshops(const Database &database, qint64 meetingId);

// Runs the split and stores its seats as one undoable step: the seats of people placed by
// hand and of locked lists stay, every other seat is the split's. Returns its figures.
Result<SplitOutcome> assignWorkshops(Workspace &workspace, qint64 meetingId);

// Puts `personId` in `workshopId` by hand (0: takes them out of every workshop of the
// meeting), as one undoable step; the split keeps them there. Refused into a locked list.
Result<void> placeInWorkshop(Workspace &workspace, qint64 meetingId, qint64 personId, qint64 workshopId);

// How many workshops a participant of the meeting ranks: the meeting's setting, else three.
int workshopChoicesAllowed(const Database &database, qint64 meetingId);

// Replaces the person's workshop choices for the meeting with `ranked` (first choice first,
// at most as many as the meeting allows, each a workshop of the meeting, none twice; empty: no
// choice), as one undoable step. Recording choices does not move anyone: the split or a move by hand does.
Result<void> setWorkshopChoices(Workspace &workspace, qint64 meetingId, qint64 personId, const QList<qint64> &ranked);

} // namespace Quorum
