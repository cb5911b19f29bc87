// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QXmlStreamWriter;

namespace Quorum::Odt {

// What the ODT's pages carry around the text (master page): the running header on the left,
// the date on the right, and the page number format "page %1 of %2".
struct PageFurniture
{
    QString header;
    QString date;
    QString pageNumber;
};

struct DocumentMeta
{
    QString title;
    QString subject;
    QString author;
    QString language; // "fr-BE", "nl-BE", or empty for both
};

// The text without what XML 1.0 cannot carry (control characters other than tab and line
// break, lone surrogates, U+FFFE and U+FFFF): a document must open even if such a character
// slipped into the workspace.
QString xmlSafe(const QString &text);

// Characters as ODF wants them: line breaks, tabs and runs of spaces as their elements
// (ODF collapses white space like HTML does).
void writeText(QXmlStreamWriter &writer, const QString &text);

QByteArray stylesXml(const PageFurniture &page, const QString &defaultLanguage);
QByteArray metaXml(const DocumentMeta &meta);

} // namespace Quorum::Odt
