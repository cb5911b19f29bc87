// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "demoworkspace.h"

#include "composition/composition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Quorum;

namespace {

const QDate today(2026, 3, 1);

CompositionCluster cluster(qint64 id, std::optional<int> min, std::optional<int> max)
{
    return {id, {QStringLiteral("Cluster %1").arg(id), QStringLiteral("Cluster %1 NL").arg(id)}, min, max};
}

CompositionMember member(qint64 person, qint64 cluster, const char *role = "voting")
{
    return {person, QStringLiteral("Person %1").arg(person), QString::fromLatin1(role), cluster, {}, {}};
}

// `n` voting members in `cluster`, persons numbered from `first`.
QList<CompositionMember> seats(qint64 cluster, int n, qint64 first)
{
    QList<CompositionMember> members;
    for (int i = 0; i < n; ++i)
        members.append(member(first + i, cluster));
    return members;
}

QList<CompositionProblem> problems(const CompositionReport &report)
{
    QList<CompositionProblem> result;
    for (const CompositionViolation &v : report.violations)
        result.append(v.problem);
    return result;
}

// Seed 003's care council: Health 4–6, Welfare 4–6, Persons with a care need 2–3, Local
// governments 4–6, Optional partners at most 4; 25 seats at most; no open seats.
QList<CompositionCluster> careClusters()
{
    return {cluster(1, 4, 6), cluster(2, 4, 6), cluster(3, 2, 3), cluster(4, 4, 6), cluster(5, std::nullopt, 4)};
}

} // namespace

TEST_CASE("Each cluster is checked against its seat range at both ends")
{
    struct Row
    {
        std::optional<int> min;
        std::optional<int> max;
        int seated;
        QList<CompositionProblem> expected;
    };
    const QList<Row> table = {
        {4, 6, 3, {CompositionProblem::ClusterTooFew}},
        {4, 6, 4, {}},
        {4, 6, 6, {}},
        {4, 6, 7, {CompositionProblem::ClusterTooMany}},
        {2, 3, 2, {}},
        {std::nullopt, 4, 0, {}},
        {std::nullopt, 4, 5, {CompositionProblem::ClusterTooMany}},
        {1, std::nullopt, 0, {CompositionProblem::ClusterTooFew}},
        {1, std::nullopt, 40, {}},
    };
    for (const Row &row : table) {
        INFO(row.seated << " seated in " << row.min.value_or(-1) << "–" << row.max.value_or(-1));
        const CompositionReport report = checkComposition({}, {cluster(1, row.min, row.max)}, seats(1, row.seated, 1), today);
        CHECK(problems(report) == row.expected);
        CHECK(report.seats == row.seated);
        if (!report.compliant()) {
            CHECK(report.violations.first().seats == row.seated);
            CHECK(report.violations.first().clusterId == 1);
        }
    }
}

TEST_CASE("The seat cap counts voting members once each and only above it")
{
    struct Row
    {
        std::optional<int> cap;
        int voting;
        bool flagged;
    };
    const Row table[] = {{25, 25, false}, {25, 26, true}, {std::nullopt, 90, false}, {1, 1, false}, {1, 2, true}};
    for (const Row &row : table) {
        INFO(row.voting << " voting, cap " << row.cap.value_or(-1));
        CompositionRules rules;
        rules.seatCap = row.cap;
        QList<CompositionMember> members = seats(0, row.voting, 1);
        members.append(member(1, 0)); // a second membership of the same person: still one seat
        members.append(member(500, 0, "advisory"));
        members.append(member(501, 0, "facilitator"));
        const CompositionReport report = checkComposition(rules, {}, members, today);
        CHECK(report.seats == row.voting);
        CHECK(problems(report).contains(CompositionProblem::TooManySeats) == row.flagged);
    }
}

TEST_CASE("Nobody sits in two clusters whatever their roles")
{
    struct Row
    {
        const char *firstRole;
        const char *secondRole;
        qint64 secondCluster;
        bool flagged;
    };
    const Row table[] = {{"voting", "voting", 2, true}, {"voting", "facilitator", 2, true},
                         {"voting", "voting", 1, false}, {"voting", "voting", 0, false}};
    for (const Row &row : table) {
        INFO(row.firstRole << " and " << row.secondRole << " in cluster " << row.secondCluster);
        const CompositionReport report = checkComposition(
            {}, {cluster(1, {}, {}), cluster(2, {}, {})},
            {member(7, 1, row.firstRole), member(7, row.secondCluster, row.secondRole)}, today);
        CHECK(problems(report).contains(CompositionProblem::PersonInTwoClusters) == row.flagged);
        if (row.flagged) {
            const CompositionViolation &v = report.violations.first();
            CHECK(v.personId == 7);
            CHECK(v.clusterId == 1);
            CHECK(v.otherClusterId == 2);
            CHECK(v.message.fr.contains(u"Person 7"_qs));
            CHECK(v.message.nl.contains(u"Cluster 2 NL"_qs));
        }
    }
}

TEST_CASE("An advisory expert has no vote and holds no seat in a cluster")
{
    struct Row
    {
        qint64 cluster;
        bool flagged;
        int seats;
    };
    const Row table[] = {{0, false, 0}, {1, true, 0}};
    for (const Row &row : table) {
        const CompositionReport report =
            checkComposition({25, true}, {cluster(1, {}, {})}, {member(3, row.cluster, "advisory")}, today);
        CHECK(problems(report).contains(CompositionProblem::AdvisoryInCluster) == row.flagged);
        CHECK(report.seats == row.seats); // never a seat, never an open one
        CHECK_FALSE(problems(report).contains(CompositionProblem::OpenSeat));
    }
}

TEST_CASE("With no open seats every voting member sits in a cluster")
{
    struct Row
    {
        bool noOpenSeats;
        bool hasClusters;
        const char *role;
        bool flagged;
    };
    const Row table[] = {{true, true, "voting", true},   {false, true, "voting", false},
                         {true, false, "voting", false}, {true, true, "facilitator", false},
                         {true, true, "secretary", false}};
    for (const Row &row : table) {
        INFO(row.role << (row.noOpenSeats ? " no open seats" : " open seats") << (row.hasClusters ? " clusters" : ""));
        CompositionRules rules;
        rules.noOpenSeats = row.noOpenSeats;
        QList<CompositionCluster> clusters;
        if (row.hasClusters)
            clusters.append(cluster(1, {}, {}));
        const CompositionReport report = checkComposition(rules, clusters, {member(9, 0, row.role)}, today);
        CHECK(problems(report).contains(CompositionProblem::OpenSeat) == row.flagged);
    }
}

TEST_CASE("Only memberships whose term covers the date count")
{
    struct Row
    {
        QDate start;
        QDate end;
        bool counts;
    };
    const Row table[] = {{{}, {}, true},
                         {QDate(2026, 3, 1), {}, true},
                         {QDate(2026, 3, 2), {}, false},
                         {{}, QDate(2026, 3, 1), true},
                         {{}, QDate(2026, 2, 28), false}};
    for (const Row &row : table) {
        CompositionMember m = member(1, 1);
        m.termStart = row.start;
        m.termEnd = row.end;
        const CompositionReport report = checkComposition({}, {cluster(1, 1, {})}, {m}, today);
        CHECK(report.compliant() == row.counts);
    }
}

TEST_CASE("A full care council of seed 003 is compliant and each broken rule is reported once")
{
    CompositionRules rules{25, true};
    QList<CompositionMember> members = seats(1, 5, 100) + seats(2, 5, 200) + seats(3, 3, 300) + seats(4, 4, 400)
                                       + seats(5, 4, 500);
    members.append(member(900, 0, "advisory"));
    members.append(member(901, 0, "facilitator"));
    const CompositionReport full = checkComposition(rules, careClusters(), members, today);
    CHECK(full.compliant());
    CHECK(full.seats == 21);

    QList<CompositionMember> broken = members;
    broken.append(member(100, 2));              // Health's first member also in Welfare
    broken.append(member(950, 0));              // a vote outside every cluster
    broken.append(member(901, 5, "advisory"));  // an expert in the optional partners
    broken += seats(5, 1, 600);                 // a fifth optional partner
    const CompositionReport report = checkComposition(rules, careClusters(), broken, today);
    CHECK(problems(report)
          == QList<CompositionProblem>{CompositionProblem::ClusterTooMany, CompositionProblem::PersonInTwoClusters,
                                       CompositionProblem::AdvisoryInCluster, CompositionProblem::OpenSeat});
    for (const CompositionViolation &v : report.violations) {
        CHECK_FALSE(v.message.fr.isEmpty());
        CHECK_FALSE(v.message.nl.isEmpty());
        CHECK(v.message.fr != v.message.nl);
    }
}

TEST_CASE("A name holding a placeholder is never substituted into")
{
    CompositionCluster c = cluster(1, 2, {});
    c.name = {u"Santé %2"_qs, u"Gezondheid %3"_qs};
    const CompositionReport report = checkComposition({}, {c}, seats(1, 1, 1), today);
    REQUIRE(report.violations.size() == 1);
    CHECK(report.violations.first().message.fr.contains(u"« Santé %2 » compte 1"_qs));
    CHECK(report.violations.first().message.nl.contains(u"‘Gezondheid %3’ telt 1"_qs));
}

TEST_CASE("The demo care council is compliant and its check reads as JSON")
{
    QuorumTest::DemoWorkspace demo;
    qint64 care = 0;
    for (const Record &council : demo.workspace->records(Entity::Council))
        if (council.text(u"kind"_qs) == u"care")
            care = council.id;
    REQUIRE(care > 0);
    const CompositionReport report = checkCouncilComposition(demo.workspace->storage(), care, QDate(2026, 12, 3));
    INFO((report.violations.isEmpty() ? QString() : report.violations.first().message.fr).toStdString());
    CHECK(report.compliant());
    CHECK(report.seats == 21);

    // One voting member too many in the optional partners: reported, and in the JSON.
    const QJsonObject json = QJsonDocument::fromJson(compositionReportJson(report, care)).object();
    CHECK(json.value(u"format"_qs).toString() == u"quorum-composition"_qs);
    CHECK(json.value(u"compliant"_qs).toBool());
    CHECK(json.value(u"seats"_qs).toInt() == 21);
    CHECK(json.value(u"violations"_qs).toArray().isEmpty());

    CompositionReport broken = report;
    broken.violations.append({CompositionProblem::ClusterTooMany, 15, 0, 0, 5, 4, {u"a"_qs, u"b"_qs}});
    const QJsonObject v = QJsonDocument::fromJson(compositionReportJson(broken, care))
                              .object()
                              .value(u"violations"_qs)
                              .toArray()
                              .first()
                              .toObject();
    CHECK(v.value(u"rule"_qs).toString() == u"cluster_too_many"_qs);
    CHECK(v.value(u"subgroup_id"_qs).toInteger() == 15);
    CHECK(v.value(u"person_id"_qs).isNull());
    CHECK(v.value(u"seats"_qs).toInt() == 5);
    CHECK(v.value(u"limit"_qs).toInt() == 4);
    CHECK(v.value(u"message"_qs).toObject().value(u"nl"_qs).toString() == u"b"_qs);
}

TEST_CASE("A cluster short of members is told in each language's singular and plural")
{
    struct Row
    {
        int min;
        int seated;
        const char *fr;
        const char *nl;
    };
    const QList<Row> table = {
        {1, 0, "compte 0 membre votant ; il en faut au moins 1 : 1 siège à pourvoir.",
         "telt 0 stemgerechtigden; er zijn er minstens 1 nodig: 1 zetel in te vullen."},
        {3, 1, "compte 1 membre votant ; il en faut au moins 3 : 2 sièges à pourvoir.",
         "telt 1 stemgerechtigde; er zijn er minstens 3 nodig: 2 zetels in te vullen."},
        {4, 2, "compte 2 membres votants ; il en faut au moins 4 : 2 sièges à pourvoir.",
         "telt 2 stemgerechtigden; er zijn er minstens 4 nodig: 2 zetels in te vullen."},
    };
    for (const Row &row : table) {
        INFO(row.seated << " seated of at least " << row.min);
        const CompositionReport report = checkComposition({}, {cluster(1, row.min, std::nullopt)}, seats(1, row.seated, 1), today);
        REQUIRE(report.violations.size() == 1);
        CHECK(report.violations.first().message.fr.endsWith(QString::fromUtf8(row.fr)));
        CHECK(report.violations.first().message.nl.endsWith(QString::fromUtf8(row.nl)));
    }
}
