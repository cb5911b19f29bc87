// SPDX-License-Identifier: GPL-3.0-or-later
// Every view of the main window (`quorum FILE --view NAME`) opened on a ten-year workspace
// and rendered, next to a bare Qt window holding a 100-row table, measured in the same
// process and run, interleaved so that drift affects both alike.
//
//     bench_views [WORKSPACE.quorum] [--runs N] [--language fr|nl|en]
//
// Without a workspace, a ten-year one is generated in a temporary folder first (not timed).

#include "benchsupport.h"
#include "languageswitcher.h"
#include "mainwindow.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Quorum;
using namespace QuorumBench;

namespace {

// As `quorum FILE --view NAME` does: the window, the workspace, the view, its first frame.
double viewMs(LanguageSwitcher &languages, const QString &path, const QString &view)
{
    QElapsedTimer timer;
    timer.start();
    MainWindow window(&languages);
    if (!window.openWorkspace(path)) {
        std::fprintf(stderr, "bench_views: cannot open %s\n", qPrintable(path));
        std::exit(1);
    }
    window.showView(view);
    renderOnce(window);
    if (QWidget *target = window.viewWidget(view); target != &window)
        (void)target->grab(); // the projector is a window of its own
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    window.closeWorkspace(); // release the lock for the next run
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QStandardPaths::setTestModeEnabled(true); // keep benchmark runs out of the user's recent files
    QApplication application(argc, argv);
    QStringList arguments = application.arguments().mid(1);
    int runs = 3;
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < arguments.size()) {
        runs = qMax(1, arguments.at(i + 1).toInt());
        arguments.remove(i, 2);
    }
    Language language = Language::French;
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--language")); i >= 0 && i + 1 < arguments.size()) {
        language = languageFromCode(arguments.at(i + 1)).value_or(Language::French);
        arguments.remove(i, 2);
    }
    QTemporaryDir directory;
    const QString path = workspaceOrGenerated(arguments.value(0), directory.path(), "bench_views");

    LanguageSwitcher languages;
    languages.setLanguage(language);
    // One warm-up of each, so fonts and plugins are loaded before anything is timed.
    bareWindowMs();
    viewMs(languages, path, MainWindow::viewNames().first());

    std::printf("runs: %d per view (median, offscreen platform, interface %s, same run)\n", runs,
                qPrintable(languageCode(language)));
    std::printf("%-12s %9s %9s %7s\n", "view", "view ms", "bare ms", "ratio");
    double worst = 0;
    for (const QString &view : MainWindow::viewNames()) {
        std::vector<double> bare, quorum;
        for (int i = 0; i < runs; ++i) {
            bare.push_back(bareWindowMs());
            quorum.push_back(viewMs(languages, path, view));
        }
        const double ratio = median(quorum) / median(bare);
        worst = std::max(worst, ratio);
        std::printf("%-12s %9.1f %9.1f %6.2fx\n", qPrintable(view), median(quorum), median(bare), ratio);
        std::fflush(stdout);
    }
    std::printf("worst ratio %.2fx; target: at most 2x the bare window with a 100-row table\n", worst);
    return 0;
}
