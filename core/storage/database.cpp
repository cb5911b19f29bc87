// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "storage/databaseprivate.h"

#include "storage/batchinsert.h"
#include "storage/fileinspection.h"
#include "storage/integritycheck.h"
#include "storage/migrations.h"
#include "storage/recordbindings.h"
#include "storage/workspacelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>


#include <atomic>
#include <map>

namespace Quorum {
namespace {

// A file the user may not change, or in a folder where SQLite may not create its journal:
// such a workspace opens for reading only.
// A file with no write permission at all is read-only even for an administrator, who
// could write it anyway: the user made it so on purpose.
bool writable(const QString &path)
{
    const QFileInfo info(path);
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther; // the mode's bits
    return info.isWritable() && (info.permissions() & writeBits) && QFileInfo(info.absolutePath()).isWritable();
}

} // namespace

Database::Database() : d(std::make_unique<Private>()) {}

Database::~Database()
{
    close();
}

void Database::close()
{
    d->integrity.reset(); // its reader goes before the lock that keeps the file ours
    d->statements.clear(); // no query may outlive its connection
    if (!d->connectionName.isEmpty()) {
        {
            QSqlDatabase db = d->db();
            db.close();
        }
        QSqlDatabase::removeDatabase(d->connectionName);
        d->connectionName.clear();
    }
    d->transactionDepth = 0;
    d->readerCompanions.reset();
    for (std::unique_ptr<QLockFile> *lock : {&d->identityLock, &d->lock}) {
        if (*lock)
            (*lock)->unlock();
        lock->reset();
    }
}

Result<void> Database::enableSecureDelete()
{
    return d->execPlain(QStringLiteral("PRAGMA secure_delete = ON"));
}

Result<void> Database::checkpoint()
{
    auto query = d->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!query)
        return Result<void>::failure(query.error());
    // One row: busy (1 when a reader kept the checkpoint from completing), WAL frames, frames copied.
    const bool busy = !query.value()->next() || query.value()->value(0).toInt() != 0;
    query.value()->finish();
    if (busy)
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Storage", "another program is reading %1; its journal (%1-wal) is emptied once it closes the file.")
                .arg(d->path));
    return {};
}

QString Database::path() const
{
    return d->path;
}

bool Database::isReadOnly() const
{
    return d->readOnly;
}

QString Database::connectionName() const
{
    return d->connectionName;
}

namespace {

Result<std::unique_ptr<Database>> failure(const QString &message)
{
    return Result<std::unique_ptr<Database>>::failure(message);
}

// Every connection says the same things to SQLite: references are enforced, the journal is
// a WAL, a commit is on the disk before it returns (FULL: NORMAL may lose the last commits
// of a live session to a power cut), and deleted content is overwritten, not left in free
// pages (an erased person must not stay in the file's bytes).
Result<void> configureConnection(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA secure_delete = ON"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "%1: cannot be prepared for use (%2).")
                                             .arg(path, describeSqlError(query.lastError())));
        query.finish();
    }
    return {};
}

} // namespace

// Shared by open() and create(): lock (the name, then the file itself: workspacelock.h),
// connect, configure, migrate.
static Result<void> connectAndMigrate(const QString &path, QString &connectionName, std::unique_ptr<QLockFile> &lock,
                                      std::unique_ptr<QLockFile> &identityLock)
{
    if (!lock) {
        if (auto locked = lockWorkspace(path, lock, identityLock); !locked)
            return locked;
    }

    static std::atomic<int> counter{0};
    connectionName = QStringLiteral("quorum-workspace-%1").arg(counter++);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "%1: cannot be opened (%2).").arg(path, describeSqlError(db.lastError())));

    // A new file exists now (create() makes it on open): lock it by identity before writing.
    if (!identityLock) {
        if (auto locked = lockIdentity(path, identityLock); !locked)
            return locked;
    }

    if (auto configured = configureConnection(db, path); !configured)
        return configured;
    QSqlQuery query(db);

    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "%1: cannot be read (%2).").arg(path, describeSqlError(query.lastError())));
    const int current = query.value(0).toInt();
    query.finish();

    for (const Migration &step : migrations()) {
        if (step.version <= current)
            continue;
        // One transaction per step: a file is never left between two versions.
        auto run = [&]() -> Result<void> {
            if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
                return Result<void>::failure(describeSqlError(query.lastError()));
            QStringList statements = step.statements;
            statements << QStringLiteral("PRAGMA application_id = %1").arg(workspaceApplicationId)
                       << QStringLiteral("PRAGMA user_version = %1").arg(step.version);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    const QString message = describeSqlError(query.lastError());
                    query.exec(QStringLiteral("ROLLBACK"));
                    return Result<void>::failure(message);
                }
                query.finish();
            }
            if (!query.exec(QStringLiteral("COMMIT"))) {
                const QString message = describeSqlError(query.lastError());
                query.exec(QStringLiteral("ROLLBACK"));
                return Result<void>::failure(message);
            }
            return {};
        };
        if (auto result = run(); !result)
            return Result<void>::failure(
                QCoreApplication::translate("Quorum::Storage", "%1: cannot be upgraded to schema version %2 (%3).").arg(path).arg(step.version).arg(result.error()));
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QString canonical = canonicalWorkspacePath(path);
    if (QFileInfo::exists(canonical) && !writable(canonical))
        return openReadOnly(canonical);
    // A refused file is left as it was found, without the companions that reading it made
    // (the guard removes them once no Quorum holds the file).
    WalCompanionGuard companions(canonical);
    std::unique_ptr<Database> database(new Database);
    database->d->path = canonical;
    if (auto locked = lockWorkspace(canonical, database->d->lock, database->d->identityLock); !locked) {
        database->close();
        return failure(locked.error());
    }
    // The structure now; every page (quick_check) on another thread while the window shows,
    // before the first write. A file that must be migrated is written to at once: it is
    // checked whole first.
    auto inspection = inspectWorkspaceFile(canonical, InspectionDepth::Structure);
    if (inspection && inspection.value().schemaVersion < latestSchemaVersion()) {
        if (auto pages = verifyWorkspacePages(canonical); !pages)
            inspection = Result<WorkspaceFileInfo>::failure(pages.error());
    }
    if (!inspection) {
        database->close();
        return failure(inspection.error());
    }
    const bool verified = inspection.value().schemaVersion < latestSchemaVersion();
    if (auto connected = connectAndMigrate(canonical, database->d->connectionName, database->d->lock, database->d->identityLock);
        !connected) {
        database->close();
        return failure(connected.error());
    }
    if (!verified)
        database->d->integrity = std::make_unique<BackgroundIntegrityCheck>(canonical);
    return database;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path)
{
    const QString absolute = canonicalWorkspacePath(path);
    auto inspection = inspectWorkspaceFile(absolute);
    if (!inspection)
        return failure(inspection.error());
    if (inspection.value().schemaVersion != latestSchemaVersion())
        return failure(QCoreApplication::translate("Quorum::Storage",
                                                   "%1 uses an older schema (version %2): open it once in Quorum to upgrade it.")
                           .arg(absolute)
                           .arg(inspection.value().schemaVersion));
    std::unique_ptr<Database> database(new Database);
    database->d->path = absolute;
    database->d->readOnly = true;
    database->d->readerCompanions = std::make_unique<WalCompanionGuard>(absolute);
    static std::atomic<int> counter{0};
    database->d->connectionName = QStringLiteral("quorum-reader-%1").arg(counter++);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->d->connectionName);
    db.setDatabaseName(absolute);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        return failure(QCoreApplication::translate("Quorum::Storage", "%1: cannot be opened (%2).").arg(absolute, describeSqlError(db.lastError())));
    return database;
}

Result<std::unique_ptr<Database>> Database::create(const QString &path)
{
    const QString absolute = canonicalWorkspacePath(path);
    if (QFileInfo::exists(absolute) || QFileInfo(absolute).isSymLink())
        return failure(QCoreApplication::translate("Quorum::Storage", "%1 already exists; choose another name.").arg(absolute));
    if (!QFileInfo(absolute).dir().exists())
        return failure(QCoreApplication::translate("Quorum::Storage", "%1: the folder does not exist.").arg(absolute));
    std::unique_ptr<Database> database(new Database);
    database->d->path = absolute;
    if (auto connected = connectAndMigrate(absolute, database->d->connectionName, database->d->lock, database->d->identityLock);
        !connected) {
        const bool ownsFile = database->d->lock != nullptr;
        database->close();
        if (ownsFile) {
            QFile::remove(absolute);
            QFile::remove(absolute + u"-wal");
            QFile::remove(absolute + u"-shm");
        }
        return failure(connected.error());
    }
    return database;
}

QList<Record> Database::records(Entity entity, std::optional<qint64> parentId) const
{
    const EntitySpec &spec = entitySpec(entity);
    if (!parentId || spec.parentField.isEmpty())
        return d->select(spec, {}, {});
    return d->select(spec, spec.parentField + u" = :parent", {{u":parent"_qs, *parentId}});
}

QList<Record> Database::recordsWhere(Entity entity, const QString &column, const QVariant &value) const
{
    const EntitySpec &spec = entitySpec(entity);
    if (!spec.column(column))
        return {};
    return d->select(spec, column + u" = :value", {{u":value"_qs, value}});
}

QList<Record> Database::recordsWithIds(Entity entity, const QList<qint64> &ids) const
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return d->select(entitySpec(entity), u"id IN (SELECT value FROM json_each(:ids))"_qs,
                     {{u":ids"_qs, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))}});
}

QList<Record> Database::recordsWithParents(Entity entity, const QList<qint64> &parentIds) const
{
    const EntitySpec &spec = entitySpec(entity);
    if (spec.parentField.isEmpty() || parentIds.isEmpty())
        return {};
    QJsonArray array;
    for (qint64 id : parentIds)
        array.append(id);
    return d->select(spec, spec.parentField + u" IN (SELECT value FROM json_each(:ids))",
                     {{u":ids"_qs, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))}});
}

std::optional<Record> Database::record(Entity entity, qint64 id) const
{
    return d->fetch(entity, id);
}

Result<void> Database::readRows(const QString &statement, const QVariantMap &bindings,
                                const std::function<void(const QVariantList &row)> &each) const
{
    auto query = d->exec(statement, bindings);
    if (!query)
        return Result<void>::failure(query.error());
    QSqlQuery &rows = *query.value();
    const int columns = rows.record().count();
    while (rows.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(rows.value(i));
        each(row);
    }
    rows.finish();
    return {};
}

qint64 Database::count(Entity entity) const
{
    auto query = d->exec(u"SELECT COUNT(*) FROM " + entitySpec(entity).table);
    if (!query || !query.value()->next())
        return 0;
    const qint64 n = query.value()->value(0).toLongLong();
    query.value()->finish();
    return n;
}

Result<void> Database::forEachRecord(Entity entity, const std::function<bool(const Record &)> &each) const
{
    const EntitySpec &spec = entitySpec(entity);
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT " + d->selectList(spec) + u" FROM " + spec.table + u" ORDER BY id"))
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Storage", "%1: cannot be read (%2).").arg(d->path, describeSqlError(query.lastError())));
    while (query.next())
        if (!each(d->readRecord(spec, query)))
            break;
    // next() also ends on an error (a damaged page met halfway): an export must not stop short.
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid())
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Storage", "%1: cannot be read (%2).").arg(d->path, describeSqlError(error)));
    return {};
}

Result<void> Database::integrity() const
{
    return d->integrity ? d->integrity->wait() : Result<void>();
}

void Database::whenVerified(std::function<void(const Result<void> &)> whenKnown)
{
    if (d->integrity)
        d->integrity->notify(std::move(whenKnown));
    else
        whenKnown({});
}

Result<void> Database::begin()
{
    if (d->readOnly)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage",
                                                                 "%1 is read-only: nothing can be changed in it. "
                                                                 "Save a copy (File › Save As) to edit.")
                                         .arg(d->path));
    if (auto sound = integrity(); !sound)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage",
                                                                 "%1 Nothing is written to a damaged workspace: open a "
                                                                 "copy you trust, or run \"quorum check\" on it.")
                                         .arg(sound.error()));
    // Inside a transaction, a savepoint: a part that fails is taken back alone.
    const QString statement = d->transactionDepth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                                       : QStringLiteral("SAVEPOINT step_%1").arg(d->transactionDepth);
    if (auto begun = d->execPlain(statement); !begun)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "Could not write to %1: %2").arg(d->path, begun.error()));
    ++d->transactionDepth;
    return {};
}

Result<void> Database::commit()
{
    if (d->transactionDepth == 0)
        return {};
    --d->transactionDepth;
    const QString statement = d->transactionDepth == 0 ? QStringLiteral("COMMIT")
                                                       : QStringLiteral("RELEASE step_%1").arg(d->transactionDepth);
    if (auto committed = d->execPlain(statement); !committed) {
        ++d->transactionDepth;
        rollback();
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "Could not write to %1: %2").arg(d->path, committed.error()));
    }
    return {};
}

void Database::rollback()
{
    if (d->transactionDepth == 0)
        return;
    --d->transactionDepth;
    if (d->transactionDepth == 0) {
        (void)d->execPlain(QStringLiteral("ROLLBACK"));
        return;
    }
    // ROLLBACK TO keeps the savepoint open; RELEASE then closes it.
    const QString name = QStringLiteral("step_%1").arg(d->transactionDepth);
    (void)d->execPlain(u"ROLLBACK TO "_qs + name);
    (void)d->execPlain(u"RELEASE "_qs + name);
}

QString Database::connectionSetting(const QString &pragma) const
{
    static const QStringList known{u"synchronous"_qs, u"secure_delete"_qs, u"journal_mode"_qs, u"foreign_keys"_qs};
    if (!known.contains(pragma))
        return {};
    auto query = d->exec(u"PRAGMA "_qs + pragma);
    if (!query || !query.value()->next())
        return {};
    const QString value = query.value()->value(0).toString();
    query.value()->finish();
    return value;
}

bool Database::inTransaction() const
{
    return d->transactionDepth > 0;
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    if (auto begun = begin(); !begun)
        return begun;
    Result<void> result = work();
    if (!result) {
        rollback();
        return result;
    }
    return commit();
}

} // namespace Quorum
