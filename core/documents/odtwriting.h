// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QXmlStreamWriter;

namespace Quorum::Odt {

// The OpenDocument namespaces the parts are written in.
inline const QString officeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
inline const QString styleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
inline const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
inline const QString tableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
inline const QString drawNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
inline const QString foNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
inline const QString svgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
inline const QString metaNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
inline const QString dcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");
inline const QString xlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");

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

// Declares every namespace above on the element written next, with its usual prefix.
void declareNamespaces(QXmlStreamWriter &writer);

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
