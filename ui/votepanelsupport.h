// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the vote panel's two files share (votepanel.cpp: the tree and the actions;
// votepanelentry.cpp: the table where ballots and counts are typed).

#include "decisions/votes.h"

#include <QString>
#include <Qt>

namespace Quorum::VotePanelSupport {

// Where tree rows and table cells keep the record they show.
constexpr int EntityRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

// A column or field name, as the records spell it.
inline QString f(const char *name)
{
    return QString::fromLatin1(name);
}

// A vote that answers a question (for, against, abstain), not an election or a priority vote.
inline bool isQuestionVote(const VoteCount &count)
{
    return !count.election && !count.priority;
}

} // namespace Quorum::VotePanelSupport
