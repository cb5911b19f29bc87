// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolepanel.h"

#include "meetingtime.h"
#include "notes/notetagger.h"
#include "rules/schedule.h"
#include "session/sessioncontroller.h"
#include "sessiontimerwidget.h"
#include "workspace.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Quorum {
namespace {

const QString warningKey = QStringLiteral("session/warningMinutes");

enum AgendaColumn { NumberColumn, ScheduleColumn, KindColumn, TitleColumn, PlannedColumn, ActualColumn, TimesColumn, ColumnCount };

QString minutes(qint64 seconds)
{
    return QString::number((seconds + 30) / 60);
}

QAction *makeAction(QWidget *owner, QList<QKeySequence> keys)
{
    auto *action = new QAction(owner);
    action->setShortcuts(keys);
    // Active whenever the console is on screen, wherever the focus is inside it.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

ConsolePanel::ConsolePanel(Workspace *workspace, SessionController *session, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_session(session), m_meetingTitle(new QLabel), m_kind(new QLabel),
      m_titleFr(new QLabel), m_titleNl(new QLabel), m_presenter(new QLabel), m_nextLabel(new QLabel),
      m_timer(new SessionTimerWidget), m_totals(new QLabel), m_agenda(new QTreeWidget), m_notesFrLabel(new QLabel),
      m_notesNlLabel(new QLabel), m_notesFr(new QPlainTextEdit), m_notesNl(new QPlainTextEdit), m_warningLabel(new QLabel),
      m_warningMinutes(new QSpinBox), m_startButton(new QPushButton), m_previousButton(new QPushButton),
      m_nextButton(new QPushButton), m_pauseButton(new QPushButton), m_extendButton(new QPushButton),
      m_closeButton(new QPushButton), m_tick(new QTimer(this))
{
    // Presenter remotes send Page Up / Page Down: they step through the agenda.
    m_start = makeAction(this, {QKeySequence(Qt::Key_F5)});
    m_next = makeAction(this, {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Right)});
    m_previous = makeAction(this, {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::Key_Left)});
    m_pause = makeAction(this, {QKeySequence(Qt::CTRL | Qt::Key_Space), QKeySequence(Qt::Key_Pause)});
    m_extend = makeAction(this, {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_extendMore = makeAction(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus)});
    m_shorten = makeAction(this, {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    m_skip = makeAction(this, {QKeySequence(Qt::CTRL | Qt::Key_K)});
    m_jump = makeAction(this, {QKeySequence(Qt::CTRL | Qt::Key_J)});
    m_close = makeAction(this, {QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    m_projector = makeAction(this, {QKeySequence(Qt::Key_F8)});
    m_blank = makeAction(this, {QKeySequence(Qt::CTRL | Qt::Key_B)});

    auto act = [this](Result<void> (SessionController::*method)()) {
        return [this, method] {
            auto result = (m_session->*method)();
            if (!result)
                emit failed(result.error());
        };
    };
    connect(m_start, &QAction::triggered, this, act(&SessionController::start));
    connect(m_next, &QAction::triggered, this, act(&SessionController::next));
    connect(m_previous, &QAction::triggered, this, act(&SessionController::previous));
    connect(m_pause, &QAction::triggered, this, act(&SessionController::togglePause));
    connect(m_skip, &QAction::triggered, this, act(&SessionController::skip));
    connect(m_close, &QAction::triggered, this, &ConsolePanel::confirmClose);
    // Captured by an init-capture: clang before 16 cannot capture a structured binding.
    for (auto [action, amount] : {std::pair{m_extend, 1}, std::pair{m_extendMore, 5}, std::pair{m_shorten, -1}})
        connect(action, &QAction::triggered, this, [this, minutes = amount] {
            if (auto result = m_session->extend(minutes); !result)
                emit failed(result.error());
        });
    connect(m_jump, &QAction::triggered, this, [this] { m_agenda->setFocus(); });
    connect(m_projector, &QAction::triggered, this, &ConsolePanel::projectorRequested);
    connect(m_blank, &QAction::triggered, this, &ConsolePanel::blankRequested);

    for (auto [button, action] : {std::pair{m_startButton, m_start}, std::pair{m_previousButton, m_previous},
                                  std::pair{m_nextButton, m_next}, std::pair{m_pauseButton, m_pause},
                                  std::pair{m_extendButton, m_extend}, std::pair{m_closeButton, m_close}}) {
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        button->setFocusPolicy(Qt::NoFocus); // keys drive the session; buttons are for the mouse
    }

    // The current item, large.
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    for (QLabel *label : {m_titleFr, m_titleNl}) {
        label->setFont(titleFont);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    QFont nlFont = titleFont;
    nlFont.setBold(false);
    m_titleNl->setFont(nlFont);
    QFont headerFont = font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    m_meetingTitle->setFont(headerFont);
    m_meetingTitle->setTextFormat(Qt::PlainText);
    m_kind->setTextFormat(Qt::PlainText);
    m_kind->setMargin(4);
    m_kind->setAutoFillBackground(true);
    m_presenter->setTextFormat(Qt::PlainText);
    m_nextLabel->setTextFormat(Qt::PlainText);
    m_nextLabel->setWordWrap(true);
    m_totals->setTextFormat(Qt::PlainText);

    m_agenda->setColumnCount(ColumnCount);
    m_agenda->setRootIsDecorated(false);
    m_agenda->setAllColumnsShowFocus(true);
    m_agenda->setUniformRowHeights(true);
    m_agenda->header()->setStretchLastSection(false);
    m_agenda->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agenda->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    connect(m_agenda, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (auto result = m_session->goTo(item->data(0, Qt::UserRole).toLongLong()); !result)
            emit failed(result.error());
    });

    m_warningMinutes->setRange(0, 30);
    m_warningMinutes->setValue(QSettings().value(warningKey, 2).toInt());
    m_warningLabel->setBuddy(m_warningMinutes);
    m_session->setWarningSeconds(m_warningMinutes->value() * 60);
    connect(m_warningMinutes, &QSpinBox::valueChanged, this, [this](int value) {
        QSettings().setValue(warningKey, value);
        m_session->setWarningSeconds(value * 60);
    });

    for (QPlainTextEdit *notes : {m_notesFr, m_notesNl}) {
        notes->setTabChangesFocus(true);
        notes->setMinimumHeight(90);
    }
    // Ctrl+T tags a line for its section of the minutes; bassins by their current names.
    for (const Language language : {Language::French, Language::Dutch}) {
        new NoteTagger(language == Language::French ? m_notesFr : m_notesNl, language, [this, language] {
            QList<BassinName> names;
            for (const Record &bassin : m_workspace->records(Entity::Bassin))
                names.append({bassin.id, bassin.bilingual(u"name"_qs).in(language)});
            return names;
        });
    }
    m_notesFrLabel->setBuddy(m_notesFr);
    m_notesNlLabel->setBuddy(m_notesNl);
    connect(m_notesFr, &QPlainTextEdit::textChanged, this, [this] { saveNotes(Language::French); });
    connect(m_notesNl, &QPlainTextEdit::textChanged, this, [this] { saveNotes(Language::Dutch); });

    // Layout: buttons on top; current item and timer; agenda beside notes below.
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_startButton, m_previousButton, m_nextButton, m_pauseButton, m_extendButton})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_warningLabel);
    buttons->addWidget(m_warningMinutes);
    buttons->addWidget(m_closeButton);

    auto *currentBox = new QVBoxLayout;
    currentBox->addWidget(m_meetingTitle);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addWidget(m_presenter, 1);
    currentBox->addLayout(kindRow);
    currentBox->addWidget(m_titleFr);
    currentBox->addWidget(m_titleNl);
    currentBox->addStretch();
    currentBox->addWidget(m_nextLabel);
    auto *top = new QHBoxLayout;
    top->addLayout(currentBox, 3);
    top->addWidget(m_timer, 2);
    auto *topWidget = new QWidget;
    topWidget->setLayout(top);

    auto *notesGrid = new QGridLayout;
    notesGrid->addWidget(m_notesFrLabel, 0, 0);
    notesGrid->addWidget(m_notesNlLabel, 0, 1);
    notesGrid->addWidget(m_notesFr, 1, 0);
    notesGrid->addWidget(m_notesNl, 1, 1);
    auto *notesWidget = new QWidget;
    notesWidget->setLayout(notesGrid);
    auto *agendaWidget = new QWidget;
    auto *agendaLayout = new QVBoxLayout(agendaWidget);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    agendaLayout->addWidget(m_agenda, 1);
    agendaLayout->addWidget(m_totals);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(topWidget);
    split->addWidget(agendaWidget);
    split->addWidget(notesWidget);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_session, &SessionController::changed, this, &ConsolePanel::refresh);
    // The display follows the clock once a second; the times themselves come from the log.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ConsolePanel::refresh);
    m_tick->start();
    retranslate();
}

QList<QAction *> ConsolePanel::sessionActions() const
{
    return {m_start, m_previous, m_next, m_pause, m_extend, m_extendMore, m_shorten, m_skip, m_jump, m_close, m_projector, m_blank};
}

void ConsolePanel::setLanguage(Language language)
{
    m_language = language;
    refresh();
}

void ConsolePanel::confirmClose()
{
    if (!m_session->state().started || m_session->state().closed) {
        if (auto result = m_session->close(); !result)
            emit failed(result.error());
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Close the session"),
                                              tr("Close the session now? Its times are kept; it cannot be reopened."),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto result = m_session->close(); !result)
        emit failed(result.error());
}

void ConsolePanel::refresh()
{
    if (!isVisible() && m_tick->isActive() && sender() == m_tick)
        return; // nobody is looking: skip the redraw, the next one catches up
    const SessionState state = m_session->state();
    m_timer->setState(state);

    const auto meeting = m_session->meetingId() ? m_workspace->record(Entity::Meeting, *m_session->meetingId()) : std::nullopt;
    if (meeting) {
        const auto council = m_workspace->record(Entity::Council, meeting->number(u"council_id"_qs));
        const QDate date = QDate::fromString(meeting->text(u"date"_qs), Qt::ISODate);
        m_meetingTitle->setText(tr("%1 — %2, %3 to %4")
                                    .arg(council ? recordLabel(*council, m_language) : QString(),
                                         QLocale().toString(date, QLocale::LongFormat), meeting->text(u"start_time"_qs),
                                         meeting->text(u"end_time"_qs)));
    } else {
        m_meetingTitle->setText(tr("Choose a meeting in the Meetings tab to run its session."));
    }

    const ItemTiming *timing = state.current();
    const Record *item = timing ? m_session->agendaItem(timing->itemId) : nullptr;
    if (!item && !state.started && !m_session->agenda().isEmpty())
        item = &m_session->agenda().first(); // before the start: show what comes first
    if (item) {
        const BilingualText title = item->bilingual(u"title"_qs);
        m_titleFr->setText(title.fr);
        m_titleNl->setText(title.nl);
        const Field &kindField = *entitySpec(Entity::AgendaItem).field(u"kind"_qs);
        m_kind->setText(choiceLabel(kindField, item->text(u"kind"_qs)));
        QPalette p = m_kind->palette();
        p.setColor(QPalette::Window, phaseColour(state.phase));
        p.setColor(QPalette::WindowText, Qt::white);
        m_kind->setPalette(p);
        m_kind->show();
        m_presenter->setText(item->text(u"presenter"_qs));
    } else {
        m_titleFr->clear();
        m_titleNl->clear();
        m_kind->hide();
        m_presenter->clear();
    }

    const int nextIndex = state.started ? state.nextIndex() : (m_session->agenda().size() > 1 ? 1 : -1);
    if (nextIndex >= 0 && !state.closed) {
        const Record *next = m_session->agendaItem(state.items.at(nextIndex).itemId);
        m_nextLabel->setText(next ? tr("Next: %1").arg(next->bilingual(u"title"_qs).sideBySide()) : QString());
    } else {
        m_nextLabel->setText(state.closed ? QString() : tr("Next: end of the session"));
    }

    const qint64 currentId = state.started && !state.closed ? state.currentItemId : 0;
    if (currentId != m_notesItemId)
        loadNotes(currentId);
    rebuildAgenda();

    m_start->setEnabled(!state.started && !m_session->agenda().isEmpty());
    // Next and previous stay live at the ends of the agenda: a press there explains itself
    // in the message bar instead of doing nothing.
    m_next->setEnabled(!state.closed && !m_session->agenda().isEmpty());
    m_previous->setEnabled(state.started && !state.closed);
    for (QAction *action : {m_pause, m_extend, m_extendMore, m_shorten, m_skip, m_close})
        action->setEnabled(state.started && !state.closed);
    m_pauseButton->setText(state.paused ? tr("Resume (Ctrl+Space)") : tr("Pause (Ctrl+Space)"));
    m_startButton->setEnabled(m_start->isEnabled());
    m_previousButton->setEnabled(m_previous->isEnabled());
    m_nextButton->setEnabled(m_next->isEnabled());
    m_pauseButton->setEnabled(m_pause->isEnabled());
    m_extendButton->setEnabled(m_extend->isEnabled());
    m_closeButton->setEnabled(m_close->isEnabled());
}

void ConsolePanel::rebuildAgenda()
{
    const SessionState state = m_session->state();
    if (m_agenda->topLevelItemCount() != state.items.size()) {
        m_agenda->clear();
        for (int i = 0; i < state.items.size(); ++i)
            new QTreeWidgetItem(m_agenda);
    }
    // Planned times come from the same schedule the agenda editor and the pack show.
    ScheduleInput input;
    if (const auto meeting = m_session->meetingId() ? m_workspace->record(Entity::Meeting, *m_session->meetingId()) : std::nullopt) {
        const QTime start = QTime::fromString(meeting->text(u"start_time"_qs), u"HH:mm"_qs);
        const QTime end = QTime::fromString(meeting->text(u"end_time"_qs), u"HH:mm"_qs);
        if (start.isValid())
            input.start = start;
        if (end.isValid())
            input.end = end;
    }
    for (const Record &item : m_session->agenda())
        input.items.append({item.text(u"kind"_qs), int(item.number(u"planned_minutes"_qs)), item.position()});
    const Schedule schedule = computeSchedule(input);

    qint64 planned = 0;        // the whole agenda
    qint64 plannedVisited = 0; // the items taken up so far
    qint64 spent = 0;
    const Field &kindField = *entitySpec(Entity::AgendaItem).field(u"kind"_qs);
    for (int i = 0; i < state.items.size(); ++i) {
        const ItemTiming &timing = state.items.at(i);
        const Record *record = m_session->agendaItem(timing.itemId);
        QTreeWidgetItem *row = m_agenda->topLevelItem(i);
        row->setData(0, Qt::UserRole, timing.itemId);
        const bool current = i == state.currentIndex && state.started && !state.closed;
        row->setText(NumberColumn, current ? QStringLiteral("▶ %1").arg(i + 1) : QString::number(i + 1));
        row->setText(ScheduleColumn, i < schedule.items.size() ? scheduleTime(schedule.items.at(i), false) : QString());
        row->setText(KindColumn, record ? choiceLabel(kindField, record->text(u"kind"_qs)) : QString());
        row->setText(TitleColumn, record ? record->bilingual(u"title"_qs).display(m_language) : QString());
        row->setText(PlannedColumn, minutes(timing.plannedSeconds));
        row->setText(ActualColumn, timing.visited ? minutes(timing.spentSeconds) : timing.skipped ? tr("skipped") : QString());
        row->setText(TimesColumn, timing.visited ? QStringLiteral("%1–%2").arg(meetingClockTime(timing.actualStart),
                                                                               meetingClockTime(timing.actualEnd))
                                                 : QString());
        QFont f = m_agenda->font();
        f.setBold(current);
        for (int c = 0; c < ColumnCount; ++c)
            row->setFont(c, f);
        // Over-time items read red in the actual column, whatever the phase now.
        row->setForeground(ActualColumn, timing.spentSeconds > timing.plannedSeconds && timing.visited
                                             ? QBrush(phaseColour(TimerPhase::Overrun))
                                             : palette().brush(QPalette::Text));
        planned += timing.plannedSeconds;
        if (timing.visited) {
            plannedVisited += timing.plannedSeconds;
            spent += timing.spentSeconds;
        }
    }
    // The list's cursor follows the session when it moves, and is left alone in between so
    // the facilitator can pick an item to jump to.
    if (state.currentItemId != m_listedItemId && state.currentIndex >= 0) {
        m_listedItemId = state.currentItemId;
        m_agenda->setCurrentItem(m_agenda->topLevelItem(state.currentIndex));
    }
    // Ahead or behind: time spent against the time planned for the items taken up so far.
    const qint64 difference = (spent - plannedVisited) / 60;
    const QString signedDifference = difference > 0 ? u'+' + QString::number(difference) : QString::number(difference);
    m_totals->setText(!state.started ? tr("Planned %1 min. Start the session with F5.").arg((planned + 30) / 60)
                      : state.closed ? tr("Planned %1 min, spent %2 min (%3 min).")
                                           .arg((planned + 30) / 60)
                                           .arg((spent + 30) / 60)
                                           .arg(signedDifference)
                                     : tr("Planned %1 min. So far %2 min spent on items planned for %3 min (%4 min).")
                                           .arg((planned + 30) / 60)
                                           .arg((spent + 30) / 60)
                                           .arg((plannedVisited + 30) / 60)
                                           .arg(signedDifference));
}

void ConsolePanel::loadNotes(qint64 itemId)
{
    m_notesItemId = itemId;
    const Record *item = itemId ? m_session->agendaItem(itemId) : nullptr;
    const QSignalBlocker blockFr(m_notesFr);
    const QSignalBlocker blockNl(m_notesNl);
    m_notesFr->setPlainText(item ? item->text(u"live_notes_fr"_qs) : QString());
    m_notesNl->setPlainText(item ? item->text(u"live_notes_nl"_qs) : QString());
    m_notesFr->setEnabled(item);
    m_notesNl->setEnabled(item);
}

void ConsolePanel::saveNotes(Language language)
{
    if (!m_notesItemId)
        return;
    const QPlainTextEdit *editor = language == Language::French ? m_notesFr : m_notesNl;
    const QString column = language == Language::French ? u"live_notes_fr"_qs : u"live_notes_nl"_qs;
    // Every keystroke is written through; successive ones merge into one undo step.
    if (auto saved = m_workspace->setValue(Entity::AgendaItem, m_notesItemId, column, editor->toPlainText()); !saved)
        emit failed(saved.error());
}

void ConsolePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConsolePanel::retranslate()
{
    m_start->setText(tr("&Start the Session"));
    m_next->setText(tr("&Next Item"));
    m_previous->setText(tr("&Previous Item"));
    m_pause->setText(tr("Pause or &Resume"));
    m_extend->setText(tr("&Extend by 1 Minute"));
    m_extendMore->setText(tr("Extend by &5 Minutes"));
    m_shorten->setText(tr("S&horten by 1 Minute"));
    m_skip->setText(tr("S&kip This Item"));
    m_jump->setText(tr("&Jump to an Item…"));
    m_close->setText(tr("&Close the Session…"));
    m_projector->setText(tr("Show the Pro&jector Screen"));
    m_blank->setText(tr("&Blank the Projector"));
    m_startButton->setText(tr("Start (F5)"));
    m_previousButton->setText(tr("Previous (Page Up)"));
    m_nextButton->setText(tr("Next (Page Down)"));
    m_extendButton->setText(tr("+1 min (Ctrl++)"));
    m_closeButton->setText(tr("Close session (Shift+F5)"));
    m_warningLabel->setText(tr("&Warn before the end (min):"));
    m_notesFrLabel->setText(tr("Live notes (&French):"));
    m_notesNlLabel->setText(tr("Live notes (&Dutch):"));
    const QString hint = tr("Ctrl+T tags the line for the minutes: sector news, a question from the floor, working-group "
                            "progress, a decision's rationale or a bassin's round-table entry.");
    m_notesFr->setPlaceholderText(hint);
    m_notesNl->setPlaceholderText(hint);
    m_agenda->setHeaderLabels({tr("#"), tr("Planned at"), tr("Kind"), tr("Item"), tr("Planned"), tr("Spent"), tr("Actual times")});
    refresh();
}

} // namespace Quorum
