// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/cleantext.h"

#include <algorithm>

namespace Quorum {

bool isUnwantedControl(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20)
        return u != u'\t' && u != u'\n' && u != u'\r';
    return u >= 0x7F && u <= 0x9F;
}

QString cleanText(const QString &text)
{
    const bool clean = std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c == u'\r' || isUnwantedControl(c); });
    if (clean)
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                out += u'\n';
            continue; // CRLF: the LF that follows is kept
        }
        // A vertical tab or a form feed separates words (Word writes a manual line break
        // as a vertical tab): a space keeps them apart.
        if (c == u'\v' || c == u'\f')
            out += u' ';
        else if (!isUnwantedControl(c))
            out += c;
    }
    return out;
}

QString visibleControls(const QString &text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const bool control = isUnwantedControl(c) || (!keepLineBreaks && (c == u'\t' || c == u'\n' || c == u'\r'))
                             || (keepLineBreaks && c == u'\r');
        if (control)
            out += QStringLiteral("\\x%1").arg(int(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace Quorum
