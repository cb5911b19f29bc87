// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "mockclock.h"
#include "testworkspace.h"

#include "session/sessioncontroller.h"

#include <QSignalSpy>

using namespace Quorum;
using namespace QuorumTest;

TEST_CASE("The controller runs a session and logs every action")
{
    Fixture f;
    MockClock clock;
    SessionController session(f.workspace.get(), &clock);
    session.setMeeting(f.meetingId);
    QSignalSpy changed(&session, &SessionController::changed);

    REQUIRE(session.start().ok());
    CHECK(f.workspace->record(Entity::Meeting, f.meetingId)->text(QStringLiteral("status")) == QStringLiteral("live"));
    CHECK(session.state().currentItemId == f.itemIds.at(0));
    clock.advance(300);
    REQUIRE(session.next().ok());
    clock.advance(60);
    REQUIRE(session.togglePause().ok());
    clock.advance(600);
    CHECK(session.state().elapsedSeconds == 60);
    REQUIRE(session.togglePause().ok());
    REQUIRE(session.extend(5).ok());
    clock.advance(30);
    const SessionState s = session.state();
    CHECK(s.currentItemId == f.itemIds.at(1));
    CHECK(s.elapsedSeconds == 90);
    CHECK(s.items.at(1).plannedSeconds == (15 + 5) * 60);
    CHECK(f.workspace->records(Entity::SessionEvent, f.meetingId).size() == 5);
    CHECK(changed.count() >= 5);
    // The log is a record, not an edit: nothing on the undo stack.
    CHECK(f.workspace->undoStack()->count() == 0);
}

TEST_CASE("The controller refuses what makes no sense with a reason")
{
    Fixture f;
    MockClock clock;
    SessionController session(f.workspace.get(), &clock);
    CHECK_FALSE(session.start().ok()); // no meeting yet
    session.setMeeting(f.meetingId);
    CHECK_FALSE(session.previous().ok());
    CHECK_FALSE(session.togglePause().ok());
    CHECK_FALSE(session.close().ok());
    REQUIRE(session.start().ok());
    CHECK(session.start().error().contains(QStringLiteral("already started")));
    CHECK(session.previous().error().contains(QStringLiteral("first item")));
    REQUIRE(session.next().ok());
    REQUIRE(session.next().ok());
    CHECK(session.next().error().contains(QStringLiteral("last item")));
    CHECK_FALSE(session.skip().ok());
    CHECK_FALSE(session.goTo(424242).ok());
    REQUIRE(session.close().ok());
    CHECK(f.workspace->record(Entity::Meeting, f.meetingId)->text(QStringLiteral("status")) == QStringLiteral("closed"));
    CHECK(session.next().error().contains(QStringLiteral("closed")));
    CHECK_FALSE(session.start().ok());
}

TEST_CASE("A session reopened after a crash resumes on the right item with the right time")
{
    Fixture f;
    const QString path = f.workspace->filePath();
    MockClock clock;
    {
        SessionController session(f.workspace.get(), &clock);
        session.setMeeting(f.meetingId);
        REQUIRE(session.start().ok());
        clock.advance(200);
        REQUIRE(session.goTo(f.itemIds.at(2)).ok());
        clock.advance(100);
    }
    f.workspace.reset(); // the laptop dies: nothing but the file remains
    clock.advance(400);
    auto reopened = Workspace::open(path);
    REQUIRE(reopened.ok());
    SessionController session(reopened.value().get(), &clock);
    session.setMeeting(f.meetingId);
    const SessionState s = session.state();
    CHECK(s.started);
    CHECK(s.currentItemId == f.itemIds.at(2));
    CHECK(s.elapsedSeconds == 500);
    CHECK(s.items.at(0).spentSeconds == 200);
}

TEST_CASE("Going to an item before the start starts the session there")
{
    Fixture f;
    MockClock clock;
    SessionController session(f.workspace.get(), &clock);
    session.setMeeting(f.meetingId);
    REQUIRE(session.goTo(f.itemIds.at(1)).ok());
    CHECK(session.state().currentItemId == f.itemIds.at(1));
    const int events = int(f.workspace->records(Entity::SessionEvent, f.meetingId).size());
    REQUIRE(session.goTo(f.itemIds.at(1)).ok()); // already there: nothing logged
    CHECK(f.workspace->records(Entity::SessionEvent, f.meetingId).size() == events);
}

TEST_CASE("The controller follows agenda edits during the session")
{
    Fixture f;
    MockClock clock;
    SessionController session(f.workspace.get(), &clock);
    session.setMeeting(f.meetingId);
    REQUIRE(session.start().ok());
    REQUIRE(f.workspace->setValue(Entity::AgendaItem, f.itemIds.at(0), QStringLiteral("planned_minutes"), 30).ok());
    CHECK(session.state().items.at(0).plannedSeconds == 1800);
    REQUIRE(f.workspace->removeRecord(Entity::Meeting, f.meetingId).ok());
    CHECK_FALSE(session.meetingId().has_value());
    CHECK(session.agenda().isEmpty());
}

TEST_CASE("An empty agenda cannot be started")
{
    Fixture f;
    for (qint64 id : f.itemIds)
        REQUIRE(f.workspace->removeRecord(Entity::AgendaItem, id).ok());
    MockClock clock;
    SessionController session(f.workspace.get(), &clock);
    session.setMeeting(f.meetingId);
    CHECK(session.start().error().contains(QStringLiteral("agenda is empty")));
}
