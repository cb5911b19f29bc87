// SPDX-License-Identifier: GPL-3.0-or-later
// import-json validates what the interface validates: counts against the voters present,
// ballots against the electors, references within their meeting, no self-reference, and
// each closed vote's stated outcome against a recount by its rule. Each case breaks the
// demo's own export in one place.

#include "catchqt.h"
#include "testworkspace.h"

#include "decisions/voteconsistency.h"
#include "demo.h"
#include "generator.h"
#include "jsonexchange.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject demoExport(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(s("demo.quorum"));
    REQUIRE(writeDemoWorkspace(path).ok());
    auto db = Database::open(path);
    REQUIRE(db.ok());
    return QJsonDocument::fromJson(exportWorkspaceJson(*db.value())).object();
}

// The record with `id` in the array `key`, to read or change in place.
QJsonObject find(const QJsonObject &root, const char *key, qint64 id)
{
    for (const QJsonValue &v : root.value(s(key)).toArray())
        if (v.toObject().value(s("id")).toInteger() == id)
            return v.toObject();
    FAIL("no " << key << " with id " << id);
    return {};
}

void set(QJsonObject &root, const char *key, qint64 id, const QJsonObject &changes)
{
    QJsonArray array = root.value(s(key)).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonObject record = array.at(i).toObject();
        if (record.value(s("id")).toInteger() != id)
            continue;
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            record.insert(it.key(), it.value());
        array[i] = record;
    }
    root.insert(s(key), array);
}

void append(QJsonObject &root, const char *key, const QJsonObject &record)
{
    QJsonArray array = root.value(s(key)).toArray();
    array.append(record);
    root.insert(s(key), array);
}

qint64 meetingOfItem(const QJsonObject &root, qint64 item)
{
    return find(root, "agendaItems", item).value(s("meeting_id")).toInteger();
}

QString dateOfVote(const QJsonObject &root, qint64 vote)
{
    const qint64 item = find(root, "votes", vote).value(s("agenda_item_id")).toInteger();
    return find(root, "meetings", meetingOfItem(root, item)).value(s("date")).toString();
}

QList<qint64> electorsOf(const QJsonObject &root, qint64 vote)
{
    QList<qint64> people;
    for (const QJsonValue &v : root.value(s("voteElectors")).toArray())
        if (v.toObject().value(s("vote_id")).toInteger() == vote)
            people << v.toObject().value(s("person_id")).toInteger();
    return people;
}

// The demo's vote 2, an evident show of hands adopted by a simple majority of 40 present,
// turned into a named vote whose ballots were frozen into a count of 3 for, 1 against.
constexpr qint64 namedVote = 2;
void makeNamed(QJsonObject &root)
{
    set(root, "votes", namedVote, {{s("mode"), s("named")}, {s("evident"), false}});
    append(root, "voteTallies", {{s("id"), 900}, {s("vote_id"), namedVote}, {s("votes_for"), 3}, {s("votes_against"), 1},
                                 {s("votes_abstain"), 0}});
    const QList<qint64> electors = electorsOf(root, namedVote);
    REQUIRE(electors.size() >= 4);
    for (int i = 0; i < 4; ++i)
        append(root, "ballots", {{s("id"), 900 + i}, {s("vote_id"), namedVote}, {s("person_id"), electors.at(i)},
                                 {s("choice"), i < 3 ? s("for") : s("against")}, {s("dots"), 0}});
}

Result<void> import(const QTemporaryDir &dir, const QJsonObject &root, const QString &name = s("out.quorum"))
{
    return importWorkspaceJson(QJsonDocument(root).toJson(), s("in.json"), dir.filePath(name));
}

} // namespace

TEST_CASE("A named vote with ballots from its electors imports", "[importcheck]")
{
    QTemporaryDir dir;
    QJsonObject root = demoExport(dir);
    makeNamed(root);
    const Result<void> imported = import(dir, root);
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());
    auto db = Database::open(dir.filePath(s("out.quorum")));
    REQUIRE(db.ok());
    CHECK(decisionRecordProblems(*db.value()).isEmpty());
    CHECK(db.value()->records(Entity::Ballot, namedVote).size() == 4);
}

TEST_CASE("The demo and a generated workspace hold no decision record problem", "[importcheck]")
{
    QTemporaryDir dir;
    REQUIRE(writeDemoWorkspace(dir.filePath(s("demo.quorum"))).ok());
    auto demo = Database::open(dir.filePath(s("demo.quorum")));
    REQUIRE(demo.ok());
    CHECK(decisionRecordProblems(*demo.value()).isEmpty());
    REQUIRE(generateWorkspaceFile(dir.filePath(s("gen.quorum")), {1, 3}).ok());
    auto generated = Database::open(dir.filePath(s("gen.quorum")));
    REQUIRE(generated.ok());
    CHECK(decisionRecordProblems(*generated.value()).isEmpty());
}

TEST_CASE("Import refuses decision records the interface would have refused", "[importcheck]")
{
    QTemporaryDir dir;
    const QJsonObject demo = demoExport(dir);
    const qint64 people = demo.value(s("people")).toArray().size();
    REQUIRE(people > 0);

    struct Case
    {
        const char *name;
        std::function<void(QJsonObject &)> breakIt;
        QString record;   // the record the message names first
        QString reason;   // and what is wrong with it
    };
    const QString vote2 = s("vote 2 (meeting %1): ").arg(dateOfVote(demo, 2));
    const QString vote1 = s("vote 1 (meeting %1): ").arg(dateOfVote(demo, 1));
    const QString vote4 = s("vote 4 (meeting %1): ").arg(dateOfVote(demo, 4));
    const std::vector<Case> cases = {
        {"a show of hands counted above the voters present",
         [](QJsonObject &root) {
             set(root, "votes", 2, {{s("evident"), false}});
             append(root, "voteTallies", {{s("id"), 900}, {s("vote_id"), 2}, {s("votes_for"), 50}, {s("votes_against"), 0},
                                          {s("votes_abstain"), 0}});
         },
         vote2, s("50 votes counted (50 for, 0 against, 0 abstaining) but only 40 voters were present or represented")},
        {"dots above the dots of the voters present",
         [](QJsonObject &root) { set(root, "voteTallies", 21, {{s("votes_for"), 500}}); }, vote4,
         s("for option 1, but only 120 could be cast")},
        {"a subgroup counted above its voters",
         [](QJsonObject &root) { set(root, "voteTallies", 8, {{s("votes_for"), 30}}); }, vote1, s("in subgroup 7")},
        {"more present than members",
         [](QJsonObject &root) { set(root, "votes", 2, {{s("members"), 30}}); }, vote2,
         s("40 voters present or represented but only 30 voting members")},
        {"a ballot from someone who was not an elector",
         [people](QJsonObject &root) {
             makeNamed(root);
             const QList<qint64> electors = electorsOf(root, namedVote);
             qint64 outsider = 1;
             while (electors.contains(outsider) && outsider < people)
                 ++outsider;
             set(root, "ballots", 903, {{s("person_id"), outsider}});
         },
         s("ballot 903 (meeting %1): ").arg(dateOfVote(demo, 2)), s("who was not among the electors of vote 2")},
        {"a ballot on a show of hands",
         [](QJsonObject &root) {
             makeNamed(root);
             set(root, "votes", namedVote, {{s("mode"), s("hands")}});
         },
         vote2, s("named ballots in a vote that is not named (4)")},
        {"a stated outcome the counts contradict",
         [](QJsonObject &root) { set(root, "votes", 2, {{s("outcome"), s("rejected")}}); }, vote2,
         s("the stated outcome \"rejected\" contradicts its counts and rule, which give \"adopted\"")},
        {"a named count that contradicts its outcome",
         [](QJsonObject &root) {
             makeNamed(root);
             set(root, "voteTallies", 900, {{s("votes_for"), 1}, {s("votes_against"), 3}});
         },
         vote2, s("which give \"rejected\"")},
        {"a closed vote without an outcome",
         [](QJsonObject &root) { set(root, "votes", 3, {{s("outcome"), QJsonValue()}}); },
         // The storage itself refuses such a row (schema v5), before the recount sees it.
         s("votes[2]: "), s("a closed vote needs its closing time and its outcome")},
        {"a self-referencing objection",
         [](QJsonObject &root) { set(root, "objections", 1, {{s("counter_proposal_id"), 1}}); }, s("objection 1 (meeting "),
         s("its counter-proposal is the proposal it objects to")},
        {"a counter-proposal of another meeting",
         [](QJsonObject &root) { set(root, "objections", 1, {{s("counter_proposal_id"), 3}}); }, s("objection 1 (meeting "),
         s("belongs to another agenda item")},
        {"a session event on another meeting's item",
         [](QJsonObject &root) {
             const QJsonObject event = root.value(s("sessionEvents")).toArray().first().toObject();
             const qint64 meeting = event.value(s("meeting_id")).toInteger();
             for (const QJsonValue &item : root.value(s("agendaItems")).toArray())
                 if (item.toObject().value(s("meeting_id")).toInteger() != meeting) {
                     set(root, "sessionEvents", event.value(s("id")).toInteger(),
                         {{s("agenda_item_id"), item.toObject().value(s("id"))}});
                     return;
                 }
         },
         s("session event "), s("belongs to another meeting")},
        {"a card grouped into another meeting's issue",
         [](QJsonObject &root) {
             const QJsonObject card = root.value(s("ideaCards")).toArray().first().toObject();
             for (const QJsonValue &issue : root.value(s("ideaIssues")).toArray())
                 if (issue.toObject().value(s("meeting_id")) != card.value(s("meeting_id"))) {
                     set(root, "ideaCards", card.value(s("id")).toInteger(), {{s("issue_id"), issue.toObject().value(s("id"))}});
                     return;
                 }
         },
         s("card 1 (meeting "), s("belongs to another meeting")},
        {"a card said in another meeting's workshop",
         [](QJsonObject &root) {
             const QJsonObject card = root.value(s("ideaCards")).toArray().first().toObject();
             for (const QJsonValue &workshop : root.value(s("workshops")).toArray())
                 if (workshop.toObject().value(s("meeting_id")) != card.value(s("meeting_id"))) {
                     set(root, "ideaCards", card.value(s("id")).toInteger(), {{s("workshop_id"), workshop.toObject().value(s("id"))}});
                     return;
                 }
         },
         s("card 1 (meeting "), s("belongs to another meeting")},
        {"an issue's dot-vote option in another council's vote",
         [](QJsonObject &root) {
             const QJsonObject issue = root.value(s("ideaIssues")).toArray().first().toObject();
             const qint64 council = find(root, "meetings", issue.value(s("meeting_id")).toInteger()).value(s("council_id")).toInteger();
             for (const QJsonValue &option : root.value(s("voteOptions")).toArray()) {
                 const QJsonObject vote = find(root, "votes", option.toObject().value(s("vote_id")).toInteger());
                 const qint64 meeting = meetingOfItem(root, vote.value(s("agenda_item_id")).toInteger());
                 if (find(root, "meetings", meeting).value(s("council_id")).toInteger() != council) {
                     set(root, "ideaIssues", issue.value(s("id")).toInteger(), {{s("vote_option_id"), option.toObject().value(s("id"))}});
                     return;
                 }
             }
             FAIL("the demo has no vote option of another council");
         },
         s("issue 1 (meeting "), s("belongs to another council")},
        {"a vote on a proposal of another item",
         [](QJsonObject &root) { set(root, "votes", 2, {{s("proposal_id"), 4}}); }, vote2, s("belongs to another agenda item")},
        {"an elector in a subgroup of another council",
         [](QJsonObject &root) {
             const QJsonObject elector = root.value(s("voteElectors")).toArray().first().toObject();
             const qint64 council = find(root, "meetings", meetingOfItem(root, find(root, "votes", elector.value(s("vote_id")).toInteger())
                                                                                     .value(s("agenda_item_id"))
                                                                                     .toInteger()))
                                        .value(s("council_id"))
                                        .toInteger();
             for (const QJsonValue &subgroup : root.value(s("subgroups")).toArray())
                 if (subgroup.toObject().value(s("council_id")).toInteger() != council) {
                     set(root, "voteElectors", elector.value(s("id")).toInteger(), {{s("subgroup_id"), subgroup.toObject().value(s("id"))}});
                     return;
                 }
         },
         s("elector "), s("belongs to another council")},
    };

    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            QJsonObject root = demo;
            c.breakIt(root);
            const QString out = dir.filePath(s("out.quorum"));
            const Result<void> imported = import(dir, root);
            INFO("error: " << imported.error().toStdString());
            REQUIRE_FALSE(imported.ok());
            const QStringList lines = imported.error().split(u'\n');
            CHECK(lines.size() == 1);
            CHECK(lines.first().startsWith(s("in.json: ") + c.record));
            CHECK(lines.first().contains(c.reason));
            CHECK_FALSE(QFile::exists(out));
            CHECK(QDir(dir.path()).entryList({s("out.quorum*")}, QDir::Files | QDir::Hidden).isEmpty());
        }
    }
}

TEST_CASE("Duplicate ballots and electors are refused by the import", "[importcheck]")
{
    QTemporaryDir dir;
    QJsonObject root = demoExport(dir);
    makeNamed(root);
    SECTION("a second ballot from the same elector")
    {
        set(root, "ballots", 903, {{s("person_id"), find(root, "ballots", 900).value(s("person_id"))}});
    }
    SECTION("the same elector twice")
    {
        const QJsonObject first = root.value(s("voteElectors")).toArray().first().toObject();
        append(root, "voteElectors", {{s("id"), 950}, {s("vote_id"), first.value(s("vote_id"))}, {s("person_id"), first.value(s("person_id"))}});
    }
    const Result<void> imported = import(dir, root);
    INFO("error: " << imported.error().toStdString());
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().startsWith(s("in.json: ")));
    CHECK_FALSE(QFile::exists(dir.filePath(s("out.quorum"))));
}
