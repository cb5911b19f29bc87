// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/document.h"

#include <QList>
#include <QString>

namespace Quorum {

// The minutes' formatted text, as stored: a restricted HTML subset — <p>, <br>, <strong>,
// <em>, <ul>/<ol> with <li>, and <a href> to http, https and mailto addresses. Everything
// else is text. (docs/format.md, "Rich text".)

// Rewrites any HTML (an editor's toHtml(), a JSON file, a paste) into the subset: parsed by
// QTextDocument, then written back block by block and fragment by fragment, so only the
// subset's tags can come out and every character of text is escaped. Idempotent:
// sanitizeRichText(sanitizeRichText(x)) == sanitizeRichText(x). Empty paragraphs are
// dropped, nested lists flattened, unsafe links kept as their text.
QString sanitizeRichText(const QString &html);

// Plain text (live notes, an objective) as rich text: escaped, a paragraph per blank-line
// separated block, line breaks kept, lines starting with "- " or "• " as a bulleted list.
QString richTextFromPlain(const QString &text);

// The text a reader sees, without formatting (for tests, searches, flags).
QString richTextToPlain(const QString &html);

// Stored rich text as document blocks: paragraphs and lists of spans. Every span is
// language-neutral (the text of one language): the caller puts the blocks in that
// language's column.
QList<Block> richTextBlocks(const QString &html);

// Whether an address may become a link: http, https or mailto, well formed.
bool isSafeLink(const QString &href);

} // namespace Quorum
