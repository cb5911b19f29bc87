// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/attendance.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace Quorum {
namespace {

const char *const context = "Quorum::AttendanceRules";

struct StatusCode
{
    AttendanceStatus status;
    const char *code;
};

constexpr std::array statusCodes = {StatusCode{AttendanceStatus::Present, "present"},
                                    StatusCode{AttendanceStatus::Excused, "excused"},
                                    StatusCode{AttendanceStatus::Absent, "absent"},
                                    StatusCode{AttendanceStatus::Represented, "represented"}};

// Largest first, then by key so equal counts keep a stable order; "not recorded" last.
void sortBuckets(QList<BalanceBucket> &buckets)
{
    std::stable_sort(buckets.begin(), buckets.end(), [](const BalanceBucket &a, const BalanceBucket &b) {
        if (a.notRecorded() != b.notRecorded())
            return b.notRecorded();
        if (a.count() != b.count())
            return a.count() > b.count();
        return a.key < b.key;
    });
}

// Counts people into buckets by a key; functions are typed by hand, so "Coordination" and
// "coordination " land together under the first spelling met.
QList<BalanceBucket> countBy(const QList<PersonProfile> &people, const std::function<QString(const PersonProfile &)> &keyOf)
{
    QList<BalanceBucket> buckets;
    QHash<QString, qsizetype> index; // folded key → position in buckets
    for (const PersonProfile &p : people) {
        const QString key = keyOf(p).simplified();
        const QString folded = key.toCaseFolded();
        qsizetype at = index.value(folded, -1);
        if (at < 0) {
            at = buckets.size();
            index.insert(folded, at);
            buckets.append(BalanceBucket{key});
        }
        BalanceBucket &bucket = buckets[at];
        (p.guest ? bucket.guests : bucket.members) += 1;
    }
    return buckets;
}

QString idKey(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

} // namespace

AttendanceStatus attendanceStatusFromCode(const QString &code)
{
    for (const StatusCode &s : statusCodes)
        if (code == QLatin1String(s.code))
            return s.status;
    return AttendanceStatus::NotRecorded;
}

QString attendanceStatusCode(AttendanceStatus status)
{
    for (const StatusCode &s : statusCodes)
        if (s.status == status)
            return QString::fromLatin1(s.code);
    return {};
}

EffectivePresence effectivePresence(const QList<AttendanceEntry> &entries)
{
    EffectivePresence result;
    QHash<qint64, const AttendanceEntry *> byPerson;
    for (const AttendanceEntry &e : entries) {
        byPerson.insert(e.personId, &e);
        if (e.status == AttendanceStatus::Present)
            result.present.insert(e.personId);
    }
    for (const AttendanceEntry &e : entries) {
        if (e.status != AttendanceStatus::Represented)
            continue;
        ProxyProblem problem = ProxyProblem::None;
        if (e.proxyId <= 0)
            problem = ProxyProblem::NoProxy;
        else if (e.proxyId == e.personId)
            problem = ProxyProblem::SelfProxy;
        else if (!result.present.contains(e.proxyId))
            // Only someone in the room carries a voice: a proxy who is themselves
            // represented passes nothing on, so chains never count.
            problem = ProxyProblem::ProxyNotPresent;
        else if (byPerson.value(e.proxyId)->guest)
            problem = ProxyProblem::ProxyIsGuest;
        if (problem == ProxyProblem::None)
            result.represented.insert(e.personId);
        else
            result.problems.insert(e.personId, problem);
    }
    return result;
}

QuorumRule quorumRuleFromCode(const QString &code)
{
    if (code == u"mandatory_majority")
        return QuorumRule::MandatoryMajority;
    if (code == u"voting_majority")
        return QuorumRule::VotingMajority;
    return QuorumRule::None;
}

QString quorumRuleCode(QuorumRule rule)
{
    switch (rule) {
    case QuorumRule::MandatoryMajority: return QStringLiteral("mandatory_majority");
    case QuorumRule::VotingMajority: return QStringLiteral("voting_majority");
    case QuorumRule::None: break;
    }
    return QStringLiteral("none");
}

QuorumResult evaluateQuorum(QuorumRule rule, const QList<QuorumMember> &members, const QList<AttendanceEntry> &attendance)
{
    QuorumResult result;
    result.rule = rule;
    QSet<qint64> base;
    for (const QuorumMember &m : members) {
        const bool counted = rule == QuorumRule::None || (rule == QuorumRule::VotingMajority && m.voting)
                             || (rule == QuorumRule::MandatoryMajority && m.voting && m.mandatory);
        if (counted && m.personId > 0)
            base.insert(m.personId);
    }
    const EffectivePresence presence = effectivePresence(attendance);
    for (qint64 person : base) {
        if (presence.present.contains(person))
            ++result.present;
        else if (presence.represented.contains(person))
            ++result.represented;
    }
    result.base = int(base.size());
    result.required = result.base / 2 + 1; // more than half, in whole people

    const int counted = result.counted();
    switch (rule) {
    case QuorumRule::None:
        result.met = true;
        result.required = 0;
        result.explanation = QCoreApplication::translate("Quorum::AttendanceRules", "No quorum is required: %1 of %n member(s) present or represented.", nullptr,
                                 result.base)
                                 .arg(counted);
        break;
    case QuorumRule::MandatoryMajority:
    case QuorumRule::VotingMajority: {
        // One sentence per rule and outcome, whole, so each reads naturally once translated.
        struct Wording
        {
            const char *noBase;
            const char *reached;
            const char *notReached;
        };
        static constexpr Wording mandatory{
            QT_TRANSLATE_NOOP("Quorum::AttendanceRules",
                              "Quorum cannot be reached: no voting member of this council is marked as a mandatory partner."),
            QT_TRANSLATE_N_NOOP("Quorum::AttendanceRules", "Quorum reached: %1 of %n mandatory partner(s) present or represented "
                                                      "(%2 present, %3 represented; more than half, at least %4, needed)."),
            QT_TRANSLATE_N_NOOP("Quorum::AttendanceRules",
                                "Quorum not reached: %1 of %n mandatory partner(s) present or represented "
                                "(%2 present, %3 represented; more than half, at least %4, needed: %5 more).")};
        static constexpr Wording voting{
            QT_TRANSLATE_NOOP("Quorum::AttendanceRules", "Quorum cannot be reached: this council has no voting members."),
            QT_TRANSLATE_N_NOOP("Quorum::AttendanceRules", "Quorum reached: %1 of %n voting member(s) present or represented "
                                                      "(%2 present, %3 represented; more than half, at least %4, needed)."),
            QT_TRANSLATE_N_NOOP("Quorum::AttendanceRules",
                                "Quorum not reached: %1 of %n voting member(s) present or represented "
                                "(%2 present, %3 represented; more than half, at least %4, needed: %5 more).")};
        const Wording &wording = rule == QuorumRule::MandatoryMajority ? mandatory : voting;
        result.met = result.base > 0 && counted >= result.required;
        if (result.base == 0) {
            result.explanation = QCoreApplication::translate(context, wording.noBase);
            break;
        }
        result.explanation = QCoreApplication::translate(context, result.met ? wording.reached : wording.notReached, nullptr,
                                                         result.base)
                                 .arg(counted)
                                 .arg(result.present)
                                 .arg(result.represented)
                                 .arg(result.required);
        if (!result.met)
            result.explanation = result.explanation.arg(result.missing());
        break;
    }
    }
    return result;
}

QString balanceDimensionLabel(BalanceDimension dimension)
{
    switch (dimension) {
    case BalanceDimension::Sector: return QCoreApplication::translate("Quorum::AttendanceRules", "Sector");
    case BalanceDimension::Function: return QCoreApplication::translate("Quorum::AttendanceRules", "Function");
    case BalanceDimension::Bassin: return QCoreApplication::translate("Quorum::AttendanceRules", "Bassin");
    case BalanceDimension::Language: return QCoreApplication::translate("Quorum::AttendanceRules", "Language");
    case BalanceDimension::Gender: return QCoreApplication::translate("Quorum::AttendanceRules", "Gender");
    }
    return {};
}

Balance computeBalance(const QList<PersonProfile> &present, const QList<qint64> &bassinIds, std::optional<int> maxSectorShare)
{
    BalanceLimits limits;
    limits.maxSectorShare = maxSectorShare;
    limits.languages.clear(); // sectors and empty bassins only, as before the limits existed
    return computeBalance(present, bassinIds, limits);
}

Balance computeBalance(const QList<PersonProfile> &present, const QList<qint64> &bassinIds, const BalanceLimits &limits)
{
    const std::optional<int> maxSectorShare = limits.maxSectorShare;
    Balance balance;
    QList<PersonProfile> people;
    QSet<qint64> seen;
    for (const PersonProfile &p : present) {
        if (p.personId > 0 && seen.contains(p.personId))
            continue; // one person, one count
        seen.insert(p.personId);
        people.append(p);
        (p.guest ? balance.guests : balance.members) += 1;
    }
    balance.total = int(people.size());

    auto &dims = balance.dimensions;
    dims[size_t(BalanceDimension::Sector)] = countBy(people, [](const PersonProfile &p) { return idKey(p.sectorId); });
    dims[size_t(BalanceDimension::Function)] = countBy(people, [](const PersonProfile &p) { return p.function; });
    dims[size_t(BalanceDimension::Language)] = countBy(people, [](const PersonProfile &p) { return p.language; });
    dims[size_t(BalanceDimension::Gender)] = countBy(people, [](const PersonProfile &p) { return p.gender; });
    for (BalanceDimension d : {BalanceDimension::Sector, BalanceDimension::Function, BalanceDimension::Language,
                               BalanceDimension::Gender})
        sortBuckets(dims[size_t(d)]);

    // Bassins keep their own order and every one shows, empty or not: an empty bassin is
    // exactly what the facilitator must see.
    const QList<BalanceBucket> counted = countBy(people, [](const PersonProfile &p) { return idKey(p.bassinId); });
    QList<BalanceBucket> bassins;
    for (qint64 id : bassinIds) {
        const QString key = idKey(id);
        auto it = std::find_if(counted.cbegin(), counted.cend(), [&](const BalanceBucket &b) { return b.key == key; });
        bassins.append(it == counted.cend() ? BalanceBucket{key} : *it);
    }
    QList<BalanceBucket> others;
    for (const BalanceBucket &b : counted)
        if (b.notRecorded() || !bassinIds.contains(b.key.toLongLong()))
            others.append(b);
    sortBuckets(others);
    dims[size_t(BalanceDimension::Bassin)] = bassins + others;

    for (auto &buckets : dims)
        for (BalanceBucket &b : buckets)
            b.share = balance.total > 0 ? double(b.count()) / balance.total : 0.0;

    if (maxSectorShare && balance.total > 0) {
        for (const BalanceBucket &b : balance.buckets(BalanceDimension::Sector)) {
            // Strictly more than the limit, in whole numbers: 3 of 10 at 30% is fine.
            if (!b.notRecorded() && qint64(b.count()) * 100 > qint64(*maxSectorShare) * balance.total)
                balance.alerts.append({BalanceAlert::Kind::SectorOverShare, b.key, b.count(), balance.total, *maxSectorShare});
        }
    }
    if (const std::optional<int> maxFunctionShare = limits.maxFunctionShare; maxFunctionShare && balance.total > 0)
        for (const BalanceBucket &b : balance.buckets(BalanceDimension::Function))
            if (!b.notRecorded() && qint64(b.count()) * 100 > qint64(*maxFunctionShare) * balance.total)
                balance.alerts.append({BalanceAlert::Kind::OverShare, b.key, b.count(), balance.total, *maxFunctionShare,
                                       BalanceDimension::Function});
    // Strictly under the floor, in whole numbers: 2 of 10 at 20% is fine.
    const auto under = [&](const BalanceBucket &b, std::optional<int> floor) {
        return floor && balance.total > 0 && qint64(b.count()) * 100 < qint64(*floor) * balance.total;
    };
    for (const BalanceBucket &b : bassins) {
        if (b.count() == 0)
            balance.alerts.append({BalanceAlert::Kind::BassinEmpty, b.key, 0, balance.total, 0});
        else if (under(b, limits.minBassinShare))
            balance.alerts.append({BalanceAlert::Kind::UnderShare, b.key, b.count(), balance.total, *limits.minBassinShare,
                                   BalanceDimension::Bassin});
    }
    const auto watch = [&](BalanceDimension dimension, const QStringList &codes, std::optional<int> floor, bool missing) {
        for (const QString &code : codes) {
            const QList<BalanceBucket> &buckets = balance.buckets(dimension);
            auto it = std::find_if(buckets.cbegin(), buckets.cend(), [&](const BalanceBucket &b) { return b.key == code; });
            const BalanceBucket bucket = it == buckets.cend() ? BalanceBucket{code} : *it;
            if (bucket.count() == 0 && missing)
                balance.alerts.append({BalanceAlert::Kind::Missing, code, 0, balance.total, 0, dimension});
            else if (under(bucket, floor))
                balance.alerts.append({BalanceAlert::Kind::UnderShare, code, bucket.count(), balance.total, *floor, dimension});
        }
    };
    if (balance.total > 0) {
        watch(BalanceDimension::Language, limits.languages, limits.minLanguageShare, true);
        watch(BalanceDimension::Gender, {QStringLiteral("female"), QStringLiteral("male")}, limits.minGenderShare, false);
    }
    return balance;
}

namespace {

// A share sentence's figures, filled in one pass so a name holding "%3" is never substituted
// into. Whole percents, unless rounding would show the limit itself ("30% is more than 30%").
QString shareSentence(const QString &pattern, const BalanceAlert &alert, const QString &name, bool over)
{
    const double percent = alert.total > 0 ? 100.0 * alert.count / alert.total : 0.0;
    const bool roundsToLimit = over ? qRound(percent) <= alert.limit : qRound(percent) >= alert.limit;
    return pattern.arg(name, QLocale().toString(percent, 'f', roundsToLimit ? 1 : 0), QLocale().toString(alert.count),
                       QLocale().toString(alert.total), QLocale().toString(alert.limit));
}

} // namespace

QString balanceAlertText(const BalanceAlert &alert, const QString &name)
{
    switch (alert.kind) {
    case BalanceAlert::Kind::SectorOverShare:
        return shareSentence(QCoreApplication::translate("Quorum::AttendanceRules", "%1 holds %2% of those present (%3 of %4), more than the %5% set "
                                                                                    "for one sector."),
                             alert, name, true);
    case BalanceAlert::Kind::BassinEmpty:
        return QCoreApplication::translate("Quorum::AttendanceRules", "Nobody from bassin %1 is present.").arg(name);
    case BalanceAlert::Kind::OverShare:
        return shareSentence(QCoreApplication::translate("Quorum::AttendanceRules", "%1 holds %2% of those present (%3 of %4), more than the %5% set "
                                                                                    "as the largest share."),
                             alert, name, true);
    case BalanceAlert::Kind::Missing:
        return alert.dimension == BalanceDimension::Language
                   ? QCoreApplication::translate("Quorum::AttendanceRules", "Nobody speaking %1 is present.").arg(name)
                   : QCoreApplication::translate("Quorum::AttendanceRules", "Nobody from %1 is present.").arg(name);
    case BalanceAlert::Kind::UnderShare:
        return shareSentence(QCoreApplication::translate("Quorum::AttendanceRules", "%1 holds %2% of those present (%3 of %4), less than the %5% set "
                                                                                    "as the smallest share."),
                             alert, name, false);
    }
    return {};
}

} // namespace Quorum
