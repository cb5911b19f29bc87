// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the ui tests: a main window on a fresh copy of the demo workspace.

#include "catchqt.h"

#include "languageswitcher.h"
#include "mainwindow.h"
#include "meetingspanel.h"
#include "memberspanel.h"
#include "messagebar.h"
#include "models/recordtablemodel.h"
#include "recordtableview.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTabWidget>
#include <QTest>

namespace QuorumUiTest {

// The tab of `tabs` that shows `panel`: its page, or the page a tab made when first shown
// (LazyTab) puts it in; -1 when none does.
inline int tabOf(const QTabWidget *tabs, const QWidget *panel)
{
    for (int i = 0; panel && i < tabs->count(); ++i)
        if (tabs->widget(i) == panel || tabs->widget(i)->isAncestorOf(panel))
            return i;
    return -1;
}

// The window's tabs (council, members, meetings), told apart from the tabs inside panels.
inline QTabWidget *mainTabs(const Quorum::MainWindow &window)
{
    for (QTabWidget *tabs : window.findChildren<QTabWidget *>())
        if (window.meetingsPanel() && tabs->indexOf(window.meetingsPanel()) >= 0)
            return tabs;
    return nullptr;
}

// Whether the window's tab in view is the one showing `panel`.
inline bool showsTab(const Quorum::MainWindow &window, const QWidget *panel)
{
    QTabWidget *tabs = mainTabs(window);
    return tabs && tabOf(tabs, panel) == tabs->currentIndex();
}

inline QString tabText(const Quorum::MainWindow &window, QWidget *page)
{
    QTabWidget *tabs = mainTabs(window);
    REQUIRE(tabs);
    const int index = tabOf(tabs, page);
    REQUIRE(index >= 0);
    return tabs->tabText(index);
}

// A main window in English on a fresh scratch copy of the demo workspace. The switcher
// is declared first so that it outlives the window that refers to it.
struct DemoWindow
{
    Quorum::LanguageSwitcher languages;
    Quorum::MainWindow window{&languages};

    DemoWindow()
    {
        languages.setLanguage(Quorum::Language::English);
        REQUIRE(window.openDemo());
        REQUIRE(window.workspace());
    }

    // Shows the window and makes it active: keyboard focus and the views' shortcuts
    // (WidgetWithChildrenShortcut) only work in the active window.
    void showActive()
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    // The panels load the chosen council only when their tab is shown.
    Quorum::RecordTableView *agendaView()
    {
        REQUIRE(window.showView(QStringLiteral("agenda")));
        Quorum::RecordTableView *view = window.meetingsPanel()->agendaView();
        REQUIRE(view->records()->rowCount() >= 3);
        return view;
    }

    Quorum::RecordTableView *meetingsView()
    {
        REQUIRE(window.showView(QStringLiteral("meetings")));
        Quorum::RecordTableView *view = window.meetingsPanel()->meetingsView();
        REQUIRE(view->records()->rowCount() >= 1);
        return view;
    }
};

// Gives keyboard focus to `widget` inside the active window.
inline void focus(QWidget *widget)
{
    widget->setFocus(Qt::OtherFocusReason);
    REQUIRE(QTest::qWaitFor([widget] { return widget->hasFocus(); }, 2000));
}

// The ids of a table model's rows, in display order.
inline QList<qint64> rowIds(const Quorum::RecordTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.recordId(row));
    return ids;
}

} // namespace QuorumUiTest
