// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo.h"

#include "jsonexchange.h"

#include <QFile>

namespace Quorum {

QByteArray demoWorkspaceJson()
{
    QFile file(QStringLiteral(":/data/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<void> writeDemoWorkspace(const QString &outPath)
{
    return importWorkspaceJson(demoWorkspaceJson(), QStringLiteral("demo.json"), outPath);
}

} // namespace Quorum
