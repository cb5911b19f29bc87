// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/notetags.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace Quorum {
namespace {

struct TagWord
{
    NoteTag tag;
    const char *word; // UTF-8, lower case
};

// Every spelling recognised, the first of each tag per language being the one Ctrl+T writes.
constexpr std::array tagWords = {
    TagWord{NoteTag::SectorNews, "nouvelles"},        TagWord{NoteTag::SectorNews, "nieuws"},
    TagWord{NoteTag::SectorNews, "news"},             TagWord{NoteTag::Question, "question"},
    TagWord{NoteTag::Question, "vraag"},              TagWord{NoteTag::WorkingGroup, "groupe"},
    TagWord{NoteTag::WorkingGroup, "werkgroep"},      TagWord{NoteTag::WorkingGroup, "group"},
    TagWord{NoteTag::DecisionRationale, "décision"}, TagWord{NoteTag::DecisionRationale, "decision"},
    TagWord{NoteTag::DecisionRationale, "beslissing"},
};

// Where a line's parts are: [0, markEnd) indentation and list mark, [markEnd, textStart) the
// tag with the colon and spaces after it, then the text.
struct LineParts
{
    qsizetype markEnd = 0;
    qsizetype textStart = 0;
    NoteTag tag = NoteTag::None;
    qint64 bassinId = 0;
};

LineParts partsOf(const QString &line, const QList<BassinName> &longestFirst)
{
    static const QRegularExpression mark(u"^\\s*(?:[-•*]\\s*)?"_qs);
    static const QRegularExpression word(u"\\G#(\\w+)(?=\\s|:|$)\\s*:?\\s*"_qs, QRegularExpression::UseUnicodePropertiesOption);
    LineParts parts;
    parts.markEnd = mark.match(line).capturedEnd(0);
    parts.textStart = parts.markEnd;
    if (const QRegularExpressionMatch m = word.match(line, parts.markEnd); m.hasMatch()) {
        const QString found = m.captured(1).toLower();
        for (const TagWord &w : tagWords) {
            if (found == QString::fromUtf8(w.word)) {
                parts.tag = w.tag;
                parts.textStart = m.capturedEnd(0);
                return parts;
            }
        }
        return parts; // a hashtag Quorum does not know is text
    }
    const QStringView rest = QStringView(line).mid(parts.markEnd);
    for (const BassinName &bassin : longestFirst) {
        const QString name = bassin.name.trimmed();
        if (name.isEmpty() || !rest.startsWith(name, Qt::CaseInsensitive))
            continue;
        qsizetype at = parts.markEnd + name.size();
        while (at < line.size() && line.at(at).isSpace() && line.at(at) != u'\n')
            ++at;
        if (at >= line.size() || line.at(at) != u':')
            continue;
        ++at;
        while (at < line.size() && line.at(at).isSpace())
            ++at;
        parts.tag = NoteTag::RoundTable;
        parts.bassinId = bassin.id;
        parts.textStart = at;
        return parts;
    }
    return parts;
}

QList<BassinName> longestFirst(QList<BassinName> bassins)
{
    std::stable_sort(bassins.begin(), bassins.end(),
                     [](const BassinName &a, const BassinName &b) { return a.name.trimmed().size() > b.name.trimmed().size(); });
    return bassins;
}

} // namespace

QList<NoteLine> readNotes(const QString &notes, const QList<BassinName> &bassins)
{
    const QList<BassinName> names = longestFirst(bassins);
    QList<NoteLine> lines;
    for (const QString &line : notes.split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const LineParts parts = partsOf(line, names);
        if (parts.tag == NoteTag::None)
            lines.append({NoteTag::None, 0, line.trimmed()});
        else
            lines.append({parts.tag, parts.bassinId, line.mid(parts.textStart).trimmed()});
    }
    return lines;
}

QString notePrefix(NoteTag tag, Language language, const QString &bassinName)
{
    const bool dutch = language == Language::Dutch;
    switch (tag) {
    case NoteTag::None:
        return {};
    case NoteTag::SectorNews:
        return dutch ? u"#nieuws "_qs : u"#nouvelles "_qs;
    case NoteTag::Question:
        return dutch ? u"#vraag "_qs : u"#question "_qs;
    case NoteTag::WorkingGroup:
        return dutch ? u"#werkgroep "_qs : u"#groupe "_qs;
    case NoteTag::DecisionRationale:
        return dutch ? u"#beslissing "_qs : u"#décision "_qs;
    case NoteTag::RoundTable:
        return bassinName.trimmed() + (dutch ? u": "_qs : u" : "_qs);
    }
    return {};
}

TagSpan tagSpan(const QString &line, const QList<BassinName> &bassins)
{
    const LineParts parts = partsOf(line, longestFirst(bassins));
    if (parts.tag == NoteTag::None)
        return {};
    return {parts.markEnd, parts.textStart - parts.markEnd, parts.tag};
}

QString retagLine(const QString &line, const QString &prefix, const QList<BassinName> &bassins)
{
    const LineParts parts = partsOf(line, longestFirst(bassins));
    return line.left(parts.markEnd) + prefix + line.mid(parts.textStart);
}

} // namespace Quorum
