// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions read cheaply (docs/decisions.md "Stored results and search"): each closed vote
// keeps the result it was counted with, the history reads it and never recounts, and the
// full-text index answers the search (accents, case, both languages, phrases, hostile input),
// kept in step by every write.

#include "catchqt.h"
#include "demoworkspace.h"
#include "sqlhelpers.h"
#include "testworkspace.h"

#include "decisions/decisionindex.h"
#include "decisions/history.h"
#include "decisions/historyexport.h"
#include "decisions/voteconsistency.h"
#include "decisions/voteresult.h"
#include "decisions/votes.h"
#include "documents/renderers.h"
#include "generator.h"
#include "jsonexchange.h"
#include "storage/decisionsearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Quorum;
using QuorumTest::DemoWorkspace;
using QuorumTest::readFile;
using QuorumTest::runSql;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QList<qint64> found(const Database &database, const char *text)
{
    DecisionHistoryFilter filter;
    filter.text = u8(text);
    QList<qint64> ids;
    for (const DecisionHistoryEntry &entry : decisionHistory(database, filter))
        ids << entry.voteId;
    return ids;
}

QByteArray historyJson(const Database &database)
{
    return decisionHistoryJson(decisionHistory(database)).toJson(QJsonDocument::Indented);
}

QByteArray historyMarkdown(const Database &database)
{
    return renderMarkdown(decisionHistoryDocument(decisionHistory(database), {}), DocumentLanguages::Both);
}

QList<Record> closedVotes(const Database &database)
{
    return database.recordsWhere(Entity::Vote, u"status"_qs, u"closed"_qs);
}

// Every closed vote has a stored result, and it is what a recount gives.
void requireStoredResultsAreRecounts(const Database &database)
{
    const QList<Record> votes = closedVotes(database);
    REQUIRE_FALSE(votes.isEmpty());
    for (const Record &vote : votes) {
        INFO("vote " << vote.id);
        const std::optional<CountedResult> stored = decodeCountedResult(vote.text(u"result"_qs));
        REQUIRE(stored.has_value());
        const Result<VoteCount> count = countVote(database, vote.id);
        REQUIRE(count.ok());
        CHECK(sameCount(*stored, countedResult(count.value())));
        CHECK(stored->explanation == count.value().explanation());
    }
}

} // namespace

TEST_CASE("The demo history reads as it did when every vote was recounted", "[decisionsearch]")
{
    // decisions-demo.json and .md were written by `quorum decisions` before results were stored
    // (the .md rewritten since only for French typography: non-breaking spaces, "1er").
    DemoWorkspace demo;
    const Database &db = demo.workspace->storage();
    CHECK(historyJson(db) == readFile(QStringLiteral(QUORUM_TEST_DATA "/decisions-demo.json")));
    CHECK(historyMarkdown(db) == readFile(QStringLiteral(QUORUM_TEST_DATA "/decisions-demo.md")));
}

TEST_CASE("Searching the demo finds what the recounting history found", "[decisionsearch]")
{
    DemoWorkspace demo;
    const Database &db = demo.workspace->storage();
    CHECK(found(db, "EVALUATION") == QList<qint64>({1, 3}));
    CHECK(found(db, "feuille route") == QList<qint64>({3, 4}));
    CHECK(found(db, "stappenplan") == QList<qint64>({3, 4}));
    CHECK(found(db, "Zorgraad") == QList<qint64>({5, 6, 7}));
    CHECK(found(db, "délégation") == QList<qint64>({5}));
}

TEST_CASE("Search folds accents and case and ligatures in both languages", "[decisionsearch]")
{
    DemoWorkspace demo;
    const Database &db = demo.workspace->storage();
    const QList<qint64> evaluation = found(db, "évaluation");
    REQUIRE_FALSE(evaluation.isEmpty());
    CHECK(found(db, "EVALUATION") == evaluation);
    CHECK(found(db, "Évaluation") == evaluation);
    // Dutch: geëvalueerd with or without its diaeresis.
    REQUIRE_FALSE(found(db, "geëvalueerd").isEmpty());
    CHECK(found(db, "GEEVALUEERD") == found(db, "geëvalueerd"));
    // œ is not an accent: the index holds it folded to oe, as the query is.
    const QList<qint64> oeuvre = found(db, "oeuvre");
    REQUIRE(oeuvre.contains(3));
    CHECK(found(db, "œuvre") == oeuvre);
    CHECK(found(db, "ŒUVRE") == oeuvre);
    // A word is a prefix; the middle of a word is not a word.
    CHECK(found(db, "évaluati") == evaluation);
    CHECK(found(db, "valuation").isEmpty());
    CHECK(found(db, "zzzz").isEmpty());
}

TEST_CASE("A quoted phrase matches its words in that order", "[decisionsearch]")
{
    DemoWorkspace demo;
    const Database &db = demo.workspace->storage();
    CHECK(found(db, "\"feuille de route\"").contains(3));
    CHECK(found(db, "\"route de feuille\"").isEmpty());
    CHECK(found(db, "\"het stappenplan 2026\"").contains(3));
    // Apostrophes separate words as the tokenizer does: l'Action is the phrase "l action".
    CHECK(found(db, "l'action").contains(3));
    CHECK(found(db, "\"de l'action régionale\"").contains(3));
}

TEST_CASE("Hostile search input is never taken as syntax", "[decisionsearch]")
{
    DemoWorkspace demo;
    const Database &db = demo.workspace->storage();
    const char *hostile[] = {"\"",        "\"\"",         "\"unterminated", "*",          "**",     "(",
                             ")",         "NEAR(a b)",    "a OR b",         "NOT x",      "-x",     "^x",
                             "body:x",    "themes:x",     "'",              "\\",         ";",      "%",
                             "_",         "a\"b",         "x AND",          "{a b}",      ":",      "+",
                             "NEAR",      "AND",          "OR (",  "NEAR(Zorgraad",           "'; DROP TABLE vote; --", "\x01\x02"};
    for (const char *text : hostile) {
        INFO(text);
        DecisionQuery query;
        query.match = decisionSearchExpression(u8(text));
        CHECK_FALSE(matchDecisions(db, query).failed);
        (void)decisionHistory(db, DecisionHistoryFilter{u8(text)});
    }
    for (const char *text : {"Zorgraad*", "(Zorgraad)", "\"Zorgraad", "Zorgraad:", "-Zorgraad", "^Zorgraad"}) {
        INFO(text);
        CHECK(found(db, text) == QList<qint64>({5, 6, 7}));
    }
    CHECK(db.count(Entity::Vote) > 0);
}

TEST_CASE("The council and period and outcome and theme filters run with the words", "[decisionsearch]")
{
    DemoWorkspace demo;
    const Database &db = demo.workspace->storage();
    const QList<DecisionHistoryEntry> all = decisionHistory(db);
    REQUIRE(all.size() == 7);
    const DecisionHistoryEntry &some = all.at(3);
    DecisionHistoryFilter filter;
    filter.councilId = some.councilId;
    filter.outcome = some.outcome;
    filter.from = some.meetingDate;
    filter.to = some.meetingDate;
    const QList<DecisionHistoryEntry> narrowed = decisionHistory(db, filter);
    REQUIRE_FALSE(narrowed.isEmpty());
    for (const DecisionHistoryEntry &entry : narrowed) {
        CHECK(entry.councilId == some.councilId);
        CHECK(entry.outcome == some.outcome);
        CHECK(entry.meetingDate == some.meetingDate);
    }
    filter.outcome = u"invalid"_qs;
    CHECK(decisionHistory(db, filter).isEmpty());
}

TEST_CASE("Edits through the workspace keep the index in step and undo takes them back", "[decisionsearch]")
{
    DemoWorkspace demo;
    Workspace &ws = *demo.workspace;
    const QList<qint64> zorgraad = found(ws.storage(), "Zorgraad");
    const qint64 council = decisionHistory(ws.storage()).at(0).councilId;
    REQUIRE(ws.setValue(Entity::Council, council, u"name_nl"_qs, u8("Zébulonraad")).ok());
    CHECK(staleDecisions(ws.storage()).isEmpty());
    CHECK(found(ws.storage(), "zebulonraad") == zorgraad);
    CHECK(found(ws.storage(), "ZÉBULON") == zorgraad);
    REQUIRE(ws.undo().ok());
    CHECK(staleDecisions(ws.storage()).isEmpty());
    CHECK(found(ws.storage(), "zebulonraad").isEmpty());
    REQUIRE(ws.redo().ok());
    CHECK(found(ws.storage(), "zebulonraad") == zorgraad);

    // The view narrows decisions it already read through the same index.
    const QList<DecisionHistoryEntry> read = decisionHistory(ws.storage());
    QList<qint64> narrowed;
    for (const DecisionHistoryEntry &entry : refineDecisions(ws.storage(), read, u8("zébulonraad"), {}))
        narrowed << entry.voteId;
    CHECK(narrowed == zorgraad);
}

TEST_CASE("A decision written around the workspace is found before it is indexed again", "[decisionsearch]")
{
    DemoWorkspace demo;
    Database &db = demo.workspace->storage();
    const DecisionHistoryEntry entry = decisionHistory(db).at(3);
    REQUIRE(entry.proposal.has_value());
    // Straight to the storage, as a bulk builder writes: the trigger lists it, nothing refreshes it.
    REQUIRE(db.update(Entity::Proposal, entry.proposal->id, u"title_fr"_qs, u8("Xylophone régional")).ok());
    CHECK(staleDecisions(db).contains(entry.voteId));
    CHECK(found(db, "xylophone") == QList<qint64>({entry.voteId}));
    CHECK(refineDecisions(db, decisionHistory(db), u8("XYLOPHONE"), {}).size() == 1);
    REQUIRE(refreshDecisionRecords(db).ok());
    CHECK(staleDecisions(db).isEmpty());
    CHECK(found(db, "xylophone") == QList<qint64>({entry.voteId}));
}

TEST_CASE("Every stored result of the demo is its recount and import counts them itself", "[decisionsearch]")
{
    DemoWorkspace demo;
    const Database &db = demo.workspace->storage();
    requireStoredResultsAreRecounts(db);
    CHECK(decisionRecordProblems(db).isEmpty());
    // The stored result is derived: never exchanged, recounted by an import.
    const QJsonObject exported = QJsonDocument::fromJson(exportWorkspaceJson(db)).object();
    for (const QJsonValue &vote : exported.value(u"votes"_qs).toArray())
        CHECK_FALSE(vote.toObject().contains(u"result"_qs));
}

TEST_CASE("A stored result that is not its recount is reported by the check", "[decisionsearch]")
{
    DemoWorkspace demo;
    const QString path = demo.path();
    const qint64 voteId = closedVotes(demo.workspace->storage()).first().id;
    demo.workspace.reset();
    REQUIRE(runSql(path, {u"UPDATE vote SET result = json_set(result, '$.for', 999) WHERE id = %1"_qs.arg(voteId)}));
    auto opened = Database::openReadOnly(path);
    REQUIRE(opened.ok());
    const QList<RecordProblem> problems = decisionRecordProblems(*opened.value());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().id == voteId);
    CHECK(problems.first().message.contains(u"stored result"_qs));
}

TEST_CASE("Migration 6 counts the closed votes of an older file once when it opens", "[decisionsearch]")
{
    DemoWorkspace demo;
    const QString path = demo.path();
    demo.workspace.reset();
    // The demo as migration 6 leaves a file of schema 5: no stored result, an empty index,
    // every closed vote listed to be counted and indexed. (Going back to schema 5 itself is
    // no longer possible: later migrations reshape the tables; migration 6's statements run
    // in the schema-1 migration test.)
    REQUIRE(runSql(path, {u"UPDATE vote SET result = NULL"_qs, u"DELETE FROM decision_search"_qs,
                          u"DELETE FROM decision_search_stale"_qs,
                          u"INSERT INTO decision_search_stale (vote_id) SELECT id FROM vote WHERE status = 'closed'"_qs}));
    QStringList stored;
    REQUIRE(runSql(path, {u"SELECT COUNT(*) FROM vote WHERE result IS NOT NULL"_qs}, &stored));
    REQUIRE(stored == QStringList{u"0"_qs});

    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    const Database &db = opened.value()->storage();
    requireStoredResultsAreRecounts(db);
    CHECK(staleDecisions(db).isEmpty());
    CHECK(historyJson(db) == readFile(QStringLiteral(QUORUM_TEST_DATA "/decisions-demo.json")));
    CHECK(found(db, "oeuvre").contains(3));
    CHECK(decisionRecordProblems(db).isEmpty());
}

TEST_CASE("The version 1 demo file migrates through schema 6", "[decisionsearch]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.quorum"_qs);
    REQUIRE(QFile::copy(QStringLiteral(QUORUM_TEST_DATA "/demo-v1.quorum"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    const Database &db = opened.value()->storage();
    CHECK(decisionHistory(db).isEmpty());
    CHECK(staleDecisions(db).isEmpty());
    DecisionQuery query;
    query.match = decisionSearchExpression(u8("conseil"));
    CHECK_FALSE(matchDecisions(db, query).failed);
}

TEST_CASE("Every generated closed vote stores its recount and is indexed", "[decisionsearch]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"generated.quorum"_qs);
    GeneratorOptions options;
    options.years = 2;
    REQUIRE(generateWorkspaceFile(path, options).ok());
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    const Database &db = opened.value()->storage();
    CHECK(staleDecisions(db).isEmpty());
    requireStoredResultsAreRecounts(db);
    CHECK(decisionRecordProblems(db).isEmpty());
    // Every decision is in the index, found by a word of its question.
    const QList<DecisionHistoryEntry> all = decisionHistory(db);
    REQUIRE(all.size() == closedVotes(db).size());
    for (qsizetype i = 0; i < all.size(); i += std::max<qsizetype>(1, all.size() / 40)) {
        const DecisionHistoryEntry &entry = all.at(i);
        const QString phrase = u'"' + entry.question.nl + u'"';
        DecisionHistoryFilter filter;
        filter.text = phrase;
        filter.councilId = entry.councilId;
        INFO(phrase.toStdString());
        bool present = false;
        for (const DecisionHistoryEntry &hit : decisionHistory(db, filter))
            present = present || hit.voteId == entry.voteId;
        CHECK(present);
    }
}
