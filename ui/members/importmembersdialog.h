// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "members/memberimport.h"

#include <QDialog>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Quorum {

class Workspace;

// File › Import Members…: what a spreadsheet would bring into a council, shown before
// anything is written — its first rows, how its columns are understood, every problem
// with its line — and imported as one undoable step. A sector, bassin or subgroup that no
// entry is called is listed with a choice: an existing entry, or a new one of that name.
// Import stays disabled while the file has any problem: it is taken whole or not at all.
class ImportMembersDialog : public QDialog
{
    Q_OBJECT

public:
    ImportMembersDialog(Workspace &workspace, qint64 councilId, QWidget *parent = nullptr);

    // Reads and plans `path` (nothing is written); the preview shows the result.
    void setFile(const QString &path);
    void setData(const QByteArray &bytes, const QString &name);

    const MemberImportPlan &plan() const { return m_plan; }
    // After an accepted import: what it did.
    const MemberImportSummary &summary() const { return m_summary; }

    QPushButton *importButton() const { return m_import; }
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *mappingTable() const { return m_mapping; }
    // One row per unmatched value; its last cell holds the QComboBox of the choice.
    QTableWidget *valuesTable() const { return m_values; }
    QListWidget *problemList() const { return m_problems; }
    QLabel *summaryLabel() const { return m_summaryLabel; }

    // The number of data rows the preview shows.
    static constexpr int previewRows = 10;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void showTable(const Result<CsvTable> &table);
    void showPlan();
    void showValuesToMatch();
    void chooseValue(int row, int index);
    void retranslate();

    Workspace &m_workspace;
    qint64 m_councilId;
    QString m_name;
    std::optional<Result<CsvTable>> m_table;
    QList<ValueChoice> m_choices;
    MemberImportPlan m_plan;
    MemberImportSummary m_summary;

    QLabel *m_fileLabel = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_previewLabel = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_mappingLabel = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_valuesLabel = nullptr;
    QTableWidget *m_values = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QListWidget *m_problems = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Quorum
