// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a ten-year workspace and rendering the first window, in French, Dutch and English,
// next to a bare Qt window holding a 100-row table: time and peak memory, measured in the
// same run. Each case runs in a process of its own (the benchmark runs itself with --case),
// so that each peak resident memory (VmHWM) is that case's alone; the time runs from before
// the application object is made to the first painted frame.
//
//     bench_startup [WORKSPACE.quorum] [--runs N]
//
// Without a workspace, a ten-year one is generated in a temporary folder first (not timed).

#include "benchsupport.h"
#include "languageswitcher.h"
#include "mainwindow.h"

#include <QApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <map>

using namespace Quorum;
using namespace QuorumBench;

namespace {

const QStringList cases = {QStringLiteral("bare"), QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("en")};

// One case, in this process: prints "<ms> <peak KiB>".
int runCase(int argc, char **argv, const QString &which, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QStandardPaths::setTestModeEnabled(true); // keep benchmark runs out of the user's recent files
    QApplication application(argc, argv);
    if (which == u"bare") {
        bareWindowMs();
    } else {
        LanguageSwitcher languages;
        languages.setLanguage(*languageFromCode(which));
        MainWindow window(&languages);
        if (!window.openWorkspace(path)) {
            std::fprintf(stderr, "bench_startup: cannot open %s\n", qPrintable(path));
            return 1;
        }
        renderOnce(window);
        std::printf("%.3f %lld\n", double(timer.nsecsElapsed()) / 1e6, peakMemoryKiB());
        std::fflush(stdout);
        window.closeWorkspace();
        return 0;
    }
    std::printf("%.3f %lld\n", double(timer.nsecsElapsed()) / 1e6, peakMemoryKiB());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (arguments.value(0) == u"--case")
        return runCase(argc, argv, arguments.value(1), arguments.value(2));

    QCoreApplication application(argc, argv);
    int runs = 5;
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < arguments.size()) {
        runs = qMax(1, arguments.at(i + 1).toInt());
        arguments.remove(i, 2);
    }
    QTemporaryDir directory;
    const QString path = workspaceOrGenerated(arguments.value(0), directory.path(), "bench_startup");

    std::map<QString, std::vector<double>> times, memory;
    for (int run = 0; run <= runs; ++run) { // run 0 warms the disk cache and is not counted
        for (const QString &which : cases) { // interleaved, so drift affects every case alike
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--case"), which, path});
            if (!child.waitForFinished(600000) || child.exitCode() != 0) {
                std::fprintf(stderr, "bench_startup: the %s case failed\n", qPrintable(which));
                return 1;
            }
            const QList<QByteArray> figures = child.readAllStandardOutput().trimmed().split(' ');
            if (run == 0)
                continue;
            times[which].push_back(figures.value(0).toDouble());
            memory[which].push_back(figures.value(1).toDouble() / 1024.0);
        }
    }
    const double bareMs = median(times[cases.first()]);
    const double bareMiB = median(memory[cases.first()]);
    std::printf("runs: %d per case, each in its own process (median, offscreen platform, same run)\n", runs);
    std::printf("%-44s %9s %7s %9s %7s\n", "", "time ms", "ratio", "peak MiB", "ratio");
    std::printf("%-44s %9.1f %7s %9.1f %7s\n", "baseline  bare Qt window, 100-row table", bareMs, "", bareMiB, "");
    for (const QString &which : cases.mid(1)) {
        const double ms = median(times[which]);
        const double mib = median(memory[which]);
        std::printf("quorum    10-year workspace, interface %-6s %9.1f %6.2fx %9.1f %6.2fx\n", qPrintable(which), ms, ms / bareMs,
                    mib, mib / bareMiB);
    }
    std::printf("targets: at most 1.5x in time and 1.5x in memory\n");
    return 0;
}
