// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "testworkspace.h"

#include "generator.h"
#include "synthesis/draft.h"
#include "rules/decisionrules.h"
#include "storage/schemacheck.h"
#include "ideas/ideaboard.h"
#include "workshops/workshopassignment.h"

#include <QDir>
#include <QSet>

#include <set>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QByteArray generatedJson(const QTemporaryDir &dir, const QString &name, GeneratorOptions options)
{
    const QString path = dir.filePath(name);
    REQUIRE(generateWorkspaceFile(path, options).ok());
    auto db = Database::open(path);
    REQUIRE(db.ok());
    return exportWorkspaceJson(*db.value());
}

// Every problem `quorum check` reports, one line each (none for a sound file).
QStringList checkProblems(const QString &path)
{
    const Result<WorkspaceCheck> checked = checkWorkspaceFile(path);
    if (!checked)
        return {checked.error()};
    QStringList lines;
    for (const SchemaProblem &problem : checked.value().problems)
        lines << problem.line();
    return lines;
}

QSet<QString> valuesOf(const QList<Record> &records, const char *column)
{
    QSet<QString> values;
    for (const Record &r : records)
        values.insert(r.text(QString::fromLatin1(column)));
    return values;
}

} // namespace

TEST_CASE("The generator is deterministic for a seed and varies with it")
{
    QTemporaryDir dir;
    const QByteArray a = generatedJson(dir, QStringLiteral("a.quorum"), {1, 42});
    const QByteArray b = generatedJson(dir, QStringLiteral("b.quorum"), {1, 42});
    const QByteArray c = generatedJson(dir, QStringLiteral("c.quorum"), {1, 43});
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("One generated year has the shape of a year of council work")
{
    QTemporaryDir dir;
    auto summary = generateWorkspaceFile(dir.filePath(QStringLiteral("year.quorum")), {1, 1});
    REQUIRE(summary.ok());
    CHECK(summary.value().people == 300);
    CHECK(summary.value().councils == 20);
    CHECK(summary.value().meetings > 100);
    CHECK(summary.value().agendaItems > 15 * summary.value().meetings);
    auto db = Database::open(dir.filePath(QStringLiteral("year.quorum")));
    REQUIRE(db.ok());
    CHECK(db.value()->count(Entity::Meeting) == summary.value().meetings);
    CHECK(db.value()->count(Entity::AgendaItem) == summary.value().agendaItems);
    for (const Record &meeting : db.value()->records(Entity::Meeting))
        CHECK(meeting.text(QStringLiteral("date")).startsWith(QStringLiteral("2025-")));
}

TEST_CASE("Ten generated years reach the scale the issue names")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ten.quorum"));
    auto summary = generateWorkspaceFile(path, {});
    REQUIRE(summary.ok());
    const GeneratorSummary &s = summary.value();
    CHECK(s.people >= 1000);
    CHECK(s.meetings >= 100);
    CHECK(s.agendaItems >= 10000);
    // The issue's volumes: about 4,200 closed votes and 30,000 attendance records.
    CHECK(s.votes >= 3500);
    CHECK(s.votes <= 5000);
    CHECK(s.attendance >= 25000);
    CHECK(s.attendance <= 40000);
    CHECK(checkProblems(path) == QStringList());
}

TEST_CASE("A generated year holds closed votes of every mode and rule with their electorate")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("votes.quorum"));
    auto summary = generateWorkspaceFile(path, {1, 5});
    REQUIRE(summary.ok());
    const GeneratorSummary &s = summary.value();
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    const Database &db = *opened.value();

    // The summary says what the file holds.
    CHECK(db.count(Entity::Vote) == s.votes);
    CHECK(db.count(Entity::Attendance) == s.attendance);
    CHECK(db.count(Entity::VoteElector) == s.electors);
    CHECK(db.count(Entity::Ballot) == s.ballots);
    CHECK(db.count(Entity::VoteTally) == s.tallies);
    CHECK(db.count(Entity::Proposal) == s.proposals);
    CHECK(db.count(Entity::Objection) == s.objections);
    CHECK(db.count(Entity::SynthesisSection) == s.minutesSections);
    // A year of twenty councils: hundreds of votes, thousands of check-ins.
    CHECK(s.votes >= 300);
    CHECK(s.votes <= 600);
    CHECK(s.attendance >= 2000);
    CHECK(s.attendance <= 5000);
    CHECK(s.guests > 0);
    CHECK(s.represented > 0);
    CHECK(s.objections > 0);
    CHECK(s.minutesSections >= s.meetings);

    const QList<Record> votes = db.records(Entity::Vote);
    CHECK(valuesOf(votes, "status") == QSet<QString>{QStringLiteral("closed")});
    CHECK(valuesOf(votes, "mode") == QSet<QString>{QStringLiteral("hands"), QStringLiteral("named"), QStringLiteral("secret")});
    std::set<DecisionMethod> methods;
    std::set<MajorityBase> bases;
    bool counted = false, refusing = false, ranked = false, bySubgroupHands = false, bySubgroupNamed = false,
         evident = false, quorumNotMet = false;
    QHash<qint64, int> electors;
    for (const Record &e : db.records(Entity::VoteElector))
        ++electors[e.number(QStringLiteral("vote_id"))];
    for (const Record &vote : votes) {
        const Result<DecisionRule> rule = parseRuleCode(vote.text(QStringLiteral("rule")));
        REQUIRE(rule.ok());
        methods.insert(rule.value().method);
        if (rule.value().method == DecisionMethod::Majority) {
            bases.insert(rule.value().base);
            counted = counted || rule.value().abstentions == AbstentionPolicy::Counted;
            refusing = refusing || rule.value().quorum == QuorumPolicy::Refuse;
        }
        ranked = ranked || (rule.value().method == DecisionMethod::Election && rule.value().ranked);
        const bool bySubgroup = vote.number(QStringLiteral("by_subgroup")) != 0;
        bySubgroupHands = bySubgroupHands || (bySubgroup && vote.text(QStringLiteral("mode")) == u"hands");
        bySubgroupNamed = bySubgroupNamed || (bySubgroup && vote.text(QStringLiteral("mode")) == u"named");
        evident = evident || vote.number(QStringLiteral("evident")) != 0;
        quorumNotMet = quorumNotMet || vote.number(QStringLiteral("quorum_met")) == 0;
        // The electorate is the members counted present, as the storage's trigger demands.
        CHECK(electors.value(vote.id) == vote.number(QStringLiteral("present")));
    }
    CHECK(methods == std::set<DecisionMethod>{DecisionMethod::Consent, DecisionMethod::Consensus, DecisionMethod::Majority,
                                          DecisionMethod::Election, DecisionMethod::Priority});
    CHECK(bases == std::set<MajorityBase>{MajorityBase::Cast, MajorityBase::Present, MajorityBase::Members});
    CHECK(counted);
    CHECK(refusing);
    CHECK(ranked);
    CHECK(bySubgroupHands);
    CHECK(bySubgroupNamed);
    CHECK(evident);
    CHECK(quorumNotMet);
    const QSet<QString> outcomes = valuesOf(votes, "outcome");
    CHECK(outcomes.contains(QStringLiteral("adopted")));
    CHECK(outcomes.contains(QStringLiteral("rejected")));

    // Subgroups declared voices; named ballots and dots; counter-proposals that won.
    CHECK(valuesOf(db.records(Entity::VoteTally), "voice").contains(QStringLiteral("for")));
    CHECK(valuesOf(db.records(Entity::Ballot), "dots").contains(QStringLiteral("2")));
    const QSet<QString> proposals = valuesOf(db.records(Entity::Proposal), "status");
    for (const char *status : {"adopted", "rejected", "withdrawn", "replaced"})
        CHECK(proposals.contains(QString::fromLatin1(status)));
    const QSet<QString> objections = valuesOf(db.records(Entity::Objection), "status");
    for (const char *status : {"standing", "withdrawn", "resolved"})
        CHECK(objections.contains(QString::fromLatin1(status)));
    const QSet<QString> attendance = valuesOf(db.records(Entity::Attendance), "status");
    for (const char *status : {"present", "excused", "absent", "represented"})
        CHECK(attendance.contains(QString::fromLatin1(status)));
    CHECK(valuesOf(db.records(Entity::AgendaItem), "kind").size() >= 7);
}

TEST_CASE("A generated year passes the check and goes through the JSON exchange unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.quorum"));
    REQUIRE(generateWorkspaceFile(path, {1, 9}).ok());
    CHECK(checkProblems(path) == QStringList());
    QByteArray exported;
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        exported = exportWorkspaceJson(*db.value());
    }
    const QString copy = dir.filePath(QStringLiteral("copy.quorum"));
    const Result<void> imported = importWorkspaceJson(exported, QStringLiteral("one.json"), copy);
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());
    CHECK(checkProblems(copy) == QStringList());
    auto again = Database::open(copy);
    REQUIRE(again.ok());
    CHECK(exportWorkspaceJson(*again.value()) == exported);
}

TEST_CASE("The generator refuses impossible spans and never overwrites")
{
    QTemporaryDir dir;
    CHECK_FALSE(generateWorkspaceFile(dir.filePath(QStringLiteral("zero.quorum")), {0, 1}).ok());
    CHECK_FALSE(generateWorkspaceFile(dir.filePath(QStringLiteral("many.quorum")), {51, 1}).ok());
    CHECK(QDir(dir.path()).isEmpty());
    const QString taken = dir.filePath(QStringLiteral("taken.quorum"));
    REQUIRE(writeFile(taken, "x"));
    CHECK_FALSE(generateWorkspaceFile(taken, {1, 1}).ok());
    CHECK(readFile(taken) == "x");
}

TEST_CASE("A generated year holds tagged live notes and headcounts, and its minutes drafts use them", "[notes]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.quorum"));
    REQUIRE(generateWorkspaceFile(path, {1, 5}).ok());
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    const Database &db = *opened.value();
    QSet<QString> tags;
    for (const Record &item : db.records(Entity::AgendaItem))
        for (const QString &line : item.text(QStringLiteral("live_notes_fr")).split(u'\n'))
            if (line.startsWith(u'#'))
                tags.insert(line.section(u' ', 0, 0));
    CHECK(tags == QSet<QString>{QStringLiteral("#nouvelles"), QStringLiteral("#question"), QStringLiteral("#groupe"),
                                QStringLiteral("#décision")});
    for (const Record &meeting : db.records(Entity::Meeting)) {
        CHECK(meeting.number(QStringLiteral("headcount")) >= 25);
        CHECK(meeting.number(QStringLiteral("headcount")) < 85);
    }

    // A regional session's draft: the news, the questions and the bassins' entries filled.
    int withQuestions = 0, withNews = 0, withRoundTable = 0;
    for (const Record &meeting : db.records(Entity::Meeting)) {
        for (const Record &section : draftSynthesis(db, meeting.id)) {
            const QString kind = section.text(QStringLiteral("kind"));
            const bool filled = !section.text(QStringLiteral("body_nl")).isEmpty();
            withQuestions += kind == u"questions" && filled;
            withNews += kind == u"sector_news" && filled;
            withRoundTable += kind == u"round_table" && section.number(QStringLiteral("bassin_id")) > 0 && filled;
        }
        if (withQuestions > 3 && withNews > 3 && withRoundTable > 3)
            break;
    }
    CHECK(withQuestions > 3);
    CHECK(withNews > 3);
    CHECK(withRoundTable > 3);

    // Working groups have their own minutes template, and their drafts follow it.
    int templated = 0;
    for (const Record &council : db.records(Entity::Council)) {
        const QList<Record> plan = db.records(Entity::MinutesTemplate, council.id);
        CHECK(plan.size() == (council.text(QStringLiteral("kind")) == u"working_group" ? 5 : 0));
        if (plan.isEmpty() || templated > 0)
            continue;
        for (const Record &meeting : db.records(Entity::Meeting, council.id)) {
            QStringList kinds;
            for (const Record &section : draftSynthesis(db, meeting.id))
                kinds << section.text(QStringLiteral("kind"));
            CHECK(kinds.first() == u"objectives");
            CHECK(kinds.last() == u"save_the_date");
            CHECK_FALSE(kinds.contains(QStringLiteral("round_table")));
            ++templated;
            break;
        }
    }
    CHECK(templated == 1);
}

TEST_CASE("The generator gives sessions with workshops their participants' choices and the split's seats")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"workshops.quorum"_qs);
    const auto summary = generateWorkspaceFile(path, {2, 7});
    REQUIRE(summary.ok());
    CHECK(summary.value().workshopChoices > 0);
    CHECK(summary.value().workshopSeats > 0);
    CHECK(summary.value().ideaCards > 0);
    CHECK(summary.value().ideaIssues > 0);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    int sessions = 0;
    for (const Record &meeting : db.value()->records(Entity::Meeting)) {
        const MeetingWorkshops lists = readMeetingWorkshops(*db.value(), meeting.id);
        if (lists.workshops.isEmpty())
            continue;
        ++sessions;
        const SplitOutcome figures = measureAssignment(lists.splitInput(), lists.seats());
        INFO("meeting " << meeting.text(u"date"_qs).toStdString());
        // What each workshop produced: cards for every workshop, grouped into the meeting's issues.
        const IdeaBoard board = readIdeaBoard(*db.value(), meeting.id);
        CHECK(board.cards.size() >= 3 * lists.workshops.size());
        QList<qint64> issueIds;
        for (const Record &issue : board.issues)
            issueIds << issue.id;
        for (const Record &card : board.cards) {
            CHECK((card.number(u"issue_id"_qs) == 0 || issueIds.contains(card.number(u"issue_id"_qs))));
            CHECK_FALSE(card.bilingual(u"text"_qs).isEmpty());
        }
        CHECK(figures.unplaced.isEmpty()); // six rooms of 15 hold every generated session
        CHECK(figures.withChoices > 0);
        CHECK(figures.firstChoiceHonoured <= figures.someChoiceHonoured);
        for (const WorkshopBalance &balance : figures.balance)
            CHECK(balance.size <= 15);
        // Everyone seated was present (the generator seats nobody it did not check in).
        QSet<qint64> present;
        for (const Record &entry : db.value()->records(Entity::Attendance, meeting.id))
            if (entry.text(u"status"_qs) == u"present")
                present.insert(entry.number(u"person_id"_qs));
        const QHash<qint64, qint64> seats = lists.seats();
        for (auto it = seats.cbegin(); it != seats.cend(); ++it)
            CHECK(present.contains(it.key()));
    }
    CHECK(sessions >= 6); // the regional council's three sessions a year
    CHECK(checkProblems(path).isEmpty());
}
