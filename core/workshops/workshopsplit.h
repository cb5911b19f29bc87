// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Quorum {

// Who goes where (issue 11): the automatic split of a session's participants into its
// parallel workshops. Pure: plain values in, seats and figures out, so every rule is tested
// in a table (tests/core/tst_workshopsplit.cpp). The rules, as they are announced in the room
// and printed with the lists (docs/format.md "Workshop split"):
//
// 1. Nobody placed by hand and nobody in a locked list moves; a locked list takes nobody more.
// 2. First choices, then second, then third, as far as places allow. Where a workshop has more
//    candidates of a round than places, the places go one by one to the candidate whose
//    sector, bassin and language are least represented in it compared with the whole room;
//    between equals, the one listed first (registration order).
// 3. Everyone left (no choice, or every choice full) goes, in registration order, to the open
//    workshop furthest below its even share of the room, its mix of profiles breaking near-ties;
//    then two of them swap workshops wherever that brings both mixes closer to the room's.
// 4. Nobody is placed beyond a capacity: when places run out, the rest are listed as unplaced.
//
// Deterministic: the same input always gives the same seats.

// The dimensions the balance is measured on, in this order in every array below.
enum class SplitDimension { Sector, Bassin, Language };
inline constexpr int balanceDimensions = 3;

struct SplitWorkshop
{
    qint64 id = 0;
    std::optional<int> capacity; // none: no limit of its own
    bool locked = false;         // its list is final: only the people fixed in it
};

struct SplitParticipant
{
    qint64 id = 0;
    // Sector, bassin and language as keys (empty: not known, counted as a value of its own).
    std::array<QString, balanceDimensions> profile;
    QList<qint64> choices;    // ranked: first choice first
    qint64 fixedWorkshop = 0; // placed by hand or in a locked list: stays there (0: free)
};

struct SplitInput
{
    QList<SplitWorkshop> workshops;       // in the programme's order
    QList<SplitParticipant> participants; // in registration order
};

// A workshop's fill and how far its mix is from the room's, per dimension: the total variation
// distance between the two distributions (half the sum of the share differences), 0 when the
// workshop mirrors the room, 1 when it has nothing in common with it.
struct WorkshopBalance
{
    qint64 workshopId = 0;
    int size = 0;
    std::optional<int> capacity;
    std::array<double, balanceDimensions> deviation{};
};

struct SplitOutcome
{
    QHash<qint64, qint64> seats; // participant → workshop
    QList<qint64> unplaced;      // no place left for them, in registration order
    int withChoices = 0;         // participants who gave at least one choice
    int firstChoiceHonoured = 0; // of those, seated in their first choice
    int someChoiceHonoured = 0;  // of those, seated in one of their choices
    QList<WorkshopBalance> balance; // per workshop, in the input's order
};

SplitOutcome splitIntoWorkshops(const SplitInput &input);

// The figures of any assignment (the split's, or one the facilitator changed by hand),
// measured as the split measures them: seats' counts, choices honoured, balance.
SplitOutcome measureAssignment(const SplitInput &input, const QHash<qint64, qint64> &seats);

} // namespace Quorum
