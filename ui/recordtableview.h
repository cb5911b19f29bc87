// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

#include <functional>

class QAction;

namespace Quorum {

class RecordTableModel;

// The table every list of records is edited in. Keyboard first: arrows to move, F2 or
// typing to edit, Insert to add, Delete to remove, Ctrl+Shift+Up/Down to reorder (ordered
// records also by dragging rows); every change goes through the model and so onto the
// undo stack.
class RecordTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTableView(QWidget *parent = nullptr);

    // The RecordTableModel behind the view, through any proxy in between.
    void setRecordModel(QAbstractItemModel *model, RecordTableModel *records);
    RecordTableModel *records() const { return m_records; }
    qint64 currentRecordId() const;
    int currentSourceRow() const;
    void selectRecord(qint64 id);
    // Sizes columns to their contents, capping long texts so the others stay in view.
    void fitColumns();
    // Values a new row starts with when they cannot be fixed defaults (today's date…).
    void setNewRecordValues(std::function<QVariantMap()> values) { m_newRecordValues = std::move(values); }

    QAction *addRecordAction() const { return m_add; }
    QAction *removeRecordAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

signals:
    void currentRecordChanged(qint64 id);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void retranslate();
    void updateActions();
    void addRecord();
    void removeSelected();
    void moveCurrent(int delta);

    RecordTableModel *m_records = nullptr;
    std::function<QVariantMap()> m_newRecordValues;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
};

} // namespace Quorum
