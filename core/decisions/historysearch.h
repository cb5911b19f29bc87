// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside the decision history (not a public API): reading entries by id, and the words of
// a search as the full-text index understands them.

#include "decisions/history.h"

namespace Quorum {

// The decisions `voteIds` (closed votes), by meeting date then opening time, each read
// from its stored result: a fixed number of queries whatever the number of votes.
QList<DecisionHistoryEntry> readDecisionEntries(const Database &database, const QList<qint64> &voteIds);

// Every text of an entry in both languages, folded (searchFolded): what the index holds.
QString decisionHaystack(const DecisionHistoryEntry &entry);
// The proposal's themes as the index keeps them: "\n<fr>\n<nl>\n", folded.
QString decisionThemesText(const DecisionHistoryEntry &entry);

// A search box's words: a bare word matches the words of a text that start with it; a
// "quoted phrase" matches those words in that order. Only letters and digits make words:
// anything else (quotes, *, parentheses, operators) separates them and is never syntax.
struct SearchTerm
{
    QStringList tokens; // folded
    bool prefix = true; // the last token may begin a longer word
};
QList<SearchTerm> searchTerms(const QString &text);
// The same terms as an FTS5 expression: each term a quoted string, all required.
QString ftsExpression(const QList<SearchTerm> &terms);
// The same match done in memory on a folded haystack (decisions not yet indexed).
bool matchesTerms(const QString &foldedHaystack, const QList<SearchTerm> &terms);
bool matchesTheme(const DecisionHistoryEntry &entry, const QString &foldedTheme);

} // namespace Quorum
