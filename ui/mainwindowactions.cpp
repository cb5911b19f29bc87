// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions, menus, welcome page, titles and their translations: what the
// window offers whether or not a workspace is open (mainwindow.cpp assembles the panels).
#include "mainwindow.h"

#include "consolepanel.h"
#include "councilpanel.h"
#include "historypanel.h"
#include "languageswitcher.h"
#include "lazytab.h"
#include "meetingspanel.h"
#include "models/recordtablemodel.h"
#include "projectorwindow.h"
#include "theme.h"
#include "votepanel.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Quorum {
namespace {

const QString recentFilesKey = QStringLiteral("recentFiles");
const QString darkThemeKey = QStringLiteral("darkTheme");
const QString languageKey = QStringLiteral("language");
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

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Quorum"),
                       tr("<h3>Quorum %1</h3><p>Runs participatory council sessions and drafts their bilingual "
                          "minutes, offline, from one workspace file.</p>")
                           .arg(QStringLiteral(QUORUM_VERSION)));
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
        m_tabs->setTabText(m_tabs->indexOf(m_membersTab), tr("Members"));
        m_tabs->setTabText(m_tabs->indexOf(m_meetings), tr("Meetings and agenda"));
        m_tabs->setTabText(m_tabs->indexOf(m_console), tr("Session"));
        m_tabs->setTabText(m_tabs->indexOf(m_attendanceTab), tr("Attendance"));
        m_tabs->setTabText(m_tabs->indexOf(m_minutesTab), tr("Minutes"));
        m_tabs->setTabText(m_tabs->indexOf(m_decisionsTab), tr("Decisions"));
        retranslateDecisions();
        m_councils->retranslate();
    }
    updateTitle();
}

// The Decisions tab's own tabs, once it is made.
void MainWindow::retranslateDecisions()
{
    if (!m_decisions)
        return;
    m_decisions->setTabText(m_decisions->indexOf(m_votes), tr("Votes of the meeting"));
    m_decisions->setTabText(m_decisions->indexOf(m_history), tr("History of decisions"));
}

} // namespace Quorum
