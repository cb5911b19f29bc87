// SPDX-License-Identifier: GPL-3.0-or-later
// Running a whole session from the keyboard, as a facilitator with a presenter remote.
#include "uitestsupport.h"

#include "consolepanel.h"
#include "notes/notetagger.h"
#include "mockclock.h"
#include "projectorwindow.h"
#include "session/sessioncontroller.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTimer>

using namespace Quorum;
using namespace QuorumUiTest;

namespace {

// A demo window on a clock the test moves, showing the console on the planned session
// of 18 November 2025.
struct ConsoleWindow
{
    LanguageSwitcher languages;
    MainWindow window{&languages};
    QuorumTest::MockClock *clock = nullptr;

    ConsoleWindow()
    {
        languages.setLanguage(Language::English);
        auto owned = std::make_unique<QuorumTest::MockClock>(QDateTime(QDate(2025, 11, 18), QTime(8, 0), Qt::UTC));
        clock = owned.get();
        window.setClock(std::move(owned));
        REQUIRE(window.openDemo());
        REQUIRE(window.showMeeting(QDate(2025, 11, 18)));
        REQUIRE(window.showView(QStringLiteral("console")));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        focus(window.consolePanel()->agendaList());
    }
    SessionController *session() { return window.session(); }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        // After a dialog closes the offscreen platform may leave no focus widget: the keys
        // then go to the console, as the window's focus would.
        // The offscreen platform does not hand activation back after a dialog closes.
        if (!window.isActiveWindow())
            QApplication::setActiveWindow(&window);
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target ? target : window.consolePanel()->agendaList(), Qt::Key(key), modifiers);
    }
    QString status()
    {
        return window.workspace()->record(Entity::Meeting, *session()->meetingId())->text(QStringLiteral("status"));
    }
};

// Answers the next confirmation with `button` as soon as it opens (within five seconds).
void answerNextQuestion(QMessageBox::StandardButton button)
{
    auto *poll = new QTimer;
    auto *tries = new int(0);
    QObject::connect(poll, &QTimer::timeout, [poll, tries, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
        if (box || ++*tries > 500) {
            poll->deleteLater();
            delete tries;
            poll->stop();
        }
    });
    poll->start(10);
}

} // namespace

TEST_CASE("Console runs a session from start to close by keyboard")
{
    ConsoleWindow c;
    REQUIRE(c.session()->meetingId());
    const QList<Record> agenda = c.session()->agenda();
    REQUIRE(agenda.size() >= 4);
    CHECK(c.status() == QStringLiteral("planned"));

    c.key(Qt::Key_F5);
    CHECK(c.status() == QStringLiteral("live"));
    CHECK(c.session()->state().currentItemId == agenda.at(0).id);

    c.clock->advance(600);
    c.key(Qt::Key_PageDown);
    CHECK(c.session()->state().currentItemId == agenda.at(1).id);
    CHECK(c.session()->state().items.at(0).spentSeconds == 600);

    c.key(Qt::Key_PageUp);
    CHECK(c.session()->state().currentItemId == agenda.at(0).id);
    c.key(Qt::Key_Right, Qt::ControlModifier);
    CHECK(c.session()->state().currentItemId == agenda.at(1).id);

    c.clock->advance(60);
    c.key(Qt::Key_Space, Qt::ControlModifier);
    CHECK(c.session()->state().paused);
    c.clock->advance(300);
    c.key(Qt::Key_Space, Qt::ControlModifier);
    CHECK_FALSE(c.session()->state().paused);
    CHECK(c.session()->state().elapsedSeconds == 60);

    const qint64 planned = c.session()->state().items.at(1).plannedSeconds;
    c.key(Qt::Key_Plus, Qt::ControlModifier);
    CHECK(c.session()->state().items.at(1).plannedSeconds == planned + 60);
    c.key(Qt::Key_Minus, Qt::ControlModifier);
    CHECK(c.session()->state().items.at(1).plannedSeconds == planned);

    c.key(Qt::Key_K, Qt::ControlModifier);
    CHECK(c.session()->state().items.at(1).skipped);
    CHECK(c.session()->state().currentItemId == agenda.at(2).id);

    // Jump: Ctrl+J to the agenda list, arrows, Enter.
    c.key(Qt::Key_J, Qt::ControlModifier);
    CHECK(c.window.consolePanel()->agendaList()->hasFocus());
    c.key(Qt::Key_Down);
    c.key(Qt::Key_Return);
    CHECK(c.session()->state().currentItemId == agenda.at(3).id);

    answerNextQuestion(QMessageBox::Cancel);
    c.key(Qt::Key_F5, Qt::ShiftModifier);
    CHECK(c.status() == QStringLiteral("live"));
    answerNextQuestion(QMessageBox::Yes);
    c.key(Qt::Key_F5, Qt::ShiftModifier);
    CHECK(c.status() == QStringLiteral("closed"));
    CHECK(c.session()->state().closed);
    // Planned against actual, item by item, is on the console.
    QTreeWidgetItem *first = c.window.consolePanel()->agendaList()->topLevelItem(0);
    REQUIRE(first);
    CHECK(first->text(1) == QStringLiteral("09:00")); // planned from the session's start
    CHECK(first->text(5) == QStringLiteral("10"));
    CHECK_FALSE(first->text(6).isEmpty());
}

TEST_CASE("Console notes typed during the session are kept with the item")
{
    ConsoleWindow c;
    c.key(Qt::Key_F5);
    auto editors = c.window.consolePanel()->findChildren<QPlainTextEdit *>();
    REQUIRE(editors.size() == 2);
    focus(editors.at(0));
    QTest::keyClicks(editors.at(0), QStringLiteral("Quorum atteint"));
    const qint64 item = c.session()->state().currentItemId;
    CHECK(c.window.workspace()->record(Entity::AgendaItem, item)->text(QStringLiteral("live_notes_fr")) == QStringLiteral("Quorum atteint"));
    // One undo step for the whole typing.
    c.window.workspace()->undoStack()->undo();
    CHECK(c.window.workspace()->record(Entity::AgendaItem, item)->text(QStringLiteral("live_notes_fr")).isEmpty());
}

TEST_CASE("Ctrl+T in the notes tags the line for its section of the minutes, from the keyboard")
{
    ConsoleWindow c;
    c.key(Qt::Key_F5);
    auto editors = c.window.consolePanel()->findChildren<QPlainTextEdit *>();
    REQUIRE(editors.size() == 2);
    QPlainTextEdit *french = editors.at(0);
    focus(french);
    QTest::keyClicks(french, QStringLiteral("Un centre ouvre"));
    QTest::keyClick(french, Qt::Key_Return);
    QTest::keyClicks(french, QStringLiteral("qui finance ?"));
    const qint64 item = c.session()->state().currentItemId;
    auto notes = [&] { return c.window.workspace()->record(Entity::AgendaItem, item)->text(QStringLiteral("live_notes_fr")); };

    // Ctrl+T opens the menu of tags at the cursor; Q (its accelerator) picks the question.
    bool menuSeen = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        menuSeen = menu != nullptr;
        if (menu)
            QTest::keyClick(menu, Qt::Key_Q);
    });
    QTest::keyClick(french, Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(notes().endsWith(QStringLiteral("#question qui finance ?")), 5000);
    CHECK(menuSeen);
    CHECK(notes() == QStringLiteral("Un centre ouvre\n#question qui finance ?"));

    // A bassin's round-table entry replaces the tag, written the French way.
    QTextCursor cursor = french->textCursor();
    cursor.movePosition(QTextCursor::Start);
    french->setTextCursor(cursor);
    auto *tagger = french->findChild<NoteTagger *>();
    REQUIRE(tagger);
    tagger->tagCurrentLine(NoteTag::RoundTable, QStringLiteral("Nord-Est"));
    CHECK(notes() == QStringLiteral("Nord-Est : Un centre ouvre\n#question qui finance ?"));
    tagger->tagCurrentLine(NoteTag::SectorNews);
    CHECK(notes() == QStringLiteral("#nouvelles Un centre ouvre\n#question qui finance ?"));
    tagger->tagCurrentLine(NoteTag::None);
    CHECK(notes() == QStringLiteral("Un centre ouvre\n#question qui finance ?"));

    // The Dutch notes get the Dutch prefix.
    QPlainTextEdit *dutch = editors.at(1);
    QApplication::setActiveWindow(&c.window); // the offscreen platform does not hand it back after a popup
    focus(dutch);
    QTest::keyClicks(dutch, QStringLiteral("wie betaalt?"));
    REQUIRE(dutch->findChild<NoteTagger *>());
    dutch->findChild<NoteTagger *>()->tagCurrentLine(NoteTag::Question);
    CHECK(c.window.workspace()->record(Entity::AgendaItem, item)->text(QStringLiteral("live_notes_nl")) == QStringLiteral("#vraag wie betaalt?"));

    // The menu offers every bassin of the workspace for the round table.
    std::unique_ptr<QMenu> menu(tagger->tagMenu(nullptr));
    QStringList bassins;
    for (QAction *action : menu->actions())
        if (action->menu())
            for (QAction *bassin : action->menu()->actions())
                bassins << bassin->text();
    CHECK(bassins.size() == c.window.workspace()->records(Entity::Bassin).size());
    CHECK(bassins.contains(QStringLiteral("Nord-Est")));
}

TEST_CASE("Console refuses a step past the last item with a message")
{
    ConsoleWindow c;
    c.key(Qt::Key_F5);
    const int items = int(c.session()->agenda().size());
    for (int i = 1; i < items; ++i)
        c.key(Qt::Key_PageDown);
    CHECK(c.session()->state().currentIndex == items - 1);
    c.key(Qt::Key_PageDown);
    CHECK(c.window.messageBar()->isVisible());
    CHECK(c.window.messageBar()->text().contains(QStringLiteral("last item")));
}

TEST_CASE("Console projector follows the session and blanks with one key")
{
    ConsoleWindow c;
    c.key(Qt::Key_F8);
    ProjectorWindow *projector = c.window.projector();
    REQUIRE(projector->isVisible());
    c.key(Qt::Key_F5);
    const QString title = c.session()->agenda().at(0).bilingual(QStringLiteral("title")).fr;
    bool shown = false;
    for (QLabel *label : projector->findChildren<QLabel *>())
        shown = shown || label->text() == title;
    CHECK(shown);
    c.key(Qt::Key_B, Qt::ControlModifier);
    CHECK(projector->isBlank());
    QTest::keyClick(projector, Qt::Key_B);
    CHECK_FALSE(projector->isBlank());
}

TEST_CASE("Console reopens a session left live on the right item")
{
    QString path;
    QTemporaryDir dir;
    qint64 secondItem = 0;
    {
        ConsoleWindow c;
        c.key(Qt::Key_F5);
        c.clock->advance(120);
        c.key(Qt::Key_PageDown);
        secondItem = c.session()->state().currentItemId;
        path = dir.filePath(QStringLiteral("live.quorum"));
        REQUIRE(c.window.workspace()->saveAs(path).ok());
    } // the window goes away with the session still live
    LanguageSwitcher languages;
    languages.setLanguage(Language::English);
    MainWindow window(&languages);
    auto clock = std::make_unique<QuorumTest::MockClock>(QDateTime(QDate(2025, 11, 18), QTime(8, 10), Qt::UTC));
    window.setClock(std::move(clock));
    REQUIRE(window.openWorkspace(path));
    CHECK(window.session()->state().currentItemId == secondItem);
    CHECK(window.session()->state().elapsedSeconds == 480);
    CHECK_FALSE(window.messageBar()->isHidden()); // the window itself is not shown here
    CHECK(window.messageBar()->text().contains(QStringLiteral("continues")));
}
