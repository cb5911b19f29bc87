// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Quorum {

class Database;

// The SQL side of counting a vote while it is open: each figure comes from one aggregate
// query over the vote's own rows (found through the vote's indexes), so recording a ballot
// and redrawing the count cost the same however many electors and ballots the vote has.
// What the figures mean is decided by core/decisions (countBallots, recordBallot).

// The named ballots of one option (0: the question), one choice, cast by the electors of
// one subgroup (0: none), either with dots (dotted) or without.
struct BallotGroup
{
    qint64 optionId = 0;
    qint64 subgroupId = 0;
    QString choice;
    bool dotted = false;
    int ballots = 0; // how many ballots
    int dots = 0;    // their dots, added up
};

struct BallotSums
{
    QList<BallotGroup> groups;
    int voters = 0;     // people with at least one ballot
    int supporters = 0; // among them, those with a ballot whose choice is `supportChoice` or with dots
};

BallotSums sumBallots(const Database &db, qint64 voteId, const QString &supportChoice);

// How many electors of the vote each subgroup has (key 0: electors without a subgroup).
QHash<qint64, int> electorsBySubgroup(const Database &db, qint64 voteId);

// The rows of one cell of a vote, found through the schema's unique indexes on them
// (0 when there is none; an option or subgroup of 0 means none).
qint64 ballotId(const Database &db, qint64 voteId, qint64 personId, qint64 optionId);
qint64 tallyId(const Database &db, qint64 voteId, qint64 optionId, qint64 subgroupId);
// Whether the person was captured among the vote's electors when it opened.
bool isElector(const Database &db, qint64 voteId, qint64 personId);

// The dots a person has placed in a dot vote on options other than `exceptOptionId`.
int dotsPlaced(const Database &db, qint64 voteId, qint64 personId, qint64 exceptOptionId);

} // namespace Quorum
