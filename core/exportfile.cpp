// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Quorum {

Result<void> writeExportFile(const QString &path, const QByteArray &bytes, const QString &openWorkspace)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(target).isDir())
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Export", "%1 is a folder; name the file to write.").arg(target));
    QFile existing(target);
    const bool workspace = (!openWorkspace.isEmpty() && target == QFileInfo(openWorkspace).absoluteFilePath())
                           || (existing.open(QIODevice::ReadOnly) && existing.read(16).startsWith("SQLite format 3"));
    existing.close();
    if (workspace)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Export",
                                                                 "%1 is a workspace: Quorum does not replace it. "
                                                                 "Choose another name for the export.")
                                         .arg(target));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Export", "%1: cannot be written (%2).").arg(target, file.errorString()));
    return {};
}

} // namespace Quorum
