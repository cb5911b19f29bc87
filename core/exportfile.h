// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Quorum {

// Writes an export (a document, a JSON file) atomically: beside the target, renamed over it
// only once complete, so a failure leaves the previous file or nothing, never half of one.
// An export may replace an earlier export, never a folder and never a workspace — a wrong
// -o must not cost a council its history. `openWorkspace` is the path of the workspace
// being read, refused even before it has a byte on disk.
Result<void> writeExportFile(const QString &path, const QByteArray &bytes, const QString &openWorkspace = {});

} // namespace Quorum
