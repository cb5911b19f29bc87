// SPDX-License-Identifier: GPL-3.0-or-later
#include "typography.h"

#include <QLocale>

namespace Quorum {

QString writtenDate(const QDate &date, Language language, DateStyle style)
{
    if (!date.isValid())
        return {};
    const QLocale locale = language == Language::Dutch    ? QLocale(QLocale::Dutch, QLocale::Belgium)
                           : language == Language::French ? QLocale(QLocale::French, QLocale::Belgium)
                                                          : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QString day = QString::number(date.day());
    if (language == Language::French && date.day() == 1)
        day += u"er"_qs;
    QString text = day + u' ' + locale.toString(date, u"MMMM yyyy"_qs);
    if (style == DateStyle::WithWeekday)
        text = locale.toString(date, u"dddd"_qs) + u' ' + text;
    return text;
}

QString frenchTypography(const QString &text)
{
    constexpr QChar space = u' ';
    constexpr QChar nbsp = QChar(0x00A0);
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        const bool before = c == u':' || c == u';' || c == u'?' || c == u'!' || c == QChar(0x00BB); // »
        if (before && i > 0 && out.at(i - 1) == space)
            out[i - 1] = nbsp;
        // Inside « », and after n° when a number follows.
        const bool opening = c == QChar(0x00AB); // «
        const bool numero = c == QChar(0x00B0) && i > 0 && (out.at(i - 1) == u'n' || out.at(i - 1) == u'N')
                            && i + 2 < out.size() && out.at(i + 2).isDigit();
        if ((opening || numero) && i + 1 < out.size() && out.at(i + 1) == space)
            out[i + 1] = nbsp;
    }
    return out;
}

} // namespace Quorum
