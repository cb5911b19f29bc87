// SPDX-License-Identifier: GPL-3.0-or-later
// How long importing 10,000 people from a spreadsheet takes, next to SQLite's own CSV
// import of the same file measured in the same run (issue 18: at most twice as long).
//
//   bench_members_import [RUNS] [PEOPLE]
//
// Quorum's figure: read the file (encoding, separator, quotes), plan (headers, sectors and
// bassins matched by name, known people looked up, every cell checked), then write people and
// memberships as one undoable step committed to a WAL workspace with synchronous=FULL.
// The baseline: the `sqlite3` shell's `.import` of the same file into a fresh database (one
// table of text columns, nothing checked or matched); the shell's own start (the same
// command with nothing to import, measured in the same run) is taken off, so that the
// baseline is the import alone. Where the sqlite3 program is not installed, a plain
// prepared INSERT loop in one transaction through Qt Sql instead, said in the output.
// The workspace is a generated one (not timed), copied fresh for each run; its page check,
// which opening starts on another thread, is waited for before the clock starts (it is
// opening's cost, not the import's). Quorum and the baseline alternate which goes first.

#include "generator.h"
#include "members/memberimport.h"
#include "storage/database.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace Quorum;

namespace {

// CPU time used so far by this process (or by its finished children), in ms: on a machine
// shared by several builds, wall time mostly measures the others.
double cpuMs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// What a coordination office's spreadsheet looks like, saved by Excel-FR: BOM, semicolons,
// CRLF, accents, quoted cells with a separator or a line break inside.
QByteArray spreadsheet(int people)
{
    const QStringList sectors = {u"Santé mentale"_qs, u"Thuiszorg en -hulp"_qs, u"médecine générale"_qs, u"CPAS"_qs,
                                 u"Aide aux sans-abri"_qs, u"Promotion de la santé"_qs};
    const QStringList bassins = {u"Nord"_qs, u"Noord-Oost"_qs, u"Sud-Est"_qs, u"Zuid"_qs, u"Centre-Ouest"_qs};
    const QStringList first = {u"Hélène"_qs, u"François"_qs, u"Anaïs"_qs, u"Jürgen"_qs, u"Noël"_qs, u"Zoë"_qs, u"Marc"_qs};
    QString text = u"\uFEFFPrénom;Nom;Organisation;Secteur;Fonction;Profession;Bassin;Langue;Genre;E-mail;Rôle\r\n"_qs;
    for (int i = 0; i < people; ++i) {
        const QString organisation = i % 10 == 0 ? u"\"ASBL Entr'aide; service social\""_qs
                                                  : u"Maison médicale n°"_qs + QString::number(i % 300);
        const QString function = i % 25 == 0 ? u"\"Coordinatrice\r\n(mi-temps)\""_qs : u"Coordination"_qs;
        text += first.at(i % first.size()) + u';' + u"D'Hondt-"_qs + QString::number(i) + u';' + organisation + u';'
                + sectors.at(i % sectors.size()) + u';' + function + u";assistant·e social·e;"_qs + bassins.at(i % bassins.size())
                + u';' + (i % 3 ? u"français"_qs : u"Nederlands"_qs) + u';' + (i % 2 ? u"F"_qs : u"M"_qs) + u";personne"_qs
                + QString::number(i) + u"@example.be;votant\r\n"_qs;
    }
    return text.toUtf8();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    const int people = argc > 2 ? qMax(1, QString::fromLocal8Bit(argv[2]).toInt()) : 10000;

    QTemporaryDir directory;
    const QString base = directory.filePath(u"base.quorum"_qs);
    if (auto generated = generateWorkspaceFile(base, {1, 1}); !generated) {
        std::fprintf(stderr, "cannot generate the workspace: %s\n", qPrintable(generated.error()));
        return 1;
    }
    const QString csv = directory.filePath(u"members.csv"_qs);
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly) || file.write(spreadsheet(people)) < 0)
            return 1;
    }
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_qs);

    QList<double> quorumMs, baselineMs, readMs, planMs; // read and plan: time since the start
    QList<double> quorumCpu, baselineCpu, startMs, startCpu;

    // The sqlite3 shell on `database`, importing the file or (`import` false) only starting.
    const auto shell = [&](const QString &database, bool import) {
        QProcess process;
        QStringList arguments{database, u"-cmd"_qs, u".mode csv"_qs, u"-cmd"_qs, u".separator ;"_qs};
        arguments << (import ? u".import "_qs + csv + u" people"_qs : u".quit"_qs);
        process.start(sqlite3, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            std::fprintf(stderr, "sqlite3 failed: %s\n", process.readAllStandardError().constData());
            return false;
        }
        return true;
    };
    const auto baselineRun = [&](int run) {
        const QString database = directory.filePath(u"baseline%1.db"_qs.arg(run));
        QElapsedTimer timer;
        if (!sqlite3.isEmpty()) {
            const double childrenBefore = cpuMs(RUSAGE_CHILDREN);
            timer.start();
            if (!shell(directory.filePath(u"empty%1.db"_qs.arg(run)), false))
                return false;
            startMs << timer.nsecsElapsed() / 1e6;
            startCpu << cpuMs(RUSAGE_CHILDREN) - childrenBefore;
        }
        const double selfBefore = cpuMs(RUSAGE_SELF), childrenBefore = cpuMs(RUSAGE_CHILDREN);
        timer.restart();
        if (!sqlite3.isEmpty()) {
            if (!shell(database, true))
                return false;
        } else {
            // The same file's rows through one prepared INSERT in one transaction.
            const Result<CsvTable> rows = readCsvFile(csv);
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"baseline%1"_qs.arg(run));
            db.setDatabaseName(database);
            db.open();
            QSqlQuery query(db);
            query.exec(u"CREATE TABLE people (c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10)"_qs);
            db.transaction();
            query.prepare(u"INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
            for (const QStringList &row : rows.value().rows.mid(1)) {
                for (int c = 0; c < 11; ++c)
                    query.bindValue(c, row.value(c));
                query.exec();
            }
            db.commit();
        }
        baselineMs << timer.nsecsElapsed() / 1e6 - (startMs.isEmpty() ? 0 : startMs.last());
        baselineCpu << cpuMs(RUSAGE_SELF) - selfBefore + cpuMs(RUSAGE_CHILDREN) - childrenBefore
                           - (startCpu.isEmpty() ? 0 : startCpu.last());
        // Not timed: the baseline did import every person (the header names the columns).
        QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"check%1"_qs.arg(run));
        check.setDatabaseName(database);
        bool complete = false;
        if (check.open()) {
            QSqlQuery count(check);
            complete = count.exec(u"SELECT count(*) FROM people"_qs) && count.next() && count.value(0).toInt() == people;
        }
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check%1"_qs.arg(run));
        if (!complete)
            std::fprintf(stderr, "the baseline did not import %d rows\n", people);
        return complete;
    };

    for (int run = 0; run < runs; ++run) {
        if (run % 2 == 1 && !baselineRun(run))
            return 1;
        const QString path = directory.filePath(u"run%1.quorum"_qs.arg(run));
        if (!QFile::copy(base, path))
            return 1;
        auto opened = Workspace::open(path);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
            return 1;
        }
        Workspace &workspace = *opened.value();
        const qint64 council = workspace.records(Entity::Council).first().id;
        // Opening's page check runs on another thread and the first write waits for it:
        // done before the clock starts, as it is once a window has been open a moment.
        if (auto sound = workspace.storage().integrity(); !sound) {
            std::fprintf(stderr, "%s\n", qPrintable(sound.error()));
            return 1;
        }

        QElapsedTimer timer;
        const double cpuBefore = cpuMs(RUSAGE_SELF);
        timer.start();
        const Result<CsvTable> table = readCsvFile(csv);
        readMs << timer.nsecsElapsed() / 1e6;
        const MemberImportPlan plan = planMemberImport(workspace.storage(), council, table);
        planMs << timer.nsecsElapsed() / 1e6;
        auto applied = applyMemberImport(workspace, plan);
        quorumMs << timer.nsecsElapsed() / 1e6;
        quorumCpu << cpuMs(RUSAGE_SELF) - cpuBefore;
        if (!applied || applied.value().added != people) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(applied ? u"wrong count"_qs : applied.error()));
            return 1;
        }
        if (run % 2 == 0 && !baselineRun(run))
            return 1;
    }

    const double quorum = median(quorumMs);
    const double baseline = median(baselineMs);
    std::printf("bench_members_import: %d people, median of %d runs (same run, shared CPU: compare the ratio)\n", people, runs);
    std::printf("  Quorum import (read, plan, one undoable step)  %8.1f ms\n", quorum);
    std::printf("    of which reading the file %.1f ms, planning %.1f ms, writing %.1f ms\n", median(readMs),
                median(planMs) - median(readMs), quorum - median(planMs));
    std::printf("  baseline: %-36s %8.1f ms\n",
                sqlite3.isEmpty() ? "Qt prepared INSERT loop, 1 transaction" : "sqlite3 shell .import (same file)", baseline);
    if (!sqlite3.isEmpty())
        std::printf("    the shell's own start, taken off the baseline: %.1f ms, CPU %.1f ms\n", median(startMs), median(startCpu));
    std::printf("  ratio Quorum / baseline, wall time             %8.2f (issue 18: at most 2.00)\n", quorum / baseline);
    std::printf("  CPU time: Quorum %.1f ms, baseline %.1f ms, ratio %.2f\n", median(quorumCpu), median(baselineCpu),
                median(quorumCpu) / median(baselineCpu));
    return 0;
}
