// SPDX-License-Identifier: GPL-3.0-or-later
// The council's own settings: its identity and rules in the Council tab, its lists, and
// its composition checked where members are edited.

#include "uitestsupport.h"

#include "councilpanel.h"
#include "memberspanel.h"
#include "settings/compositionnotice.h"
#include "settings/listsdialog.h"
#include "recordtableview.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>

using namespace Quorum;

namespace {

// Types into a form field and presses Enter, as a user commits it.
void typeInto(QLineEdit *field, const QString &text)
{
    REQUIRE(field);
    QuorumUiTest::focus(field);
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

qint64 careCouncil(Workspace &workspace)
{
    for (const Record &council : workspace.records(Entity::Council))
        if (council.text(u"kind"_qs) == u"care")
            return council.id;
    return 0;
}

} // namespace

TEST_CASE("The Council tab saves the acronym the seat cap and the funder's mention and undo takes them back", "[settings]")
{
    QuorumUiTest::DemoWindow demo;
    demo.showActive();
    REQUIRE(demo.window.showView(u"council"_qs));
    CouncilPanel *panel = demo.window.councilPanel();
    Workspace &w = *demo.window.workspace();
    const qint64 council = w.records(Entity::Council).first().id; // the first council is selected
    // Enter commits through a queued call of the mapper's delegate: wait for it.
    const auto stored = [&](const char *column, const QVariant &value) {
        return QTest::qWaitFor([&] { return w.record(Entity::Council, council)->value(QString::fromLatin1(column)) == value; },
                               2000);
    };
    typeInto(panel->findChild<QLineEdit *>(u"acronymFr"_qs), u"CARB"_qs);
    CHECK(stored("acronym_fr", u"CARB"_qs));
    typeInto(panel->findChild<QLineEdit *>(u"seatCap"_qs), u"40"_qs);
    CHECK(stored("seat_cap", qlonglong(40)));
    typeInto(panel->findChild<QLineEdit *>(u"funderNl"_qs), u"Met de steun van Vivalis"_qs);
    CHECK(stored("funder_nl", u"Met de steun van Vivalis"_qs));
    w.undoStack()->undo();
    w.undoStack()->undo();
    w.undoStack()->undo();
    CHECK(w.record(Entity::Council, council)->text(u"acronym_fr"_qs) == u"CAR"_qs);
    CHECK(w.record(Entity::Council, council)->value(u"seat_cap"_qs).isNull());
}

TEST_CASE("The lists dialog adds an entry and refuses to remove a sector still used", "[settings]")
{
    QuorumUiTest::DemoWindow demo;
    Workspace &w = *demo.window.workspace();
    ListsDialog dialog(&w, Language::French);
    dialog.tabs()->setCurrentIndex(0); // sectors
    RecordTableView *sectors = dialog.view(Entity::Sector);
    REQUIRE(sectors);
    qint64 used = 0;
    for (const Record &person : w.records(Entity::Person))
        used = used > 0 ? used : person.number(u"sector_id"_qs);
    REQUIRE(used > 0);
    sectors->selectRecord(used);
    dialog.removeButton()->click();
    CHECK(w.record(Entity::Sector, used));
    CHECK_FALSE(dialog.message()->isHidden());
    CHECK(dialog.message()->text().contains(u"person"_qs));

    const qsizetype before = w.records(Entity::Sector).size();
    dialog.newNameFr()->setText(u"Logement"_qs);
    dialog.newNameNl()->setText(u"Huisvesting"_qs);
    dialog.addButton()->click();
    REQUIRE(w.records(Entity::Sector).size() == before + 1);
    CHECK(dialog.message()->isHidden());
    const qint64 added = sectors->currentRecordId();
    CHECK(w.record(Entity::Sector, added)->text(u"name_nl"_qs) == u"Huisvesting"_qs);
    dialog.removeButton()->click();
    CHECK_FALSE(w.record(Entity::Sector, added));
}

TEST_CASE("The members tab shows the care council's composition breaking a rule in words", "[settings]")
{
    QuorumUiTest::DemoWindow demo;
    Workspace &w = *demo.window.workspace();
    REQUIRE(demo.window.showMeeting(QDate(2019, 6, 6))); // the care council's meeting
    REQUIRE(demo.window.showView(u"members"_qs));
    CompositionNotice *notice = demo.window.membersPanel()->composition();
    REQUIRE(notice);
    CHECK(notice->isHidden()); // compliant as the demo stands
    REQUIRE(w.setValue(Entity::Council, careCouncil(w), u"seat_cap"_qs, 20).ok());
    REQUIRE(QTest::qWaitFor([notice] { return !notice->isHidden(); }, 2000));
    CHECK(notice->text().contains(u"20"_qs));
    REQUIRE(w.undo().ok());
    REQUIRE(QTest::qWaitFor([notice] { return notice->isHidden(); }, 2000));
}
