// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "rules/attendance.h"

#include <algorithm>

using namespace Quorum;

namespace {

PersonProfile person(qint64 id, const char *language, qint64 bassin = 1, const char *function = "", const char *gender = "")
{
    return {id, false, 0, QString::fromLatin1(function), bassin, QString::fromLatin1(language), QString::fromLatin1(gender)};
}

QList<PersonProfile> room(int french, int dutch)
{
    QList<PersonProfile> people;
    for (int i = 0; i < french + dutch; ++i)
        people.append(person(i + 1, i < french ? "fr" : "nl"));
    return people;
}

bool has(const Balance &b, BalanceAlert::Kind kind, BalanceDimension dimension, const QString &key)
{
    return std::any_of(b.alerts.cbegin(), b.alerts.cend(), [&](const BalanceAlert &a) {
        return a.kind == kind && a.concerns() == dimension && a.key == key;
    });
}

} // namespace

TEST_CASE("A language the council works in is flagged when missing or strictly under its share")
{
    struct Row
    {
        int french;
        int dutch;
        std::optional<int> floor;
        bool missingNl;
        bool underNl;
    };
    const Row table[] = {
        {10, 0, std::nullopt, true, false}, {10, 0, 20, true, false},  {8, 2, 20, false, false},
        {9, 1, 20, false, true},             {9, 1, std::nullopt, false, false}, {7, 3, 30, false, false},
        {3, 1, 25, false, false},            {4, 1, 25, false, true},
    };
    for (const Row &row : table) {
        INFO(row.french << " French " << row.dutch << " Dutch, floor " << row.floor.value_or(-1));
        BalanceLimits limits;
        limits.minLanguageShare = row.floor;
        const Balance b = computeBalance(room(row.french, row.dutch), {1}, limits);
        CHECK(has(b, BalanceAlert::Kind::Missing, BalanceDimension::Language, u"nl"_qs) == row.missingNl);
        CHECK(has(b, BalanceAlert::Kind::UnderShare, BalanceDimension::Language, u"nl"_qs) == row.underNl);
        CHECK_FALSE(has(b, BalanceAlert::Kind::Missing, BalanceDimension::Language, u"fr"_qs));
    }
}

TEST_CASE("A bassin under the council's smallest share is flagged and an empty one stays flagged as empty")
{
    BalanceLimits limits;
    limits.minBassinShare = 20;
    QList<PersonProfile> people;
    for (int i = 1; i <= 10; ++i)
        people.append(person(i, "fr", i <= 8 ? 1 : 2)); // bassin 1: 8, bassin 2: 2 (20%), bassin 3: 0
    Balance b = computeBalance(people, {1, 2, 3}, limits);
    CHECK_FALSE(has(b, BalanceAlert::Kind::UnderShare, BalanceDimension::Bassin, u"2"_qs));
    CHECK(has(b, BalanceAlert::Kind::BassinEmpty, BalanceDimension::Bassin, u"3"_qs));
    CHECK_FALSE(has(b, BalanceAlert::Kind::UnderShare, BalanceDimension::Bassin, u"3"_qs));
    limits.minBassinShare = 21;
    b = computeBalance(people, {1, 2, 3}, limits);
    CHECK(has(b, BalanceAlert::Kind::UnderShare, BalanceDimension::Bassin, u"2"_qs));
}

TEST_CASE("One function above its largest share is flagged like a sector")
{
    BalanceLimits limits;
    limits.maxSectorShare = 50; // the sectors' limit is not the functions'
    CHECK(computeBalance({person(1, "fr", 1, "3"), person(2, "nl", 1, "3")}, {1}, limits).alerts.isEmpty());
    limits.maxFunctionShare = 50;
    QList<PersonProfile> people;
    for (int i = 1; i <= 10; ++i)
        people.append(person(i, i % 2 ? "fr" : "nl", 1, i <= 6 ? "3" : "4"));
    const Balance b = computeBalance(people, {1}, limits);
    CHECK(has(b, BalanceAlert::Kind::OverShare, BalanceDimension::Function, u"3"_qs));
    CHECK_FALSE(has(b, BalanceAlert::Kind::OverShare, BalanceDimension::Function, u"4"_qs));
}

TEST_CASE("A gender under its smallest share is flagged only when the council sets one")
{
    QList<PersonProfile> people;
    for (int i = 1; i <= 10; ++i)
        people.append(person(i, i % 2 ? "fr" : "nl", 1, "", i <= 9 ? "female" : "male"));
    BalanceLimits limits;
    CHECK_FALSE(has(computeBalance(people, {1}, limits), BalanceAlert::Kind::UnderShare, BalanceDimension::Gender, u"male"_qs));
    limits.minGenderShare = 20;
    CHECK(has(computeBalance(people, {1}, limits), BalanceAlert::Kind::UnderShare, BalanceDimension::Gender, u"male"_qs));
}

TEST_CASE("The sector-only overload raises no language alert and an empty room none at all")
{
    CHECK(computeBalance(room(5, 0), {1}, std::optional<int>()).alerts.isEmpty());
    // An empty room flags its empty bassins as before, and no language: nobody is missing yet.
    const Balance empty = computeBalance({}, {1}, BalanceLimits{});
    REQUIRE(empty.alerts.size() == 1);
    CHECK(empty.alerts.first().kind == BalanceAlert::Kind::BassinEmpty);
}

TEST_CASE("Every new alert reads as a sentence with its numbers")
{
    const BalanceAlert missing{BalanceAlert::Kind::Missing, u"nl"_qs, 0, 10, 0, BalanceDimension::Language};
    CHECK(balanceAlertText(missing, u"Dutch"_qs).contains(u"Dutch"_qs));
    const BalanceAlert under{BalanceAlert::Kind::UnderShare, u"nl"_qs, 1, 10, 20, BalanceDimension::Language};
    const QString text = balanceAlertText(under, u"Dutch"_qs);
    CHECK(text.contains(u"1 of 10"_qs));
    CHECK(text.contains(u"20%"_qs));
}
