// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk, simulated with a file-size limit on the quorum process: the command must
// fail with a clear message and leave no file, whole or partial, behind; an export that
// fails leaves the previous file as it was.
#include "catchqt.h"
#include "testworkspace.h"

#include "workspace.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

// Runs quorum under `ulimit -f` (in 512-byte blocks, as bash counts), with SIGXFSZ
// ignored so a write past the limit fails with EFBIG like a full disk does.
Run runWithFileLimit(int blocks, const QStringList &arguments, const QString &directory)
{
    QString command = QStringLiteral("ulimit -f %1; trap '' XFSZ; exec \"$0\" \"$@\"").arg(blocks);
    QProcess process;
    process.setWorkingDirectory(directory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), directory);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("bash"), QStringList{QStringLiteral("-c"), command, QStringLiteral(QUORUM_EXECUTABLE)} + arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace

TEST_CASE("Generating onto a full disk fails cleanly and leaves nothing")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Run run = runWithFileLimit(400, {QStringLiteral("generate"), QStringLiteral("big.quorum"), QStringLiteral("--years"),
                                           QStringLiteral("3")},
                                     dir.path());
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.startsWith(QStringLiteral("quorum: ")));
    CHECK(run.err.contains(QStringLiteral("disk is full")));
    CHECK(run.err.trimmed().count(u'\n') == 0);
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    CHECK_FALSE(left.contains(QStringLiteral("big.quorum")));
    for (const QString &file : left)
        CHECK_FALSE(file.startsWith(QStringLiteral("big.quorum")));
}

TEST_CASE("Importing onto a full disk fails cleanly and leaves nothing")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QProcess demo;
    demo.setWorkingDirectory(dir.path());
    demo.start(QStringLiteral(QUORUM_EXECUTABLE), {QStringLiteral("generate"), QStringLiteral("source.quorum"),
                                                    QStringLiteral("--years"), QStringLiteral("1")});
    REQUIRE(demo.waitForFinished(120000));
    REQUIRE(demo.exitCode() == 0);
    demo.start(QStringLiteral(QUORUM_EXECUTABLE), {QStringLiteral("export-json"), QStringLiteral("source.quorum"),
                                                    QStringLiteral("source.json")});
    REQUIRE(demo.waitForFinished(120000));
    REQUIRE(demo.exitCode() == 0);

    const Run run = runWithFileLimit(300, {QStringLiteral("import-json"), QStringLiteral("source.json"), QStringLiteral("copy.quorum")},
                                     dir.path());
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("copy.quorum")));
    for (const QString &file : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
        CHECK_FALSE(file.startsWith(QStringLiteral("copy.quorum")));
}

TEST_CASE("An export that fails on a full disk keeps the previous file byte for byte", "[diskfull][exportsafety]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QProcess demo;
    demo.setWorkingDirectory(dir.path());
    demo.start(QStringLiteral(QUORUM_EXECUTABLE), {QStringLiteral("demo"), QStringLiteral("demo.quorum")});
    REQUIRE(demo.waitForFinished(120000));
    REQUIRE(demo.exitCode() == 0);
    // Held open as the app holds it: the readers under the limit then find SQLite's shared
    // memory file already full size, and the export is the only thing they write.
    auto opened = Quorum::Workspace::open(dir.filePath(QStringLiteral("demo.quorum")));
    REQUIRE(opened.ok());
    const std::unique_ptr<Quorum::Workspace> workspace = opened.take();

    const QByteArray earlier("The previous export, which must survive.\n");
    const QString meeting = QStringLiteral("2024-11-13");
    const QList<QStringList> commands{
        {QStringLiteral("minutes"), QStringLiteral("demo.quorum"), QStringLiteral("--meeting"), meeting, QStringLiteral("--format"),
         QStringLiteral("md"), QStringLiteral("-o"), QStringLiteral("existing.md")},
        {QStringLiteral("agenda"), QStringLiteral("demo.quorum"), QStringLiteral("--meeting"), meeting, QStringLiteral("-o"),
         QStringLiteral("agenda.md")},
        {QStringLiteral("agenda"), QStringLiteral("demo.quorum"), QStringLiteral("--meeting"), meeting, QStringLiteral("-o"),
         QStringLiteral("agenda.html")},
        {QStringLiteral("agenda"), QStringLiteral("demo.quorum"), QStringLiteral("--meeting"), meeting, QStringLiteral("-o"),
         QStringLiteral("agenda.odt")},
        {QStringLiteral("minutes"), QStringLiteral("demo.quorum"), QStringLiteral("--meeting"), meeting, QStringLiteral("-o"),
         QStringLiteral("minutes.pdf")},
        {QStringLiteral("decisions"), QStringLiteral("demo.quorum"), QStringLiteral("-o"), QStringLiteral("decisions.json")},
        {QStringLiteral("export-json"), QStringLiteral("demo.quorum"), QStringLiteral("workspace.json")},
    };
    for (const QStringList &command : commands) {
        const QString out = command.last();
        REQUIRE(QuorumTest::writeFile(dir.filePath(out), earlier));
        const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
        const Run run = runWithFileLimit(1, command, dir.path());
        INFO("quorum " << command.join(u' ').toStdString() << "\nstderr: " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.startsWith(QStringLiteral("quorum: ")));
        CHECK(run.err.contains(out + QStringLiteral(": cannot be written")));
        CHECK(run.err.trimmed().count(u'\n') == 0);
        CHECK(QuorumTest::readFile(dir.filePath(out)) == earlier);
        // No temporary file of the export is left beside it.
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name) == before);
    }
}
