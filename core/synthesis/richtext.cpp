// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthesis/richtext.h"

#include "text/cleantext.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>
#include <QUrl>

namespace Quorum {
namespace {

// One run of text with the formatting the subset keeps.
struct Run
{
    QString text; // line breaks as '\n'
    bool strong = false;
    bool emphasis = false;
    QString link; // safe, or empty

    bool sameFormat(const Run &other) const { return strong == other.strong && emphasis == other.emphasis && link == other.link; }
    bool operator==(const Run &other) const { return text == other.text && sameFormat(other); }
};

// One paragraph or list item.
struct Para
{
    QList<Run> runs;
    int list = 0; // 0: a paragraph; otherwise an id shared by the items of one list
    bool ordered = false;
};

// Spaces at either end of a paragraph and runs of spaces are not kept by HTML: normalised
// here so a second pass finds nothing to change. Repeated until nothing changes: dropping a
// run that became empty brings two runs together, which may then merge or meet at a space
// ("> <a><b>\x02\v</a><br>l" left a space before the break; found by fuzz_richtext).
void normaliseRuns(QList<Run> &runs)
{
    static const QRegularExpression spaces(u"[ ]{2,}"_qs);
    static const QRegularExpression spaceAroundBreak(u" *\n *"_qs);
    for (bool changed = true; changed;) {
        const QList<Run> before = runs;
        for (Run &run : runs) {
            run.text.replace(spaces, u" "_qs);
            run.text.replace(spaceAroundBreak, u"\n"_qs);
        }
        for (qsizetype i = 1; i < runs.size(); ++i) {
            // " a" after "b " would make two spaces across runs.
            if ((runs.at(i - 1).text.endsWith(u' ') || runs.at(i - 1).text.endsWith(u'\n')) && runs.at(i).text.startsWith(u' '))
                runs[i].text.remove(0, 1);
            if (runs.at(i - 1).text.endsWith(u' ') && runs.at(i).text.startsWith(u'\n'))
                runs[i - 1].text.chop(1);
        }
        while (!runs.isEmpty()) {
            QString &first = runs.first().text;
            while (!first.isEmpty() && (first.front() == u' ' || first.front() == u'\n'))
                first.remove(0, 1);
            if (!first.isEmpty())
                break;
            runs.removeFirst();
        }
        while (!runs.isEmpty()) {
            QString &last = runs.last().text;
            while (!last.isEmpty() && (last.back() == u' ' || last.back() == u'\n'))
                last.chop(1);
            if (!last.isEmpty())
                break;
            runs.removeLast();
        }
        runs.removeIf([](const Run &run) { return run.text.isEmpty(); });
        // Neighbours with the same formatting are one run, as the parser would make them.
        for (qsizetype i = 1; i < runs.size();) {
            if (runs.at(i - 1).sameFormat(runs.at(i))) {
                runs[i - 1].text += runs.at(i).text;
                runs.removeAt(i);
            } else {
                ++i;
            }
        }
        changed = runs != before;
    }
}

QList<Para> parse(const QString &html)
{
    QTextDocument document;
    document.setHtml(cleanText(html));
    QList<Para> paras;
    QHash<const QTextList *, int> listIds;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        Para para;
        if (const QTextList *list = block.textList()) {
            // Nested lists are flattened into the list they are in: the subset has one level.
            int id = listIds.value(list, 0);
            if (id == 0) {
                const bool continues = !paras.isEmpty() && paras.last().list != 0 && list->format().indent() > 1;
                id = continues ? paras.last().list : int(listIds.size()) + 1;
                listIds.insert(list, id);
            }
            para.list = id;
            const QTextListFormat::Style style = list->format().style();
            para.ordered = style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
                           || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
                           || style == QTextListFormat::ListUpperRoman;
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat())
                continue; // no pictures in the subset
            Run run;
            run.text = fragment.text();
            run.text.replace(QChar::LineSeparator, u'\n');
            run.text.replace(QChar::ObjectReplacementCharacter, QString());
            // Whitespace the HTML parser collapses outside <pre> (tab, vertical tab, form
            // feed, Unicode spaces except the no-break space) becomes a plain space, and other
            // control characters go: kept as they were, a second pass would read them
            // differently ("<pre>\v" gave "<p>\v</p>", then nothing; found by fuzz_richtext).
            for (QChar &c : run.text)
                if (c != u'\n' && c != QChar::Nbsp && c.isSpace())
                    c = u' ';
            run.text.removeIf([](QChar c) { return c != u'\n' && c.category() == QChar::Other_Control; });
            // Again after parsing: an entity (&#27;) decodes to the control it names.
            run.text = cleanText(run.text);
            run.strong = format.fontWeight() >= QFont::DemiBold;
            run.emphasis = format.fontItalic();
            if (format.isAnchor() && isSafeLink(format.anchorHref()))
                run.link = QString::fromUtf8(QUrl(format.anchorHref().trimmed(), QUrl::StrictMode).toEncoded());
            if (run.text.isEmpty())
                continue;
            // Neighbours with the same formatting are one run: the serialised form is then
            // the same however the parser split them.
            if (!para.runs.isEmpty() && para.runs.last().sameFormat(run))
                para.runs.last().text += run.text;
            else
                para.runs.append(run);
        }
        normaliseRuns(para.runs);
        if (!para.runs.isEmpty())
            paras.append(para);
    }
    return paras;
}

QString serialise(const QList<Para> &paras)
{
    QString html;
    int openList = 0;
    bool openOrdered = false;
    auto closeList = [&] {
        if (openList != 0)
            html += openOrdered ? u"</ol>"_qs : u"</ul>"_qs;
        openList = 0;
    };
    for (const Para &para : paras) {
        if (para.list != openList)
            closeList();
        if (para.list != 0 && openList == 0) {
            openList = para.list;
            openOrdered = para.ordered;
            html += openOrdered ? u"<ol>"_qs : u"<ul>"_qs;
        }
        html += para.list != 0 ? u"<li>"_qs : u"<p>"_qs;
        for (const Run &run : para.runs) {
            QString text = run.text.toHtmlEscaped();
            text.replace(u'\n', u"<br>"_qs);
            if (run.emphasis)
                text = u"<em>"_qs + text + u"</em>"_qs;
            if (run.strong)
                text = u"<strong>"_qs + text + u"</strong>"_qs;
            if (!run.link.isEmpty())
                text = u"<a href=\""_qs + run.link.toHtmlEscaped() + u"\">"_qs + text + u"</a>"_qs;
            html += text;
        }
        html += para.list != 0 ? u"</li>"_qs : u"</p>"_qs;
    }
    closeList();
    return html;
}

} // namespace

bool isSafeLink(const QString &href)
{
    const QUrl url(href.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"mailto")
        return !url.path().isEmpty();
    return (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

QString sanitizeRichText(const QString &html)
{
    if (html.trimmed().isEmpty())
        return QString();
    return serialise(parse(html));
}

QString richTextFromPlain(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_qs, u"\n"_qs);
    normalised.replace(u'\r', u'\n');
    QString html;
    bool inList = false;
    QStringList paragraph;
    auto flushParagraph = [&] {
        if (paragraph.isEmpty())
            return;
        QStringList escaped;
        for (const QString &line : std::as_const(paragraph))
            escaped << line.trimmed().toHtmlEscaped();
        html += u"<p>"_qs + escaped.join(u"<br>"_qs) + u"</p>"_qs;
        paragraph.clear();
    };
    for (const QString &line : normalised.split(u'\n')) {
        const QString trimmed = line.trimmed();
        const bool bullet = trimmed.startsWith(u"- "_qs) || trimmed.startsWith(u"• "_qs);
        if (bullet) {
            flushParagraph();
            if (!inList)
                html += u"<ul>"_qs;
            inList = true;
            html += u"<li>"_qs + trimmed.mid(2).trimmed().toHtmlEscaped() + u"</li>"_qs;
            continue;
        }
        if (inList) {
            html += u"</ul>"_qs;
            inList = false;
        }
        if (trimmed.isEmpty())
            flushParagraph();
        else
            paragraph << trimmed;
    }
    flushParagraph();
    if (inList)
        html += u"</ul>"_qs;
    // Through the sanitiser, so plain text arrives in exactly the stored form.
    return sanitizeRichText(html);
}

QString richTextToPlain(const QString &html)
{
    QStringList lines;
    for (const Para &para : parse(html)) {
        QString line = para.list != 0 ? u"- "_qs : QString();
        for (const Run &run : para.runs)
            line += run.text;
        lines << line;
    }
    return lines.join(u'\n');
}

QList<Block> richTextBlocks(const QString &html)
{
    QList<Block> blocks;
    ListBlock list;
    int openList = 0;
    auto closeList = [&] {
        if (openList != 0 && !list.items.isEmpty())
            blocks.append(list);
        list = ListBlock{};
        openList = 0;
    };
    for (const Para &para : parse(html)) {
        Inline line;
        for (const Run &run : para.runs) {
            Span span;
            span.text = DocText::neutral(run.text);
            span.link = run.link;
            span.strong = run.strong;
            span.emphasis = run.emphasis;
            line.append(span);
        }
        if (para.list == 0) {
            closeList();
            blocks.append(Paragraph{line, false});
            continue;
        }
        if (para.list != openList) {
            closeList();
            openList = para.list;
            list.ordered = para.ordered;
        }
        list.items.append(line);
    }
    closeList();
    return blocks;
}

} // namespace Quorum
