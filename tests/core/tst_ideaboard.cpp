// SPDX-License-Identifier: GPL-3.0-or-later
// What the workshops produced: capturing cards, grouping them into issues, the board's
// exports and the minutes' workshop summaries prefilled from the cards.
#include "catchqt.h"
#include "demoworkspace.h"

#include "ideas/ideaboard.h"
#include "storage/database.h"
#include "synthesis/draft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

using namespace Quorum;
using QuorumTest::DemoWorkspace;

namespace {

qint64 workshopOf(const DemoWorkspace &demo, qint64 meetingId, int position)
{
    return demo.workspace->records(Entity::Workshop, meetingId).at(position).id;
}

} // namespace

TEST_CASE("The demo holds cards grouped into issues for two workshops and a change workshop of seed 004")
{
    DemoWorkspace demo;
    const IdeaBoard november = readIdeaBoard(demo.workspace->storage(), demo.november2024().id);
    CHECK(november.issues.size() == 2);
    CHECK(november.cards.size() == 9);
    QSet<qint64> workshops;
    for (const Record &card : november.cards)
        workshops.insert(card.number(u"workshop_id"_qs));
    CHECK(workshops.size() == 2);
    CHECK(november.cardsOf(0).size() == 1);

    const IdeaBoard change = readIdeaBoard(demo.workspace->storage(), demo.meeting(u"2023-03-16"_qs).id);
    int proposals = 0;
    for (const Record &issue : change.issues)
        proposals += issue.text(u"proposal_kind"_qs).isEmpty() ? 0 : 1;
    CHECK(proposals == 2);
    int withFunction = 0;
    for (const Record &card : change.cards)
        withFunction += card.text(u"lever"_qs).isEmpty() ? 0 : 1;
    CHECK(withFunction >= 5);
}

TEST_CASE("A card is captured as one step in the language it was said in, and bad cards are refused")
{
    DemoWorkspace demo;
    const qint64 meeting = demo.november2024().id;
    const int steps = demo.workspace->undoStack()->count();
    CardCapture card;
    card.meetingId = meeting;
    card.workshopId = workshopOf(demo, meeting, 0);
    card.kind = u"question"_qs;
    card.text = u"  Wie belt de patiënt terug?\u0007  "_qs;
    card.saidIn = Language::Dutch;
    card.sectorId = 1;
    auto added = captureCard(*demo.workspace, card);
    REQUIRE(added.ok());
    CHECK(demo.workspace->undoStack()->count() == steps + 1);
    const std::optional<Record> stored = demo.workspace->storage().record(Entity::IdeaCard, added.value());
    REQUIRE(stored);
    CHECK(stored->bilingual(u"text"_qs).nl == u"Wie belt de patiënt terug?"_qs);
    CHECK(stored->bilingual(u"text"_qs).fr.isEmpty());
    CHECK(stored->text(u"said_in"_qs) == u"nl"_qs);
    CHECK(stored->number(u"sector_id"_qs) == 1);
    CHECK(stored->position() == 9); // after the demo's nine cards of that meeting
    REQUIRE(demo.workspace->undo().ok());
    CHECK_FALSE(demo.workspace->storage().record(Entity::IdeaCard, added.value()));
    REQUIRE(demo.workspace->redo().ok());
    CHECK(demo.workspace->storage().record(Entity::IdeaCard, added.value()));
    REQUIRE(demo.workspace->undo().ok());
    REQUIRE(demo.workspace->redo().ok());
    CHECK(demo.workspace->storage().record(Entity::IdeaCard, added.value())->bilingual(u"text"_qs).nl
          == u"Wie belt de patiënt terug?"_qs);

    struct Row
    {
        const char *name;
        QString text;
        QString kind;
        qint64 workshop;
        qint64 issue;
        const char *reason;
    };
    const qint64 otherMeetingsWorkshop = workshopOf(demo, demo.meeting(u"2025-07-01"_qs).id, 0);
    const qint64 otherMeetingsIssue = readIdeaBoard(demo.workspace->storage(), demo.meeting(u"2023-03-16"_qs).id).issues.first().id;
    const QList<Row> refused = {{"empty", u"   "_qs, u"problem"_qs, 0, 0, "needs a text"},
                                {"only control characters", u"\u0001\u0002"_qs, u"problem"_qs, 0, 0, "needs a text"},
                                {"unknown kind", u"x"_qs, u"rumour"_qs, 0, 0, "not a kind of card"},
                                {"another meeting's workshop", u"x"_qs, u"problem"_qs, otherMeetingsWorkshop, 0, "not one of the meeting's"},
                                {"another meeting's issue", u"x"_qs, u"problem"_qs, 0, otherMeetingsIssue, "not one of the meeting's"}};
    for (const Row &row : refused) {
        INFO(row.name);
        CardCapture bad;
        bad.meetingId = meeting;
        bad.text = row.text;
        bad.kind = row.kind;
        bad.workshopId = row.workshop;
        bad.issueId = row.issue;
        auto result = captureCard(*demo.workspace, bad);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().contains(QString::fromUtf8(row.reason)));
    }
    CHECK(demo.workspace->undoStack()->count() == steps + 1);
}

TEST_CASE("Cards become an issue as one step: redo, undo, redo")
{
    DemoWorkspace demo;
    const qint64 meeting = demo.november2024().id;
    const IdeaBoard before = readIdeaBoard(demo.workspace->storage(), meeting);
    const QList<qint64> cards{before.cardsOf(0).first().id, before.cards.first().id};
    const int steps = demo.workspace->undoStack()->count();
    auto issue = newIssue(*demo.workspace, meeting, {u"Le numérique"_qs, QString()}, cards);
    REQUIRE(issue.ok());
    CHECK(demo.workspace->undoStack()->count() == steps + 1);
    const auto inIssue = [&] { return readIdeaBoard(demo.workspace->storage(), meeting).cardsOf(issue.value()).size(); };
    CHECK(inIssue() == 2);
    REQUIRE(demo.workspace->undo().ok());
    CHECK(readIdeaBoard(demo.workspace->storage(), meeting).issues.size() == before.issues.size());
    CHECK(readIdeaBoard(demo.workspace->storage(), meeting).cardsOf(0).size() == before.cardsOf(0).size());
    REQUIRE(demo.workspace->redo().ok());
    CHECK(inIssue() == 2);

    CHECK_FALSE(newIssue(*demo.workspace, meeting, {u" "_qs, u""_qs}, cards).ok());
    const qint64 otherIssue = readIdeaBoard(demo.workspace->storage(), demo.meeting(u"2023-03-16"_qs).id).issues.first().id;
    auto across = groupCards(*demo.workspace, cards, otherIssue);
    REQUIRE_FALSE(across.ok());
    CHECK(across.error().contains(u"own meeting"_qs));
    REQUIRE(groupCards(*demo.workspace, cards, 0).ok());
    CHECK(inIssue() == 0);
}

TEST_CASE("The board's JSON and document carry every card and each issue's proposal")
{
    DemoWorkspace demo;
    const IdeaBoard board = readIdeaBoard(demo.workspace->storage(), demo.meeting(u"2023-03-16"_qs).id);
    const QJsonObject root = QJsonDocument::fromJson(ideaBoardJson(board)).object();
    CHECK(root.value(u"format"_qs).toString() == u"quorum-ideas"_qs);
    const QJsonArray issues = root.value(u"issues"_qs).toArray();
    REQUIRE(issues.size() == 3);
    CHECK(issues.at(0).toObject().value(u"proposal"_qs).toObject().value(u"kind"_qs).toString() == u"priority"_qs);
    CHECK(issues.at(2).toObject().value(u"proposal"_qs).isNull());
    int cards = root.value(u"ungrouped"_qs).toArray().size();
    for (const QJsonValue &issue : issues)
        cards += issue.toObject().value(u"cards"_qs).toArray().size();
    CHECK(cards == board.cards.size());
    // A card names no one: its profile holds ids of a sector, a function and a bassin only.
    for (const QJsonValue &issue : issues)
        for (const QJsonValue &card : issue.toObject().value(u"cards"_qs).toArray())
            CHECK(card.toObject().value(u"profile"_qs).toObject().keys() == QStringList{u"bassin"_qs, u"function"_qs, u"sector"_qs});

    const Document document = ideaBoardDocument(board, DocText{u"Conseil"_qs, u"Raad"_qs});
    int headings = 0;
    for (const Block &block : document.blocks)
        headings += std::holds_alternative<Heading>(block) ? 1 : 0;
    CHECK(headings == 4); // three issues and the cards not yet grouped
}

TEST_CASE("The minutes' workshop summaries start from the cards, grouped by issue, in both languages")
{
    DemoWorkspace demo;
    const qint64 meeting = demo.november2024().id;
    const IdeaBoard board = readIdeaBoard(demo.workspace->storage(), meeting);
    const qint64 pregnant = workshopOf(demo, meeting, 2);
    QList<Record> said;
    for (const Record &card : board.cards)
        if (card.number(u"workshop_id"_qs) == pregnant)
            said << card;
    const QString fr = workshopCardsSummary(board.issues, said, Language::French);
    const QString nl = workshopCardsSummary(board.issues, said, Language::Dutch);
    CHECK(fr.contains(u"Un parcours prénatal sans rupture"_qs));
    CHECK(fr.contains(u"Taalbarrières maken de eerste consultatie moeilijk. [nl]"_qs));
    CHECK(nl.contains(u"Een prenataal traject zonder breuken"_qs));
    CHECK(nl.contains(u"Zonder ziekteverzekering"_qs));
    CHECK(workshopCardsSummary(board.issues, {}, Language::French).isEmpty());

    const QList<Record> drafted = draftSynthesis(*demo.workspace, meeting);
    bool found = false;
    for (const Record &section : drafted)
        if (section.text(u"kind"_qs) == u"workshop"_qs && section.number(u"workshop_id"_qs) == pregnant) {
            found = true;
            CHECK(section.bilingual(u"body"_qs).fr.contains(u"Un parcours prénatal sans rupture"_qs));
            CHECK(section.bilingual(u"body"_qs).nl.contains(u"Een prenataal traject zonder breuken"_qs));
            CHECK(section.bilingual(u"body"_qs).fr.contains(u"Questions de départ"_qs));
        }
    CHECK(found);
}
