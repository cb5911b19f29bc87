// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QDataWidgetMapper;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace Quorum {

class CompositionNotice;
class RecordTableModel;
class RecordTableView;
class Workspace;

// The selected council's identity (kind, names, acronyms, bassin) and its rules (quorum,
// balance limits, composition, funder's mention), edited in forms; its subgroups or clusters
// with their seat ranges, the composition checked against them, and its charters.
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
    CompositionNotice *composition() const { return m_composition; }
    QPushButton *listsButton() const { return m_listsButton; }
    // How many times a council was loaded (its composition checked, its lists read).
    int councilLoads() const { return m_councilLoads; }

signals:
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCombos();
    void editLists();

    Workspace *m_workspace;
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
    QGroupBox *m_rules;
    QFormLayout *m_rulesForm;
    QComboBox *m_quorumRule;
    QLineEdit *m_maxSectorShare;
    QLineEdit *m_minLanguageShare;
    QLineEdit *m_minBassinShare;
    QLineEdit *m_maxFunctionShare;
    QLineEdit *m_minGenderShare;
    QLineEdit *m_seatCap;
    QCheckBox *m_noOpenSeats;
    QLineEdit *m_funderFr;
    QLineEdit *m_funderNl;
    QPushButton *m_listsButton;
    CompositionNotice *m_composition;
    QLabel *m_subgroupsLabel;
    RecordTableModel *m_subgroups;
    RecordTableView *m_subgroupsView;
    QLabel *m_chartersLabel;
    RecordTableModel *m_charters;
    RecordTableView *m_chartersView;
    Language m_language = Language::French;
    int m_councilLoads = 0;
};

} // namespace Quorum
