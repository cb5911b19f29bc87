// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"

#include <QMainWindow>
#include <QUndoGroup>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTemporaryDir;

namespace Quorum {

class AttendancePanel;
class Clock;
class ConsolePanel;
class CouncilPanel;
class ProjectorWindow;
class SessionController;
class LanguageSwitcher;
class MeetingsPanel;
class MembersPanel;
class MessageBar;
class MinutesPanel;
class HistoryPanel;
class LazyTab;
class VotePanel;
class RecordTableModel;
class RecordTableView;
class Workspace;
struct WorkspaceLockHolder;

// Assembles the panels and the application's actions around one open workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageSwitcher *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The views `--view` can show, in menu order.
    static QStringList viewNames();
    static QStringList viewTitles();
    bool showView(const QString &name);
    // What a screenshot of a view shows: the projector window for "projector", else this.
    QWidget *viewWidget(const QString &name);
    // The clock sessions run on; `historical` shows past sessions as they were at its time
    // (screenshots of a session that has ended). Set before opening a workspace.
    void setClock(std::unique_ptr<Clock> clock, bool historical = false);
    void showProjector();
    void fillScreenMenu();
    // Selects the first council meeting on `date` and its council; false when there is none.
    bool showMeeting(const QDate &date);

    bool openWorkspace(const QString &path);
    bool openDemo();
    // Reads the open workspace again from its file, after a step the file refused to commit.
    void reloadWorkspace(const QString &reason);
    // Asks whether a lock left by Quorum on another computer may be taken over.
    bool confirmTakeOver(const QString &path, const WorkspaceLockHolder &holder);
    void closeWorkspace();
    Workspace *workspace() const { return m_workspace.get(); }
    MessageBar *messageBar() const { return m_messageBar; }
    CouncilPanel *councilPanel() const { return m_council; }
    // The panels of tabs made when first shown (LazyTab) are made by asking for them.
    MembersPanel *membersPanel();
    MeetingsPanel *meetingsPanel() const { return m_meetings; }
    ConsolePanel *consolePanel() const { return m_console; }
    AttendancePanel *attendancePanel();
    MinutesPanel *minutesPanel();
    VotePanel *votePanel();
    HistoryPanel *historyPanel();
    SessionController *session() const { return m_session; }
    ProjectorWindow *projector() const { return m_projector; }
    RecordTableView *councilsView() const { return m_councilsView; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createWelcomePage();
    void buildWorkspaceUi();
    void adoptWorkspace(std::unique_ptr<Workspace> workspace, bool temporary);
    void councilChanged(qint64 councilId);
    void resumeLiveSession();
    void showCouncilInCurrentTab();
    QWidget *buildMembers();
    QWidget *buildAttendance();
    QWidget *buildMinutes();
    QWidget *buildDecisions();
    void applyLanguage(Language language);
    void retranslate();
    void retranslateDecisions();
    void updateTitle();
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void showError(const QString &message);

    void newWorkspace();
    void openWithDialog();
    void saveAs();
    void importMembers();
    void about();

    LanguageSwitcher *m_languages;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QTemporaryDir> m_demoDirectory; // set while the demo copy is open
    QUndoGroup m_undoGroup;

    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_welcomeNew = nullptr;
    QPushButton *m_welcomeOpen = nullptr;
    QPushButton *m_welcomeDemo = nullptr;
    QWidget *m_workspacePage = nullptr;
    QLabel *m_councilsLabel = nullptr;
    RecordTableModel *m_councils = nullptr;
    RecordTableView *m_councilsView = nullptr;
    QTabWidget *m_tabs = nullptr;
    qint64 m_councilId = 0; // the council chosen in the list
    CouncilPanel *m_council = nullptr;
    MembersPanel *m_members = nullptr;
    QTabWidget *m_decisions = nullptr; // the votes of the chosen meeting, and the history
    VotePanel *m_votes = nullptr;
    HistoryPanel *m_history = nullptr;
    MeetingsPanel *m_meetings = nullptr;
    ConsolePanel *m_console = nullptr;
    AttendancePanel *m_attendance = nullptr;
    MinutesPanel *m_minutes = nullptr;
    // The pages of the tabs made when first shown; the panels above stay null until then.
    LazyTab *m_membersTab = nullptr;
    LazyTab *m_attendanceTab = nullptr;
    LazyTab *m_minutesTab = nullptr;
    LazyTab *m_decisionsTab = nullptr;
    SessionController *m_session = nullptr;
    ProjectorWindow *m_projector = nullptr;
    std::unique_ptr<Clock> m_clock;
    bool m_historicalClock = false;
    QLabel *m_pathLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_sessionMenu = nullptr;
    QMenu *m_screenMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importMembersAction = nullptr; // File › Import Members… (ui/members)
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_viewActions;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace Quorum
