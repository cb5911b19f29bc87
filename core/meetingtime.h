// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace Quorum {

// Meetings are planned in Brussels local time ("09:30") while the session log records
// UTC instants. Instants are shown in the councils' own time zone, whatever the
// computer's, so the console, exports and screenshots agree with the planned hours.
inline QTimeZone meetingTimeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
        return brussels.isValid() ? brussels : QTimeZone::systemTimeZone();
    }();
    return zone;
}

// "09:32" for an instant, in the meeting's time zone; empty for an invalid instant.
inline QString meetingClockTime(const QDateTime &instant)
{
    return instant.isValid() ? instant.toTimeZone(meetingTimeZone()).toString(QStringLiteral("HH:mm")) : QString();
}

// The instant of a planned local date and time of a meeting.
inline QDateTime meetingInstant(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, meetingTimeZone()).toUTC();
}

} // namespace Quorum
