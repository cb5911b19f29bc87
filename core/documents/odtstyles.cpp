// SPDX-License-Identifier: GPL-3.0-or-later
// styles.xml and meta.xml of Quorum's ODT: named styles a secretary finds in LibreOffice's and
// Word's style lists (Heading 1, Text Body, Table Contents…), so an edit keeps the look of
// the PDF; an A4 page with the same margins as the PDF, its running header and "page X of Y".

#include "documents/odtwriting.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <functional>

namespace Quorum::Odt {

namespace {


struct ParagraphStyle
{
    const char *name;
    const char *display;
    const char *parent;
    double points;       // 0: inherited
    bool bold;
    const char *colour;  // empty: inherited
    double above, below; // points
    int outline = 0;     // heading level
};

// The same sizes, weights, colours and spacing as the PDF's rich text (htmlrenderer.cpp).
const ParagraphStyle paragraphStyles[] = {
    {"Standard", "Default Paragraph Style", "", 10, false, "", 0, 0},
    {"Text_20_body", "Text Body", "Standard", 0, false, "", 0, 6},
    {"Quorum_20_Muted", "Quorum Muted", "Text_20_body", 8.5, false, "#555555", 0, 6},
    {"Title", "Title", "Standard", 18, true, "", 0, 2},
    {"Subtitle", "Subtitle", "Standard", 13, false, "#555555", 0, 4},
    {"Quorum_20_Title_20_Line", "Quorum Title Line", "Standard", 11, false, "#333333", 0, 1},
    {"Heading_20_1", "Heading 1", "Standard", 13, true, "#1f3a5f", 14, 5, 1},
    {"Heading_20_2", "Heading 2", "Standard", 10.5, true, "", 9, 3, 2},
    {"List_20_Contents", "List Contents", "Standard", 0, false, "", 0, 3},
    {"Table_20_Contents", "Table Contents", "Standard", 0, false, "", 0, 0},
    {"Table_20_Heading", "Table Heading", "Table_20_Contents", 0, true, "", 0, 0},
    {"Quorum_20_Fact_20_Label", "Quorum Fact Label", "Table_20_Contents", 0, true, "#444444", 0, 0},
    {"Quorum_20_Figure", "Quorum Figure", "Standard", 0, false, "", 4, 8},
    {"Header", "Header", "Standard", 8, false, "#555555", 0, 0},
    {"Footer", "Footer", "Standard", 8, false, "#555555", 0, 0},
};

QString pt(double points) { return QString::number(points, 'f', 1) + u"pt"_qs; }

void writeLanguage(QXmlStreamWriter &w, const QString &tag)
{
    const QStringList parts = tag.split(u'-');
    w.writeAttribute(foNs, QStringLiteral("language"), parts.value(0));
    w.writeAttribute(foNs, QStringLiteral("country"), parts.value(1, QStringLiteral("BE")));
}

void writeParagraphStyles(QXmlStreamWriter &w, const QString &defaultLanguage)
{
    w.writeStartElement(styleNs, QStringLiteral("default-style"));
    w.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
    w.writeAttribute(styleNs, QStringLiteral("font-name"), QStringLiteral("DejaVu Sans"));
    w.writeAttribute(foNs, QStringLiteral("font-size"), pt(10));
    writeLanguage(w, defaultLanguage);
    w.writeEndElement();

    for (const ParagraphStyle &s : paragraphStyles) {
        w.writeStartElement(styleNs, QStringLiteral("style"));
        w.writeAttribute(styleNs, QStringLiteral("name"), QString::fromLatin1(s.name));
        w.writeAttribute(styleNs, QStringLiteral("display-name"), QString::fromLatin1(s.display));
        w.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
        if (*s.parent)
            w.writeAttribute(styleNs, QStringLiteral("parent-style-name"), QString::fromLatin1(s.parent));
        if (s.outline > 0) {
            w.writeAttribute(styleNs, QStringLiteral("default-outline-level"), QString::number(s.outline));
            w.writeAttribute(styleNs, QStringLiteral("class"), QStringLiteral("text"));
        }
        const bool band = QLatin1String(s.name) == QLatin1String("Header") || QLatin1String(s.name) == QLatin1String("Footer");
        w.writeStartElement(styleNs, QStringLiteral("paragraph-properties"));
        w.writeAttribute(foNs, QStringLiteral("margin-top"), pt(s.above));
        w.writeAttribute(foNs, QStringLiteral("margin-bottom"), pt(s.below));
        if (s.outline > 0)
            w.writeAttribute(foNs, QStringLiteral("keep-with-next"), QStringLiteral("always"));
        if (QLatin1String(s.name) == QLatin1String("Footer"))
            w.writeAttribute(foNs, QStringLiteral("text-align"), QStringLiteral("center"));
        if (band) {
            // The running header: its title on the left, the date on a right tab stop at the
            // right margin.
            w.writeStartElement(styleNs, QStringLiteral("tab-stops"));
            w.writeEmptyElement(styleNs, QStringLiteral("tab-stop"));
            w.writeAttribute(styleNs, QStringLiteral("position"), QStringLiteral("17cm"));
            w.writeAttribute(styleNs, QStringLiteral("type"), QStringLiteral("right"));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
        if (s.points > 0)
            w.writeAttribute(foNs, QStringLiteral("font-size"), pt(s.points));
        if (s.bold)
            w.writeAttribute(foNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
        if (*s.colour)
            w.writeAttribute(foNs, QStringLiteral("color"), QString::fromLatin1(s.colour));
        w.writeEndElement();
    }
}

void writeTextStyle(QXmlStreamWriter &w, const QString &name, const QString &display,
                    const std::function<void()> &properties)
{
    w.writeStartElement(styleNs, QStringLiteral("style"));
    w.writeAttribute(styleNs, QStringLiteral("name"), name);
    w.writeAttribute(styleNs, QStringLiteral("display-name"), display);
    w.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("text"));
    w.writeStartElement(styleNs, QStringLiteral("text-properties"));
    properties();
    w.writeEndElement();
    w.writeEndElement();
}

void writeListStyle(QXmlStreamWriter &w, const QString &name, bool ordered)
{
    w.writeStartElement(textNs, QStringLiteral("list-style"));
    w.writeAttribute(styleNs, QStringLiteral("name"), name);
    w.writeStartElement(textNs, ordered ? QStringLiteral("list-level-style-number") : QStringLiteral("list-level-style-bullet"));
    w.writeAttribute(textNs, QStringLiteral("level"), QStringLiteral("1"));
    if (ordered) {
        w.writeAttribute(styleNs, QStringLiteral("num-format"), QStringLiteral("1"));
        w.writeAttribute(styleNs, QStringLiteral("num-suffix"), QStringLiteral("."));
    } else {
        w.writeAttribute(textNs, QStringLiteral("bullet-char"), QStringLiteral("•"));
    }
    w.writeStartElement(styleNs, QStringLiteral("list-level-properties"));
    w.writeAttribute(textNs, QStringLiteral("list-level-position-and-space-mode"), QStringLiteral("label-alignment"));
    w.writeEmptyElement(styleNs, QStringLiteral("list-level-label-alignment"));
    w.writeAttribute(textNs, QStringLiteral("label-followed-by"), QStringLiteral("listtab"));
    w.writeAttribute(textNs, QStringLiteral("list-tab-stop-position"), QStringLiteral("0.6cm"));
    w.writeAttribute(foNs, QStringLiteral("text-indent"), QStringLiteral("-0.4cm"));
    w.writeAttribute(foNs, QStringLiteral("margin-left"), QStringLiteral("0.6cm"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
}

} // namespace

QString xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed = u == u'\t' || u == u'\n' || (u >= 0x20 && !c.isSurrogate() && u != 0xfffe && u != 0xffff);
        if (allowed)
            safe += c;
    }
    return safe;
}

void writeText(QXmlStreamWriter &w, const QString &text)
{
    const QString safe = xmlSafe(text);
    QString pending;
    auto flush = [&] {
        if (!pending.isEmpty())
            w.writeCharacters(pending);
        pending.clear();
    };
    for (qsizetype i = 0; i < safe.size(); ++i) {
        const QChar c = safe.at(i);
        if (c == u'\n') {
            flush();
            w.writeEmptyElement(textNs, QStringLiteral("line-break"));
        } else if (c == u'\t') {
            flush();
            w.writeEmptyElement(textNs, QStringLiteral("tab"));
        } else if (c == u' ' && (i == 0 || safe.at(i - 1) == u' ' || i + 1 == safe.size())) {
            // A space that ODF would collapse (leading, trailing or after another) is written
            // as a space element, as LibreOffice does.
            qsizetype run = 1;
            while (i + run < safe.size() && safe.at(i + run) == u' ')
                ++run;
            flush();
            w.writeEmptyElement(textNs, QStringLiteral("s"));
            if (run > 1)
                w.writeAttribute(textNs, QStringLiteral("c"), QString::number(run));
            i += run - 1;
        } else {
            pending += c;
        }
    }
    flush();
}

void declareNamespaces(QXmlStreamWriter &w)
{
    const std::pair<const QString &, const char *> prefixes[] = {
        {officeNs, "office"}, {styleNs, "style"}, {textNs, "text"}, {tableNs, "table"}, {drawNs, "draw"},
        {foNs, "fo"},         {svgNs, "svg"},     {metaNs, "meta"}, {dcNs, "dc"},       {xlinkNs, "xlink"}};
    for (const auto &[uri, prefix] : prefixes)
        w.writeNamespace(uri, QString::fromLatin1(prefix));
}

QByteArray stylesXml(const PageFurniture &page, const QString &defaultLanguage)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    declareNamespaces(w);
    w.writeStartElement(officeNs, QStringLiteral("document-styles"));
    w.writeAttribute(officeNs, QStringLiteral("version"), QStringLiteral("1.3"));

    w.writeStartElement(officeNs, QStringLiteral("font-face-decls"));
    w.writeEmptyElement(styleNs, QStringLiteral("font-face"));
    w.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("DejaVu Sans"));
    w.writeAttribute(svgNs, QStringLiteral("font-family"), QStringLiteral("'DejaVu Sans'"));
    w.writeAttribute(styleNs, QStringLiteral("font-family-generic"), QStringLiteral("swiss"));
    w.writeEndElement();

    w.writeStartElement(officeNs, QStringLiteral("styles"));
    writeParagraphStyles(w, defaultLanguage);
    writeTextStyle(w, QStringLiteral("Strong_20_Emphasis"), QStringLiteral("Strong Emphasis"),
                   [&] { w.writeAttribute(foNs, QStringLiteral("font-weight"), QStringLiteral("bold")); });
    writeTextStyle(w, QStringLiteral("Emphasis"), QStringLiteral("Emphasis"),
                   [&] { w.writeAttribute(foNs, QStringLiteral("font-style"), QStringLiteral("italic")); });
    // The second language under the first, where there is no room for columns.
    writeTextStyle(w, QStringLiteral("Quorum_20_Second_20_Language"), QStringLiteral("Quorum Second Language"), [&] {
        w.writeAttribute(foNs, QStringLiteral("color"), QStringLiteral("#555555"));
        writeLanguage(w, QStringLiteral("nl-BE"));
    });
    // Dutch text inside a French default, so spelling is checked in the right language.
    writeTextStyle(w, QStringLiteral("Quorum_20_Dutch"), QStringLiteral("Quorum Dutch"),
                   [&] { writeLanguage(w, QStringLiteral("nl-BE")); });
    writeTextStyle(w, QStringLiteral("Internet_20_link"), QStringLiteral("Internet Link"), [&] {
        w.writeAttribute(foNs, QStringLiteral("color"), QStringLiteral("#1f3a8f"));
        w.writeAttribute(styleNs, QStringLiteral("text-underline-style"), QStringLiteral("solid"));
        w.writeAttribute(styleNs, QStringLiteral("text-underline-width"), QStringLiteral("auto"));
        w.writeAttribute(styleNs, QStringLiteral("text-underline-color"), QStringLiteral("font-color"));
    });
    writeListStyle(w, QStringLiteral("Quorum_20_Bullets"), false);
    writeListStyle(w, QStringLiteral("Quorum_20_Numbers"), true);
    w.writeEndElement(); // styles

    w.writeStartElement(officeNs, QStringLiteral("automatic-styles"));
    w.writeStartElement(styleNs, QStringLiteral("page-layout"));
    w.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("A4"));
    // The PDF's A4 margins (pdfrenderer.cpp): 20 mm each side; its header and footer bands
    // are here the page's header and footer.
    w.writeEmptyElement(styleNs, QStringLiteral("page-layout-properties"));
    w.writeAttribute(foNs, QStringLiteral("page-width"), QStringLiteral("21cm"));
    w.writeAttribute(foNs, QStringLiteral("page-height"), QStringLiteral("29.7cm"));
    w.writeAttribute(styleNs, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    w.writeAttribute(foNs, QStringLiteral("margin-left"), QStringLiteral("2cm"));
    w.writeAttribute(foNs, QStringLiteral("margin-right"), QStringLiteral("2cm"));
    w.writeAttribute(foNs, QStringLiteral("margin-top"), QStringLiteral("1.2cm"));
    w.writeAttribute(foNs, QStringLiteral("margin-bottom"), QStringLiteral("1.2cm"));
    for (const QString &band : {QStringLiteral("header-style"), QStringLiteral("footer-style")}) {
        w.writeStartElement(styleNs, band);
        w.writeEmptyElement(styleNs, QStringLiteral("header-footer-properties"));
        w.writeAttribute(foNs, QStringLiteral("min-height"), QStringLiteral("0.6cm"));
        w.writeAttribute(foNs, band == u"header-style" ? QStringLiteral("margin-bottom") : QStringLiteral("margin-top"),
                         QStringLiteral("0.5cm"));
        w.writeEndElement();
    }
    w.writeEndElement(); // page-layout
    w.writeEndElement(); // automatic-styles

    w.writeStartElement(officeNs, QStringLiteral("master-styles"));
    w.writeStartElement(styleNs, QStringLiteral("master-page"));
    w.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    w.writeAttribute(styleNs, QStringLiteral("page-layout-name"), QStringLiteral("A4"));
    if (!page.header.isEmpty() || !page.date.isEmpty()) {
        w.writeStartElement(styleNs, QStringLiteral("header"));
        w.writeStartElement(textNs, QStringLiteral("p"));
        w.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Header"));
        writeText(w, page.header);
        w.writeEmptyElement(textNs, QStringLiteral("tab"));
        writeText(w, page.date);
        w.writeEndElement();
        w.writeEndElement();
    }
    // "page %1 of %2": the numbers are LibreOffice's and Word's own fields, counted as they lay out.
    w.writeStartElement(styleNs, QStringLiteral("footer"));
    w.writeStartElement(textNs, QStringLiteral("p"));
    w.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Footer"));
    QString format = page.pageNumber;
    if (!format.contains(u"%1") || !format.contains(u"%2"))
        format = QStringLiteral("%1 / %2");
    // With both languages the format holds each number twice ("page %1 sur %2 / pagina %1 van %2").
    static const QRegularExpression number(QStringLiteral("%[12]"));
    qsizetype done = 0;
    for (auto match = number.globalMatch(format); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        writeText(w, format.mid(done, found.capturedStart() - done));
        const bool current = found.captured() == u"%1";
        w.writeStartElement(textNs, current ? QStringLiteral("page-number") : QStringLiteral("page-count"));
        if (current)
            w.writeAttribute(textNs, QStringLiteral("select-page"), QStringLiteral("current"));
        w.writeCharacters(QStringLiteral("1"));
        w.writeEndElement();
        done = found.capturedEnd();
    }
    writeText(w, format.mid(done));
    w.writeEndElement();
    w.writeEndElement(); // footer
    w.writeEndElement(); // master-page
    w.writeEndElement(); // master-styles

    w.writeEndElement(); // document-styles
    w.writeEndDocument();
    return xml;
}

QByteArray metaXml(const DocumentMeta &meta)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    declareNamespaces(w);
    w.writeStartElement(officeNs, QStringLiteral("document-meta"));
    w.writeAttribute(officeNs, QStringLiteral("version"), QStringLiteral("1.3"));
    w.writeStartElement(officeNs, QStringLiteral("meta"));
    w.writeTextElement(metaNs, QStringLiteral("generator"), QStringLiteral("Quorum/") + QStringLiteral(QUORUM_VERSION));
    w.writeTextElement(dcNs, QStringLiteral("title"), xmlSafe(meta.title));
    if (!meta.subject.isEmpty())
        w.writeTextElement(dcNs, QStringLiteral("subject"), xmlSafe(meta.subject));
    if (!meta.author.isEmpty())
        w.writeTextElement(metaNs, QStringLiteral("initial-creator"), xmlSafe(meta.author));
    if (!meta.language.isEmpty())
        w.writeTextElement(dcNs, QStringLiteral("language"), meta.language);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace Quorum::Odt
