// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "rules/attendance.h"

#include <QList>

#include <optional>

namespace Quorum {

class Database;

// The quorum of a meeting as its records say: the council's rule over its memberships and
// the meeting's attendance. The counting itself is the pure rule of rules/attendance.h;
// this only feeds it, the same way for opening a vote, the minutes and the history.

struct MeetingRoll
{
    QuorumRule rule = QuorumRule::None;
    QList<QuorumMember> members;       // one per person with a membership in the council
    QList<AttendanceEntry> attendance; // one per attendance row; `guest` = no membership
};

MeetingRoll meetingRoll(const Database &database, const Record &meeting, const Record &council);
// The same from records already read (the history reads every meeting's at once).
MeetingRoll meetingRoll(const Record &council, const QList<Record> &memberships, const QList<Record> &attendance);

// The quorum of `meetingId`; nothing when the meeting (or its council) no longer exists or
// its attendance was never recorded: "not met, 0 present" would misstate a meeting nobody
// checked in, as the demo's planned meeting shows.
std::optional<QuorumResult> meetingQuorum(const Database &database, qint64 meetingId);

} // namespace Quorum
