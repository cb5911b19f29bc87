// SPDX-License-Identifier: GPL-3.0-or-later
// What protects a workspace from crashes, second writers and refused commits: one transaction
// per user step, durable commits, a lock on the file itself, read-only files kept read-only.
#include "catchqt.h"
#include "sqlhelpers.h"
#include "testworkspace.h"

#include "storage/database.h"
#include "demo.h"
#include "workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <unistd.h>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

qint64 countRows(const QString &path, const char *table)
{
    QStringList rows;
    REQUIRE(runSql(path, {u"SELECT COUNT(*) FROM "_qs + s(table)}, &rows));
    return rows.value(0).toLongLong();
}

Record agendaItem(qint64 meetingId, const char *title)
{
    Record item(Entity::AgendaItem, {{s("meeting_id"), meetingId}});
    item.setBilingual(s("title"), {s(title), s(title)});
    return item;
}

} // namespace

TEST_CASE("Every connection commits durably and overwrites what it deletes", "[durability]")
{
    Fixture f;
    const Database &db = f.workspace->storage();
    CHECK(db.connectionSetting(s("synchronous")) == s("2")); // FULL
    CHECK(db.connectionSetting(s("secure_delete")) == s("1"));
    CHECK(db.connectionSetting(s("journal_mode")) == s("wal"));
    CHECK(db.connectionSetting(s("foreign_keys")) == s("1"));
    CHECK(db.connectionSetting(s("cache_size")).isEmpty()); // only the listed settings are told
}

TEST_CASE("A step refused part-way leaves nothing in the file or the history", "[durability]")
{
    Fixture f;
    const QString path = f.workspace->filePath();
    const qint64 before = countRows(path, "agenda_item");
    const int steps = f.workspace->undoStack()->count();
    QSignalSpy removed(f.workspace.get(), &Workspace::recordRemoved);
    {
        EditStep step(*f.workspace, s("Two items"));
        REQUIRE(step.check(f.workspace->addRecord(agendaItem(f.meetingId, "Un"))));
        REQUIRE(step.check(f.workspace->addRecord(agendaItem(f.meetingId, "Deux"))));
        // Another connection sees nothing of the step before it ends: one transaction.
        CHECK(countRows(path, "agenda_item") == before);
        step.fail(s("refused at the end"));
    }
    CHECK(countRows(path, "agenda_item") == before);
    CHECK(f.workspace->records(Entity::AgendaItem, f.meetingId).size() == before);
    CHECK(removed.count() == 2); // views were told to take both back
    CHECK(f.workspace->undoStack()->count() == steps);
    CHECK_FALSE(f.workspace->undoStack()->canRedo());
}

TEST_CASE("A step that succeeds is committed whole and undone whole", "[durability]")
{
    Fixture f;
    const QString path = f.workspace->filePath();
    const qint64 before = countRows(path, "agenda_item");
    const Result<void> done = f.workspace->inStep(s("Two items"), [&]() -> Result<void> {
        if (auto added = f.workspace->addRecord(agendaItem(f.meetingId, "Un")); !added)
            return Result<void>::failure(added.error());
        if (auto added = f.workspace->addRecord(agendaItem(f.meetingId, "Deux")); !added)
            return Result<void>::failure(added.error());
        return {};
    });
    REQUIRE(done.ok());
    CHECK(countRows(path, "agenda_item") == before + 2);
    REQUIRE(f.workspace->undo().ok());
    CHECK(countRows(path, "agenda_item") == before);
    REQUIRE(f.workspace->redo().ok());
    CHECK(countRows(path, "agenda_item") == before + 2);
}

TEST_CASE("A commit the file refuses takes the step back and asks views to reload", "[durability]")
{
    Fixture f;
    const QString path = f.workspace->filePath();
    const qint64 before = countRows(path, "agenda_item");
    const int steps = f.workspace->undoStack()->count();
    // A deferred reference is checked only at COMMIT: it makes the commit itself fail, as
    // a disk that fills at the last moment does.
    REQUIRE(runSql(path, {s("CREATE TABLE probe (council_id INTEGER REFERENCES council(id) DEFERRABLE INITIALLY DEFERRED)"),
                          s("CREATE TRIGGER probe_dangling AFTER INSERT ON agenda_item BEGIN INSERT INTO probe VALUES (999999); END")}));
    QSignalSpy reload(f.workspace.get(), &Workspace::reloadNeeded);
    QSignalSpy failed(f.workspace.get(), &Workspace::editFailed);

    const Result<qint64> single = f.workspace->addRecord(agendaItem(f.meetingId, "Seul"));
    CHECK_FALSE(single.ok());
    CHECK(countRows(path, "agenda_item") == before);
    CHECK(reload.count() == 1);
    CHECK(f.workspace->undoStack()->count() == steps);

    const Result<void> step = f.workspace->inStep(s("Two items"), [&]() -> Result<void> {
        (void)f.workspace->addRecord(agendaItem(f.meetingId, "Un"));
        (void)f.workspace->addRecord(agendaItem(f.meetingId, "Deux"));
        return {};
    });
    CHECK_FALSE(step.ok());
    CHECK(countRows(path, "agenda_item") == before);
    CHECK(reload.count() == 2);
    CHECK(failed.count() >= 2);
    CHECK(f.workspace->undoStack()->count() == steps);
    CHECK_FALSE(f.workspace->undoStack()->canRedo());
    // The file still takes a step once the obstacle is gone.
    REQUIRE(runSql(path, {s("DROP TRIGGER probe_dangling")}));
    CHECK(f.workspace->addRecord(agendaItem(f.meetingId, "Enfin")).ok());
    CHECK(countRows(path, "agenda_item") == before + 1);
}

TEST_CASE("A hard link or a symbolic link to an open workspace is refused as a second writer", "[durability]")
{
    Fixture f;
    const QString path = f.workspace->filePath();
    const QString hard = f.path(s("hard.quorum"));
    const QString soft = f.path(s("soft.quorum"));
    REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData()) == 0);
    REQUIRE(QFile::link(path, soft));
    for (const QString &other : {hard, soft}) {
        auto second = Database::open(other);
        REQUIRE_FALSE(second.ok());
        INFO(second.error().toStdString());
        CHECK(second.error().contains(s("already open")));
    }
    // Once the first writer is gone, the file opens by any of its names.
    f.workspace.reset();
    auto reopened = Database::open(hard);
    REQUIRE(reopened.ok());
    auto third = Database::open(path);
    CHECK_FALSE(third.ok());
}

TEST_CASE("A lock left by Quorum on another computer can be taken over once confirmed", "[durability]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("shared.quorum"));
    REQUIRE(Database::create(path).ok());
    // As QLockFile writes it: process, application, host.
    REQUIRE(writeFile(path + s(".lock"), QByteArray("4242\nquorum\nlaptop-of-the-secretary\n")));
    auto refused = Database::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(s("laptop-of-the-secretary")));
    CHECK(refused.error().contains(s("taken over")));
    const std::optional<WorkspaceLockHolder> holder = Database::lockHolder(path);
    REQUIRE(holder);
    CHECK(holder->elsewhere);
    CHECK(holder->pid == 4242);
    REQUIRE(Database::takeOverLock(path).ok());
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    // A live local holder is never taken over.
    const std::optional<WorkspaceLockHolder> self = Database::lockHolder(path);
    REQUIRE(self);
    CHECK_FALSE(self->elsewhere);
    CHECK_FALSE(Database::takeOverLock(path).ok());
}

TEST_CASE("A read-only workspace opens read-only, refuses edits and leaves no companion files", "[durability]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("archive.quorum"));
    REQUIRE(writeDemoWorkspace(path).ok());
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = readFile(path);
    {
        auto opened = Workspace::open(path);
        REQUIRE(opened.ok());
        Workspace &workspace = *opened.value();
        CHECK(workspace.isReadOnly());
        const QList<Record> councils = workspace.records(Entity::Council);
        REQUIRE_FALSE(councils.isEmpty());
        const Result<void> edit = workspace.setValue(Entity::Council, councils.first().id, s("name_fr"), s("Autre"));
        REQUIRE_FALSE(edit.ok());
        CHECK(edit.error().contains(s("read-only")));
        CHECK(workspace.undoStack()->count() == 0);
        // Save As makes an editable copy.
        const QString copy = dir.filePath(s("copy.quorum"));
        REQUIRE(workspace.saveCopy(copy).ok());
        auto editable = Workspace::open(copy);
        REQUIRE(editable.ok());
        CHECK_FALSE(editable.value()->isReadOnly());
    }
    CHECK(readFile(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + s("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + s("-shm")));
}

TEST_CASE("A file another program holds locked is reported as in use, not as damaged", "[durability]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("held.quorum"));
    REQUIRE(Database::create(path).ok());
    const QString name = s("another-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(s("QSQLITE"), name);
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery query(other);
        REQUIRE(query.exec(s("PRAGMA locking_mode = EXCLUSIVE")));
        query.finish();
        REQUIRE(query.exec(s("BEGIN EXCLUSIVE")));
        REQUIRE(query.exec(s("UPDATE council SET kind = kind")));
        auto refused = Database::open(path);
        REQUIRE_FALSE(refused.ok());
        INFO(refused.error().toStdString());
        CHECK(refused.error().contains(s("another program")));
        CHECK_FALSE(refused.error().contains(s("damaged")));
        REQUIRE(query.exec(s("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    CHECK(Database::open(path).ok());
}
