// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"

#include <QDate>
#include <QString>

namespace Quorum {

// Each language's typography in the documents Quorum writes (issue 13): the rules the real
// syntheses follow, in one place, so the minutes, the agenda pack and the decision history
// write dates and punctuation alike.

// A day written out: "1er juillet 2025" and "mardi 1er juillet 2025" in French (the first of
// the month is an ordinal there), "1 juli 2025" and "dinsdag 1 juli 2025" in Dutch; Belgian
// month and day names. English (the interface's third language) as "1 July 2025".
enum class DateStyle { DayMonthYear, WithWeekday };
QString writtenDate(const QDate &date, Language language, DateStyle style = DateStyle::DayMonthYear);

// French punctuation as French is set: the space typed before : ; ? ! and inside « » becomes
// a non-breaking one, so the sign never starts a line, and "n° 3" keeps its number. Only
// spaces the text already has are changed: a web address ("https://…?a=b"), a time
// ("10:30") or a code keeps its letters as typed. Dutch needs none of this.
QString frenchTypography(const QString &text);

} // namespace Quorum
