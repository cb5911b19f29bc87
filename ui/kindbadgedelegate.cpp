// SPDX-License-Identifier: GPL-3.0-or-later
#include "kindbadgedelegate.h"

#include "documents/agendapack.h"

#include <QApplication>
#include <QPainter>

namespace Quorum {
namespace {

// The badge's inner margins, from the font so it scales with it.
int horizontalPadding(const QFontMetrics &metrics)
{
    return metrics.height() / 2;
}

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

} // namespace

void KindBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The same colours as the send-ahead pack: what members see on paper, the facilitator
    // sees on screen.
    const QColor colour = agendaKindColour(index.data(Qt::EditRole).toString());
    if (!colour.isValid()) {
        ChoiceDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const QFont font = badgeFont(opt.font);
    const QFontMetrics metrics(font);
    const int padding = horizontalPadding(metrics);
    const QRect area = opt.rect.adjusted(3, 2, -3, -2);
    const int height = qMin(area.height(), metrics.height() + 4);
    const int needed = metrics.horizontalAdvance(text) + 2 * padding;
    const int width = qMin(area.width(), needed);
    const QRect pill(area.left(), area.top() + (area.height() - height) / 2, width, height);
    // Elided only when the column is narrower than the label (rounding never elides it).
    const QString shown = needed <= area.width() ? text : metrics.elidedText(text, Qt::ElideRight, width - 2 * padding);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(Qt::white); // every badge colour is dark enough for white text (contrast ≥ 4.5)
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter | Qt::TextDontClip, shown);
    painter->restore();
}

QSize KindBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = ChoiceDelegate::sizeHint(option, index);
    if (!agendaKindColour(index.data(Qt::EditRole).toString()).isValid())
        return size;
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QFontMetrics metrics(badgeFont(opt.font));
    size.setWidth(qMax(size.width(), metrics.horizontalAdvance(opt.text) + 2 * horizontalPadding(metrics) + 6));
    size.setHeight(qMax(size.height(), metrics.height() + 8));
    return size;
}

} // namespace Quorum
