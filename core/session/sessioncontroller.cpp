// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/sessioncontroller.h"

#include "clock.h"
#include "workspace.h"

#include <QCoreApplication>

namespace Quorum {

SessionController::SessionController(Workspace *workspace, const Clock *clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock)
{
    auto concerns = [this](Entity entity, qint64 parentId) {
        return m_meetingId && parentId == *m_meetingId && (entity == Entity::AgendaItem || entity == Entity::SessionEvent);
    };
    connect(workspace, &Workspace::recordAdded, this, [this, concerns](Entity entity, qint64, qint64 parentId) {
        if (concerns(entity, parentId))
            reload();
    });
    connect(workspace, &Workspace::recordRemoved, this, [this, concerns](Entity entity, qint64 id, qint64 parentId) {
        if (concerns(entity, parentId))
            reload();
        else if (entity == Entity::Meeting && m_meetingId && id == *m_meetingId)
            setMeeting(std::nullopt);
    });
    connect(workspace, &Workspace::recordMoved, this, [this, concerns](Entity entity, qint64, qint64 parentId) {
        if (concerns(entity, parentId))
            reload();
    });
    connect(workspace, &Workspace::valueChanged, this, [this](Entity entity, qint64 id, const QString &, const QVariant &) {
        if (entity == Entity::AgendaItem && agendaItem(id))
            reload();
    });
}

void SessionController::setMeeting(std::optional<qint64> meetingId)
{
    m_meetingId = meetingId;
    reload();
}

void SessionController::setWarningSeconds(qint64 seconds)
{
    m_warningSeconds = qMax<qint64>(0, seconds);
    emit changed();
}

void SessionController::setHistorical(bool historical)
{
    m_historical = historical;
    reload();
}

void SessionController::reload()
{
    m_agenda.clear();
    m_log.clear();
    if (m_meetingId) {
        m_agenda = m_workspace->records(Entity::AgendaItem, *m_meetingId);
        for (const Record &event : m_workspace->records(Entity::SessionEvent, *m_meetingId)) {
            const auto kind = sessionEventFromCode(event.text(u"kind"_qs));
            const QDateTime at = QDateTime::fromString(event.text(u"at"_qs), Qt::ISODate);
            if (!kind || (m_historical && at > m_clock->now()))
                continue;
            m_log.append({QDateTime::fromString(event.text(u"at"_qs), Qt::ISODate), *kind,
                          event.number(u"agenda_item_id"_qs), int(event.number(u"minutes"_qs))});
        }
    }
    emit changed();
}

const Record *SessionController::agendaItem(qint64 id) const
{
    for (const Record &item : m_agenda)
        if (item.id == id)
            return &item;
    return nullptr;
}

QDateTime SessionController::now() const
{
    return m_clock->now();
}

SessionState SessionController::state() const
{
    QList<AgendaSlot> agendaSlots;
    for (const Record &item : m_agenda)
        agendaSlots.append({item.id, int(item.number(u"planned_minutes"_qs))});
    return replaySession(agendaSlots, m_log, m_clock->now(), m_warningSeconds);
}

Result<void> SessionController::refuse(const char *reason) const
{
    return Result<void>::failure(QCoreApplication::translate("Quorum::SessionController", reason));
}

Result<void> SessionController::log(SessionEventKind kind, qint64 itemId, int minutes)
{
    if (!m_meetingId)
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "Choose a meeting first."));
    auto logged = m_workspace->logSessionEvent(*m_meetingId, sessionEventCode(kind), itemId, minutes, m_clock->now());
    if (!logged)
        return Result<void>::failure(logged.error());
    return {};
}

Result<void> SessionController::start()
{
    const SessionState s = state();
    if (s.closed)
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "This session is closed."));
    if (s.started)
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "The session has already started."));
    if (m_agenda.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "The agenda is empty: add items before starting."));
    return log(SessionEventKind::Start, m_agenda.first().id);
}

Result<void> SessionController::next()
{
    const SessionState s = state();
    if (!s.started)
        return start();
    if (s.closed)
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "This session is closed."));
    const int index = s.nextIndex();
    if (index < 0)
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "This is the last item: close the session when it ends."));
    return log(SessionEventKind::GoTo, s.items.at(index).itemId);
}

Result<void> SessionController::previous()
{
    const SessionState s = state();
    if (!s.started || s.closed)
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "The session is not running."));
    const int index = s.previousIndex();
    if (index < 0)
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "This is the first item."));
    return log(SessionEventKind::GoTo, s.items.at(index).itemId);
}

Result<void> SessionController::goTo(qint64 itemId)
{
    const SessionState s = state();
    if (s.closed)
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "This session is closed."));
    if (!agendaItem(itemId))
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "This item is not on the agenda."));
    if (!s.started)
        return log(SessionEventKind::Start, itemId);
    if (s.currentItemId == itemId)
        return {};
    return log(SessionEventKind::GoTo, itemId);
}

Result<void> SessionController::togglePause()
{
    const SessionState s = state();
    if (!s.started || s.closed)
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "The session is not running."));
    return log(s.paused ? SessionEventKind::Resume : SessionEventKind::Pause, s.currentItemId);
}

Result<void> SessionController::extend(int minutes)
{
    const SessionState s = state();
    if (!s.started || s.closed || s.currentIndex < 0)
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "The session is not running."));
    if (minutes == 0)
        return {};
    return log(SessionEventKind::Extend, s.currentItemId, minutes);
}

Result<void> SessionController::skip()
{
    const SessionState s = state();
    if (!s.started || s.closed || s.currentIndex < 0)
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "The session is not running."));
    if (s.nextIndex() < 0)
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "This is the last item: close the session when it ends."));
    return log(SessionEventKind::Skip, s.currentItemId);
}

Result<void> SessionController::close()
{
    const SessionState s = state();
    if (!s.started)
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "The session has not started."));
    if (s.closed)
        return refuse(QT_TRANSLATE_NOOP("Quorum::SessionController", "This session is closed."));
    return log(SessionEventKind::Close, s.currentItemId);
}

} // namespace Quorum
