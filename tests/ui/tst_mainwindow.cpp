// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a whole: opening and closing workspaces, its views, its languages.

#include "uitestsupport.h"

#include "demo.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTranslator>

using namespace Quorum;
using QuorumUiTest::DemoWindow;
using QuorumUiTest::mainTabs;
using QuorumUiTest::showsTab;
using QuorumUiTest::tabText;

namespace {

QStackedWidget *pages(const MainWindow &window)
{
    auto *stack = window.centralWidget()->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE(stack);
    return stack;
}

// The page of the meetings panel's inner tabs (agenda, workshops) that is shown.
int meetingsPage(const MainWindow &window)
{
    auto *details = window.meetingsPanel()->findChild<QTabWidget *>();
    REQUIRE(details);
    return details->currentIndex();
}

// Translates a few of the main window's strings into French, standing in for a catalogue
// that may still be incomplete: the window must follow whatever translator is installed.
class StandInTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "Quorum::MainWindow") != 0)
            return {};
        if (qstrcmp(source, "Council") == 0)
            return QStringLiteral("Conseil");
        if (qstrcmp(source, "Members") == 0)
            return QStringLiteral("Membres");
        if (qstrcmp(source, "Meetings and agenda") == 0)
            return QStringLiteral("Réunions et ordre du jour");
        return {};
    }
};

bool waitForTabText(const MainWindow &window, QWidget *page, const QString &text)
{
    return QTest::qWaitFor([&] { return tabText(window, page) == text; }, 2000);
}

} // namespace

TEST_CASE("Main window opens the demo and shows every view", "[mainwindow]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.isVisible());
    CHECK(pages(window)->currentIndex() == 1);
    CHECK(!window.messageBar()->isVisible());

    // The council list, with the first council (the regional one) chosen.
    RecordTableModel *councils = window.councilsView()->records();
    REQUIRE(councils->rowCount() >= 2);
    CHECK(window.councilsView()->currentRecordId() == councils->recordId(0));

    REQUIRE(window.showView(QStringLiteral("members")));
    CHECK(showsTab(window, window.membersPanel()));
    CHECK(window.membersPanel()->model()->parentId() == councils->recordId(0));
    CHECK(window.membersPanel()->model()->rowCount() >= 30);
    CHECK(window.membersPanel()->view()->model()->rowCount() == window.membersPanel()->model()->rowCount());

    for (const QString &name : MainWindow::viewNames()) {
        INFO("view " << name.toStdString());
        CHECK(window.showView(name));
    }
    REQUIRE(window.showView(QStringLiteral("agenda")));
    CHECK(showsTab(window, window.meetingsPanel()));
    CHECK(meetingsPage(window) == 0);
    CHECK(window.meetingsPanel()->agendaView()->records()->rowCount() > 0);
    REQUIRE(window.showView(QStringLiteral("workshops")));
    CHECK(meetingsPage(window) == 1);
    REQUIRE(window.showView(QStringLiteral("council")));
    CHECK(mainTabs(window)->currentIndex() == 0);

    CHECK_FALSE(window.showView(QStringLiteral("nonsense")));
    CHECK_FALSE(window.showView(QString()));
    CHECK(mainTabs(window)->currentIndex() == 0);
}

TEST_CASE("Main window panels follow the council chosen in the list", "[mainwindow]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    RecordTableModel *councils = window.councilsView()->records();
    REQUIRE(councils->rowCount() >= 2);
    const qint64 first = councils->recordId(0);
    const qint64 second = councils->recordId(1);
    const auto membersOf = [&](qint64 council) {
        return int(window.workspace()->records(Entity::Membership, council).size());
    };
    REQUIRE(membersOf(first) != membersOf(second));

    REQUIRE(window.showView(QStringLiteral("members")));
    window.councilsView()->selectRecord(second);
    CHECK(window.membersPanel()->model()->parentId() == second);
    CHECK(window.membersPanel()->model()->rowCount() == membersOf(second));

    // Chosen while another tab is in view: the panel catches up when shown.
    REQUIRE(window.showView(QStringLiteral("council")));
    window.councilsView()->selectRecord(first);
    REQUIRE(window.showView(QStringLiteral("members")));
    CHECK(window.membersPanel()->model()->parentId() == first);
    CHECK(window.membersPanel()->model()->rowCount() == membersOf(first));

    REQUIRE(window.showView(QStringLiteral("meetings")));
    CHECK(window.meetingsPanel()->meetingsView()->records()->parentId() == first);
    window.councilsView()->selectRecord(second);
    CHECK(window.meetingsPanel()->meetingsView()->records()->parentId() == second);
    CHECK(window.meetingsPanel()->meetingsView()->records()->rowCount()
          == int(window.workspace()->records(Entity::Meeting, second).size()));
}

TEST_CASE("Main window closes the workspace back to the welcome page", "[mainwindow]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // The demo copy lives in a scratch folder: the workspace is closed before it goes.
    const QString folder = QFileInfo(window.workspace()->filePath()).absolutePath();
    REQUIRE(QFileInfo::exists(folder));
    bool folderExistedAtClose = false;
    QObject::connect(window.workspace(), &QObject::destroyed,
                     [&] { folderExistedAtClose = QFileInfo::exists(folder); });

    window.closeWorkspace();
    CHECK(window.workspace() == nullptr);
    CHECK(window.membersPanel() == nullptr);
    CHECK(window.meetingsPanel() == nullptr);
    CHECK(pages(window)->currentIndex() == 0);
    CHECK(window.windowTitle() == QStringLiteral("Quorum"));
    CHECK(folderExistedAtClose);
    CHECK(!QFileInfo::exists(folder));
    CHECK_FALSE(window.showView(QStringLiteral("members")));

    // Closing twice is harmless.
    window.closeWorkspace();
    CHECK(window.workspace() == nullptr);
}

TEST_CASE("Main window reports a workspace that cannot be opened", "[mainwindow]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.closeWorkspace();
    REQUIRE(!window.messageBar()->isVisible());

    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    const QString missing = directory.filePath(QStringLiteral("missing.quorum"));
    CHECK_FALSE(window.openWorkspace(missing));
    CHECK(window.workspace() == nullptr);
    CHECK(pages(window)->currentIndex() == 0);
    CHECK(window.messageBar()->isVisible());
    CHECK(window.messageBar()->text().contains(missing));
    CHECK(window.messageBar()->text().contains(u"no such file"));
    CHECK(!QFileInfo::exists(missing));

    // A file that is not a workspace is refused the same way, and left as it was.
    const QString notes = directory.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notes);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Ordre du jour\n");
    }
    CHECK_FALSE(window.openWorkspace(notes));
    CHECK(window.workspace() == nullptr);
    CHECK(window.messageBar()->text().contains(u"not a Quorum workspace"));
    CHECK(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("notes.txt")});

    // An open workspace stays open when another file is refused.
    REQUIRE(window.openDemo());
    CHECK_FALSE(window.openWorkspace(missing));
    CHECK(window.workspace() != nullptr);
    CHECK(window.messageBar()->isVisible());
}

TEST_CASE("Main window refuses a workspace already open in another window", "[mainwindow]")
{
    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("shared.quorum"));
    REQUIRE(writeDemoWorkspace(path).ok());

    LanguageSwitcher languages;
    languages.setLanguage(Language::English);
    MainWindow first(&languages);
    MainWindow second(&languages);
    REQUIRE(first.openWorkspace(path));
    CHECK(first.workspace()->filePath() == QFileInfo(path).absoluteFilePath());
    // The same file again in the same window is simply the file already open.
    CHECK(first.openWorkspace(path));

    CHECK_FALSE(second.openWorkspace(path));
    CHECK(second.workspace() == nullptr);
    CHECK(!second.messageBar()->isHidden());
    CHECK(second.messageBar()->text().contains(u"already open"));
    CHECK(first.workspace() != nullptr);

    // Once the first window lets go, the second can open it.
    first.closeWorkspace();
    CHECK(second.openWorkspace(path));
    CHECK(second.workspace() != nullptr);
}

TEST_CASE("Main window tabs follow the installed translation", "[mainwindow][language]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    CHECK(tabText(window, window.membersPanel()) == QStringLiteral("Members"));
    CHECK(tabText(window, window.meetingsPanel()) == QStringLiteral("Meetings and agenda"));

    StandInTranslator french;
    REQUIRE(QCoreApplication::installTranslator(&french));
    CHECK(waitForTabText(window, window.membersPanel(), QStringLiteral("Membres")));
    CHECK(tabText(window, window.meetingsPanel()) == QStringLiteral("Réunions et ordre du jour"));
    CHECK(tabText(window, mainTabs(window)->widget(0)) == QStringLiteral("Conseil"));

    REQUIRE(QCoreApplication::removeTranslator(&french));
    CHECK(waitForTabText(window, window.membersPanel(), QStringLiteral("Members")));
    CHECK(tabText(window, mainTabs(window)->widget(0)) == QStringLiteral("Council"));
}

TEST_CASE("Main window switches to French and back to English", "[mainwindow][language]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    REQUIRE(window.showView(QStringLiteral("meetings")));
    RecordTableModel *meetings = window.meetingsPanel()->meetingsView()->records();
    REQUIRE(meetings->rowCount() > 0);
    const QModelIndex dateCell = meetings->index(0, meetings->columnOf(QStringLiteral("date")));
    const QDate date = QDate::fromString(dateCell.data(Qt::EditRole).toString(), Qt::ISODate);
    REQUIRE(date.isValid());

    // The catalogues are compiled into the quorum program; a program without them (like
    // this one) falls back to the catalogue built next to it, if there is one.
    const bool bundled = demo.languages.setLanguage(Language::French);
    QTranslator built;
    if (!bundled && built.load(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/quorum_fr.qm"))))
        QCoreApplication::installTranslator(&built);
    QCoreApplication::processEvents();

    CHECK(demo.languages.language() == Language::French);
    // Dates follow the Belgian French conventions whatever the catalogue holds: day first,
    // without the leading zero English writes.
    CHECK(QLocale().language() == QLocale::French);
    CHECK(QLocale().territory() == QLocale::Belgium);
    const QString frenchDate = dateCell.data(Qt::DisplayRole).toString();
    CHECK(frenchDate.startsWith(QString::number(date.day()) + u'/'));
    CHECK(frenchDate.contains(QString::number(date.year())));
    const QString members = QCoreApplication::translate("Quorum::MainWindow", "Members");
    CHECK(waitForTabText(window, window.membersPanel(), members));
    if (members != QStringLiteral("Members"))
        CHECK(tabText(window, window.membersPanel()) != QStringLiteral("Members"));
    else
        WARN("The French catalogue has no translation for \"Members\" yet.");

    QCoreApplication::removeTranslator(&built);
    demo.languages.setLanguage(Language::English);
    CHECK(demo.languages.language() == Language::English);
    CHECK(waitForTabText(window, window.membersPanel(), QStringLiteral("Members")));
    CHECK(QLocale().language() == QLocale::English);
    const QString englishDate = dateCell.data(Qt::DisplayRole).toString();
    CHECK(englishDate.contains(QString::number(date.year())));
    CHECK(englishDate.startsWith(QStringLiteral("%1/").arg(date.day(), 2, 10, QChar(u'0'))));
}

TEST_CASE("Main window shows council names in Dutch for the Dutch interface", "[mainwindow][language]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    RecordTableView *view = window.councilsView();
    const Record council = window.workspace()->records(Entity::Council).first();
    const BilingualText name = council.bilingual(QStringLiteral("name"));
    REQUIRE(name.fr != name.nl);
    const auto shownName = [&] {
        for (int column = 0; column < view->model()->columnCount(); ++column)
            if (!view->isColumnHidden(column))
                return view->model()->index(0, column).data().toString();
        return QString();
    };
    CHECK(shownName() == name.fr); // French names for the English interface

    demo.languages.setLanguage(Language::Dutch);
    CHECK(shownName() == name.nl);
    demo.languages.setLanguage(Language::French);
    CHECK(shownName() == name.fr);
    demo.languages.setLanguage(Language::English);
}

// Deleting the demo's scratch folder under an open workspace loses its lock file and
// leaves SQLite writing into a removed folder ("Could not remove our own lock file ...").
TEST_CASE("Main window destroyed on the demo closes the workspace before deleting its folder", "[mainwindow]")
{
    QString folder;
    bool folderExistedAtClose = false;
    {
        DemoWindow demo;
        folder = QFileInfo(demo.window.workspace()->filePath()).absolutePath();
        QObject::connect(demo.window.workspace(), &QObject::destroyed,
                         [&] { folderExistedAtClose = QFileInfo::exists(folder); });
    }
    CHECK(!QFileInfo::exists(folder));
    CHECK(folderExistedAtClose);
}
