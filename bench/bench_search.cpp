// SPDX-License-Identifier: GPL-3.0-or-later
// The decision history on generated ten- and fifty-year workspaces: the full-text search as
// the history view calls it, next to a plain SQLite LIKE over the same texts in the same run
// (issue 10: at most 20 ms and 3 × LIKE at ten years, 50 ms at fifty), and reading a whole
// council's history next to recounting its votes (what reading it cost before results
// were stored). Medians of repeated runs; the CPU is shared, so compare the ratios.

#include "decisions/history.h"
#include "decisions/votes.h"
#include "generator.h"
#include "storage/decisionsearch.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Quorum;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// A word of the texts the history holds: the longest of a question, somewhere in the middle.
QString wordOf(const QString &text)
{
    QString best;
    for (const QString &word : searchFolded(text).split(u' ', Qt::SkipEmptyParts))
        if (word.size() > best.size() && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); }))
            best = word;
    return best;
}

void run(int years)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.quorum"));
    GeneratorOptions options;
    options.years = years;
    QElapsedTimer timer;
    timer.start();
    if (!dir.isValid() || !generateWorkspaceFile(path, options)) {
        std::fprintf(stderr, "bench_search: cannot generate %d years\n", years);
        return;
    }
    const double generated = double(timer.elapsed()) / 1000.0;
    timer.restart();
    auto opened = Workspace::open(path); // counts and indexes what a bulk writer left
    if (!opened) {
        std::fprintf(stderr, "bench_search: %s\n", qPrintable(opened.error()));
        return;
    }
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    const Database &db = opened.value()->storage();

    const QList<DecisionHistoryEntry> all = decisionHistory(db);
    std::printf("\n%d years: %lld decisions (generated in %.1f s; first open %.0f ms)\n", years, qlonglong(all.size()),
                generated, openMs);
    if (all.isEmpty()) {
        std::printf("  no decisions: nothing to search\n");
        return;
    }
    QHash<qint64, int> perCouncil;
    for (const DecisionHistoryEntry &entry : all)
        ++perCouncil[entry.councilId];
    const qint64 council = std::max_element(perCouncil.cbegin(), perCouncil.cend()).key();

    // Words from the data: a question's word, an item's, a council's name, a rare and an absent one.
    const DecisionHistoryEntry &middle = all.at(all.size() / 2);
    const QStringList words = {wordOf(middle.question.fr), wordOf(middle.itemTitle.nl), wordOf(middle.councilName.fr),
                               wordOf(all.last().question.nl), u"zzzqx"_qs};
    const int runs = 15;
    std::printf("  %-28s %7s %12s %12s %8s %14s\n", "search (one word)", "found", "view ms", "LIKE ms", "ratio",
                "history+words");
    for (const QString &word : words) {
        if (word.isEmpty())
            continue;
        // As the view: the period read once, narrowed through the index as the user types.
        qsizetype hits = 0;
        const double view = medianMs(runs, [&] { hits = refineDecisions(db, all, word, {}).size(); });
        const double like = medianMs(runs, [&] { (void)decisionsLike(db, word); });
        DecisionHistoryFilter filter;
        filter.text = word;
        const double full = medianMs(5, [&] { (void)decisionHistory(db, filter); });
        std::printf("  %-28s %7lld %12.2f %12.2f %7.2fx %12.1f ms\n", qPrintable(word.left(28)), qlonglong(hits), view,
                    like, like > 0 ? view / like : 0.0, full);
    }

    const QList<DecisionHistoryEntry> councilEntries = [&] {
        DecisionHistoryFilter filter;
        filter.councilId = council;
        return decisionHistory(db, filter);
    }();
    DecisionHistoryFilter byCouncil;
    byCouncil.councilId = council;
    const double read = medianMs(5, [&] { (void)decisionHistory(db, byCouncil); });
    const double recount = medianMs(1, [&] {
        for (const DecisionHistoryEntry &entry : councilEntries)
            (void)countVote(db, entry.voteId);
    });
    std::printf("  decisionHistory() of council %lld (%lld decisions): %.1f ms; recounting its votes (before): %.1f ms (%.1fx)\n",
                qlonglong(council), qlonglong(councilEntries.size()), read, recount, read > 0 ? recount / read : 0.0);
    const double whole = medianMs(3, [&] { (void)decisionHistory(db); });
    std::printf("  decisionHistory() of the whole workspace: %.1f ms\n", whole);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("bench_search: the decision history's full-text search next to SQLite LIKE, same run, same texts\n");
    std::printf("(view ms: refineDecisions through the FTS5 index, as the history view narrows as one types;\n"
                " LIKE ms: SELECT rowid FROM decision_search WHERE body LIKE '%%word%%' over the same folded texts;\n"
                " history+words: decisionHistory() with the word, reading every matching entry)\n");
    QList<int> years = {10, 50};
    if (argc > 1)
        years = {QString::fromLocal8Bit(argv[1]).toInt()};
    for (int y : std::as_const(years))
        run(y);
    return 0;
}
