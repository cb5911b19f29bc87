// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "schema.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace Quorum {

class RecordTableModel;
class RecordTableView;
class Workspace;

// The council's own lists (sectors, professions, functions), one tab each: add with both
// names, rename in place, reorder, merge one into another, remove what nobody uses. Every
// change is one undoable step; a refusal is said in the dialog and changes nothing.
class ListsDialog : public QDialog
{
    Q_OBJECT

public:
    ListsDialog(Workspace *workspace, Language language, QWidget *parent = nullptr);
    RecordTableView *view(Entity list) const;
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *newNameFr() const { return m_nameFr; }
    QLineEdit *newNameNl() const { return m_nameNl; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *mergeButton() const { return m_merge; }
    QLabel *message() const { return m_message; }

signals:
    void failed(const QString &message);

private:
    struct Tab
    {
        Entity list;
        RecordTableModel *model;
        RecordTableView *view;
    };
    const Tab &current() const;
    void countUses();
    void add();
    void removeCurrent();
    void mergeCurrent();
    void showMessage(const QString &error);

    Workspace *m_workspace;
    Language m_language;
    QTabWidget *m_tabs;
    QList<Tab> m_lists;
    QHash<int, QHash<qint64, int>> m_uses; // by list (Entity), then entry id
    bool m_countPending = false;
    QLineEdit *m_nameFr;
    QLineEdit *m_nameNl;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_merge;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_message;
};

} // namespace Quorum
