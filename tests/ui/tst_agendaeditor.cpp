// SPDX-License-Identifier: GPL-3.0-or-later
// The agenda editor: computed times and the summary under the agenda, kind badges, drag
// and drop reordering, and a new meeting from the structure of another.

#include "uitestsupport.h"

#include "documents/agendapack.h"
#include "kindbadgedelegate.h"
#include "newmeetingdialog.h"

#include <QAction>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QTimer>
#include <QUndoStack>

using namespace Quorum;
using QuorumUiTest::DemoWindow;
using QuorumUiTest::rowIds;

namespace {

// The demo window on the agenda of 13 November 2024 (09:30–12:30, seven items).
struct AgendaWindow : DemoWindow
{
    RecordTableView *view = nullptr;
    RecordTableModel *agenda = nullptr;
    MeetingsPanel *panel = nullptr;
    int start = -1;
    int end = -1;

    AgendaWindow()
    {
        REQUIRE(window.showMeeting(QDate(2024, 11, 13)));
        view = agendaView();
        agenda = view->records();
        panel = window.meetingsPanel();
        REQUIRE(agenda->rowCount() == 7);
        for (int c = 0; c < agenda->columnCount(); ++c) {
            if (!agenda->isComputedColumn(c))
                continue;
            if (agenda->headerData(c, Qt::Horizontal).toString() == u"Start"_qs)
                start = c;
            if (agenda->headerData(c, Qt::Horizontal).toString() == u"End"_qs)
                end = c;
        }
        REQUIRE(start >= 0);
        REQUIRE(end >= 0);
    }

    QString startOf(int row) const { return agenda->index(row, start).data().toString(); }
    QString endOf(int row) const { return agenda->index(row, end).data().toString(); }
    qint64 meetingId() const { return *panel->currentMeetingId(); }
};

// How many pixels of `colour` a delegate paints for `index`.
int paintedPixels(const QStyledItemDelegate &delegate, RecordTableView *view, const QModelIndex &index, const QColor &colour)
{
    QImage image(160, 30, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = image.rect();
    option.widget = view;
    delegate.paint(&painter, option, index);
    painter.end();
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) == colour)
                ++count;
    return count;
}

} // namespace

TEST_CASE("The agenda shows planned start and end times before everything else", "[agenda][ui]")
{
    AgendaWindow w;
    CHECK(w.view->horizontalHeader()->visualIndex(w.start) == 0);
    CHECK(w.view->horizontalHeader()->visualIndex(w.end) == 1);
    const QStringList starts = {u"09:30"_qs, u"09:45"_qs, u"10:00"_qs, u"10:40"_qs, u"11:15"_qs, u"11:30"_qs, u"12:15"_qs};
    for (int row = 0; row < 7; ++row)
        CHECK(w.startOf(row) == starts.at(row));
    CHECK(w.endOf(6) == u"12:30"_qs);
    CHECK(w.agenda->index(5, w.start).data(Qt::ToolTipRole).toString().startsWith(u"6 workshop"_qs));
    // Computed, so not editable: typing on them changes nothing.
    CHECK_FALSE(w.agenda->flags(w.agenda->index(0, w.start)).testFlag(Qt::ItemIsEditable));
    CHECK(w.panel->scheduleSummary()->text() == u"Planned: 3 h 00 min of 3 h 00 min — ends 12:30"_qs);
    CHECK(w.panel->scheduleWarning()->isHidden());
}

TEST_CASE("Planned times and the summary follow edits and their undo", "[agenda][ui]")
{
    AgendaWindow w;
    QUndoStack *stack = w.window.workspace()->undoStack();
    const int minutes = w.agenda->columnOf(u"planned_minutes"_qs);
    REQUIRE(w.agenda->setData(w.agenda->index(0, minutes), 40));
    CHECK(w.endOf(0) == u"10:10"_qs);
    CHECK(w.startOf(1) == u"10:10"_qs);
    CHECK(w.endOf(6) == u"12:55"_qs);
    CHECK(w.panel->scheduleSummary()->text() == u"Planned: 3 h 25 min of 3 h 00 min — ends 12:55"_qs);
    CHECK_FALSE(w.panel->scheduleWarning()->isHidden());
    CHECK(w.panel->scheduleWarning()->text().startsWith(u"Overflows the session end by 25 min"_qs));
    // The part past the end stands out.
    CHECK(w.agenda->index(6, w.end).data(Qt::ForegroundRole).value<QColor>().isValid());
    CHECK_FALSE(w.agenda->index(0, w.end).data(Qt::ForegroundRole).isValid());

    stack->undo();
    CHECK(w.startOf(1) == u"09:45"_qs);
    CHECK(w.panel->scheduleWarning()->isHidden());

    // The meeting's hours move every time.
    REQUIRE(w.window.workspace()->setValue(Entity::Meeting, w.meetingId(), u"start_time"_qs, u"10:00"_qs).ok());
    CHECK(w.startOf(0) == u"10:00"_qs);
    CHECK(w.endOf(6) == u"13:00"_qs);
    CHECK(w.panel->scheduleWarning()->text().startsWith(u"Overflows the session end by 30 min"_qs));
    REQUIRE(w.window.workspace()->setValue(Entity::Meeting, w.meetingId(), u"start_time"_qs, QString()).ok());
    CHECK(w.startOf(1) == u"+0:15"_qs);
    CHECK(w.panel->scheduleWarning()->isHidden());

    // Moving an item by keyboard moves the times, not the items' minutes.
    stack->undo();
    stack->undo();
    w.view->setCurrentIndex(w.agenda->index(2, w.agenda->columnOf(u"title_fr"_qs)));
    w.view->moveDownAction()->trigger();
    CHECK(w.agenda->index(3, w.agenda->columnOf(u"title_fr"_qs)).data().toString()
          == u"Gouvernance (rôle et fonctionnement du Conseil)"_qs);
    CHECK(w.startOf(3) == u"10:35"_qs);
    CHECK(w.endOf(3) == u"11:15"_qs);
}

TEST_CASE("Information discussion and decision items carry a coloured label with their name", "[agenda][ui]")
{
    AgendaWindow w;
    const int kind = w.agenda->columnOf(u"kind"_qs);
    auto *delegate = qobject_cast<KindBadgeDelegate *>(w.view->itemDelegateForColumn(kind));
    REQUIRE(delegate);
    const QModelIndex information = w.agenda->index(2, kind);
    REQUIRE(information.data(Qt::EditRole).toString() == u"information"_qs);
    const QColor blue = agendaKindColour(u"information"_qs);
    CHECK(paintedPixels(*delegate, w.view, information, blue) > 200);
    // The other kinds are plain text: no badge colour at all.
    const QModelIndex welcome = w.agenda->index(0, kind);
    for (const char *code : {"information", "discussion", "decision"})
        CHECK(paintedPixels(*delegate, w.view, welcome, agendaKindColour(QString::fromLatin1(code))) == 0);
    // The label is as wide as its text, so the column never cuts it.
    QStyleOptionViewItem option;
    option.initFrom(w.view);
    QFont bold = w.view->font();
    bold.setBold(true);
    CHECK(delegate->sizeHint(option, information).width() > QFontMetrics(bold).horizontalAdvance(information.data().toString()));
    for (const char *code : {"information", "discussion", "decision"})
        CHECK(agendaKindColour(QString::fromLatin1(code)).lightness() < 140); // dark enough for white text
}

TEST_CASE("A dropped agenda row moves without anything being removed", "[agenda][ui][dragdrop]")
{
    AgendaWindow w;
    w.showActive();
    CHECK(w.view->dragEnabled());
    CHECK(w.view->viewport()->acceptDrops());
    QUndoStack *stack = w.window.workspace()->undoStack();
    const int steps = stack->count();
    const QList<qint64> before = rowIds(*w.agenda);

    // Drag the first item and drop it on the upper edge of the fourth.
    std::unique_ptr<QMimeData> data(w.agenda->mimeData({w.agenda->index(0, 0)}));
    REQUIRE(data);
    const QRect target = w.view->visualRect(w.agenda->index(3, w.agenda->columnOf(u"title_fr"_qs)));
    REQUIRE(target.isValid());
    const QPointF position(target.center().x(), target.top() + 1);
    // As a real drag delivers it: enter (which makes the view the drop target), move, drop.
    QDragEnterEvent enter(position.toPoint(), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.view->viewport(), &enter);
    REQUIRE(enter.isAccepted());
    QDragMoveEvent move(position.toPoint(), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.view->viewport(), &move);
    CHECK(move.isAccepted());
    QDropEvent drop(position, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.view->viewport(), &drop);

    const QList<qint64> after = rowIds(*w.agenda);
    CHECK(after == QList<qint64>{before.at(1), before.at(2), before.at(0), before.at(3), before.at(4), before.at(5), before.at(6)});
    CHECK(stack->count() == steps + 1);
    // Accepted, but told back as no action, so the drag's source never removes the rows it "moved".
    CHECK(drop.isAccepted());
    CHECK(drop.dropAction() == Qt::IgnoreAction);
    CHECK(w.startOf(2) == u"10:25"_qs);
    stack->undo();
    CHECK(rowIds(*w.agenda) == before);

    // Documents are ordered too; people are not.
    CHECK(w.panel->documentsView()->dragEnabled());
    CHECK_FALSE(w.window.membersPanel()->findChild<RecordTableView *>()->dragEnabled());
}

TEST_CASE("A new meeting from this one is created selected and undone in one step", "[agenda][ui][templates]")
{
    AgendaWindow w;
    QUndoStack *stack = w.window.workspace()->undoStack();
    const int steps = stack->count();
    const qint64 source = w.meetingId();
    const int meetings = w.panel->meetingsView()->records()->rowCount();

    QAction *action = w.panel->newFromTemplateAction();
    CHECK(w.panel->meetingsView()->actions().contains(action));
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_D));
    CHECK(action->isEnabled());

    auto created = w.panel->createFromTemplate(source, QDate(2026, 3, 11));
    REQUIRE(created.ok());
    CHECK(w.panel->meetingsView()->records()->rowCount() == meetings + 1);
    CHECK(w.panel->meetingsView()->currentRecordId() == created.value());
    CHECK(w.panel->currentMeetingId() == created.value());
    CHECK(w.agenda->rowCount() == 7);
    CHECK(w.startOf(0) == u"09:30"_qs);
    CHECK(w.panel->workshopsView()->records()->rowCount() == 6);
    CHECK(stack->count() == steps + 1);

    stack->undo();
    CHECK(w.panel->meetingsView()->records()->rowCount() == meetings);
    CHECK_FALSE(w.window.workspace()->record(Entity::Meeting, created.value()));
}

TEST_CASE("The new meeting dialog proposes four months later and creates on Create", "[agenda][ui][templates]")
{
    AgendaWindow w;
    w.showActive();
    {
        NewMeetingDialog dialog(u"13/11/2024"_qs, QDate(2025, 3, 13));
        CHECK(dialog.date() == QDate(2025, 3, 13));
        CHECK(dialog.dateEdit()->calendarPopup());
    }
    const int meetings = w.panel->meetingsView()->records()->rowCount();
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<NewMeetingDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return; // fails below: never seen
        seen = true;
        CHECK(dialog->date() == QDate(2025, 3, 13)); // 13 November 2024 + 4 months
        dialog->dateEdit()->setDate(QDate(2025, 3, 19));
        dialog->accept();
    });
    w.panel->meetingsView()->selectRecord(w.meetingId());
    w.panel->newFromTemplateAction()->trigger();
    CHECK(seen);
    CHECK(w.panel->meetingsView()->records()->rowCount() == meetings + 1);
    const std::optional<Record> meeting = w.window.workspace()->record(Entity::Meeting, *w.panel->currentMeetingId());
    REQUIRE(meeting);
    CHECK(meeting->text(u"date"_qs) == u"2025-03-19"_qs);
    CHECK(meeting->text(u"status"_qs) == u"planned"_qs);
}
