// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Quorum {

// The built-in demo workspace: the regional council of the seeds with fictional people,
// kept as exchange-format JSON in the resources (data, not code).
QByteArray demoWorkspaceJson();
Result<void> writeDemoWorkspace(const QString &outPath);

} // namespace Quorum
