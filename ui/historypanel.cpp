// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypanel.h"

#include "decisions/historyexport.h"
#include "documents/renderers.h"
#include "plaintooltip.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace Quorum {
namespace {

// The earliest date the filters offer stands for "no bound".
const QDate noBound(2000, 1, 1);

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_qs);
}

// The records whose changes the history shows: a closed vote, what it decided on, where
// and by whom. Ballots, counts, electors and options change only while a vote is open, and
// closing it writes the vote itself.
bool showsRecordsOf(Entity entity)
{
    switch (entity) {
    case Entity::Vote:
    case Entity::Proposal:
    case Entity::Objection:
    case Entity::AgendaItem:
    case Entity::Meeting:
    case Entity::Council:
    case Entity::Subgroup:
    case Entity::Person: return true;
    default: return false;
    }
}

} // namespace

HistoryPanel::HistoryPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_searchLabel(new QLabel(this)), m_search(new QLineEdit(this)),
      m_councilLabel(new QLabel(this)), m_council(new QComboBox(this)), m_themeLabel(new QLabel(this)),
      m_theme(new QComboBox(this)), m_fromLabel(new QLabel(this)), m_from(new QDateEdit(this)), m_toLabel(new QLabel(this)),
      m_to(new QDateEdit(this)), m_count(new QLabel(this)), m_table(new QTableWidget(this)), m_details(new QTextBrowser(this)),
      m_export(new QPushButton(this))
{
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(300);
    m_searchLabel->setBuddy(m_search);
    m_councilLabel->setBuddy(m_council);
    m_themeLabel->setBuddy(m_theme);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(noBound);
        edit->setDisplayFormat(u"yyyy-MM-dd"_qs);
        connect(edit, &QDateEdit::dateChanged, this, &HistoryPanel::applyFilter);
    }
    m_from->setDate(noBound);
    m_to->setDate(noBound);
    m_table->setColumnCount(4);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_details->setOpenExternalLinks(false);

    auto *filters = new QGridLayout;
    filters->addWidget(m_searchLabel, 0, 0);
    filters->addWidget(m_search, 0, 1, 1, 3);
    filters->addWidget(m_export, 0, 4);
    filters->addWidget(m_councilLabel, 1, 0);
    filters->addWidget(m_council, 1, 1);
    filters->addWidget(m_themeLabel, 1, 2);
    filters->addWidget(m_theme, 1, 3);
    auto *period = new QHBoxLayout;
    period->addWidget(m_fromLabel);
    period->addWidget(m_from);
    period->addWidget(m_toLabel);
    period->addWidget(m_to);
    period->addStretch(1);
    period->addWidget(m_count);
    filters->addLayout(period, 2, 0, 1, 5);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setSizes({300, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    // Typing narrows what is already read: no reading per keystroke, whatever the history's size.
    connect(m_search, &QLineEdit::textChanged, this, &HistoryPanel::narrow);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &HistoryPanel::narrow);
    connect(m_council, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
    connect(m_table, &QTableWidget::currentCellChanged, this, &HistoryPanel::showDetails);
    connect(m_export, &QPushButton::clicked, this, &HistoryPanel::exportWithDialog);
    // Decisions are made elsewhere: the history reads again when next shown, or at once
    // when in view (an undo while reading it). Only what it shows counts: a check-in, a
    // ballot in an open vote or a minutes edit leaves it as it is.
    for (auto signal : {&Workspace::recordAdded, &Workspace::recordRemoved})
        connect(workspace, signal, this, [this](Entity entity) {
            if (showsRecordsOf(entity))
                scheduleReload();
        });
    connect(workspace, &Workspace::valueChanged, this, [this](Entity entity) {
        if (showsRecordsOf(entity))
            scheduleReload();
    });
    retranslate();
}

void HistoryPanel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    scheduleReload(); // names and themes in the other language, read when in view
}

void HistoryPanel::setCouncil(qint64 councilId)
{
    // Hidden, or not read yet: taken by the next reading (now if in view, else when shown),
    // which fills the filters once with it chosen. Filling them here and again in that
    // reading read every council and theme twice when the history was first shown.
    if (m_outOfDate || !isVisible()) {
        m_chosenCouncil = councilId;
        if (m_outOfDate && isVisible())
            reload();
        return;
    }
    selectCouncil(councilId);
}

void HistoryPanel::selectCouncil(qint64 councilId)
{
    m_chosenCouncil.reset();
    const int index = m_council->findData(councilId);
    m_council->setCurrentIndex(index >= 0 ? index : 0); // a change reads the decisions again
}

void HistoryPanel::reload()
{
    // Changes made elsewhere do not take the reader away from the decision being read.
    const int row = m_table->currentRow();
    const qint64 selected = row >= 0 && row < m_entries.size() ? m_entries.at(row).voteId : 0;
    m_outOfDate = false;
    fillFilters();
    readDecisions();
    fillTable(selected);
}

void HistoryPanel::scheduleReload()
{
    m_outOfDate = true;
    // One reading for all the changes of a step (closing a vote writes several records).
    if (!isVisible() || m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        if (m_outOfDate && isVisible())
            reload();
    });
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_outOfDate)
        reload();
    else if (m_chosenCouncil)
        selectCouncil(*m_chosenCouncil); // chosen while hidden
}

void HistoryPanel::changeEvent(QEvent *event)
{
    // Hidden, a language change only relabels: the history is read when the tab is shown
    // (reading it here made opening a workspace in Dutch 20 times slower than in French).
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        scheduleReload();
    }
    QWidget::changeEvent(event);
}

void HistoryPanel::retranslate()
{
    m_searchLabel->setText(tr("&Search"));
    m_search->setPlaceholderText(tr("Any word of a decision, its objections or its rationale"));
    m_councilLabel->setText(tr("Coun&cil"));
    m_themeLabel->setText(tr("T&heme"));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setSpecialValueText(tr("any date"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("The decisions shown, as JSON, Markdown or PDF"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Council"), tr("Decision"), tr("Outcome")});
    m_table->setAccessibleName(tr("Decisions"));
    m_details->setAccessibleName(tr("Decision details"));
}

void HistoryPanel::fillFilters()
{
    const QSignalBlocker councilBlocker(m_council);
    const QSignalBlocker themeBlocker(m_theme);
    ++m_fillings;
    const QVariant council = m_chosenCouncil ? QVariant(*m_chosenCouncil) : m_council->currentData();
    m_chosenCouncil.reset();
    const QString theme = m_theme->currentData().toString();
    m_council->clear();
    m_council->addItem(tr("All councils"), QVariant());
    for (const Record &c : m_workspace->records(Entity::Council))
        m_council->addItem(c.bilingual(u"name"_qs).display(m_language), c.id);
    m_council->setCurrentIndex(std::max(0, m_council->findData(council)));
    m_theme->clear();
    m_theme->addItem(tr("All themes"), QString());
    for (const QString &t : decisionThemes(m_workspace->storage(), m_language))
        m_theme->addItem(t, t);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme)));
}

DecisionHistoryFilter HistoryPanel::filter() const
{
    DecisionHistoryFilter filter;
    filter.text = m_search->text();
    if (m_council->currentData().isValid())
        filter.councilId = m_council->currentData().toLongLong();
    filter.theme = m_theme->currentData().toString();
    filter.from = m_from->date() == noBound ? QDate() : m_from->date();
    filter.to = m_to->date() == noBound ? QDate() : m_to->date();
    return filter;
}

void HistoryPanel::applyFilter()
{
    readDecisions();
    fillTable(0);
}

void HistoryPanel::narrow()
{
    fillTable(0);
}

void HistoryPanel::readDecisions()
{
    ++m_readings;
    DecisionHistoryFilter period = filter();
    period.text.clear();
    period.theme.clear();
    m_read = decisionHistory(m_workspace->storage(), period);
}

void HistoryPanel::fillTable(qint64 keepVoteId)
{
    m_entries = refineDecisions(m_workspace->storage(), m_read, m_search->text(), m_theme->currentData().toString());
    const Field &outcome = *entitySpec(Entity::Vote).field(u"outcome"_qs);
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const DecisionHistoryEntry &e = m_entries.at(row);
        const QStringList cells = {QLocale().toString(e.meetingDate, QLocale::ShortFormat), e.councilName.display(m_language),
                                   e.question.display(m_language), choiceLabel(outcome, e.outcome)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(plainToolTip(cells.at(column)));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(3);
    m_count->setText(tr("%n decision(s)", nullptr, int(m_entries.size())));
    int current = int(m_entries.size()) - 1; // the latest first in view
    for (int row = 0; keepVoteId && row < m_entries.size(); ++row)
        if (m_entries.at(row).voteId == keepVoteId)
            current = row;
    if (current >= 0)
        m_table->setCurrentCell(current, 0);
    else
        m_details->setHtml(u"<p>"_qs + tr("No decision matches. Decisions appear here once their vote is closed.").toHtmlEscaped()
                           + u"</p>"_qs);
    showDetails();
}

void HistoryPanel::showDetails()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const DecisionHistoryEntry &e = m_entries.at(row);
    auto say = [this](const BilingualText &t) { return escaped(t.display(m_language)); };
    const Field &proposalStatus = *entitySpec(Entity::Proposal).field(u"status"_qs);
    const Field &objectionStatus = *entitySpec(Entity::Objection).field(u"status"_qs);
    QString html = u"<h3>"_qs + say(e.question) + u"</h3><p><i>"_qs
                   + escaped(tr("%1 — %2").arg(e.councilName.display(m_language),
                                               QLocale().toString(e.meetingDate, QLocale::LongFormat)))
                   + u"</i></p><p><b>"_qs + say(e.explanation) + u"</b></p><p>"_qs
                   + escaped(tr("Rule: %1").arg(e.ruleWords.display(m_language))) + u"</p>"_qs;
    if (e.proposal) {
        html += u"<p>"_qs + escaped(tr("Proposal: %1 (%2)").arg(e.proposal->title.display(m_language),
                                                                  choiceLabel(proposalStatus, e.proposal->status)))
                + u"<br>"_qs + say(e.proposal->text) + u"</p>"_qs;
    }
    for (const DecisionObjection &o : e.objections)
        html += u"<p>"_qs + escaped(tr("Objection (%1): %2").arg(choiceLabel(objectionStatus, o.status), o.argument.display(m_language)))
                + u"<br>"_qs
                + escaped(tr("Counter-proposal: %1 (%2)").arg(o.counterProposal.title.display(m_language),
                                                             choiceLabel(proposalStatus, o.counterProposal.status)))
                + u"</p>"_qs;
    if (!e.rationale.isEmpty())
        html += u"<p>"_qs + escaped(tr("Rationale: %1").arg(e.rationale.display(m_language))) + u"</p>"_qs;
    m_details->setHtml(html);
}

Result<void> HistoryPanel::exportTo(const QString &path) const
{
    const QList<DecisionHistoryEntry> entries = decisionHistory(m_workspace->storage(), filter());
    if (path.endsWith(u".json"_qs, Qt::CaseInsensitive))
        return writeDecisionHistoryJson(entries, path);
    const auto format = documentFormatFromFileName(path);
    if (!format || (*format != DocumentFormat::Pdf && *format != DocumentFormat::Markdown))
        return Result<void>::failure(tr("%1: name the file .json, .md or .pdf.").arg(path));
    return writeDocument(decisionHistoryDocument(entries, filter()), *format, DocumentLanguages::Both, path);
}

void HistoryPanel::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the decisions"), QString(),
                                                      tr("PDF (*.pdf);;Markdown (*.md);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const Result<void> written = exportTo(path); !written)
        emit failed(written.error());
}

} // namespace Quorum
