// SPDX-License-Identifier: GPL-3.0-or-later
// Who goes where, at the registration desk: the lists of the demo session's six workshops,
// moving people by keyboard and by drag, locking a list, finding a name, splitting again.
#include "uitestsupport.h"

#include "meetingspanel.h"
#include "workshops/whogoeswherepanel.h"
#include "workshops/workshopchoicesdialog.h"
#include "workshops/workshopassignment.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Quorum;
using namespace QuorumUiTest;

namespace {

struct Desk
{
    DemoWindow demo;
    WhoGoesWherePanel *panel = nullptr;
    qint64 meetingId = 0;

    Desk()
    {
        demo.showActive();
        REQUIRE(demo.window.showMeeting(QDate(2024, 11, 13)));
        REQUIRE(demo.window.showView(u"workshops"_qs));
        panel = demo.window.meetingsPanel()->whoGoesWhere();
        REQUIRE(panel);
        REQUIRE(panel->isVisible());
        meetingId = *demo.window.meetingsPanel()->currentMeetingId();
        QCoreApplication::processEvents();
    }

    QHash<qint64, qint64> seats() const { return readMeetingWorkshops(demo.window.workspace()->storage(), meetingId).seats(); }
    const WorkshopParticipant &participant(qint64 personId) const
    {
        static MeetingWorkshops lists;
        lists = readMeetingWorkshops(demo.window.workspace()->storage(), meetingId);
        for (const WorkshopParticipant &person : lists.participants)
            if (person.personId == personId)
                return person;
        FAIL("no participant " << personId);
        return lists.participants.first();
    }
    // The first person listed under the workshop at `row` of the tree.
    qint64 firstPersonOf(int row) const
    {
        QTreeWidgetItem *group = panel->tree()->topLevelItem(row);
        REQUIRE(group);
        REQUIRE(group->childCount() > 0);
        return group->child(0)->data(0, WhoGoesWherePanel::IdRole).toLongLong();
    }
    qint64 workshopAt(int row) const { return panel->tree()->topLevelItem(row)->data(0, WhoGoesWherePanel::IdRole).toLongLong(); }
};

} // namespace

TEST_CASE("The desk shows every workshop's list, its fill and the split's figures")
{
    Desk desk;
    QTreeWidget *tree = desk.panel->tree();
    REQUIRE(tree->topLevelItemCount() == 6); // everyone has a place: no "without a place" group
    int people = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        people += tree->topLevelItem(i)->childCount();
        CHECK(tree->topLevelItem(i)->text(0).contains(u"of 15 places"_qs));
    }
    CHECK(people == 57);
    CHECK(desk.panel->figures()->text().contains(u"43 of 51 have their first choice"_qs));
    CHECK(desk.panel->splitButton()->isEnabled());
    CHECK(desk.panel->splitButton()->toolTip().contains(u"premiers choix"_qs));
}

TEST_CASE("Alt+Down moves the selected person to the next workshop by hand, undo puts them back")
{
    Desk desk;
    const qint64 person = desk.firstPersonOf(0);
    const qint64 second = desk.workshopAt(1);
    desk.panel->selectPerson(person);
    desk.panel->tree()->setFocus();
    QTest::keyClick(desk.panel->tree(), Qt::Key_Down, Qt::AltModifier);
    QCoreApplication::processEvents();
    CHECK(desk.seats().value(person) == second);
    CHECK(desk.participant(person).pinned);
    CHECK(desk.panel->selectedPerson() == person); // the selection follows the person
    CHECK(desk.panel->selectedWorkshop() == second);

    REQUIRE(desk.demo.window.workspace()->undo().ok());
    QCoreApplication::processEvents();
    CHECK(desk.seats().value(person) == desk.workshopAt(0));
    REQUIRE(desk.demo.window.workspace()->redo().ok());
    QCoreApplication::processEvents();
    CHECK(desk.seats().value(person) == second);

    // Delete takes them out: they are listed without a place.
    desk.panel->selectPerson(person);
    QTest::keyClick(desk.panel->tree(), Qt::Key_Delete);
    QCoreApplication::processEvents();
    CHECK_FALSE(desk.seats().contains(person));
    QTreeWidget *tree = desk.panel->tree();
    REQUIRE(tree->topLevelItemCount() == 7);
    CHECK(tree->topLevelItem(6)->text(0).contains(u"Without a place"_qs));
    CHECK(desk.panel->figures()->text().contains(u"1 without a place"_qs));
}

TEST_CASE("Ctrl+L locks a list: nobody is moved into it, and the split keeps it whole")
{
    Desk desk;
    const qint64 first = desk.workshopAt(0);
    desk.panel->tree()->setCurrentItem(desk.panel->tree()->topLevelItem(0));
    desk.panel->tree()->setFocus();
    QTest::keyClick(desk.panel->tree(), Qt::Key_L, Qt::ControlModifier);
    QCoreApplication::processEvents();
    CHECK(desk.panel->tree()->topLevelItem(0)->text(0).contains(u"list locked"_qs));

    QString failure;
    QObject::connect(desk.panel, &WhoGoesWherePanel::failed, [&](const QString &message) { failure = message; });
    const qint64 person = desk.firstPersonOf(1);
    desk.panel->selectPerson(person);
    QTest::keyClick(desk.panel->tree(), Qt::Key_Up, Qt::AltModifier);
    QCoreApplication::processEvents();
    CHECK(failure.contains(u"locked"_qs));
    CHECK(desk.seats().value(person) == desk.workshopAt(1));

    // A drop onto the locked list is refused the same way; onto an open one, it moves.
    failure.clear();
    desk.panel->tree()->dropped(person, first);
    CHECK(failure.contains(u"locked"_qs));
    desk.panel->tree()->dropped(person, desk.workshopAt(2));
    CHECK(desk.seats().value(person) == desk.workshopAt(2));
}

TEST_CASE("Finding a name shows only the matching people and selects the first")
{
    Desk desk;
    desk.panel->search()->setText(u"Sofie Verhaegen"_qs);
    QTreeWidget *tree = desk.panel->tree();
    int shown = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c)
            shown += tree->topLevelItem(i)->child(c)->isHidden() ? 0 : 1;
    CHECK(shown == 1);
    REQUIRE(tree->currentItem());
    CHECK(tree->currentItem()->text(0).contains(u"Sofie Verhaegen"_qs));
    desk.panel->search()->clear();
    CHECK_FALSE(tree->topLevelItem(0)->child(0)->isHidden());
}

TEST_CASE("Split Automatically after a change by hand keeps the person placed by hand")
{
    Desk desk;
    const qint64 person = desk.firstPersonOf(0);
    desk.panel->selectPerson(person);
    desk.panel->moveSelected(+2);
    const qint64 placed = desk.seats().value(person);
    CHECK(placed == desk.workshopAt(2));
    const int steps = desk.demo.window.workspace()->undoStack()->count();
    desk.panel->splitButton()->click();
    QCoreApplication::processEvents();
    CHECK(desk.seats().value(person) == placed);
    CHECK(desk.demo.window.workspace()->undoStack()->count() <= steps + 1);
    CHECK(desk.seats().size() == 57);
}

TEST_CASE("Enter on a person opens their choices, and OK records them as one step")
{
    Desk desk;
    const qint64 person = desk.firstPersonOf(0);
    desk.panel->selectPerson(person);
    WorkshopChoicesDialog *dialog = desk.panel->openChoices();
    REQUIRE(dialog);
    REQUIRE(dialog->choiceBox(0));
    // Third workshop first, the fifth second, no third choice.
    dialog->choiceBox(0)->setCurrentIndex(3);
    dialog->choiceBox(1)->setCurrentIndex(5);
    dialog->choiceBox(2)->setCurrentIndex(0);
    const int steps = desk.demo.window.workspace()->undoStack()->count();
    dialog->accept();
    QCoreApplication::processEvents();
    CHECK(desk.participant(person).choices == QList<qint64>{desk.workshopAt(2), desk.workshopAt(4)});
    CHECK(desk.demo.window.workspace()->undoStack()->count() == steps + 1);
    CHECK(desk.panel->selectedPerson() == person);

    // A session of one choice only: one box.
    REQUIRE(desk.demo.window.workspace()->setValue(Entity::Meeting, desk.meetingId, u"workshop_choices"_qs, 1).ok());
    WorkshopChoicesDialog *single = desk.panel->openChoices();
    REQUIRE(single);
    CHECK(single->choiceBox(0));
    CHECK_FALSE(single->choiceBox(1));
    single->reject();
}
