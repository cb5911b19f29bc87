// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "documents/document.h"
#include "record.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>

namespace Quorum {

class Database;
class Workspace;

// What the workshops produced (issue 11, the change-workshops method of seed 004): cards
// captured during or after a workshop — a problem seen, a solution, a question, an inspiring
// practice — in the language they were said in, grouped into issues; an issue is then worked
// into a proposal (priority or complementary, its conditions, practices, points to clarify).
// A card carries the speaker's profile at most, never a name.

struct IdeaBoard
{
    qint64 meetingId = 0;
    QDate date;
    QList<Record> workshops; // the meeting's, in order
    QList<Record> issues;    // in order
    QList<Record> cards;     // in order
    QHash<qint64, int> dots; // issue → dots received in its dot vote on priorities (ideapriorities.h)

    QList<Record> cardsOf(qint64 issueId) const; // 0: the cards in no issue
};

IdeaBoard readIdeaBoard(const Database &database, qint64 meetingId);

// A card as the facilitator types it: its text in the language it was said in.
struct CardCapture
{
    qint64 meetingId = 0;
    qint64 workshopId = 0; // 0: said in plenary
    QString kind = QStringLiteral("problem");
    QString text;
    Language saidIn = Language::French;
    qint64 issueId = 0;
    qint64 sectorId = 0, functionId = 0, bassinId = 0; // the speaker's profile, if they gave it
};

// Adds the card at the end of the meeting's cards, as one undoable step. Refused when the
// text is empty (after cleaning), the kind unknown, or the workshop or issue another meeting's.
Result<qint64> captureCard(Workspace &workspace, const CardCapture &card);

// Puts the cards into `issueId` (0: out of every issue), as one undoable step.
Result<void> groupCards(Workspace &workspace, const QList<qint64> &cardIds, qint64 issueId);

// A new issue named `name` at the end of the meeting's issues with `cardIds` in it, as one step.
Result<qint64> newIssue(Workspace &workspace, qint64 meetingId, const BilingualText &name, const QList<qint64> &cardIds);

// The board written out: the stable JSON (docs/format.md "Ideas board") and a document
// (Markdown, PDF): each issue with its proposal and its cards by kind, then the cards in no
// issue; each card in the language asked, marked when only said in the other.
inline constexpr int ideaBoardFormatVersion = 1;
QByteArray ideaBoardJson(const IdeaBoard &board);
Document ideaBoardDocument(const IdeaBoard &board, const DocText &councilName);

// The summary of one workshop's cards in `language`, grouped by issue, as the minutes'
// workshop section starts from it (restricted rich text; empty when it has no cards).
QString workshopCardsSummary(const QList<Record> &issues, const QList<Record> &cards, Language language);

} // namespace Quorum
