// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

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

const QString positionColumn = QStringLiteral("position");

// Turns SQLite's wording into something a secretary can act on, keeping the detail.
QString describeSqlError(const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // The rules the schema enforces itself (migrations.cpp), in words.
    if (detail.contains(u"a secret vote has no named ballots"))
        return QCoreApplication::translate("Quorum::Storage", "a secret vote has no named ballots.");
    if (detail.contains(u"a closed vote has its closing time and outcome"))
        return QCoreApplication::translate("Quorum::Storage", "a closed vote needs its closing time and its outcome.");
    if (detail.contains(u"a vote closes with the electorate"))
        return QCoreApplication::translate("Quorum::Storage",
                                           "the vote's electorate does not match the number of members counted present.");
    if (detail.contains(u"FOREIGN KEY"))
        return QCoreApplication::translate("Quorum::Storage", "it refers to a record that does not exist.");
    if (detail.contains(u"UNIQUE"))
        return QCoreApplication::translate("Quorum::Storage", "the same value is already used by another record.");
    if (detail.contains(u"disk is full") || detail.contains(u"disk I/O"))
        return QCoreApplication::translate("Quorum::Storage", "the disk is full or cannot be written (%1).").arg(detail);
    if (detail.contains(u"readonly") || detail.contains(u"read-only"))
        return QCoreApplication::translate("Quorum::Storage", "the file is read-only (%1).").arg(detail);
    if (detail.contains(u"locked") || detail.contains(u"busy"))
        return QCoreApplication::translate("Quorum::Storage", "the file is busy in another program (%1).").arg(detail);
    return detail;
}

// Values as the rest of the application sees them: integers as qlonglong, texts as
// QString and SQL NULL as an invalid QVariant, whatever the driver handed back.
QVariant fromSql(const QVariant &value, FieldType type)
{
    if (value.isNull())
        return {};
    switch (type) {
    case FieldType::Integer:
    case FieldType::Reference:
    case FieldType::Boolean: return value.toLongLong();
    default: return value.toString();
    }
}

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

struct Database::Private
{
    QString path;
    std::unique_ptr<WalCompanionGuard> readerCompanions; // set for read-only opens
    QString connectionName;
    std::unique_ptr<QLockFile> lock;         // the name: <file>.lock, seen by other computers
    std::unique_ptr<QLockFile> identityLock; // the file: device and inode
    // PRAGMA quick_check of the file, running while the window shows: the first write
    // waits for it, and a damaged file is never written to (docs/reliability.md).
    std::unique_ptr<BackgroundIntegrityCheck> integrity;
    int transactionDepth = 0;
    bool readOnly = false;
    // Every SELECT a view or a recording runs, prepared once per connection and reused:
    // preparing costs more than running the small reads a recorded ballot or check-in does.
    // Keyed by the statement's text; emptied before the connection goes.
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> statements;
    mutable QSqlError prepareError; // why prepared() last returned nullptr

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    QString selectList(const EntitySpec &spec) const
    {
        QStringList columns{QStringLiteral("id")};
        if (spec.ordered)
            columns << positionColumn;
        columns << spec.columnNames();
        return columns.join(u", ");
    }

    Record readRecord(const EntitySpec &spec, const QSqlQuery &query) const
    {
        Record record(spec.entity);
        int index = 0;
        record.id = query.value(index++).toLongLong();
        if (spec.ordered)
            record.values.insert(positionColumn, query.value(index++).toLongLong());
        for (const Column &column : spec.columns)
            record.values.insert(column.name, fromSql(query.value(index++), column.field->type));
        return record;
    }

    // The prepared statement for `text`, prepared on first use. Callers read every row and
    // finish() it before anyone else may run it (select() never calls itself while reading).
    QSqlQuery *prepared(const QString &text) const
    {
        auto it = statements.find(text);
        if (it == statements.end()) {
            auto query = std::make_unique<QSqlQuery>(db());
            query->setForwardOnly(true);
            if (!query->prepare(text)) {
                prepareError = query->lastError();
                return nullptr;
            }
            it = statements.emplace(text, std::move(query)).first;
        }
        return it->second.get();
    }

    QList<Record> select(const EntitySpec &spec, const QString &where, const QVariantMap &bindings) const
    {
        QSqlQuery *cached = prepared(u"SELECT " + selectList(spec) + u" FROM " + spec.table
                                     + (where.isEmpty() ? QString() : u" WHERE " + where) + u" ORDER BY " + spec.orderBy);
        if (!cached) {
            qWarning("Quorum: preparing a read failed: %s", qPrintable(prepareError.text()));
            return {};
        }
        QSqlQuery &query = *cached;
        for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
            query.bindValue(it.key(), it.value());
        QList<Record> result;
        if (!query.exec()) {
            qWarning("Quorum: reading %s failed: %s", qPrintable(spec.table), qPrintable(query.lastError().text()));
            query.finish();
            return result;
        }
        while (query.next())
            result.append(readRecord(spec, query));
        query.finish();
        return result;
    }

    // Runs `statement` through the same cache: a recorded ballot or check-in writes a few
    // rows with statements that were prepared once. The query stays the cache's; a caller
    // that reads rows finish()es it before running anything else.
    Result<QSqlQuery *> exec(const QString &statement, const QVariantMap &bindings = {}) const
    {
        QSqlQuery *query = prepared(statement);
        if (!query)
            return Result<QSqlQuery *>::failure(describeSqlError(prepareError));
        for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
            query->bindValue(it.key(), it.value());
        if (!query->exec()) {
            const QString error = describeSqlError(query->lastError());
            query->finish();
            return Result<QSqlQuery *>::failure(error);
        }
        return query;
    }

    Result<void> execPlain(const QString &statement) const
    {
        auto query = exec(statement);
        if (!query)
            return Result<void>::failure(query.error());
        query.value()->finish();
        return {};
    }

    // The WHERE clause that selects a record's siblings (same parent), with its binding.
    QString siblingsClause(const EntitySpec &spec) const
    {
        return spec.parentField.isEmpty() ? QStringLiteral("1 = 1") : spec.parentField + u" = :parent";
    }

    Result<qint64> siblingCount(const EntitySpec &spec, qint64 parentId) const
    {
        auto query = exec(u"SELECT COUNT(*) FROM " + spec.table + u" WHERE " + siblingsClause(spec),
                          spec.parentField.isEmpty() ? QVariantMap{} : QVariantMap{{u":parent"_qs, parentId}});
        if (!query)
            return Result<qint64>::failure(query.error());
        query.value()->next();
        const qint64 count = query.value()->value(0).toLongLong();
        query.value()->finish();
        return count;
    }

    Result<void> shiftSiblings(const EntitySpec &spec, qint64 parentId, const QString &condition, int delta) const
    {
        QVariantMap bindings{{u":delta"_qs, delta}};
        if (!spec.parentField.isEmpty())
            bindings.insert(u":parent"_qs, parentId);
        auto query = exec(u"UPDATE " + spec.table + u" SET position = position + :delta WHERE " + siblingsClause(spec)
                              + u" AND " + condition,
                          bindings);
        return query ? Result<void>() : Result<void>::failure(query.error());
    }

    // Collects `entity`/`id` and everything that cascades from it, parents first, plus
    // the references to them that SQLite will set to null.
    void collectRemoval(Entity entity, qint64 id, RemovedRecords &removed, QSet<QPair<int, qint64>> &seen) const
    {
        const auto key = qMakePair(int(entity), id);
        if (seen.contains(key))
            return;
        const std::optional<Record> row = fetch(entity, id);
        if (!row)
            return;
        seen.insert(key);
        removed.records.append(*row);
        for (Entity other : allEntities) {
            const EntitySpec &otherSpec = entitySpec(other);
            for (const Field &field : otherSpec.fields) {
                if (field.type != FieldType::Reference || field.references != entity)
                    continue;
                const QList<Record> referrers = select(otherSpec, field.name + u" = :id", {{u":id"_qs, id}});
                for (const Record &referrer : referrers) {
                    if (field.onDelete == OnDelete::Cascade)
                        collectRemoval(other, referrer.id, removed, seen);
                    else
                        removed.cleared.append({other, referrer.id, field.name, id});
                }
            }
        }
    }

    std::optional<Record> fetch(Entity entity, qint64 id) const
    {
        const QList<Record> rows = select(entitySpec(entity), u"id = :id"_qs, {{u":id"_qs, id}});
        if (rows.isEmpty())
            return std::nullopt;
        return rows.first();
    }
};

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

Result<qint64> Database::insert(const Record &record)
{
    const EntitySpec &spec = entitySpec(record.entity);
    QStringList names;
    auto prepared = insertBindings(record, names);
    if (!prepared)
        return Result<qint64>::failure(prepared.error());
    QVariantMap bindings = prepared.take();

    qint64 newId = 0;
    auto work = [&]() -> Result<void> {
        if (spec.ordered) {
            const qint64 parentId = record.parentId();
            auto siblings = d->siblingCount(spec, parentId);
            if (!siblings)
                return Result<void>::failure(siblings.error());
            qint64 position = siblings.value();
            if (record.values.contains(positionColumn)) {
                position = qBound<qint64>(0, record.values.value(positionColumn).toLongLong(), siblings.value());
                if (auto shifted = d->shiftSiblings(spec, parentId, QStringLiteral("position >= %1").arg(position), 1);
                    !shifted)
                    return shifted;
            }
            names << positionColumn;
            bindings.insert(u":position"_qs, position);
        }
        QStringList placeholders;
        for (const QString &name : names)
            placeholders << u':' + name;
        auto query = d->exec(u"INSERT INTO " + spec.table + u" (" + names.join(u", ") + u") VALUES (" + placeholders.join(u", ")
                                 + u") RETURNING id",
                             bindings);
        if (!query)
            return Result<void>::failure(query.error());
        if (!query.value()->next())
            return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "the new record got no id."));
        newId = query.value()->value(0).toLongLong();
        query.value()->finish();
        return {};
    };
    if (auto written = transaction(work); !written)
        return Result<qint64>::failure(
            QCoreApplication::translate("Quorum::Storage", "Could not add the %1: %2").arg(entityLabel(record.entity).toLower(), written.error()));
    return newId;
}

Result<void> Database::insertMany(QList<Record> &records)
{
    if (records.isEmpty())
        return {};
    const EntitySpec &spec = entitySpec(records.first().entity);
    if (spec.ordered) // positions shift one by one: insert() is the way
        return Result<void>::failure(u"insertMany: ordered records are inserted one by one"_qs);
    // Every record checked as insert() checks it before anything is written.
    auto rows = batchValues(records);
    if (!rows)
        return Result<void>::failure(rows.error());
    QList<qint64> ids;
    auto written = transaction([&]() -> Result<void> {
        auto inserted = insertRows(d->db(), spec.table, QStringList{u"id"_qs} + spec.columnNames(), rows.value());
        if (!inserted)
            return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "Could not add the %1: %2")
                                             .arg(entityLabel(spec.entity).toLower(), describeSqlError(QSqlError(QString(), inserted.error()))));
        ids = inserted.take();
        return {};
    });
    if (!written)
        return written;
    for (qsizetype r = 0; r < records.size(); ++r)
        records[r].id = ids.at(r);
    return {};
}

Result<void> Database::removeMany(Entity entity, const QList<qint64> &ids)
{
    const EntitySpec &spec = entitySpec(entity);
    if (spec.ordered)
        return Result<void>::failure(u"removeMany: ordered records are removed one by one"_qs);
    QSqlQuery query(d->db());
    return transaction([&]() -> Result<void> {
        if (!query.prepare(u"DELETE FROM " + spec.table + u" WHERE id = :id"))
            return Result<void>::failure(describeSqlError(query.lastError()));
        for (const qint64 id : ids) {
            query.bindValue(u":id"_qs, id);
            if (!query.exec())
                return Result<void>::failure(describeSqlError(query.lastError()));
        }
        return {};
    });
}

Result<void> Database::update(Entity entity, qint64 id, const QString &columnName, const QVariant &value)
{
    const EntitySpec &spec = entitySpec(entity);
    const Column *column = spec.column(columnName);
    if (!column || columnName == spec.parentField)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "%1 has no editable field \"%2\".").arg(entityLabel(entity), columnName.left(60)));
    auto normalised = normaliseValue(*column, value);
    if (!normalised)
        return Result<void>::failure(normalised.error());
    if (column->language && column->field->required && normalised.value().toString().trimmed().isEmpty()) {
        const std::optional<Record> current = d->fetch(entity, id);
        const QString otherHalf =
            column->field->name + (*column->language == Language::French ? u"_nl"_qs : u"_fr"_qs);
        if (current && current->text(otherHalf).trimmed().isEmpty())
            return Result<void>::failure(
                QCoreApplication::translate("Quorum::Storage", "%1 needs a text in French or in Dutch.")
                    .arg(QCoreApplication::translate("Quorum::Schema", column->field->label)));
    }
    return transaction([&]() -> Result<void> {
        auto query = d->exec(u"UPDATE " + spec.table + u" SET " + columnName + u" = :value WHERE id = :id",
                             {{u":value"_qs, normalised.value()}, {u":id"_qs, id}});
        if (!query)
            return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "Could not save the change to %1: %2").arg(d->path, query.error()));
        if (query.value()->numRowsAffected() != 1)
            return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "This %1 no longer exists.").arg(entityLabel(entity).toLower()));
        return {};
    });
}

Result<RemovedRecords> Database::remove(Entity entity, qint64 id)
{
    const EntitySpec &spec = entitySpec(entity);
    RemovedRecords removed;
    QSet<QPair<int, qint64>> seen;
    d->collectRemoval(entity, id, removed, seen);
    if (removed.records.isEmpty())
        return Result<RemovedRecords>::failure(QCoreApplication::translate("Quorum::Storage", "This %1 no longer exists.").arg(entityLabel(entity).toLower()));
    // References from records that are themselves removed come back with those records.
    removed.cleared.removeIf([&](const RemovedRecords::ClearedReference &ref) {
        return seen.contains(qMakePair(int(ref.entity), ref.id));
    });

    const Record &root = removed.records.first();
    auto written = transaction([&]() -> Result<void> {
        auto query = d->exec(u"DELETE FROM " + spec.table + u" WHERE id = :id", {{u":id"_qs, id}});
        if (!query)
            return Result<void>::failure(query.error());
        if (spec.ordered)
            return d->shiftSiblings(spec, root.parentId(), u"position > "_qs + QString::number(root.position()), -1);
        return {};
    });
    if (!written)
        return Result<RemovedRecords>::failure(
            QCoreApplication::translate("Quorum::Storage", "Could not remove the %1: %2").arg(entityLabel(entity).toLower(), written.error()));
    return removed;
}

Result<void> Database::restore(const RemovedRecords &removed)
{
    return transaction([&]() -> Result<void> {
        for (const Record &record : removed.records)
            if (auto inserted = insert(record); !inserted)
                return Result<void>::failure(inserted.error());
        for (const auto &ref : removed.cleared)
            if (auto updated = update(ref.entity, ref.id, ref.column, ref.value); !updated)
                return updated;
        return {};
    });
}

Result<void> Database::move(Entity entity, qint64 id, int newPosition)
{
    const EntitySpec &spec = entitySpec(entity);
    if (!spec.ordered)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "%1 records have no order.").arg(entityLabel(entity)));
    const std::optional<Record> current = d->fetch(entity, id);
    if (!current)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "This %1 no longer exists.").arg(entityLabel(entity).toLower()));
    return transaction([&]() -> Result<void> {
        auto siblings = d->siblingCount(spec, current->parentId());
        if (!siblings)
            return Result<void>::failure(siblings.error());
        const int from = current->position();
        const int to = qBound(0, newPosition, int(siblings.value()) - 1);
        if (from == to)
            return {};
        const QString range = from < to ? QStringLiteral("position > %1 AND position <= %2").arg(from).arg(to)
                                         : QStringLiteral("position >= %1 AND position < %2").arg(to).arg(from);
        if (auto shifted = d->shiftSiblings(spec, current->parentId(), range, from < to ? -1 : 1); !shifted)
            return shifted;
        auto query = d->exec(u"UPDATE " + spec.table + u" SET position = :to WHERE id = :id", {{u":to"_qs, to}, {u":id"_qs, id}});
        return query ? Result<void>() : Result<void>::failure(query.error());
    });
}

Result<void> Database::removeAll(Entity entity)
{
    return transaction([&]() -> Result<void> {
        auto query = d->exec(u"DELETE FROM " + entitySpec(entity).table);
        return query ? Result<void>() : Result<void>::failure(query.error());
    });
}

Result<void> Database::saveCopy(const QString &path) const
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == d->path)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "%1 is the file already open; every change is saved there.").arg(target));
    if (!QFileInfo(target).dir().exists())
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "%1: the folder does not exist.").arg(target));
    QLockFile targetLock(target + u".lock");
    targetLock.setStaleLockTime(0);
    if (!targetLock.tryLock(0))
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Storage", "%1 is open in another Quorum window and cannot be replaced.").arg(target));
    // VACUUM INTO refuses an existing file: write beside the target, then swap.
    QString temporary;
    {
        QTemporaryFile placeholder(target + u".XXXXXX");
        if (!placeholder.open())
            return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "%1: cannot be written (%2).").arg(target, placeholder.errorString()));
        temporary = placeholder.fileName() + u".partial";
    }
    auto query = d->exec(u"VACUUM INTO :target"_qs, {{u":target"_qs, temporary}});
    if (!query) {
        QFile::remove(temporary);
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "Could not write %1: %2").arg(target, query.error()));
    }
    query.value()->finish();
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        QFile::remove(temporary);
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "%1 cannot be replaced.").arg(target));
    }
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "%1 cannot be written.").arg(target));
    }
    return {};
}

} // namespace Quorum
