// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Quorum {

// What a PDF says about itself: the document information dictionary (what pdfinfo and
// viewers' "Properties" show) and the XMP metadata that PDF/A requires to say the same.
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString creator;         // the application that made the document
    QString language;        // BCP 47 tag for the catalog's /Lang; empty for a mixed document
    QStringList languages;   // every language of the content, for dc:language
};

// Qt 6.4's QPdfWriter writes only a title and a creator. This rewrites the information
// dictionary, the XMP metadata stream and the catalog of a PDF that QPdfWriter produced,
// keeping its creation date, and recomputes the cross-reference table, so the file has one
// revision with complete, consistent metadata and an /ID derived from its content (the
// same input gives the same file apart from the creation date). A PDF it does not
// recognise is returned unchanged.
QByteArray withPdfMetadata(const QByteArray &pdf, const PdfMetadata &metadata);

} // namespace Quorum
