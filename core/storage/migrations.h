// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace Quorum {

// Marks a SQLite file as a Quorum workspace ("QRM1"), so a foreign database is recognised.
inline constexpr qint32 workspaceApplicationId = 0x51524D31;

// One schema step: the statements that take a file from version N-1 to N, run in one
// transaction with PRAGMA user_version = N. Append-only: a released step is never edited.
struct Migration
{
    int version;
    QStringList statements;
};

const std::vector<Migration> &migrations();
int latestSchemaVersion();

} // namespace Quorum
