// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline of the PDF benchmarks: the HTML Quorum lays out, printed by a bare
// QTextDocument::print() to a QPdfWriter with what Quorum measures its layout with (the same
// resolution and body font on A4), and nothing else: no running header, no page X of Y of
// ours, no keep-together pass, no metadata rewrite.
#pragma once

#include "documents/renderers.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfWriter>
#include <QTextDocument>

namespace QuorumBench {

struct BarePrint
{
    double ms = 0;
    qsizetype bytes = 0;
};

inline BarePrint barePrint(const QString &html)
{
    QElapsedTimer timer;
    timer.start();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Quorum::pdfResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QTextDocument text;
        text.setDefaultFont(Quorum::pdfBodyFont());
        text.setHtml(html);
        text.print(&writer);
    }
    return {timer.nsecsElapsed() / 1e6, buffer.data().size()};
}

} // namespace QuorumBench
