// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "rules/attendance.h"
#include "rules/decisionrules.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Quorum {

class Database;

// The history of strategic choices: every decision a workspace records, across meetings
// and councils, with what was decided, how, by how many, and why. A decision is a closed
// vote; open and cancelled votes are not decisions.
//
// The history is published (exports, docs/format.md "Decision history"), so it carries
// counts only: never a named ballot, never who could vote or who was present.

struct DecisionHistoryFilter
{
    // A search box's words (any case, any accent, both languages): every word must begin a
    // word of the entry; "a quoted phrase" must occur as it is. Nothing typed is syntax.
    QString text;
    std::optional<qint64> councilId;
    QString theme;                    // the proposal's theme in either language (any case, any accent)
    QDate from;                       // meeting dates from, inclusive; null: no bound
    QDate to;                         // meeting dates up to, inclusive; null: no bound
    std::optional<QDate> meetingDate; // meetings held on that day
    QString outcome;                  // outcome code (rules/decisionrules.h); empty: any
};

// Who put a proposal or an objection forward: a person (whose name is the same in both
// languages) or a subgroup speaking as one.
struct DecisionAuthor
{
    enum class Kind { Person, Subgroup };
    Kind kind = Kind::Person;
    BilingualText name;
};

struct DecisionProposal
{
    qint64 id = 0;
    BilingualText title;
    BilingualText text;
    BilingualText theme;
    QString status; // open, adopted, rejected, withdrawn, replaced
    std::optional<DecisionAuthor> author;
};

struct DecisionObjection
{
    qint64 id = 0;
    BilingualText argument;
    QString status; // standing, withdrawn, resolved
    std::optional<DecisionAuthor> author;
    DecisionProposal counterProposal; // id 0 when it no longer exists
};

// A candidate of an election or an option of a dot vote, with its count and result.
struct DecisionOption
{
    BilingualText name;
    int votes = 0;  // ballots for a candidate, dots for an option
    QString status; // elections: elected, qualified, tied, not_qualified; empty otherwise
    int seat = 0;   // elections: 1-based seat when elected, else 0
    int rank = 0;   // dot votes: 1-based rank (equal dots share a rank), else 0
    bool tied = false;
    qint64 optionId = 0;
};

// One subgroup's voice when a vote is cast by subgroups.
struct DecisionSubgroupVoice
{
    BilingualText name;
    QString voice;        // for, against, abstain
    QString innerOutcome; // the subgroup's own result (outcome code)
    qint64 subgroupId = 0;
};

// What was counted: numbers only, never names of voters.
struct DecisionNumbers
{
    int members = 0;
    int present = 0;
    bool quorumMet = true;
    bool quorumFlagged = false; // not met, counted anyway because the charter says so
    bool evident = false;       // an evident majority, recorded without counts
    // The room's counts for the question (majority, consensus; consent: not used).
    int forVotes = 0;
    int against = 0;
    int abstain = 0;
    // Consent: objections still standing, and those withdrawn or resolved.
    int standingObjections = 0;
    int settledObjections = 0;
    // Elections and dot votes: valid ballots (participants) and blank ballots, when recorded.
    std::optional<int> ballots;
    std::optional<int> blank;
    int base = 0;     // what the threshold was measured against (0: not applicable)
    int required = 0; // the fewest votes that would have adopted (0: not applicable)
    int seatsFilled = 0;
    int seatsUndecided = 0;
    int dotsCast = 0;
    int dotsAvailable = 0;
    QList<DecisionOption> options;          // candidates or dot options, by result
    QList<DecisionSubgroupVoice> subgroups; // by subgroup, when cast by subgroups
};

struct DecisionHistoryEntry
{
    qint64 voteId = 0;
    qint64 councilId = 0;
    BilingualText councilName;
    qint64 meetingId = 0;
    QDate meetingDate;
    int sessionNumber = 0; // 0 when the meeting has none
    std::optional<QuorumResult> meetingQuorum; // by the meeting's attendance, as the minutes state it;
                                               // empty when no attendance was recorded
    qint64 agendaItemId = 0;
    BilingualText itemTitle;
    BilingualText question;
    QString mode; // hands, named, secret
    QString ruleCode;
    DecisionMethod method = DecisionMethod::Majority;
    BilingualText ruleWords;
    QString subgroupRuleCode; // empty unless cast by subgroups
    BilingualText subgroupRuleWords;
    QDateTime openedAt; // UTC; invalid when unknown
    QDateTime closedAt;
    QString outcome; // outcome code (rules/decisionrules.h)
    DecisionNumbers numbers;
    BilingualText explanation;
    BilingualText rationale; // the vote's, else its proposal's
    std::optional<DecisionProposal> proposal;
    QList<DecisionObjection> objections;
};

// The decisions that pass `filter`, by meeting date, then by the time each vote opened.
// Every filter runs in SQL (the words through the full-text index, docs/decisions.md); each
// decision is read from the result stored when its vote closed, never counted again: a
// fixed number of queries, whatever the number of decisions.
QList<DecisionHistoryEntry> decisionHistory(const Database &database, const DecisionHistoryFilter &filter = {});

// The text and theme part of a filter applied to decisions already read: a view reads the
// council's decisions once and narrows them as the user types.
// The same through the full-text index (what the history view calls as the user types).
QList<DecisionHistoryEntry> refineDecisions(const Database &database, const QList<DecisionHistoryEntry> &entries,
                                            const QString &text, const QString &theme);
// In memory, with the same meaning, for entries that are not in a workspace.
QList<DecisionHistoryEntry> refineDecisions(const QList<DecisionHistoryEntry> &entries, const QString &text,
                                            const QString &theme);

// What a search box's text becomes for SQLite's full-text index: each word or "phrase" a
// quoted string (words: prefixes), so no input is ever taken as syntax. Exposed for tests.
QString decisionSearchExpression(const QString &text);

// The themes of the decided proposals in `language` (the other when one is missing),
// distinct and sorted, for a filter list.
QStringList decisionThemes(const Database &database, Language language);

// What the full-text search compares: lower case, without accents (é, è, ê → e; œ → oe),
// typographic apostrophes as '. Exposed for tests and for highlighting matches.
QString searchFolded(const QString &text);

} // namespace Quorum
