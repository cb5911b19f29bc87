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
};

// A large synthetic workspace for trying scale and for benchmarks: for ten years,
// thousands of people, hundreds of meetings and tens of thousands of agenda items.
Result<GeneratorSummary> generateWorkspace(Database &database, const GeneratorOptions &options);
Result<GeneratorSummary> generateWorkspaceFile(const QString &outPath, const GeneratorOptions &options);

} // namespace Quorum
