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
#include "lazytab.h"
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

const QString geometryKey = QStringLiteral("geometry");

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
            u"attendance"_qs, u"synthesis"_qs, u"preview"_qs, u"vote"_qs, u"history"_qs,
            // Added later: at the end, so the views' Ctrl+digit keys stay where users learnt them.
            u"ideas"_qs};
}

// The menu title of each view, in viewNames() order.
QStringList MainWindow::viewTitles()
{
    return {tr("&Council"), tr("&Members"), tr("M&eetings"), tr("&Agenda"), tr("&Workshops"), tr("&Session Console"),
            tr("&Projector Screen"), tr("A&ttendance"), tr("M&inutes"), tr("Minutes Pre&view"), tr("V&otes"),
            tr("Decision &History"), tr("&Ideas")};
}

bool MainWindow::showView(const QString &name)
{
    if (!m_tabs || !viewNames().contains(name))
        return false;
    if (name == u"council") {
        m_tabs->setCurrentWidget(m_council);
    } else if (name == u"members") {
        m_tabs->setCurrentWidget(m_membersTab);
    } else if (name == u"meetings" || name == u"agenda" || name == u"workshops" || name == u"ideas") {
        m_tabs->setCurrentWidget(m_meetings);
        if (name != u"meetings")
            m_meetings->showPage(name == u"agenda"      ? MeetingsPanel::Page::Agenda
                                 : name == u"ideas" ? MeetingsPanel::Page::Ideas
                                                    : MeetingsPanel::Page::Workshops);
    } else if (name == u"console") {
        m_tabs->setCurrentWidget(m_console);
    } else if (name == u"attendance") {
        m_tabs->setCurrentWidget(m_attendanceTab);
    } else if (name == u"synthesis" || name == u"preview") {
        minutesPanel()->showPage(name == u"preview" ? MinutesPanel::Page::Preview : MinutesPanel::Page::Editor);
        m_tabs->setCurrentWidget(m_minutesTab);
    } else if (name == u"vote" || name == u"history") {
        m_decisionsTab->content();
        m_decisions->setCurrentWidget(name == u"vote" ? static_cast<QWidget *>(m_votes) : m_history);
        m_tabs->setCurrentWidget(m_decisionsTab);
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
    // The meetings panel chooses the meeting the other tabs show, and the console's session
    // actions are in the menu from the start: both are made now; the rest when first shown.
    m_meetings = new MeetingsPanel(workspace);
    m_membersTab = new LazyTab([this] { return buildMembers(); });
    m_attendanceTab = new LazyTab([this] { return buildAttendance(); });
    m_minutesTab = new LazyTab([this] { return buildMinutes(); });
    m_decisionsTab = new LazyTab([this] { return buildDecisions(); });
    m_session = new SessionController(workspace, m_clock.get(), m_workspacePage);
    m_session->setHistorical(m_historicalClock);
    m_console = new ConsolePanel(workspace, m_session);
    m_projector = new ProjectorWindow(workspace, m_session, m_workspacePage);
    m_tabs->addTab(m_council, QString());
    m_tabs->addTab(m_membersTab, QString());
    m_tabs->addTab(m_meetings, QString());
    m_tabs->addTab(m_attendanceTab, QString());
    m_tabs->addTab(m_minutesTab, QString());
    m_tabs->addTab(m_console, QString());
    m_tabs->addTab(m_decisionsTab, QString());

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
    connect(m_meetings, &MeetingsPanel::failed, this, &MainWindow::showError);
    connect(m_console, &ConsolePanel::failed, this, &MainWindow::showError);
    // The tab in view is built by now (showCouncilInCurrentTab() builds it).
    connect(m_meetings, &MeetingsPanel::currentMeetingChanged, this, [this](qint64 meetingId) {
        if (m_tabs->currentWidget() == m_attendanceTab)
            m_attendance->setMeeting(meetingId > 0 ? std::optional<qint64>(meetingId) : std::nullopt);
        else if (m_tabs->currentWidget() == m_minutesTab)
            m_minutes->setMeeting(meetingId > 0 ? std::optional<qint64>(meetingId) : std::nullopt);
        else if (m_tabs->currentWidget() == m_decisionsTab)
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
    connect(workspace, &Workspace::fileDamaged, this, &MainWindow::showError);
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

// The tabs made when first shown (LazyTab): each panel as it would have been made with
// the window, in the window's language.
QWidget *MainWindow::buildMembers()
{
    m_members = new MembersPanel(m_workspace.get());
    connect(m_members, &MembersPanel::failed, this, &MainWindow::showError);
    m_members->setLanguage(m_languages->language());
    return m_members;
}

QWidget *MainWindow::buildAttendance()
{
    m_attendance = new AttendancePanel(m_workspace.get());
    connect(m_attendance, &AttendancePanel::failed, this, &MainWindow::showError);
    m_attendance->setLanguage(m_languages->language());
    return m_attendance;
}

QWidget *MainWindow::buildMinutes()
{
    m_minutes = new MinutesPanel(m_workspace.get());
    connect(m_minutes, &MinutesPanel::failed, this, &MainWindow::showError);
    m_minutes->setLanguage(m_languages->language());
    return m_minutes;
}

QWidget *MainWindow::buildDecisions()
{
    m_decisions = new QTabWidget;
    m_votes = new VotePanel(m_workspace.get(), m_clock.get());
    m_history = new HistoryPanel(m_workspace.get());
    m_decisions->addTab(m_votes, QString());
    m_decisions->addTab(m_history, QString());
    connect(m_votes, &VotePanel::failed, this, &MainWindow::showError);
    connect(m_history, &HistoryPanel::failed, this, &MainWindow::showError);
    // Only when the decisions are in view: showView("history") turns this tab before the
    // main one, and the council tab still in front was loaded a second time for nothing.
    connect(m_decisions, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs && m_tabs->currentWidget() == m_decisionsTab)
            showCouncilInCurrentTab();
    });
    // F6 puts the vote on the projector, and again takes it off.
    connect(m_votes, &VotePanel::projectVoteRequested, this, [this](qint64 voteId) {
        const bool showing = m_projector->isVisible() && m_projector->shownVote() == voteId;
        m_projector->showVote(showing ? 0 : voteId);
        if (!showing && !m_projector->isVisible())
            showProjector();
    });
    m_votes->setLanguage(m_languages->language());
    m_history->setLanguage(m_languages->language());
    m_history->setCouncil(m_councilId); // before it is first shown: its first reading is of that council
    retranslateDecisions();
    return m_decisions;
}

MembersPanel *MainWindow::membersPanel()
{
    return m_membersTab ? (m_membersTab->content(), m_members) : nullptr;
}

AttendancePanel *MainWindow::attendancePanel()
{
    return m_attendanceTab ? (m_attendanceTab->content(), m_attendance) : nullptr;
}

MinutesPanel *MainWindow::minutesPanel()
{
    return m_minutesTab ? (m_minutesTab->content(), m_minutes) : nullptr;
}

VotePanel *MainWindow::votePanel()
{
    return m_decisionsTab ? (m_decisionsTab->content(), m_votes) : nullptr;
}

HistoryPanel *MainWindow::historyPanel()
{
    return m_decisionsTab ? (m_decisionsTab->content(), m_history) : nullptr;
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
    if (m_history && !m_history->isVisible())
        m_history->setCouncil(councilId); // hidden: only remembered, so it is read once when shown
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
    if (auto *lazy = dynamic_cast<LazyTab *>(current))
        lazy->content(); // first shown: made now
    if (current == m_council)
        m_council->setCouncilRow(m_councils->rowOfId(m_councilId));
    else if (current == m_membersTab)
        m_members->setCouncil(council);
    else if (current == m_meetings || current == m_console)
        m_meetings->setCouncil(council); // the console runs the meeting chosen there
    else if (current == m_attendanceTab) {
        m_meetings->setCouncil(council); // check-in is for the meeting chosen there
        m_attendance->setMeeting(m_meetings->currentMeetingId());
    } else if (current == m_minutesTab) {
        m_meetings->setCouncil(council); // the minutes are the meeting's chosen there
        m_minutes->setMeeting(m_meetings->currentMeetingId());
    } else if (current == m_decisionsTab) {
        if (m_decisions->currentWidget() == m_votes) {
            m_meetings->setCouncil(council); // votes are the meeting's chosen there
            m_votes->setMeeting(m_meetings->currentMeetingId());
        } else {
            m_history->setCouncil(m_councilId); // spans meetings: none chosen, none read
        }
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
    m_decisions = nullptr;
    m_votes = nullptr;
    m_history = nullptr;
    m_membersTab = nullptr;
    m_attendanceTab = nullptr;
    m_minutesTab = nullptr;
    m_decisionsTab = nullptr;
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

void MainWindow::showError(const QString &message)
{
    m_messageBar->showMessage(message, MessageBar::Kind::Error);
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
    m_meetings->setLanguage(language);
    m_console->setLanguage(language);
    // Tabs not made yet take the language when they are (buildMembers()…).
    if (m_members)
        m_members->setLanguage(language);
    if (m_attendance)
        m_attendance->setLanguage(language);
    if (m_minutes)
        m_minutes->setLanguage(language);
    if (m_votes) {
        m_votes->setLanguage(language);
        m_history->setLanguage(language);
    }
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

} // namespace Quorum
