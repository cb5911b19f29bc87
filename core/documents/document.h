// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "result.h"
#include "text/typography.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace Quorum {

// The document pipeline: what Quorum sends to members (the send-ahead agenda pack, the
// minutes, the decision history) is first built as a small structured document, then
// rendered to HTML, Markdown or PDF by one renderer per format. Builders say what a
// document contains, never how it looks; renderers know nothing of councils or agendas.
// Every text in a document is plain text typed by users or chosen by builders: renderers
// escape all of it, so "<b>A&B</b>" is shown as those ten characters in every format.

// Which of a document's languages to render.
enum class DocumentLanguages { French, Dutch, Both };

QString documentLanguagesCode(DocumentLanguages languages); // "fr", "nl", "both"
std::optional<DocumentLanguages> documentLanguagesFromCode(const QString &code);

// A text in French and Dutch. A language-neutral text (a name, a time, a room) has the same
// text in both and is shown once, even when both languages are rendered.
struct DocText
{
    QString fr;
    QString nl;

    static DocText neutral(const QString &text) { return {text, text}; }
    static DocText of(const BilingualText &text) { return {text.fr, text.nl}; }
    bool isNeutral() const { return fr == nl; }
    bool isEmpty() const { return fr.trimmed().isEmpty() && nl.trimmed().isEmpty(); }
    // The text in `language`, else in the other one: a half-translated title still shows.
    QString in(Language language) const;

    friend bool operator==(const DocText &, const DocText &) = default;
};

// A run of text inside a paragraph, heading, list item or cell.
struct Span
{
    DocText text;
    QString link;   // http(s) or mailto address; anything else is shown as text, never linked
    bool strong = false;
    QColor badge;   // when valid, the span is shown as a coloured label (with its text, never colour alone)
    bool emphasis = false; // italic
};

// A line of spans. Newlines inside span texts are line breaks.
using Inline = QList<Span>;

Inline spans(const DocText &text);
Inline spans(const QString &neutral);

bool isNeutral(const Inline &line);
bool isEmpty(const Inline &line);

// The head of the first page: a title and a few lines under it.
struct TitleBlock
{
    Inline title;
    QList<Inline> lines;
};

struct Heading
{
    int level = 1; // 1 or 2
    Inline text;
};

struct Paragraph
{
    Inline text;
    bool muted = false; // a remark in a smaller, quieter style
};

struct ListBlock
{
    QList<Inline> items;
    bool ordered = false;
};

// Label–value pairs: date, hours, place…
struct Facts
{
    QList<std::pair<DocText, Inline>> rows;
    // The labels' share of the width, in percent: "Proposition" in bold fits on one line in
    // the French column of a two-language page (at 27 % it broke as "Propositio-n").
    static constexpr int labelPercent = 31;
};

struct TableRow
{
    QList<Inline> cells;
    bool highlighted = false; // drawn on a tinted background; say why in a cell as well
};

struct Table
{
    QList<Inline> header; // repeated at the top of each page the table runs over
    QList<TableRow> rows;
    QList<int> widths;    // relative column widths, optional
};

// A picture (a chart): drawn in PDF and ODT, embedded as a data: URI in HTML (the file
// stays self-contained); Markdown shows its `figures` as a list instead (nothing when it has
// none: the picture then only illustrates numbers the text states), and `alt` says what it
// shows wherever the picture cannot be seen.
struct Image
{
    QImage image;
    DocText alt;
    QList<Inline> figures; // the numbers the picture draws, for formats without pictures
    double widthShare = 1; // of the text width, 0…1
};

// The rest of the document starts on a new page (PDF, ODT); a rule elsewhere.
struct PageBreak
{
};

struct Columns;

using Block = std::variant<TitleBlock, Heading, Paragraph, ListBlock, Facts, Table, Image, PageBreak, Columns>;

// Blocks written separately in each language, shown side by side with both languages (each
// column its own structure: the French and the Dutch text of a section need not have the
// same paragraphs), or as the one language rendered. Markdown: French, then Dutch.
struct Columns
{
    QList<Block> fr;
    QList<Block> nl;
};

struct Document
{
    DocText title;         // metadata title and the HTML page title
    DocText author;        // who the document is from (the council)
    DocText subject;       // what it is about
    DocText runningHeader; // on every page of a PDF, left
    DocText runningDate;   // on every page of a PDF, right
    DocText pageNumber;    // "page %1 of %2" in each language
    QList<Block> blocks;

    void add(Block block) { blocks.append(std::move(block)); }
};

enum class DocumentFormat { Pdf, Html, Markdown, Odt };

QString documentFormatCode(DocumentFormat format); // "pdf", "html", "md", "odt"
std::optional<DocumentFormat> documentFormatFromCode(const QString &code);
// The format a file name asks for by its suffix (.pdf, .html/.htm, .md/.markdown, .odt).
std::optional<DocumentFormat> documentFormatFromFileName(const QString &fileName);

// A day in both languages, as each writes it ("1er juillet 2025" / "1 juli 2025").
DocText documentDate(const QDate &date, DateStyle style = DateStyle::DayMonthYear);

// Every French text of the document set as French is set (frenchTypography): what builders
// call last, so each format renders the same characters.
void applyTypography(Document &document);

// What renderers share so that every format says the same thing:
// - the address a span's link may point to, encoded, or empty when it is not one a reader can
//   follow safely (only http, https and mailto: a file path or "javascript:" stays text);
QString followableLink(const QString &link);
// - the ink that reads on a badge's colour: white on dark colours, near-black on light ones;
QColor inkOn(const QColor &badge);
// - with both languages, a heading and the paragraphs, lists and facts under it form a run
//   shown as two columns (French, Dutch), so each section starts level in both languages; a
//   run whose every text is language-neutral is shown once. Other blocks stand alone.
struct BlockRun
{
    qsizetype begin = 0;
    qsizetype end = 0;    // one past the last block
    bool columns = false; // a run of text blocks, else one block standing alone
};
QList<BlockRun> bilingualRuns(const QList<Block> &blocks);
bool isNeutral(const Block &block);

// Metadata every renderer needs, resolved for the languages rendered.
QString resolved(const DocText &text, DocumentLanguages languages); // "fr / nl" for Both when they differ
QString languageTag(DocumentLanguages languages);                   // "fr-BE", "nl-BE", or empty for both

} // namespace Quorum
