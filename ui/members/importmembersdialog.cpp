// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmembersdialog.h"

#include "storage/database.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Quorum {

ImportMembersDialog::ImportMembersDialog(Workspace &workspace, qint64 councilId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_councilId(councilId)
{
    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_choose = new QPushButton(this);
    connect(m_choose, &QPushButton::clicked, this, &ImportMembersDialog::chooseFile);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);

    m_previewLabel = new QLabel(this);
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(true);
    m_previewLabel->setBuddy(m_preview);

    m_mappingLabel = new QLabel(this);
    m_mapping = new QTableWidget(0, 2, this);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->verticalHeader()->setVisible(false);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mappingLabel->setBuddy(m_mapping);

    m_valuesLabel = new QLabel(this);
    m_valuesLabel->setWordWrap(true);
    m_values = new QTableWidget(0, 3, this);
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->verticalHeader()->setVisible(false);
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_valuesLabel->setBuddy(m_values);

    m_problemsLabel = new QLabel(this);
    m_problems = new QListWidget(this);
    // A problem is a sentence: wrapped to the width, never behind a horizontal scroll.
    m_problems->setWordWrap(true);
    m_problems->setResizeMode(QListView::Adjust);
    m_problems->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problemsLabel->setBuddy(m_problems);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportMembersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_choose);
    auto *lower = new QHBoxLayout;
    auto *mappingBox = new QVBoxLayout;
    mappingBox->addWidget(m_mappingLabel);
    mappingBox->addWidget(m_mapping, 1);
    mappingBox->addWidget(m_valuesLabel);
    mappingBox->addWidget(m_values, 1);
    auto *problemsBox = new QVBoxLayout;
    problemsBox->addWidget(m_problemsLabel);
    problemsBox->addWidget(m_problems);
    lower->addLayout(mappingBox, 2);
    lower->addLayout(problemsBox, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview, 3);
    layout->addLayout(lower, 2);
    layout->addWidget(buttons);
    resize(960, 680);
    retranslate();
    showTable(Result<CsvTable>::failure(tr("Choose the spreadsheet, saved as CSV or as tab-separated text.")));
}

void ImportMembersDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Members"), QString(),
                                                      tr("Spreadsheets saved as text (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportMembersDialog::setFile(const QString &path)
{
    m_name = QFileInfo(path).fileName();
    showTable(readCsvFile(path));
}

void ImportMembersDialog::setData(const QByteArray &bytes, const QString &name)
{
    m_name = name;
    showTable(parseCsv(bytes));
}

void ImportMembersDialog::showTable(const Result<CsvTable> &table)
{
    m_table = table;
    m_choices.clear();
    showPlan();
    showValuesToMatch();
}

// The values no entry is called, each with its choice: nothing chosen yet (a problem of the
// plan), a new entry of that name, or one of the existing entries.
void ImportMembersDialog::showValuesToMatch()
{
    QList<std::pair<MemberColumn, QString>> values;
    for (auto it = m_plan.unknownValues.cbegin(); it != m_plan.unknownValues.cend(); ++it)
        for (const QString &value : it.value())
            values.append({it.key(), value});
    m_values->setRowCount(int(values.size()));
    for (int row = 0; row < values.size(); ++row) {
        const auto &[column, value] = values.at(row);
        m_values->setItem(row, 0, new QTableWidgetItem(memberColumnLabel(column)));
        auto *item = new QTableWidgetItem(value);
        item->setData(Qt::UserRole, int(column));
        m_values->setItem(row, 1, item);
        auto *choice = new QComboBox(m_values);
        choice->addItem(tr("Choose…"), QVariant());
        choice->addItem(tr("Create “%1”").arg(value), qlonglong(0));
        for (const Record &entry : listEntriesFor(m_workspace.storage(), column, m_councilId))
            choice->addItem(entry.bilingual(u"name"_qs).sideBySide(), entry.id);
        connect(choice, &QComboBox::currentIndexChanged, this, [this, row](int index) { chooseValue(row, index); });
        m_values->setCellWidget(row, 2, choice);
    }
    m_values->resizeColumnsToContents();
    m_valuesLabel->setVisible(!values.isEmpty());
    m_values->setVisible(!values.isEmpty());
}

void ImportMembersDialog::chooseValue(int row, int index)
{
    const auto column = MemberColumn(m_values->item(row, 1)->data(Qt::UserRole).toInt());
    const QString value = m_values->item(row, 1)->text();
    m_choices.removeIf([&](const ValueChoice &choice) { return choice.column == column && choice.value == value; });
    const QVariant chosen = static_cast<QComboBox *>(m_values->cellWidget(row, 2))->itemData(index);
    if (chosen.isValid())
        m_choices.append({column, value, chosen.toLongLong()});
    showPlan();
}

void ImportMembersDialog::showPlan()
{
    m_plan = planMemberImport(m_workspace.storage(), m_councilId, *m_table, m_choices);
    m_fileLabel->setText(m_name.isEmpty() ? tr("No file chosen.") : tr("File: %1").arg(m_name));

    // The first rows as the file gives them, with the file's own line numbers.
    const int rows = int(qMin<qsizetype>(m_plan.rows.size(), previewRows));
    m_preview->clear();
    m_preview->setColumnCount(int(m_plan.headers.size()));
    m_preview->setHorizontalHeaderLabels(m_plan.headers);
    m_preview->setRowCount(rows);
    QStringList lineNumbers;
    for (int r = 0; r < rows; ++r) {
        lineNumbers << QString::number(m_plan.lines.value(r));
        const QStringList &row = m_plan.rows.at(r);
        for (int c = 0; c < m_plan.headers.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(row.value(c)));
    }
    m_preview->setVerticalHeaderLabels(lineNumbers);
    m_preview->resizeColumnsToContents();

    m_mapping->setRowCount(int(m_plan.headers.size()));
    for (int i = 0; i < m_plan.headers.size(); ++i) {
        m_mapping->setItem(i, 0, new QTableWidgetItem(m_plan.headers.at(i)));
        const auto column = m_plan.mapping.at(i);
        auto *item = new QTableWidgetItem(column ? memberColumnLabel(*column) : tr("not imported (unknown column)"));
        if (!column)
            item->setForeground(palette().color(QPalette::PlaceholderText));
        m_mapping->setItem(i, 1, item);
    }
    m_mapping->resizeColumnToContents(0);

    m_problems->clear();
    for (const QString &line : describeProblems(m_plan))
        m_problems->addItem(line);

    if (!m_plan.problems.isEmpty() && m_plan.rows.isEmpty() && m_plan.headers.isEmpty()) {
        m_summaryLabel->setText(m_plan.problems.first().describe());
    } else if (!m_plan.problems.isEmpty()) {
        m_summaryLabel->setText(tr("%n problem(s) to correct in the spreadsheet before it can be imported: the file is "
                                   "imported whole or not at all.",
                                   nullptr, int(m_plan.problems.size())));
    } else {
        const QString separator = m_plan.separator == u'\t' ? tr("tabs") : m_plan.separator == u',' ? tr("commas") : tr("semicolons");
        m_summaryLabel->setText(tr("%1, cells separated by %2. %3 to add, %4 to update, %5 unchanged.")
                                    .arg(m_plan.encoding, separator)
                                    .arg(m_plan.added)
                                    .arg(m_plan.updated)
                                    .arg(m_plan.unchanged));
        if (const QString entries = describeNewListEntries(m_plan); !entries.isEmpty())
            m_summaryLabel->setText(m_summaryLabel->text() + u' ' + entries);
    }
    m_problemsLabel->setText(tr("&Problems (%1):").arg(m_plan.problems.size()));
    m_import->setEnabled(m_plan.canApply() && m_plan.added + m_plan.updated > 0 && !m_workspace.isReadOnly());
}

void ImportMembersDialog::accept()
{
    if (!m_import->isEnabled())
        return;
    auto applied = applyMemberImport(m_workspace, m_plan);
    if (!applied) {
        m_problems->addItem(applied.error());
        m_summaryLabel->setText(applied.error());
        m_import->setEnabled(false);
        return;
    }
    m_summary = applied.value();
    QDialog::accept();
}

void ImportMembersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportMembersDialog::retranslate()
{
    setWindowTitle(tr("Import Members"));
    m_choose->setText(tr("&Choose File…"));
    m_previewLabel->setText(tr("First &rows of the file (line numbers as in the file):"));
    m_mappingLabel->setText(tr("Co&lumns:"));
    m_mapping->setHorizontalHeaderLabels({tr("In the file"), tr("Imported as")});
    m_valuesLabel->setText(tr("&Values no entry is called: choose an entry, or create one of that name:"));
    m_values->setHorizontalHeaderLabels({tr("Column"), tr("In the file"), tr("Imported as")});
    m_problemsLabel->setText(tr("&Problems (%1):").arg(m_plan.problems.size()));
    m_import->setText(tr("&Import"));
}

} // namespace Quorum
