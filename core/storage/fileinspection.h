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

// Decides, reading only, whether `path` is a sound Quorum workspace this version can open:
// SQLite header, application id, schema version not newer than ours, and PRAGMA quick_check.
// QSqlDatabase::open() succeeds on any file, so nothing is trusted before this passes.
Result<WorkspaceFileInfo> inspectWorkspaceFile(const QString &path);

} // namespace Quorum
