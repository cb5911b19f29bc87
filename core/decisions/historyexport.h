// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisions/history.h"
#include "documents/document.h"
#include "result.h"

#include <QJsonDocument>
#include <QList>

namespace Quorum {

// The decision history as other tools read it (docs/format.md, "Decision history (JSON)"):
// {"format": "quorum-decisions", "version": 1, "decisions": [...]}, texts in both
// languages, codes for modes, rules and outcomes. Counts only, never a voter's name.
inline constexpr int decisionHistoryFormatVersion = 1;
QJsonDocument decisionHistoryJson(const QList<DecisionHistoryEntry> &entries);

// Writes the JSON atomically (QSaveFile), four-space indented with sorted keys; replaces an
// earlier export, never a workspace.
Result<void> writeDecisionHistoryJson(const QList<DecisionHistoryEntry> &entries, const QString &path);

// The history as a document for the pipeline (Markdown, PDF…): the title block, then one
// section per decision with its date, council, question, outcome and explanation, rule,
// objections and counter-proposals, and rationale. `filter` is what was asked for,
// recalled under the title.
Document decisionHistoryDocument(const QList<DecisionHistoryEntry> &entries, const DecisionHistoryFilter &filter = {});

} // namespace Quorum
