// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/votecounts.h"

#include "storage/database.h"

namespace Quorum {

BallotSums sumBallots(const Database &db, qint64 voteId, const QString &supportChoice)
{
    BallotSums sums;
    // The voter's subgroup is the one captured with them when the vote opened (none when
    // they are not among the electors).
    const Result<void> grouped = db.readRows(
        QStringLiteral("SELECT ifnull(ballot.option_id, 0), ifnull(vote_elector.subgroup_id, 0), ballot.choice,"
                       " ballot.dots > 0, COUNT(*), ifnull(SUM(ballot.dots), 0)"
                       " FROM ballot LEFT JOIN vote_elector"
                       " ON vote_elector.vote_id = ballot.vote_id AND vote_elector.person_id = ballot.person_id"
                       " WHERE ballot.vote_id = :vote GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"),
        {{QStringLiteral(":vote"), voteId}}, [&](const QVariantList &row) {
            sums.groups.append({row.at(0).toLongLong(), row.at(1).toLongLong(), row.at(2).toString(), row.at(3).toLongLong() != 0,
                                row.at(4).toInt(), row.at(5).toInt()});
        });
    if (!grouped)
        qWarning("Quorum: counting the ballots of vote %lld failed: %s", voteId, qPrintable(grouped.error()));
    (void)db.readRows(QStringLiteral("SELECT COUNT(DISTINCT person_id),"
                                     " COUNT(DISTINCT CASE WHEN choice = :support OR dots > 0 THEN person_id END)"
                                     " FROM ballot WHERE vote_id = :vote"),
                      {{QStringLiteral(":vote"), voteId}, {QStringLiteral(":support"), supportChoice}},
                      [&](const QVariantList &row) {
                          sums.voters = row.at(0).toInt();
                          sums.supporters = row.at(1).toInt();
                      });
    return sums;
}

QHash<qint64, int> electorsBySubgroup(const Database &db, qint64 voteId)
{
    QHash<qint64, int> counts;
    (void)db.readRows(QStringLiteral("SELECT ifnull(subgroup_id, 0), COUNT(*) FROM vote_elector"
                                     " WHERE vote_id = :vote GROUP BY 1"),
                      {{QStringLiteral(":vote"), voteId}},
                      [&](const QVariantList &row) { counts.insert(row.at(0).toLongLong(), row.at(1).toInt()); });
    return counts;
}

namespace {

qint64 firstId(const Database &db, const QString &statement, const QVariantMap &bindings)
{
    qint64 id = 0;
    (void)db.readRows(statement, bindings, [&](const QVariantList &row) {
        if (id == 0)
            id = row.at(0).toLongLong();
    });
    return id;
}

} // namespace

// The conditions are written as the unique indexes are (ifnull(option_id, 0)…): SQLite
// then finds the row through them, where a plain "option_id IS NULL" led it to scan every
// tally without a subgroup in the workspace.
qint64 ballotId(const Database &db, qint64 voteId, qint64 personId, qint64 optionId)
{
    return firstId(db,
                   QStringLiteral("SELECT id FROM ballot WHERE vote_id = :vote AND person_id = :person"
                                  " AND ifnull(option_id, 0) = :option"),
                   {{QStringLiteral(":vote"), voteId}, {QStringLiteral(":person"), personId}, {QStringLiteral(":option"), optionId}});
}

qint64 tallyId(const Database &db, qint64 voteId, qint64 optionId, qint64 subgroupId)
{
    return firstId(db,
                   QStringLiteral("SELECT id FROM vote_tally WHERE vote_id = :vote AND ifnull(option_id, 0) = :option"
                                  " AND ifnull(subgroup_id, 0) = :subgroup"),
                   {{QStringLiteral(":vote"), voteId}, {QStringLiteral(":option"), optionId}, {QStringLiteral(":subgroup"), subgroupId}});
}

bool isElector(const Database &db, qint64 voteId, qint64 personId)
{
    return firstId(db, QStringLiteral("SELECT id FROM vote_elector WHERE vote_id = :vote AND person_id = :person"),
                   {{QStringLiteral(":vote"), voteId}, {QStringLiteral(":person"), personId}})
           != 0;
}

int dotsPlaced(const Database &db, qint64 voteId, qint64 personId, qint64 exceptOptionId)
{
    int dots = 0;
    (void)db.readRows(QStringLiteral("SELECT ifnull(SUM(dots), 0) FROM ballot"
                                     " WHERE vote_id = :vote AND person_id = :person AND ifnull(option_id, 0) <> :option"),
                      {{QStringLiteral(":vote"), voteId}, {QStringLiteral(":person"), personId}, {QStringLiteral(":option"), exceptOptionId}},
                      [&](const QVariantList &row) { dots = row.at(0).toInt(); });
    return dots;
}

} // namespace Quorum
