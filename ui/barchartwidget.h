// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/barchart.h"

#include <QWidget>

namespace Quorum {

// Shows a core BarChart on screen, in the widget's palette and font; the same chart can be
// drawn into a PDF by the documents code.
class BarChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit BarChartWidget(QWidget *parent = nullptr);
    void setChart(const BarChart &chart);
    const BarChart &chart() const { return m_chart; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    BarChart m_chart;
};

} // namespace Quorum
