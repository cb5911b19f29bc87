// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/schedule.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace Quorum {
namespace {

constexpr int minutesPerDay = 24 * 60;

int minuteOfDay(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

// The clock time `offset` minutes after `start`, and how many midnights lie in between.
std::pair<QTime, int> after(const QTime &start, int offset)
{
    const int absolute = minuteOfDay(start) + offset;
    return {QTime(0, 0).addSecs(qint64(absolute % minutesPerDay) * 60), absolute / minutesPerDay};
}

} // namespace

Schedule computeSchedule(const ScheduleInput &input)
{
    Schedule schedule;
    schedule.items.resize(input.items.size());

    // Agenda order, ties kept in input order (two items at one position still get a slot each).
    std::vector<qsizetype> order(input.items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return input.items.at(a).order < input.items.at(b).order; });

    int offset = 0;
    for (qsizetype index : order) {
        const ScheduleItem &item = input.items.at(index);
        ScheduledItem &slot = schedule.items[index];
        // A workshops item is one slot however many workshops share it: they run side by
        // side in different rooms, so only its own planned minutes pass.
        const int minutes = qMax(0, item.plannedMinutes.value_or(0));
        slot.unplanned = !item.plannedMinutes.has_value();
        if (slot.unplanned)
            ++schedule.unplannedItems;
        if (item.kind == u"workshops")
            slot.parallel = input.workshops;
        slot.startOffset = offset;
        offset += minutes;
        slot.endOffset = offset;
        if (input.start) {
            std::tie(slot.start, slot.startDay) = after(*input.start, slot.startOffset);
            std::tie(slot.end, slot.endDay) = after(*input.start, slot.endOffset);
        }
    }
    schedule.plannedMinutes = offset;

    if (input.start) {
        QTime end;
        std::tie(end, schedule.plannedEndDay) = after(*input.start, offset);
        schedule.plannedEnd = end;
    }
    // A council meets in the daytime: an end at or before the start is a typing mistake
    // (14:00–12:00), not a session through the night, and is reported as such rather than
    // read as a 22-hour session that hides every overflow.
    if (input.start && input.end) {
        const int length = minuteOfDay(*input.end) - minuteOfDay(*input.start);
        if (length <= 0) {
            schedule.endBeforeStart = true;
        } else {
            schedule.sessionMinutes = length;
            schedule.sessionEnd = input.end;
            schedule.overflowMinutes = qMax(0, offset - length);
        }
    }
    return schedule;
}

QString plannedDuration(int minutes)
{
    if (minutes < 60)
        //: A planned length under an hour
        return QCoreApplication::translate("Quorum::Schedule", "%1 min").arg(minutes);
    //: A planned length of an hour or more: hours, then minutes on two digits
    return QCoreApplication::translate("Quorum::Schedule", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString clockTime(const QTime &time, int day)
{
    const QString text = time.toString(QStringLiteral("HH:mm"));
    if (day == 0)
        return text;
    //: A time on a later day than the meeting's date: "00:15 (+1)"
    return QCoreApplication::translate("Quorum::Schedule", "%1 (+%2)").arg(text).arg(day);
}

QString scheduleTime(const ScheduledItem &item, bool end)
{
    const std::optional<QTime> &time = end ? item.end : item.start;
    if (time)
        return clockTime(*time, end ? item.endDay : item.startDay);
    const int offset = end ? item.endOffset : item.startOffset;
    return QStringLiteral("+%1:%2").arg(offset / 60).arg(offset % 60, 2, 10, QLatin1Char('0'));
}

QString Schedule::summary() const
{
    if (items.isEmpty())
        return QCoreApplication::translate("Quorum::Schedule", "Nothing planned yet.");
    QString text;
    if (plannedEnd && sessionMinutes)
        //: Planned length of the agenda, the session's length, the time the plan ends
        text = QCoreApplication::translate("Quorum::Schedule", "Planned: %1 of %2 — ends %3")
                   .arg(plannedDuration(plannedMinutes), plannedDuration(*sessionMinutes), clockTime(*plannedEnd, plannedEndDay));
    else if (plannedEnd)
        text = QCoreApplication::translate("Quorum::Schedule", "Planned: %1 — ends %2").arg(plannedDuration(plannedMinutes), clockTime(*plannedEnd, plannedEndDay));
    else
        text = QCoreApplication::translate("Quorum::Schedule", "Planned: %1 (the meeting has no start time, so the agenda shows durations from its start)")
                   .arg(plannedDuration(plannedMinutes));
    if (unplannedItems > 0)
        //: The planned summary, then how many agenda items have no planned minutes
        text = QCoreApplication::translate("Quorum::Schedule", "%1 · %n item(s) without planned minutes", nullptr, unplannedItems).arg(text);
    return text;
}

QString Schedule::warning() const
{
    if (endBeforeStart)
        return QCoreApplication::translate("Quorum::Schedule", "The session ends before it starts: check the meeting's start and end times.");
    if (overflowMinutes > 0 && plannedEnd && sessionEnd)
        //: Minutes of overflow, the time the plan ends, the session's end
        return QCoreApplication::translate("Quorum::Schedule", "Overflows the session end by %1: the plan ends at %2, the session at %3.")
            .arg(plannedDuration(overflowMinutes), clockTime(*plannedEnd, plannedEndDay), clockTime(*sessionEnd));
    return {};
}

} // namespace Quorum
