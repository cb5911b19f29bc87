// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/renderers.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Quorum {
namespace {

// Backslash-escapes what Markdown would read as markup, so user text stays text. Every
// ASCII punctuation character may be escaped in CommonMark; these are the ones that mean
// something anywhere in a line (& starts entities, | splits table cells). `startsLine`:
// the text begins a line, where bullets, "1." and indentation mean something too.
QString escapedLine(QString line, bool startsLine)
{
    static const QString specials = u"\\`*_[]<>|#~&"_qs;
    if (startsLine) {
        // Leading spaces would make an indented code block.
        while (!line.isEmpty() && line.front().isSpace())
            line.remove(0, 1);
    }
    QString out;
    out.reserve(line.size() + 8);
    for (const QChar c : line) {
        if (specials.contains(c))
            out += u'\\';
        out += c;
    }
    if (!startsLine)
        return out;
    static const QRegularExpression numbered(u"^(\\d+)([.)])"_qs);
    if (out.startsWith(u'-') || out.startsWith(u'+') || out.startsWith(u'='))
        out.prepend(u'\\');
    else if (const auto match = numbered.match(out); match.hasMatch())
        out.insert(match.capturedEnd(1), u'\\');
    return out;
}

// Several lines of user text: kept as lines (hard breaks) within one paragraph or cell.
QString escaped(const QString &text, const QString &lineBreak, bool startsLine = true)
{
    QStringList lines = text.split(u'\n');
    // A break at the very start or end of a block would show as a stray backslash.
    while (lines.size() > 1 && lines.last().trimmed().isEmpty())
        lines.removeLast();
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i] = escapedLine(lines.at(i), startsLine || i > 0);
    return lines.join(lineBreak);
}

// Emphasis markers must touch the text (CommonMark ignores "* text *"): spaces at either end
// stay outside them.
QString wrapped(const QString &md, const QString &marker)
{
    qsizetype start = 0;
    qsizetype end = md.size();
    while (start < end && md.at(start).isSpace())
        ++start;
    while (end > start && md.at(end - 1).isSpace())
        --end;
    if (start == end)
        return md;
    return md.left(start) + marker + md.mid(start, end - start) + marker + md.mid(end);
}

class MarkdownBuilder
{
public:
    explicit MarkdownBuilder(DocumentLanguages languages) : m_languages(languages) {}

    QString body(const Document &document) { return body(document.blocks); }

    QString body(const QList<Block> &blocks)
    {
        for (const Block &block : blocks)
            std::visit([this](const auto &b) { add(b); }, block);
        return m_out;
    }

private:
    bool both() const { return m_languages == DocumentLanguages::Both; }
    Language single() const { return m_languages == DocumentLanguages::Dutch ? Language::Dutch : Language::French; }

    static QString span(const Span &s, Language language, const QString &lineBreak, bool startsLine)
    {
        QString md = escaped(s.text.in(language), lineBreak, startsLine);
        if (md.isEmpty())
            return md;
        if (s.strong || s.badge.isValid())
            md = wrapped(md, u"**"_qs);
        if (s.emphasis)
            md = wrapped(md, u"*"_qs);
        if (const QString address = followableLink(s.link); !address.isEmpty())
            md = u"["_qs + md + u"](<"_qs + address + u">)"_qs;
        return md;
    }

    static QString line(const Inline &spans, Language language, const QString &lineBreak = u"\\\n"_qs)
    {
        QString md;
        for (const Span &s : spans)
            md += span(s, language, lineBreak, md.isEmpty());
        return md;
    }

    // One line in the rendered languages where there is no room for two blocks.
    QString joined(const Inline &spans, const QString &lineBreak = u"\\\n"_qs) const
    {
        if (!both() || isNeutral(spans))
            return line(spans, single(), lineBreak);
        return line(spans, Language::French, lineBreak) + u" / "_qs + line(spans, Language::Dutch, lineBreak);
    }

    QString label(const DocText &text) const
    {
        if (!both() || text.isNeutral())
            return escaped(text.in(single()), u" "_qs);
        return escaped(text.fr, u" "_qs) + u" · "_qs + escaped(text.nl, u" "_qs);
    }

    // A block once per rendered language.
    template<typename Render>
    void each(bool neutral, Render render)
    {
        if (!both() || neutral) {
            m_out += render(single(), 0);
            return;
        }
        m_out += render(Language::French, 0);
        m_out += render(Language::Dutch, 1);
    }

    void add(const TitleBlock &block)
    {
        m_out += u"# "_qs + joined(block.title, u" "_qs) + u"\n\n"_qs;
        for (const Inline &l : block.lines)
            m_out += joined(l) + u"\\\n"_qs;
        if (!block.lines.isEmpty()) {
            m_out.chop(2);
            m_out += u"\n\n"_qs;
        }
    }

    void add(const Heading &heading)
    {
        m_out += (heading.level <= 1 ? u"## "_qs : u"### "_qs) + joined(heading.text, u" "_qs) + u"\n\n"_qs;
    }

    void add(const Paragraph &paragraph)
    {
        each(isNeutral(paragraph.text), [&](Language language, int) -> QString {
            const QString text = line(paragraph.text, language);
            if (text.isEmpty())
                return QString();
            return (paragraph.muted ? QString(u"*"_qs + text + u"*"_qs) : text) + u"\n\n"_qs;
        });
    }

    void add(const ListBlock &list)
    {
        const bool neutral = std::all_of(list.items.cbegin(), list.items.cend(), [](const Inline &i) { return isNeutral(i); });
        each(neutral, [&](Language language, int pass) -> QString {
            // A different bullet starts a new list, so the Dutch list never merges into the French one.
            QString md;
            int number = 1;
            for (const Inline &item : list.items) {
                const QString marker = list.ordered ? QString::number(number++) + (pass == 0 ? u"."_qs : u")"_qs)
                                                    : (pass == 0 ? u"-"_qs : u"*"_qs);
                md += marker + u" "_qs + line(item, language, u"\\\n   "_qs) + u"\n"_qs;
            }
            return md + u"\n"_qs;
        });
    }

    void add(const Facts &facts)
    {
        for (const auto &[name, value] : facts.rows)
            m_out += u"- **"_qs + label(name) + u":** "_qs + joined(value, u" "_qs) + u"\n"_qs;
        m_out += u"\n"_qs;
    }

    void add(const Table &table)
    {
        const qsizetype columns = std::max<qsizetype>(table.header.size(), table.rows.isEmpty() ? 0 : table.rows.first().cells.size());
        if (columns == 0)
            return;
        auto row = [&](const QList<Inline> &cells) -> QString {
            QString md = u"|"_qs;
            for (qsizetype c = 0; c < columns; ++c)
                md += u" "_qs + (c < cells.size() ? joined(cells.at(c), u"<br>"_qs) : QString()) + u" |"_qs;
            return md + u"\n"_qs;
        };
        m_out += row(table.header);
        m_out += u"|"_qs + QString(u" --- |"_qs).repeated(columns) + u"\n"_qs;
        for (const TableRow &r : table.rows)
            m_out += row(r.cells);
        m_out += u"\n"_qs;
    }

    // Markdown has no pictures of its own here: what the picture says, then its figures. A
    // picture without figures only illustrates the text around it: nothing to write.
    void add(const Image &image)
    {
        if (image.figures.isEmpty())
            return;
        if (!image.alt.isEmpty())
            m_out += u"*"_qs + label(image.alt) + u"*\n\n"_qs;
        if (!image.figures.isEmpty())
            add(ListBlock{image.figures, false});
    }

    void add(const PageBreak &) { m_out += u"---\n\n"_qs; }

    void add(const Columns &columns)
    {
        if (both()) {
            m_out += MarkdownBuilder(DocumentLanguages::French).body(columns.fr);
            m_out += MarkdownBuilder(DocumentLanguages::Dutch).body(columns.nl);
            return;
        }
        const QList<Block> &chosen = single() == Language::Dutch ? (columns.nl.isEmpty() ? columns.fr : columns.nl)
                                                                 : (columns.fr.isEmpty() ? columns.nl : columns.fr);
        m_out += MarkdownBuilder(m_languages).body(chosen);
    }

    DocumentLanguages m_languages;
    QString m_out;
};

} // namespace

QByteArray renderMarkdown(const Document &document, DocumentLanguages languages)
{
    QString md = MarkdownBuilder(languages).body(document);
    while (md.endsWith(u"\n\n"))
        md.chop(1);
    return md.toUtf8();
}

} // namespace Quorum
