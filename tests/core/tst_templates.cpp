// SPDX-License-Identifier: GPL-3.0-or-later
// Agenda templates: a new session from the structure of a previous one, as one undoable step.

#include "catchqt.h"
#include "demoworkspace.h"

#include "commands/recordcommands.h"
#include "templates.h"

#include <QUndoStack>

using namespace Quorum;
using QuorumTest::DemoWorkspace;

namespace {

const QDate newDate(2025, 11, 19);

// Every record a meeting owns, for comparing before and after.
QList<Record> meetingTree(Workspace &workspace, qint64 meetingId)
{
    QList<Record> tree;
    if (auto meeting = workspace.record(Entity::Meeting, meetingId))
        tree << *meeting;
    for (const Record &item : workspace.records(Entity::AgendaItem, meetingId)) {
        tree << item;
        tree << workspace.records(Entity::Document, item.id);
    }
    tree << workspace.records(Entity::Workshop, meetingId);
    return tree;
}

qint64 total(Workspace &workspace)
{
    qint64 count = 0;
    for (Entity entity : allEntities)
        count += workspace.records(entity).size();
    return count;
}

} // namespace

TEST_CASE("A meeting from a template copies the structure of the source", "[templates]")
{
    DemoWorkspace demo;
    Workspace &workspace = *demo.workspace;
    const Record source = demo.november2024();
    // Live notes were taken: they belong to that session and must not follow.
    const QList<Record> sourceItems = workspace.records(Entity::AgendaItem, source.id);
    REQUIRE(sourceItems.size() == 7);
    REQUIRE(workspace.setValue(Entity::AgendaItem, sourceItems.at(2).id, u"live_notes_fr"_qs, u"Dit en séance"_qs).ok());

    int highestSession = 0;
    for (const Record &m : workspace.records(Entity::Meeting, source.number(u"council_id"_qs)))
        highestSession = qMax(highestSession, int(m.number(u"session_number"_qs)));

    auto created = createMeetingFromTemplate(workspace, source.id, newDate);
    REQUIRE(created.ok());
    const std::optional<Record> meeting = workspace.record(Entity::Meeting, created.value());
    REQUIRE(meeting);
    CHECK(meeting->number(u"council_id"_qs) == source.number(u"council_id"_qs));
    CHECK(meeting->text(u"date"_qs) == u"2025-11-19"_qs);
    CHECK(meeting->text(u"status"_qs) == u"planned"_qs);
    CHECK(meeting->number(u"session_number"_qs) == highestSession + 1);
    for (const char *column : {"start_time", "end_time", "place_fr", "place_nl", "objectives_fr", "objectives_nl"})
        CHECK(meeting->value(QString::fromLatin1(column)) == source.value(QString::fromLatin1(column)));

    const QList<Record> items = workspace.records(Entity::AgendaItem, meeting->id);
    REQUIRE(items.size() == sourceItems.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        INFO("item " << i);
        for (const char *column : {"kind", "title_fr", "title_nl", "planned_minutes", "presenter", "notes_fr", "notes_nl"})
            CHECK(items.at(i).value(QString::fromLatin1(column)) == sourceItems.at(i).value(QString::fromLatin1(column)));
        CHECK(items.at(i).position() == int(i));
        CHECK(items.at(i).text(u"live_notes_fr"_qs).isEmpty());
        CHECK(items.at(i).text(u"live_notes_nl"_qs).isEmpty());
        CHECK(workspace.records(Entity::Document, items.at(i).id).isEmpty());
    }

    const QList<Record> sourceWorkshops = workspace.records(Entity::Workshop, source.id);
    const QList<Record> workshops = workspace.records(Entity::Workshop, meeting->id);
    REQUIRE(sourceWorkshops.size() == 6);
    REQUIRE(workshops.size() == sourceWorkshops.size());
    for (qsizetype i = 0; i < workshops.size(); ++i) {
        INFO("workshop " << i);
        for (const char *column : {"theme_fr", "theme_nl", "questions_fr", "questions_nl", "room", "capacity"})
            CHECK(workshops.at(i).value(QString::fromLatin1(column)) == sourceWorkshops.at(i).value(QString::fromLatin1(column)));
        CHECK(workshops.at(i).text(u"facilitator"_qs).isEmpty());
    }
}

TEST_CASE("Undo removes the whole new meeting in one step and redo restores it with the same ids", "[templates]")
{
    DemoWorkspace demo;
    Workspace &workspace = *demo.workspace;
    const Record source = demo.november2024();
    QUndoStack *stack = workspace.undoStack();
    const int steps = stack->count();
    const qint64 before = total(workspace);

    auto created = createMeetingFromTemplate(workspace, source.id, newDate);
    REQUIRE(created.ok());
    const QList<Record> tree = meetingTree(workspace, created.value());
    CHECK(tree.size() == 1 + 7 + 6);
    CHECK(total(workspace) == before + tree.size());
    CHECK(stack->count() == steps + 1);
    CHECK(stack->undoText().startsWith(u"New meeting on "_qs));

    stack->undo();
    CHECK(total(workspace) == before);
    CHECK_FALSE(workspace.record(Entity::Meeting, created.value()));

    stack->redo();
    CHECK(meetingTree(workspace, created.value()) == tree); // same ids, same values, same order
    CHECK(total(workspace) == before + tree.size());
}

TEST_CASE("A template leaves its source meeting untouched", "[templates]")
{
    DemoWorkspace demo;
    Workspace &workspace = *demo.workspace;
    const Record source = demo.november2024();
    const QList<Record> sourceTree = meetingTree(workspace, source.id);
    REQUIRE(sourceTree.size() > 10);

    auto created = createMeetingFromTemplate(workspace, source.id, newDate);
    REQUIRE(created.ok());
    CHECK(created.value() != source.id);
    CHECK(meetingTree(workspace, source.id) == sourceTree);
    workspace.undoStack()->undo();
    CHECK(meetingTree(workspace, source.id) == sourceTree);
    workspace.undoStack()->redo();
    CHECK(meetingTree(workspace, source.id) == sourceTree);
}

TEST_CASE("A template of a meeting without agenda gives an empty planned meeting", "[templates]")
{
    DemoWorkspace demo;
    Workspace &workspace = *demo.workspace;
    const Record source = demo.november2024();
    Record bare(Entity::Meeting, {{u"council_id"_qs, source.number(u"council_id"_qs)}, {u"date"_qs, u"2026-01-10"_qs}});
    auto bareId = workspace.addRecord(bare);
    REQUIRE(bareId.ok());
    auto created = createMeetingFromTemplate(workspace, bareId.value(), QDate(2026, 5, 10));
    REQUIRE(created.ok());
    const std::optional<Record> meeting = workspace.record(Entity::Meeting, created.value());
    REQUIRE(meeting);
    CHECK(meeting->value(u"start_time"_qs).isNull());
    CHECK(workspace.records(Entity::AgendaItem, created.value()).isEmpty());
    CHECK(workspace.records(Entity::Workshop, created.value()).isEmpty());
}

TEST_CASE("A template of a missing meeting or without a date is refused", "[templates]")
{
    DemoWorkspace demo;
    Workspace &workspace = *demo.workspace;
    QUndoStack *stack = workspace.undoStack();
    const int steps = stack->count();
    const qint64 before = total(workspace);

    auto missing = createMeetingFromTemplate(workspace, 987654, newDate);
    CHECK_FALSE(missing.ok());
    CHECK(missing.error() == u"The meeting to start from no longer exists."_qs);
    auto undated = createMeetingFromTemplate(workspace, demo.november2024().id, QDate());
    CHECK_FALSE(undated.ok());
    CHECK(stack->count() == steps);
    CHECK(total(workspace) == before);
}

TEST_CASE("A follow-up session is proposed four months later", "[templates]")
{
    const auto [from, to] = GENERATE(table<const char *, const char *>(
        {{"2024-11-13", "2025-03-13"}, {"2024-10-31", "2025-02-28"}, {"2025-07-02", "2025-11-02"}, {"2023-10-29", "2024-02-29"}}));
    CHECK(suggestedFollowUpDate(QDate::fromString(QString::fromLatin1(from), Qt::ISODate))
          == QDate::fromString(QString::fromLatin1(to), Qt::ISODate));
}

TEST_CASE("A half-done step taken back leaves nothing to undo or redo", "[templates]")
{
    DemoWorkspace demo;
    Workspace &workspace = *demo.workspace;
    QUndoStack *stack = workspace.undoStack();
    const Record source = demo.november2024();
    const qint64 before = total(workspace);
    const int steps = stack->count();
    {
        EditStep step(workspace, u"Half done"_qs);
        auto added = workspace.addRecord(Record(Entity::Meeting, {{u"council_id"_qs, source.number(u"council_id"_qs)},
                                                                  {u"date"_qs, u"2027-01-01"_qs}}));
        REQUIRE(added.ok());
        CHECK(total(workspace) == before + 1);
        step.fail(u"refused further on"_qs);
    }
    CHECK(total(workspace) == before);
    CHECK(stack->count() == steps);
    CHECK_FALSE(stack->canRedo());
}
