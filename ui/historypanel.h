// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "decisions/history.h"
#include "result.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace Quorum {

class Workspace;

// The history of strategic choices: every decision of the workspace, across meetings and
// councils, searched by any word (accents and case aside) and filtered by council, theme
// and period; the selected decision in full, with its objections and counter-proposals.
// Exports what is shown as JSON, Markdown or PDF, like `quorum decisions`.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(Workspace *workspace, QWidget *parent = nullptr);
    void setLanguage(Language language);
    void setCouncil(qint64 councilId); // the filter's default: the council chosen in the list
    void reload();

    QLineEdit *searchField() const { return m_search; }
    QComboBox *councilBox() const { return m_council; }
    QComboBox *themeBox() const { return m_theme; }
    QTableWidget *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    DecisionHistoryFilter filter() const;
    Result<void> exportTo(const QString &path) const;
    // How many times the decisions were read from the workspace: what lazy loading saves.
    int readings() const { return m_readings; }
    // How many times the council and theme filters were filled (each reads every theme).
    int filterFillings() const { return m_fillings; }

signals:
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillFilters();
    void selectCouncil(qint64 councilId);
    void scheduleReload(); // records changed: shown, reads again once the step is complete
    void applyFilter();    // reads the decisions again (council, period, or records changed)
    void narrow();         // filters what was read by the words and theme typed
    void readDecisions();
    void fillTable(qint64 keepVoteId); // selects that decision if shown, else the latest
    void showDetails();
    void exportWithDialog();

    Workspace *m_workspace;
    Language m_language = Language::French;
    bool m_outOfDate = true;
    bool m_reloadPending = false;
    int m_readings = 0;
    int m_fillings = 0;
    std::optional<qint64> m_chosenCouncil; // given while hidden: selected when shown
    QList<DecisionHistoryEntry> m_read;    // the council's decisions in the period
    QList<DecisionHistoryEntry> m_entries; // of them, those shown

    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_councilLabel;
    QComboBox *m_council;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLabel *m_count;
    QTableWidget *m_table;
    QTextBrowser *m_details;
    QPushButton *m_export;
};

} // namespace Quorum
