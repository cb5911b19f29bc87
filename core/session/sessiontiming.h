// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Quorum {

// The timing rules of a live session, as pure functions over the session log: no SQL, no
// signals, no timers. The state at any moment is replayed from what was recorded, so a
// session reopened after a crash is exactly where it was.

enum class SessionEventKind { Start, GoTo, Pause, Resume, Extend, Skip, Close };

QString sessionEventCode(SessionEventKind kind); // the code stored in session_event.kind
std::optional<SessionEventKind> sessionEventFromCode(const QString &code);

struct SessionLogEntry
{
    QDateTime at;
    SessionEventKind kind = SessionEventKind::Start;
    qint64 itemId = 0; // Start/GoTo: the item moved to; Skip: the item skipped; Extend: the item extended
    int minutes = 0;   // Extend: minutes added (negative shortens)
};

// One agenda item as the timing needs it, in agenda order.
struct AgendaSlot
{
    qint64 itemId = 0;
    int plannedMinutes = 0;
};

enum class TimerPhase { NotStarted, OnTime, Warning, Overrun, Paused, Closed };

struct ItemTiming
{
    qint64 itemId = 0;
    qint64 plannedSeconds = 0;  // planned minutes plus extensions
    qint64 extendedSeconds = 0; // extensions alone
    qint64 spentSeconds = 0;    // time spent on the item, pauses excluded, visits summed
    QDateTime actualStart;      // first time the item became current
    QDateTime actualEnd;        // last time it stopped being current (null while current)
    bool skipped = false;
    bool visited = false;
};

struct SessionState
{
    bool started = false;
    bool paused = false;
    bool closed = false;
    int currentIndex = -1; // into items; -1 before the start and after the close
    qint64 currentItemId = 0;
    qint64 elapsedSeconds = 0;   // on the current item
    qint64 remainingSeconds = 0; // on the current item; negative once overrun
    TimerPhase phase = TimerPhase::NotStarted;
    QDateTime startedAt;
    QDateTime closedAt;
    QList<ItemTiming> items; // agenda order

    const ItemTiming *current() const { return currentIndex >= 0 ? &items.at(currentIndex) : nullptr; }
    // The next item not skipped after the current one, or -1.
    int nextIndex() const;
    int previousIndex() const;
};

// Replays `log` (in recorded order) over `agenda` at the moment `now`. The current item
// turns Warning when `warningSeconds` or less remain, and Overrun past its planned end.
// Events that make no sense at their point (a pause before the start, a move to an item
// no longer on the agenda) are ignored rather than trusted.
SessionState replaySession(const QList<AgendaSlot> &agenda, const QList<SessionLogEntry> &log, const QDateTime &now,
                           qint64 warningSeconds);

// "12:05" style for a count of seconds, with a leading minus when negative; hours when needed.
QString formatDuration(qint64 seconds);

} // namespace Quorum
