// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

namespace Quorum {

// The projector's "where to go" during a workshops block: one card per workshop — its room,
// then its theme in French and in Dutch — in a grid (up to three cards a row), all in one
// type size, the largest at which every card's text fits whole. Six workshops at 1280×720
// all show, nothing clipped, readable from the back of the room.
class WorkshopBoard : public QWidget
{
    Q_OBJECT

public:
    struct Card
    {
        QString room;
        QString themeFr;
        QString themeNl; // empty when it is the French text
    };

    explicit WorkshopBoard(QWidget *parent = nullptr);
    void setCards(const QList<Card> &cards);
    const QList<Card> &cards() const { return m_cards; }
    // The largest type size tried (pixels), the screen's body size.
    void setMaximumPixelSize(int pixels);
    // The type size the cards fit in at the current size (for tests).
    int fittedPixelSize() const;
    // Where card `index` is drawn, in the widget's coordinates.
    QRect cardRect(int index) const;
    // Whether every card's text fits whole in its card at `pixels`.
    bool fits(int pixels) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int columns() const;
    QFont fontAt(int pixels, bool bold) const;

    QList<Card> m_cards;
    int m_maximumPixelSize = 32;
};

} // namespace Quorum
