// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Quorum {

class Database;

// A council's composition against its rules (seed 003, the care council): each cluster
// within its seat range, a cap on the seats in all, nobody in two clusters, advisory
// experts without a seat, and no open seat. Pure: plain values in, the violations out, so
// every rule is tested in a table (tests/core/tst_composition.cpp).

// A subgroup or cluster and its seat range (none: no bound on that side).
struct CompositionCluster
{
    qint64 id = 0;
    BilingualText name;
    std::optional<int> minSeats;
    std::optional<int> maxSeats;
};

// One membership of the council. Only memberships whose term covers the date checked count.
struct CompositionMember
{
    qint64 personId = 0;
    QString personName;
    QString role;          // "voting", "advisory", "facilitator", "secretary"
    qint64 clusterId = 0;  // 0: in no cluster
    QDate termStart;       // invalid: since always
    QDate termEnd;         // invalid: open-ended
};

// The rules a council sets beyond its clusters' ranges.
struct CompositionRules
{
    std::optional<int> seatCap; // most seats in all (25 for the care council)
    bool noOpenSeats = false;   // every voting seat belongs to a cluster's delegation
};

enum class CompositionProblem {
    ClusterTooFew,      // fewer voting members in the cluster than its minimum
    ClusterTooMany,     // more than its maximum
    TooManySeats,       // more voting members in all than the seat cap
    PersonInTwoClusters,
    AdvisoryInCluster,  // an advisory expert holds a seat: experts advise and do not vote
    OpenSeat,           // a voting member outside every cluster, where the council has none open
};

QString compositionProblemCode(CompositionProblem problem); // stable, for the JSON output

struct CompositionViolation
{
    CompositionProblem problem = CompositionProblem::ClusterTooFew;
    qint64 clusterId = 0;  // the cluster concerned (the first of two for PersonInTwoClusters)
    qint64 otherClusterId = 0;
    qint64 personId = 0;
    int seats = 0;         // seats held (in the cluster, or in all)
    int limit = 0;         // the bound broken
    BilingualText message; // in words a member understands, French and Dutch
};

struct CompositionReport
{
    QDate date;
    int seats = 0; // voting members, each person once
    QList<CompositionViolation> violations;

    bool compliant() const { return violations.isEmpty(); }
};

// Violations come rule by rule (ranges in cluster order, the cap, then people by name).
CompositionReport checkComposition(const CompositionRules &rules, const QList<CompositionCluster> &clusters,
                                   const QList<CompositionMember> &members, const QDate &date);

// The same check for a council of a workspace, as its memberships stand on `date`.
CompositionReport checkCouncilComposition(const Database &database, qint64 councilId, const QDate &date);

// The report as the stable JSON of `quorum composition --format json` (docs/format.md).
QByteArray compositionReportJson(const CompositionReport &report, qint64 councilId);

} // namespace Quorum
