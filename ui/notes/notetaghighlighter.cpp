// SPDX-License-Identifier: GPL-3.0-or-later
#include "notetaghighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextCharFormat>

namespace Quorum {

NoteTagHighlighter::NoteTagHighlighter(QTextDocument *document, std::function<QList<BassinName>()> bassins)
    : QSyntaxHighlighter(document), m_bassins(std::move(bassins))
{
}

void NoteTagHighlighter::highlightBlock(const QString &text)
{
    const TagSpan span = tagSpan(text, m_bassins());
    if (span.length == 0)
        return;
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setForeground(QGuiApplication::palette().color(QPalette::Link));
    setFormat(int(span.start), int(span.length), format);
}

} // namespace Quorum
