// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the window benchmarks share: the baseline window, rendering as a user sees it, the
// ten-year workspace they run on, and the process's peak memory.

#include "generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QMainWindow>
#include <QTableWidget>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace QuorumBench {

// Shows the window and returns once it has been painted to an image, as a user sees it.
inline void renderOnce(QWidget &window)
{
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    (void)window.grab();
}

// The baseline of issue 10: a bare Qt window holding a 100-row table, shown and painted.
inline double bareWindowMs()
{
    QElapsedTimer timer;
    timer.start();
    QMainWindow window;
    auto *table = new QTableWidget(100, 8);
    for (int r = 0; r < 100; ++r)
        for (int c = 0; c < 8; ++c)
            table->setItem(r, c, new QTableWidgetItem(QStringLiteral("Cell %1.%2").arg(r).arg(c)));
    table->horizontalHeader()->setStretchLastSection(true);
    window.setCentralWidget(table);
    renderOnce(window);
    return double(timer.nsecsElapsed()) / 1e6;
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

// The process's peak resident memory (VmHWM), in KiB.
inline qint64 peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// `path` when given, else a ten-year workspace generated into `folder` (not timed).
inline QString workspaceOrGenerated(const QString &path, const QString &folder, const char *program)
{
    if (!path.isEmpty())
        return path;
    const QString generated = folder + QStringLiteral("/ten-years.quorum");
    QElapsedTimer timer;
    timer.start();
    auto summary = Quorum::generateWorkspaceFile(generated, {});
    if (!summary) {
        std::fprintf(stderr, "%s: %s\n", program, qPrintable(summary.error()));
        std::exit(1);
    }
    std::printf("generated %s: %lld councils, %lld people, %lld meetings, %lld agenda items in %.0f ms\n",
                qPrintable(generated), summary.value().councils, summary.value().people, summary.value().meetings,
                summary.value().agendaItems, double(timer.elapsed()));
    return generated;
}

} // namespace QuorumBench
