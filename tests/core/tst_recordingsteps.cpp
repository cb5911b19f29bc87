// SPDX-License-Identifier: GPL-3.0-or-later
// The writes a recording in the room makes (a check-in, a ballot, a typed count) skip the
// reads of the generic edit: the record is read once, or not at all when the caller has just
// read it, and views are told the stored value without reading it again. These tests hold
// what that must not change: one step, one undo entry, undo and redo exact, views told
// exactly what a read of the file gives.
#include "catchqt.h"
#include "mockclock.h"
#include "sqlhelpers.h"
#include "testworkspace.h"

#include "models/attendancemodel.h"
#include "workspace.h"

#include <QSignalSpy>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Every valueChanged is compared with a read of the record from the file, type included.
void requireToldAsStored(Workspace &workspace, const QSignalSpy &spy)
{
    REQUIRE(spy.count() > 0);
    for (const QList<QVariant> &signal : spy) {
        const auto entity = signal.at(0).value<Entity>();
        const qint64 id = signal.at(1).toLongLong();
        const QString column = signal.at(2).toString();
        const QVariant told = signal.at(3);
        const std::optional<Record> stored = workspace.record(entity, id);
        REQUIRE(stored);
        INFO(column.toStdString() << ": told " << told.toString().toStdString() << " (" << told.typeName() << "), stored "
                                  << stored->value(column).toString().toStdString());
        CHECK(told.typeId() == stored->value(column).typeId());
        CHECK(told == stored->value(column));
    }
}

struct RecordingFixture : Fixture
{
    MockClock clock;
    qint64 personId = 0;

    RecordingFixture()
    {
        Database &db = workspace->storage();
        personId = db.insert(Record(Entity::Person, {{s("name"), s("Zoë Janssens")}})).value();
        REQUIRE(db.insert(Record(Entity::Membership, {{s("council_id"), councilId}, {s("person_id"), personId}, {s("role"), s("voting")}}))
                    .ok());
    }
};

} // namespace

TEST_CASE("Several values set together are one step undone and redone exactly", "[recording]")
{
    RecordingFixture f;
    Workspace &ws = *f.workspace;
    const qint64 item = f.itemIds.at(1);
    const Record before = *ws.record(Entity::AgendaItem, item);
    const int steps = ws.undoStack()->count();
    QSignalSpy told(&ws, &Workspace::valueChanged);

    // Typed as a user's widgets give them: a number as text, a text with a control character.
    REQUIRE(ws.setValues(Entity::AgendaItem, item,
                         {{s("planned_minutes"), s("45")}, {s("presenter"), s("Anna\x01 Peeters")}, {s("title_nl"), s("Bestuur")}})
                .ok());
    CHECK(ws.undoStack()->count() == steps + 1);
    const Record after = *ws.record(Entity::AgendaItem, item);
    CHECK(after.value(s("planned_minutes")) == QVariant(qlonglong(45)));
    CHECK(after.text(s("presenter")) == s("Anna Peeters"));
    CHECK(after.text(s("title_nl")) == s("Bestuur"));
    CHECK(told.count() == 3);
    requireToldAsStored(ws, told);

    // Values equal to the stored ones are no step at all.
    REQUIRE(ws.setValues(Entity::AgendaItem, item, {{s("planned_minutes"), 45}, {s("title_nl"), s("Bestuur")}}).ok());
    CHECK(ws.undoStack()->count() == steps + 1);

    REQUIRE(ws.undo().ok());
    CHECK(ws.record(Entity::AgendaItem, item)->values == before.values);
    REQUIRE(ws.redo().ok());
    CHECK(ws.record(Entity::AgendaItem, item)->values == after.values);
}

TEST_CASE("A refused value among several leaves the record and the history as they were", "[recording]")
{
    RecordingFixture f;
    Workspace &ws = *f.workspace;
    const qint64 item = f.itemIds.at(1);
    const Record before = *ws.record(Entity::AgendaItem, item);
    const int steps = ws.undoStack()->count();
    CHECK_FALSE(ws.setValues(Entity::AgendaItem, item, {{s("presenter"), s("Anna")}, {s("planned_minutes"), 99999}}).ok());
    CHECK(ws.record(Entity::AgendaItem, item)->values == before.values);
    CHECK(ws.undoStack()->count() == steps);
    // A record that does not exist is refused, whatever the caller says it knows.
    CHECK_FALSE(ws.setValues(Entity::AgendaItem, 999999, {{s("presenter"), s("Anna")}}).ok());
    CHECK_FALSE(ws.setValues(Entity::AgendaItem, item, {{s("presenter"), s("Anna")}}, Record(Entity::Meeting)).ok());
    CHECK(ws.undoStack()->count() == steps);
}

TEST_CASE("A check-in over an earlier status is one step and undoes to the earlier status exactly", "[recording]")
{
    RecordingFixture f;
    Workspace &ws = *f.workspace;
    AttendanceModel model(&ws, &f.clock);
    model.setMeeting(f.meetingId);
    const int row = model.rowOfPerson(f.personId);
    REQUIRE(row >= 0);
    REQUIRE(model.setStatus(row, AttendanceStatus::Excused).ok());
    const Record excused = ws.records(Entity::Attendance, f.meetingId).constFirst();
    const int steps = ws.undoStack()->count();

    QSignalSpy told(&ws, &Workspace::valueChanged);
    f.clock.advance(600);
    REQUIRE(model.setStatus(row, AttendanceStatus::Present).ok());
    CHECK(ws.undoStack()->count() == steps + 1);
    const Record present = *ws.record(Entity::Attendance, excused.id);
    CHECK(present.text(s("status")) == s("present"));
    CHECK_FALSE(present.value(s("checked_in_at")).isNull());
    requireToldAsStored(ws, told);
    CHECK(model.status(row) == AttendanceStatus::Present);

    REQUIRE(ws.undo().ok());
    CHECK(ws.record(Entity::Attendance, excused.id)->values == excused.values);
    CHECK(model.status(row) == AttendanceStatus::Excused);
    REQUIRE(ws.redo().ok());
    CHECK(ws.record(Entity::Attendance, excused.id)->values == present.values);
    CHECK(model.status(row) == AttendanceStatus::Present);
}
