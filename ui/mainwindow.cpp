// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "attendancepanel.h"
#include "clock.h"
#include "consolepanel.h"
#include "councilpanel.h"
#include "demo.h"
#include "languageswitcher.h"
#include "meetingspanel.h"
#include "memberspanel.h"
#include "members/importmembersdialog.h"
#include "messagebar.h"
#include "historypanel.h"
#include "minutespanel.h"
#include "votepanel.h"
#include "projectorwindow.h"
#include "session/sessioncontroller.h"
#include "models/recordtablemodel.h"
#include "recordtableview.h"
#include "theme.h"
#include "settings/lists.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QScreen>
#include <QFileInfo>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace Quorum {
namespace {

const QString recentFilesKey = QStringLiteral("recentFiles");
const QString darkThemeKey = QStringLiteral("darkTheme");
const QString languageKey = QStringLiteral("language");
const QString geometryKey = QStringLiteral("geometry");
constexpr int maxRecentFiles = 8;

// The platform's keys for a standard action, plus `fallback` where the platform binds
// none of it (Quit on some Linux desktops); never the same key twice, which Qt treats as
// an ambiguous shortcut and fires neither.
QList<QKeySequence> withFallback(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(fallback))
        keys.append(fallback);
    return keys;
}


} // namespace

MainWindow::MainWindow(LanguageSwitcher *languages, QWidget *parent) : QMainWindow(parent), m_languages(languages)
{
    m_clock = std::make_unique<SystemClock>();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_messageBar = new MessageBar(central);
    m_pages = new QStackedWidget(central);
    m_pages->addWidget(createWelcomePage());
    layout->addWidget(m_messageBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_pathLabel);

    createActions();
    createMenus();
    connect(m_languages, &LanguageSwitcher::languageChanged, this, &MainWindow::applyLanguage);

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 800);
    retranslate();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Views hold models that observe the workspace: they go first.
    delete m_workspacePage;
    m_workspacePage = nullptr;
    // The workspace releases its lock before the demo's temporary folder goes.
    m_workspace.reset();
    m_demoDirectory.reset();
}

QStringList MainWindow::viewNames()
{
    return {u"council"_qs, u"members"_qs, u"meetings"_qs, u"agenda"_qs, u"workshops"_qs, u"console"_qs, u"projector"_qs,
            u"attendance"_qs, u"synthesis"_qs, u"preview"_qs, u"vote"_qs, u"history"_qs};
}

// The menu title of each view, in viewNames() order.
QStringList MainWindow::viewTitles()
{
    return {tr("&Council"), tr("&Members"), tr("M&eetings"), tr("&Agenda"), tr("&Workshops"), tr("&Session Console"),
            tr("&Projector Screen"), tr("A&ttendance"), tr("M&inutes"), tr("Minutes Pre&view"), tr("V&otes"),
            tr("Decision &History")};
}

bool MainWindow::showView(const QString &name)
{
    if (!m_tabs || !viewNames().contains(name))
        return false;
    if (name == u"council") {
        m_tabs->setCurrentWidget(m_council);
    } else if (name == u"members") {
        m_tabs->setCurrentWidget(m_members);
    } else if (name == u"meetings" || name == u"agenda" || name == u"workshops") {
        m_tabs->setCurrentWidget(m_meetings);
        if (name != u"meetings")
            m_meetings->showPage(name == u"agenda" ? MeetingsPanel::Page::Agenda : MeetingsPanel::Page::Workshops);
    } else if (name == u"console") {
        m_tabs->setCurrentWidget(m_console);
    } else if (name == u"attendance") {
        m_tabs->setCurrentWidget(m_attendance);
    } else if (name == u"synthesis" || name == u"preview") {
        m_minutes->showPage(name == u"preview" ? MinutesPanel::Page::Preview : MinutesPanel::Page::Editor);
        m_tabs->setCurrentWidget(m_minutes);
    } else if (name == u"vote" || name == u"history") {
        m_decisions->setCurrentWidget(name == u"vote" ? static_cast<QWidget *>(m_votes) : m_history);
        m_tabs->setCurrentWidget(m_decisions);
    } else if (name == u"projector") {
        m_tabs->setCurrentWidget(m_console);
        showProjector();
    }
    return true;
}

QWidget *MainWindow::viewWidget(const QString &name)
{
    return name == u"projector" && m_projector ? static_cast<QWidget *>(m_projector) : this;
}

void MainWindow::setClock(std::unique_ptr<Clock> clock, bool historical)
{
    m_clock = std::move(clock);
    m_historicalClock = historical;
}

// One entry per connected screen, so the facilitator picks where the room looks.
void MainWindow::fillScreenMenu()
{
    m_screenMenu->clear();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        QScreen *screen = screens.at(i);
        const QRect g = screen->geometry();
        QAction *action = m_screenMenu->addAction(
            tr("Screen %1: %2 (%3 × %4)").arg(i + 1).arg(screen->name()).arg(g.width()).arg(g.height()));
        action->setEnabled(m_projector);
        connect(action, &QAction::triggered, this, [this, screen] {
            if (m_projector)
                m_projector->showOn(screen);
        });
    }
}

void MainWindow::showProjector()
{
    if (!m_projector)
        return;
    // The projector goes on a screen other than the console's when there is one.
    QScreen *target = nullptr;
    for (QScreen *screen : QGuiApplication::screens())
        if (screen != this->screen())
            target = screen;
    m_projector->showOn(target);
}

bool MainWindow::showMeeting(const QDate &date)
{
    if (!m_workspace)
        return false;
    const QString iso = date.toString(Qt::ISODate);
    for (int row = 0; row < m_councils->rowCount(); ++row) {
        const qint64 councilId = m_councils->recordId(row);
        for (const Record &meeting : m_workspace->records(Entity::Meeting, councilId)) {
            if (meeting.text(u"date"_qs) != iso)
                continue;
            m_councilsView->selectRecord(councilId);
            m_tabs->setCurrentWidget(m_meetings);
            m_meetings->setCouncil(councilId);
            m_meetings->selectMeeting(meeting.id);
            return true;
        }
    }
    return false;
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget;
    m_welcomeTitle = new QLabel;
    QFont title = m_welcomeTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    m_welcomeTitle->setFont(title);
    m_welcomeText = new QLabel;
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setMaximumWidth(560);
    m_welcomeNew = new QPushButton;
    m_welcomeOpen = new QPushButton;
    m_welcomeDemo = new QPushButton;
    connect(m_welcomeNew, &QPushButton::clicked, this, &MainWindow::newWorkspace);
    connect(m_welcomeOpen, &QPushButton::clicked, this, &MainWindow::openWithDialog);
    connect(m_welcomeDemo, &QPushButton::clicked, this, &MainWindow::openDemo);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_welcomeNew);
    buttons->addWidget(m_welcomeOpen);
    buttons->addWidget(m_welcomeDemo);
    buttons->addStretch();
    auto *inner = new QVBoxLayout;
    inner->addWidget(m_welcomeTitle);
    inner->addWidget(m_welcomeText);
    inner->addSpacing(12);
    inner->addLayout(buttons);
    auto *outer = new QHBoxLayout(page);
    outer->addStretch();
    outer->addLayout(inner);
    outer->addStretch();
    return page;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWithDialog);
    m_demoAction = new QAction(this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_importMembersAction = new QAction(this);
    connect(m_importMembersAction, &QAction::triggered, this, &MainWindow::importMembers);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);
    m_quitAction = new QAction(this);
    // Some Linux desktops bind no standard Quit key: Ctrl+Q as a fallback.
    m_quitAction->setShortcuts(withFallback(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // The group keeps the actions' text and state; undoing goes through the workspace, which
    // takes back a whole step in one transaction.
    m_undoAction = m_undoGroup.createUndoAction(this);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    disconnect(m_undoAction, &QAction::triggered, &m_undoGroup, &QUndoGroup::undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_workspace)
            (void)m_workspace->undo();
    });
    m_redoAction = m_undoGroup.createRedoAction(this);
    m_redoAction->setShortcuts(withFallback(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)));
    disconnect(m_redoAction, &QAction::triggered, &m_undoGroup, &QUndoGroup::redo);
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_workspace)
            (void)m_workspace->redo();
    });

    for (int i = 0; i < viewNames().size(); ++i) {
        auto *action = new QAction(this);
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth.
        if (i < 10)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
        const QString name = viewNames().at(i);
        connect(action, &QAction::triggered, this, [this, name] { showView(name); });
        m_viewActions.append(action);
    }

    m_languageGroup = new QActionGroup(this);
    // Language names are shown in their own language, so anyone can find theirs.
    for (auto [language, name] : {std::pair{Language::French, u"Français"_qs}, std::pair{Language::Dutch, u"Nederlands"_qs},
                                  std::pair{Language::English, u"English"_qs}}) {
        auto *action = m_languageGroup->addAction(name);
        action->setCheckable(true);
        action->setData(int(language));
        // An init-capture: clang before 16 cannot capture a structured binding.
        connect(action, &QAction::triggered, this, [this, chosen = language] {
            m_languages->setLanguage(chosen);
            QSettings().setValue(languageKey, languageCode(chosen));
        });
    }

    m_darkAction = new QAction(this);
    m_darkAction->setCheckable(true);
    m_darkAction->setChecked(QSettings().value(darkThemeKey, false).toBool());
    connect(m_darkAction, &QAction::toggled, this, [](bool dark) {
        applyTheme(*qApp, dark);
        QSettings().setValue(darkThemeKey, dark);
    });
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_demoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addAction(m_importMembersAction);
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_viewActions);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_viewMenu->addAction(m_darkAction);
    // Filled with the console's actions while a workspace is open.
    m_sessionMenu = menuBar()->addMenu(QString());
    m_sessionMenu->setEnabled(false);
    m_screenMenu = new QMenu(this);
    connect(m_screenMenu, &QMenu::aboutToShow, this, &MainWindow::fillScreenMenu);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    updateRecentMenu();
}

void MainWindow::buildWorkspaceUi()
{
    Workspace *workspace = m_workspace.get();
    m_workspacePage = new QWidget;
    m_councilsLabel = new QLabel;
    // Every column the Council tab edits: a form can only save what its model holds.
    QList<ModelColumn> councilColumns;
    for (const char *name : {"name_fr", "name_nl", "kind", "acronym_fr", "acronym_nl", "bassin_id", "quorum_rule",
                             "max_sector_share", "min_language_share", "min_bassin_share", "max_function_share", "min_gender_share",
                             "seat_cap", "no_open_seats",
                             "funder_fr", "funder_nl"})
        councilColumns.append({QString::fromLatin1(name), {}});
    m_councils = new RecordTableModel(workspace, Entity::Council, councilColumns, m_workspacePage);
    m_councilsView = new RecordTableView;
    m_councilsView->setRecordModel(m_councils, m_councils);
    m_councilsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_councilsView->horizontalHeader()->hide();
    for (int column = 2; column < m_councils->columnCount(); ++column)
        m_councilsView->setColumnHidden(column, true);
    m_councilsView->setWordWrap(true);
    m_councilsLabel->setBuddy(m_councilsView);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_councilsLabel);
    leftLayout->addWidget(m_councilsView, 1);

    m_tabs = new QTabWidget;
    m_council = new CouncilPanel(workspace, m_councils);
    m_members = new MembersPanel(workspace);
    m_meetings = new MeetingsPanel(workspace);
    m_attendance = new AttendancePanel(workspace);
    m_minutes = new MinutesPanel(workspace);
    m_session = new SessionController(workspace, m_clock.get(), m_workspacePage);
    m_session->setHistorical(m_historicalClock);
    m_console = new ConsolePanel(workspace, m_session);
    m_projector = new ProjectorWindow(workspace, m_session, m_workspacePage);
    m_decisions = new QTabWidget;
    m_votes = new VotePanel(workspace, m_clock.get());
    m_history = new HistoryPanel(workspace);
    m_decisions->addTab(m_votes, QString());
    m_decisions->addTab(m_history, QString());
    m_tabs->addTab(m_council, QString());
    m_tabs->addTab(m_members, QString());
    m_tabs->addTab(m_meetings, QString());
    m_tabs->addTab(m_attendance, QString());
    m_tabs->addTab(m_minutes, QString());
    m_tabs->addTab(m_console, QString());
    m_tabs->addTab(m_decisions, QString());

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 1000});
    auto *layout = new QVBoxLayout(m_workspacePage);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);

    connect(m_councilsView, &RecordTableView::currentRecordChanged, this, &MainWindow::councilChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showCouncilInCurrentTab);
    connect(m_councilsView, &RecordTableView::failed, this, &MainWindow::showError);
    connect(m_council, &CouncilPanel::failed, this, &MainWindow::showError);
    connect(m_members, &MembersPanel::failed, this, &MainWindow::showError);
    connect(m_meetings, &MeetingsPanel::failed, this, &MainWindow::showError);
    connect(m_console, &ConsolePanel::failed, this, &MainWindow::showError);
    connect(m_attendance, &AttendancePanel::failed, this, &MainWindow::showError);
    connect(m_minutes, &MinutesPanel::failed, this, &MainWindow::showError);
    connect(m_votes, &VotePanel::failed, this, &MainWindow::showError);
    connect(m_history, &HistoryPanel::failed, this, &MainWindow::showError);
    connect(m_decisions, &QTabWidget::currentChanged, this, &MainWindow::showCouncilInCurrentTab);
    // F6 puts the vote on the projector, and again takes it off.
    connect(m_votes, &VotePanel::projectVoteRequested, this, [this](qint64 voteId) {
        const bool showing = m_projector->isVisible() && m_projector->shownVote() == voteId;
        m_projector->showVote(showing ? 0 : voteId);
        if (!showing && !m_projector->isVisible())
            showProjector();
    });
    connect(m_meetings, &MeetingsPanel::currentMeetingChanged, this, [this](qint64 meetingId) {
        if (m_tabs->currentWidget() == m_attendance)
            m_attendance->setMeeting(meetingId > 0 ? std::optional<qint64>(meetingId) : std::nullopt);
        else if (m_tabs->currentWidget() == m_minutes)
            m_minutes->setMeeting(meetingId > 0 ? std::optional<qint64>(meetingId) : std::nullopt);
        else if (m_tabs->currentWidget() == m_decisions)
            m_votes->setMeeting(meetingId > 0 ? std::optional<qint64>(meetingId) : std::nullopt);
    });
    connect(m_meetings, &MeetingsPanel::currentMeetingChanged, this, [this](qint64 meetingId) {
        m_session->setMeeting(meetingId > 0 ? std::optional<qint64>(meetingId) : std::nullopt);
    });
    connect(m_console, &ConsolePanel::projectorRequested, this, [this] {
        if (m_projector->isVisible())
            m_projector->hide();
        else
            showProjector();
    });
    connect(m_console, &ConsolePanel::blankRequested, m_projector, &ProjectorWindow::toggleBlank);
    m_sessionMenu->addActions(m_console->sessionActions());
    m_sessionMenu->addSeparator();
    m_sessionMenu->addMenu(m_screenMenu);
    m_sessionMenu->setEnabled(true);
    connect(workspace, &Workspace::editFailed, this, &MainWindow::showError);
    connect(workspace, &Workspace::filePathChanged, this, &MainWindow::updateTitle);

    m_pages->addWidget(m_workspacePage);
    m_pages->setCurrentWidget(m_workspacePage);
    applyLanguage(m_languages->language());
    retranslate();
    if (m_councils->rowCount() > 0)
        m_councilsView->selectRecord(m_councils->recordId(0));
    else
        councilChanged(0);
    m_councilsView->setFocus();
    resumeLiveSession();
}

// A session still live in the file was interrupted (the laptop died, the app was
// closed): reopen straight on its console, on the right item with the right time.
void MainWindow::resumeLiveSession()
{
    const QList<Record> live = m_workspace->recordsWhere(Entity::Meeting, u"status"_qs, u"live"_qs);
    if (live.isEmpty())
        return;
    const Record &meeting = live.last();
    m_councilsView->selectRecord(meeting.number(u"council_id"_qs));
    m_tabs->setCurrentWidget(m_console);
    m_meetings->setCouncil(meeting.number(u"council_id"_qs));
    m_meetings->selectMeeting(meeting.id);
    m_messageBar->showMessage(tr("The session of %1 was still running: it continues where it was.")
                                  .arg(QLocale().toString(QDate::fromString(meeting.text(u"date"_qs), Qt::ISODate),
                                                          QLocale::LongFormat)),
                              MessageBar::Kind::Information);
}

void MainWindow::councilChanged(qint64 councilId)
{
    m_councilId = councilId;
    showCouncilInCurrentTab();
}

// Only the tab in view loads the council's records; the others catch up when shown.
// A ten-year workspace opens as fast as a small one this way.
void MainWindow::showCouncilInCurrentTab()
{
    if (!m_tabs)
        return;
    const auto council = m_councilId > 0 ? std::optional<qint64>(m_councilId) : std::nullopt;
    QWidget *current = m_tabs->currentWidget();
    if (current == m_council)
        m_council->setCouncilRow(m_councils->rowOfId(m_councilId));
    else if (current == m_members)
        m_members->setCouncil(council);
    else if (current == m_meetings || current == m_console)
        m_meetings->setCouncil(council); // the console runs the meeting chosen there
    else if (current == m_attendance) {
        m_meetings->setCouncil(council); // check-in is for the meeting chosen there
        m_attendance->setMeeting(m_meetings->currentMeetingId());
    } else if (current == m_minutes) {
        m_meetings->setCouncil(council); // the minutes are the meeting's chosen there
        m_minutes->setMeeting(m_meetings->currentMeetingId());
    } else if (current == m_decisions) {
        m_meetings->setCouncil(council); // votes are the meeting's chosen there
        if (m_decisions->currentWidget() == m_votes)
            m_votes->setMeeting(m_meetings->currentMeetingId());
        else
            m_history->setCouncil(m_councilId);
    }
}

void MainWindow::adoptWorkspace(std::unique_ptr<Workspace> workspace, bool temporary)
{
    closeWorkspace();
    m_workspace = std::move(workspace);
    if (!temporary)
        m_demoDirectory.reset();
    m_undoGroup.addStack(m_workspace->undoStack());
    m_undoGroup.setActiveStack(m_workspace->undoStack());
    // Queued: the views are rebuilt once the step that failed has fully unwound.
    connect(m_workspace.get(), &Workspace::reloadNeeded, this, &MainWindow::reloadWorkspace, Qt::QueuedConnection);
    m_messageBar->hide();
    buildWorkspaceUi();
    if (!temporary)
        addRecentFile(m_workspace->filePath());
    updateTitle();
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (m_workspace && QFileInfo(path).absoluteFilePath() == m_workspace->filePath())
        return true;
    auto opened = Workspace::open(path);
    // A lock left by Quorum on another computer (a laptop that was shut mid-session, a
    // shared folder): only the user knows whether Quorum still runs there.
    const std::optional<WorkspaceLockHolder> holder = opened ? std::nullopt : Database::lockHolder(path);
    if (!opened && holder && holder->elsewhere && confirmTakeOver(path, *holder)) {
        if (auto taken = Database::takeOverLock(path); !taken) {
            showError(taken.error());
            return false;
        }
        opened = Workspace::open(path);
    }
    if (!opened) {
        showError(opened.error());
        return false;
    }
    adoptWorkspace(opened.take(), false);
    if (m_workspace->isReadOnly())
        m_messageBar->showMessage(tr("%1 is read-only: it opens for reading, and nothing can be changed in it. "
                                     "Save a copy (File › Save As) to edit.")
                                      .arg(m_workspace->filePath()),
                                  MessageBar::Kind::Information);
    return true;
}

bool MainWindow::confirmTakeOver(const QString &path, const WorkspaceLockHolder &holder)
{
    QMessageBox box(QMessageBox::Warning, tr("Workspace in use on another computer"),
                    tr("%1 is marked as open in Quorum on the computer %2.").arg(QFileInfo(path).fileName(), holder.host),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("If Quorum still runs there, taking the file over means two people writing to it at "
                              "once, which can damage it beyond repair. Take it over only if you are sure that "
                              "Quorum is closed on %1 (or that computer is off).")
                               .arg(holder.host));
    QPushButton *takeOver = box.addButton(tr("Take Over the Workspace"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == takeOver;
}

void MainWindow::reloadWorkspace(const QString &reason)
{
    if (!m_workspace)
        return;
    const QString path = m_workspace->filePath();
    const bool demo = m_demoDirectory != nullptr;
    std::unique_ptr<QTemporaryDir> demoDirectory = std::move(m_demoDirectory);
    closeWorkspace(); // releases the file before it is opened again
    auto reopened = Workspace::open(path);
    if (!reopened) {
        showError(reopened.error());
        return;
    }
    adoptWorkspace(reopened.take(), demo);
    m_demoDirectory = std::move(demoDirectory);
    updateTitle();
    showError(tr("%1 Nothing of it was saved: the workspace shows what the file holds.").arg(reason));
}

bool MainWindow::openDemo()
{
    // A fresh scratch copy each time: the demo can be explored and edited freely, and
    // kept with Save As.
    auto directory = std::make_unique<QTemporaryDir>();
    const QString path = directory->filePath(tr("Demo") + u".quorum");
    if (!directory->isValid()) {
        showError(tr("No temporary folder is available for the demo workspace."));
        return false;
    }
    if (auto written = writeDemoWorkspace(path); !written) {
        showError(written.error());
        return false;
    }
    auto opened = Workspace::open(path);
    if (!opened) {
        showError(opened.error());
        return false;
    }
    adoptWorkspace(opened.take(), true);
    m_demoDirectory = std::move(directory);
    updateTitle();
    return true;
}

void MainWindow::closeWorkspace()
{
    if (!m_workspace)
        return;
    m_pages->setCurrentIndex(0);
    delete m_workspacePage;
    m_workspacePage = nullptr;
    m_tabs = nullptr;
    m_council = nullptr;
    m_members = nullptr;
    m_meetings = nullptr;
    m_console = nullptr;
    m_attendance = nullptr;
    m_minutes = nullptr;
    m_sessionMenu->clear(); // its actions belonged to the console
    m_sessionMenu->setEnabled(false);
    m_session = nullptr;
    m_projector = nullptr;
    m_councils = nullptr;
    m_councilsView = nullptr;
    m_councilId = 0;
    m_undoGroup.removeStack(m_workspace->undoStack());
    m_workspace.reset();
    m_demoDirectory.reset();
    updateTitle();
    retranslate();
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New workspace"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Quorum workspaces (*.quorum)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(u".quorum") ? path : path + u".quorum";
    auto created = Workspace::create(file);
    if (!created) {
        showError(created.error());
        return;
    }
    // A new council starts from sensible sectors, professions and functions it can change.
    if (auto seeded = seedDefaultLists(created.value()->storage()); !seeded) {
        showError(seeded.error());
        return;
    }
    adoptWorkspace(created.take(), false);
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Quorum workspaces (*.quorum);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::saveAs()
{
    if (!m_workspace)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save workspace as"),
                                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                tr("Quorum workspaces (*.quorum)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".quorum"))
        path += u".quorum";
    if (auto saved = m_workspace->saveAs(path); !saved) {
        showError(saved.error());
        return;
    }
    m_demoDirectory.reset();
    addRecentFile(m_workspace->filePath());
    updateTitle();
    m_messageBar->showMessage(tr("Saved as %1. Every change is now written there.").arg(m_workspace->filePath()),
                              MessageBar::Kind::Information);
}

void MainWindow::importMembers()
{
    if (!m_workspace || m_councilId <= 0) {
        showError(tr("Choose the council the members belong to, then import them."));
        return;
    }
    ImportMembersDialog dialog(*m_workspace, m_councilId, this);
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Members"), QString(),
                                                      tr("Spreadsheets saved as text (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    dialog.setFile(path);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MemberImportSummary &done = dialog.summary();
    m_messageBar->showMessage(tr("Members imported: %1 added, %2 updated, %3 unchanged. Edit › Undo takes the import back.")
                                  .arg(done.added)
                                  .arg(done.updated)
                                  .arg(done.unchanged),
                              MessageBar::Kind::Information);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Quorum"),
                       tr("<h3>Quorum %1</h3><p>Runs participatory council sessions and drafts their bilingual "
                          "minutes, offline, from one workspace file.</p>")
                           .arg(QStringLiteral(QUORUM_VERSION)));
}

void MainWindow::showError(const QString &message)
{
    m_messageBar->showMessage(message, MessageBar::Kind::Error);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(recentFilesKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(recentFilesKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = QSettings().value(recentFilesKey).toStringList();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(file).fileName());
        action->setToolTip(file);
        connect(action, &QAction::triggered, this, [this, file] { openWorkspace(file); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::applyLanguage(Language language)
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(Language(action->data().toInt()) == language);
    if (!m_councils)
        return;
    m_councils->setLanguage(language);
    // The council list shows names in the interface language (French for English).
    m_councilsView->setColumnHidden(0, language == Language::Dutch);
    m_councilsView->setColumnHidden(1, language != Language::Dutch);
    m_council->setLanguage(language);
    m_members->setLanguage(language);
    m_meetings->setLanguage(language);
    m_console->setLanguage(language);
    m_attendance->setLanguage(language);
    m_minutes->setLanguage(language);
    m_votes->setLanguage(language);
    m_history->setLanguage(language);
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("Quorum"));
        m_pathLabel->clear();
    } else if (m_demoDirectory) {
        setWindowTitle(tr("Demo workspace (temporary copy: use Save As to keep it) — Quorum"));
        m_pathLabel->setText(m_workspace->filePath());
    } else {
        setWindowTitle(tr("%1 — Quorum").arg(QFileInfo(m_workspace->filePath()).fileName()));
        m_pathLabel->setText(m_workspace->filePath());
    }
    m_saveAsAction->setEnabled(bool(m_workspace));
    m_importMembersAction->setEnabled(bool(m_workspace));
    m_closeAction->setEnabled(bool(m_workspace));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(geometryKey, saveGeometry());
    event->accept();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_sessionMenu->setTitle(tr("&Session"));
    m_screenMenu->setTitle(tr("Projector on &Screen"));
    m_newAction->setText(tr("&New Workspace…"));
    m_openAction->setText(tr("&Open…"));
    m_demoAction->setText(tr("Open the &Demo Workspace"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_importMembersAction->setText(tr("Import &Members…"));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
    m_darkAction->setText(tr("&Dark Theme"));
    m_aboutAction->setText(tr("&About Quorum"));
    const QStringList titles = viewTitles();
    for (int i = 0; i < m_viewActions.size(); ++i)
        m_viewActions.at(i)->setText(titles.at(i));

    m_welcomeTitle->setText(tr("Quorum"));
    m_welcomeText->setText(tr("Prepare and run participatory council sessions — agenda, members, meetings and "
                              "workshops — in French and Dutch, without internet. Everything is kept in one "
                              "workspace file and saved as you type."));
    m_welcomeNew->setText(tr("&New Workspace…"));
    m_welcomeOpen->setText(tr("&Open…"));
    m_welcomeDemo->setText(tr("Explore the &Demo"));

    if (m_tabs) {
        m_councilsLabel->setText(tr("Co&uncils:"));
        m_tabs->setTabText(m_tabs->indexOf(m_council), tr("Council"));
        m_tabs->setTabText(m_tabs->indexOf(m_members), tr("Members"));
        m_tabs->setTabText(m_tabs->indexOf(m_meetings), tr("Meetings and agenda"));
        m_tabs->setTabText(m_tabs->indexOf(m_console), tr("Session"));
        m_tabs->setTabText(m_tabs->indexOf(m_attendance), tr("Attendance"));
        m_tabs->setTabText(m_tabs->indexOf(m_minutes), tr("Minutes"));
        m_tabs->setTabText(m_tabs->indexOf(m_decisions), tr("Decisions"));
        m_decisions->setTabText(m_decisions->indexOf(m_votes), tr("Votes of the meeting"));
        m_decisions->setTabText(m_decisions->indexOf(m_history), tr("History of decisions"));
        m_councils->retranslate();
    }
    updateTitle();
}

} // namespace Quorum
