// SPDX-License-Identifier: GPL-3.0-or-later
// The document pipeline, read back from what it writes: HTML and Markdown through Qt's own
// parsers, PDF through poppler's pdftotext, pdfinfo and pdffonts (package poppler-utils).

#include "catchqt.h"
#include "demoworkspace.h"
#include "poppler.h"
#include "testworkspace.h"

#include "documents/agendapack.h"
#include "documents/renderers.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Quorum;
using QuorumTest::DemoWorkspace;

namespace {

const QString hostile = QStringLiteral("<b>A&B</b> *star* _under_ [link](http://x) # | `code`");

// Runs a poppler tool and returns what it printed.
const auto tool = QuorumTest::popplerTool;

QString pdfInfo(const QString &file, const QString &key)
{
    const QRegularExpression line(u"^"_qs + QRegularExpression::escape(key) + u":\\s*(.*)$"_qs,
                                  QRegularExpression::MultilineOption);
    return line.match(tool(u"pdfinfo"_qs, {file})).captured(1).trimmed();
}

// The demo with its 13 November 2024 meeting made hostile: markup in a title, a presenter
// and the place, and a document whose "link" is a script.
struct PackFixture
{
    DemoWorkspace demo;
    QTemporaryDir out;
    Record meeting = demo.november2024();

    PackFixture()
    {
        REQUIRE(out.isValid());
        Workspace &w = *demo.workspace;
        const QList<Record> items = w.records(Entity::AgendaItem, meeting.id);
        REQUIRE(w.setValue(Entity::AgendaItem, items.at(3).id, u"title_fr"_qs, hostile).ok());
        REQUIRE(w.setValue(Entity::AgendaItem, items.at(3).id, u"presenter"_qs, u"<i>Zorg & Co</i>"_qs).ok());
        Record trap(Entity::Document, {{u"agenda_item_id"_qs, items.at(3).id}, {u"location"_qs, u"javascript:alert(1)"_qs}});
        trap.setBilingual(u"title"_qs, {u"Piège"_qs, u"Val"_qs});
        REQUIRE(w.addRecord(trap).ok());
    }

    Database &database() { return demo.workspace->storage(); }
    Document pack()
    {
        auto built = buildAgendaPack(database(), meeting.id);
        REQUIRE(built.ok());
        return built.take();
    }
    QString path(const QString &name) const { return out.filePath(name); }
    QString writePdf(DocumentLanguages languages, const QString &name)
    {
        REQUIRE(writeDocument(pack(), DocumentFormat::Pdf, languages, path(name)).ok());
        return path(name);
    }
};

// Text a reader sees in an HTML file, as Qt's HTML parser reads it.
QString htmlText(const QByteArray &html)
{
    QTextDocument document;
    document.setHtml(QString::fromUtf8(html));
    return document.toPlainText();
}

QString markdownText(const QByteArray &markdown)
{
    QTextDocument document;
    document.setMarkdown(QString::fromUtf8(markdown));
    return document.toPlainText();
}

// A long made-up document: enough text for several pages.
Document longDocument()
{
    Document doc;
    doc.title = {u"Titre long"_qs, u"Lange titel"_qs};
    doc.author = {u"Auteur"_qs, u"Auteur"_qs};
    doc.subject = {u"Sujet"_qs, u"Onderwerp"_qs};
    doc.runningHeader = {u"En-tête courant"_qs, u"Lopende kop"_qs};
    doc.runningDate = {u"1 janvier 2025"_qs, u"1 januari 2025"_qs};
    doc.pageNumber = {u"page %1 sur %2"_qs, u"pagina %1 van %2"_qs};
    doc.add(TitleBlock{spans(DocText{u"Un long document"_qs, u"Een lang document"_qs}), {}});
    for (int i = 1; i <= 40; ++i) {
        doc.add(Heading{1, spans(DocText{QStringLiteral("Section %1").arg(i), QStringLiteral("Afdeling %1").arg(i)})});
        doc.add(Paragraph{spans(DocText{QStringLiteral("Texte %1. ").arg(i).repeated(40), QStringLiteral("Tekst %1. ").arg(i).repeated(40)}),
                          false});
    }
    return doc;
}

QByteArray withoutDates(QByteArray pdf)
{
    static const QRegularExpression dates(u"D:\\d{14}Z?|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"_qs);
    QString text = QString::fromLatin1(pdf);
    text.replace(dates, u"DATE"_qs);
    return text.toLatin1();
}

} // namespace

TEST_CASE("The agenda pack in HTML shows its texts in French and user text literally", "[documents][html]")
{
    PackFixture f;
    const QByteArray html = renderHtml(f.pack(), DocumentLanguages::French);
    const QString raw = QString::fromUtf8(html);
    CHECK(raw.startsWith(u"<!DOCTYPE html>\n<html lang=\"fr-BE\">"_qs));
    CHECK(raw.contains(u"<style>"_qs));
    CHECK_FALSE(raw.contains(u"<script"_qs));
    CHECK_FALSE(raw.contains(u"<link"_qs));
    // Escaped in the file, literal for the reader.
    CHECK(raw.contains(u"&lt;b&gt;A&amp;B&lt;/b&gt;"_qs));
    CHECK_FALSE(raw.contains(u"<b>A&B</b>"_qs));
    CHECK_FALSE(raw.contains(u"<i>Zorg"_qs));
    CHECK_FALSE(raw.contains(u"href=\"javascript"_qs));
    const QString text = htmlText(html);
    CHECK(text.contains(hostile));
    CHECK(text.contains(u"<i>Zorg & Co</i>"_qs));
    CHECK(text.contains(u"Piège"_qs)); // the document is listed, not linked
    for (const char *expected : {"Conseil de l'Action Régionale", "Séance n° 2", "mercredi 13 novembre 2024", "09:30–12:30",
                                 "Brusano, Bruxelles", "Objectifs de la séance", "Ordre du jour", "Gouvernance (rôle et fonctionnement du Conseil)",
                                 "10:00–10:40", "Information", "Ateliers en parallèle", "Salle 1.01", "Documents à lire",
                                 "À lire avant la séance", "Synthèse du Conseil du 03/07/2024"})
        CHECK(text.contains(QString::fromUtf8(expected)));
    for (const char *absent : {"Regionale Actieraad", "Bestuur (rol en werking van de Raad)", "Te lezen documenten"})
        CHECK_FALSE(text.contains(QString::fromUtf8(absent)));
    CHECK(raw.contains(u"<a href=\"https://www.brusano.brussels/pdf/202407_car_1/\">"_qs));
}

TEST_CASE("The agenda pack in HTML in Dutch or both languages", "[documents][html]")
{
    PackFixture f;
    const auto [languages, present, absent] = GENERATE(table<DocumentLanguages, QStringList, QStringList>({
        {DocumentLanguages::Dutch,
         {u"Regionale Actieraad"_qs, u"woensdag 13 november 2024"_qs, u"Bestuur (rol en werking van de Raad)"_qs,
          u"Te lezen documenten"_qs, u"Vooraf te lezen"_qs, u"Informatie"_qs, u"Zaal"_qs},
         {u"Ordre du jour"_qs, u"Gouvernance (rôle"_qs, u"Documents à lire"_qs}},
        {DocumentLanguages::Both,
         {u"Conseil de l'Action Régionale"_qs, u"Regionale Actieraad"_qs, u"Gouvernance (rôle et fonctionnement du Conseil)"_qs,
          u"Bestuur (rol en werking van de Raad)"_qs, u"Documents à lire"_qs, u"Te lezen documenten"_qs},
         {}},
    }));
    const QByteArray html = renderHtml(f.pack(), languages);
    const QString text = htmlText(html);
    for (const QString &s : present)
        CHECK(text.contains(s));
    for (const QString &s : absent)
        CHECK_FALSE(text.contains(s));
    CHECK(text.contains(hostile) == (languages == DocumentLanguages::Both)); // the hostile title is the French one
    const QString raw = QString::fromUtf8(html);
    if (languages == DocumentLanguages::Both)
        CHECK(raw.contains(u"<div class=\"bi\"><div lang=\"fr\">"_qs)); // side by side
    else
        CHECK(raw.contains(u"<html lang=\"nl-BE\">"_qs));
}

TEST_CASE("The agenda pack in Markdown escapes markup and reads back as the same text", "[documents][markdown]")
{
    PackFixture f;
    const DocumentLanguages languages = GENERATE(DocumentLanguages::French, DocumentLanguages::Both);
    const QByteArray md = renderMarkdown(f.pack(), languages);
    const QString raw = QString::fromUtf8(md);
    CHECK(raw.startsWith(u"# Conseil de l'Action Régionale"_qs));
    CHECK(raw.contains(u"## Ordre du jour"_qs));
    CHECK(raw.contains(u"| --- |"_qs));
    CHECK(raw.contains(u"\\<b\\>A\\&B\\</b\\> \\*star\\* \\_under\\_ \\[link\\](http://x) \\# \\| \\`code\\`"_qs));
    CHECK(raw.contains(u"[**Synthèse du Conseil du 03/07/2024**](<https://www.brusano.brussels/pdf/202407_car_1/>)"_qs));
    CHECK_FALSE(raw.contains(u"](<javascript"_qs));
    const QString text = markdownText(md);
    CHECK(text.contains(hostile));
    CHECK(text.contains(u"<i>Zorg & Co</i>"_qs));
    CHECK(text.contains(u"Gouvernance (rôle et fonctionnement du Conseil)"_qs));
    CHECK(text.contains(u"Bestuur (rol en werking van de Raad)"_qs) == (languages == DocumentLanguages::Both));
}

TEST_CASE("Markdown keeps bullets numbers and line starts of user text as text", "[documents][markdown]")
{
    const auto [typed, escapedForm] = GENERATE(table<QString, QString>({
        {u"- pas une liste"_qs, u"\\- pas une liste"_qs},
        {u"+ plus"_qs, u"\\+ plus"_qs},
        {u"1. premier"_qs, u"1\\. premier"_qs},
        {u"2) deux"_qs, u"2\\) deux"_qs},
        {u"    code?"_qs, u"code?"_qs},
        {u"> citation"_qs, u"\\> citation"_qs},
        {u"&amp; entité"_qs, u"\\&amp; entité"_qs},
    }));
    Document doc;
    doc.add(Paragraph{spans(typed), false});
    const QByteArray md = renderMarkdown(doc, DocumentLanguages::French);
    CHECK(QString::fromUtf8(md) == escapedForm + u'\n');
    CHECK(markdownText(md) == typed.trimmed());
}

TEST_CASE("The agenda pack PDF has its text pages metadata and embedded fonts", "[documents][pdf]")
{
    PackFixture f;
    const QString file = f.writePdf(DocumentLanguages::French, u"agenda-fr.pdf"_qs);
    const QString text = tool(u"pdftotext"_qs, {file, u"-"_qs});
    for (const char *expected : {"Conseil de l'Action Régionale", "Ordre du jour", "Gouvernance (rôle et fonctionnement du Conseil)",
                                 "Documents à lire", "Salle 1.01", "13 novembre 2024"})
        CHECK(text.contains(QString::fromUtf8(expected)));
    CHECK(text.contains(u"<b>A&B</b>"_qs));
    CHECK_FALSE(text.contains(u"Bestuur (rol"_qs));

    const int pages = pdfInfo(file, u"Pages"_qs).toInt();
    CHECK(pages >= 2);
    // Every page has the running header and its number out of the total.
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = tool(u"pdftotext"_qs, {u"-f"_qs, QString::number(page), u"-l"_qs, QString::number(page), file, u"-"_qs});
        CHECK(pageText.contains(QStringLiteral("page %1 sur %2").arg(page).arg(pages)));
        CHECK(pageText.contains(u"Conseil de l'Action Régionale (CAR)"_qs));
    }
    CHECK(pdfInfo(file, u"Title"_qs) == u"Conseil de l'Action Régionale — ordre du jour du 13 novembre 2024"_qs);
    CHECK(pdfInfo(file, u"Author"_qs) == u"Conseil de l'Action Régionale"_qs);
    CHECK(pdfInfo(file, u"Subject"_qs).startsWith(u"Ordre du jour, horaires et documents à lire"_qs));
    CHECK(pdfInfo(file, u"Creator"_qs).startsWith(u"Quorum "_qs));
    CHECK(pdfInfo(file, u"Page size"_qs).contains(u"(A4)"_qs));

    // pdffonts: a header, a rule, then one line per font, each embedded ("yes" in "emb").
    const QStringList fonts = tool(u"pdffonts"_qs, {file}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &font : fonts) {
        INFO(font.toStdString());
        // Columns from the end: object number, generation, uni, sub, emb.
        const QStringList columns = font.simplified().split(u' ');
        REQUIRE(columns.size() >= 6);
        CHECK(columns.at(columns.size() - 5) == u"yes"_qs);
    }
}

TEST_CASE("The agenda pack PDF in both languages and in Dutch", "[documents][pdf]")
{
    PackFixture f;
    const auto [languages, name, footer, present] = GENERATE(table<DocumentLanguages, QString, QString, QStringList>({
        {DocumentLanguages::Both, u"agenda-both.pdf"_qs, u"page 1 sur %1 / pagina 1 van %1"_qs,
         {u"Ordre du jour"_qs, u"Agenda"_qs, u"Documents à lire"_qs, u"Te lezen documenten"_qs, u"Regionale Actieraad (RAR)"_qs}},
        {DocumentLanguages::Dutch, u"agenda-nl.pdf"_qs, u"pagina 1 van %1"_qs,
         {u"Regionale Actieraad"_qs, u"Bestuur (rol en werking van de Raad)"_qs, u"Te lezen documenten"_qs, u"Zaal"_qs}},
    }));
    const QString file = f.writePdf(languages, name);
    const int pages = pdfInfo(file, u"Pages"_qs).toInt();
    REQUIRE(pages >= 2);
    const QString text = tool(u"pdftotext"_qs, {file, u"-"_qs});
    for (const QString &s : present)
        CHECK(text.contains(s));
    CHECK(text.contains(footer.arg(pages)));
    if (languages == DocumentLanguages::Dutch)
        CHECK_FALSE(text.contains(u"Documents à lire"_qs));
}

TEST_CASE("PDF links are clickable and only to web addresses", "[documents][pdf]")
{
    PackFixture f;
    const QByteArray pdf = QuorumTest::readFile(f.writePdf(DocumentLanguages::French, u"links.pdf"_qs));
    CHECK(pdf.contains("/Subtype /Link"));
    CHECK(pdf.contains("/S /URI"));
    CHECK(pdf.contains("/URI (https://www.brusano.brussels/pdf/202407_car_1/)"));
    CHECK_FALSE(pdf.contains("/URI (javascript"));
}

TEST_CASE("The PDF claims PDF/A-1b with metadata that matches its information", "[documents][pdf]")
{
    PackFixture f;
    const QString file = f.writePdf(DocumentLanguages::Dutch, u"archive.pdf"_qs);
    const QByteArray pdf = QuorumTest::readFile(file);
    CHECK(pdf.contains("pdfaid:part=\"1\""));
    CHECK(pdf.contains("pdfaid:conformance=\"B\""));
    CHECK(pdf.contains("/OutputIntents"));
    CHECK(pdf.contains("/Lang <FEFF006E006C002D00420045>")); // nl-BE
    const QString xmp = tool(u"pdfinfo"_qs, {u"-meta"_qs, file});
    CHECK(xmp.contains(u"<dc:creator><rdf:Seq><rdf:li>Regionale Actieraad</rdf:li></rdf:Seq></dc:creator>"_qs));
    CHECK(xmp.contains(u"Regionale Actieraad — agenda van 13 november 2024"_qs));
    CHECK(xmp.contains(u"<rdf:li>nl-BE</rdf:li>"_qs));
    // One revision: pdfinfo reads the rewritten cross-reference table without complaint.
    CHECK(pdfInfo(file, u"Author"_qs) == u"Regionale Actieraad"_qs);
}

TEST_CASE("Exports are the same every time apart from the creation date", "[documents]")
{
    PackFixture f;
    const Document doc = f.pack();
    CHECK(renderHtml(doc, DocumentLanguages::Both) == renderHtml(doc, DocumentLanguages::Both));
    CHECK(renderMarkdown(doc, DocumentLanguages::Both) == renderMarkdown(doc, DocumentLanguages::Both));
    auto first = renderPdf(doc, DocumentLanguages::Both);
    auto second = renderPdf(doc, DocumentLanguages::Both);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first.value().size() == second.value().size());
    CHECK(withoutDates(first.value()) == withoutDates(second.value()));
    // The /ID comes from the content: another document gets another one.
    auto other = renderPdf(doc, DocumentLanguages::French);
    REQUIRE(other.ok());
    static const QRegularExpression id(u"/ID \\[ <([0-9a-f]{32})>"_qs);
    const QString firstId = id.match(QString::fromLatin1(first.value())).captured(1);
    CHECK_FALSE(firstId.isEmpty());
    CHECK(firstId == id.match(QString::fromLatin1(second.value())).captured(1));
    CHECK(firstId != id.match(QString::fromLatin1(other.value())).captured(1));
}

TEST_CASE("A long document runs over pages with its header and page X of Y on each", "[documents][pdf]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"long.pdf"_qs);
    REQUIRE(writeDocument(longDocument(), DocumentFormat::Pdf, DocumentLanguages::Dutch, file).ok());
    const int pages = pdfInfo(file, u"Pages"_qs).toInt();
    CHECK(pages >= 3);
    for (int page : {1, pages / 2, pages}) {
        const QString text = tool(u"pdftotext"_qs, {u"-f"_qs, QString::number(page), u"-l"_qs, QString::number(page), file, u"-"_qs});
        CHECK(text.contains(QStringLiteral("pagina %1 van %2").arg(page).arg(pages)));
        CHECK(text.contains(u"Lopende kop"_qs));
        CHECK(text.contains(u"1 januari 2025"_qs));
    }
    const QString all = tool(u"pdftotext"_qs, {file, u"-"_qs});
    CHECK(all.contains(u"Afdeling 40"_qs));
    CHECK_FALSE(all.contains(u"Section 40"_qs));
    // A heading never ends a page: each is followed by its text on the same page.
    for (int page = 1; page < pages; ++page) {
        const QString text = tool(u"pdftotext"_qs, {u"-f"_qs, QString::number(page), u"-l"_qs, QString::number(page), file, u"-"_qs});
        QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        while (!lines.isEmpty() && (lines.last().contains(u"pagina"_qs) || lines.last().trimmed().isEmpty()))
            lines.removeLast();
        REQUIRE_FALSE(lines.isEmpty());
        INFO("page " << page << " ends with " << lines.last().toStdString());
        CHECK_FALSE(lines.last().startsWith(u"Afdeling"_qs));
    }
}

TEST_CASE("Documents replace an earlier export but never a workspace", "[documents]")
{
    PackFixture f;
    const Document doc = f.pack();
    // An earlier export is replaced whole.
    const QString earlier = f.path(u"agenda.html"_qs);
    REQUIRE(QuorumTest::writeFile(earlier, "old content"));
    REQUIRE(writeDocument(doc, DocumentFormat::Html, DocumentLanguages::French, earlier).ok());
    CHECK(QuorumTest::readFile(earlier).startsWith("<!DOCTYPE html>"));

    // The workspace being read, or any workspace, is refused and left as it was.
    const QByteArray before = QuorumTest::readFile(f.demo.path());
    auto refused = writeDocument(doc, DocumentFormat::Pdf, DocumentLanguages::French, f.demo.path());
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(u"is a workspace"_qs));
    CHECK(QuorumTest::readFile(f.demo.path()) == before);

    // A folder that does not exist: an error naming the file, nothing written.
    const QString nowhere = f.path(u"missing/agenda.md"_qs);
    auto failed = writeDocument(doc, DocumentFormat::Markdown, DocumentLanguages::French, nowhere);
    CHECK_FALSE(failed.ok());
    CHECK(failed.error().contains(u"agenda.md"_qs));
    CHECK_FALSE(QFileInfo::exists(nowhere));
    CHECK(QDir(f.out.path()).entryList(QDir::Files) == QStringList{u"agenda.html"_qs});
}

TEST_CASE("The meeting of a date is found in the councils order", "[documents]")
{
    DemoWorkspace demo;
    Database &db = demo.workspace->storage();
    const qint64 november = demo.november2024().id;
    const std::optional<Record> found = meetingOnDate(db, QDate(2024, 11, 13));
    REQUIRE(found);
    CHECK(found->id == november);
    CHECK_FALSE(meetingOnDate(db, QDate(2024, 11, 14)));
    // A second council meeting the same day comes after the first council's meeting.
    const QList<Record> councils = db.records(Entity::Council);
    REQUIRE(councils.size() >= 2);
    Record other(Entity::Meeting, {{u"council_id"_qs, councils.at(1).id}, {u"date"_qs, u"2024-11-13"_qs}, {u"start_time"_qs, u"08:00"_qs}});
    REQUIRE(demo.workspace->addRecord(other).ok());
    CHECK(meetingOnDate(db, QDate(2024, 11, 13))->id == november);
}

TEST_CASE("An agenda pack of a meeting with nothing planned still says so", "[documents]")
{
    DemoWorkspace demo;
    const Record source = demo.november2024();
    auto bare = demo.workspace->addRecord(
        Record(Entity::Meeting, {{u"council_id"_qs, source.number(u"council_id"_qs)}, {u"date"_qs, u"2026-02-02"_qs}}));
    REQUIRE(bare.ok());
    auto pack = buildAgendaPack(demo.workspace->storage(), bare.value());
    REQUIRE(pack.ok());
    const QString text = htmlText(renderHtml(pack.value(), DocumentLanguages::French));
    CHECK(text.contains(u"L'ordre du jour n'est pas encore établi."_qs));
    CHECK(text.contains(u"Aucun document n'est joint à cet ordre du jour."_qs));
    CHECK_FALSE(text.contains(u"Horaire"_qs));
    CHECK_FALSE(buildAgendaPack(demo.workspace->storage(), 999999).ok());
}

TEST_CASE("Document texts fall back to the other language and show neutral text once", "[documents]")
{
    const DocText half{u"Seulement en français"_qs, QString()};
    CHECK(half.in(Language::Dutch) == u"Seulement en français"_qs);
    CHECK(resolved(half, DocumentLanguages::Both) == u"Seulement en français"_qs);
    CHECK(resolved(DocText{u"Oui"_qs, u"Ja"_qs}, DocumentLanguages::Both) == u"Oui / Ja"_qs);
    CHECK(resolved(DocText::neutral(u"09:30"_qs), DocumentLanguages::Both) == u"09:30"_qs);
    CHECK(documentFormatFromFileName(u"x/Agenda.PDF"_qs) == DocumentFormat::Pdf);
    CHECK(documentFormatFromFileName(u"a.htm"_qs) == DocumentFormat::Html);
    CHECK(documentFormatFromFileName(u"a.markdown"_qs) == DocumentFormat::Markdown);
    CHECK(documentFormatFromFileName(u"a.odt"_qs) == DocumentFormat::Odt);
    CHECK_FALSE(documentFormatFromFileName(u"a.docx"_qs));
    CHECK(documentLanguagesFromCode(u"both"_qs) == DocumentLanguages::Both);
    CHECK_FALSE(documentLanguagesFromCode(u"en"_qs));
}

TEST_CASE("The preview pages are the PDF pages drawn as images", "[documents][pdf]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"long.pdf"_qs);
    const Document doc = longDocument();
    REQUIRE(writeDocument(doc, DocumentFormat::Pdf, DocumentLanguages::Dutch, file).ok());
    auto pages = renderPages(doc, DocumentLanguages::Dutch, 72);
    REQUIRE(pages.ok());
    // Laid out by the same code: as many pages as the file, each A4 at the asked resolution.
    CHECK(pages.value().size() == pdfInfo(file, u"Pages"_qs).toInt());
    const QImage &first = pages.value().first();
    CHECK(first.width() == 595);
    CHECK(first.height() == 842);
    CHECK(qAbs(first.dotsPerMeterX() - qRound(72 / 0.0254)) <= 1);
    // Ink on the page: the body text and the bands, not a blank sheet.
    int dark = 0;
    for (int y = 0; y < first.height(); y += 2)
        for (int x = 0; x < first.width(); x += 2)
            dark += qGray(first.pixel(x, y)) < 128;
    CHECK(dark > 200);
    // The footer band (page X of Y) is drawn near the bottom of every page.
    const QImage &last = pages.value().last();
    int footer = 0;
    for (int y = int(last.height() * 0.95); y < int(last.height() * 0.98); ++y)
        for (int x = 0; x < last.width(); ++x)
            footer += qGray(last.pixel(x, y)) < 160;
    CHECK(footer > 10);
    CHECK_FALSE(renderPages(doc, DocumentLanguages::Dutch, 5).ok());
}
