// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/barchart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <algorithm>

namespace Quorum {
namespace {

// Proportions of a row, in line heights: airy when there is room, never below one line.
constexpr qreal naturalRow = 1.7;
constexpr qreal barThickness = 0.62; // of the row
constexpr qreal minimumBarArea = 0.25; // of the width, kept for the bars whatever the labels

} // namespace

double BarChart::maximum() const
{
    if (m_maximum && *m_maximum > 0)
        return *m_maximum;
    double largest = 0;
    for (const BarChartBar &b : m_bars)
        largest = std::max(largest, b.value);
    return largest > 0 ? largest : 1.0;
}

qreal BarChart::preferredHeight(const QFontMetricsF &metrics) const
{
    return std::max<qsizetype>(m_bars.size(), 1) * metrics.height() * naturalRow;
}

QList<BarChart::BarGeometry> BarChart::layout(const QFontMetricsF &metrics, const QRectF &rect) const
{
    QList<BarGeometry> result;
    if (m_bars.isEmpty() || rect.width() <= 0 || rect.height() <= 0)
        return result;
    const qreal line = metrics.height();
    const qreal gap = std::max<qreal>(4, line * 0.4);
    const qreal row = std::max(line, std::min(line * naturalRow, rect.height() / m_bars.size()));

    qreal labelWidth = 0;
    qreal valueWidth = 0;
    for (const BarChartBar &b : m_bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(b.label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(b.valueText));
    }
    // Labels take what they need up to their share; values keep their width (they are
    // short numbers); the bars keep at least a quarter of the width.
    labelWidth = std::min(labelWidth, rect.width() * m_style.maxLabelShare);
    const qreal valueSpace = valueWidth > 0 ? valueWidth + gap : 0;
    qreal barArea = rect.width() - labelWidth - gap - valueSpace;
    if (barArea < rect.width() * minimumBarArea) {
        barArea = rect.width() * minimumBarArea;
        labelWidth = std::max<qreal>(0, rect.width() - barArea - gap - valueSpace);
    }
    barArea = std::max<qreal>(0, barArea);
    const qreal barLeft = rect.left() + labelWidth + gap;
    const double full = maximum();

    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const qreal top = rect.top() + i * row;
        if (top + std::min(row, line) > rect.bottom() + 0.01)
            break; // no room left: leave the rest out rather than spill over
        const BarChartBar &b = m_bars.at(i);
        BarGeometry g;
        g.label = QRectF(rect.left(), top, labelWidth, row);
        g.elidedLabel = metrics.elidedText(b.label, Qt::ElideRight, labelWidth);
        const qreal thickness = std::max<qreal>(2, row * barThickness);
        const qreal barTop = top + (row - thickness) / 2;
        g.track = QRectF(barLeft, barTop, barArea, thickness);
        const qreal length = barArea * std::clamp(b.value / full, 0.0, 1.0);
        g.bar = QRectF(barLeft, barTop, length, thickness);
        const qreal valueLeft = std::min(barLeft + length + gap, rect.right() - valueWidth);
        g.value = QRectF(valueLeft, top, std::min(valueWidth, rect.right() - valueLeft), row);
        result.append(g);
    }
    return result;
}

std::optional<qreal> BarChart::thresholdX(const QList<BarGeometry> &geometry) const
{
    if (!m_threshold || geometry.isEmpty())
        return std::nullopt;
    const double fraction = *m_threshold / maximum();
    if (fraction < 0 || fraction > 1)
        return std::nullopt;
    const QRectF &track = geometry.first().track;
    return track.left() + track.width() * fraction;
}

void BarChart::paint(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    const QFont font = m_style.font.resolve(painter->font());
    painter->setFont(font);
    const QFontMetricsF metrics(font, painter->device());

    if (m_bars.isEmpty()) {
        if (!m_emptyText.isEmpty()) {
            painter->setPen(m_style.text);
            painter->drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        }
        painter->restore();
        return;
    }

    const QList<BarGeometry> geometry = layout(metrics, rect);
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (qsizetype i = 0; i < geometry.size(); ++i) {
        const BarGeometry &g = geometry.at(i);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_style.track);
        painter->drawRect(g.track);
        painter->setBrush(m_bars.at(i).highlighted ? m_style.highlight : m_style.bar);
        painter->drawRect(g.bar);
    }
    // The limit under the texts, so a value written across it stays readable.
    if (const auto x = thresholdX(geometry)) {
        QPen pen(m_style.threshold, std::max<qreal>(1, metrics.height() / 10), Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(*x, geometry.first().label.top()), QPointF(*x, geometry.last().label.bottom()));
    }
    for (qsizetype i = 0; i < geometry.size(); ++i) {
        const BarGeometry &g = geometry.at(i);
        const BarChartBar &b = m_bars.at(i);
        painter->setPen(m_style.text);
        painter->drawText(g.label, Qt::AlignVCenter | Qt::AlignLeft, g.elidedLabel);
        painter->setPen(b.highlighted ? m_style.highlight : m_style.text);
        painter->drawText(g.value, Qt::AlignVCenter | Qt::AlignLeft, b.valueText);
    }
    painter->restore();
}

} // namespace Quorum
