// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/renderers.h"

#include "documents/odtrenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Quorum {

Result<void> writeDocument(const Document &document, DocumentFormat format, DocumentLanguages languages,
                           const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(target).isDir())
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Documents", "%1 is a folder; name the file to write.").arg(target));
    // An export may replace an earlier export, never a workspace: a wrong -o must not cost
    // the history of a council.
    QFile existing(target);
    if (existing.open(QIODevice::ReadOnly) && existing.read(16).startsWith("SQLite format 3"))
        return Result<void>::failure(QCoreApplication::translate("Quorum::Documents",
                                                                 "%1 is a workspace, not a document: Quorum does not replace it. "
                                                                 "Choose another name for the export.")
                                         .arg(target));
    existing.close();

    QByteArray bytes;
    switch (format) {
    case DocumentFormat::Html: bytes = renderHtml(document, languages); break;
    case DocumentFormat::Markdown: bytes = renderMarkdown(document, languages); break;
    case DocumentFormat::Pdf: {
        auto pdf = renderPdf(document, languages);
        if (!pdf)
            return Result<void>::failure(target + u": "_qs + pdf.error());
        bytes = pdf.take();
        break;
    }
    case DocumentFormat::Odt: {
        auto odt = renderOdt(document, languages);
        if (!odt)
            return Result<void>::failure(target + u": "_qs + odt.error());
        bytes = odt.take();
        break;
    }
    }

    // Written beside the target and renamed over it only when complete: a failure leaves
    // the previous file, or nothing, never half a document.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Documents", "%1: cannot be written (%2).").arg(target, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Documents", "%1: cannot be written (%2).").arg(target, file.errorString()));
    return {};
}

} // namespace Quorum
