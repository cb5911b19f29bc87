// SPDX-License-Identifier: GPL-3.0-or-later
// The ideas board meets the decisions: a dot vote on priorities among the issues, with its
// dots back on the board, and an issue put on a decision item as a proposal.
#include "catchqt.h"
#include "demoworkspace.h"

#include "decisions/votes.h"
#include "ideas/ideaboard.h"
#include "ideas/ideapriorities.h"
#include "storage/database.h"

#include <QTimeZone>
#include <QUndoStack>

using namespace Quorum;
using QuorumTest::DemoWorkspace;

namespace {

const QDateTime during(QDate(2024, 11, 13), QTime(11, 30), QTimeZone::utc());

// A decision item added at the end of the meeting's agenda.
qint64 addDecisionItem(DemoWorkspace &demo, qint64 meetingId)
{
    Record item(Entity::AgendaItem, {{u"meeting_id"_qs, meetingId}, {u"kind"_qs, u"decision"_qs}});
    item.setBilingual(u"title"_qs, {u"Priorités des ateliers"_qs, u"Prioriteiten van de workshops"_qs});
    auto added = demo.workspace->addRecord(item);
    REQUIRE(added.ok());
    return added.value();
}

} // namespace

TEST_CASE("A dot vote on the issues is one step and its dots come back on the board")
{
    DemoWorkspace demo;
    const qint64 meeting = demo.november2024().id;
    const qint64 item = addDecisionItem(demo, meeting);
    const int steps = demo.workspace->undoStack()->count();
    auto vote = openIssuePriorities(*demo.workspace, meeting, item, 3, VoteMode::Named, during);
    INFO((vote ? QString() : vote.error()).toStdString());
    REQUIRE(vote.ok());
    CHECK(demo.workspace->undoStack()->count() == steps + 1);
    const IdeaBoard board = readIdeaBoard(demo.workspace->storage(), meeting);
    REQUIRE(board.issues.size() == 2);
    for (const Record &issue : board.issues)
        CHECK(issue.number(u"vote_option_id"_qs) != 0);
    CHECK(board.dots.value(board.issues.at(0).id) == 0);

    const Result<VoteCount> count = countVote(demo.workspace->storage(), vote.value());
    REQUIRE(count.ok());
    REQUIRE(count.value().electorate.present > 0);
    const QList<Record> electors = demo.workspace->storage().records(Entity::VoteElector, vote.value());
    REQUIRE(electors.size() >= 2);
    const qint64 first = electors.at(0).number(u"person_id"_qs), second = electors.at(1).number(u"person_id"_qs);
    const qint64 optionA = board.issues.at(0).number(u"vote_option_id"_qs), optionB = board.issues.at(1).number(u"vote_option_id"_qs);
    REQUIRE(recordBallot(*demo.workspace, vote.value(), first, Voice::For, optionA, 2).ok());
    REQUIRE(recordBallot(*demo.workspace, vote.value(), first, Voice::For, optionB, 1).ok());
    REQUIRE(recordBallot(*demo.workspace, vote.value(), second, Voice::For, optionB, 3).ok());
    const QHash<qint64, int> dots = issueDots(demo.workspace->storage(), meeting);
    CHECK(dots.value(board.issues.at(0).id) == 2);
    CHECK(dots.value(board.issues.at(1).id) == 4);

    REQUIRE(demo.workspace->undo().ok()); // the last ballot
    CHECK(issueDots(demo.workspace->storage(), meeting).value(board.issues.at(1).id) == 1);
}

TEST_CASE("Priorities and proposals are refused where they cannot go")
{
    DemoWorkspace demo;
    const qint64 meeting = demo.november2024().id;
    const qint64 notDecision = demo.workspace->records(Entity::AgendaItem, meeting).first().id;
    const qint64 earlier = addDecisionItem(demo, demo.meeting(u"2024-07-03"_qs).id);
    qint64 otherCouncil = 0; // a decision item of the care council, a later date than none
    for (const Record &item : demo.workspace->records(Entity::AgendaItem, demo.meeting(u"2019-06-06"_qs).id))
        if (item.text(u"kind"_qs) == u"decision")
            otherCouncil = item.id;
    REQUIRE(otherCouncil != 0);
    const qint64 issue = readIdeaBoard(demo.workspace->storage(), meeting).issues.first().id;
    struct Row
    {
        const char *name;
        qint64 item;
        const char *reason;
    };
    const QList<Row> rows = {{"not a decision item", notDecision, "decision item"},
                             {"an earlier meeting", earlier, "later meeting"},
                             {"another council", otherCouncil, "later meeting"}};
    const int steps = demo.workspace->undoStack()->count();
    for (const Row &row : rows) {
        INFO(row.name);
        auto priorities = openIssuePriorities(*demo.workspace, meeting, row.item, 3, VoteMode::Named, during);
        REQUIRE_FALSE(priorities.ok());
        CHECK(priorities.error().contains(QString::fromUtf8(row.reason)));
        auto proposal = proposeIssue(*demo.workspace, issue, row.item);
        REQUIRE_FALSE(proposal.ok());
        CHECK(proposal.error().contains(QString::fromUtf8(row.reason)));
    }
    const qint64 item = addDecisionItem(demo, meeting);
    CHECK_FALSE(openIssuePriorities(*demo.workspace, meeting, item, 0, VoteMode::Named, during).ok());
    CHECK(demo.workspace->undoStack()->count() == steps + 1); // only the item added
}

TEST_CASE("An issue becomes a proposal on a decision item of the next session, once")
{
    DemoWorkspace demo;
    const qint64 meeting = demo.november2024().id;
    const qint64 next = addDecisionItem(demo, demo.meeting(u"2025-11-18"_qs).id);
    Record issue = readIdeaBoard(demo.workspace->storage(), meeting).issues.first();
    REQUIRE(demo.workspace->setValue(Entity::IdeaIssue, issue.id, u"conditions_fr"_qs, u"Un financement stable."_qs).ok());
    const int steps = demo.workspace->undoStack()->count();
    auto proposal = proposeIssue(*demo.workspace, issue.id, next);
    REQUIRE(proposal.ok());
    CHECK(demo.workspace->undoStack()->count() == steps + 1);
    const std::optional<Record> stored = demo.workspace->storage().record(Entity::Proposal, proposal.value());
    REQUIRE(stored);
    CHECK(stored->number(u"agenda_item_id"_qs) == next);
    CHECK(stored->bilingual(u"title"_qs) == issue.bilingual(u"name"_qs));
    CHECK(stored->bilingual(u"text"_qs).fr.contains(u"Conditions de mise en œuvre\u00A0: Un financement stable."_qs));
    CHECK(demo.workspace->storage().record(Entity::IdeaIssue, issue.id)->number(u"proposal_id"_qs) == proposal.value());
    auto again = proposeIssue(*demo.workspace, issue.id, next);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(u"already a proposal"_qs));
    REQUIRE(demo.workspace->undo().ok());
    CHECK_FALSE(demo.workspace->storage().record(Entity::Proposal, proposal.value()));
    CHECK(demo.workspace->storage().record(Entity::IdeaIssue, issue.id)->number(u"proposal_id"_qs) == 0);
}
