// SPDX-License-Identifier: GPL-3.0-or-later
// The minutes of the demo's 13 November 2024 session, read back from every format in every
// language mode: PDF through poppler (pdftotext, pdfinfo, pdffonts), ODT through its
// content.xml, HTML and Markdown as text.

#include "catchqt.h"
#include "demoworkspace.h"
#include "poppler.h"
#include "testworkspace.h"

#include "documents/minutes.h"
#include "documents/odtrenderer.h"
#include "documents/renderers.h"
#include "storage/database.h"
#include "synthesis/draft.h"
#include "synthesis/richtext.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace Quorum;
using QuorumTest::DemoWorkspace;

namespace {

const QString hostile = QStringLiteral("<b>A&B</b>");

const auto run = QuorumTest::toolOutput;

QString pdfText(const QString &file)
{
    return QString::fromUtf8(run(u"pdftotext"_qs, {file, u"-"_qs}));
}

QString pdfInfo(const QString &file, const QString &key)
{
    const QRegularExpression line(u"^"_qs + QRegularExpression::escape(key) + u":\\s*(.*)$"_qs, QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(run(u"pdfinfo"_qs, {file}))).captured(1).trimmed();
}

// One member of a zip: unzip if there is one, else Python's zipfile.
QByteArray zipMember(const QString &file, const QString &member)
{
    if (!QStandardPaths::findExecutable(u"unzip"_qs).isEmpty())
        return run(u"unzip"_qs, {u"-p"_qs, file, member});
    return run(u"python3"_qs, {u"-c"_qs, u"import sys,zipfile;sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"_qs,
                               file, member});
}

QStringList zipNames(const QString &file)
{
    return QString::fromUtf8(run(u"python3"_qs, {u"-c"_qs, u"import sys,zipfile;print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))"_qs,
                                                 file}))
        .split(u'\n', Qt::SkipEmptyParts);
}

// The text of an ODT's content.xml, as a reader sees it (entities resolved).
QString odtText(const QByteArray &contentXml)
{
    QXmlStreamReader xml(contentXml);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isEndElement() && (xml.name() == u"p" || xml.name() == u"h"))
            text += u'\n';
        else if (xml.isStartElement() && xml.name() == u"s")
            text += u' ';
    }
    CHECK_FALSE(xml.hasError());
    return text;
}

QString htmlText(const QByteArray &html)
{
    QTextDocument document;
    document.setHtml(QString::fromUtf8(html));
    return document.toPlainText();
}

QByteArray withoutDates(QByteArray pdf)
{
    static const QRegularExpression dates(u"D:\\d{14}Z?|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"_qs);
    QString text = QString::fromLatin1(pdf);
    text.replace(dates, u"DATE"_qs);
    return text.toLatin1();
}

// The demo's November 2024 session with its minutes drafted, then made hostile: markup as
// text in a section body and title, an unsafe link, a real link and an italic phrase.
struct MinutesFixture
{
    DemoWorkspace demo;
    QTemporaryDir out;
    qint64 meetingId = demo.november2024().id;

    MinutesFixture()
    {
        REQUIRE(out.isValid());
        Workspace &w = *demo.workspace;
        // The demo may ship these minutes already; otherwise they are drafted here.
        if (w.records(Entity::SynthesisSection, meetingId).isEmpty())
            REQUIRE(createSynthesis(w, meetingId).ok());
        qint64 objectives = 0;
        for (const Record &r : w.records(Entity::SynthesisSection, meetingId))
            if (r.text(u"kind"_qs) == u"objectives")
                objectives = r.id;
        REQUIRE(objectives > 0);
        const QString extra = u"<p>Nom tapé : "_qs + hostile.toHtmlEscaped() + u" — <em>en italique</em> — "
                              "<a href=\"https://example.org/minutes\">lien sûr</a> — <a href=\"javascript:alert(1)\">piège</a></p>"_qs;
        const Record section = *w.record(Entity::SynthesisSection, objectives);
        REQUIRE(w.setValue(Entity::SynthesisSection, objectives, u"body_fr"_qs, QString(section.text(u"body_fr"_qs) + extra)).ok());
        REQUIRE(w.setValue(Entity::SynthesisSection, objectives, u"body_nl"_qs,
                           QString(section.text(u"body_nl"_qs) + u"<p>Getypte naam: "_qs + hostile.toHtmlEscaped() + u"</p>"_qs))
                    .ok());
    }

    Document minutes(DocumentLanguages languages, MinutesLayout layout = MinutesLayout::Columns)
    {
        auto built = buildMinutes(demo.workspace->storage(), meetingId, {languages, layout});
        REQUIRE(built.ok());
        return built.take();
    }
    QString write(DocumentFormat format, DocumentLanguages languages, MinutesLayout layout, const QString &name)
    {
        const QString path = out.filePath(name);
        auto written = writeDocument(minutes(languages, layout), format, languages, path);
        INFO(written.error().toStdString());
        REQUIRE(written.ok());
        return path;
    }
};

struct Mode
{
    DocumentLanguages languages;
    MinutesLayout layout;
    QString name;
    QStringList present;
    QStringList absent;
};

QList<Mode> modes()
{
    const QString fr = u"Tour de table des bassins"_qs;
    const QString nl = u"Rondetafel van de zorgzones"_qs;
    return {
        {DocumentLanguages::French, MinutesLayout::Columns, u"fr"_qs,
         {fr, u"57 participants"_qs, u"Synthèse des ateliers"_qs, u"Rendez-vous le mercredi 12 mars 2025"_qs, u"Avec le soutien de la COCOM"_qs},
         {nl, u"57 deelnemers"_qs}},
        {DocumentLanguages::Dutch, MinutesLayout::Columns, u"nl"_qs,
         {nl, u"57 deelnemers"_qs, u"Afspraak op woensdag 12 maart 2025"_qs, u"Met de steun van de GGC"_qs},
         {fr, u"57 participants"_qs}},
        {DocumentLanguages::Both, MinutesLayout::Columns, u"columns"_qs, {fr, nl, u"57 participants"_qs, u"57 deelnemers"_qs}, {}},
        {DocumentLanguages::Both, MinutesLayout::Sequential, u"sequential"_qs, {fr, nl, u"57 participants"_qs, u"57 deelnemers"_qs}, {}},
    };
}

} // namespace

TEST_CASE("The minutes read back from every format in every language mode", "[minutes]")
{
    MinutesFixture f;
    for (const Mode &mode : modes()) {
        for (const DocumentFormat format : {DocumentFormat::Pdf, DocumentFormat::Odt, DocumentFormat::Html, DocumentFormat::Markdown}) {
            const QString name = u"minutes-"_qs + mode.name + u"."_qs + documentFormatCode(format);
            INFO(name.toStdString());
            const QString file = f.write(format, mode.languages, mode.layout, name);
            const QByteArray bytes = QuorumTest::readFile(file);
            QString text;
            switch (format) {
            case DocumentFormat::Pdf:
                CHECK(bytes.startsWith("%PDF-1."));
                text = pdfText(file);
                if (mode.languages != DocumentLanguages::Dutch)
                    CHECK(bytes.contains("/URI (https://example.org/minutes)"));
                CHECK_FALSE(bytes.contains("/URI (javascript"));
                CHECK(bytes.contains("/URI (https://www.brusano.brussels/pdf/202407_car_1/)"));
                CHECK(bytes.contains("/Subtype /Image"));
                break;
            case DocumentFormat::Odt: {
                CHECK(bytes.startsWith("PK"));
                const QByteArray content = zipMember(file, u"content.xml"_qs);
                text = odtText(content);
                CHECK(content.contains("xlink:href=\"https://www.brusano.brussels/pdf/202407_car_1/\""));
                CHECK(zipNames(file).contains(u"Pictures/Picture1.png"_qs));
                CHECK(zipNames(file).first() == u"mimetype"_qs); // how LibreOffice and Word recognise the format
                if (mode.languages != DocumentLanguages::Dutch)
                    CHECK(content.contains("xlink:href=\"https://example.org/minutes\""));
                break;
            }
            case DocumentFormat::Html:
                text = htmlText(bytes);
                CHECK(bytes.contains("<a href=\"https://www.brusano.brussels/pdf/202407_car_1/\">"));
                CHECK(bytes.contains("<img src=\"data:image/png;base64,"));
                CHECK_FALSE(bytes.contains("src=\"http"));
                CHECK_FALSE(bytes.contains("<script"));
                if (mode.languages != DocumentLanguages::Dutch) {
                    CHECK(bytes.contains("<a href=\"https://example.org/minutes\">"));
                    CHECK(bytes.contains("<i>en italique</i>"));
                }
                break;
            case DocumentFormat::Markdown:
                text = QString::fromUtf8(bytes);
                CHECK(text.contains(u"(<https://www.brusano.brussels/pdf/202407_car_1/>)"_qs));
                if (mode.languages != DocumentLanguages::Dutch) {
                    CHECK(text.contains(u"*en italique*"_qs));
                    // The numbers by sector once, from the section's text, not again as the chart's figures.
                    CHECK(text.count(u"Médecine générale (6)"_qs) == 1);
                    CHECK_FALSE(text.contains(u"Médecine générale\u00a0: 6"_qs));
                    CHECK(text.contains(u"\\<b\\>A\\&B\\</b\\>"_qs));
                }
                break;
            }
            CHECK_FALSE(text.contains(u"javascript"_qs));
            for (const QString &s : mode.present) {
                INFO(s.toStdString());
                CHECK(text.simplified().contains(s));
            }
            for (const QString &s : mode.absent) {
                INFO(s.toStdString());
                CHECK_FALSE(text.contains(s));
            }
            if (format != DocumentFormat::Markdown) {
                INFO("the hostile name reads literally");
                CHECK(text.contains(hostile));
            }
            if (mode.languages == DocumentLanguages::French) {
                CHECK(text.contains(u"piège"_qs)); // an unsafe link keeps its text, not its address
            }
        }
    }
}

TEST_CASE("The minutes PDF has its metadata footer fonts and archive claim", "[minutes][pdf]")
{
    MinutesFixture f;
    const QString file = f.write(DocumentFormat::Pdf, DocumentLanguages::French, MinutesLayout::Columns, u"fr.pdf"_qs);
    CHECK(pdfInfo(file, u"Title"_qs) == u"Conseil de l'Action Régionale — synthèse de la séance du 13 novembre 2024"_qs);
    CHECK(pdfInfo(file, u"Author"_qs) == u"Conseil de l'Action Régionale"_qs);
    CHECK(pdfInfo(file, u"Subject"_qs) == u"Synthèse de la séance n°\u00a02 du 13 novembre 2024"_qs);
    CHECK(pdfInfo(file, u"Page size"_qs).contains(u"(A4)"_qs));
    const int pages = pdfInfo(file, u"Pages"_qs).toInt();
    REQUIRE(pages >= 2);
    for (int page = 1; page <= pages; ++page) {
        const QString text = QString::fromUtf8(run(u"pdftotext"_qs, {u"-f"_qs, QString::number(page), u"-l"_qs, QString::number(page), file, u"-"_qs}));
        CHECK(text.contains(QStringLiteral("page %1 sur %2").arg(page).arg(pages)));
        CHECK(text.contains(u"Conseil de l'Action Régionale (CAR)"_qs));
        CHECK(text.contains(u"13 novembre 2024"_qs));
    }
    const QString first = QString::fromUtf8(run(u"pdftotext"_qs, {u"-l"_qs, u"1"_qs, file, u"-"_qs}));
    CHECK(first.contains(u"Séance n° 2 — synthèse"_qs));
    CHECK(first.contains(u"mercredi 13 novembre 2024"_qs));

    const QByteArray pdf = QuorumTest::readFile(file);
    CHECK(pdf.contains("pdfaid:part=\"1\""));
    CHECK(pdf.contains("/Lang <FEFF00660072002D00420045>")); // fr-BE
    const QString fonts = QString::fromUtf8(run(u"pdffonts"_qs, {file}));
    CHECK(fonts.contains(u"Oblique"_qs)); // the italic phrase has its own face
    for (const QString &font : fonts.split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        const QStringList columns = font.simplified().split(u' ');
        REQUIRE(columns.size() >= 6);
        CHECK(columns.at(columns.size() - 5) == u"yes"_qs);
    }

    const QString both = f.write(DocumentFormat::Pdf, DocumentLanguages::Both, MinutesLayout::Sequential, u"both.pdf"_qs);
    const int bothPages = pdfInfo(both, u"Pages"_qs).toInt();
    CHECK(pdfText(both).contains(QStringLiteral("page 1 sur %1 / pagina 1 van %1").arg(bothPages)));
    CHECK(pdfInfo(both, u"Title"_qs).contains(u" / Regionale Actieraad — samenvatting van de vergadering van 13 november 2024"_qs));
}

TEST_CASE("The sequential layout gives the whole French text then the whole Dutch text", "[minutes]")
{
    MinutesFixture f;
    const QString md = QString::fromUtf8(renderMarkdown(f.minutes(DocumentLanguages::Both, MinutesLayout::Sequential), DocumentLanguages::Both));
    const qsizetype lastFrench = md.lastIndexOf(u"Avec le soutien de la COCOM"_qs);
    const qsizetype firstDutch = md.indexOf(u"Doelstellingen van de bijeenkomst"_qs);
    REQUIRE(lastFrench > 0);
    CHECK(firstDutch > lastFrench);
    CHECK(md.contains(u"\n---\n"_qs));
    // Side by side, each section has its French and Dutch columns.
    const QByteArray html = renderHtml(f.minutes(DocumentLanguages::Both, MinutesLayout::Columns), DocumentLanguages::Both);
    CHECK(html.count("<div class=\"bi\">") >= 10);
}

TEST_CASE("Minutes exports are the same every time apart from creation dates", "[minutes]")
{
    MinutesFixture f;
    const Document doc = f.minutes(DocumentLanguages::Both);
    CHECK(renderHtml(doc, DocumentLanguages::Both) == renderHtml(f.minutes(DocumentLanguages::Both), DocumentLanguages::Both));
    CHECK(renderMarkdown(doc, DocumentLanguages::Both) == renderMarkdown(doc, DocumentLanguages::Both));
    auto first = renderPdf(doc, DocumentLanguages::Both);
    auto second = renderPdf(f.minutes(DocumentLanguages::Both), DocumentLanguages::Both);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(withoutDates(first.value()) == withoutDates(second.value()));
    const QString a = f.write(DocumentFormat::Odt, DocumentLanguages::Both, MinutesLayout::Columns, u"a.odt"_qs);
    const QString b = f.write(DocumentFormat::Odt, DocumentLanguages::Both, MinutesLayout::Columns, u"b.odt"_qs);
    CHECK(zipMember(a, u"content.xml"_qs) == zipMember(b, u"content.xml"_qs));
    CHECK(zipMember(a, u"Pictures/Picture1.png"_qs) == zipMember(b, u"Pictures/Picture1.png"_qs));
}

TEST_CASE("Any meeting has minutes: its draft when none are written", "[minutes]")
{
    DemoWorkspace demo;
    Database &database = demo.workspace->storage();
    for (const Record &meeting : demo.workspace->records(Entity::Meeting)) {
        auto built = buildMinutes(database, meeting.id, {DocumentLanguages::Both, MinutesLayout::Columns});
        REQUIRE(built.ok());
        const QString md = QString::fromUtf8(renderMarkdown(built.value(), DocumentLanguages::Both));
        // Zorgraad BruZEL's minutes template calls it "Prochaine rencontre", "Volgende bijeenkomst".
        const bool templated = !demo.workspace->records(Entity::MinutesTemplate, meeting.number(u"council_id"_qs)).isEmpty();
        CHECK(md.contains(templated ? u"## Volgende bijeenkomst"_qs : u"## Save the date"_qs));
    }
    CHECK_FALSE(buildMinutes(database, 999999, {}).ok());
    // Without attendance there is no chart and the minutes say so.
    const Record july = demo.meeting(u"2024-07-03"_qs);
    const QByteArray html = renderHtml(buildMinutes(database, july.id, {DocumentLanguages::French, MinutesLayout::Columns}).value(),
                                       DocumentLanguages::French);
    CHECK_FALSE(html.contains("data:image/png"));
    CHECK(html.contains("88 participants.")); // the headcount typed for that session
}

TEST_CASE("Emphasis and pictures in every renderer", "[documents]")
{
    Document doc;
    doc.title = DocText::neutral(u"T"_qs);
    Span italic{DocText::neutral(u" *penché* "_qs), {}, false, {}, true};
    doc.add(Paragraph{Inline{Span{DocText::neutral(u"Un mot"_qs), {}, false, {}, false}, italic}, false});
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::blue);
    doc.add(Image{image, {u"Graphique"_qs, u"Grafiek"_qs}, {spans(u"A : 1"_qs)}, 0.5});
    const QString md = QString::fromUtf8(renderMarkdown(doc, DocumentLanguages::French));
    CHECK(md.contains(u"Un mot *\\*penché\\** "_qs.trimmed()));
    CHECK(md.contains(u"*Graphique*"_qs));
    CHECK(md.contains(u"- A : 1"_qs));
    const QByteArray html = renderHtml(doc, DocumentLanguages::Dutch);
    CHECK(html.contains("<i> *penché* </i>"));
    CHECK(html.contains("alt=\"Grafiek\""));
    CHECK(richTextHtml(doc, DocumentLanguages::French).contains(u"<img src=\"data:image/png;base64,"_qs));
    auto odt = renderOdt(doc, DocumentLanguages::French);
    REQUIRE(odt.ok());
    CHECK(odt.value().startsWith("PK"));
}

TEST_CASE("A draft states each decision in a sentence and leaves out an empty decisions section", "[minutes]")
{
    DemoWorkspace demo;
    Workspace &w = *demo.workspace;
    auto decisionsBody = [&](qint64 meetingId) {
        for (const Record &r : draftSynthesis(w, meetingId))
            if (r.text(u"kind"_qs) == u"decisions")
                return r.bilingual(u"body"_qs);
        FAIL("the draft has no decisions section");
        return BilingualText{};
    };
    // 13 November 2024 had no decision on its agenda: the section is in the draft, empty, so
    // the secretary can still write in it; 1 July 2025 validated the charter.
    const qint64 november = demo.november2024().id;
    CHECK(decisionsBody(november).fr.isEmpty());
    CHECK(decisionsBody(november).nl.isEmpty());
    const BilingualText july = decisionsBody(demo.meeting(u"2025-07-01"_qs).id);
    CHECK(july.fr.contains(u"charte"_qs));
    // The charter was voted by subgroups: the minutes give the council's result in a sentence,
    // not the voice of each of the ten subgroups (the decision history keeps those).
    CHECK(july.fr.contains(u"Adoptée"_qs));
    CHECK(july.nl.contains(u"Aangenomen"_qs));
    CHECK(july.fr.contains(u"chaque sous-groupe présent a une voix"_qs));
    CHECK_FALSE(july.fr.contains(u"voix déclarée"_qs));
    CHECK_FALSE(july.nl.contains(u"verklaarde stem"_qs));

    // The minutes drafted afresh for November have no decisions heading in either language.
    for (const Record &section : w.records(Entity::SynthesisSection, november))
        REQUIRE(w.removeRecord(Entity::SynthesisSection, section.id).ok());
    REQUIRE(createSynthesis(w, november).ok());
    auto built = buildMinutes(w.storage(), november, {DocumentLanguages::Both, MinutesLayout::Columns});
    REQUIRE(built.ok());
    const QString md = QString::fromUtf8(renderMarkdown(built.value(), DocumentLanguages::Both));
    CHECK(md.contains(u"## Synthèse des ateliers"_qs));
    CHECK_FALSE(md.contains(u"## Décisions"_qs));
    CHECK_FALSE(md.contains(u"## Beslissingen"_qs));
    CHECK_FALSE(md.contains(u"Aucune décision"_qs));
}
