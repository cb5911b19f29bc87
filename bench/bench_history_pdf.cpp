// SPDX-License-Identifier: GPL-3.0-or-later
// How the decisions PDF (quorum decisions FILE --format pdf) grows with a council's life,
// next to a baseline measured in the same run: the same HTML printed by a bare
// QTextDocument::print() at the same resolution and with the same body font (bareprint.h).
// Targets: time per decision about constant from 1 to 20 years, and at most 2 times the
// bare print.
//
//   bench_history_pdf [YEARS...]          (default: 1 5 10 20)
//
// Each workspace is generated in a temporary folder (not timed), its whole history read
// (not timed), then rendered once by each. While the generator makes no closed votes, the
// demo's decisions are repeated, 40 a year, and the line says so.

#include "bareprint.h"
#include "decisions/history.h"
#include "decisions/historyexport.h"
#include "demo.h"
#include "documents/renderers.h"
#include "generator.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Quorum;

namespace {

QList<DecisionHistoryEntry> historyOf(const QString &path)
{
    auto opened = Database::openReadOnly(path);
    if (!opened) {
        std::fprintf(stderr, "bench_history_pdf: %s\n", qPrintable(opened.error()));
        return {};
    }
    return decisionHistory(*opened.value());
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QList<int> years;
    for (int i = 1; i < argc; ++i)
        if (const int n = QString::fromLocal8Bit(argv[i]).toInt(); n > 0)
            years.append(n);
    if (years.isEmpty())
        years = {1, 5, 10, 20};

    QTemporaryDir directory;
    QList<DecisionHistoryEntry> demo; // read once, if the generator leaves us without votes
    std::printf("%6s %10s %7s %12s %14s %12s %7s\n", "years", "decisions", "pages", "Quorum ms", "ms/decision", "bare ms", "ratio");
    for (const int n : years) {
        const QString path = directory.filePath(QStringLiteral("years-%1.quorum").arg(n));
        if (auto generated = generateWorkspaceFile(path, {n, 1}); !generated) {
            std::fprintf(stderr, "bench_history_pdf: %s\n", qPrintable(generated.error()));
            return 1;
        }
        QList<DecisionHistoryEntry> entries = historyOf(path);
        const char *source = "generated";
        if (entries.isEmpty()) {
            if (demo.isEmpty()) {
                const QString demoPath = directory.filePath(u"demo.quorum"_qs);
                if (auto written = writeDemoWorkspace(demoPath); !written) {
                    std::fprintf(stderr, "bench_history_pdf: %s\n", qPrintable(written.error()));
                    return 1;
                }
                demo = historyOf(demoPath);
                if (demo.isEmpty())
                    return 1;
            }
            for (int i = 0; entries.size() < 40 * n; ++i)
                entries.append(demo.at(i % demo.size()));
            source = "demo decisions repeated (the generator makes no votes)";
        }
        const Document document = decisionHistoryDocument(entries);
        const QString html = richTextHtml(document, DocumentLanguages::Both);

        QElapsedTimer timer;
        timer.start();
        auto pdf = renderPdf(document, DocumentLanguages::Both);
        const double ours = timer.nsecsElapsed() / 1e6;
        if (!pdf) {
            std::fprintf(stderr, "bench_history_pdf: %s\n", qPrintable(pdf.error()));
            return 1;
        }
        const QuorumBench::BarePrint bare = QuorumBench::barePrint(html);
        const int pages = QString::fromLatin1(pdf.value()).count(u"/Type /Page\n"_qs);
        std::printf("%6d %10lld %7d %12.0f %14.2f %12.0f %7.2f   %s\n", n, static_cast<long long>(entries.size()), pages, ours,
                    ours / entries.size(), bare.ms, ours / bare.ms, source);
        std::fflush(stdout);
    }
    return 0;
}
