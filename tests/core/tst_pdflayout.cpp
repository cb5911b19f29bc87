// SPDX-License-Identifier: GPL-3.0-or-later
// How the PDF renderer breaks pages, read back through poppler: a heading never ends a page,
// a table that fits a page stays whole, a long table runs over pages with its header on
// each, and all of it however long the document (the keep-together pass is one pass over
// the layout, not one layout per break).

#include "catchqt.h"
#include "demoworkspace.h"
#include "poppler.h"

#include "decisions/history.h"
#include "decisions/historyexport.h"
#include "documents/minutes.h"
#include "documents/renderers.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Quorum;
using QuorumTest::pdfPageTexts;

namespace {

// A made-up history: `sections` headed sections of varying length, each with a small
// table of facts ("début n" in its first row, "clos n" in its last; no "fi", which the PDF draws as a ligature), every third with a
// subheading, and after the tenth a long table of 120 rows under a header.
Document pagedDocument(int sections)
{
    Document doc;
    doc.title = {u"Pages"_qs, u"Pagina's"_qs};
    doc.runningHeader = {u"En-tête"_qs, u"Kop"_qs};
    doc.pageNumber = {u"page %1 sur %2"_qs, u"pagina %1 van %2"_qs};
    doc.add(TitleBlock{spans(DocText{u"Essai de pages"_qs, u"Paginaproef"_qs}), {}});
    for (int n = 1; n <= sections; ++n) {
        doc.add(Heading{1, spans(DocText{QStringLiteral("Titre %1").arg(n), QStringLiteral("Titel %1").arg(n)})});
        Facts facts;
        facts.rows.append({DocText{u"Date"_qs, u"Datum"_qs}, spans(DocText{QStringLiteral("début %1").arg(n), QStringLiteral("begin %1").arg(n)})});
        for (int row = 0; row < 1 + n % 4; ++row)
            facts.rows.append({DocText{u"Point"_qs, u"Punt"_qs}, spans(DocText{u"Un point"_qs, u"Een punt"_qs})});
        facts.rows.append({DocText{u"Résultat"_qs, u"Resultaat"_qs}, spans(DocText{QStringLiteral("clos %1").arg(n), QStringLiteral("einde %1").arg(n)})});
        doc.add(facts);
        doc.add(Paragraph{spans(DocText{u"Une phrase du texte de la section, assez longue pour remplir une ligne. "_qs.repeated(1 + (n * 7) % 11),
                                        u"Een zin uit de tekst van de afdeling, lang genoeg voor een regel. "_qs.repeated(1 + (n * 7) % 11)}),
                          false});
        if (n % 3 == 0) {
            doc.add(Heading{2, spans(DocText{QStringLiteral("Sous-titre %1").arg(n), QStringLiteral("Ondertitel %1").arg(n)})});
            doc.add(Paragraph{spans(DocText{u"Motif. "_qs.repeated(1 + n % 30), u"Motief. "_qs.repeated(1 + n % 30)}), false});
        }
        if (n == 10) {
            Table table;
            table.header = {spans(DocText{u"Colonne A"_qs, u"Kolom A"_qs}), spans(DocText{u"Colonne B"_qs, u"Kolom B"_qs})};
            for (int row = 1; row <= 120; ++row)
                table.rows.append({{spans(QStringLiteral("rang %1").arg(row)), spans(DocText{u"valeur"_qs, u"waarde"_qs})}, false});
            doc.add(table);
        }
    }
    return doc;
}

// The lines of a page's body: without the running header (its first line) and the footer.
QStringList bodyLines(const QString &page)
{
    QStringList lines = page.split(u'\n', Qt::SkipEmptyParts);
    static const QRegularExpression footer(u"(page|pagina) \\d+ (sur|van) \\d+"_qs);
    while (!lines.isEmpty() && (lines.last().trimmed().isEmpty() || footer.match(lines.last()).hasMatch()))
        lines.removeLast();
    return lines;
}

// The page (from 0) whose text holds `text` as a whole line, or -1.
int pageWithLine(const QStringList &pages, const QString &text)
{
    const QRegularExpression line(u"^"_qs + QRegularExpression::escape(text) + u"$"_qs, QRegularExpression::MultilineOption);
    for (int page = 0; page < pages.size(); ++page)
        if (line.match(pages.at(page)).hasMatch())
            return page;
    return -1;
}

// The pages QTextDocument alone makes of the same HTML on the same body (170 × 250 mm of
// A4 between the bands), with no page break of ours.
int barePages(const Document &document, DocumentLanguages languages)
{
    QBuffer unused;
    unused.open(QIODevice::WriteOnly);
    QPdfWriter writer(&unused);
    writer.setResolution(pdfResolution);
    QTextDocument text;
    text.documentLayout()->setPaintDevice(&writer);
    text.setDefaultFont(pdfBodyFont());
    text.setDocumentMargin(0);
    text.setHtml(richTextHtml(document, languages));
    const double mm = pdfResolution / 25.4;
    text.setPageSize(QSizeF(170 * mm, 250 * mm));
    return text.pageCount();
}

QString writePdf(const QTemporaryDir &dir, const Document &document, DocumentLanguages languages, const QString &name)
{
    const QString file = dir.filePath(name);
    REQUIRE(writeDocument(document, DocumentFormat::Pdf, languages, file).ok());
    return file;
}

// Every heading of `document` whose last line (in French or Dutch) ends a page of `pages`.
QStringList headingsEndingPages(const Document &document, const QStringList &pages)
{
    QSet<QString> headings;
    for (const Block &block : document.blocks)
        if (const auto *heading = std::get_if<Heading>(&block))
            for (const Span &span : heading->text)
                headings << span.text.fr.trimmed() << span.text.nl.trimmed();
    QStringList found;
    for (int page = 0; page + 1 < pages.size(); ++page) {
        const QStringList lines = bodyLines(pages.at(page));
        if (!lines.isEmpty() && headings.contains(lines.last().trimmed()))
            found << QStringLiteral("page %1: %2").arg(page + 1).arg(lines.last());
    }
    return found;
}

} // namespace

TEST_CASE("A long PDF never ends a page with a heading and keeps short tables whole", "[documents][pdf]")
{
    // 250 sections need more breaks than the earlier renderer's 200 layout passes allowed.
    const Document document = pagedDocument(250);
    QTemporaryDir dir;
    const QString file = writePdf(dir, document, DocumentLanguages::French, u"paged.pdf"_qs);
    const QStringList pages = pdfPageTexts(file);
    REQUIRE(pages.size() == QuorumTest::pdfPageCount(file));

    INFO(headingsEndingPages(document, pages).join(u"; "_qs).toStdString());
    CHECK(headingsEndingPages(document, pages).isEmpty());

    QStringList split;
    for (int n = 1; n <= 250; ++n) {
        const int first = pageWithLine(pages, QStringLiteral("début %1").arg(n));
        const int last = pageWithLine(pages, QStringLiteral("clos %1").arg(n));
        REQUIRE(first >= 0);
        if (first != last)
            split << QStringLiteral("table %1 on pages %2 and %3").arg(n).arg(first + 1).arg(last + 1);
    }
    INFO(split.join(u"; "_qs).toStdString());
    CHECK(split.isEmpty());

    // Sensible: the breaks add at most a fifth to the pages QTextDocument makes without them.
    const int bare = barePages(document, DocumentLanguages::French);
    INFO("bare layout: " << bare << " pages, ours " << pages.size());
    CHECK(pages.size() >= bare);
    CHECK(pages.size() <= bare * 6 / 5 + 1);
}

TEST_CASE("A table longer than a page runs over pages with its header on each", "[documents][pdf]")
{
    const Document document = pagedDocument(12);
    QTemporaryDir dir;
    const QString file = writePdf(dir, document, DocumentLanguages::French, u"long-table.pdf"_qs);
    const QStringList pages = pdfPageTexts(file);
    const int first = pageWithLine(pages, u"rang 1"_qs);
    const int last = pageWithLine(pages, u"rang 120"_qs);
    REQUIRE(first >= 0);
    REQUIRE(last > first);
    for (int page = first; page <= last; ++page) {
        INFO("page " << page + 1);
        CHECK(pages.at(page).contains(u"Colonne A"_qs));
    }
    // It starts right after the text before it, not on a page of its own.
    CHECK(pages.at(first).contains(u"clos 10"_qs));
}

TEST_CASE("The demo decisions and minutes PDF keep headings with their text", "[documents][pdf]")
{
    QuorumTest::DemoWorkspace demo;
    QTemporaryDir dir;
    const QList<DecisionHistoryEntry> entries = decisionHistory(demo.workspace->storage());
    REQUIRE(entries.size() >= 3);
    // The demo's decisions several times over, for enough pages to break.
    QList<DecisionHistoryEntry> many;
    while (many.size() < 60)
        many += entries;
    const Document decisions = decisionHistoryDocument(many);
    for (DocumentLanguages languages : {DocumentLanguages::French, DocumentLanguages::Dutch}) {
        const QStringList pages = pdfPageTexts(writePdf(dir, decisions, languages, u"decisions.pdf"_qs));
        CHECK(pages.size() >= 5);
        INFO(headingsEndingPages(decisions, pages).join(u"; "_qs).toStdString());
        CHECK(headingsEndingPages(decisions, pages).isEmpty());
    }

    auto minutes = buildMinutes(demo.workspace->storage(), demo.november2024().id, {DocumentLanguages::Both, MinutesLayout::Columns});
    REQUIRE(minutes.ok());
    const QStringList pages = pdfPageTexts(writePdf(dir, minutes.value(), DocumentLanguages::Both, u"minutes.pdf"_qs));
    CHECK(pages.size() >= 2);
    INFO(headingsEndingPages(minutes.value(), pages).join(u"; "_qs).toStdString());
    CHECK(headingsEndingPages(minutes.value(), pages).isEmpty());
}
