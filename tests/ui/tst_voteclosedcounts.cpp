// SPDX-License-Identifier: GPL-3.0-or-later
// A closed vote counted for the whole room by a show of hands, shown by a vote panel that
// has shown nothing before: its entry table has no columns (issue 10: `--view vote` on a
// generated workspace crashed there).

#include "uitestsupport.h"

#include "clock.h"
#include "decisions/votes.h"
#include "votepanel.h"

#include <QTableWidget>

using namespace Quorum;
using QuorumUiTest::DemoWindow;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("Votes a closed show of hands of the whole room opens in a fresh vote panel", "[votepanel]")
{
    DemoWindow demo;
    Workspace *workspace = demo.window.workspace();
    const QString date = QDate(2025, 7, 1).toString(Qt::ISODate);
    qint64 meetingId = 0;
    for (const Record &meeting : workspace->records(Entity::Meeting, 1))
        if (meeting.text(s("date")) == date)
            meetingId = meeting.id;
    REQUIRE(meetingId > 0);
    qint64 itemId = 0;
    for (const Record &item : workspace->records(Entity::AgendaItem, meetingId))
        if (item.text(s("kind")) == s("decision") && !itemId)
            itemId = item.id;
    REQUIRE(itemId > 0);
    Record proposal(Entity::Proposal, {{s("agenda_item_id"), itemId}});
    proposal.setBilingual(s("title"), {s("Budget participatif 2026"), s("Participatief budget 2026")});
    const Result<qint64> proposalId = workspace->addRecord(proposal);
    REQUIRE(proposalId);

    // The meeting's latest vote: counted by the tellers, for the whole room, then closed.
    VoteSetup setup;
    setup.agendaItemId = itemId;
    setup.proposalId = proposalId.value();
    setup.mode = VoteMode::Hands;
    setup.rule = DecisionRule{};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<qint64> voteId = openVote(*workspace, setup, now);
    INFO(voteId.error().toStdString());
    REQUIRE(voteId);
    REQUIRE(setCounts(*workspace, voteId.value(), 0, 0, 3, 1, 0));
    REQUIRE(closeVote(*workspace, voteId.value(), now.addSecs(60)));

    SystemClock clock;
    VotePanel panel(workspace, &clock);
    REQUIRE(panel.entryTable()->columnCount() == 0);
    panel.setMeeting(meetingId);
    panel.show();
    QCoreApplication::processEvents();
    CHECK(panel.currentVoteId() == voteId.value());
    // Closed and counted for the room: the bars tell the result, the entry table stays hidden.
    CHECK_FALSE(panel.entryTable()->isVisible());
}
