// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisions/history.h"

#include <QString>

#include <optional>

namespace Quorum {

struct VoteCount;

// What a closed vote's count decided, stored with the vote when it closes (vote.result) so
// that reading the history never counts again: the numbers the history shows, the
// explanation in both languages and the rules it was counted by. Options and subgroups are
// kept by id (their names are read with them: erasing a candidate renames the option).
struct CountedResult
{
    QString ruleCode;         // canonical
    QString subgroupRuleCode; // canonical; empty unless cast by subgroups
    BilingualText explanation;
    DecisionNumbers numbers;  // ballots and blank are the vote's own columns, not repeated here
};

CountedResult countedResult(const VoteCount &count);

// The stored form: compact JSON (docs/decisions.md "Stored results"). Decoding refuses
// anything malformed (nullopt), so a damaged record reads as "not counted".
QString encodeCountedResult(const CountedResult &result);
std::optional<CountedResult> decodeCountedResult(const QString &stored);

// The counted parts two results must agree on (numbers, options, voices and rules; not the
// names nor the wording of the explanation), for `quorum check`.
bool sameCount(const CountedResult &a, const CountedResult &b);

} // namespace Quorum
