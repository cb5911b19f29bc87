// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace Quorum {

// Writes an export (a document, a JSON file) atomically: beside the target, renamed over it
// only once complete, so a failure leaves the previous file or nothing, never half of one.
// An export may replace an earlier export, never a folder, a workspace or a workspace's
// companion file (-wal, -shm, -journal, .lock) — a wrong -o must not cost a council its
// history. `openWorkspace` is the path of the workspace being read, refused even before it
// has a byte on disk, and under any name that links to it or its companions.
// Every write, the flush and the commit are checked: on a full disk the previous file
// stays as it was and no temporary file is left.
// Every file Quorum exports (documents, JSON, screenshots) is written here.
Result<void> writeExportFile(const QString &path, const QByteArray &bytes, const QString &openWorkspace = {});
// The same for an export too large to hold in memory: `write` streams it into the device
// (checking each write) and returns its own failure, which leaves the previous file as it was.
Result<void> writeExportFile(const QString &path, const std::function<Result<void>(QIODevice &)> &write,
                             const QString &openWorkspace = {});

} // namespace Quorum
