// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/document.h"

#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace Quorum {

QString documentLanguagesCode(DocumentLanguages languages)
{
    switch (languages) {
    case DocumentLanguages::French: return QStringLiteral("fr");
    case DocumentLanguages::Dutch: return QStringLiteral("nl");
    case DocumentLanguages::Both: return QStringLiteral("both");
    }
    return QStringLiteral("both");
}

std::optional<DocumentLanguages> documentLanguagesFromCode(const QString &code)
{
    if (code == u"fr")
        return DocumentLanguages::French;
    if (code == u"nl")
        return DocumentLanguages::Dutch;
    if (code == u"both")
        return DocumentLanguages::Both;
    return std::nullopt;
}

QString DocText::in(Language language) const
{
    return BilingualText{fr, nl}.display(language);
}

DocText documentDate(const QDate &date, DateStyle style)
{
    return {writtenDate(date, Language::French, style), writtenDate(date, Language::Dutch, style)};
}

namespace {

void typeset(DocText &text)
{
    const bool neutral = text.isNeutral();
    text.fr = frenchTypography(text.fr);
    if (neutral) // a name or a place stays one text, shown once
        text.nl = text.fr;
}

void typeset(Inline &line)
{
    for (Span &span : line)
        typeset(span.text);
}

void typeset(QList<Block> &blocks);

struct BlockTypesetter
{
    void operator()(TitleBlock &block) const
    {
        typeset(block.title);
        for (Inline &line : block.lines)
            typeset(line);
    }
    void operator()(Heading &block) const { typeset(block.text); }
    void operator()(Paragraph &block) const { typeset(block.text); }
    void operator()(ListBlock &block) const
    {
        for (Inline &item : block.items)
            typeset(item);
    }
    void operator()(Facts &block) const
    {
        for (auto &[label, value] : block.rows) {
            typeset(label);
            typeset(value);
        }
    }
    void operator()(Table &block) const
    {
        for (Inline &cell : block.header)
            typeset(cell);
        for (TableRow &row : block.rows)
            for (Inline &cell : row.cells)
                typeset(cell);
    }
    void operator()(Image &block) const
    {
        typeset(block.alt);
        for (Inline &figure : block.figures)
            typeset(figure);
    }
    void operator()(PageBreak &) const {}
    void operator()(Columns &block) const
    {
        typeset(block.fr);
        typeset(block.nl);
    }
};

void typeset(QList<Block> &blocks)
{
    for (Block &block : blocks)
        std::visit(BlockTypesetter{}, block);
}

} // namespace

void applyTypography(Document &document)
{
    for (DocText *text : {&document.title, &document.author, &document.subject, &document.runningHeader,
                          &document.runningDate, &document.pageNumber})
        typeset(*text);
    typeset(document.blocks);
}

Inline spans(const DocText &text)
{
    return {Span{text, {}, false, {}, false}};
}

Inline spans(const QString &neutral)
{
    return spans(DocText::neutral(neutral));
}

bool isNeutral(const Inline &line)
{
    return std::all_of(line.cbegin(), line.cend(), [](const Span &span) { return span.text.isNeutral(); });
}

bool isEmpty(const Inline &line)
{
    return std::all_of(line.cbegin(), line.cend(), [](const Span &span) { return span.text.isEmpty(); });
}

QString documentFormatCode(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf: return QStringLiteral("pdf");
    case DocumentFormat::Html: return QStringLiteral("html");
    case DocumentFormat::Markdown: return QStringLiteral("md");
    case DocumentFormat::Odt: return QStringLiteral("odt");
    }
    return QStringLiteral("pdf");
}

std::optional<DocumentFormat> documentFormatFromCode(const QString &code)
{
    if (code == u"pdf")
        return DocumentFormat::Pdf;
    if (code == u"html")
        return DocumentFormat::Html;
    if (code == u"md")
        return DocumentFormat::Markdown;
    if (code == u"odt")
        return DocumentFormat::Odt;
    return std::nullopt;
}

std::optional<DocumentFormat> documentFormatFromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"pdf")
        return DocumentFormat::Pdf;
    if (suffix == u"html" || suffix == u"htm")
        return DocumentFormat::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return DocumentFormat::Markdown;
    if (suffix == u"odt")
        return DocumentFormat::Odt;
    return std::nullopt;
}

QString followableLink(const QString &link)
{
    if (link.isEmpty())
        return {};
    const QUrl url(link, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == u"https" || scheme == u"http" || scheme == u"mailto"))
        return QString::fromUtf8(url.toEncoded());
    return {};
}

QColor inkOn(const QColor &badge)
{
    const double luminance = 0.2126 * badge.redF() + 0.7152 * badge.greenF() + 0.0722 * badge.blueF();
    return luminance < 0.6 ? QColor(0xff, 0xff, 0xff) : QColor(0x1a, 0x1a, 0x1a);
}

bool isNeutral(const Block &block)
{
    if (const auto *h = std::get_if<Heading>(&block))
        return isNeutral(h->text);
    if (const auto *p = std::get_if<Paragraph>(&block))
        return isNeutral(p->text);
    if (const auto *l = std::get_if<ListBlock>(&block))
        return std::all_of(l->items.cbegin(), l->items.cend(), [](const Inline &i) { return isNeutral(i); });
    if (const auto *f = std::get_if<Facts>(&block))
        return std::all_of(f->rows.cbegin(), f->rows.cend(),
                           [](const auto &row) { return row.first.isNeutral() && isNeutral(row.second); });
    return false;
}

QList<BlockRun> bilingualRuns(const QList<Block> &blocks)
{
    QList<BlockRun> runs;
    for (qsizetype i = 0; i < blocks.size();) {
        const Block &first = blocks.at(i);
        const bool starts = std::holds_alternative<Heading>(first) || std::holds_alternative<Paragraph>(first)
                            || std::holds_alternative<ListBlock>(first);
        if (!starts) {
            runs.append({i, i + 1, false});
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < blocks.size() && !std::holds_alternative<Heading>(blocks.at(end))
               && (std::holds_alternative<Paragraph>(blocks.at(end)) || std::holds_alternative<ListBlock>(blocks.at(end))
                   || std::holds_alternative<Facts>(blocks.at(end))))
            ++end;
        runs.append({i, end, true});
        i = end;
    }
    return runs;
}

QString resolved(const DocText &text, DocumentLanguages languages)
{
    switch (languages) {
    case DocumentLanguages::French: return text.in(Language::French);
    case DocumentLanguages::Dutch: return text.in(Language::Dutch);
    case DocumentLanguages::Both: return BilingualText{text.fr, text.nl}.sideBySide();
    }
    return text.fr;
}

QString languageTag(DocumentLanguages languages)
{
    switch (languages) {
    case DocumentLanguages::French: return QStringLiteral("fr-BE");
    case DocumentLanguages::Dutch: return QStringLiteral("nl-BE");
    case DocumentLanguages::Both: return {};
    }
    return {};
}

} // namespace Quorum
