// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtableview.h"

#include "choicedelegate.h"
#include "models/recordtablemodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDropEvent>
#include <QEvent>
#include <QHeaderView>

namespace Quorum {
namespace {

QModelIndex toSource(const QAbstractItemModel *viewModel, const QModelIndex &index)
{
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(viewModel))
        return proxy->mapToSource(index);
    return index;
}

QModelIndex fromSource(const QAbstractItemModel *viewModel, const QModelIndex &index)
{
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(viewModel))
        return proxy->mapFromSource(index);
    return index;
}

} // namespace

RecordTableView::RecordTableView(QWidget *parent)
    : QTableView(parent), m_add(new QAction(this)), m_remove(new QAction(this)), m_moveUp(new QAction(this)),
      m_moveDown(new QAction(this))
{
    setItemDelegate(new ChoiceDelegate(this));
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    // Column widths come from the first rows only: measuring thousands of members would
    // cost more than it tells.
    horizontalHeader()->setResizeContentsPrecision(60);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->hide();

    // Shortcuts work while the table has focus, so two tables on one page do not fight.
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_remove->setShortcut(QKeySequence::Delete);
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    for (QAction *action : {m_add, m_remove, m_moveUp, m_moveDown}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_add, &QAction::triggered, this, &RecordTableView::addRecord);
    connect(m_remove, &QAction::triggered, this, &RecordTableView::removeSelected);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(1); });
    setContextMenuPolicy(Qt::ActionsContextMenu);
    retranslate();
    updateActions();
}

void RecordTableView::setRecordModel(QAbstractItemModel *model, RecordTableModel *records)
{
    m_records = records;
    setModel(model);
    const bool ordered = entitySpec(records->entity()).ordered;
    m_moveUp->setVisible(ordered);
    m_moveDown->setVisible(ordered);
    // Ordered records reorder by dragging rows within the table, as by Ctrl+Shift+Up/Down.
    setDragEnabled(ordered);
    setAcceptDrops(ordered);
    viewport()->setAcceptDrops(ordered);
    setDropIndicatorShown(ordered);
    setDragDropOverwriteMode(false);
    // DragDrop rather than InternalMove: the model itself refuses what is not a reordering
    // of this very list, and drops reach it whatever their source.
    setDragDropMode(ordered ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
    setDefaultDropAction(Qt::MoveAction);
    connect(records, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        emit currentRecordChanged(currentRecordId());
    });
    connect(records, &QAbstractItemModel::rowsInserted, this, &RecordTableView::updateActions);
    connect(records, &QAbstractItemModel::rowsRemoved, this, &RecordTableView::updateActions);
    updateActions();
}

void RecordTableView::fitColumns()
{
    resizeColumnsToContents();
    // Long texts stay readable without pushing the other columns off screen.
    for (int c = 0; c < horizontalHeader()->count(); ++c)
        if (columnWidth(c) > 280)
            setColumnWidth(c, 280);
}

qint64 RecordTableView::currentRecordId() const
{
    const int row = currentSourceRow();
    return m_records && row >= 0 ? m_records->recordId(row) : 0;
}

int RecordTableView::currentSourceRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? toSource(model(), current).row() : -1;
}

void RecordTableView::selectRecord(qint64 id)
{
    if (!m_records)
        return;
    const int row = m_records->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = fromSource(model(), m_records->index(row, 0));
    setCurrentIndex(index);
    scrollTo(index);
}

void RecordTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (current.row() != previous.row())
        emit currentRecordChanged(currentRecordId());
    updateActions();
}

void RecordTableView::dropEvent(QDropEvent *event)
{
    QTableView::dropEvent(event);
    // The model has moved the records itself, as one undoable step. Reported back as a
    // move, the drag would then remove the "source" rows (QAbstractItemView::startDrag):
    // the drop stays accepted but reports no action. (A copy is refused by setDropAction()
    // when the drag offered only a move.)
    if (event->isAccepted() && event->dropAction() == Qt::MoveAction)
        event->setDropAction(Qt::IgnoreAction);
}

void RecordTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableView::changeEvent(event);
}

void RecordTableView::retranslate()
{
    m_add->setText(tr("&Add"));
    m_add->setToolTip(tr("Add a row (Insert)"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the selected rows (Delete); Undo brings them back"));
    m_moveUp->setText(tr("Move &up"));
    m_moveDown->setText(tr("Move &down"));
}

void RecordTableView::updateActions()
{
    const bool hasCurrent = currentIndex().isValid();
    m_add->setEnabled(m_records && (entitySpec(m_records->entity()).parentField.isEmpty() || m_records->parentId()));
    m_remove->setEnabled(hasCurrent);
    m_moveUp->setEnabled(hasCurrent && currentSourceRow() > 0);
    m_moveDown->setEnabled(hasCurrent && m_records && currentSourceRow() < m_records->rowCount() - 1);
}

void RecordTableView::addRecord()
{
    if (!m_records)
        return;
    auto added = m_records->addRecord(m_newRecordValues ? m_newRecordValues() : QVariantMap());
    if (!added) {
        emit failed(added.error());
        return;
    }
    selectRecord(added.value());
    // Straight into the first editable text, so "Insert, type, Enter" adds a row.
    for (int c = 0; c < m_records->columnCount(); ++c) {
        const auto type = FieldType(m_records->index(0, c).data(RecordTableModel::FieldTypeRole).toInt());
        if (type == FieldType::Text && !isColumnHidden(c) && !m_records->isComputedColumn(c)) {
            const QModelIndex index = fromSource(model(), m_records->index(m_records->rowOfId(added.value()), c));
            setCurrentIndex(index);
            edit(index);
            break;
        }
    }
}

void RecordTableView::removeSelected()
{
    if (!m_records)
        return;
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(toSource(model(), index).row());
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentSourceRow());
    QList<qint64> ids;
    for (int row : rows)
        ids.append(m_records->recordId(row));
    if (auto removed = m_records->removeRecords(ids); !removed)
        emit failed(removed.error());
}

void RecordTableView::moveCurrent(int delta)
{
    const int row = currentSourceRow();
    if (!m_records || row < 0)
        return;
    const qint64 id = m_records->recordId(row);
    const int column = currentIndex().column();
    if (auto moved = m_records->moveRow(row, row + delta); !moved) {
        emit failed(moved.error());
        return;
    }
    const int newRow = m_records->rowOfId(id);
    setCurrentIndex(fromSource(model(), m_records->index(newRow, column)));
}

} // namespace Quorum
