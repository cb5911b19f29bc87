// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/sessiontiming.h"

namespace Quorum {
namespace {

struct Code
{
    SessionEventKind kind;
    const char *code;
};

constexpr Code codes[] = {
    {SessionEventKind::Start, "start"}, {SessionEventKind::GoTo, "goto"},   {SessionEventKind::Pause, "pause"},
    {SessionEventKind::Resume, "resume"}, {SessionEventKind::Extend, "extend"}, {SessionEventKind::Skip, "skip"},
    {SessionEventKind::Close, "close"},
};

// Replay state while walking the log.
class Replay
{
public:
    Replay(const QList<AgendaSlot> &agenda, SessionState &state) : m_state(state)
    {
        for (const AgendaSlot &slot : agenda) {
            ItemTiming timing;
            timing.itemId = slot.itemId;
            timing.plannedSeconds = qint64(qMax(0, slot.plannedMinutes)) * 60;
            m_state.items.append(timing);
        }
    }

    void apply(const SessionLogEntry &event)
    {
        // Clocks can be set back: never let time run backwards inside a session.
        const QDateTime at = m_last.isValid() && event.at < m_last ? m_last : event.at;
        m_last = at;
        if (m_state.closed)
            return;
        switch (event.kind) {
        case SessionEventKind::Start:
            if (m_state.started)
                return;
            m_state.started = true;
            m_state.startedAt = at;
            moveTo(indexOf(event.itemId) >= 0 ? indexOf(event.itemId) : firstOpenIndex(), at);
            break;
        case SessionEventKind::GoTo:
            if (m_state.started && indexOf(event.itemId) >= 0)
                moveTo(indexOf(event.itemId), at);
            break;
        case SessionEventKind::Pause:
            if (m_state.started && !m_state.paused) {
                stopSegment(at);
                m_state.paused = true;
            }
            break;
        case SessionEventKind::Resume:
            if (m_state.started && m_state.paused) {
                m_state.paused = false;
                m_segmentStart = at;
            }
            break;
        case SessionEventKind::Extend:
            if (const int index = indexOf(event.itemId); index >= 0) {
                ItemTiming &item = m_state.items[index];
                const qint64 delta = qint64(event.minutes) * 60;
                // An item cannot be shortened below nothing.
                const qint64 applied = qMax(-item.plannedSeconds, delta);
                item.plannedSeconds += applied;
                item.extendedSeconds += applied;
            }
            break;
        case SessionEventKind::Skip:
            if (const int index = indexOf(event.itemId); index >= 0) {
                m_state.items[index].skipped = true;
                if (index == m_state.currentIndex)
                    moveTo(m_state.nextIndex(), at);
            }
            break;
        case SessionEventKind::Close:
            if (!m_state.started)
                return;
            stopSegment(at);
            leaveCurrent(at);
            m_state.closed = true;
            m_state.paused = false;
            m_state.closedAt = at;
            break;
        }
    }

    void finish(const QDateTime &now, qint64 warningSeconds)
    {
        if (m_state.started && !m_state.closed && !m_state.paused && m_state.currentIndex >= 0) {
            // The running segment counts up to now, without being closed.
            stopSegment(qMax(now, m_segmentStart));
            m_segmentStart = now;
        }
        if (const ItemTiming *item = m_state.current()) {
            m_state.currentItemId = item->itemId;
            m_state.elapsedSeconds = item->spentSeconds;
            m_state.remainingSeconds = item->plannedSeconds - item->spentSeconds;
        }
        if (!m_state.started)
            m_state.phase = TimerPhase::NotStarted;
        else if (m_state.closed)
            m_state.phase = TimerPhase::Closed;
        else if (m_state.paused)
            m_state.phase = TimerPhase::Paused;
        else if (m_state.remainingSeconds < 0)
            m_state.phase = TimerPhase::Overrun;
        else if (m_state.remainingSeconds <= warningSeconds)
            m_state.phase = TimerPhase::Warning;
        else
            m_state.phase = TimerPhase::OnTime;
    }

private:
    int indexOf(qint64 itemId) const
    {
        for (int i = 0; i < m_state.items.size(); ++i)
            if (m_state.items.at(i).itemId == itemId)
                return i;
        return -1;
    }

    int firstOpenIndex() const
    {
        for (int i = 0; i < m_state.items.size(); ++i)
            if (!m_state.items.at(i).skipped)
                return i;
        return -1;
    }

    void stopSegment(const QDateTime &at)
    {
        if (m_state.currentIndex < 0 || !m_segmentStart.isValid())
            return;
        m_state.items[m_state.currentIndex].spentSeconds += qMax<qint64>(0, m_segmentStart.secsTo(at));
        m_segmentStart = QDateTime();
    }

    void leaveCurrent(const QDateTime &at)
    {
        if (m_state.currentIndex >= 0)
            m_state.items[m_state.currentIndex].actualEnd = at;
    }

    void moveTo(int index, const QDateTime &at)
    {
        if (index == m_state.currentIndex)
            return;
        stopSegment(at);
        leaveCurrent(at);
        m_state.currentIndex = index;
        if (index < 0)
            return;
        ItemTiming &item = m_state.items[index];
        item.visited = true;
        item.skipped = false; // coming back to a skipped item takes it up again
        item.actualEnd = QDateTime();
        if (!item.actualStart.isValid())
            item.actualStart = at;
        if (!m_state.paused)
            m_segmentStart = at;
    }

    SessionState &m_state;
    QDateTime m_segmentStart;
    QDateTime m_last;
};

} // namespace

QString sessionEventCode(SessionEventKind kind)
{
    for (const Code &c : codes)
        if (c.kind == kind)
            return QString::fromLatin1(c.code);
    return {};
}

std::optional<SessionEventKind> sessionEventFromCode(const QString &code)
{
    for (const Code &c : codes)
        if (code == QLatin1String(c.code))
            return c.kind;
    return std::nullopt;
}

int SessionState::nextIndex() const
{
    for (int i = currentIndex + 1; i < items.size(); ++i)
        if (!items.at(i).skipped)
            return i;
    return -1;
}

int SessionState::previousIndex() const
{
    for (int i = currentIndex - 1; i >= 0; --i)
        if (!items.at(i).skipped)
            return i;
    return -1;
}

SessionState replaySession(const QList<AgendaSlot> &agenda, const QList<SessionLogEntry> &log, const QDateTime &now,
                           qint64 warningSeconds)
{
    SessionState state;
    Replay replay(agenda, state);
    for (const SessionLogEntry &event : log)
        replay.apply(event);
    replay.finish(now, warningSeconds);
    return state;
}

QString formatDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    const qint64 s = negative ? -seconds : seconds;
    const QString body = s >= 3600 ? QStringLiteral("%1:%2:%3")
                                         .arg(s / 3600)
                                         .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
                                         .arg(s % 60, 2, 10, QLatin1Char('0'))
                                   : QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return negative ? u'−' + body : body;
}

} // namespace Quorum
