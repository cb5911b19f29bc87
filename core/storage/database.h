// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Quorum {

// What a removal took away, so that undo can put back exactly that: the removed record
// and everything that cascaded with it (parents before children), and the references
// elsewhere that were cleared to null.
struct RemovedRecords
{
    struct ClearedReference
    {
        Entity entity;
        qint64 id;
        QString column;
        qint64 value;
    };
    QList<Record> records;
    QList<ClearedReference> cleared;
};

// Who holds a workspace's lock, as far as the lock file tells.
struct WorkspaceLockHolder
{
    qint64 pid = 0;
    QString host;
    QString application;
    // True when the holder is on another machine (or its process cannot be checked):
    // Quorum cannot tell whether it still runs, so only the user may take the lock over.
    bool elsewhere = false;
};

// The only place that speaks SQL. One read-write connection to one workspace file,
// guarded by a lock on the file itself (not on the name it was opened by) against a second
// Quorum on the same file. Every write runs in a BEGIN IMMEDIATE transaction (or inside the
// caller's, see begin() and transaction()), committed with synchronous=FULL so that a
// power cut after a commit loses nothing.
class Database
{
public:
    // Opens an existing workspace after inspecting it read-only, migrating it forward.
    // A file the user may not write (or in a folder they may not write) opens read-only:
    // isReadOnly() tells, and every write is refused with a message that says so.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // Opens a workspace for reading only, without the lock: exports and checks work while
    // the file is open in the app (SQLite readers see a consistent snapshot).
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path);
    // Creates a new, empty workspace; refuses to touch an existing file.
    static Result<std::unique_ptr<Database>> create(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const;
    bool isReadOnly() const;
    // The Qt SQL connection's name, for the other files of core/storage that speak SQL on
    // this same connection (decisionsearch.cpp); never used outside core/storage.
    QString connectionName() const;

    // The holder of the lock on `path`, when another Quorum holds it (nullopt otherwise).
    static std::optional<WorkspaceLockHolder> lockHolder(const QString &path);
    // Removes the lock left on `path` by a Quorum on another machine, after the user has
    // confirmed that it no longer runs there. Refuses a lock held by a live local process.
    static Result<void> takeOverLock(const QString &path);

    QList<Record> records(Entity entity, std::optional<qint64> parentId = std::nullopt) const;
    QList<Record> recordsWhere(Entity entity, const QString &column, const QVariant &value) const;
    QList<Record> recordsWithIds(Entity entity, const QList<qint64> &ids) const;
    // The children of several parents at once (objections of these proposals, options of
    // these votes…), in the entity's order: one query whatever their number.
    QList<Record> recordsWithParents(Entity entity, const QList<qint64> &parentIds) const;
    std::optional<Record> record(Entity entity, qint64 id) const;
    qint64 count(Entity entity) const;
    // For the other files of core/storage only: runs a read-only statement through the
    // connection's cache of prepared statements and hands each row's values to `each`.
    // Fails when SQLite refuses the statement.
    Result<void> readRows(const QString &statement, const QVariantMap &bindings,
                          const std::function<void(const QVariantList &row)> &each) const;
    // Hands every record of `entity` to `each` in id order, one row at a time, so that a
    // reader of the whole workspace (the JSON export) never holds a table in memory.
    // `each` returns false to stop early. Fails only when the table cannot be read.
    Result<void> forEachRecord(Entity entity, const std::function<bool(const Record &)> &each) const;

    // Inserts a record, keeping record.id when it is set (undo, import) and returning the id.
    // Ordered records without a position go last; with one, later siblings shift down.
    Result<qint64> insert(const Record &record);
    // Inserts records of one entity in one transaction, setting each record's id: checked as
    // insert() checks them, with one prepared statement for the batch (an import of people).
    Result<void> insertMany(QList<Record> &records);
    // The same for rows of `entity` without a record's map: each row its id (null or 0: a new
    // one, set on return) then its values in the order of the entity's columns
    // (EntitySpec::columns), checked as insert() checks a record's (an import of people).
    Result<void> insertRows(Entity entity, QList<QVariantList> &rows);
    // Deletes records of one unordered entity by id in one transaction (undoing insertMany);
    // the caller removes their dependents first, or accepts the schema's cascades.
    Result<void> removeMany(Entity entity, const QList<qint64> &ids);
    Result<void> update(Entity entity, qint64 id, const QString &column, const QVariant &value);
    // The same, returning the value as it is now stored, as a read of the record would give
    // it (normalised, integers as qlonglong, NULL as an invalid QVariant): a caller that
    // tells views the new value needs no read after the write.
    Result<QVariant> updateValue(Entity entity, qint64 id, const QString &column, const QVariant &value);
    Result<RemovedRecords> remove(Entity entity, qint64 id);
    Result<void> restore(const RemovedRecords &removed);
    Result<void> move(Entity entity, qint64 id, int newPosition);
    // Empties a table that nothing references yet (an import replacing the built-in bassins).
    Result<void> removeAll(Entity entity);

    // The verdict of the page check (PRAGMA quick_check) that open() starts on another
    // thread, waiting for it if it still runs; a file checked whole before use (created,
    // migrated, opened read-only) is sound. Every write waits for it and is refused when
    // the file is damaged.
    Result<void> integrity() const;
    // Calls `whenKnown` with that verdict once known: at once, or later from the checking
    // thread (queue it to your own thread).
    void whenVerified(std::function<void(const Result<void> &)> whenKnown);

    // Runs `work` in one transaction: all of it is written, or none. A nested call runs in
    // a savepoint of the outer transaction: its own failure takes back only its writes.
    Result<void> transaction(const std::function<Result<void>()> &work);
    // The same, for a caller whose step spans several calls (a user step of the workspace):
    // begin() opens a transaction, or a savepoint inside an open one; every begin() is
    // closed by exactly one commit() or rollback().
    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool inTransaction() const;
    // The value of one of the connection's settings (synchronous, secure_delete,
    // journal_mode, foreign_keys), for checks and diagnostics.
    QString connectionSetting(const QString &pragma) const;

    // Writes a consistent copy of the whole workspace to `path` (VACUUM INTO a temporary
    // file beside it, then renamed into place), replacing an existing file there.
    Result<void> saveCopy(const QString &path) const;
    // Closes the connection and releases the lock; used before renaming a fresh file.
    void close();

    // Erasure must not depend on how the system's SQLite was built: from now on, deleted
    // and overwritten content is zeroed on this connection (PRAGMA secure_delete).
    Result<void> enableSecureDelete();
    // Copies every page of the WAL into the file and empties the WAL
    // (PRAGMA wal_checkpoint(TRUNCATE)), so no older version of a page survives beside the
    // file. Fails, leaving the WAL for a later checkpoint, while another reader holds it.
    Result<void> checkpoint();

private:
    Database();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Quorum
