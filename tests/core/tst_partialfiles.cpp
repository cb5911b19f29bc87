// SPDX-License-Identifier: GPL-3.0-or-later
// What a killed import or generate leaves beside its target must not trouble the next run.

#include "catchqt.h"
#include "testworkspace.h"

#include "jsonexchange.h"

#include <QDir>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>

using namespace Quorum;
using namespace QuorumTest;

namespace {

// The id of a process that has ended: what a killed writer's lock files name.
qint64 deadProcessId()
{
    QProcess process;
    process.start(u"true"_qs, {});
    REQUIRE(process.waitForFinished(10000));
    return process.processId() > 0 ? process.processId() : 999999;
}

QStringList partialsIn(const QString &folder, const QString &target)
{
    QStringList found;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System))
        if (name.startsWith(target + u".partial"))
            found << name;
    return found;
}

} // namespace

TEST_CASE("A build removes the partial files a killed build of the same target left", "[jsonexchange][partial]")
{
    Fixture f;
    const QString folder = f.directory.path();
    // What a build killed mid-way leaves: the database, its journals, the database's lock
    // and the build's own lock, both naming a process that no longer runs.
    const QByteArray deadLock = QByteArray::number(deadProcessId()) + "\nquorum\n"
                                + QSysInfo::machineHostName().toUtf8() + "\n";
    const QString stale = f.path(u"copy.quorum.partial-Ab12Cd"_qs);
    REQUIRE(writeFile(stale, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0')));
    REQUIRE(writeFile(stale + u"-wal"_qs, QByteArray(32, 'w')));
    REQUIRE(writeFile(stale + u"-shm"_qs, QByteArray(32768, '\0')));
    REQUIRE(writeFile(stale + u".lock"_qs, deadLock));
    REQUIRE(writeFile(f.path(u"copy.quorum.partial.lock"_qs), deadLock));
    // Another target's partial file is not this build's business.
    REQUIRE(writeFile(f.path(u"other.quorum.partial-Zz99Yy"_qs), "other"));

    auto built = importWorkspaceJson(f.json(), u"test.json"_qs, f.path(u"copy.quorum"_qs));
    INFO(built.error().toStdString());
    REQUIRE(built.ok());
    CHECK(partialsIn(folder, u"copy.quorum"_qs).isEmpty());
    CHECK(QFileInfo::exists(f.path(u"other.quorum.partial-Zz99Yy"_qs)));
    CHECK(Database::open(f.path(u"copy.quorum"_qs)).ok());
}

TEST_CASE("A build refuses while a live build of the same target runs and leaves its files", "[jsonexchange][partial]")
{
    Fixture f;
    // A live writer holds the build lock: its partial file must survive.
    QLockFile live(f.path(u"copy.quorum.partial.lock"_qs));
    REQUIRE(live.tryLock(0));
    REQUIRE(writeFile(f.path(u"copy.quorum.partial-Live01"_qs), "in progress"));
    auto built = importWorkspaceJson(f.json(), u"test.json"_qs, f.path(u"copy.quorum"_qs));
    REQUIRE_FALSE(built.ok());
    CHECK(built.error().contains(u"another Quorum process"_qs));
    CHECK(QFileInfo::exists(f.path(u"copy.quorum.partial-Live01"_qs)));
    CHECK_FALSE(QFileInfo::exists(f.path(u"copy.quorum"_qs)));
}

TEST_CASE("A failed build leaves no partial file and no lock", "[jsonexchange][partial]")
{
    Fixture f;
    auto built = importWorkspaceJson("{ not json", u"bad.json"_qs, f.path(u"copy.quorum"_qs));
    REQUIRE_FALSE(built.ok());
    CHECK(partialsIn(f.directory.path(), u"copy.quorum"_qs).isEmpty());
    CHECK_FALSE(QFileInfo::exists(f.path(u"copy.quorum"_qs)));
}
