// SPDX-License-Identifier: GPL-3.0-or-later
// Where an export may land, what a killed build leaves, and what the terminal is shown:
// quorum run as a process, as users and scripts run it.

#include "catchqt.h"
#include "documentcli.h"
#include "testworkspace.h"

#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

using QuorumTest::Outcome;
using QuorumTest::readFile;
using QuorumTest::writeFile;

namespace {

// The demo workspace held open as the app holds it: its -wal, -shm and .lock exist.
std::unique_ptr<Quorum::Workspace> openAsTheApp(const QString &path)
{
    auto opened = Quorum::Workspace::open(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    std::unique_ptr<Quorum::Workspace> workspace = opened.take();
    // An edit, so the write-ahead log holds something to lose.
    const qint64 personId = workspace->records(Quorum::Entity::Person).first().id;
    REQUIRE(workspace->setValue(Quorum::Entity::Person, personId, u"name"_qs, u"Edited While Open"_qs).ok());
    return workspace;
}

ino_t inodeOf(const QString &path)
{
    struct stat status {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &status) == 0);
    return status.st_ino;
}

void requireRefused(const Outcome &result, const QString &reason)
{
    INFO("stderr: " << result.err.toStdString());
    CHECK(result.exitCode == 1);
    REQUIRE(result.errLines().size() == 1);
    CHECK(result.errLines().first().startsWith(u"quorum: "_qs));
    CHECK(result.errLines().first().contains(reason));
}

} // namespace

TEST_CASE("A screenshot never replaces a workspace", "[cli][exportsafety][screenshot]")
{
    QuorumTest::DocumentCli cli;
    const QByteArray before = readFile(cli.path(u"demo.quorum"_qs));
    const Outcome result = cli.run({u"--demo"_qs, u"--screenshot"_qs, u"demo.quorum"_qs});
    INFO("stderr: " << result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(u"is a workspace"_qs));
    CHECK(readFile(cli.path(u"demo.quorum"_qs)) == before);
    // A picture is still an export like any other: it may replace an earlier picture.
    REQUIRE(writeFile(cli.path(u"old.png"_qs), "earlier picture"));
    const Outcome picture = cli.run({u"--demo"_qs, u"--screenshot"_qs, u"old.png"_qs});
    INFO("stderr: " << picture.err.toStdString());
    CHECK(picture.exitCode == 0);
    CHECK(readFile(cli.path(u"old.png"_qs)).startsWith("\x89PNG"));
}

TEST_CASE("An export never replaces a companion file of a workspace", "[cli][exportsafety]")
{
    QuorumTest::DocumentCli cli;
    const auto workspace = openAsTheApp(cli.path(u"demo.quorum"_qs));
    // Its own files, named as SQLite and Quorum name them.
    for (const char *suffix : {"-wal", "-shm", ".lock"}) {
        const QString name = u"demo.quorum"_qs + QString::fromLatin1(suffix);
        INFO(name.toStdString());
        REQUIRE(QFileInfo::exists(cli.path(name)));
        // Readers update the shared memory file: what must not change is which file it is.
        const QByteArray before = readFile(cli.path(name));
        const auto inode = inodeOf(cli.path(name));
        requireRefused(cli.document(u"minutes"_qs, {u"--format"_qs, u"md"_qs, u"-o"_qs, name}, u"2024-11-13"_qs),
                       u"belongs to the workspace"_qs);
        requireRefused(cli.run({u"export-json"_qs, u"demo.quorum"_qs, name}), u"belongs to the workspace"_qs);
        CHECK(inodeOf(cli.path(name)) == inode);
        CHECK(readFile(cli.path(name)).size() == before.size());
        if (!name.endsWith(u"-shm"_qs))
            CHECK(readFile(cli.path(name)) == before);
    }
    // A companion not there yet is refused as well: it would be SQLite's next.
    requireRefused(cli.document(u"agenda"_qs, {u"--format"_qs, u"html"_qs, u"-o"_qs, u"demo.quorum-journal"_qs}, u"2024-11-13"_qs),
                   u"belongs to the workspace"_qs);
    CHECK_FALSE(QFileInfo::exists(cli.path(u"demo.quorum-journal"_qs)));

    // Through a symbolic link, and a hard link under an export's name.
    const auto shm = inodeOf(cli.path(u"demo.quorum-shm"_qs));
    REQUIRE(QFile::link(cli.path(u"demo.quorum-shm"_qs), cli.path(u"link.md"_qs)));
    requireRefused(cli.document(u"minutes"_qs, {u"-o"_qs, u"link.md"_qs}, u"2024-11-13"_qs), u"belongs to the workspace"_qs);
    CHECK(inodeOf(cli.path(u"demo.quorum-shm"_qs)) == shm);
    REQUIRE(::link(QFile::encodeName(cli.path(u"demo.quorum-shm"_qs)).constData(),
                   QFile::encodeName(cli.path(u"hard.json"_qs)).constData())
            == 0);
    requireRefused(cli.run({u"export-json"_qs, u"demo.quorum"_qs, u"hard.json"_qs}), u"belongs to the workspace"_qs);
    CHECK(inodeOf(cli.path(u"demo.quorum-shm"_qs)) == shm);

    // A name that merely ends like one is an ordinary export.
    REQUIRE(writeFile(cli.path(u"notes.md-wal"_qs), "earlier"));
    const Outcome ordinary = cli.document(u"minutes"_qs, {u"--format"_qs, u"md"_qs, u"-o"_qs, u"notes.md-wal"_qs}, u"2024-11-13"_qs);
    INFO("stderr: " << ordinary.err.toStdString());
    CHECK(ordinary.exitCode == 0);
}

TEST_CASE("A second generate after a killed one succeeds and leaves no partial file", "[cli][exportsafety][partial]")
{
    QuorumTest::DocumentCli cli;
    auto partials = [&] {
        QStringList found;
        for (const QString &name : cli.entries())
            if (name.startsWith(u"big.quorum.partial"_qs))
                found << name;
        return found;
    };
    QProcess killed;
    killed.setWorkingDirectory(cli.path(QString()));
    killed.start(QStringLiteral(QUORUM_EXECUTABLE), {u"generate"_qs, u"big.quorum"_qs, u"--years"_qs, u"50"_qs});
    REQUIRE(killed.waitForStarted(QuorumTest::timeoutMs));
    // Killed while it writes: once its partial database has a write-ahead log.
    for (int i = 0; i < 3000 && killed.state() == QProcess::Running
                    && !partials().join(u' ').contains(u"-wal"_qs); ++i)
        QThread::msleep(10);
    QThread::msleep(200);
    killed.kill();
    REQUIRE(killed.waitForFinished(QuorumTest::timeoutMs));
    REQUIRE(killed.exitStatus() == QProcess::CrashExit);
    INFO("left by the killed run: " << partials().join(u", "_qs).toStdString());
    REQUIRE(partials().size() >= 2);
    CHECK_FALSE(QFileInfo::exists(cli.path(u"big.quorum"_qs)));

    const Outcome again = cli.run({u"generate"_qs, u"big.quorum"_qs, u"--years"_qs, u"1"_qs});
    INFO("stderr: " << again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(partials().isEmpty());
    CHECK(cli.run({u"check"_qs, u"big.quorum"_qs}).exitCode == 0);
}

TEST_CASE("Messages show control characters from files as escapes never raw", "[cli][exportsafety][hostile]")
{
    QuorumTest::DocumentCli cli;
    const Outcome exported = cli.run({u"export-json"_qs, u"demo.quorum"_qs, u"demo.json"_qs});
    REQUIRE(exported.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(readFile(cli.path(u"demo.json"_qs))).object();
    // The export with one field of the first record of `section` set to `value`.
    auto withField = [&root](const QString &section, const QString &key, const QJsonValue &value) {
        QJsonObject changed = root;
        QJsonArray records = changed.value(section).toArray();
        QJsonObject record = records.at(0).toObject();
        record.insert(key, value);
        records.replace(0, record);
        changed.insert(section, records);
        return QJsonDocument(changed).toJson();
    };
    // A kind the program does not know, and a field name it does not know: the messages
    // quote both.
    REQUIRE(writeFile(cli.path(u"hostile.json"_qs), withField(u"councils"_qs, u"kind"_qs, u"\u001b[31mred\u001b[0m\u0007"_qs)));
    REQUIRE(writeFile(cli.path(u"field.json"_qs), withField(u"people"_qs, u"\u001b]0;owned\u0007title"_qs, 1)));

    for (const QString &input : {u"hostile.json"_qs, u"field.json"_qs, u"\u001b[2Jmissing.json"_qs}) {
        const Outcome result = cli.run({u"import-json"_qs, input, u"out.quorum"_qs});
        INFO("stderr: " << result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(u"\\x1b"_qs));
        CHECK_FALSE(result.err.contains(QChar(0x1b)));
        CHECK_FALSE(result.err.contains(QChar(0x07)));
        CHECK(result.errLines().size() == 1);
    }
}
