// SPDX-License-Identifier: GPL-3.0-or-later
// Editing in the main window's tables: through the model, through the delegate with the
// keyboard, the table shortcuts, refusals, and undo of each.

#include "uitestsupport.h"

#include <QDate>
#include <QLineEdit>
#include <QUndoStack>

using namespace Quorum;
using QuorumUiTest::DemoWindow;
using QuorumUiTest::focus;
using QuorumUiTest::rowIds;

namespace {

QString storedText(const MainWindow &window, Entity entity, qint64 id, const QString &column)
{
    const std::optional<Record> record = window.workspace()->record(entity, id);
    REQUIRE(record);
    return record->text(column);
}

// The line edit the view opened on its current cell, which has the keyboard focus.
QLineEdit *openEditor(RecordTableView *view)
{
    QLineEdit *editor = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            return editor && view->isAncestorOf(editor);
        },
        2000);
    REQUIRE(opened);
    return editor;
}

} // namespace

TEST_CASE("Main window agenda edit through the model is undone and redone", "[mainwindow][editing]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    RecordTableModel *agenda = demo.agendaView()->records();
    const int column = agenda->columnOf(QStringLiteral("title_fr"));
    REQUIRE(column >= 0);
    const QModelIndex cell = agenda->index(0, column);
    const qint64 id = agenda->recordId(0);
    const QString original = storedText(window, Entity::AgendaItem, id, QStringLiteral("title_fr"));
    const QString edited = QStringLiteral("Accueil, café et présentations");
    REQUIRE(original != edited);
    QUndoStack *stack = window.workspace()->undoStack();
    const int steps = stack->count();

    REQUIRE(agenda->setData(cell, edited, Qt::EditRole));
    CHECK(storedText(window, Entity::AgendaItem, id, QStringLiteral("title_fr")) == edited);
    CHECK(cell.data().toString() == edited);
    CHECK(stack->count() == steps + 1);
    CHECK(stack->canUndo());

    stack->undo();
    CHECK(storedText(window, Entity::AgendaItem, id, QStringLiteral("title_fr")) == original);
    CHECK(cell.data().toString() == original);

    stack->redo();
    CHECK(storedText(window, Entity::AgendaItem, id, QStringLiteral("title_fr")) == edited);
    CHECK(cell.data().toString() == edited);
    // The Dutch half was never touched.
    CHECK(storedText(window, Entity::AgendaItem, id, QStringLiteral("title_nl")) == cell.siblingAtColumn(agenda->columnOf(u"title_nl"_qs)).data().toString());
}

TEST_CASE("Main window agenda cell is edited with the keyboard through the delegate", "[mainwindow][editing]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    demo.showActive();
    RecordTableView *view = demo.agendaView();
    RecordTableModel *agenda = view->records();
    const int column = agenda->columnOf(QStringLiteral("title_fr"));
    REQUIRE(column >= 0);
    const int row = 1;
    const qint64 id = agenda->recordId(row);
    const QString original = storedText(window, Entity::AgendaItem, id, QStringLiteral("title_fr"));
    const int steps = window.workspace()->undoStack()->count();
    focus(view);
    view->setCurrentIndex(agenda->index(row, column));

    QString expected;
    SECTION("F2 opens the editor on the current text")
    {
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit *editor = openEditor(view);
        CHECK(editor->text() == original);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Mot de bienvenue"));
        QTest::keyClick(editor, Qt::Key_Return);
        expected = QStringLiteral("Mot de bienvenue");
    }
    SECTION("typing replaces the text")
    {
        QTest::keyClick(view, 'P');
        QLineEdit *editor = openEditor(view);
        QTest::keyClicks(editor, QStringLiteral("ause"));
        QTest::keyClick(editor, Qt::Key_Return);
        expected = QStringLiteral("Pause");
    }
    // The delegate commits on Enter through a queued call.
    CHECK(QTest::qWaitFor([&] { return window.workspace()->undoStack()->count() == steps + 1; }, 2000));
    CHECK(storedText(window, Entity::AgendaItem, id, QStringLiteral("title_fr")) == expected);
    CHECK(agenda->index(row, column).data().toString() == expected);
    // Enter closes the editor and gives the keyboard back to the table.
    CHECK(QTest::qWaitFor([view] { return QApplication::focusWidget() == view; }, 2000));
    CHECK(view->currentIndex() == agenda->index(row, column));

    window.workspace()->undoStack()->undo();
    CHECK(storedText(window, Entity::AgendaItem, id, QStringLiteral("title_fr")) == original);
}

TEST_CASE("Main window refuses an invalid edit with a message", "[mainwindow][editing]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    demo.showActive();
    RecordTableModel *agenda = demo.agendaView()->records();
    const int column = agenda->columnOf(QStringLiteral("planned_minutes"));
    REQUIRE(column >= 0);
    const qint64 id = agenda->recordId(0);
    const QVariant before = window.workspace()->record(Entity::AgendaItem, id)->value(QStringLiteral("planned_minutes"));
    QUndoStack *stack = window.workspace()->undoStack();
    const int steps = stack->count();
    const int index = stack->index();
    REQUIRE(!window.messageBar()->isVisible());

    CHECK_FALSE(agenda->setData(agenda->index(0, column), 5000, Qt::EditRole));
    CHECK(window.workspace()->record(Entity::AgendaItem, id)->value(QStringLiteral("planned_minutes")) == before);
    CHECK(agenda->index(0, column).data(Qt::EditRole) == before);
    CHECK(stack->count() == steps);
    CHECK(stack->index() == index);
    CHECK(window.messageBar()->isVisible());
    CHECK(!window.messageBar()->text().isEmpty());
    CHECK(window.messageBar()->text().contains(u"1440"));

    // The next valid edit goes through as usual.
    REQUIRE(agenda->setData(agenda->index(0, column), 25, Qt::EditRole));
    CHECK(window.workspace()->record(Entity::AgendaItem, id)->number(QStringLiteral("planned_minutes")) == 25);
    CHECK(stack->count() == steps + 1);
}

TEST_CASE("Main window adds and removes a meeting with Insert and Delete", "[mainwindow][editing][keyboard]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    demo.showActive();
    RecordTableView *view = demo.meetingsView();
    RecordTableModel *meetings = view->records();
    QUndoStack *stack = window.workspace()->undoStack();
    const int rows = meetings->rowCount();
    const QList<qint64> before = rowIds(*meetings);
    focus(view);
    view->selectRecord(meetings->recordId(0));

    QTest::keyClick(view, Qt::Key_Insert);
    REQUIRE(meetings->rowCount() == rows + 1);
    const qint64 added = view->currentRecordId();
    CHECK(!before.contains(added));
    CHECK(window.workspace()->record(Entity::Meeting, added)->text(QStringLiteral("date"))
          == QDate::currentDate().toString(Qt::ISODate));
    // The new row opens straight into its first text cell; Escape leaves it as it is.
    QLineEdit *editor = openEditor(view);
    QTest::keyClick(editor, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([view] { return QApplication::focusWidget() == view; }, 2000));
    CHECK(view->currentRecordId() == added);

    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(meetings->rowCount() == rows);
    CHECK(!window.workspace()->record(Entity::Meeting, added));
    CHECK(rowIds(*meetings) == before);

    stack->undo(); // the removal
    CHECK(meetings->rowCount() == rows + 1);
    CHECK(window.workspace()->record(Entity::Meeting, added));
    stack->undo(); // the addition
    CHECK(meetings->rowCount() == rows);
    CHECK(rowIds(*meetings) == before);
}

TEST_CASE("Main window removes an agenda item with Delete and undo restores it", "[mainwindow][editing][keyboard]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    demo.showActive();
    RecordTableView *view = demo.agendaView();
    RecordTableModel *agenda = view->records();
    const QList<qint64> before = rowIds(*agenda);
    const qint64 removed = before.at(1);
    const Record record = *window.workspace()->record(Entity::AgendaItem, removed);
    focus(view);
    view->selectRecord(removed);

    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(agenda->rowCount() == before.size() - 1);
    CHECK(agenda->rowOfId(removed) < 0);
    CHECK(!window.workspace()->record(Entity::AgendaItem, removed));
    // The items after it moved up one place.
    CHECK(window.workspace()->record(Entity::AgendaItem, before.at(2))->position() == 1);

    window.workspace()->undoStack()->undo();
    CHECK(rowIds(*agenda) == before);
    CHECK(window.workspace()->record(Entity::AgendaItem, removed) == record);
}

// Insert adds an item titled in both languages and opens its French title for typing.
TEST_CASE("Main window adds an agenda item with Insert", "[mainwindow][editing][keyboard]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    demo.showActive();
    RecordTableView *view = demo.agendaView();
    RecordTableModel *agenda = view->records();
    const int rows = agenda->rowCount();
    const int steps = window.workspace()->undoStack()->count();
    focus(view);
    view->selectRecord(agenda->recordId(0));

    QTest::keyClick(view, Qt::Key_Insert);
    INFO("message: " << window.messageBar()->text().toStdString());
    CHECK(agenda->rowCount() == rows + 1);
    CHECK(window.workspace()->undoStack()->count() == steps + 1);
    CHECK(!window.messageBar()->isVisible());
    const Record &added = agenda->recordAt(agenda->rowCount() - 1);
    CHECK(added.bilingual(QStringLiteral("title")) == BilingualText{QStringLiteral("Nouveau point"), QStringLiteral("Nieuw agendapunt")});
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    CHECK(editor->text() == QStringLiteral("Nouveau point"));
    CHECK(view->currentIndex().column() == agenda->columnOf(QStringLiteral("title_fr")));
}

TEST_CASE("Main window moves an agenda item down and undo restores the order", "[mainwindow][editing]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    demo.showActive();
    RecordTableView *view = demo.agendaView();
    RecordTableModel *agenda = view->records();
    const QList<qint64> before = rowIds(*agenda);
    QList<qint64> swapped = before;
    swapped.swapItemsAt(0, 1);
    focus(view);
    view->selectRecord(before.at(0));
    CHECK(!view->moveUpAction()->isEnabled());
    REQUIRE(view->moveDownAction()->isEnabled());

    view->moveDownAction()->trigger();
    CHECK(rowIds(*agenda) == swapped);
    CHECK(window.workspace()->record(Entity::AgendaItem, before.at(0))->position() == 1);
    CHECK(window.workspace()->record(Entity::AgendaItem, before.at(1))->position() == 0);
    // The moved item stays the current one, so pressing again keeps moving it.
    CHECK(view->currentRecordId() == before.at(0));
    CHECK(view->currentSourceRow() == 1);

    window.workspace()->undoStack()->undo();
    CHECK(rowIds(*agenda) == before);
    CHECK(window.workspace()->record(Entity::AgendaItem, before.at(0))->position() == 0);

    // The same with the keyboard, from the last item upwards.
    view->selectRecord(before.last());
    CHECK(!view->moveDownAction()->isEnabled());
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QList<qint64> raised = before;
    raised.swapItemsAt(before.size() - 1, before.size() - 2);
    CHECK(rowIds(*agenda) == raised);
    window.workspace()->undoStack()->undo();
    CHECK(rowIds(*agenda) == before);
}

TEST_CASE("Main window undoes with Ctrl+Z in the workspace opened last", "[mainwindow][editing][keyboard]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    demo.showActive();
    // A second demo replaces the first: the key must now act on the new workspace's edits.
    REQUIRE(window.openDemo());
    RecordTableView *view = demo.agendaView();
    RecordTableModel *agenda = view->records();
    const int column = agenda->columnOf(QStringLiteral("presenter"));
    REQUIRE(column >= 0);
    const qint64 id = agenda->recordId(0);
    const QString original = storedText(window, Entity::AgendaItem, id, QStringLiteral("presenter"));
    const QString edited = QStringLiteral("Youssef El Amrani");
    REQUIRE(original != edited);
    focus(view);
    REQUIRE(agenda->setData(agenda->index(0, column), edited, Qt::EditRole));
    REQUIRE(storedText(window, Entity::AgendaItem, id, QStringLiteral("presenter")) == edited);

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(storedText(window, Entity::AgendaItem, id, QStringLiteral("presenter")) == original);
    CHECK(agenda->index(0, column).data().toString() == original);
    CHECK(window.workspace()->undoStack()->canRedo());

    // Nothing left to undo: a second press changes nothing.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(storedText(window, Entity::AgendaItem, id, QStringLiteral("presenter")) == original);
}

// Both the platform's redo key and the usual alternative redo.
TEST_CASE("Main window redoes with Ctrl+Y and Ctrl+Shift+Z", "[mainwindow][editing][keyboard]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    demo.showActive();
    RecordTableView *view = demo.agendaView();
    RecordTableModel *agenda = view->records();
    const int column = agenda->columnOf(QStringLiteral("presenter"));
    REQUIRE(column >= 0);
    const qint64 id = agenda->recordId(0);
    const QString edited = QStringLiteral("Youssef El Amrani");
    focus(view);
    REQUIRE(agenda->setData(agenda->index(0, column), edited, Qt::EditRole));

    for (const QKeyCombination &key : {QKeyCombination(Qt::ControlModifier, Qt::Key_Y),
                                       QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)}) {
        INFO("redo with " << QKeySequence(key).toString().toStdString());
        window.workspace()->undoStack()->undo();
        REQUIRE(storedText(window, Entity::AgendaItem, id, QStringLiteral("presenter")) != edited);
        QTest::keyClick(view, key.key(), key.keyboardModifiers());
        CHECK(storedText(window, Entity::AgendaItem, id, QStringLiteral("presenter")) == edited);
    }
}
