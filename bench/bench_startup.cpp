// SPDX-License-Identifier: GPL-3.0-or-later
// Time to the first rendered main window on a large workspace, next to that of a bare Qt
// window holding a table, measured in the same process and run.
//
//     bench_startup [WORKSPACE.quorum] [--runs N]
//
// Without a workspace, a ten-year one is generated in a temporary folder first (not timed).

#include "generator.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QMainWindow>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Quorum;

namespace {

// Shows the window and returns once it has been painted to an image, as a user sees it.
void renderOnce(QWidget &window)
{
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    (void)window.grab();
}

double bareWindowMs()
{
    QElapsedTimer timer;
    timer.start();
    QMainWindow window;
    auto *table = new QTableWidget(30, 8);
    for (int r = 0; r < 30; ++r)
        for (int c = 0; c < 8; ++c)
            table->setItem(r, c, new QTableWidgetItem(QStringLiteral("Cell %1.%2").arg(r).arg(c)));
    table->horizontalHeader()->setStretchLastSection(true);
    window.setCentralWidget(table);
    renderOnce(window);
    return double(timer.nsecsElapsed()) / 1e6;
}

double quorumWindowMs(LanguageSwitcher &languages, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    MainWindow window(&languages);
    const double constructed = double(timer.nsecsElapsed()) / 1e6;
    if (!window.openWorkspace(path)) {
        std::fprintf(stderr, "bench_startup: cannot open %s\n", qPrintable(path));
        std::exit(1);
    }
    const double opened = double(timer.nsecsElapsed()) / 1e6;
    renderOnce(window);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (qEnvironmentVariableIsSet("BENCH_PHASES"))
        std::printf("  phases: window %.1f, open %.1f, render %.1f ms\n", constructed, opened - constructed, ms - opened);
    window.closeWorkspace(); // release the lock for the next run
    return ms;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QStandardPaths::setTestModeEnabled(true); // keep benchmark runs out of the user's recent files
    QApplication application(argc, argv);
    QStringList arguments = application.arguments().mid(1);
    int runs = 7;
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < arguments.size()) {
        runs = qMax(1, arguments.at(i + 1).toInt());
        arguments.remove(i, 2);
    }

    QTemporaryDir directory;
    QString path = arguments.value(0);
    if (path.isEmpty()) {
        path = directory.filePath(QStringLiteral("ten-years.quorum"));
        QElapsedTimer timer;
        timer.start();
        auto generated = generateWorkspaceFile(path, {});
        if (!generated) {
            std::fprintf(stderr, "bench_startup: %s\n", qPrintable(generated.error()));
            return 1;
        }
        std::printf("generated %s: %lld councils, %lld people, %lld meetings, %lld agenda items in %.0f ms\n",
                    qPrintable(path), generated.value().councils, generated.value().people, generated.value().meetings,
                    generated.value().agendaItems, double(timer.elapsed()));
    }

    LanguageSwitcher languages;
    languages.setLanguage(Language::French);
    // One warm-up of each, so fonts and plugins are loaded before anything is timed.
    bareWindowMs();
    quorumWindowMs(languages, path);

    std::vector<double> bare, quorum;
    for (int i = 0; i < runs; ++i) { // interleaved, so drift affects both alike
        bare.push_back(bareWindowMs());
        quorum.push_back(quorumWindowMs(languages, path));
    }
    const double bareMedian = median(bare);
    const double quorumMedian = median(quorum);
    std::printf("runs: %d (median, offscreen platform)\n", runs);
    std::printf("baseline  bare Qt window with a table:      %8.1f ms\n", bareMedian);
    std::printf("quorum    main window on the workspace:     %8.1f ms\n", quorumMedian);
    std::printf("ratio     quorum / baseline:                %8.2f x\n", quorumMedian / bareMedian);
    return 0;
}
