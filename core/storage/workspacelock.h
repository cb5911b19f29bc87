// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace Quorum {

// The locks that keep a workspace to one writer (docs/decisions.md, "Files"): one on the
// name (`<file>.lock`, seen by other computers on a shared folder) and one on the file
// itself, by device and inode, so that a hard link is not a second writer.

// The path a workspace is known by: links resolved, so that a symbolic link names the
// file it points to (its lock, its WAL). A file that does not exist yet keeps its name.
QString canonicalWorkspacePath(const QString &path);
// Takes the lock on the file itself, which must exist.
Result<void> lockIdentity(const QString &path, std::unique_ptr<QLockFile> &identityLock);
// Takes the lock on the name, and on the file itself when it exists already.
Result<void> lockWorkspace(const QString &path, std::unique_ptr<QLockFile> &lock, std::unique_ptr<QLockFile> &identityLock);

} // namespace Quorum
