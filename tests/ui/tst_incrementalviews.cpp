// SPDX-License-Identifier: GPL-3.0-or-later
// Views load what they show and update what changed: the history is not read while hidden
// nor after an edit it does not show; a ballot, a count or a check-in rewrites its row, not
// the tree or the list, and keeps the selection and what the user folded.

#include "uitestsupport.h"

#include "attendancepanel.h"
#include "councilpanel.h"
#include "decisions/votes.h"
#include "historypanel.h"
#include "meetingspanel.h"
#include "models/attendancemodel.h"
#include "votepanel.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Quorum;
using QuorumUiTest::DemoWindow;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The demo's meeting of 1 July 2025 (attendance recorded) on the votes tab, with a proposal
// on its decision item.
struct Room
{
    DemoWindow demo;
    Workspace *workspace = nullptr;
    VotePanel *panel = nullptr;
    qint64 itemId = 0;
    qint64 proposalId = 0;

    Room()
    {
        demo.showActive();
        workspace = demo.window.workspace();
        REQUIRE(demo.window.showMeeting(QDate(2025, 7, 1)));
        for (const Record &meeting : workspace->records(Entity::Meeting, 1))
            if (meeting.text(s("date")) == s("2025-07-01"))
                for (const Record &item : workspace->records(Entity::AgendaItem, meeting.id))
                    if (item.text(s("kind")) == s("decision") && !itemId)
                        itemId = item.id;
        REQUIRE(itemId > 0);
        Record proposal(Entity::Proposal, {{s("agenda_item_id"), itemId}});
        proposal.setBilingual(s("title"), {s("Budget participatif 2026"), s("Participatief budget 2026")});
        const Result<qint64> added = workspace->addRecord(proposal);
        REQUIRE(added);
        proposalId = added.value();
        REQUIRE(demo.window.showView(s("vote")));
        panel = demo.window.votePanel();
        REQUIRE(panel->isVisible());
    }

    qint64 open(VoteMode mode)
    {
        VoteSetup setup;
        setup.agendaItemId = itemId;
        setup.proposalId = proposalId;
        setup.mode = mode;
        setup.rule = DecisionRule{};
        const Result<qint64> opened = openVote(*workspace, setup, QDateTime::currentDateTimeUtc());
        INFO(opened.error().toStdString());
        REQUIRE(opened);
        panel->selectVote(opened.value());
        QTest::qWait(20);
        return opened.value();
    }

    QTreeWidgetItem *agendaRow() const
    {
        for (QTreeWidgetItemIterator it(panel->tree()); *it; ++it)
            if ((*it)->data(0, Qt::UserRole + 1).toLongLong() == itemId && (*it)->childCount() > 0)
                return *it;
        return nullptr;
    }
};

} // namespace

TEST_CASE("Incremental views a language change while the history is hidden reads no history", "[incremental]")
{
    DemoWindow demo;
    demo.showActive();
    HistoryPanel *history = demo.window.historyPanel();
    REQUIRE(history);
    REQUIRE_FALSE(history->isVisible());
    QTest::qWait(20);
    CHECK(history->readings() == 0); // opening the workspace read nothing of it

    for (Language language : {Language::Dutch, Language::French, Language::English}) {
        demo.languages.setLanguage(language);
        QTest::qWait(20);
    }
    CHECK(history->readings() == 0);

    REQUIRE(demo.window.showView(s("history")));
    QTest::qWait(20);
    CHECK(history->readings() >= 1); // read once shown, in the language now in force
    CHECK(history->table()->horizontalHeaderItem(0)->text() == s("Date"));
    CHECK(history->table()->rowCount() > 0);
}

// The council and theme filters read every council and every decided theme: the history
// first shown fills them once and reads the decisions once, with the council chosen in the
// list selected, whether the window is already on screen or not yet (`quorum FILE --view history`).
TEST_CASE("Incremental views the history first shown fills its filters once and reads once", "[incremental]")
{
    for (const bool onScreenFirst : {true, false}) {
        INFO("window on screen before the view is chosen: " << onScreenFirst);
        DemoWindow demo;
        const QList<Record> councils = demo.window.workspace()->records(Entity::Council);
        REQUIRE(councils.size() >= 2);
        demo.window.councilsView()->selectRecord(councils.at(1).id); // not the first one
        if (onScreenFirst)
            demo.showActive();
        REQUIRE(demo.window.showView(s("history")));
        if (!onScreenFirst)
            demo.showActive();
        QTest::qWait(20);
        HistoryPanel *history = demo.window.historyPanel();
        REQUIRE(history->isVisible());
        CHECK(history->filterFillings() == 1);
        CHECK(history->readings() == 1);
        CHECK(history->councilBox()->currentData().toLongLong() == councils.at(1).id);
        CHECK(history->themeBox()->count() > 1);

        // Another council chosen in the list while the history is in view: read again, the
        // filters kept.
        demo.window.councilsView()->selectRecord(councils.at(0).id);
        QTest::qWait(20);
        CHECK(history->councilBox()->currentData().toLongLong() == councils.at(0).id);
        CHECK(history->readings() == 2);
        CHECK(history->filterFillings() == 1);

        // Chosen while the history is hidden: taken when it is shown again, read once.
        REQUIRE(demo.window.showView(s("council")));
        demo.window.councilsView()->selectRecord(councils.at(1).id);
        QTest::qWait(20);
        CHECK(history->readings() == 2);
        REQUIRE(demo.window.showView(s("history")));
        QTest::qWait(20);
        CHECK(history->councilBox()->currentData().toLongLong() == councils.at(1).id);
        CHECK(history->readings() == 3);
        CHECK(history->filterFillings() == 1);
    }
}

// `quorum FILE --view history` (or vote) turns the decisions' own tab before the main one:
// the council tab, still in front then, was loaded a second time for nothing.
TEST_CASE("Incremental views opening on the votes or the history loads the council tab once", "[incremental]")
{
    for (const char *view : {"history", "vote"}) {
        INFO("view " << view);
        DemoWindow demo;
        CouncilPanel *council = demo.window.councilPanel();
        REQUIRE(council);
        const int loads = council->councilLoads();
        REQUIRE(loads >= 1); // the council chosen when the workspace opened
        REQUIRE(demo.window.showView(s(view)));
        demo.showActive();
        QTest::qWait(20);
        CHECK(council->councilLoads() == loads);
        // Turning the decisions' tabs while they are in view still follows the council.
        REQUIRE(demo.window.showView(s(view) == s("vote") ? s("history") : s("vote")));
        REQUIRE(demo.window.showView(s("council")));
        QTest::qWait(20);
        CHECK(council->councilLoads() == loads + 1);
    }
}

// The history spans meetings: opening on it reads no meeting (choosing the council's default
// meeting read its agenda, 4 % of `--view history` at ten years); the votes still follow it.
TEST_CASE("Incremental views opening on the history chooses no meeting and the votes still do", "[incremental]")
{
    DemoWindow demo;
    REQUIRE(demo.window.showView(s("history")));
    demo.showActive();
    QTest::qWait(20);
    CHECK(demo.window.historyPanel()->table()->rowCount() > 0);
    CHECK_FALSE(demo.window.meetingsPanel()->currentMeetingId().has_value());
    REQUIRE(demo.window.showView(s("vote")));
    QTest::qWait(20);
    CHECK(demo.window.meetingsPanel()->currentMeetingId().value_or(0) > 0);
}

TEST_CASE("Incremental views the history in view ignores edits it does not show", "[incremental]")
{
    DemoWindow demo;
    demo.showActive();
    REQUIRE(demo.window.showView(s("history")));
    HistoryPanel *history = demo.window.historyPanel();
    QTest::qWait(20);
    const int readings = history->readings();
    REQUIRE(readings >= 1);

    Workspace *workspace = demo.window.workspace();
    const QList<Record> sectors = workspace->records(Entity::Sector);
    REQUIRE_FALSE(sectors.isEmpty());
    REQUIRE(workspace->setValue(Entity::Sector, sectors.first().id, s("name_fr"), s("Secteur renommé")));
    QTest::qWait(20);
    CHECK(history->readings() == readings);

    // A decision it shows: read again.
    const QList<Record> councils = workspace->records(Entity::Council);
    REQUIRE(workspace->setValue(Entity::Council, councils.first().id, s("name_fr"), s("Conseil renommé")));
    QTest::qWait(20);
    CHECK(history->readings() == readings + 1);
}

TEST_CASE("Incremental views recording a ballot changes one row and keeps the tree", "[incremental]")
{
    Room room;
    const qint64 voteId = room.open(VoteMode::Named);
    QTableWidget *table = room.panel->entryTable();
    REQUIRE(table->rowCount() >= 3);
    QTreeWidgetItem *agenda = room.agendaRow();
    REQUIRE(agenda);
    room.panel->tree()->setCurrentItem(agenda);
    agenda->setExpanded(false); // the user folds the item
    table->setCurrentCell(2, 0);
    QTreeWidgetItem *currentTreeRow = room.panel->tree()->currentItem();
    const int builds = room.panel->treeBuilds();
    const int layouts = room.panel->entryLayouts();
    QList<QTableWidgetItem *> items;
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row) {
        items << table->item(row, 1);
        texts << table->item(row, 1)->text();
    }

    const qint64 person = table->item(1, 0)->data(Qt::UserRole + 1).toLongLong();
    REQUIRE(recordBallot(*room.workspace, voteId, person, Voice::For));
    QTest::qWait(20);

    CHECK(room.panel->treeBuilds() == builds);
    CHECK(room.panel->entryLayouts() == layouts);
    CHECK(room.panel->tree()->currentItem() == currentTreeRow);
    CHECK_FALSE(agenda->isExpanded());
    CHECK(table->currentRow() == 2);
    for (int row = 0; row < table->rowCount(); ++row) {
        CHECK(table->item(row, 1) == items.at(row)); // the same cells, rewritten in place
        if (row != 1)
            CHECK(table->item(row, 1)->text() == texts.at(row));
    }
    CHECK(table->item(1, 1)->text() == s("For"));

    // A change the tree lists (the vote's title) rebuilds it, and what was folded stays so.
    REQUIRE(room.workspace->setValue(Entity::Vote, voteId, s("title_fr"), s("Budget participatif révisé")));
    QTest::qWait(20);
    CHECK(room.panel->treeBuilds() == builds + 1);
    REQUIRE(room.agendaRow());
    CHECK_FALSE(room.agendaRow()->isExpanded());
}

TEST_CASE("Incremental views typing a count updates the counts without rebuilding the tree", "[incremental]")
{
    Room room;
    const qint64 voteId = room.open(VoteMode::Hands);
    const int builds = room.panel->treeBuilds();
    REQUIRE(setCounts(*room.workspace, voteId, 0, 0, 3, 1, 0));
    QTest::qWait(20);
    CHECK(room.panel->treeBuilds() == builds);
    CHECK(room.panel->countBox(0)->value() == 3);
    CHECK(room.panel->countBox(1)->value() == 1);
}

TEST_CASE("Incremental views a check-in rewrites its row and reads no list", "[incremental]")
{
    DemoWindow demo;
    demo.showActive();
    REQUIRE(demo.window.showMeeting(QDate(2025, 11, 18))); // planned: nobody checked in yet
    REQUIRE(demo.window.showView(s("attendance")));
    AttendancePanel *panel = demo.window.attendancePanel();
    AttendanceModel *model = panel->model();
    REQUIRE(model->rowCount() > 3);
    panel->view()->setCurrentIndex(panel->view()->model()->index(3, 0));
    const QModelIndex current = panel->view()->currentIndex();
    const int readings = model->listReadings();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

    REQUIRE(model->setStatus(1, AttendanceStatus::Present));
    REQUIRE(model->setStatus(1, AttendanceStatus::Excused)); // an existing check-in changed
    QTest::qWait(20);

    CHECK(model->listReadings() == readings);
    CHECK(model->status(1) == AttendanceStatus::Excused);
    CHECK(reset.isEmpty());
    CHECK(inserted.isEmpty());
    REQUIRE_FALSE(changed.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        CHECK(signal.at(0).toModelIndex().row() == 1);
        CHECK(signal.at(1).toModelIndex().row() == 1);
    }
    CHECK(panel->view()->currentIndex() == current);

    // Undone, the row goes back to no check-in, still without reading the list.
    REQUIRE(demo.window.workspace()->undo());
    REQUIRE(demo.window.workspace()->undo());
    QTest::qWait(20);
    CHECK(model->status(1) == AttendanceStatus::NotRecorded);
    CHECK(model->listReadings() == readings);
}

TEST_CASE("Incremental views a ballot cleared or changed twice before the panel updates shows what is stored", "[incremental]")
{
    Room room;
    const qint64 voteId = room.open(VoteMode::Named);
    QTableWidget *table = room.panel->entryTable();
    REQUIRE(table->rowCount() >= 3);
    const qint64 first = table->item(0, 0)->data(Qt::UserRole + 1).toLongLong();
    const qint64 second = table->item(1, 0)->data(Qt::UserRole + 1).toLongLong();
    REQUIRE(recordBallot(*room.workspace, voteId, first, Voice::For));
    REQUIRE(recordBallot(*room.workspace, voteId, second, Voice::For));
    QTest::qWait(20);
    const int layouts = room.panel->entryLayouts();
    CHECK(table->item(0, 1)->text() == s("For"));

    // Changed twice, then cleared and recorded again, all before the panel's update.
    REQUIRE(recordBallot(*room.workspace, voteId, first, Voice::Against));
    REQUIRE(recordBallot(*room.workspace, voteId, first, Voice::Abstain));
    REQUIRE(clearBallot(*room.workspace, voteId, second));
    QTest::qWait(20);
    CHECK(table->item(0, 1)->text() == s("Abstain"));
    CHECK(table->item(1, 1)->text().isEmpty());
    CHECK(room.panel->entryLayouts() == layouts);

    // Undone, the cleared ballot comes back (the same record) and shows again.
    REQUIRE(room.workspace->undo());
    QTest::qWait(20);
    CHECK(table->item(1, 1)->text() == s("For"));
    REQUIRE(clearBallot(*room.workspace, voteId, second));
    REQUIRE(recordBallot(*room.workspace, voteId, second, Voice::Against));
    QTest::qWait(20);
    CHECK(table->item(1, 1)->text() == s("Against"));
    CHECK(room.panel->entryLayouts() == layouts);
}
