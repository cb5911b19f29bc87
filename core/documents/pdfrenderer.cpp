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
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>

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

// A vertical extent in the laid-out document, in the writer's pixels.
struct Extent
{
    double top = 0;
    double bottom = 0;
    double height() const { return bottom - top; }
};

// Where a frame (a table, the two language columns) lies, read from the blocks inside it.
// QAbstractTextDocumentLayout::frameBoundingRect() would lay out the whole document first
// (QTextDocumentLayout finishes its layout there), while blockBoundingRect() lays it out
// only as far as the block: reading blocks keeps the pass below in step with the layout.
// The extent is that of the text in the cells; borders and padding add a point or two.
Extent frameExtent(QAbstractTextDocumentLayout *layout, QTextFrame *frame)
{
    const QTextDocument *text = frame->document();
    if (auto *table = qobject_cast<QTextTable *>(frame); table && table->rows() > 0 && table->columns() > 0) {
        Extent extent{std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()};
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell first = table->cellAt(0, column);
            const QTextTableCell last = table->cellAt(table->rows() - 1, column);
            if (first.isValid())
                extent.top = std::min(extent.top, layout->blockBoundingRect(first.firstCursorPosition().block()).top());
            if (last.isValid())
                extent.bottom = std::max(extent.bottom, layout->blockBoundingRect(last.lastCursorPosition().block()).bottom());
        }
        if (extent.top <= extent.bottom)
            return extent;
    }
    const QRectF first = layout->blockBoundingRect(text->findBlock(frame->firstPosition()));
    const QRectF last = layout->blockBoundingRect(text->findBlock(frame->lastPosition()));
    return {first.top(), std::max(first.bottom(), last.bottom())};
}

// QTextDocument breaks pages wherever the text reaches the bottom: a heading can end a
// page with its text on the next, and a short table (an agenda, one workshop in two
// languages) can be cut in two. This pass moves such headings (with the headings just
// above them), and short tables with the heading before them, to the top of the next page.
// Long tables still break between rows, their header repeated: they cannot fit on one page
// anyway.
//
// One pass from the top, deciding each element on the layout as it stands: a page break
// only moves what follows it, so nothing already decided changes. QTextDocumentLayout lays
// out lazily, as far as the last block asked for, and a format change re-lays out from the
// changed block to that point only; so the pass costs about one layout of the document,
// however many breaks it sets. Nothing in here may ask for the whole layout (pageCount(),
// documentSize(), frameBoundingRect()) before the pass ends, or each break would lay out
// the rest of the document again.
void keepTogether(QTextDocument &text, double pageHeight, double keepHeight, double atTopTolerance)
{
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    auto atPageTop = [&](double y) { return y - pageOf(y, pageHeight) * pageHeight < atTopTolerance; };
    // After a format change QTextDocumentLayout lays out the changed block again but only
    // shifts the blocks after it, keeping where their lines broke across the old pages;
    // everything from the break on is marked changed so that it is laid out again for
    // real, which the lazy layout does only as far as it had got.
    auto relayoutFrom = [&](int position) { text.markContentsDirty(position, text.characterCount() - position); };
    auto breakBefore = [&](QTextBlock block) {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        relayoutFrom(block.position());
    };
    // A heading, and the headings right above it, go to the next page together; if the run
    // of headings already starts a page, only the last one moves.
    QTextBlock runStart;
    QTextBlock heading;
    auto moveHeadings = [&] {
        if (runStart != heading && !atPageTop(layout->blockBoundingRect(runStart).top()))
            breakBefore(runStart);
        else
            breakBefore(heading);
    };
    // Whether the heading ends up on another page than the first `keep` of what follows it.
    auto headingLeftBehind = [&](const Extent &next) {
        const QRectF h = layout->blockBoundingRect(heading);
        const double keep = std::min(next.height(), keepHeight);
        return !atPageTop(h.top()) && pageOf(h.top(), pageHeight) != pageOf(next.top + keep - 1, pageHeight);
    };

    for (auto it = text.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            const Extent r = frameExtent(layout, frame);
            const bool split = pageOf(r.top, pageHeight) != pageOf(r.bottom - 1, pageHeight);
            if (split && !atPageTop(r.top) && r.height() < pageHeight / 2) {
                if (heading.isValid()) {
                    moveHeadings();
                } else if (auto *table = qobject_cast<QTextTable *>(frame)) {
                    QTextTableFormat format = table->format();
                    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
                    table->setFormat(format);
                    relayoutFrom(table->firstPosition() - 1);
                }
            } else if (heading.isValid() && headingLeftBehind(r)) {
                // A heading keeps at least the start of its table on its page.
                moveHeadings();
            }
            runStart = heading = QTextBlock();
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (heading.isValid()) {
            const QRectF b = layout->blockBoundingRect(block);
            if (headingLeftBehind({b.top(), b.bottom()}))
                moveHeadings();
        }
        if (isHeading(block)) {
            if (!heading.isValid())
                runStart = block;
            heading = block;
        } else {
            runStart = heading = QTextBlock();
        }
    }
}

// The writer every layout is measured on: A4 at 1200 dpi, no margins (the bands are ours).
void setUpWriter(QPdfWriter &writer)
{
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(pdfResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

// The document laid out on A4 pages, measured on a PDF writer, and drawn one page at a
// time: the PDF export and the on-screen preview both draw through this, so the preview
// shows the very line and page breaks of the file.
class PageLayout
{
public:
    PageLayout(const Document &document, DocumentLanguages languages, QPdfWriter &writer)
        : m_document(document), m_languages(languages), m_writer(writer), m_mm(writer.resolution() / 25.4),
          m_page(writer.pageLayout().fullRectPixels(writer.resolution()))
    {
        m_body = QRectF(marginLeft * m_mm, marginTop * m_mm, m_page.width() - (marginLeft + marginRight) * m_mm,
                        m_page.height() - (marginTop + marginBottom) * m_mm);
        // Measured on the writer, so point sizes are points on paper (it is 1200 dpi).
        m_text.documentLayout()->setPaintDevice(&writer);
        m_text.setDefaultFont(pdfBodyFont());
        m_text.setDocumentMargin(0);
        setRichText(m_text, document, languages);
        m_text.setPageSize(m_body.size());
        keepTogether(m_text, m_body.height(), 36 * writer.resolution() / 72.0, 2 * m_mm);
        m_pages = qMax(1, m_text.pageCount());
    }

    int pageCount() const { return m_pages; }
    QSizeF pageSize() const { return m_page.size(); } // in the writer's pixels

    // Draws page `index` with the painter's coordinates in the writer's pixels.
    void drawPage(QPainter &painter, int index)
    {
        // The body: the slice of the laid-out document that falls on this page.
        painter.save();
        painter.translate(m_body.left(), m_body.top() - index * m_body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, index * m_body.height(), m_body.width(), m_body.height());
        painter.setClipRect(context.clip);
        m_text.documentLayout()->draw(&painter, context);
        painter.restore();

        // The running header: who and when, on every page.
        const QString header = resolved(m_document.runningHeader, m_languages);
        const QString date = resolved(m_document.runningDate, m_languages);
        const QColor ink(0x55, 0x55, 0x55);
        painter.setFont(documentFont(bandPoints));
        painter.setPen(ink);
        const QFontMetricsF metrics(painter.font(), &m_writer);
        const double dateWidth = metrics.horizontalAdvance(date);
        const QString elided = metrics.elidedText(header, Qt::ElideRight, m_body.width() - dateWidth - 6 * m_mm);
        painter.drawText(QPointF(m_body.left(), headerBaseline * m_mm), elided);
        painter.drawText(QPointF(m_body.right() - dateWidth, headerBaseline * m_mm), date);
        painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.25 * m_mm));
        painter.drawLine(QPointF(m_body.left(), headerRule * m_mm), QPointF(m_body.right(), headerRule * m_mm));
        painter.drawLine(QPointF(m_body.left(), footerRule * m_mm), QPointF(m_body.right(), footerRule * m_mm));
        // The footer: where this page stands in the whole.
        painter.setPen(ink);
        const QString number = pageLabel(m_document, m_languages, index + 1, m_pages);
        painter.drawText(QPointF(m_body.center().x() - metrics.horizontalAdvance(number) / 2, footerBaseline * m_mm), number);
    }

private:
    const Document &m_document;
    DocumentLanguages m_languages;
    QPdfWriter &m_writer;
    double m_mm;
    QRectF m_page;
    QRectF m_body;
    QTextDocument m_text;
    int m_pages = 1;
};

bool hasGuiApplication()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance());
}

QString noFontsMessage()
{
    return QCoreApplication::translate("Quorum::Documents", "PDF export needs fonts, which a text-only run cannot load.");
}

} // namespace

QFont pdfBodyFont()
{
    return documentFont(bodyPoints);
}

Result<QByteArray> renderPdf(const Document &document, DocumentLanguages languages)
{
    using R = Result<QByteArray>;
    if (!hasGuiApplication())
        return R::failure(noFontsMessage());

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpWriter(writer);
        writer.setTitle(resolved(document.title, languages));
        writer.setCreator(u"Quorum "_qs + QStringLiteral(QUORUM_VERSION));
        PageLayout layout(document, languages, writer);

        QPainter painter;
        if (!painter.begin(&writer))
            return R::failure(QCoreApplication::translate("Quorum::Documents", "The PDF could not be started."));
        for (int index = 0; index < layout.pageCount(); ++index) {
            if (index > 0)
                writer.newPage();
            layout.drawPage(painter, index);
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

Result<QList<QImage>> renderPages(const Document &document, DocumentLanguages languages, int dpi)
{
    using R = Result<QList<QImage>>;
    if (!hasGuiApplication())
        return R::failure(noFontsMessage());
    if (dpi < 10 || dpi > 1200)
        return R::failure(QCoreApplication::translate("Quorum::Documents", "Pages cannot be drawn at %1 dpi.").arg(dpi));

    // Laid out on a PDF writer that is never painted on: the same measures, so the same
    // breaks, as the file.
    QBuffer unused;
    unused.open(QIODevice::WriteOnly);
    QPdfWriter writer(&unused);
    setUpWriter(writer);
    PageLayout layout(document, languages, writer);
    const double scale = dpi / double(writer.resolution());
    const QSize size = (layout.pageSize() * scale).toSize();
    // The image claims the writer's resolution while it is painted on, so fonts set in
    // points get the writer's pixel sizes and the painter's scale brings them down.
    const int writerDotsPerMetre = qRound(writer.resolution() / 0.0254);
    const int dotsPerMetre = qRound(dpi / 0.0254);
    QList<QImage> pages;
    for (int index = 0; index < layout.pageCount(); ++index) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setDotsPerMeterX(writerDotsPerMetre);
        image.setDotsPerMeterY(writerDotsPerMetre);
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
            painter.scale(scale, scale);
            layout.drawPage(painter, index);
        }
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        pages.append(image);
    }
    return pages;
}

} // namespace Quorum
