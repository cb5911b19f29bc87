// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum {

// Text from users and files may hold NUL and control characters: a NUL makes the PDF/A
// XMP metadata invalid XML, an escape sequence repaints a terminal, and none of them has a
// meaning in a council's records. The one definition of what is kept, used at every point
// where text enters a workspace or a document.

// Whether `c` is a control character Quorum never stores: below U+0020 except tab and line
// break (LF, CR), U+007F, and the C1 range U+0080–U+009F.
bool isUnwantedControl(QChar c);

// `text` without those characters; a carriage return (alone or before a line feed) becomes
// one line feed, so every stored line break is '\n'; a vertical tab or form feed becomes a
// space, which keeps the words it separated apart. Returns `text` itself (no copy) when
// there is nothing to clean.
QString cleanText(const QString &text);

// For a terminal: every control character (those above, and tab, CR and LF too when
// `keepLineBreaks` is false) shown as a visible escape such as \x1b, never sent raw, so
// text from a file cannot move the cursor or recolour the screen.
QString visibleControls(const QString &text, bool keepLineBreaks = true);

} // namespace Quorum
