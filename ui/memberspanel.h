// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "record.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;

namespace Quorum {

class CompositionNotice;
class RecordTableModel;
class RecordTableView;
class Workspace;

// The members of the selected council: each row is a membership showing its person,
// with type-ahead filtering across every column.
class MembersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MembersPanel(Workspace *workspace, QWidget *parent = nullptr);
    void setCouncil(std::optional<qint64> councilId);
    void setLanguage(Language language);
    RecordTableView *view() const { return m_view; }
    CompositionNotice *composition() const { return m_composition; }
    RecordTableModel *model() const { return m_members; }
    QAction *eraseAction() const { return m_eraseAction; }
    QAction *exportPersonalDataAction() const { return m_exportPersonalDataAction; }
    QAction *addExistingAction() const { return m_addExistingAction; }

signals:
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();
    void addMember();
    std::optional<Record> currentPerson() const; // of the selected membership row
    void eraseCurrentPerson();
    void exportCurrentPerson();
    void addExistingPerson();

    Workspace *m_workspace;
    QLineEdit *m_filter;
    QAction *m_eraseAction = nullptr;
    QAction *m_exportPersonalDataAction = nullptr;
    QAction *m_addExistingAction = nullptr;
    QLabel *m_count;
    RecordTableModel *m_members;
    QSortFilterProxyModel *m_proxy;
    RecordTableView *m_view;
    CompositionNotice *m_composition = nullptr;
};

} // namespace Quorum
