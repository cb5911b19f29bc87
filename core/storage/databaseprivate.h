// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inside of Database, shared by the files that implement it (database.cpp: opening,
// reading, transactions; databasewrites.cpp: inserts, updates, removals, copies). Never
// included outside core/storage.

#include "storage/database.h"

#include "storage/fileinspection.h"
#include "storage/integritycheck.h"
#include "storage/workspacelock.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace Quorum {

inline const QString positionColumn = QStringLiteral("position");

// Turns SQLite's wording into something a secretary can act on, keeping the detail.
inline QString describeSqlError(const QSqlError &error)
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
inline QVariant fromSql(const QVariant &value, FieldType type)
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

} // namespace Quorum
