// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace Quorum {

struct WorkspaceFileInfo
{
    int schemaVersion = 0;
    qint64 sizeBytes = 0;
};

// SQLite creates the WAL companions (-wal, -shm) even for a read-only reader of a WAL
// file. This guard, created before such a reader opens, removes them afterwards when they
// were not there before and no Quorum holds the file, so reading leaves the folder as it was.
class WalCompanionGuard
{
public:
    explicit WalCompanionGuard(const QString &path);
    ~WalCompanionGuard();
    WalCompanionGuard(const WalCompanionGuard &) = delete;
    WalCompanionGuard &operator=(const WalCompanionGuard &) = delete;

private:
    QString m_path;
    bool m_hadCompanions;
};

// Decides, reading only, whether `path` is a sound Quorum workspace this version can open:
// SQLite header, application id, schema version not newer than ours, and PRAGMA quick_check.
// QSqlDatabase::open() succeeds on any file, so nothing is trusted before this passes.
Result<WorkspaceFileInfo> inspectWorkspaceFile(const QString &path);

} // namespace Quorum
