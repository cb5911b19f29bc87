// SPDX-License-Identifier: GPL-3.0-or-later
// OpenDocument Text written from the document's blocks themselves. Qt's ODF writer (through a
// QTextDocument) was used before and lost what matters: LibreOffice dropped the tables nested
// in the two-language columns, so a bilingual synthesis opened as one page of 174 words where
// the PDF had three of 856 (issue 13). Here each block is the ODF element LibreOffice and Word
// know: headings with outline levels, lists, tables with repeated header rows, two-column
// tables for the languages side by side, embedded pictures, and a page style with the
// running header and "page X of Y" fields.

#include "documents/odtrenderer.h"

#include "documents/odfpackage.h"
#include "documents/odtwriting.h"

#include <QBuffer>
#include <QMap>
#include <QXmlStreamWriter>

#include <numeric>

namespace Quorum {

namespace {

using namespace Odt; // the namespaces

constexpr double textWidthCm = 17; // A4 less the 2 cm margins (odtstyles.cpp)


// What the body needs declared before it: one style per table (its column widths) and per
// badge colour; and the pictures it embeds.
struct Collected
{
    QList<QList<int>> tableColumns; // relative widths of table N (named Table1…)
    QMap<QString, QColor> badges;   // style name → colour
    QList<OdfPart> pictures;
};

class OdtBuilder
{
public:
    OdtBuilder(QXmlStreamWriter &writer, Collected &collected, DocumentLanguages languages, bool frenchDefault)
        : w(writer), m_collected(collected), m_languages(languages), m_frenchDefault(frenchDefault)
    {
    }

    void body(const QList<Block> &blocks)
    {
        if (!both()) {
            for (const Block &block : blocks)
                std::visit([this](const auto &b) { add(b); }, block);
            return;
        }
        for (const BlockRun &run : bilingualRuns(blocks)) {
            const QList<Block> part = blocks.mid(run.begin, run.end - run.begin);
            if (!run.columns)
                std::visit([this](const auto &b) { add(b); }, part.first());
            else if (std::all_of(part.cbegin(), part.cend(), [](const Block &b) { return isNeutral(b); }))
                OdtBuilder(w, m_collected, DocumentLanguages::French, m_frenchDefault).body(part);
            else
                sideBySide(part, part);
        }
    }

private:
    bool both() const { return m_languages == DocumentLanguages::Both; }
    Language single() const { return m_languages == DocumentLanguages::Dutch ? Language::Dutch : Language::French; }

    // French on the left, Dutch on the right, in a table without borders: what Word and
    // LibreOffice both lay out, page after page, with each language editable in place.
    void sideBySide(const QList<Block> &fr, const QList<Block> &nl)
    {
        startTable({48, 4, 48}, false);
        w.writeStartElement(tableNs, QStringLiteral("table-row"));
        cell(QStringLiteral("Quorum.Column"), [&] { OdtBuilder(w, m_collected, DocumentLanguages::French, m_frenchDefault).body(fr); });
        cell(QStringLiteral("Quorum.Column"), [&] { paragraph(QStringLiteral("Table_20_Contents"), {}, Language::French); });
        cell(QStringLiteral("Quorum.Column"), [&] { OdtBuilder(w, m_collected, DocumentLanguages::Dutch, m_frenchDefault).body(nl); });
        w.writeEndElement();
        w.writeEndElement();
    }

    void startTable(const QList<int> &widths, bool bordered)
    {
        m_collected.tableColumns.append(widths);
        const QString name = u"Table"_qs + QString::number(m_collected.tableColumns.size());
        w.writeStartElement(tableNs, QStringLiteral("table"));
        w.writeAttribute(tableNs, QStringLiteral("name"), name);
        w.writeAttribute(tableNs, QStringLiteral("style-name"), bordered ? QStringLiteral("Quorum.Table") : QStringLiteral("Quorum.Layout"));
        for (qsizetype c = 0; c < widths.size(); ++c) {
            w.writeEmptyElement(tableNs, QStringLiteral("table-column"));
            w.writeAttribute(tableNs, QStringLiteral("style-name"), name + u".C"_qs + QString::number(c + 1));
        }
    }

    template<typename Content>
    void cell(const QString &style, Content content)
    {
        w.writeStartElement(tableNs, QStringLiteral("table-cell"));
        w.writeAttribute(tableNs, QStringLiteral("style-name"), style);
        w.writeAttribute(officeNs, QStringLiteral("value-type"), QStringLiteral("string"));
        content();
        w.writeEndElement();
    }

    void span(const Span &s, Language language)
    {
        const QString content = s.text.in(language);
        if (content.isEmpty())
            return;
        const QString address = followableLink(s.link);
        if (!address.isEmpty()) {
            w.writeStartElement(textNs, QStringLiteral("a"));
            w.writeAttribute(xlinkNs, QStringLiteral("type"), QStringLiteral("simple"));
            w.writeAttribute(xlinkNs, QStringLiteral("href"), address);
            w.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Internet_20_link"));
        }
        QStringList styles;
        if (s.badge.isValid()) {
            const QString name = u"Quorum.Badge."_qs + s.badge.name().mid(1);
            m_collected.badges.insert(name, s.badge);
            styles << name;
        } else if (s.strong) {
            styles << QStringLiteral("Strong_20_Emphasis");
        }
        if (s.emphasis)
            styles << QStringLiteral("Emphasis");
        for (const QString &style : styles) {
            w.writeStartElement(textNs, QStringLiteral("span"));
            w.writeAttribute(textNs, QStringLiteral("style-name"), style);
        }
        // A badge has a little room around its word, as in the PDF.
        Odt::writeText(w, s.badge.isValid() ? u"\u00a0"_qs + content + u"\u00a0"_qs : content);
        for (qsizetype i = 0; i < styles.size(); ++i)
            w.writeEndElement();
        if (!address.isEmpty())
            w.writeEndElement();
    }

    void line(const Inline &spans, Language language)
    {
        // Dutch text in a document whose default language is French is marked as Dutch, so
        // LibreOffice and Word check its spelling in Dutch.
        const bool marked = language == Language::Dutch && m_frenchDefault;
        if (marked) {
            w.writeStartElement(textNs, QStringLiteral("span"));
            w.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Quorum_20_Dutch"));
        }
        for (const Span &s : spans)
            span(s, language);
        if (marked)
            w.writeEndElement();
    }

    // One line in the rendered languages where there is no room for columns (cells, fact
    // values, headings outside a run): French, then Dutch under it in a quieter colour.
    void stacked(const Inline &spans)
    {
        if (!both() || isNeutral(spans)) {
            line(spans, single());
            return;
        }
        line(spans, Language::French);
        w.writeEmptyElement(textNs, QStringLiteral("line-break"));
        w.writeStartElement(textNs, QStringLiteral("span"));
        w.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Quorum_20_Second_20_Language"));
        for (const Span &s : spans)
            span(s, Language::Dutch);
        w.writeEndElement();
    }

    void paragraph(const QString &style, const Inline &text, std::optional<Language> language = std::nullopt)
    {
        w.writeStartElement(textNs, QStringLiteral("p"));
        w.writeAttribute(textNs, QStringLiteral("style-name"), style);
        if (language)
            line(text, *language);
        else
            stacked(text);
        w.writeEndElement();
    }

    void add(const TitleBlock &block)
    {
        const bool twoTitles = both() && !isNeutral(block.title);
        paragraph(QStringLiteral("Title"), block.title, both() ? Language::French : single());
        if (twoTitles)
            paragraph(QStringLiteral("Subtitle"), block.title, Language::Dutch);
        for (const Inline &l : block.lines)
            paragraph(QStringLiteral("Quorum_20_Title_20_Line"), l);
    }

    void add(const Heading &heading)
    {
        const int level = heading.level <= 1 ? 1 : 2;
        w.writeStartElement(textNs, QStringLiteral("h"));
        w.writeAttribute(textNs, QStringLiteral("style-name"), u"Heading_20_"_qs + QString::number(level));
        w.writeAttribute(textNs, QStringLiteral("outline-level"), QString::number(level));
        stacked(heading.text);
        w.writeEndElement();
    }

    void add(const Paragraph &p)
    {
        paragraph(p.muted ? QStringLiteral("Quorum_20_Muted") : QStringLiteral("Text_20_body"), p.text);
    }

    void add(const ListBlock &list)
    {
        w.writeStartElement(textNs, QStringLiteral("list"));
        w.writeAttribute(textNs, QStringLiteral("style-name"),
                         list.ordered ? QStringLiteral("Quorum_20_Numbers") : QStringLiteral("Quorum_20_Bullets"));
        for (const Inline &item : list.items) {
            w.writeStartElement(textNs, QStringLiteral("list-item"));
            paragraph(QStringLiteral("List_20_Contents"), item);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    Inline label(const DocText &text) const
    {
        if (!both() || text.isNeutral())
            return spans(DocText::neutral(text.in(single())));
        return spans(DocText::neutral(text.fr + u" · "_qs + text.nl));
    }

    void add(const Facts &facts)
    {
        startTable({Facts::labelPercent, 100 - Facts::labelPercent}, false);
        // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
        for (const auto &row : facts.rows) {
            w.writeStartElement(tableNs, QStringLiteral("table-row"));
            cell(QStringLiteral("Quorum.Fact"), [&] { paragraph(QStringLiteral("Quorum_20_Fact_20_Label"), label(row.first)); });
            cell(QStringLiteral("Quorum.Fact"), [&] { paragraph(QStringLiteral("Table_20_Contents"), row.second); });
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    void add(const Table &table)
    {
        qsizetype columns = table.header.size();
        for (const TableRow &row : table.rows)
            columns = qMax(columns, row.cells.size());
        if (columns == 0)
            return;
        QList<int> widths = table.widths.mid(0, columns);
        if (widths.size() < columns || std::accumulate(widths.cbegin(), widths.cend(), 0) <= 0)
            widths = QList<int>(columns, 1);
        startTable(widths, true);
        if (!table.header.isEmpty()) {
            // Repeated at the top of each page the table runs over, as in the PDF.
            w.writeStartElement(tableNs, QStringLiteral("table-header-rows"));
            w.writeStartElement(tableNs, QStringLiteral("table-row"));
            for (qsizetype c = 0; c < columns; ++c)
                cell(QStringLiteral("Quorum.Head"), [&] { paragraph(QStringLiteral("Table_20_Heading"), table.header.value(c)); });
            w.writeEndElement();
            w.writeEndElement();
        }
        for (const TableRow &row : table.rows) {
            w.writeStartElement(tableNs, QStringLiteral("table-row"));
            for (qsizetype c = 0; c < columns; ++c)
                cell(row.highlighted ? QStringLiteral("Quorum.Marked") : QStringLiteral("Quorum.Cell"),
                     [&] { paragraph(QStringLiteral("Table_20_Contents"), row.cells.value(c)); });
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    void add(const Image &image)
    {
        if (image.image.isNull())
            return;
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.image.save(&buffer, "PNG"))
            return;
        const QString path = u"Pictures/Picture"_qs + QString::number(m_collected.pictures.size() + 1) + u".png"_qs;
        m_collected.pictures.append({path, QStringLiteral("image/png"), png});
        const double width = std::clamp(image.widthShare, 0.1, 1.0) * textWidthCm;
        const double height = width * image.image.height() / qMax(1, image.image.width());
        const QString alt = both() ? resolved(image.alt, DocumentLanguages::Both) : image.alt.in(single());

        w.writeStartElement(textNs, QStringLiteral("p"));
        w.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Quorum_20_Figure"));
        w.writeStartElement(drawNs, QStringLiteral("frame"));
        w.writeAttribute(drawNs, QStringLiteral("style-name"), QStringLiteral("Quorum.Picture"));
        w.writeAttribute(drawNs, QStringLiteral("name"), u"Picture"_qs + QString::number(m_collected.pictures.size()));
        w.writeAttribute(textNs, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
        w.writeAttribute(svgNs, QStringLiteral("width"), QString::number(width, 'f', 2) + u"cm"_qs);
        w.writeAttribute(svgNs, QStringLiteral("height"), QString::number(height, 'f', 2) + u"cm"_qs);
        w.writeEmptyElement(drawNs, QStringLiteral("image"));
        w.writeAttribute(xlinkNs, QStringLiteral("href"), path);
        w.writeAttribute(xlinkNs, QStringLiteral("type"), QStringLiteral("simple"));
        w.writeAttribute(xlinkNs, QStringLiteral("show"), QStringLiteral("embed"));
        w.writeAttribute(xlinkNs, QStringLiteral("actuate"), QStringLiteral("onLoad"));
        w.writeTextElement(svgNs, QStringLiteral("title"), Odt::xmlSafe(alt));
        w.writeEndElement();
        w.writeEndElement();
    }

    void add(const PageBreak &)
    {
        w.writeEmptyElement(textNs, QStringLiteral("p"));
        w.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Quorum.Break"));
    }

    void add(const Columns &columns)
    {
        if (!both()) {
            const QList<Block> &chosen = single() == Language::Dutch ? (columns.nl.isEmpty() ? columns.fr : columns.nl)
                                                                     : (columns.fr.isEmpty() ? columns.nl : columns.fr);
            OdtBuilder(w, m_collected, m_languages, m_frenchDefault).body(chosen);
            return;
        }
        sideBySide(columns.fr, columns.nl);
    }

    QXmlStreamWriter &w;
    Collected &m_collected;
    DocumentLanguages m_languages;
    bool m_frenchDefault;
};

void cellStyle(QXmlStreamWriter &w, const QString &name, const QString &border, const QString &padding, const QString &background)
{
    w.writeStartElement(styleNs, QStringLiteral("style"));
    w.writeAttribute(styleNs, QStringLiteral("name"), name);
    w.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("table-cell"));
    w.writeEmptyElement(styleNs, QStringLiteral("table-cell-properties"));
    w.writeAttribute(foNs, QStringLiteral("border"), border);
    w.writeAttribute(foNs, QStringLiteral("padding"), padding);
    if (!background.isEmpty())
        w.writeAttribute(foNs, QStringLiteral("background-color"), background);
    w.writeEndElement();
}

void tableStyle(QXmlStreamWriter &w, const QString &name, double below)
{
    w.writeStartElement(styleNs, QStringLiteral("style"));
    w.writeAttribute(styleNs, QStringLiteral("name"), name);
    w.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("table"));
    w.writeEmptyElement(styleNs, QStringLiteral("table-properties"));
    w.writeAttribute(tableNs, QStringLiteral("align"), QStringLiteral("margins"));
    w.writeAttribute(foNs, QStringLiteral("margin-top"), QStringLiteral("2pt"));
    w.writeAttribute(foNs, QStringLiteral("margin-bottom"), QString::number(below) + u"pt"_qs);
    w.writeAttribute(tableNs, QStringLiteral("border-model"), QStringLiteral("collapsing"));
    w.writeEndElement();
}

QByteArray automaticStyles(const Collected &collected)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    Odt::declareNamespaces(w);
    w.writeStartElement(officeNs, QStringLiteral("automatic-styles"));
    tableStyle(w, QStringLiteral("Quorum.Table"), 4);
    tableStyle(w, QStringLiteral("Quorum.Layout"), 0);
    for (qsizetype t = 0; t < collected.tableColumns.size(); ++t) {
        const QList<int> &widths = collected.tableColumns.at(t);
        for (qsizetype c = 0; c < widths.size(); ++c) {
            w.writeStartElement(styleNs, QStringLiteral("style"));
            w.writeAttribute(styleNs, QStringLiteral("name"), u"Table"_qs + QString::number(t + 1) + u".C"_qs + QString::number(c + 1));
            w.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("table-column"));
            w.writeEmptyElement(styleNs, QStringLiteral("table-column-properties"));
            w.writeAttribute(styleNs, QStringLiteral("rel-column-width"), QString::number(qMax(1, widths.at(c)) * 100) + u"*"_qs);
            w.writeEndElement();
        }
    }
    const QString line = QStringLiteral("0.5pt solid #b0b0b0");
    cellStyle(w, QStringLiteral("Quorum.Cell"), line, QStringLiteral("3pt"), {});
    cellStyle(w, QStringLiteral("Quorum.Head"), line, QStringLiteral("3pt"), QStringLiteral("#e8edf4"));
    cellStyle(w, QStringLiteral("Quorum.Marked"), line, QStringLiteral("3pt"), QStringLiteral("#fff4cc"));
    cellStyle(w, QStringLiteral("Quorum.Fact"), QStringLiteral("none"), QStringLiteral("1.5pt"), {});
    cellStyle(w, QStringLiteral("Quorum.Column"), QStringLiteral("none"), QStringLiteral("0pt"), {});
    for (auto badge = collected.badges.cbegin(); badge != collected.badges.cend(); ++badge) {
        w.writeStartElement(styleNs, QStringLiteral("style"));
        w.writeAttribute(styleNs, QStringLiteral("name"), badge.key());
        w.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("text"));
        w.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
        w.writeAttribute(foNs, QStringLiteral("background-color"), badge.value().name());
        w.writeAttribute(foNs, QStringLiteral("color"), inkOn(badge.value()).name());
        w.writeAttribute(foNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
        w.writeAttribute(foNs, QStringLiteral("font-size"), QStringLiteral("9pt"));
        w.writeEndElement();
    }
    w.writeStartElement(styleNs, QStringLiteral("style"));
    w.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Quorum.Break"));
    w.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeAttribute(styleNs, QStringLiteral("parent-style-name"), QStringLiteral("Standard"));
    w.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
    w.writeAttribute(foNs, QStringLiteral("break-after"), QStringLiteral("page"));
    w.writeEndElement();
    w.writeStartElement(styleNs, QStringLiteral("style"));
    w.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Quorum.Picture"));
    w.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("graphic"));
    w.writeEmptyElement(styleNs, QStringLiteral("graphic-properties"));
    w.writeAttribute(styleNs, QStringLiteral("vertical-pos"), QStringLiteral("top"));
    w.writeAttribute(styleNs, QStringLiteral("vertical-rel"), QStringLiteral("baseline"));
    w.writeEndElement();
    w.writeEndElement();
    return xml;
}

} // namespace

Result<QByteArray> renderOdt(const Document &document, DocumentLanguages languages)
{
    const QString language = languageTag(languages);
    const bool frenchDefault = languages != DocumentLanguages::Dutch;

    // The body first, into its own fragment: it tells which tables, badges and pictures the
    // automatic styles before it must declare.
    Collected collected;
    QByteArray body;
    {
        QXmlStreamWriter w(&body);
        Odt::declareNamespaces(w);
        w.writeStartElement(officeNs, QStringLiteral("body"));
        w.writeStartElement(officeNs, QStringLiteral("text"));
        OdtBuilder(w, collected, languages, frenchDefault).body(document.blocks);
        w.writeEndElement();
        w.writeEndElement();
    }
    QByteArray content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    {
        QXmlStreamWriter w(&content);
        Odt::declareNamespaces(w);
        w.writeStartElement(officeNs, QStringLiteral("document-content"));
        w.writeAttribute(officeNs, QStringLiteral("version"), QStringLiteral("1.3"));
        w.writeCharacters(QString()); // closes the start tag, so the fragments follow it
    }
    content += automaticStyles(collected) + body + "</office:document-content>\n";

    const Odt::PageFurniture page{Odt::xmlSafe(resolved(document.runningHeader, languages)),
                                  Odt::xmlSafe(resolved(document.runningDate, languages)),
                                  Odt::xmlSafe(resolved(document.pageNumber, languages))};
    const Odt::DocumentMeta meta{resolved(document.title, languages), resolved(document.subject, languages),
                                 resolved(document.author, languages), language};
    QList<OdfPart> parts{{QStringLiteral("content.xml"), QStringLiteral("text/xml"), content},
                         {QStringLiteral("styles.xml"), QStringLiteral("text/xml"),
                          Odt::stylesXml(page, language.isEmpty() ? QStringLiteral("fr-BE") : language)},
                         {QStringLiteral("meta.xml"), QStringLiteral("text/xml"), Odt::metaXml(meta)}};
    parts += collected.pictures;
    return odfPackage(parts);
}

} // namespace Quorum
