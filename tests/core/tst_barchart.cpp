// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "charts/barchart.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

using namespace Quorum;

namespace {

const QColor background = Qt::white;

QImage render(const BarChart &chart, const QSize &size, const QRect &rect)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(background);
    QPainter painter(&image);
    chart.paint(&painter, rect);
    painter.end();
    return image;
}

int countColour(const QImage &image, const QColor &colour, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.pixelColor(x, y).rgb() == colour.rgb())
                ++n;
    return n;
}

// Pixels that are not the background outside `rect`.
int paintedOutside(const QImage &image, const QRect &rect)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (!rect.contains(x, y) && image.pixelColor(x, y).rgb() != background.rgb())
                ++n;
    return n;
}

BarChart sample()
{
    BarChart chart;
    chart.setBars({{u"Santé mentale"_qs, 10, u"10"_qs, false},
                   {u"Médecine générale"_qs, 5, u"5"_qs, true},
                   {u"CPAS"_qs, 0, u"0"_qs, false}});
    return chart;
}

} // namespace

TEST_CASE("A bar chart draws its bars in the bar and highlight colours")
{
    const BarChart chart = sample();
    const QRect rect(20, 20, 400, 150);
    const QImage image = render(chart, QSize(440, 190), rect);
    CHECK(countColour(image, chart.style().bar, rect) > 200);
    CHECK(countColour(image, chart.style().highlight, rect) > 100);

    QImage probe(1, 1, QImage::Format_ARGB32);
    const QList<BarChart::BarGeometry> g = chart.layout(QFontMetricsF(QFont(), &probe), rect);
    REQUIRE(g.size() == 3);
    // Bars are proportional to their values, the largest full length.
    CHECK(g.at(0).bar.width() == Approx(g.at(0).track.width()));
    CHECK(g.at(1).bar.width() == Approx(g.at(0).bar.width() / 2));
    CHECK(g.at(2).bar.width() == 0);
    CHECK(image.pixelColor(g.at(1).bar.center().toPoint()).rgb() == chart.style().highlight.rgb());
    CHECK(image.pixelColor(g.at(0).bar.center().toPoint()).rgb() == chart.style().bar.rgb());
    // Something is written in the label column of every row.
    for (const BarChart::BarGeometry &bar : g) {
        const QRect label = bar.label.toRect();
        CHECK(countColour(image, background, label) < label.width() * label.height());
    }
    CHECK(paintedOutside(image, rect) == 0);
}

TEST_CASE("Long bar chart labels are elided within their column")
{
    BarChart chart;
    chart.setBars({{u"Représentants des usagers, des patients et des aidants proches de toute la Région"_qs, 3, u"3 · 60%"_qs, false},
                   {u"Handicap"_qs, 2, u"2 · 40%"_qs, false}});
    const QRect rect(10, 10, 300, 80);
    QImage probe(1, 1, QImage::Format_ARGB32);
    const QFontMetricsF metrics(QFont(), &probe);
    const QList<BarChart::BarGeometry> g = chart.layout(metrics, rect);
    REQUIRE(g.size() == 2);
    CHECK(g.at(0).elidedLabel.endsWith(QChar(0x2026)));
    CHECK(metrics.horizontalAdvance(g.at(0).elidedLabel) <= g.at(0).label.width() + 0.5);
    CHECK(g.at(0).label.width() <= rect.width() * chart.style().maxLabelShare + 0.5);
    CHECK(g.at(1).elidedLabel == QStringLiteral("Handicap"));
    for (const BarChart::BarGeometry &bar : g) {
        CHECK(bar.label.right() <= bar.track.left());
        CHECK(bar.value.right() <= rect.right() + 1);
        CHECK(rect.contains(bar.track.toAlignedRect()));
    }
    const QImage image = render(chart, QSize(320, 100), rect);
    CHECK(paintedOutside(image, rect) == 0);
}

TEST_CASE("A bar chart too small for its rows leaves rows out instead of spilling over")
{
    BarChart chart;
    QList<BarChartBar> bars;
    for (int i = 0; i < 40; ++i)
        bars.append({QStringLiteral("Secteur %1").arg(i), double(i), QString::number(i), i % 7 == 0});
    chart.setBars(bars);
    const QRect rect(5, 5, 200, 120);
    QImage probe(1, 1, QImage::Format_ARGB32);
    const QFontMetricsF metrics(QFont(), &probe);
    const QList<BarChart::BarGeometry> g = chart.layout(metrics, rect);
    CHECK(g.size() < 40);
    CHECK(g.size() >= 1);
    for (const BarChart::BarGeometry &bar : g)
        CHECK(bar.label.bottom() <= rect.bottom() + metrics.height());
    CHECK(chart.preferredHeight(metrics) > rect.height());
    CHECK(paintedOutside(render(chart, QSize(210, 130), rect), rect) == 0);
}

TEST_CASE("An empty bar chart shows its empty text and a threshold marks the limit")
{
    BarChart empty;
    empty.setEmptyText(u"Nobody is checked in yet."_qs);
    const QRect rect(0, 0, 300, 100);
    const QImage image = render(empty, rect.size(), rect);
    CHECK(countColour(image, background, rect) < rect.width() * rect.height()); // text was drawn

    BarChart chart = sample();
    chart.setMaximum(20);
    chart.setThreshold(6);
    QImage probe(1, 1, QImage::Format_ARGB32);
    const QList<BarChart::BarGeometry> g = chart.layout(QFontMetricsF(QFont(), &probe), rect);
    REQUIRE(g.size() == 3);
    CHECK(g.at(0).bar.width() == Approx(g.at(0).track.width() / 2)); // 10 of 20
    const auto x = chart.thresholdX(g);
    REQUIRE(x);
    CHECK(*x == Approx(g.at(0).track.left() + g.at(0).track.width() * 0.3));
    chart.setThreshold(25); // beyond the scale: no line
    CHECK_FALSE(chart.thresholdX(g));
}

TEST_CASE("A bar chart draws at printer resolution as well")
{
    // A PDF page is 1200 dpi: the same chart must lay out in points, not in pixels.
    QImage page(2000, 1200, QImage::Format_ARGB32);
    page.setDotsPerMeterX(47244); // 1200 dpi
    page.setDotsPerMeterY(47244);
    page.fill(background);
    const BarChart chart = sample();
    const QRect rect(100, 100, 1800, 1000);
    QPainter painter(&page);
    chart.paint(&painter, rect);
    painter.end();
    const QFontMetricsF metrics(QFont(), &page);
    CHECK(metrics.height() > 100); // a 9 pt font is about 150 device pixels high at 1200 dpi
    CHECK(countColour(page, chart.style().highlight, rect) > 10000);
    CHECK(paintedOutside(page, rect) == 0);
}
