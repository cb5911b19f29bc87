// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"

#include <QList>
#include <QString>

namespace Quorum {

// What a line of live notes was meant for. The secretary tags a line as they type it (a
// prefix, or Ctrl+T in the session console, which writes the prefix), and the minutes draft
// takes each section from the lines meant for it. An untagged line stays with its agenda
// item (docs/format.md, "Tagged live notes").
enum class NoteTag { None, SectorNews, RoundTable, Question, WorkingGroup, DecisionRationale };

struct BassinName
{
    qint64 id = 0;
    QString name; // in either language: both are recognised
};

struct NoteLine
{
    NoteTag tag = NoteTag::None;
    qint64 bassinId = 0; // the bassin of a round-table line
    QString text;        // the line without its tag, trimmed
};

// Notes read line by line; blank lines are dropped. A line is tagged when, after spaces and
// a list mark (-, •, *), it starts with
// - a tag word, in any case and in French, Dutch or English, followed by a space, a colon
//   or the end of the line: #nouvelles #nieuws #news (sector news), #question #vraag
//   (a question from the floor), #groupe #werkgroep #group (working-group progress),
//   #décision #decision #beslissing (the rationale of a decision);
// - or a bassin's name followed by a colon, "Nord-Est : …" (its round-table entry). The
//   longest name that fits wins, so "Nord-Est" is never read as "Nord".
QList<NoteLine> readNotes(const QString &notes, const QList<BassinName> &bassins);

// Where a line's tag is (its prefix, with the colon and spaces after it), for showing it:
// length 0 when the line is untagged.
struct TagSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    NoteTag tag = NoteTag::None;
};
TagSpan tagSpan(const QString &line, const QList<BassinName> &bassins);

// The prefix Ctrl+T writes at the start of a line, in the language of the notes it goes in:
// "#nouvelles ", "#nieuws ", "Nord-Est : " (French puts a space before the colon), "Noord-Oost: ".
// Empty for NoteTag::None.
QString notePrefix(NoteTag tag, Language language, const QString &bassinName = {});

// `line` tagged with `prefix` instead of the tag it had, if any; an empty prefix removes the
// tag. A list mark and the indentation before the tag are kept.
QString retagLine(const QString &line, const QString &prefix, const QList<BassinName> &bassins);

} // namespace Quorum
