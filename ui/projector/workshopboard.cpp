// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopboard.h"

#include <QPainter>
#include <QPainterPath>

namespace Quorum {
namespace {

constexpr int gap = 16;     // between cards
constexpr int padding = 12; // inside a card
constexpr int smallest = 10;

} // namespace

WorkshopBoard::WorkshopBoard(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void WorkshopBoard::setCards(const QList<Card> &cards)
{
    m_cards = cards;
    update();
}

void WorkshopBoard::setMaximumPixelSize(int pixels)
{
    m_maximumPixelSize = qMax(smallest, pixels);
    update();
}

int WorkshopBoard::columns() const
{
    const int n = int(m_cards.size());
    if (n <= 3)
        return qMax(1, n);
    return n == 4 ? 2 : 3;
}

QRect WorkshopBoard::cardRect(int index) const
{
    const int cols = columns();
    const int rows = (int(m_cards.size()) + cols - 1) / cols;
    if (rows == 0)
        return {};
    const int width = (this->width() - gap * (cols - 1)) / cols;
    const int height = (this->height() - gap * (rows - 1)) / rows;
    return {(index % cols) * (width + gap), (index / cols) * (height + gap), width, height};
}

QFont WorkshopBoard::fontAt(int pixels, bool bold) const
{
    QFont f = font();
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

bool WorkshopBoard::fits(int pixels) const
{
    const QFontMetrics room(fontAt(pixels, true));
    const QFontMetrics theme(fontAt(pixels, false));
    for (int i = 0; i < m_cards.size(); ++i) {
        const QRect inner = cardRect(i).adjusted(padding, padding, -padding, -padding);
        if (inner.width() <= 0 || inner.height() <= 0)
            return false;
        const Card &card = m_cards.at(i);
        int used = 0;
        for (const auto &[text, metrics] : {std::pair{card.room, &room}, std::pair{card.themeFr, &theme}, std::pair{card.themeNl, &theme}}) {
            if (text.isEmpty())
                continue;
            const QRect need = metrics->boundingRect(QRect(0, 0, inner.width(), 100000), Qt::TextWordWrap, text);
            // A word longer than the card would be cut: too big.
            if (need.width() > inner.width())
                return false;
            used += need.height() + pixels / 3;
        }
        if (used - pixels / 3 > inner.height())
            return false;
    }
    return true;
}

int WorkshopBoard::fittedPixelSize() const
{
    for (int pixels = m_maximumPixelSize; pixels > smallest; --pixels)
        if (fits(pixels))
            return pixels;
    return smallest;
}

void WorkshopBoard::paintEvent(QPaintEvent *)
{
    if (m_cards.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int pixels = fittedPixelSize();
    const QColor card(0x22, 0x27, 0x30);
    const QColor second(0xc8, 0xd0, 0xdc);
    for (int i = 0; i < m_cards.size(); ++i) {
        const QRect box = cardRect(i);
        QPainterPath path;
        path.addRoundedRect(box, 10, 10);
        painter.fillPath(path, card);
        QRect inner = box.adjusted(padding, padding, -padding, -padding);
        const Card &c = m_cards.at(i);
        auto draw = [&](const QString &text, bool bold, const QColor &colour) {
            if (text.isEmpty())
                return;
            painter.setFont(fontAt(pixels, bold));
            painter.setPen(colour);
            QRect used;
            painter.drawText(inner, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text, &used);
            inner.setTop(used.bottom() + 1 + pixels / 3);
        };
        draw(c.room, true, QColor(0xff, 0xd5, 0x6a)); // the room first, where to go
        draw(c.themeFr, false, Qt::white);
        draw(c.themeNl, false, second);
    }
}

} // namespace Quorum
