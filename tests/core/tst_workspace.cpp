// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "testworkspace.h"

#include <QSignalSpy>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QString presenter(const Fixture &f, qint64 id)
{
    return f.workspace->record(Entity::AgendaItem, id)->text(QStringLiteral("presenter"));
}

QStringList titles(const Fixture &f)
{
    QStringList result;
    for (const Record &r : f.workspace->records(Entity::AgendaItem, f.meetingId))
        result << r.text(QStringLiteral("title_fr"));
    return result;
}

} // namespace

TEST_CASE("Change value round trips through undo and redo")
{
    Fixture f;
    QUndoStack *stack = f.workspace->undoStack();
    QSignalSpy changed(f.workspace.get(), &Workspace::valueChanged);
    REQUIRE(f.workspace->setValue(Entity::AgendaItem, f.itemIds.at(0), QStringLiteral("presenter"), QStringLiteral("Karim")).ok());
    CHECK(presenter(f, f.itemIds.at(0)) == QStringLiteral("Karim"));
    CHECK(stack->count() == 1);
    CHECK(stack->undoText() == QStringLiteral("Edit Presenter"));
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(2).toString() == QStringLiteral("presenter"));
    stack->undo();
    CHECK(presenter(f, f.itemIds.at(0)) == QString());
    stack->redo();
    CHECK(presenter(f, f.itemIds.at(0)) == QStringLiteral("Karim"));
    CHECK(changed.count() == 3);
}

TEST_CASE("Consecutive edits of one value merge into one step and a return to the start leaves none")
{
    Fixture f;
    QUndoStack *stack = f.workspace->undoStack();
    const qint64 id = f.itemIds.at(1);
    REQUIRE(f.workspace->setValue(Entity::AgendaItem, id, QStringLiteral("presenter"), QStringLiteral("K")).ok());
    REQUIRE(f.workspace->setValue(Entity::AgendaItem, id, QStringLiteral("presenter"), QStringLiteral("Ka")).ok());
    REQUIRE(f.workspace->setValue(Entity::AgendaItem, id, QStringLiteral("presenter"), QStringLiteral("Karim")).ok());
    CHECK(stack->count() == 1);
    stack->undo();
    CHECK(presenter(f, id) == QString());
    stack->redo();
    CHECK(presenter(f, id) == QStringLiteral("Karim"));

    // Another column is another step.
    REQUIRE(f.workspace->setValue(Entity::AgendaItem, id, QStringLiteral("planned_minutes"), 30).ok());
    CHECK(stack->count() == 2);

    // Typing a value back to where it started cancels the step.
    REQUIRE(f.workspace->setValue(Entity::AgendaItem, id, QStringLiteral("planned_minutes"), 15).ok());
    CHECK(stack->count() == 1);
    CHECK(f.workspace->record(Entity::AgendaItem, id)->number(QStringLiteral("planned_minutes")) == 15);
}

TEST_CASE("An edit that changes nothing is not an undo step")
{
    Fixture f;
    REQUIRE(f.workspace->setValue(Entity::AgendaItem, f.itemIds.at(0), QStringLiteral("title_fr"), QStringLiteral("Accueil")).ok());
    REQUIRE(f.workspace->setValue(Entity::AgendaItem, f.itemIds.at(0), QStringLiteral("planned_minutes"), QStringLiteral("15")).ok());
    CHECK(f.workspace->undoStack()->count() == 0);
}

TEST_CASE("A refused edit never enters the undo stack and is reported")
{
    Fixture f;
    QSignalSpy failed(f.workspace.get(), &Workspace::editFailed);
    auto result = f.workspace->setValue(Entity::AgendaItem, f.itemIds.at(0), QStringLiteral("planned_minutes"), 5000);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(QStringLiteral("1440")));
    CHECK(failed.count() == 1);
    CHECK(f.workspace->undoStack()->count() == 0);

    auto dangling = f.workspace->addRecord(Record(Entity::Membership, {{QStringLiteral("council_id"), f.councilId},
                                                                        {QStringLiteral("person_id"), 777}}));
    REQUIRE_FALSE(dangling.ok());
    CHECK(f.workspace->undoStack()->count() == 0);
    CHECK(failed.count() == 2);
    CHECK_FALSE(f.workspace->removeRecord(Entity::Meeting, 999).ok());
    CHECK(f.workspace->undoStack()->count() == 0);
}

TEST_CASE("Add record round trips and keeps its id across redo")
{
    Fixture f;
    QSignalSpy added(f.workspace.get(), &Workspace::recordAdded);
    QSignalSpy removed(f.workspace.get(), &Workspace::recordRemoved);
    Record item(Entity::AgendaItem, {{QStringLiteral("meeting_id"), f.meetingId}, {QStringLiteral("kind"), QStringLiteral("break")}});
    item.setBilingual(QStringLiteral("title"), {QStringLiteral("Pause"), QStringLiteral("Pauze")});
    auto id = f.workspace->addRecord(item);
    REQUIRE(id.ok());
    CHECK(titles(f).last() == QStringLiteral("Pause"));
    REQUIRE(added.count() == 1);
    CHECK(added.at(0).at(1).toLongLong() == id.value());
    CHECK(added.at(0).at(2).toLongLong() == f.meetingId);
    f.workspace->undoStack()->undo();
    CHECK(titles(f).size() == 3);
    CHECK(removed.count() == 1);
    f.workspace->undoStack()->redo();
    CHECK(f.workspace->record(Entity::AgendaItem, id.value()).has_value());
    CHECK(f.workspace->undoStack()->undoText() == QStringLiteral("Add agenda item"));
}

TEST_CASE("Remove record round trips with everything that went with it")
{
    Fixture f;
    const QByteArray before = f.json();
    QSignalSpy removed(f.workspace.get(), &Workspace::recordRemoved);
    REQUIRE(f.workspace->removeRecord(Entity::Council, f.councilId).ok());
    CHECK(f.workspace->records(Entity::Meeting).isEmpty());
    // Children are announced before their parents.
    REQUIRE(removed.count() == 5);
    CHECK(removed.first().at(0).value<Entity>() == Entity::AgendaItem);
    CHECK(removed.last().at(0).value<Entity>() == Entity::Council);
    f.workspace->undoStack()->undo();
    CHECK(f.json() == before);
    f.workspace->undoStack()->redo();
    CHECK(f.workspace->records(Entity::Council).isEmpty());
    f.workspace->undoStack()->undo();
    CHECK(f.json() == before);
}

TEST_CASE("Move record round trips and a move to the same place is no step")
{
    Fixture f;
    QSignalSpy moved(f.workspace.get(), &Workspace::recordMoved);
    REQUIRE(f.workspace->moveRecord(Entity::AgendaItem, f.itemIds.at(0), 2).ok());
    CHECK(titles(f) == QStringList{QStringLiteral("Gouvernance"), QStringLiteral("Ateliers"), QStringLiteral("Accueil")});
    CHECK(moved.count() == 1);
    f.workspace->undoStack()->undo();
    CHECK(titles(f) == QStringList{QStringLiteral("Accueil"), QStringLiteral("Gouvernance"), QStringLiteral("Ateliers")});
    f.workspace->undoStack()->redo();
    CHECK(titles(f).last() == QStringLiteral("Accueil"));
    const int steps = f.workspace->undoStack()->count();
    REQUIRE(f.workspace->moveRecord(Entity::AgendaItem, f.itemIds.at(0), 2).ok());
    REQUIRE(f.workspace->moveRecord(Entity::AgendaItem, f.itemIds.at(0), 99).ok()); // clamped: still last
    CHECK(f.workspace->undoStack()->count() == steps);
    CHECK_FALSE(f.workspace->moveRecord(Entity::Meeting, f.meetingId, 0).ok()); // meetings are ordered by date
}

TEST_CASE("Save As carries on in the copy with the undo history intact")
{
    Fixture f;
    QSignalSpy pathChanged(f.workspace.get(), &Workspace::filePathChanged);
    REQUIRE(f.workspace->setValue(Entity::AgendaItem, f.itemIds.at(0), QStringLiteral("presenter"), QStringLiteral("Wim")).ok());
    const QString copy = f.path(QStringLiteral("kept.quorum"));
    REQUIRE(f.workspace->saveAs(copy).ok());
    CHECK(f.workspace->filePath() == QFileInfo(copy).absoluteFilePath());
    CHECK(pathChanged.count() == 1);
    f.workspace->undoStack()->undo();
    CHECK(presenter(f, f.itemIds.at(0)) == QString());
    // The original file kept its state at the time of the copy and is free again.
    auto original = Workspace::open(f.path(QStringLiteral("test.quorum")));
    REQUIRE(original.ok());
    CHECK(original.value()->record(Entity::AgendaItem, f.itemIds.at(0))->text(QStringLiteral("presenter")) == QStringLiteral("Wim"));
}
