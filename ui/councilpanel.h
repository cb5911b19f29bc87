// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"

#include <QWidget>

class QComboBox;
class QDataWidgetMapper;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace Quorum {

class RecordTableModel;
class RecordTableView;
class Workspace;

// The selected council's identity (kind, names, acronyms, bassin), edited in a form,
// and its subgroups or clusters with their seat ranges.
class CouncilPanel : public QWidget
{
    Q_OBJECT

public:
    CouncilPanel(Workspace *workspace, RecordTableModel *councils, QWidget *parent = nullptr);
    void setCouncilRow(int row);
    void setLanguage(Language language);
    RecordTableView *subgroupsView() const { return m_subgroupsView; }
    RecordTableView *chartersView() const { return m_chartersView; }
    RecordTableModel *charters() const { return m_charters; }

signals:
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCombos();

    RecordTableModel *m_councils;
    QDataWidgetMapper *m_mapper;
    QGroupBox *m_identity;
    QFormLayout *m_form;
    QLineEdit *m_nameFr;
    QLineEdit *m_nameNl;
    QLineEdit *m_acronymFr;
    QLineEdit *m_acronymNl;
    QComboBox *m_kind;
    QComboBox *m_bassin;
    QLabel *m_subgroupsLabel;
    RecordTableModel *m_subgroups;
    RecordTableView *m_subgroupsView;
    QLabel *m_chartersLabel;
    RecordTableModel *m_charters;
    RecordTableView *m_chartersView;
    Language m_language = Language::French;
};

} // namespace Quorum
