// SPDX-License-Identifier: GPL-3.0-or-later
// RecordTableModel's generic parts used by the agenda editor: reordering ordered records by
// drag and drop (through the workspace, so undoable) and read-only computed columns.

#include "catchqt.h"
#include "testworkspace.h"

#include "models/recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

#include <memory>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QList<ModelColumn> agendaColumns()
{
    return {{QStringLiteral("kind"), {}}, {QStringLiteral("title_fr"), {}}, {QStringLiteral("planned_minutes"), {}}};
}

QStringList titles(const RecordTableModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 1).data().toString();
    return result;
}

QStringList storedTitles(Workspace &workspace, qint64 meetingId)
{
    QStringList result;
    for (const Record &item : workspace.records(Entity::AgendaItem, meetingId))
        result << item.text(QStringLiteral("title_fr"));
    return result;
}

std::unique_ptr<QMimeData> drag(const RecordTableModel &model, QList<int> rows)
{
    QModelIndexList indexes;
    for (int row : rows)
        for (int column = 0; column < model.columnCount(); ++column)
            indexes << model.index(row, column); // a row selection: every cell of the row
    return std::unique_ptr<QMimeData>(model.mimeData(indexes));
}

// The fixture's three items and two more: Accueil, Gouvernance, Ateliers, Pause, Lunch.
struct AgendaFixture : Fixture
{
    AgendaFixture()
    {
        for (const char *title : {"Pause", "Lunch"}) {
            Record item(Entity::AgendaItem, {{QStringLiteral("meeting_id"), meetingId}});
            item.setBilingual(QStringLiteral("title"), {QString::fromLatin1(title), QString::fromLatin1(title)});
            itemIds << workspace->storage().insert(item).value();
        }
    }
};

const QStringList original = {QStringLiteral("Accueil"), QStringLiteral("Gouvernance"), QStringLiteral("Ateliers"),
                              QStringLiteral("Pause"), QStringLiteral("Lunch")};

} // namespace

TEST_CASE("Dragged agenda rows drop in a new place as one undoable step", "[models][dragdrop]")
{
    AgendaFixture f;
    RecordTableModel model(f.workspace.get(), Entity::AgendaItem, agendaColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setParentId(f.meetingId);
    REQUIRE(titles(model) == original);
    CHECK(model.supportedDropActions() == Qt::MoveAction);
    CHECK(model.mimeTypes() == QStringList{RecordTableModel::recordsMimeType()});
    CHECK(model.flags(model.index(0, 1)).testFlag(Qt::ItemIsDragEnabled));
    CHECK(model.flags(QModelIndex()).testFlag(Qt::ItemIsDropEnabled));

    QUndoStack *stack = f.workspace->undoStack();
    const int steps = stack->count();
    const auto data = drag(model, {0});
    REQUIRE(data);
    CHECK(data->hasFormat(RecordTableModel::recordsMimeType()));
    REQUIRE(model.canDropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));

    const QStringList moved = {QStringLiteral("Gouvernance"), QStringLiteral("Ateliers"), QStringLiteral("Accueil"),
                               QStringLiteral("Pause"), QStringLiteral("Lunch")};
    CHECK(titles(model) == moved);
    CHECK(storedTitles(*f.workspace, f.meetingId) == moved);
    CHECK(stack->count() == steps + 1);
    CHECK(stack->undoText() == QStringLiteral("Move agenda item"));

    stack->undo();
    CHECK(titles(model) == original);
    CHECK(storedTitles(*f.workspace, f.meetingId) == original);
    stack->redo();
    CHECK(titles(model) == moved);
}

TEST_CASE("Several dragged rows move together in their order", "[models][dragdrop]")
{
    AgendaFixture f;
    RecordTableModel model(f.workspace.get(), Entity::AgendaItem, agendaColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setParentId(f.meetingId);
    QUndoStack *stack = f.workspace->undoStack();
    const int steps = stack->count();

    const auto [rows, before, expected] = GENERATE(table<QList<int>, int, QStringList>({
        {{0, 2}, 4, {u"Gouvernance"_qs, u"Pause"_qs, u"Accueil"_qs, u"Ateliers"_qs, u"Lunch"_qs}},
        {{3, 4}, 0, {u"Pause"_qs, u"Lunch"_qs, u"Accueil"_qs, u"Gouvernance"_qs, u"Ateliers"_qs}},
        {{1, 4}, 5, {u"Accueil"_qs, u"Ateliers"_qs, u"Pause"_qs, u"Gouvernance"_qs, u"Lunch"_qs}},
        {{0, 4}, 2, {u"Gouvernance"_qs, u"Accueil"_qs, u"Lunch"_qs, u"Ateliers"_qs, u"Pause"_qs}},
    }));
    const auto data = drag(model, rows);
    REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, before, 0, {}));
    CHECK(titles(model) == expected);
    CHECK(storedTitles(*f.workspace, f.meetingId) == expected);
    // One step, whatever the number of records that moved.
    CHECK(stack->count() == steps + 1);
    stack->undo();
    CHECK(titles(model) == original);
    CHECK(storedTitles(*f.workspace, f.meetingId) == original);
}

TEST_CASE("A drop onto a row places the dragged rows before it", "[models][dragdrop]")
{
    AgendaFixture f;
    RecordTableModel model(f.workspace.get(), Entity::AgendaItem, agendaColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setParentId(f.meetingId);
    const auto data = drag(model, {4});
    REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(1, 2)));
    CHECK(titles(model) == QStringList{u"Accueil"_qs, u"Lunch"_qs, u"Gouvernance"_qs, u"Ateliers"_qs, u"Pause"_qs});
}

TEST_CASE("A drop where the rows already are changes nothing", "[models][dragdrop]")
{
    AgendaFixture f;
    RecordTableModel model(f.workspace.get(), Entity::AgendaItem, agendaColumns());
    model.setParentId(f.meetingId);
    QUndoStack *stack = f.workspace->undoStack();
    const int steps = stack->count();
    const auto [rows, before] = GENERATE(table<QList<int>, int>({{{1}, 1}, {{1}, 2}, {{1, 2}, 1}, {{3, 4}, 5}}));
    const auto data = drag(model, rows);
    CHECK(model.dropMimeData(data.get(), Qt::MoveAction, before, 0, {}));
    CHECK(titles(model) == original);
    CHECK(stack->count() == steps);
}

TEST_CASE("Drops from another list or of another kind are refused", "[models][dragdrop]")
{
    AgendaFixture f;
    RecordTableModel model(f.workspace.get(), Entity::AgendaItem, agendaColumns());
    model.setParentId(f.meetingId);

    // Another meeting's agenda: records do not change meeting by a drop.
    const qint64 otherMeeting = f.workspace->storage()
                                    .insert(Record(Entity::Meeting, {{u"council_id"_qs, f.councilId}, {u"date"_qs, u"2025-03-12"_qs}}))
                                    .value();
    Record item(Entity::AgendaItem, {{u"meeting_id"_qs, otherMeeting}});
    item.setBilingual(u"title"_qs, {u"Ailleurs"_qs, u"Elders"_qs});
    (void)f.workspace->storage().insert(item).value();
    RecordTableModel other(f.workspace.get(), Entity::AgendaItem, agendaColumns());
    other.setParentId(otherMeeting);
    const auto foreign = drag(other, {0});
    CHECK_FALSE(model.canDropMimeData(foreign.get(), Qt::MoveAction, 0, 0, {}));
    CHECK_FALSE(model.dropMimeData(foreign.get(), Qt::MoveAction, 0, 0, {}));

    // A copy is not a reordering, and text is not a record.
    const auto own = drag(model, {0});
    CHECK_FALSE(model.dropMimeData(own.get(), Qt::CopyAction, 3, 0, {}));
    QMimeData text;
    text.setText(u"Accueil"_qs);
    CHECK_FALSE(model.dropMimeData(&text, Qt::MoveAction, 3, 0, {}));
    CHECK(titles(model) == original);

    // People are listed by name, not ordered: nothing to drag.
    RecordTableModel people(f.workspace.get(), Entity::Person, {{u"name"_qs, {}}});
    CHECK(people.mimeTypes().isEmpty());
    CHECK(people.supportedDropActions() == Qt::IgnoreAction);
    CHECK_FALSE(people.flags(QModelIndex()).testFlag(Qt::ItemIsDropEnabled));
}

TEST_CASE("Computed columns are read only and refresh on request", "[models][computed]")
{
    AgendaFixture f;
    RecordTableModel model(f.workspace.get(), Entity::AgendaItem, agendaColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setParentId(f.meetingId);
    int generation = 1;
    const int column = model.addComputedColumn(
        {[] { return u"Start"_qs; },
         [&](int row, int role) -> QVariant {
             if (role != Qt::DisplayRole)
                 return {};
             return QStringLiteral("%1/%2").arg(row).arg(generation);
         }});
    CHECK(column == 3);
    CHECK(model.columnCount() == 4);
    CHECK(model.isComputedColumn(column));
    CHECK_FALSE(model.isComputedColumn(1));
    CHECK(model.headerData(column, Qt::Horizontal).toString() == u"Start"_qs);
    CHECK(model.index(2, column).data().toString() == u"2/1"_qs);
    CHECK(model.index(2, column).data(RecordTableModel::RecordIdRole).toLongLong() == f.itemIds.at(2));
    CHECK_FALSE(model.index(2, column).data(RecordTableModel::FieldTypeRole).isValid());
    CHECK_FALSE(model.flags(model.index(2, column)).testFlag(Qt::ItemIsEditable));
    CHECK(model.flags(model.index(2, 1)).testFlag(Qt::ItemIsEditable));

    const int steps = f.workspace->undoStack()->count();
    CHECK_FALSE(model.setData(model.index(2, column), u"10:00"_qs));
    CHECK(f.workspace->undoStack()->count() == steps);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    generation = 2;
    model.refreshComputedColumns();
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).value<QModelIndex>() == model.index(0, column));
    CHECK(changed.at(0).at(1).value<QModelIndex>() == model.index(4, column));
    CHECK(model.index(2, column).data().toString() == u"2/2"_qs);

    // Stored columns keep working beside it, and rows added later show computed values.
    REQUIRE(model.addRecord({{u"title_fr"_qs, u"Clôture"_qs}}).ok());
    CHECK(model.index(5, column).data().toString() == u"5/2"_qs);
}
