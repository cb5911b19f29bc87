// SPDX-License-Identifier: GPL-3.0-or-later
// The council's charter: its versions and decision rules, edited in the Council tab.

#include "uitestsupport.h"

#include "councilpanel.h"
#include "decisions/votes.h"
#include "rules/decisionrules.h"

#include <QUndoStack>

using namespace Quorum;

TEST_CASE("A charter version is added with the default rules and its rules are edited as codes", "[charter]")
{
    QuorumUiTest::DemoWindow demo;
    demo.window.showView(u"council"_qs);
    CouncilPanel *panel = demo.window.councilPanel();
    REQUIRE(panel);
    RecordTableModel *charters = panel->charters();
    const int before = charters->rowCount();
    REQUIRE(before >= 1); // the demo's regional council has its charter

    // The words column says what the code means.
    const int words = charters->columnCount() - 1;
    CHECK(charters->index(0, words).data().toString().contains(u"2/3"_qs));

    panel->chartersView()->addRecordAction()->trigger();
    REQUIRE(charters->rowCount() == before + 1);
    const int row = before;
    const qint64 id = charters->recordId(row);
    const std::optional<Record> added = demo.window.workspace()->record(Entity::Charter, id);
    REQUIRE(added);
    // Valid at once: the built-in rules, until the council writes its own.
    CHECK(parseRuleCode(added->text(u"decision_rule"_qs)).ok());
    CHECK(parseRuleCode(added->text(u"election_rule"_qs)).ok());
    CHECK_FALSE(charters->index(row, words).data().toString().isEmpty());

    // A code that means nothing is refused with the reason, and nothing changes.
    const int rule = charters->columnOf(u"decision_rule"_qs);
    const QString stored = added->text(u"decision_rule"_qs);
    CHECK_FALSE(charters->setData(charters->index(row, rule), u"majority threshold=3/2"_qs));
    CHECK(demo.window.workspace()->record(Entity::Charter, id)->text(u"decision_rule"_qs) == stored);

    // A valid code is stored in its canonical form, and undo brings the old one back.
    REQUIRE(charters->setData(charters->index(row, rule), u"  consensus  "_qs));
    CHECK(demo.window.workspace()->record(Entity::Charter, id)->text(u"decision_rule"_qs) == u"consensus quorum=refuse"_qs);
    CHECK(charters->index(row, words).data().toString() == describeRule(parseRuleCode(u"consensus"_qs).value()).fr);
    demo.window.workspace()->undoStack()->undo();
    CHECK(demo.window.workspace()->record(Entity::Charter, id)->text(u"decision_rule"_qs) == stored);
}
