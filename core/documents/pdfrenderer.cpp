// SPDX-License-Identifier: GPL-3.0-or-later
// PDF: the document's rich-text HTML is laid out by QTextDocument at the PDF writer's
// resolution, then drawn page by page by this code, which adds what QTextDocument::print()
// cannot: a running header with the council and the date, and "page X of Y" in the
// document's language.

#include "documents/pdfmetadata.h"
#include "documents/renderers.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace Quorum {
namespace {

// A4, in millimetres: the body between a header band and a footer band.
constexpr double marginLeft = 20;
constexpr double marginRight = 20;
constexpr double marginTop = 25;
constexpr double marginBottom = 22;
constexpr double headerBaseline = 14;  // from the top edge
constexpr double headerRule = 16.5;
constexpr double footerRule = 297 - 16;
constexpr double footerBaseline = 297 - 11;

constexpr double bodyPoints = 10;
constexpr double bandPoints = 8;

// DejaVu Sans covers French and Dutch (and far more), is on every Debian desktop and is
// embedded as a subset; fontconfig substitutes a sans-serif font where it is missing.
QFont documentFont(double points)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    return font;
}

QString pageLabel(const Document &document, DocumentLanguages languages, int page, int pages)
{
    QString format = resolved(document.pageNumber, languages);
    if (!format.contains(u"%1") || !format.contains(u"%2"))
        format = u"%1 / %2"_qs;
    return format.arg(page).arg(pages);
}

int pageOf(double y, double pageHeight)
{
    return int(std::floor(y / pageHeight));
}

bool isHeading(const QTextBlock &block)
{
    return block.isValid() && block.blockFormat().headingLevel() > 0;
}

// QTextDocument breaks pages wherever the text reaches the bottom: a heading can end a
// page with its text on the next, and a short table (an agenda, one workshop in two
// languages) can be cut in two. This pass moves such headings, and short tables with the
// heading before them, to the top of the next page, one at a time, until none is left.
// Long tables still break between (and within) rows: they cannot fit on one page anyway.
void keepTogether(QTextDocument &text, double pageHeight, double keepHeight)
{
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    for (int pass = 0; pass < 200; ++pass) {
        QTextBlock previousBlock; // the block just before the current element, if it was one
        bool moved = false;
        for (auto it = text.rootFrame()->begin(); !it.atEnd() && !moved; ++it) {
            QTextBlock breakBlock;
            QTextTable *breakTable = nullptr;
            if (QTextFrame *frame = it.currentFrame()) {
                const QRectF r = layout->frameBoundingRect(frame);
                const bool atPageTop = std::fmod(r.top(), pageHeight) < 1;
                if (!atPageTop && r.height() < pageHeight / 2 && pageOf(r.top(), pageHeight) != pageOf(r.bottom() - 1, pageHeight)) {
                    if (isHeading(previousBlock))
                        breakBlock = previousBlock;
                    else
                        breakTable = qobject_cast<QTextTable *>(frame);
                }
                if (!breakBlock.isValid() && isHeading(previousBlock)) {
                    // A heading keeps at least the start of its table on its page.
                    const QRectF h = layout->blockBoundingRect(previousBlock);
                    const double keep = std::min(r.height(), keepHeight);
                    if (std::fmod(h.top(), pageHeight) >= 1 && pageOf(h.top(), pageHeight) != pageOf(r.top() + keep - 1, pageHeight))
                        breakBlock = previousBlock;
                }
                previousBlock = QTextBlock();
            } else {
                const QTextBlock block = it.currentBlock();
                if (isHeading(previousBlock)) {
                    const QRectF h = layout->blockBoundingRect(previousBlock);
                    const QRectF b = layout->blockBoundingRect(block);
                    const double keep = std::min(b.height(), keepHeight);
                    if (std::fmod(h.top(), pageHeight) >= 1 && pageOf(h.top(), pageHeight) != pageOf(b.top() + keep - 1, pageHeight))
                        breakBlock = previousBlock;
                }
                previousBlock = block;
            }
            if (breakBlock.isValid()) {
                QTextBlockFormat format = breakBlock.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(breakBlock).setBlockFormat(format);
                moved = true;
            } else if (breakTable) {
                QTextTableFormat format = breakTable->format();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                breakTable->setFormat(format);
                moved = true;
            }
        }
        if (!moved)
            return;
    }
}

} // namespace

Result<QByteArray> renderPdf(const Document &document, DocumentLanguages languages)
{
    using R = Result<QByteArray>;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return R::failure(QCoreApplication::translate("Quorum::Documents", "PDF export needs fonts, which a text-only run cannot load."));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(1200);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(resolved(document.title, languages));
        writer.setCreator(u"Quorum "_qs + QStringLiteral(QUORUM_VERSION));

        const double mm = writer.resolution() / 25.4;
        const QRectF page = writer.pageLayout().fullRectPixels(writer.resolution());
        const QRectF body(marginLeft * mm, marginTop * mm, page.width() - (marginLeft + marginRight) * mm,
                          page.height() - (marginTop + marginBottom) * mm);

        QTextDocument text;
        // Measured on the writer, so point sizes are points on paper (it is 1200 dpi).
        text.documentLayout()->setPaintDevice(&writer);
        text.setDefaultFont(documentFont(bodyPoints));
        text.setDocumentMargin(0);
        text.setHtml(richTextHtml(document, languages));
        text.setPageSize(body.size());
        keepTogether(text, body.height(), 36 * writer.resolution() / 72.0);
        const int pages = qMax(1, text.pageCount());

        QPainter painter;
        if (!painter.begin(&writer))
            return R::failure(QCoreApplication::translate("Quorum::Documents", "The PDF could not be started."));
        const QString header = resolved(document.runningHeader, languages);
        const QString date = resolved(document.runningDate, languages);
        const QColor ink(0x55, 0x55, 0x55);
        for (int index = 0; index < pages; ++index) {
            if (index > 0)
                writer.newPage();
            // The body: the slice of the laid-out document that falls on this page.
            painter.save();
            painter.translate(body.left(), body.top() - index * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, index * body.height(), body.width(), body.height());
            painter.setClipRect(context.clip);
            text.documentLayout()->draw(&painter, context);
            painter.restore();

            // The running header: who and when, on every page.
            painter.setFont(documentFont(bandPoints));
            painter.setPen(ink);
            const QFontMetricsF metrics(painter.font(), &writer);
            const double dateWidth = metrics.horizontalAdvance(date);
            const QString elided = metrics.elidedText(header, Qt::ElideRight, body.width() - dateWidth - 6 * mm);
            painter.drawText(QPointF(body.left(), headerBaseline * mm), elided);
            painter.drawText(QPointF(body.right() - dateWidth, headerBaseline * mm), date);
            painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.25 * mm));
            painter.drawLine(QPointF(body.left(), headerRule * mm), QPointF(body.right(), headerRule * mm));
            painter.drawLine(QPointF(body.left(), footerRule * mm), QPointF(body.right(), footerRule * mm));
            // The footer: where this page stands in the whole.
            painter.setPen(ink);
            const QString number = pageLabel(document, languages, index + 1, pages);
            painter.drawText(QPointF(body.center().x() - metrics.horizontalAdvance(number) / 2, footerBaseline * mm), number);
        }
        if (!painter.end())
            return R::failure(QCoreApplication::translate("Quorum::Documents", "The PDF could not be finished."));
    }

    PdfMetadata metadata;
    metadata.title = resolved(document.title, languages);
    metadata.author = resolved(document.author, languages);
    metadata.subject = resolved(document.subject, languages);
    metadata.creator = u"Quorum "_qs + QStringLiteral(QUORUM_VERSION);
    metadata.language = languageTag(languages);
    metadata.languages = languages == DocumentLanguages::Both ? QStringList{u"fr-BE"_qs, u"nl-BE"_qs}
                                                              : QStringList{languageTag(languages)};
    return withPdfMetadata(buffer.data(), metadata);
}

} // namespace Quorum
