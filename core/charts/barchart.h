// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QFontMetricsF;
class QPainter;

namespace Quorum {

struct BarChartBar
{
    QString label;
    double value = 0;
    QString valueText;        // what is written after the bar ("12 · 20%")
    bool highlighted = false; // an alert: drawn in the highlight colour
};

struct BarChartStyle
{
    QFont font;                                 // resolved against the painter's font
    QColor text = QColor(0x1f, 0x23, 0x28);
    QColor bar = QColor(0x1f, 0x6f, 0xc5);
    QColor highlight = QColor(0xc6, 0x28, 0x28);
    QColor track = QColor(0x1f, 0x23, 0x28, 0x14); // the unfilled part of each row
    QColor threshold = QColor(0xc6, 0x28, 0x28);
    double maxLabelShare = 0.4; // of the width, at most, for the labels
};

// Horizontal bars with their labels and values, drawn into any QPainter and rectangle: a
// widget on screen, an image, a PDF page. Only QtGui, so the same drawing serves the
// attendance panel today and the minutes' PDF later. Nothing is drawn outside the
// rectangle: labels are elided, rows shrink to fit, and rows that still do not fit are left
// out rather than spilling over.
class BarChart
{
public:
    // Where one bar's parts go once laid out in a rectangle: what paint() draws.
    struct BarGeometry
    {
        QRectF label;
        QString elidedLabel;
        QRectF track; // the full row length, the bar's 100%
        QRectF bar;
        QRectF value;
    };

    void setBars(QList<BarChartBar> bars) { m_bars = std::move(bars); }
    const QList<BarChartBar> &bars() const { return m_bars; }
    // The value of a full-length bar; by default the largest value shown.
    void setMaximum(std::optional<double> maximum) { m_maximum = maximum; }
    // A dashed line across the rows at this value (a limit), or none.
    void setThreshold(std::optional<double> value) { m_threshold = value; }
    void setStyle(const BarChartStyle &style) { m_style = style; }
    const BarChartStyle &style() const { return m_style; }
    // Shown in the middle when there are no bars.
    void setEmptyText(const QString &text) { m_emptyText = text; }

    double maximum() const;
    // The height that gives every row its natural size with this font.
    qreal preferredHeight(const QFontMetricsF &metrics) const;
    QList<BarGeometry> layout(const QFontMetricsF &metrics, const QRectF &rect) const;
    // The x of the threshold line in a layout, if one is set and within the scale.
    std::optional<qreal> thresholdX(const QList<BarGeometry> &geometry) const;

    // Draws into `rect` with the painter's device metrics; the painter's state is restored.
    void paint(QPainter *painter, const QRectF &rect) const;

private:
    QList<BarChartBar> m_bars;
    std::optional<double> m_maximum;
    std::optional<double> m_threshold;
    BarChartStyle m_style;
    QString m_emptyText;
};

} // namespace Quorum
