// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontimerwidget.h"

#include <QEvent>
#include <QPainter>

namespace Quorum {

QColor phaseColour(TimerPhase phase)
{
    switch (phase) {
    case TimerPhase::OnTime: return QColor(0x1f, 0x8a, 0x4c);
    case TimerPhase::Warning: return QColor(0xd9, 0x8e, 0x04);
    case TimerPhase::Overrun: return QColor(0xc6, 0x28, 0x28);
    case TimerPhase::Paused: return QColor(0x6b, 0x72, 0x80);
    case TimerPhase::NotStarted:
    case TimerPhase::Closed: return QColor(0x45, 0x4f, 0x5d);
    }
    return Qt::gray;
}

SessionTimerWidget::SessionTimerWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(240, 110);
}

void SessionTimerWidget::setState(const SessionState &state)
{
    m_state = state;
    setAccessibleDescription(formatDuration(state.remainingSeconds));
    update();
}

void SessionTimerWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

void SessionTimerWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = phaseColour(m_state.phase);
    const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent);
    painter.drawRoundedRect(area, 12, 12);

    const ItemTiming *item = m_state.current();
    QString big;
    QString caption;
    switch (m_state.phase) {
    case TimerPhase::NotStarted:
        big = QStringLiteral("--:--");
        caption = tr("Not started");
        break;
    case TimerPhase::Closed:
        big = formatDuration(m_state.startedAt.secsTo(m_state.closedAt));
        caption = tr("Session closed");
        break;
    default:
        big = formatDuration(m_state.remainingSeconds);
        caption = !item ? tr("End of the agenda")
                  : m_state.phase == TimerPhase::Overrun
                      ? tr("Over time by %1").arg(formatDuration(-m_state.remainingSeconds))
                  : m_state.phase == TimerPhase::Paused ? tr("Paused — %1 elapsed of %2")
                                                              .arg(formatDuration(m_state.elapsedSeconds),
                                                                   formatDuration(item->plannedSeconds))
                                                        : tr("%1 elapsed of %2")
                                                              .arg(formatDuration(m_state.elapsedSeconds),
                                                                   formatDuration(item->plannedSeconds));
        break;
    }

    // Digits as large as the box allows, caption below them.
    const QRectF digitsBox = area.adjusted(area.width() * 0.05, area.height() * 0.06, -area.width() * 0.05, -area.height() * 0.30);
    QFont digits = font();
    digits.setBold(true);
    digits.setStyleHint(QFont::Monospace);
    digits.setFamily(QStringLiteral("DejaVu Sans Mono"));
    digits.setPixelSize(qMax(12, int(digitsBox.height())));
    const QFontMetricsF digitMetrics(digits);
    const qreal width = digitMetrics.horizontalAdvance(big);
    if (width > digitsBox.width())
        digits.setPixelSize(qMax(12, int(digits.pixelSize() * digitsBox.width() / width)));
    painter.setPen(Qt::white);
    painter.setFont(digits);
    painter.drawText(digitsBox, Qt::AlignCenter, big);

    QFont small = font();
    small.setPixelSize(qMax(11, int(area.height() * 0.11)));
    painter.setFont(small);
    const QRectF captionBox = area.adjusted(8, area.height() * 0.72, -8, -4);
    painter.drawText(captionBox, Qt::AlignCenter,
                     QFontMetricsF(small).elidedText(caption, Qt::ElideRight, captionBox.width()));
}

} // namespace Quorum
