// SPDX-License-Identifier: GPL-3.0-or-later
// HTML for two readers: a browser (the exported .html, with CSS columns) and QTextDocument
// (the PDF's layout engine, which knows tables but not CSS grids). One walk over the
// document serves both; only the markup of a few constructs differs.

#include "documents/renderers.h"

#include <QBuffer>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <numeric>

namespace Quorum {
namespace {

enum class Dialect { Web, RichText };

// Everything users typed goes through here: escaped, never interpreted.
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_qs);
}

QString attribute(const QString &text)
{
    // toHtmlEscaped escapes <, >, & and ", which is all a double-quoted attribute needs.
    return text.toHtmlEscaped().replace(u'\n', u' ');
}


const QString webStyle = QStringLiteral(
    "body{font-family:\"DejaVu Sans\",Verdana,Arial,sans-serif;font-size:11pt;line-height:1.45;color:#1a1a1a;"
    "max-width:62em;margin:2em auto;padding:0 1.2em}"
    "h1{font-size:1.7em;margin:0 0 .15em}"
    "h1 .second{display:block;font-size:.75em;color:#555;font-weight:normal}"
    ".lines{color:#333;margin:.2em 0 1em}"
    "h2{font-size:1.25em;color:#1f3a5f;border-bottom:1px solid #c8d3e0;padding-bottom:.15em;margin:1.6em 0 .5em}"
    "h3{font-size:1.05em;margin:1.2em 0 .3em}"
    ".bi{display:grid;grid-template-columns:1fr 1fr;gap:0 2.2em}"
    ".bi>*{margin-top:0}"
    "table{border-collapse:collapse;width:100%;margin:.4em 0 1em}"
    "th,td{border:1px solid #c9c9c9;padding:.3em .5em;text-align:left;vertical-align:top}"
    "thead th{background:#eef2f7}"
    "tr.highlight td{background:#fff4cc}"
    ".second{color:#555;display:block}"
    ".badge{display:inline-block;padding:0 .5em;border-radius:.8em;font-weight:bold;font-size:.9em;white-space:nowrap}"
    "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1.2em;margin:.5em 0 1em}"
    "dl.facts dt{font-weight:bold;color:#444}dl.facts dd{margin:0}"
    ".muted{color:#555;font-size:.92em}"
    "a{color:#1d4ed8}"
    ".figure{margin:.6em 0 1em}.figure img{max-width:100%;height:auto}"
    "hr.page{border:0;border-top:2px solid #c8d3e0;margin:2.5em 0;break-after:page}"
    "@media (max-width:40em){.bi{grid-template-columns:1fr}}"
    "@media print{body{margin:0;max-width:none}a{color:inherit}}");

QString imageResourceName(qsizetype index)
{
    return u"quorum-image:"_qs + QString::number(index);
}

class HtmlBuilder
{
public:
    // With `resources`, pictures are named "quorum-image:N" (N their index there) for the
    // caller to give the QTextDocument, instead of PNG data: URIs.
    HtmlBuilder(Dialect dialect, DocumentLanguages languages, QList<QImage> *resources = nullptr)
        : m_dialect(dialect), m_languages(languages), m_resources(resources)
    {
    }

    QString body(const QList<Block> &blocks)
    {
        if (!both()) {
            for (const Block &block : blocks)
                std::visit([this](const auto &b) { add(b); }, block);
            return m_out;
        }
        for (const BlockRun &run : bilingualRuns(blocks)) {
            if (run.columns)
                addRun(blocks.mid(run.begin, run.end - run.begin));
            else
                std::visit([this](const auto &b) { add(b); }, blocks.at(run.begin));
        }
        return m_out;
    }

private:
    // QTextDocument takes font sizes in points but other lengths only in CSS pixels (1/96
    // inch, scaled to the device it lays out on): spacing is written in points here.
    static constexpr double pxPerPoint = 96.0 / 72.0;
    static QString px(double points) { return QString::number(qRound(points * pxPerPoint)) + u"px"_qs; }

    void addRun(const QList<Block> &run)
    {
        if (std::all_of(run.cbegin(), run.cend(), [](const Block &b) { return isNeutral(b); })) {
            HtmlBuilder once(m_dialect, DocumentLanguages::French, m_resources);
            m_out += once.body(run);
            return;
        }
        const QString fr = HtmlBuilder(m_dialect, DocumentLanguages::French, m_resources).body(run);
        const QString nl = HtmlBuilder(m_dialect, DocumentLanguages::Dutch, m_resources).body(run);
        if (m_dialect == Dialect::Web) {
            m_out += u"<div class=\"bi\"><div lang=\"fr\">"_qs + fr + u"</div><div lang=\"nl\">"_qs + nl + u"</div></div>\n"_qs;
            return;
        }
        // A section starts with the space its heading would have had outside the table.
        double above = 0;
        if (const auto *heading = std::get_if<Heading>(&run.first()))
            above = heading->level <= 1 ? 10 : 6;
        m_out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:"_qs + px(above)
                 + u"\"><tr><td width=\"48%\">"_qs + fr
                 + u"</td><td width=\"4%\"></td><td width=\"48%\">"_qs + nl + u"</td></tr></table>\n"_qs;
    }

    bool both() const { return m_languages == DocumentLanguages::Both; }
    Language single() const { return m_languages == DocumentLanguages::Dutch ? Language::Dutch : Language::French; }
    static QString lang(Language language) { return language == Language::Dutch ? u"nl"_qs : u"fr"_qs; }

    QString span(const Span &s, Language language) const
    {
        const QString content = s.text.in(language);
        QString html = escaped(content);
        if (html.isEmpty())
            return html;
        if (s.badge.isValid()) {
            const QString colours = u"background-color:"_qs + s.badge.name() + u";color:"_qs + inkOn(s.badge).name();
            if (m_dialect == Dialect::Web)
                html = u"<span class=\"badge\" style=\""_qs + colours + u"\">"_qs + html + u"</span>"_qs;
            else
                html = u"<span style=\""_qs + colours + u";font-weight:bold;font-size:9pt\">&nbsp;"_qs + html + u"&nbsp;</span>"_qs;
        } else if (s.strong) {
            html = u"<b>"_qs + html + u"</b>"_qs;
        }
        if (s.emphasis)
            html = u"<i>"_qs + html + u"</i>"_qs;
        if (const QString address = followableLink(s.link); !address.isEmpty())
            html = u"<a href=\""_qs + attribute(address) + u"\">"_qs + html + u"</a>"_qs;
        return html;
    }

    QString line(const Inline &spans, Language language) const
    {
        QString html;
        for (const Span &s : spans)
            html += span(s, language);
        return html;
    }

    // One line in the rendered languages, for places without room for columns (table
    // cells, fact values): French, then Dutch under it in a quieter colour.
    QString stacked(const Inline &spans) const
    {
        if (!both() || isNeutral(spans))
            return line(spans, single());
        const QString second = line(spans, Language::Dutch);
        if (m_dialect == Dialect::Web)
            return line(spans, Language::French) + u"<span class=\"second\" lang=\"nl\">"_qs + second + u"</span>"_qs;
        return line(spans, Language::French) + u"<br><span style=\"color:#555555\">"_qs + second + u"</span>"_qs;
    }


    void add(const TitleBlock &block)
    {
        if (m_dialect == Dialect::Web) {
            if (both() && !isNeutral(block.title))
                m_out += u"<h1>"_qs + line(block.title, Language::French) + u"<span class=\"second\" lang=\"nl\">"_qs
                         + line(block.title, Language::Dutch) + u"</span></h1>\n"_qs;
            else
                m_out += u"<h1>"_qs + line(block.title, single()) + u"</h1>\n"_qs;
            if (!block.lines.isEmpty()) {
                m_out += u"<div class=\"lines\">"_qs;
                for (const Inline &l : block.lines)
                    m_out += u"<div>"_qs + stacked(l) + u"</div>"_qs;
                m_out += u"</div>\n"_qs;
            }
            return;
        }
        m_out += u"<p style=\"font-size:18pt;font-weight:bold;margin-top:0;margin-bottom:"_qs + px(2) + u"\">"_qs
                 + line(block.title, both() ? Language::French : single());
        if (both() && !isNeutral(block.title))
            m_out += u"<br><span style=\"font-size:13pt;font-weight:normal;color:#555555\">"_qs + line(block.title, Language::Dutch)
                     + u"</span>"_qs;
        m_out += u"</p>\n"_qs;
        for (const Inline &l : block.lines)
            m_out += u"<p style=\"font-size:11pt;color:#333333;margin-top:0;margin-bottom:"_qs + px(1) + u"\">"_qs + stacked(l)
                     + u"</p>\n"_qs;
    }

    void add(const Heading &heading)
    {
        const bool top = heading.level <= 1;
        const QString tag = top ? u"h2"_qs : u"h3"_qs;
        QString style;
        if (m_dialect == Dialect::RichText)
            style = top ? u" style=\"font-size:13pt;font-weight:bold;color:#1f3a5f;margin-top:"_qs + px(14) + u";margin-bottom:"_qs
                              + px(5) + u"\""_qs
                        : u" style=\"font-size:10.5pt;font-weight:bold;margin-top:"_qs + px(9) + u";margin-bottom:"_qs + px(3)
                              + u"\""_qs;
        m_out += u"<"_qs + tag + style + u">"_qs + stacked(heading.text) + u"</"_qs + tag + u">\n"_qs;
    }

    void add(const Paragraph &paragraph)
    {
        QString attributes;
        if (m_dialect == Dialect::Web)
            attributes = paragraph.muted ? u" class=\"muted\""_qs : QString();
        else
            attributes = paragraph.muted ? u" style=\"font-size:8.5pt;color:#555555;margin-top:0;margin-bottom:"_qs + px(6) + u"\""_qs
                                         : u" style=\"margin-top:0;margin-bottom:"_qs + px(6) + u"\""_qs;
        m_out += u"<p"_qs + attributes + u">"_qs + stacked(paragraph.text) + u"</p>\n"_qs;
    }

    void add(const ListBlock &list)
    {
        const QString tag = list.ordered ? u"ol"_qs : u"ul"_qs;
        m_out += u"<"_qs + tag
                 + (m_dialect == Dialect::RichText ? u" style=\"margin-top:0;margin-bottom:"_qs + px(6) + u"\""_qs : QString())
                 + u">"_qs;
        for (const Inline &item : list.items)
            m_out += (m_dialect == Dialect::RichText ? u"<li style=\"margin-bottom:"_qs + px(3) + u"\">"_qs : u"<li>"_qs)
                     + stacked(item) + u"</li>"_qs;
        m_out += u"</"_qs + tag + u">\n"_qs;
    }

    QString label(const DocText &text) const
    {
        if (!both() || text.isNeutral())
            return escaped(text.in(single()));
        return escaped(text.fr) + u" · "_qs + escaped(text.nl);
    }

    void add(const Facts &facts)
    {
        if (m_dialect == Dialect::Web) {
            m_out += u"<dl class=\"facts\">"_qs;
            for (const auto &[name, value] : facts.rows)
                m_out += u"<dt>"_qs + label(name) + u"</dt><dd>"_qs + stacked(value) + u"</dd>"_qs;
            m_out += u"</dl>\n"_qs;
            return;
        }
        m_out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\""_qs + QString::number(qRound(1.5 * pxPerPoint))
                 + u"\" style=\"margin-top:"_qs + px(3) + u";margin-bottom:"_qs + px(6) + u"\">"_qs;
        for (const auto &[name, value] : facts.rows)
            m_out += u"<tr><td width=\"%1%\" style=\"color:#444444;font-weight:bold\">"_qs.arg(Facts::labelPercent) + label(name)
                     + u"</td><td width=\"%1%\">"_qs.arg(100 - Facts::labelPercent) + stacked(value) + u"</td></tr>"_qs;
        m_out += u"</table>\n"_qs;
    }

    void add(const Table &table)
    {
        const int total = std::accumulate(table.widths.cbegin(), table.widths.cend(), 0);
        auto width = [&](qsizetype column) -> QString {
            if (total <= 0 || column >= table.widths.size())
                return {};
            return u" width=\""_qs + QString::number(100 * table.widths.at(column) / total) + u"%\""_qs;
        };
        if (m_dialect == Dialect::Web)
            m_out += u"<table>"_qs;
        else
            m_out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\""_qs + QString::number(qRound(3 * pxPerPoint))
                     + u"\" border=\""_qs + QString::number(qMax(1, qRound(0.5 * pxPerPoint)))
                     + u"\" style=\"border-collapse:collapse;border-color:#b0b0b0;margin-top:"_qs + px(2) + u";margin-bottom:"_qs
                     + px(4) + u"\">"_qs;
        if (!table.header.isEmpty()) {
            m_out += m_dialect == Dialect::Web ? u"<thead><tr>"_qs : u"<thead><tr bgcolor=\"#e8edf4\">"_qs;
            for (qsizetype c = 0; c < table.header.size(); ++c)
                m_out += u"<th"_qs + width(c) + (m_dialect == Dialect::RichText ? u" align=\"left\""_qs : QString()) + u">"_qs
                         + stacked(table.header.at(c)) + u"</th>"_qs;
            m_out += u"</tr></thead>"_qs;
        }
        m_out += u"<tbody>"_qs;
        for (const TableRow &row : table.rows) {
            if (!row.highlighted)
                m_out += u"<tr>"_qs;
            else
                m_out += m_dialect == Dialect::Web ? u"<tr class=\"highlight\">"_qs : u"<tr bgcolor=\"#fff4cc\">"_qs;
            for (qsizetype c = 0; c < row.cells.size(); ++c)
                m_out += u"<td"_qs + (table.header.isEmpty() ? width(c) : QString()) + u">"_qs + stacked(row.cells.at(c))
                         + u"</td>"_qs;
            m_out += u"</tr>"_qs;
        }
        m_out += u"</tbody></table>\n"_qs;
    }

    // A picture as a data: URI, so the HTML file stays one self-contained file and
    // QTextDocument (PDF, ODT) loads it without any resource of its own.
    static QString dataUri(const QImage &image)
    {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return u"data:image/png;base64,"_qs + QString::fromLatin1(png.toBase64());
    }

    QString source(const QImage &image)
    {
        if (!m_resources)
            return dataUri(image);
        m_resources->append(image);
        return imageResourceName(m_resources->size() - 1);
    }

    void add(const Image &image)
    {
        if (image.image.isNull())
            return;
        // The width in CSS pixels of the share of a 170 mm column; the height follows.
        const double share = std::clamp(image.widthShare, 0.1, 1.0);
        const int width = qRound(share * 170 / 25.4 * 96);
        const int height = qRound(double(width) * image.image.height() / qMax(1, image.image.width()));
        const QString alt = attribute(both() ? resolved(image.alt, DocumentLanguages::Both) : image.alt.in(single()));
        if (m_dialect == Dialect::Web) {
            m_out += u"<p class=\"figure\"><img src=\""_qs + dataUri(image.image) + u"\" alt=\""_qs + alt + u"\" width=\""_qs
                     + QString::number(width) + u"\" height=\""_qs + QString::number(height) + u"\"></p>\n"_qs;
            return;
        }
        m_out += u"<p style=\"margin-top:"_qs + px(4) + u";margin-bottom:"_qs + px(8) + u"\"><img src=\""_qs + source(image.image)
                 + u"\" alt=\""_qs + alt + u"\" width=\""_qs + QString::number(width) + u"\" height=\""_qs + QString::number(height)
                 + u"\"></p>\n"_qs;
    }

    void add(const PageBreak &)
    {
        if (m_dialect == Dialect::Web)
            m_out += u"<hr class=\"page\">\n"_qs;
        else
            m_out += u"<p style=\"page-break-after:always;margin-top:0;margin-bottom:0;font-size:1pt\"></p>\n"_qs;
    }

    void add(const Columns &columns)
    {
        if (!both()) {
            const QList<Block> &chosen = single() == Language::Dutch ? (columns.nl.isEmpty() ? columns.fr : columns.nl)
                                                                     : (columns.fr.isEmpty() ? columns.nl : columns.fr);
            m_out += HtmlBuilder(m_dialect, m_languages, m_resources).body(chosen);
            return;
        }
        const QString fr = HtmlBuilder(m_dialect, DocumentLanguages::French, m_resources).body(columns.fr);
        const QString nl = HtmlBuilder(m_dialect, DocumentLanguages::Dutch, m_resources).body(columns.nl);
        if (m_dialect == Dialect::Web) {
            m_out += u"<div class=\"bi\"><div lang=\"fr\">"_qs + fr + u"</div><div lang=\"nl\">"_qs + nl + u"</div></div>\n"_qs;
            return;
        }
        m_out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:"_qs + px(4)
                 + u"\"><tr><td width=\"48%\">"_qs + fr + u"</td><td width=\"4%\"></td><td width=\"48%\">"_qs + nl
                 + u"</td></tr></table>\n"_qs;
    }

    Dialect m_dialect;
    DocumentLanguages m_languages;
    QList<QImage> *m_resources;
    QString m_out;
};

} // namespace

QByteArray renderHtml(const Document &document, DocumentLanguages languages)
{
    QString tag = languageTag(languages);
    if (tag.isEmpty())
        tag = u"fr-BE"_qs; // both: French first, the Dutch parts carry lang="nl"
    QString html = u"<!DOCTYPE html>\n<html lang=\""_qs + tag + u"\">\n<head>\n<meta charset=\"utf-8\">\n"_qs
                   + u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_qs
                   + u"<title>"_qs + escaped(resolved(document.title, languages)) + u"</title>\n"_qs;
    if (!document.author.isEmpty())
        html += u"<meta name=\"author\" content=\""_qs + attribute(resolved(document.author, languages)) + u"\">\n"_qs;
    if (!document.subject.isEmpty())
        html += u"<meta name=\"description\" content=\""_qs + attribute(resolved(document.subject, languages)) + u"\">\n"_qs;
    html += u"<meta name=\"generator\" content=\"Quorum "_qs + QStringLiteral(QUORUM_VERSION) + u"\">\n"_qs;
    html += u"<style>"_qs + webStyle + u"</style>\n</head>\n<body>\n"_qs;
    html += HtmlBuilder(Dialect::Web, languages).body(document.blocks);
    html += u"</body>\n</html>\n"_qs;
    return html.toUtf8();
}

void setRichText(QTextDocument &text, const Document &document, DocumentLanguages languages)
{
    QList<QImage> images;
    const QString html = u"<html><body>"_qs + HtmlBuilder(Dialect::RichText, languages, &images).body(document.blocks)
                         + u"</body></html>"_qs;
    for (qsizetype i = 0; i < images.size(); ++i)
        text.addResource(QTextDocument::ImageResource, QUrl(imageResourceName(i)), images.at(i));
    text.setHtml(html);
}

QString richTextHtml(const Document &document, DocumentLanguages languages)
{
    return u"<html><body>"_qs + HtmlBuilder(Dialect::RichText, languages).body(document.blocks)
           + u"</body></html>"_qs;
}

} // namespace Quorum
