// SPDX-License-Identifier: GPL-3.0-or-later
// When a workspace's pages are checked (docs/reliability.md): its structure before it
// opens (SQLite refuses a file shorter than its header says at that first read), every page (PRAGMA quick_check) on another thread while the window
// shows, and always before the first write. A damaged file is never written to.
#include "catchqt.h"
#include "sqlhelpers.h"
#include "testworkspace.h"

#include "storage/database.h"
#include "storage/fileinspection.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A workspace with enough rows that its file has many pages, all in the file (no WAL).
QString fullWorkspace(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(s("full.quorum"));
    REQUIRE(Database::create(path).ok());
    REQUIRE(runSql(path, {s("CREATE TABLE filler (x)"),
                          s("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                            "INSERT INTO filler SELECT hex(randomblob(64)) FROM n"),
                          s("PRAGMA wal_checkpoint(TRUNCATE)")}));
    return path;
}

// The same file with garbage over ten of its last pages (the filler's), header intact.
QString damagedInside(const QTemporaryDir &dir)
{
    QByteArray bytes = readFile(fullWorkspace(dir));
    const qsizetype pages = bytes.size() / 4096;
    REQUIRE(pages > 40);
    for (qsizetype i = (pages - 20) * 4096; i < (pages - 10) * 4096; ++i)
        bytes[i] = char(0xA5 ^ (i & 0xff));
    const QString path = dir.filePath(s("inside.quorum"));
    REQUIRE(writeFile(path, bytes));
    return path;
}

} // namespace

TEST_CASE("A cut-off workspace is refused by the structure check alone", "[integrity]")
{
    QTemporaryDir dir;
    const QByteArray bytes = readFile(fullWorkspace(dir));
    const QString path = dir.filePath(s("cut.quorum"));
    // Its last ten pages (the filler's) gone: everything opening reads is still there.
    REQUIRE(writeFile(path, bytes.left(bytes.size() - 10 * 4096)));
    auto inspected = inspectWorkspaceFile(path, InspectionDepth::Structure);
    REQUIRE_FALSE(inspected.ok());
    CHECK(inspected.error().contains(s("damaged")));
    INFO(inspected.error().toStdString());
    CHECK(inspected.error().contains(s("cut.quorum")));
    // And so does opening, before any connection could write.
    CHECK_FALSE(Database::open(path).ok());
    CHECK(readFile(path) == bytes.left(bytes.size() - 10 * 4096));
}

TEST_CASE("A sound workspace passes the structure check and the page check", "[integrity]")
{
    QTemporaryDir dir;
    const QString path = fullWorkspace(dir);
    CHECK(inspectWorkspaceFile(path, InspectionDepth::Structure).ok());
    CHECK(verifyWorkspacePages(path).ok());
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    CHECK(opened.value()->integrity().ok());
    CHECK(opened.value()->transaction([] { return Result<void>(); }).ok());
}

TEST_CASE("A workspace damaged inside opens but nothing is ever written to it", "[integrity]")
{
    QTemporaryDir dir;
    const QString path = damagedInside(dir);
    // The full inspection (quorum check, exports, read-only opens) refuses it outright.
    REQUIRE_FALSE(inspectWorkspaceFile(path).ok());
    REQUIRE(inspectWorkspaceFile(path, InspectionDepth::Structure).ok());
    const QByteArray before = readFile(path);

    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database &database = *opened.value();
    const Result<void> verdict = database.integrity();
    REQUIRE_FALSE(verdict.ok());
    CHECK(verdict.error().contains(s("damaged")));

    const Result<void> written = database.transaction([&database] {
        return database.removeAll(Entity::Bassin);
    });
    REQUIRE_FALSE(written.ok());
    INFO(written.error().toStdString());
    CHECK(written.error().contains(s("damaged")));
    CHECK(written.error().contains(s("Nothing is written")));
    CHECK_FALSE(database.begin().ok());
    opened.value().reset();
    CHECK(readFile(path) == before);
}

TEST_CASE("An open workspace tells its views when the page check finds it damaged", "[integrity]")
{
    QTemporaryDir dir;
    const QString path = damagedInside(dir);
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    QSignalSpy damaged(opened.value().get(), &Workspace::fileDamaged);
    REQUIRE((damaged.count() == 1 || damaged.wait(10000)));
    CHECK(damaged.first().first().toString().contains(s("damaged")));
}

TEST_CASE("A sound workspace never reports damage after opening", "[integrity]")
{
    QTemporaryDir dir;
    const QString path = fullWorkspace(dir);
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    QSignalSpy damaged(opened.value().get(), &Workspace::fileDamaged);
    REQUIRE(opened.value()->storage().integrity().ok());
    QCoreApplication::processEvents();
    CHECK(damaged.isEmpty());
}
