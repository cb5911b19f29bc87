// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "session/sessiontiming.h"


using namespace Quorum;

namespace {

const QDateTime t0(QDate(2024, 11, 13), QTime(9, 30), Qt::UTC);

QDateTime at(qint64 seconds)
{
    return t0.addSecs(seconds);
}

// Welcome 10 min, Governance 40, Break 15.
const QList<AgendaSlot> agenda = {{1, 10}, {2, 40}, {3, 15}};

SessionLogEntry event(qint64 seconds, SessionEventKind kind, qint64 item = 0, int minutes = 0)
{
    return {at(seconds), kind, item, minutes};
}

SessionState replayAt(const QList<SessionLogEntry> &log, qint64 seconds, qint64 warning = 120)
{
    return replaySession(agenda, log, at(seconds), warning);
}

} // namespace

TEST_CASE("Before the start nothing runs")
{
    const SessionState s = replayAt({}, 600);
    CHECK_FALSE(s.started);
    CHECK(s.phase == TimerPhase::NotStarted);
    CHECK(s.currentIndex == -1);
    REQUIRE(s.items.size() == 3);
    CHECK(s.items.at(1).plannedSeconds == 2400);
    // A pause or a move before the start is ignored.
    const SessionState ignored = replayAt({event(10, SessionEventKind::Pause), event(20, SessionEventKind::GoTo, 2)}, 30);
    CHECK_FALSE(ignored.started);
}

TEST_CASE("The current item counts its elapsed and remaining time from the start")
{
    const SessionState s = replayAt({event(0, SessionEventKind::Start, 1)}, 240);
    CHECK(s.started);
    CHECK(s.currentItemId == 1);
    CHECK(s.elapsedSeconds == 240);
    CHECK(s.remainingSeconds == 360);
    CHECK(s.phase == TimerPhase::OnTime);
    CHECK(s.items.at(0).actualStart == at(0));
}

TEST_CASE("The phase turns to warning at the threshold and to overrun past the planned end")
{
    const QList<SessionLogEntry> log = {event(0, SessionEventKind::Start, 1)};
    struct Row
    {
        qint64 now;
        TimerPhase phase;
    };
    for (const Row &row : {Row{479, TimerPhase::OnTime}, Row{480, TimerPhase::Warning}, Row{600, TimerPhase::Warning},
                           Row{601, TimerPhase::Overrun}, Row{5000, TimerPhase::Overrun}}) {
        INFO("at " << row.now << " s");
        CHECK(replayAt(log, row.now).phase == row.phase);
    }
    CHECK(replayAt(log, 660).remainingSeconds == -60);
    // A threshold of zero warns only at the exact end.
    CHECK(replayAt(log, 599, 0).phase == TimerPhase::OnTime);
    CHECK(replayAt(log, 600, 0).phase == TimerPhase::Warning);
}

TEST_CASE("Pauses do not count and resume continues where it stopped")
{
    const QList<SessionLogEntry> log = {event(0, SessionEventKind::Start, 1), event(100, SessionEventKind::Pause),
                                        event(400, SessionEventKind::Resume)};
    const SessionState during = replayAt(log.mid(0, 2), 300);
    CHECK(during.paused);
    CHECK(during.phase == TimerPhase::Paused);
    CHECK(during.elapsedSeconds == 100);
    const SessionState after = replayAt(log, 450);
    CHECK_FALSE(after.paused);
    CHECK(after.elapsedSeconds == 150);
    // A second pause in a row or a resume without pause changes nothing.
    const SessionState doubled = replayAt({event(0, SessionEventKind::Start, 1), event(100, SessionEventKind::Pause),
                                           event(150, SessionEventKind::Pause), event(400, SessionEventKind::Resume),
                                           event(410, SessionEventKind::Resume)},
                                          450);
    CHECK(doubled.elapsedSeconds == 150);
}

TEST_CASE("Moving on records the actual start and end of each item")
{
    const QList<SessionLogEntry> log = {event(0, SessionEventKind::Start, 1), event(700, SessionEventKind::GoTo, 2)};
    const SessionState s = replayAt(log, 1000);
    CHECK(s.currentItemId == 2);
    CHECK(s.items.at(0).spentSeconds == 700);
    CHECK(s.items.at(0).actualEnd == at(700));
    CHECK(s.items.at(1).actualStart == at(700));
    CHECK_FALSE(s.items.at(1).actualEnd.isValid());
    CHECK(s.elapsedSeconds == 300);
}

TEST_CASE("Jumping back to an item adds to its time and keeps its first start")
{
    const QList<SessionLogEntry> log = {event(0, SessionEventKind::Start, 1), event(600, SessionEventKind::GoTo, 2),
                                        event(900, SessionEventKind::GoTo, 1), event(960, SessionEventKind::GoTo, 3)};
    const SessionState s = replayAt(log, 1000);
    CHECK(s.items.at(0).spentSeconds == 660);
    CHECK(s.items.at(0).actualStart == at(0));
    CHECK(s.items.at(0).actualEnd == at(960));
    CHECK(s.items.at(1).spentSeconds == 300);
    CHECK(s.currentIndex == 2);
}

TEST_CASE("Extending adds minutes to the current item and can take it out of overrun")
{
    const QList<SessionLogEntry> log = {event(0, SessionEventKind::Start, 1), event(650, SessionEventKind::Extend, 1, 5)};
    const SessionState s = replayAt(log, 700);
    CHECK(s.items.at(0).plannedSeconds == 900);
    CHECK(s.items.at(0).extendedSeconds == 300);
    CHECK(s.remainingSeconds == 200);
    CHECK(s.phase == TimerPhase::OnTime);
    // Shortening never goes below nothing.
    const SessionState shortened = replayAt({event(0, SessionEventKind::Start, 1), event(10, SessionEventKind::Extend, 1, -60)}, 20);
    CHECK(shortened.items.at(0).plannedSeconds == 0);
    CHECK(shortened.phase == TimerPhase::Overrun);
}

TEST_CASE("Skipping the current item moves to the next and marks it skipped")
{
    const QList<SessionLogEntry> log = {event(0, SessionEventKind::Start, 1), event(60, SessionEventKind::Skip, 1)};
    const SessionState s = replayAt(log, 100);
    CHECK(s.items.at(0).skipped);
    CHECK(s.currentItemId == 2);
    CHECK(s.elapsedSeconds == 40);
    // Skipping an item ahead keeps the current one and jumps over it later.
    const SessionState ahead = replayAt({event(0, SessionEventKind::Start, 1), event(10, SessionEventKind::Skip, 2)}, 20);
    CHECK(ahead.currentItemId == 1);
    CHECK(ahead.nextIndex() == 2);
    // Going back to a skipped item takes it up again.
    const SessionState back = replayAt({event(0, SessionEventKind::Start, 1), event(10, SessionEventKind::Skip, 2),
                                        event(20, SessionEventKind::GoTo, 2)},
                                       30);
    CHECK_FALSE(back.items.at(1).skipped);
    CHECK(back.currentItemId == 2);
}

TEST_CASE("Closing stops every clock and later events are ignored")
{
    const QList<SessionLogEntry> log = {event(0, SessionEventKind::Start, 1), event(600, SessionEventKind::GoTo, 2),
                                        event(3000, SessionEventKind::Close), event(3100, SessionEventKind::GoTo, 3)};
    const SessionState s = replayAt(log, 9000);
    CHECK(s.closed);
    CHECK(s.phase == TimerPhase::Closed);
    CHECK(s.closedAt == at(3000));
    CHECK(s.items.at(1).spentSeconds == 2400);
    CHECK(s.items.at(1).actualEnd == at(3000));
    CHECK_FALSE(s.items.at(2).visited);
}

TEST_CASE("A close while paused keeps the time before the pause only")
{
    const SessionState s = replayAt({event(0, SessionEventKind::Start, 1), event(300, SessionEventKind::Pause),
                                     event(900, SessionEventKind::Close)},
                                    1000);
    CHECK(s.items.at(0).spentSeconds == 300);
    CHECK(s.items.at(0).actualEnd == at(900));
    CHECK_FALSE(s.paused);
}

TEST_CASE("Replaying the same log later gives the same past and a longer present")
{
    const QList<SessionLogEntry> log = {event(0, SessionEventKind::Start, 1), event(700, SessionEventKind::GoTo, 2)};
    const SessionState early = replayAt(log, 800);
    const SessionState late = replayAt(log, 1900);
    CHECK(early.items.at(0).spentSeconds == late.items.at(0).spentSeconds);
    CHECK(late.elapsedSeconds - early.elapsedSeconds == 1100);
}

TEST_CASE("A clock set back never makes time run backwards")
{
    const SessionState s = replayAt({event(0, SessionEventKind::Start, 1), event(-500, SessionEventKind::GoTo, 2)}, 100);
    CHECK(s.items.at(0).spentSeconds == 0);
    CHECK(s.elapsedSeconds == 100);
    const SessionState before = replayAt({event(0, SessionEventKind::Start, 1)}, -50);
    CHECK(before.elapsedSeconds == 0);
}

TEST_CASE("Events about items no longer on the agenda are ignored")
{
    const SessionState s = replayAt({event(0, SessionEventKind::Start, 1), event(10, SessionEventKind::GoTo, 99),
                                     event(20, SessionEventKind::Extend, 99, 5), event(30, SessionEventKind::Skip, 99)},
                                    60);
    CHECK(s.currentItemId == 1);
    CHECK(s.elapsedSeconds == 60);
    // A start naming a removed item starts on the first one.
    CHECK(replayAt({event(0, SessionEventKind::Start, 42)}, 5).currentItemId == 1);
}

TEST_CASE("An empty agenda can start but has nothing current")
{
    const SessionState s = replaySession({}, {event(0, SessionEventKind::Start, 1)}, at(30), 120);
    CHECK(s.started);
    CHECK(s.currentIndex == -1);
    CHECK(s.current() == nullptr);
}

TEST_CASE("Event codes round trip and unknown codes are refused")
{
    for (SessionEventKind kind : {SessionEventKind::Start, SessionEventKind::GoTo, SessionEventKind::Pause, SessionEventKind::Resume,
                                  SessionEventKind::Extend, SessionEventKind::Skip, SessionEventKind::Close})
        CHECK(sessionEventFromCode(sessionEventCode(kind)) == kind);
    CHECK_FALSE(sessionEventFromCode(QStringLiteral("rewind")).has_value());
}

TEST_CASE("Durations read as minutes and seconds or hours")
{
    CHECK(formatDuration(0) == QStringLiteral("00:00"));
    CHECK(formatDuration(65) == QStringLiteral("01:05"));
    CHECK(formatDuration(3599) == QStringLiteral("59:59"));
    CHECK(formatDuration(3600) == QStringLiteral("1:00:00"));
    CHECK(formatDuration(-90) == QStringLiteral("−01:30"));
}
