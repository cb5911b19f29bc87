// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/sessiontiming.h"

#include <QWidget>

namespace Quorum {

// The colour of a timer phase: calm while on time, amber near the end, red past it,
// grey while paused. One place, so the console and the projector always agree.
QColor phaseColour(TimerPhase phase);

// The countdown in large digits, scaled to the space it has: remaining time big, elapsed
// and planned small, the background coloured by phase. Used by the console and the
// projector alike.
class SessionTimerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SessionTimerWidget(QWidget *parent = nullptr);
    void setState(const SessionState &state);
    QSize sizeHint() const override { return {360, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    SessionState m_state;
};

} // namespace Quorum
