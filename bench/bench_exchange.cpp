// SPDX-License-Identifier: GPL-3.0-or-later
// What `quorum export-json` and `quorum import-json` cost as a workspace grows (issue 10:
// memory at most twice the workspace file plus 100 MB, time linear in size). For 1, 5, 10,
// 20 and 50 generated years (or the years given as arguments), each command runs as a child
// process and its peak memory is read from wait4()'s resource usage. The baselines, run the
// same way in the same run: reading every row of every table with a plain QSqlQuery loop,
// and copying the JSON file. The machine's CPU is shared: compare the ratios, not the times.
#include "generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

using namespace Quorum;

namespace {

struct Run
{
    double seconds = -1;
    double peakMb = -1;
};

// Runs `program arguments…` and waits for it: its wall time and peak resident memory.
Run runChild(const QString &program, const QStringList &arguments)
{
    std::vector<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        storage.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), nullptr, nullptr, argv.data(), environ) != 0)
        return {};
    int status = 0;
    struct rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s %s failed\n", qPrintable(program), qPrintable(arguments.join(u' ')));
        return {};
    }
    return {timer.nsecsElapsed() / 1e9, usage.ru_maxrss / 1024.0}; // ru_maxrss is in KiB
}

// The baseline for export: every row of every table read with a plain query, nothing kept.
int readAllRows(const QString &path)
{
    qint64 cells = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return 1;
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        tables.finish();
        for (const QString &name : std::as_const(names)) {
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            rows.exec(u"SELECT * FROM \""_qs + name + u"\" ORDER BY rowid"_qs);
            const int columns = rows.record().count();
            while (rows.next())
                for (int i = 0; i < columns; ++i)
                    cells += rows.value(i).toString().size() > 0 ? 1 : 0;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    return cells >= 0 ? 0 : 1; // the cells are counted so that the reads are not skipped

}

int copyFile(const QString &from, const QString &to)
{
    return QFile::copy(from, to) ? 0 : 1;
}

double megabytes(const QString &path)
{
    return QFileInfo(path).size() / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    // The child modes that run the baselines.
    if (arguments.size() == 3 && arguments.at(1) == u"--read-rows")
        return readAllRows(arguments.at(2));
    if (arguments.size() == 4 && arguments.at(1) == u"--copy")
        return copyFile(arguments.at(2), arguments.at(3));

    QList<int> years;
    for (qsizetype i = 1; i < arguments.size(); ++i)
        years << arguments.at(i).toInt();
    if (years.isEmpty())
        years = {1, 5, 10, 20, 50};
    const QString quorum = QStringLiteral(QUORUM_BINARY);
    const QString self = app.applicationFilePath();
    QTemporaryDir dir;

    std::printf("export-json and import-json in child processes; peak memory from wait4(); shared CPU: compare ratios\n");
    std::printf("%5s %8s %8s | %8s %8s %8s | %8s %8s %8s | %8s %8s | %8s %8s | %8s %7s\n", "years", "file MB", "json MB",
                "export s", "rows s", "ratio", "import s", "copy s", "ratio", "exp MB", "imp MB", "rows MB", "copy MB",
                "limit MB", "within");
    std::vector<double> exportPerMb, importPerMb;
    for (int n : std::as_const(years)) {
        const QString workspace = dir.filePath(QStringLiteral("gen%1.quorum").arg(n));
        const QString json = dir.filePath(QStringLiteral("gen%1.json").arg(n));
        const QString imported = dir.filePath(QStringLiteral("imported%1.quorum").arg(n));
        const QString copied = dir.filePath(QStringLiteral("copy%1.json").arg(n));
        if (auto generated = generateWorkspaceFile(workspace, {n, 1}); !generated) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.error()));
            return 1;
        }
        const Run rows = runChild(self, {QStringLiteral("--read-rows"), workspace});
        const Run exported = runChild(quorum, {QStringLiteral("export-json"), workspace, json});
        const Run copy = runChild(self, {QStringLiteral("--copy"), json, copied});
        const Run import = runChild(quorum, {QStringLiteral("import-json"), json, imported});
        const double fileMb = megabytes(workspace);
        const double limit = 2 * fileMb + 100;
        const bool within = exported.peakMb >= 0 && import.peakMb >= 0 && exported.peakMb <= limit && import.peakMb <= limit;
        std::printf("%5d %8.1f %8.1f | %8.2f %8.2f %8.1f | %8.2f %8.2f %8.1f | %8.0f %8.0f | %8.0f %8.0f | %8.0f %7s\n", n,
                    fileMb, megabytes(json), exported.seconds, rows.seconds, exported.seconds / rows.seconds, import.seconds,
                    copy.seconds, import.seconds / copy.seconds, exported.peakMb, import.peakMb, rows.peakMb, copy.peakMb,
                    limit, within ? "yes" : "NO");
        std::fflush(stdout);
        exportPerMb.push_back(exported.seconds / megabytes(json));
        importPerMb.push_back(import.seconds / megabytes(json));
        for (const QString &path : {workspace, json, imported, copied})
            QFile::remove(path);
    }
    std::printf("\nseconds per MB of JSON (flat means linear):\n%5s %10s %10s\n", "years", "export", "import");
    for (qsizetype i = 0; i < years.size(); ++i)
        std::printf("%5d %10.4f %10.4f\n", years.at(i), exportPerMb.at(std::size_t(i)), importPerMb.at(std::size_t(i)));
    return 0;
}
