// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchartwidget.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>

namespace Quorum {

BarChartWidget::BarChartWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    applyPalette();
}

void BarChartWidget::setChart(const BarChart &chart)
{
    m_chart = chart;
    applyPalette();
    updateGeometry();
    update();
}

// Text follows the palette (light or dark theme); bar colours stay the chart's own, which
// read on both.
void BarChartWidget::applyPalette()
{
    BarChartStyle style = m_chart.style();
    style.text = palette().color(QPalette::WindowText);
    style.track = palette().color(QPalette::Mid);
    style.track.setAlpha(0x40);
    style.font = font();
    style.maxLabelShare = 0.5; // a narrow side panel: names matter more than bar length
    m_chart.setStyle(style);
}

QSize BarChartWidget::sizeHint() const
{
    const QFontMetricsF metrics(font());
    return QSize(320, int(m_chart.preferredHeight(metrics)) + 8);
}

QSize BarChartWidget::minimumSizeHint() const
{
    return QSize(160, fontMetrics().height() * 4);
}

void BarChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_chart.paint(&painter, QRectF(rect()).adjusted(2, 4, -2, -4));
}

void BarChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyPalette();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace Quorum
