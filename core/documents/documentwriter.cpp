// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/renderers.h"

#include "documents/odtrenderer.h"
#include "exportfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Quorum {

Result<void> writeDocument(const Document &document, DocumentFormat format, DocumentLanguages languages,
                           const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
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

    return writeExportFile(target, bytes);
}

} // namespace Quorum
