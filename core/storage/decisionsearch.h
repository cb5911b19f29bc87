// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

namespace Quorum {

class Database;

// The SQL side of the decision history (migration 6, docs/decisions.md "Stored results and
// search"): the full-text index of decisions and the history's filters. What is indexed is
// decided by core/decisions/decisionindex.cpp; this only reads and writes it.

// One decision's words, already folded (searchFolded), and its proposal's themes as
// "\n<fr>\n<nl>\n", folded too.
struct DecisionText
{
    qint64 voteId = 0;
    QString body;
    QString themes;
};

struct DecisionQuery
{
    std::optional<qint64> councilId;
    QDate from;
    QDate to;
    std::optional<QDate> meetingDate;
    QString outcome;     // empty: any
    QString foldedTheme; // empty: any
    QString match;       // an FTS5 expression built by decisionSearchExpression; empty: no words
};

struct DecisionMatches
{
    QList<qint64> voteIds;
    // Among voteIds: decisions written since the index was last brought up to date (by a
    // bulk write that did not refresh it). They pass the council, date and outcome filters
    // in SQL; their words and theme are for the caller to check.
    QSet<qint64> unindexed;
    bool failed = false; // SQLite refused the statement (never for a search box's words)
};

// The closed votes that pass `query`: one statement.
DecisionMatches matchDecisions(const Database &database, const DecisionQuery &query);
// The decisions whose words changed since they were indexed (filled by triggers).
QList<qint64> staleDecisions(const Database &database);
// Replaces the index rows of `voteIds` by `texts` (votes without a text lose their row: no
// longer a decision) and clears them from the stale list, inside the caller's transaction.
Result<void> indexDecisions(Database &database, const QList<qint64> &voteIds, const QList<DecisionText> &texts);
// Rebuilds the index from its rows: words of rows replaced or deleted stay in the index's
// pages until its segments merge, so an erasure rebuilds it (with secure_delete, the freed
// pages are zeroed) to leave no trace of a name.
Result<void> rebuildDecisionSearch(Database &database);
// The themes (French, Dutch) of the proposals decided by a closed vote, each pair once:
// one statement, for the history's theme filter.
QList<std::pair<QString, QString>> decidedThemes(const Database &database);
// A plain scan with LIKE over the same indexed texts: the baseline of bench_search.
QList<qint64> decisionsLike(const Database &database, const QString &foldedWord);

} // namespace Quorum
