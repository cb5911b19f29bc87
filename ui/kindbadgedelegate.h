// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choicedelegate.h"

namespace Quorum {

// The kind column of the agenda: the kinds that matter to members (information,
// discussion, decision) drawn as a coloured label with the kind's name in it, so they stand
// out at a glance and never by colour alone; the other kinds as plain text. Editing is
// the choice delegate's combo box.
class KindBadgeDelegate : public ChoiceDelegate
{
    Q_OBJECT

public:
    using ChoiceDelegate::ChoiceDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Quorum
