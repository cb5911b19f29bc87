// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Quorum {

// Who is in the room, whether the council may decide, and whether the room is balanced.
// Pure functions over plain values (no storage, no signals), so every boundary is tested
// in a table (tests/core/tst_attendancerules.cpp). AttendanceModel feeds them from a
// workspace.

enum class AttendanceStatus { NotRecorded, Present, Excused, Absent, Represented };

AttendanceStatus attendanceStatusFromCode(const QString &code); // NotRecorded for anything else
QString attendanceStatusCode(AttendanceStatus status);          // empty for NotRecorded

// One person's attendance at one meeting, as recorded.
struct AttendanceEntry
{
    qint64 personId = 0;
    AttendanceStatus status = AttendanceStatus::NotRecorded;
    qint64 proxyId = 0; // who represents them (status Represented), 0 when nobody
    bool guest = false; // a walk-in, not a member
};

// Why a representation does not count, if it does not.
enum class ProxyProblem {
    None,            // counts (or the person is not represented at all)
    NoProxy,         // "represented" with nobody named
    SelfProxy,       // a person cannot represent themselves
    ProxyNotPresent, // the proxy must be in the room to carry it (so chains never count)
    ProxyIsGuest,    // a walk-in guest is not a member and cannot carry a member's voice
};

// Who counts as there. Present: in the room, members and guests alike. Represented: not in
// the room, but named a proxy who is present and not a guest. Nobody is in both sets.
struct EffectivePresence
{
    QSet<qint64> present;
    QSet<qint64> represented;
    QHash<qint64, ProxyProblem> problems; // represented entries that do not count, by person

    bool counts(qint64 personId) const { return present.contains(personId) || represented.contains(personId); }
};

EffectivePresence effectivePresence(const QList<AttendanceEntry> &entries);

// ---- Quorum ----

enum class QuorumRule { None, MandatoryMajority, VotingMajority };

QuorumRule quorumRuleFromCode(const QString &code); // None for anything unknown
QString quorumRuleCode(QuorumRule rule);            // "none", "mandatory_majority", "voting_majority"

// One member of the council as the quorum sees them: one entry per membership (a person
// with two memberships counts once).
struct QuorumMember
{
    qint64 personId = 0;
    bool voting = false;    // role "voting"
    bool mandatory = false; // a mandatory partner (counts only when voting too)
};

struct QuorumResult
{
    QuorumRule rule = QuorumRule::None;
    bool met = false;
    int present = 0;     // of the base, in the room
    int represented = 0; // of the base, represented by a proxy who is in the room
    int required = 0;    // the smallest number that is more than half of the base
    int base = 0;        // mandatory partners or voting members, by the rule
    QString explanation; // one translated sentence with the numbers

    int counted() const { return present + represented; }
    int missing() const { return met ? 0 : required - counted(); }
};

// More than half: 5 of 10 is not enough, 6 of 10 is; 5 of 9 is. A base of 0 is never met
// (the sentence says why); the rule None is always met.
QuorumResult evaluateQuorum(QuorumRule rule, const QList<QuorumMember> &members,
                            const QList<AttendanceEntry> &attendance);

// ---- Balance ----

enum class BalanceDimension { Sector, Function, Bassin, Language, Gender };
inline constexpr std::array allBalanceDimensions = {BalanceDimension::Sector, BalanceDimension::Function,
                                                    BalanceDimension::Bassin, BalanceDimension::Language,
                                                    BalanceDimension::Gender};

QString balanceDimensionLabel(BalanceDimension dimension); // translated: "Sector", "Function"…

// What the balance needs to know about one person in the room. Keys are stable: sector and
// bassin ids as numbers, language and gender as codes, functions by their list id. Empty or 0 means
// "not recorded".
struct PersonProfile
{
    qint64 personId = 0;
    bool guest = false;
    qint64 sectorId = 0;
    QString function;
    qint64 bassinId = 0;
    QString language;
    QString gender;
};

// One bar of a balance chart. `key` is empty for "not recorded".
struct BalanceBucket
{
    QString key;
    int members = 0;
    int guests = 0;
    double share = 0; // of everyone present, 0…1

    int count() const { return members + guests; }
    bool notRecorded() const { return key.isEmpty(); }
};

struct BalanceAlert
{
    enum class Kind {
        SectorOverShare, // one sector holds strictly more than the council's largest share
        BassinEmpty,     // nobody from this bassin is in the room
        OverShare,       // one bucket of `dimension` holds strictly more than `limit` percent
        Missing,         // nobody of this language (or bassin) is in the room
        UnderShare,      // this language, bassin or gender holds strictly less than `limit` percent
    };
    Kind kind = Kind::SectorOverShare;
    QString key;  // the sector's or bassin's id, the language or gender code, the function's id
    int count = 0;
    int total = 0;
    int limit = 0; // the share allowed, in percent (over or under)
    BalanceDimension dimension = BalanceDimension::Sector;

    // The dimension whose bar the alert concerns.
    BalanceDimension concerns() const
    {
        switch (kind) {
        case Kind::SectorOverShare: return BalanceDimension::Sector;
        case Kind::BassinEmpty: return BalanceDimension::Bassin;
        default: return dimension;
        }
    }
};

// What the council chose to watch (percent, none when unset), one limit per dimension the
// chart shows: a sector or a function above its largest share; a language the council
// works in (French and Dutch) or a bassin when nobody of it is present, and when under its
// smallest share; women or men when under theirs.
struct BalanceLimits
{
    std::optional<int> maxSectorShare;
    std::optional<int> maxFunctionShare;
    std::optional<int> minLanguageShare;
    std::optional<int> minBassinShare;
    std::optional<int> minGenderShare;
    QStringList languages = {QStringLiteral("fr"), QStringLiteral("nl")};
};

struct Balance
{
    int total = 0; // everyone present: members and guests
    int members = 0;
    int guests = 0;
    std::array<QList<BalanceBucket>, allBalanceDimensions.size()> dimensions;
    QList<BalanceAlert> alerts; // sectors first (largest first), then bassins in their order

    const QList<BalanceBucket> &buckets(BalanceDimension dimension) const
    {
        return dimensions.at(static_cast<size_t>(dimension));
    }
};

// Counts those present by every dimension. Buckets come largest first, "not recorded"
// last; bassins come in the order given, every one of them even when nobody from it is
// there, so an empty bassin shows as an empty bar. `maxSectorShare` (percent) flags a
// sector whose share is strictly above it; "not recorded" is not a sector and is never
// flagged.
Balance computeBalance(const QList<PersonProfile> &present, const QList<qint64> &bassinIds,
                       std::optional<int> maxSectorShare);
// The same, with every limit the council set: alerts on every dimension the chart shows.
Balance computeBalance(const QList<PersonProfile> &present, const QList<qint64> &bassinIds, const BalanceLimits &limits);

// One translated sentence for an alert, given the sector's or bassin's display name.
QString balanceAlertText(const BalanceAlert &alert, const QString &name);

} // namespace Quorum
