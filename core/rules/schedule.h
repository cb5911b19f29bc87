// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace Quorum {

// The planned schedule of a meeting, computed from its start and end times and the planned
// minutes of its agenda items. A pure function over plain values (no storage, no signals),
// tested in a table (tests/core/tst_schedule.cpp); the agenda editor, the send-ahead pack
// and anything else that shows planned times call it, so they always agree.

// One agenda item as the schedule needs it.
struct ScheduleItem
{
    QString kind;                       // agenda_item.kind code ("workshops" is one parallel slot)
    std::optional<int> plannedMinutes;  // null: not planned yet, counts as zero
    int order = 0;                      // position among the meeting's items
};

struct ScheduleInput
{
    std::optional<QTime> start; // the session's start time, if set
    std::optional<QTime> end;   // the session's end time, if set
    QList<ScheduleItem> items;  // in any order: `order` decides
    int workshops = 0;          // workshops of the meeting, run in parallel in a workshops slot
};

// One item's place in the schedule. Offsets count minutes from the session's start, so
// they exist even without a start time; clock times exist only with one.
struct ScheduledItem
{
    int startOffset = 0;
    int endOffset = 0;
    std::optional<QTime> start;
    std::optional<QTime> end;
    int startDay = 0;      // days after the meeting's date (1 once the plan runs past midnight)
    int endDay = 0;
    int parallel = 0;      // for a workshops slot: how many workshops run side by side in it
    bool unplanned = false; // no planned minutes
};

struct Schedule
{
    QList<ScheduledItem> items;          // in the input's order, one per input item
    int plannedMinutes = 0;               // the sum of all planned minutes
    std::optional<int> sessionMinutes;    // end − start, when both are set and end is after start
    std::optional<QTime> sessionEnd;      // the session's end, when sessionMinutes is set
    int overflowMinutes = 0;              // minutes planned beyond the session's end, else 0
    std::optional<QTime> plannedEnd;      // start + planned minutes, when the start is set
    int plannedEndDay = 0;
    bool endBeforeStart = false;          // both times set and the end is not after the start
    int unplannedItems = 0;               // items without planned minutes

    bool overflows() const { return overflowMinutes > 0; }
    // One line for the foot of the agenda: "Planned: 2 h 50 min of 3 h 00 min — ends 12:20".
    QString summary() const;
    // A sentence for the facilitator when the plan cannot hold (overflow, end before start);
    // empty when all is well.
    QString warning() const;
};

Schedule computeSchedule(const ScheduleInput &input);

// "45 min", "2 h 05 min": a planned length for people, not a timer.
QString plannedDuration(int minutes);
// "09:30", or "00:15 (+1)" on the next day.
QString clockTime(const QTime &time, int day = 0);
// The start or end of a scheduled item as the agenda shows it: the clock time, else the
// offset from the session's start ("+1:15") when the meeting has no start time.
QString scheduleTime(const ScheduledItem &item, bool end);

} // namespace Quorum
