// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextDocument>

namespace Quorum {

// A tooltip showing what users typed, as typed: Qt renders a tooltip as rich text when it
// merely looks like markup, so "<b>x</b>" would come out bold. Plain text stays plain.
inline QString plainToolTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text) : text;
}

} // namespace Quorum
