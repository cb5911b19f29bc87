// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/notetags.h"

#include <QSyntaxHighlighter>

#include <functional>

namespace Quorum {

// Shows a tagged line's tag in bold and in the link colour, so the secretary sees at a glance
// which lines go to which section of the minutes (and notices a tag mistyped as text).
class NoteTagHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    NoteTagHighlighter(QTextDocument *document, std::function<QList<BassinName>()> bassins);

protected:
    void highlightBlock(const QString &text) override;

private:
    std::function<QList<BassinName>()> m_bassins;
};

} // namespace Quorum
