// SPDX-License-Identifier: GPL-3.0-or-later
// What durable commits cost per edit. Quorum commits every user step with synchronous=FULL
// (docs/reliability.md): a commit is on the disk before the edit returns. The baselines,
// measured in the same run on the same kind of file: a plain SQLite UPDATE per transaction
// with synchronous=NORMAL (what Quorum used before, which may lose the last commits to a
// power cut) and with FULL.
#include "generator.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Quorum;

namespace {

constexpr int edits = 400;

struct Figures
{
    double medianMs = 0;
    double p99Ms = 0;
};

Figures summarise(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2), samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 99 / 100))};
}

Figures plainUpdates(const QString &path, const char *synchronous)
{
    QList<double> samples;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous = ") + QString::fromLatin1(synchronous));
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE council SET name_fr = :name WHERE id = (SELECT MIN(id) FROM council)"));
        for (int i = 0; i < edits; ++i) {
            QElapsedTimer timer;
            timer.start();
            query.exec(QStringLiteral("BEGIN IMMEDIATE"));
            update.bindValue(QStringLiteral(":name"), QStringLiteral("Conseil %1").arg(i));
            update.exec();
            query.exec(QStringLiteral("COMMIT"));
            samples.append(timer.nsecsElapsed() / 1e6);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    return summarise(samples);
}

Figures quorumEdits(const QString &path)
{
    auto opened = Workspace::open(path);
    if (!opened)
        return {};
    Workspace &workspace = *opened.value();
    const qint64 council = workspace.records(Entity::Council).first().id;
    QList<double> samples;
    for (int i = 0; i < edits; ++i) {
        QElapsedTimer timer;
        timer.start();
        // Alternating columns, so that no edit merges into the one before.
        (void)workspace.setValue(Entity::Council, council, i % 2 ? QStringLiteral("name_fr") : QStringLiteral("name_nl"),
                                 QStringLiteral("Conseil %1").arg(i));
        samples.append(timer.nsecsElapsed() / 1e6);
    }
    return summarise(samples);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-durability-XXXXXX"));
    // A council's ten years, as `quorum generate --years 10` writes them: the edits and the
    // baselines run on the same generated file.
    const QString path = dir.filePath(QStringLiteral("ten-years.quorum"));
    GeneratorOptions options;
    options.years = 10;
    if (!dir.isValid() || !generateWorkspaceFile(path, options)) {
        std::fprintf(stderr, "bench_durability: cannot generate the ten-year workspace\n");
        return 1;
    }
    const Figures normal = plainUpdates(path, "NORMAL");
    const Figures full = plainUpdates(path, "FULL");
    const Figures quorum = quorumEdits(path);
    std::printf("%d edits of one value in a generated ten-year workspace, on the disk of %s\n", edits, qPrintable(dir.path()));
    std::printf("%-44s median %7.3f ms   p99 %7.3f ms\n", "baseline: SQLite UPDATE, synchronous=NORMAL", normal.medianMs, normal.p99Ms);
    std::printf("%-44s median %7.3f ms   p99 %7.3f ms\n", "baseline: SQLite UPDATE, synchronous=FULL", full.medianMs, full.p99Ms);
    std::printf("%-44s median %7.3f ms   p99 %7.3f ms\n", "Quorum: an undoable edit (FULL)", quorum.medianMs, quorum.p99Ms);
    std::printf("cost of FULL over NORMAL per commit: %.2fx; Quorum edit over a plain FULL commit: %.2fx\n",
                full.medianMs / std::max(normal.medianMs, 1e-9), quorum.medianMs / std::max(full.medianMs, 1e-9));
    return 0;
}
