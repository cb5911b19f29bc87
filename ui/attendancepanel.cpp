// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancepanel.h"

#include "persondialogs.h"
#include "barchartwidget.h"
#include "models/attendancemodel.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>
#include <functional>

namespace Quorum {

// The check-in list as the desk sees it: filtered by what is typed (every word, accents
// aside), guests and statuses made visible. Presentation only: edits go to the model.
class CheckInFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearch(const QString &text)
    {
        m_words = AttendanceModel::searchKey(text).split(u' ', Qt::SkipEmptyParts);
        invalidateRowsFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        // Roles are read from the source: asking this model again would recurse.
        const QModelIndex source = mapToSource(index);
        const QVariant value = source.data(role);
        const QString status = source.data(AttendanceModel::StatusCodeRole).toString();
        const bool guest = source.data(AttendanceModel::GuestRole).toBool();
        const bool problem = index.column() == AttendanceModel::ProxyColumn
                             && source.data(AttendanceModel::ProxyProblemRole).toInt() != int(ProxyProblem::None);
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == AttendanceModel::NameColumn && guest)
                return QCoreApplication::translate("Quorum::AttendancePanel", "%1 (guest)").arg(value.toString());
            if (problem)
                return QString(u"⚠ "_qs + value.toString());
            return value;
        case Qt::ToolTipRole:
            // Elided cells show their whole text on hover.
            return value.isValid() && !value.toString().isEmpty() ? value : data(index, Qt::DisplayRole);
        case Qt::BackgroundRole:
            if (index.column() != AttendanceModel::StatusColumn || status.isEmpty())
                return value;
            if (status == u"present")
                return QColor(0xd3, 0xef, 0xda);
            if (status == u"excused")
                return QColor(0xff, 0xee, 0xbf);
            if (status == u"represented")
                return QColor(0xd8, 0xe6, 0xfb);
            return QColor(0xe4, 0xe4, 0xe7);
        case Qt::ForegroundRole:
            if (problem)
                return QColor(0xb4, 0x23, 0x18);
            if (index.column() == AttendanceModel::StatusColumn && !status.isEmpty())
                return QColor(0x1f, 0x23, 0x28); // on the light status colours, in both themes
            return value;
        case Qt::FontRole:
            if (guest) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            return value;
        default: return value;
        }
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_words.isEmpty())
            return true;
        const QString key = sourceModel()->index(sourceRow, 0, sourceParent).data(AttendanceModel::SearchTextRole).toString();
        return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &w) { return key.contains(w); });
    }

private:
    QStringList m_words;
};

AttendancePanel::AttendancePanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new AttendanceModel(workspace, &m_clock, this)),
      m_filter(new CheckInFilter(this)), m_pages(new QStackedWidget(this)), m_empty(new QLabel(this)),
      m_heading(new QLabel(this)), m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_feedback(new QLabel(this)), m_guestButton(new QPushButton(this)), m_guestAction(new QAction(this)),
      m_quorum(new QLabel(this)), m_view(new QTableView(this)), m_keys(new QLabel(this)),
      m_balanceTitle(new QLabel(this)), m_dimensionLabel(new QLabel(this)), m_dimension(new QComboBox(this)),
      m_chart(new BarChartWidget(this)), m_chartNote(new QLabel(this)), m_alerts(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers); // keys mark, they never open editors
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->installEventFilter(this);
    m_search->installEventFilter(this);
    m_search->setClearButtonEnabled(true);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setMinimumWidth(0);
    m_feedback->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long names never widen the row
    QFont quorumFont = m_quorum->font();
    quorumFont.setPointSizeF(quorumFont.pointSizeF() * 1.2);
    m_quorum->setFont(quorumFont);
    m_quorum->setWordWrap(true);
    m_quorum->setTextFormat(Qt::PlainText);
    m_alerts->setWordWrap(true);
    m_alerts->setTextFormat(Qt::PlainText);
    m_alerts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_keys->setWordWrap(true);
    m_chartNote->setWordWrap(true);
    m_chartNote->setForegroundRole(QPalette::PlaceholderText);
    m_keys->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont balanceFont = m_balanceTitle->font();
    balanceFont.setBold(true);
    m_balanceTitle->setFont(balanceFont);
    m_dimensionLabel->setBuddy(m_dimension);
    m_dimension->setSizeAdjustPolicy(QComboBox::AdjustToContents); // item texts change with the language
    for (int i = 0; i < int(allBalanceDimensions.size()); ++i)
        m_dimension->addItem(QString());

    m_guestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_guestAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_guestAction);
    connect(m_guestAction, &QAction::triggered, this, &AttendancePanel::addGuest);
    connect(m_guestButton, &QPushButton::clicked, m_guestAction, &QAction::trigger);

    // Buttons for the mouse; they never take the focus from the list.
    const std::array<std::function<void()>, 5> marks = {[this] { mark(AttendanceStatus::Present); },
                                                        [this] { mark(AttendanceStatus::Excused); },
                                                        [this] { mark(AttendanceStatus::Absent); },
                                                        [this] { markRepresented(); }, [this] { clearCurrent(); }};
    auto *buttons = new QHBoxLayout;
    for (const auto &action : marks) {
        auto *button = new QToolButton(this);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::clicked, this, action);
        buttons->addWidget(button);
        m_markButtons.append(button);
    }
    buttons->addSpacing(8);
    buttons->addWidget(m_feedback, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearch(text);
        if (m_filter->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_filter->index(0, 0));
        updateSummary();
    });
    connect(m_model, &AttendanceModel::attendanceChanged, this, &AttendancePanel::updateSummary);
    // The meeting renamed, moved or removed elsewhere: the heading or the empty page follows.
    connect(m_model, &AttendanceModel::attendanceChanged, this, &AttendancePanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttendancePanel::fitColumns);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &AttendancePanel::updateChart);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_guestButton);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_keys);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    // The title on its own line: in Dutch it leaves no room for the dimension beside it.
    auto *dimensionRow = new QHBoxLayout;
    dimensionRow->addWidget(m_dimensionLabel);
    dimensionRow->addWidget(m_dimension);
    dimensionRow->addStretch();
    rightLayout->addWidget(m_balanceTitle);
    rightLayout->addLayout(dimensionRow);
    rightLayout->addWidget(m_chart, 1);
    rightLayout->addWidget(m_chartNote);
    rightLayout->addWidget(m_alerts);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({700, 300});
    split->setChildrenCollapsible(false);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_heading);
    contentLayout->addWidget(m_quorum);
    contentLayout->addWidget(split, 1);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setFocusProxy(m_search);

    retranslate();
    updateEmptyState();
}

AttendancePanel::~AttendancePanel() = default;

void AttendancePanel::setMeeting(std::optional<qint64> meetingId)
{
    if (meetingId && *meetingId <= 0)
        meetingId.reset();
    if (meetingId == m_model->meetingId())
        return;
    m_search->clear();
    m_feedback->clear();
    m_model->setMeeting(meetingId);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    updateEmptyState();
    updateSummary();
}

void AttendancePanel::setLanguage(Language language)
{
    m_language = language;
    m_model->setLanguage(language);
    fitColumns();
    updateEmptyState();
    updateSummary();
}

void AttendancePanel::fitColumns()
{
    // The organisation takes what is left; the others fit their contents up to a cap, so
    // the status and the proxy always stay in view. Elided cells show whole in tooltips.
    QHeaderView *header = m_view->horizontalHeader();
    const int caps[] = {170, 0, 120, 200, 140};
    for (int column = 0; column < AttendanceModel::ColumnCount; ++column) {
        if (column == AttendanceModel::OrganisationColumn)
            continue;
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), caps[column]));
    }
    header->setSectionResizeMode(AttendanceModel::OrganisationColumn, QHeaderView::Stretch);
}

void AttendancePanel::updateEmptyState()
{
    const auto meeting = m_model->meetingId() ? m_workspace->record(Entity::Meeting, *m_model->meetingId()) : std::nullopt;
    m_pages->setCurrentIndex(meeting ? 1 : 0);
    if (!meeting)
        return;
    const QDate date = QDate::fromString(meeting->text(u"date"_qs), Qt::ISODate);
    const auto council = m_workspace->record(Entity::Council, m_model->councilId());
    const QString councilName = council ? recordLabel(*council, m_language) : QString();
    m_heading->setText(tr("Attendance on %1 — %2").arg(QLocale().toString(date, QLocale::LongFormat), councilName));
}

int AttendancePanel::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void AttendancePanel::mark(AttendanceStatus status)
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    if (auto marked = m_model->setStatus(row, status); !marked) {
        emit failed(marked.error());
        return;
    }
    m_feedback->setText(tr("%1: %2.").arg(m_model->personName(m_model->personId(row)),
                                           m_model->index(row, AttendanceModel::StatusColumn).data().toString()));
    moveToNextRow();
}

void AttendancePanel::markRepresented()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const QString name = m_model->personName(m_model->personId(row));
    QList<PersonPickerDialog::Candidate> candidates;
    for (qint64 id : m_model->proxyCandidates(row)) {
        const int candidateRow = m_model->rowOfPerson(id);
        candidates.append({id, m_model->personName(id),
                           m_model->index(candidateRow, AttendanceModel::OrganisationColumn).data().toString()});
    }
    if (candidates.isEmpty()) {
        emit failed(tr("Nobody present can represent %1 yet: mark their representative present first.").arg(name));
        return;
    }
    PersonPickerDialog dialog(tr("Represented by"),
                              tr("Who represents %1? Only members who are present can carry a representation.").arg(name),
                              candidates, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedPersonId() <= 0)
        return;
    if (auto marked = m_model->setStatus(row, AttendanceStatus::Represented, dialog.selectedPersonId()); !marked) {
        emit failed(marked.error());
        return;
    }
    m_feedback->setText(tr("%1: represented by %2.").arg(name, m_model->personName(dialog.selectedPersonId())));
    moveToNextRow();
}

void AttendancePanel::clearCurrent()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const QString name = m_model->personName(m_model->personId(row));
    const int proxyRow = m_view->currentIndex().row();
    if (auto cleared = m_model->clearStatus(row); !cleared) {
        emit failed(cleared.error());
        return;
    }
    m_feedback->setText(tr("%1: not checked in.").arg(name));
    // A forgotten guest's row is gone: stay at the same place in the list.
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(std::min(proxyRow, m_filter->rowCount() - 1), 0));
}

void AttendancePanel::moveToNextRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.row() + 1 < m_filter->rowCount())
        m_view->setCurrentIndex(m_filter->index(current.row() + 1, current.column()));
}

void AttendancePanel::focusSearch(const QString &replacement)
{
    m_search->setFocus();
    if (!replacement.isEmpty())
        m_search->setText(replacement);
    else
        m_search->selectAll();
}

void AttendancePanel::addGuest()
{
    if (!m_model->meetingId())
        return;
    GuestDialog dialog(m_model->sectors(), m_language, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto added = m_model->addGuest(dialog.guest());
    if (!added) {
        emit failed(added.error());
        return;
    }
    m_search->clear();
    m_view->setCurrentIndex(m_filter->mapFromSource(m_model->index(m_model->rowOfPerson(added.value()), 0)));
    m_feedback->setText(tr("%1: walk-in guest, present.").arg(m_model->personName(added.value())));
    m_search->setFocus();
}

bool AttendancePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && handleSearchKey(key))
            return true;
        if (watched == m_view && handleListKey(key))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

// In the search field: Enter marks the one match present and clears the field for the
// next arrival; Down (or Enter with several matches) goes into the list.
bool AttendancePanel::handleSearchKey(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_filter->rowCount() == 1) {
            m_view->setCurrentIndex(m_filter->index(0, 0));
            const int row = currentSourceRow();
            if (auto marked = m_model->setStatus(row, AttendanceStatus::Present); !marked) {
                emit failed(marked.error());
                return true;
            }
            m_feedback->setText(tr("%1: %2.").arg(m_model->personName(m_model->personId(row)),
                                                   m_model->index(row, AttendanceModel::StatusColumn).data().toString()));
            m_search->clear();
            return true;
        }
        [[fallthrough]];
    case Qt::Key_Down:
        if (m_filter->rowCount() == 0)
            return true;
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_filter->index(0, 0));
        m_view->setFocus();
        return true;
    case Qt::Key_Escape:
        if (m_search->text().isEmpty())
            return false;
        m_search->clear();
        return true;
    default: return false;
    }
}

// In the list: one key marks and moves on; any other letter starts a new search.
bool AttendancePanel::handleListKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (event->matches(QKeySequence::Find)) {
        focusSearch();
        return true;
    }
    if (modifiers != Qt::NoModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_P: mark(AttendanceStatus::Present); return true;
    case Qt::Key_E: mark(AttendanceStatus::Excused); return true;
    case Qt::Key_A: mark(AttendanceStatus::Absent); return true;
    case Qt::Key_R: markRepresented(); return true;
    case Qt::Key_Backspace:
    case Qt::Key_Delete: clearCurrent(); return true;
    case Qt::Key_Escape: focusSearch(); return true;
    case Qt::Key_Up:
        if (m_view->currentIndex().row() <= 0) {
            focusSearch();
            return true;
        }
        return false;
    default: break;
    }
    const QString text = event->text();
    if (!text.isEmpty() && text.at(0).isLetterOrNumber()) {
        focusSearch(text);
        return true;
    }
    return false;
}

void AttendancePanel::updateSummary()
{
    const AttendanceModel::Tally t = m_model->tally();
    m_count->setText(tr("Members: %1 present, %2 represented, %3 excused, %4 absent, %5 not checked in. Guests: %n.",
                        nullptr, t.guests)
                         .arg(t.present)
                         .arg(t.represented)
                         .arg(t.excused)
                         .arg(t.absent)
                         .arg(t.pending));

    const QuorumResult quorum = m_model->quorum();
    m_quorum->setText(quorum.explanation);
    // Green when met, a clear red when not; no colour when the council has no rule.
    QString style = QStringLiteral("QLabel { padding: 8px 10px; border-radius: 4px; border-left: 6px solid %1; "
                                   "background: %2; color: %3; font-weight: %4; }");
    if (quorum.rule == QuorumRule::None)
        style = style.arg(QStringLiteral("#8c959f"), QStringLiteral("#eef0f2"), QStringLiteral("#1f2328"), QStringLiteral("normal"));
    else if (quorum.met)
        style = style.arg(QStringLiteral("#1a7f37"), QStringLiteral("#dafbe1"), QStringLiteral("#0f3d1f"), QStringLiteral("normal"));
    else
        style = style.arg(QStringLiteral("#cf222e"), QStringLiteral("#ffebe9"), QStringLiteral("#82071e"), QStringLiteral("bold"));
    // A style sheet set again repolishes the label and lays the panel out anew: only when it differs.
    if (m_quorum->styleSheet() != style)
        m_quorum->setStyleSheet(style);
    m_quorum->setAccessibleDescription(quorum.met ? tr("Quorum reached") : tr("Quorum not reached"));
    updateChart();
}

void AttendancePanel::updateChart()
{
    const Balance balance = m_model->balance();
    const auto dimension = allBalanceDimensions.at(std::clamp(m_dimension->currentIndex(), 0, int(allBalanceDimensions.size()) - 1));

    QSet<QString> alerted;
    QStringList alertLines;
    for (const BalanceAlert &alert : balance.alerts) {
        const BalanceDimension concerned = alert.concerns();
        if (concerned == dimension)
            alerted.insert(alert.key);
        alertLines << u"⚠ "_qs + balanceAlertText(alert, m_model->bucketLabel(concerned, alert.key));
    }

    BarChart chart = m_chart->chart();
    chart.setEmptyText(tr("Nobody is checked in yet."));
    QList<BarChartBar> bars;
    double largest = 0;
    if (balance.total > 0) {
        for (const BalanceBucket &b : balance.buckets(dimension)) {
            const QString percent = QLocale().toString(qRound(b.share * 100));
            bars.append({m_model->bucketLabel(dimension, b.key), double(b.count()),
                         tr("%1 (%2%)").arg(QLocale().toString(b.count()), percent), alerted.contains(b.key)});
            largest = std::max(largest, double(b.count()));
        }
    }
    chart.setBars(bars);
    // The sector limit as a line, in people: where a bar turns into an alert.
    std::optional<double> threshold;
    if (dimension == BalanceDimension::Sector && m_model->maxSectorShare() && balance.total > 0)
        threshold = *m_model->maxSectorShare() / 100.0 * balance.total;
    chart.setThreshold(threshold);
    m_chartNote->setVisible(threshold.has_value());
    if (threshold)
        m_chartNote->setText(tr("Dashed line: the largest share of those present set for one sector (%1%).")
                                 .arg(*m_model->maxSectorShare()));
    chart.setMaximum(threshold ? std::max(largest, *threshold * 1.15) : largest);
    m_chart->setChart(chart);

    // Readable on the light and the dark palette alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QString alerts;
    QString colour = dark ? QStringLiteral("#ff8182") : QStringLiteral("#82071e");
    if (balance.total == 0) {
        colour = QStringLiteral("palette(window-text)"); // the chart says nobody is in yet
    } else if (alertLines.isEmpty()) {
        alerts = tr("No balance alert: no sector above its share and every bassin present.");
        colour = dark ? QStringLiteral("#6fdd8b") : QStringLiteral("#0f3d1f");
    } else {
        alerts = alertLines.join(u'\n');
    }
    if (!m_model->maxSectorShare() && m_model->meetingId())
        alerts += (alerts.isEmpty() ? QString() : u"\n"_qs)
                  + tr("No largest sector share is set for this council: set one in the Council tab to be warned.");
    m_alerts->setText(alerts);
    m_alerts->setVisible(!alerts.isEmpty());
    if (const QString sheet = QStringLiteral("QLabel { color: %1; }").arg(colour); m_alerts->styleSheet() != sheet)
        m_alerts->setStyleSheet(sheet);
}

void AttendancePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_search->setFocus(); // the desk starts typing at once
}

void AttendancePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateChart(); // the alert colours follow the theme
    QWidget::changeEvent(event);
}

void AttendancePanel::retranslate()
{
    m_empty->setText(tr("Choose a meeting in the Meetings tab: its check-in list appears here."));
    m_search->setPlaceholderText(tr("Type a name, an organisation or a sector; Enter marks the only match present"));
    m_search->setAccessibleName(tr("Find a person to check in"));
    m_guestButton->setText(tr("Walk-in &Guest…"));
    m_guestButton->setToolTip(tr("Add someone who is not a member (Ctrl+G)"));
    m_guestAction->setText(tr("Walk-in Guest"));
    const QStringList markTexts = {tr("Present"), tr("Excused"), tr("Absent"), tr("Represented…"), tr("Clear")};
    const QStringList markTips = {tr("Mark present (Space or P)"), tr("Mark excused (E)"), tr("Mark absent (A)"),
                                  tr("Represented by a member who is present (R)"), tr("Not checked in (Backspace)")};
    for (int i = 0; i < m_markButtons.size(); ++i) {
        m_markButtons.at(i)->setText(markTexts.at(i));
        m_markButtons.at(i)->setToolTip(markTips.at(i));
    }
    m_keys->setText(tr("Keys in the list: Space or P present, E excused, A absent, R represented, Backspace clears; "
                       "letters search again, Up from the top returns to the search."));
    m_balanceTitle->setText(tr("Balance of those present"));
    m_dimensionLabel->setText(tr("&By:"));
    for (int i = 0; i < int(allBalanceDimensions.size()); ++i)
        m_dimension->setItemText(i, balanceDimensionLabel(allBalanceDimensions.at(i)));
    m_model->retranslate();
    updateEmptyState();
    updateSummary();
}

} // namespace Quorum
