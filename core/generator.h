// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace Quorum {

class Database;

struct GeneratorOptions
{
    int years = 10;     // sessions run over the `years` years before 2026
    quint32 seed = 1;   // same seed, same workspace
};

struct GeneratorSummary
{
    qint64 people = 0;
    qint64 councils = 0;
    qint64 meetings = 0;
    qint64 agendaItems = 0;
    qint64 subgroups = 0;
    qint64 charters = 0;
    qint64 attendance = 0; // attendance rows, walk-in guests included
    qint64 guests = 0;
    qint64 represented = 0;
    qint64 proposals = 0;
    qint64 objections = 0;
    qint64 votes = 0; // every one closed
    qint64 electors = 0;
    qint64 ballots = 0;
    qint64 tallies = 0;
    qint64 voteOptions = 0;
    qint64 minutesSections = 0;
    qint64 workshopChoices = 0;
    qint64 workshopSeats = 0;
    qint64 ideaCards = 0;
    qint64 ideaIssues = 0;
};

// A large synthetic workspace for trying scale and for benchmarks: for ten years,
// thousands of people, hundreds of meetings and tens of thousands of agenda items.
Result<GeneratorSummary> generateWorkspace(Database &database, const GeneratorOptions &options);
Result<GeneratorSummary> generateWorkspaceFile(const QString &outPath, const GeneratorOptions &options);

} // namespace Quorum
