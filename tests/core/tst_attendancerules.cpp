// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "rules/attendance.h"

#include <QLocale>

using namespace Quorum;

namespace {

AttendanceEntry present(qint64 person)
{
    return {person, AttendanceStatus::Present, 0, false};
}
AttendanceEntry excused(qint64 person)
{
    return {person, AttendanceStatus::Excused, 0, false};
}
AttendanceEntry absent(qint64 person)
{
    return {person, AttendanceStatus::Absent, 0, false};
}
AttendanceEntry represented(qint64 person, qint64 proxy)
{
    return {person, AttendanceStatus::Represented, proxy, false};
}
AttendanceEntry guest(qint64 person)
{
    return {person, AttendanceStatus::Present, 0, true};
}

// Members 1…n, voting; the first `mandatory` of them mandatory partners.
QList<QuorumMember> council(int n, int mandatory = 0)
{
    QList<QuorumMember> members;
    for (int i = 1; i <= n; ++i)
        members.append({i, true, i <= mandatory});
    return members;
}

// People 1…n present.
QList<AttendanceEntry> presentRange(int first, int last)
{
    QList<AttendanceEntry> entries;
    for (int i = first; i <= last; ++i)
        entries.append(present(i));
    return entries;
}

PersonProfile profile(qint64 id, qint64 sector, qint64 bassin = 0, const char *language = "", const char *gender = "",
                      const char *function = "", bool isGuest = false)
{
    return {id,
            isGuest,
            sector,
            QString::fromUtf8(function),
            bassin,
            QString::fromLatin1(language),
            QString::fromLatin1(gender)};
}

const BalanceBucket *bucket(const Balance &balance, BalanceDimension dimension, const QString &key)
{
    for (const BalanceBucket &b : balance.buckets(dimension))
        if (b.key == key)
            return &b;
    return nullptr;
}

QStringList keys(const Balance &balance, BalanceDimension dimension)
{
    QStringList result;
    for (const BalanceBucket &b : balance.buckets(dimension))
        result << b.key;
    return result;
}

} // namespace

TEST_CASE("Attendance status codes round trip and unknown codes are not recorded")
{
    for (const char *code : {"present", "excused", "absent", "represented"}) {
        const AttendanceStatus status = attendanceStatusFromCode(QString::fromLatin1(code));
        CHECK(status != AttendanceStatus::NotRecorded);
        CHECK(attendanceStatusCode(status) == QString::fromLatin1(code));
    }
    CHECK(attendanceStatusFromCode(QStringLiteral("Present")) == AttendanceStatus::NotRecorded);
    CHECK(attendanceStatusFromCode(QString()) == AttendanceStatus::NotRecorded);
    CHECK(attendanceStatusCode(AttendanceStatus::NotRecorded).isEmpty());
}

TEST_CASE("Only present people and people represented by someone present count")
{
    const EffectivePresence p =
        effectivePresence({present(1), excused(2), absent(3), represented(4, 1), {5, AttendanceStatus::NotRecorded, 0, false}});
    CHECK(p.present == QSet<qint64>{1});
    CHECK(p.represented == QSet<qint64>{4});
    CHECK(p.counts(1));
    CHECK(p.counts(4));
    for (qint64 id : {2, 3, 5, 6})
        CHECK_FALSE(p.counts(id));
    CHECK(p.problems.isEmpty());
}

TEST_CASE("A proxy who is not in the room carries no representation")
{
    struct Row
    {
        AttendanceEntry proxy;
        bool counts;
        ProxyProblem problem;
    };
    const Row table[] = {
        {present(2), true, ProxyProblem::None},
        {excused(2), false, ProxyProblem::ProxyNotPresent},
        {absent(2), false, ProxyProblem::ProxyNotPresent},
        {{2, AttendanceStatus::NotRecorded, 0, false}, false, ProxyProblem::ProxyNotPresent},
        {represented(2, 3), false, ProxyProblem::ProxyNotPresent},
    };
    for (const Row &row : table) {
        INFO("proxy status " << attendanceStatusCode(row.proxy.status).toStdString());
        const EffectivePresence p = effectivePresence({represented(1, 2), row.proxy, present(3)});
        CHECK(p.represented.contains(1) == row.counts);
        CHECK(p.problems.value(1, ProxyProblem::None) == row.problem);
    }
    // No record at all for the proxy: not in the room either.
    CHECK(effectivePresence({represented(1, 9)}).problems.value(1) == ProxyProblem::ProxyNotPresent);
}

TEST_CASE("Proxy chains count only the link whose proxy is in the room")
{
    // 1 → 2 → 3 → 4 (present): only 3 is represented; 1 and 2 are not, because their
    // proxies are not in the room themselves.
    const EffectivePresence p = effectivePresence({represented(1, 2), represented(2, 3), represented(3, 4), present(4)});
    CHECK(p.present == QSet<qint64>{4});
    CHECK(p.represented == QSet<qint64>{3});
    CHECK(p.problems.value(1) == ProxyProblem::ProxyNotPresent);
    CHECK(p.problems.value(2) == ProxyProblem::ProxyNotPresent);
    // A loop never counts.
    const EffectivePresence loop = effectivePresence({represented(1, 2), represented(2, 1)});
    CHECK(loop.represented.isEmpty());
    CHECK(loop.problems.size() == 2);
}

TEST_CASE("Nobody can represent themselves or be represented by nobody")
{
    const EffectivePresence p = effectivePresence({represented(1, 1), represented(2, 0), present(3)});
    CHECK(p.represented.isEmpty());
    CHECK(p.problems.value(1) == ProxyProblem::SelfProxy);
    CHECK(p.problems.value(2) == ProxyProblem::NoProxy);
    CHECK_FALSE(p.counts(1));
}

TEST_CASE("One present proxy may carry several representations")
{
    const EffectivePresence p = effectivePresence({present(1), represented(2, 1), represented(3, 1)});
    CHECK(p.represented == (QSet<qint64>{2, 3}));
}

TEST_CASE("A walk-in guest is in the room but cannot carry a member's voice")
{
    const EffectivePresence p = effectivePresence({guest(7), represented(1, 7)});
    CHECK(p.present.contains(7));
    CHECK(p.represented.isEmpty());
    CHECK(p.problems.value(1) == ProxyProblem::ProxyIsGuest);
}

TEST_CASE("More than half of the mandatory partners exactly at the boundaries")
{
    struct Row
    {
        int mandatory;
        int present;
        int represented;
        bool met;
        int required;
    };
    const Row table[] = {
        {10, 5, 0, false, 6}, {10, 6, 0, true, 6}, {10, 4, 1, false, 6}, {10, 4, 2, true, 6}, {10, 10, 0, true, 6},
        {9, 4, 0, false, 5},  {9, 5, 0, true, 5},  {9, 0, 5, true, 5},   {1, 0, 0, false, 1}, {1, 1, 0, true, 1},
        {2, 1, 0, false, 2},  {2, 2, 0, true, 2},  {3, 2, 0, true, 2},   {0, 0, 0, false, 1},
    };
    for (const Row &row : table) {
        INFO(row.present << " present and " << row.represented << " represented of " << row.mandatory);
        // 20 voting members, the first `mandatory` of them mandatory partners; the
        // non-mandatory members 11…20 are all present and change nothing.
        QList<AttendanceEntry> entries = presentRange(11, 20);
        entries += presentRange(1, row.present);
        for (int i = row.present + 1; i <= row.present + row.represented; ++i)
            entries.append(represented(i, 20)); // a present member who is not a mandatory partner
        const QuorumResult q = evaluateQuorum(QuorumRule::MandatoryMajority, council(20, row.mandatory), entries);
        CHECK(q.base == row.mandatory);
        CHECK(q.present == row.present);
        CHECK(q.represented == row.represented);
        CHECK(q.required == row.required);
        CHECK(q.met == row.met);
        CHECK(q.missing() == (row.met ? 0 : row.required - row.present - row.represented));
    }
}

TEST_CASE("Voting majority counts voting members only")
{
    // 6 voting members, 4 advisory ones (persons 7…10).
    QList<QuorumMember> members = council(6);
    for (int i = 7; i <= 10; ++i)
        members.append({i, false, false});
    struct Row
    {
        QList<AttendanceEntry> entries;
        bool met;
        int counted;
    };
    const Row table[] = {
        {presentRange(1, 3), false, 3},                        // 3 of 6 is half, not more
        {presentRange(1, 4), true, 4},                         // 4 of 6
        {presentRange(4, 10), false, 3},                       // advisory members do not add up
        {presentRange(1, 3) + QList{represented(4, 1)}, true, 4}, // a represented member counts
        {presentRange(1, 3) + QList{present(8), represented(4, 8)}, true, 4}, // an advisory member may carry it
    };
    for (const Row &row : table) {
        const QuorumResult q = evaluateQuorum(QuorumRule::VotingMajority, members, row.entries);
        CHECK(q.base == 6);
        CHECK(q.required == 4);
        CHECK(q.counted() == row.counted);
        CHECK(q.met == row.met);
    }
}

TEST_CASE("Mandatory partners without a vote are outside the mandatory base")
{
    const QList<QuorumMember> members = {{1, true, true}, {2, true, true}, {3, false, true}, {4, true, false}};
    const QuorumResult q = evaluateQuorum(QuorumRule::MandatoryMajority, members, {present(1), present(3), present(4)});
    CHECK(q.base == 2);
    CHECK(q.required == 2);
    CHECK(q.present == 1);
    CHECK_FALSE(q.met);
}

TEST_CASE("A person with two memberships counts once toward the quorum")
{
    const QList<QuorumMember> members = {{1, true, true}, {1, true, true}, {2, true, true}, {3, true, true}};
    const QuorumResult q = evaluateQuorum(QuorumRule::MandatoryMajority, members, {present(1)});
    CHECK(q.base == 3);
    CHECK(q.present == 1);
    CHECK_FALSE(q.met);
}

TEST_CASE("Walk-in guests never count toward the quorum")
{
    const QuorumResult q =
        evaluateQuorum(QuorumRule::VotingMajority, council(4), {present(1), guest(50), guest(51), guest(52)});
    CHECK(q.base == 4);
    CHECK(q.counted() == 1);
    CHECK_FALSE(q.met);
}

TEST_CASE("No quorum rule is always met even in an empty room")
{
    for (const QList<AttendanceEntry> &entries : {QList<AttendanceEntry>{}, presentRange(1, 2)}) {
        const QuorumResult q = evaluateQuorum(QuorumRule::None, council(5), entries);
        CHECK(q.met);
        CHECK(q.required == 0);
        CHECK(q.base == 5);
        CHECK(q.counted() == int(entries.size()));
    }
    CHECK(evaluateQuorum(QuorumRule::None, {}, {}).met);
}

TEST_CASE("Quorum rule codes are read from the council")
{
    CHECK(quorumRuleFromCode(QStringLiteral("mandatory_majority")) == QuorumRule::MandatoryMajority);
    CHECK(quorumRuleFromCode(QStringLiteral("voting_majority")) == QuorumRule::VotingMajority);
    CHECK(quorumRuleFromCode(QStringLiteral("none")) == QuorumRule::None);
    CHECK(quorumRuleFromCode(QStringLiteral("two_thirds")) == QuorumRule::None);
}

TEST_CASE("Quorum sentences carry the numbers and explain an empty base")
{
    const QuorumResult reached =
        evaluateQuorum(QuorumRule::MandatoryMajority, council(10, 10), presentRange(1, 5) + QList{represented(6, 1), represented(7, 2)});
    CHECK(reached.explanation
          == QStringLiteral("Quorum reached: 7 of 10 mandatory partner(s) present or represented (5 present, 2 represented; "
                            "more than half, at least 6, needed)."));
    const QuorumResult short_ = evaluateQuorum(QuorumRule::VotingMajority, council(10), presentRange(1, 5));
    CHECK(short_.explanation
          == QStringLiteral("Quorum not reached: 5 of 10 voting member(s) present or represented (5 present, 0 represented; "
                            "more than half, at least 6, needed: 1 more)."));
    const QuorumResult noPartners = evaluateQuorum(QuorumRule::MandatoryMajority, council(10, 0), presentRange(1, 10));
    CHECK_FALSE(noPartners.met);
    CHECK(noPartners.base == 0);
    CHECK(noPartners.explanation.contains(QStringLiteral("mandatory partner")));
    const QuorumResult noVoters = evaluateQuorum(QuorumRule::VotingMajority, {{1, false, false}}, {present(1)});
    CHECK_FALSE(noVoters.met);
    CHECK(noVoters.explanation == QStringLiteral("Quorum cannot be reached: this council has no voting members."));
}

TEST_CASE("Balance counts members and guests by every dimension")
{
    const QList<PersonProfile> people = {
        profile(1, 3, 1, "fr", "female", "Terrain"),  profile(2, 3, 2, "nl", "male", "Coordination"),
        profile(3, 4, 2, "fr", "female", "Terrain"),  profile(4, 5, 5, "fr", "", "Direction"),
        profile(9, 3, 1, "en", "nonbinary", "Terrain", true),
    };
    const Balance b = computeBalance(people, {1, 2, 3, 4, 5}, std::nullopt);
    CHECK(b.total == 5);
    CHECK(b.members == 4);
    CHECK(b.guests == 1);
    REQUIRE(bucket(b, BalanceDimension::Sector, QStringLiteral("3")));
    CHECK(bucket(b, BalanceDimension::Sector, QStringLiteral("3"))->members == 2);
    CHECK(bucket(b, BalanceDimension::Sector, QStringLiteral("3"))->guests == 1);
    CHECK(bucket(b, BalanceDimension::Sector, QStringLiteral("3"))->share == Approx(0.6));
    CHECK(keys(b, BalanceDimension::Sector) == QStringList{u"3"_qs, u"4"_qs, u"5"_qs}); // largest first
    CHECK(keys(b, BalanceDimension::Function) == QStringList{u"Terrain"_qs, u"Coordination"_qs, u"Direction"_qs});
    CHECK(keys(b, BalanceDimension::Language) == QStringList{u"fr"_qs, u"en"_qs, u"nl"_qs});
    CHECK(keys(b, BalanceDimension::Gender) == QStringList{u"female"_qs, u"male"_qs, u"nonbinary"_qs, QString()});
    CHECK(keys(b, BalanceDimension::Bassin) == QStringList{u"1"_qs, u"2"_qs, u"3"_qs, u"4"_qs, u"5"_qs});
    double sum = 0;
    for (const BalanceBucket &bb : b.buckets(BalanceDimension::Gender))
        sum += bb.share;
    CHECK(sum == Approx(1.0));
}

TEST_CASE("People without a recorded value have their own bucket last")
{
    const Balance b = computeBalance({profile(1, 0), profile(2, 0), profile(3, 0), profile(4, 7)}, {1}, 50);
    CHECK(keys(b, BalanceDimension::Sector) == QStringList{u"7"_qs, QString()});
    const BalanceBucket *none = bucket(b, BalanceDimension::Sector, QString());
    REQUIRE(none);
    CHECK(none->count() == 3);
    CHECK(none->notRecorded());
    // Three quarters have no sector, but "not recorded" is not a sector: no alert for it.
    for (const BalanceAlert &a : b.alerts)
        CHECK(a.kind != BalanceAlert::Kind::SectorOverShare);
    CHECK(keys(b, BalanceDimension::Bassin) == QStringList{u"1"_qs, QString()});
    CHECK(keys(b, BalanceDimension::Function) == QStringList{QString()});
}

TEST_CASE("A sector is flagged only strictly above the largest share")
{
    struct Row
    {
        int inSector;
        int total;
        std::optional<int> limit;
        bool flagged;
    };
    const Row table[] = {
        {3, 10, 30, false}, {4, 10, 30, true},  {1, 3, 33, true},    {1, 3, 34, false}, {10, 10, 100, false},
        {1, 1, 99, true},   {5, 10, 50, false}, {6, 10, 50, true},   {9, 10, std::nullopt, false},
    };
    for (const Row &row : table) {
        INFO(row.inSector << " of " << row.total << " with a limit of " << row.limit.value_or(-1));
        QList<PersonProfile> people;
        for (int i = 1; i <= row.total; ++i)
            people.append(profile(i, i <= row.inSector ? 1 : 100 + i)); // the others in sectors of their own
        const Balance b = computeBalance(people, {}, row.limit);
        const bool flagged = std::any_of(b.alerts.cbegin(), b.alerts.cend(), [](const BalanceAlert &a) {
            return a.kind == BalanceAlert::Kind::SectorOverShare && a.key == u"1";
        });
        CHECK(flagged == row.flagged);
    }
}

TEST_CASE("Several sectors over the share are each flagged largest first")
{
    QList<PersonProfile> people;
    for (int i = 1; i <= 4; ++i)
        people.append(profile(i, 2));
    for (int i = 5; i <= 9; ++i)
        people.append(profile(i, 8));
    people.append(profile(10, 3));
    const Balance b = computeBalance(people, {}, 25);
    REQUIRE(b.alerts.size() == 2);
    CHECK(b.alerts.at(0).key == QStringLiteral("8"));
    CHECK(b.alerts.at(0).count == 5);
    CHECK(b.alerts.at(0).total == 10);
    CHECK(b.alerts.at(0).limit == 25);
    CHECK(b.alerts.at(1).key == QStringLiteral("2"));
}

TEST_CASE("Every bassin with nobody present is flagged in bassin order")
{
    const Balance b = computeBalance({profile(1, 1, 2), profile(2, 1, 2), profile(3, 1, 4), profile(4, 1, 0)},
                                     {1, 2, 3, 4, 5}, std::nullopt);
    QStringList empty;
    for (const BalanceAlert &a : b.alerts) {
        CHECK(a.kind == BalanceAlert::Kind::BassinEmpty);
        empty << a.key;
    }
    CHECK(empty == QStringList{u"1"_qs, u"3"_qs, u"5"_qs});
    CHECK(bucket(b, BalanceDimension::Bassin, QStringLiteral("1"))->count() == 0);
    CHECK(bucket(b, BalanceDimension::Bassin, QStringLiteral("2"))->count() == 2);
    // A bassin the caller did not list still shows, after the listed ones.
    const Balance other = computeBalance({profile(1, 1, 9)}, {1}, std::nullopt);
    CHECK(keys(other, BalanceDimension::Bassin) == QStringList{u"1"_qs, u"9"_qs});
}

TEST_CASE("A guest from a bassin fills that bassin")
{
    const Balance b = computeBalance({profile(1, 1, 1), profile(50, 0, 2, "fr", "", "", true)}, {1, 2}, 100);
    CHECK(b.alerts.isEmpty());
}

TEST_CASE("An empty room has zero shares and no sector alert")
{
    const Balance b = computeBalance({}, {1, 2, 3}, 30);
    CHECK(b.total == 0);
    CHECK(b.buckets(BalanceDimension::Sector).isEmpty());
    REQUIRE(b.buckets(BalanceDimension::Bassin).size() == 3);
    for (const BalanceBucket &bb : b.buckets(BalanceDimension::Bassin))
        CHECK(bb.share == 0.0);
    CHECK(b.alerts.size() == 3);
    for (const BalanceAlert &a : b.alerts)
        CHECK(a.kind == BalanceAlert::Kind::BassinEmpty);
}

TEST_CASE("Balance counts each person once and groups functions typed differently")
{
    const Balance b = computeBalance({profile(1, 1, 0, "", "", "Coordination"), profile(1, 1, 0, "", "", "Coordination"),
                                      profile(2, 1, 0, "", "", "coordination "), profile(3, 1, 0, "", "", " Terrain")},
                                     {}, std::nullopt);
    CHECK(b.total == 3);
    CHECK(keys(b, BalanceDimension::Function) == QStringList{u"Coordination"_qs, u"Terrain"_qs});
    CHECK(bucket(b, BalanceDimension::Function, QStringLiteral("Coordination"))->count() == 2);
}

TEST_CASE("Alert sentences name the sector or bassin and give the share")
{
    const QLocale saved;
    QLocale::setDefault(QLocale::c());
    const BalanceAlert over{BalanceAlert::Kind::SectorOverShare, u"3"_qs, 4, 10, 30};
    CHECK(balanceAlertText(over, u"Médecine générale"_qs)
          == QStringLiteral("Médecine générale holds 40% of those present (4 of 10), more than the 30% set for one sector."));
    // 31 of 100 with a limit of 30 rounds to 31; 301 of 1000 would read "30%": one decimal then.
    const BalanceAlert close{BalanceAlert::Kind::SectorOverShare, u"3"_qs, 301, 1000, 30};
    CHECK(balanceAlertText(close, u"CPAS"_qs).startsWith(QStringLiteral("CPAS holds 30.1% of those present")));
    // A name that looks like a placeholder stays as typed.
    CHECK(balanceAlertText(over, u"Sector %3"_qs).startsWith(QStringLiteral("Sector %3 holds 40%")));
    const BalanceAlert empty{BalanceAlert::Kind::BassinEmpty, u"2"_qs, 0, 10, 0};
    CHECK(balanceAlertText(empty, u"Nord-Est"_qs) == QStringLiteral("Nobody from bassin Nord-Est is present."));
    QLocale::setDefault(saved);
}

TEST_CASE("Balance dimensions have labels")
{
    QStringList labels;
    for (BalanceDimension d : allBalanceDimensions)
        labels << balanceDimensionLabel(d);
    CHECK(labels == QStringList{u"Sector"_qs, u"Function"_qs, u"Bassin"_qs, u"Language"_qs, u"Gender"_qs});
}
