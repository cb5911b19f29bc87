// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/odtrenderer.h"

#include "documents/renderers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace Quorum {

Result<QByteArray> renderOdt(const Document &document, DocumentLanguages languages)
{
    QTextDocument text;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    text.setDefaultFont(font);
    text.setMetaInformation(QTextDocument::DocumentTitle, resolved(document.title, languages));
    text.setHtml(richTextHtml(document, languages));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&text))
        return Result<QByteArray>::failure(QCoreApplication::translate("Quorum::Documents", "The ODT could not be written."));
    return buffer.data();
}

} // namespace Quorum
