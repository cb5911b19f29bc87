// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/document.h"

#include <QByteArray>
#include <QFont>
#include <QImage>
#include <QList>

class QTextDocument;

namespace Quorum {

// One self-contained UTF-8 HTML file: inline CSS, no scripts, no outside resources; both
// languages side by side in two columns where a block has both.
QByteArray renderHtml(const Document &document, DocumentLanguages languages);

// CommonMark with GitHub tables. Markdown has no columns: with both languages, a block shows
// its French and then its Dutch text.
QByteArray renderMarkdown(const Document &document, DocumentLanguages languages);

// A4 PDF laid out page by page: running header, "page X of Y" footer, embedded fonts,
// clickable links, title/author/subject/language metadata, PDF/A-1b markers. Needs a
// QGuiApplication (fonts); fails with a message otherwise.
Result<QByteArray> renderPdf(const Document &document, DocumentLanguages languages);

// What every PDF layout is measured with: the writer's resolution in dots per inch and the
// body font. A benchmark's bare QTextDocument baseline prints with the same, so that both
// lay out the same text the same way.
inline constexpr int pdfResolution = 1200;
QFont pdfBodyFont();

// The pages of the PDF as images at `dpi` (a live preview): laid out and drawn by the very
// code that writes the PDF, so they break where the file does. Needs a QGuiApplication.
Result<QList<QImage>> renderPages(const Document &document, DocumentLanguages languages, int dpi);

// The HTML a QTextDocument lays out for the PDF (its own subset of HTML and CSS); exposed
// for a live preview and for tests.
QString richTextHtml(const Document &document, DocumentLanguages languages);
// Gives `text` that HTML with its pictures as the document's own resources rather than PNG
// data: URIs (encoding and decoding them was most of laying out minutes with a chart).
void setRichText(QTextDocument &text, const Document &document, DocumentLanguages languages);

// Renders and writes `path` atomically (QSaveFile): an existing file is replaced only once
// the whole new content is written, and never when it is a Quorum workspace.
Result<void> writeDocument(const Document &document, DocumentFormat format, DocumentLanguages languages,
                           const QString &path);

} // namespace Quorum
