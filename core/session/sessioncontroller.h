// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "result.h"
#include "session/sessiontiming.h"

#include <QObject>

#include <optional>

namespace Quorum {

class Clock;
class Workspace;

// Runs the live session of one meeting: the facilitator's actions become entries of the
// session log (Workspace::logSessionEvent), and the state shown is always replayed from
// that log at the clock's "now". Nothing is held that a crash could lose.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(Workspace *workspace, const Clock *clock, QObject *parent = nullptr);

    void setMeeting(std::optional<qint64> meetingId);
    std::optional<qint64> meetingId() const { return m_meetingId; }
    void setWarningSeconds(qint64 seconds);
    // Shows the session as it stood at the clock's time, ignoring later log entries: for
    // looking back at (and taking screenshots of) a session that has ended.
    void setHistorical(bool historical);
    qint64 warningSeconds() const { return m_warningSeconds; }

    SessionState state() const;
    const QList<Record> &agenda() const { return m_agenda; }
    const Record *agendaItem(qint64 id) const;
    QDateTime now() const;

    // The facilitator's actions. Each refuses, with a reason, what makes no sense now.
    Result<void> start();
    Result<void> next();
    Result<void> previous();
    Result<void> goTo(qint64 itemId);
    Result<void> togglePause();
    Result<void> extend(int minutes);
    Result<void> skip();
    Result<void> close();

signals:
    // The agenda or the log changed: views replay and redraw.
    void changed();

private:
    void reload();
    Result<void> log(SessionEventKind kind, qint64 itemId = 0, int minutes = 0);
    Result<void> refuse(const char *reason) const;

    Workspace *m_workspace;
    const Clock *m_clock;
    std::optional<qint64> m_meetingId;
    qint64 m_warningSeconds = 120;
    bool m_historical = false;
    QList<Record> m_agenda;
    QList<SessionLogEntry> m_log;
};

} // namespace Quorum
