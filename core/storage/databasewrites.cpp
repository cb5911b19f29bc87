// SPDX-License-Identifier: GPL-3.0-or-later
// Database's writes: every insert, update, move and removal runs in a transaction (the
// caller's, or its own), checked against the schema's rules before SQLite sees it.
#include "storage/databaseprivate.h"

#include "storage/batchinsert.h"
#include "storage/recordbindings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace Quorum {

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
    QList<QVariantList> rows;
    rows.reserve(records.size());
    for (const Record &record : std::as_const(records)) {
        if (record.entity != records.first().entity)
            return Result<void>::failure(u"insertMany: records of one entity only"_qs);
        auto values = columnValues(record);
        if (!values)
            return Result<void>::failure(values.error());
        QVariantList row{record.id > 0 ? QVariant(record.id) : QVariant()};
        row.append(values.take());
        rows << std::move(row);
    }
    if (auto inserted = insertRows(records.first().entity, rows); !inserted)
        return inserted;
    for (qsizetype r = 0; r < records.size(); ++r)
        records[r].id = rows.at(r).first().toLongLong();
    return {};
}

Result<void> Database::insertRows(Entity entity, QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    const EntitySpec &spec = entitySpec(entity);
    if (spec.ordered) // positions shift one by one: insert() is the way
        return Result<void>::failure(u"insertMany: ordered records are inserted one by one"_qs);
    // Every row checked as insert() checks a record before anything is written.
    QList<QVariantList> checked;
    checked.reserve(rows.size());
    for (const QVariantList &row : std::as_const(rows)) {
        auto values = checkedValues(entity, row, 1);
        if (!values)
            return Result<void>::failure(values.error());
        QVariantList out{row.first().toLongLong() > 0 ? row.first() : QVariant()};
        out.append(values.take());
        checked << std::move(out);
    }
    QList<qint64> ids;
    auto written = transaction([&]() -> Result<void> {
        auto inserted = Quorum::insertRows(d->db(), spec.table, QStringList{u"id"_qs} + spec.columnNames(), checked);
        if (!inserted)
            return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "Could not add the %1: %2")
                                             .arg(entityLabel(spec.entity).toLower(), describeSqlError(QSqlError(QString(), inserted.error()))));
        ids = inserted.take();
        return {};
    });
    if (!written)
        return written;
    for (qsizetype r = 0; r < rows.size(); ++r)
        rows[r].first() = ids.at(r);
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
    const Result<QVariant> updated = updateValue(entity, id, columnName, value);
    return updated ? Result<void>() : Result<void>::failure(updated.error());
}

Result<QVariant> Database::updateValue(Entity entity, qint64 id, const QString &columnName, const QVariant &value)
{
    const EntitySpec &spec = entitySpec(entity);
    const Column *column = spec.column(columnName);
    if (!column || columnName == spec.parentField)
        return Result<QVariant>::failure(QCoreApplication::translate("Quorum::Storage", "%1 has no editable field \"%2\".").arg(entityLabel(entity), columnName.left(60)));
    auto normalised = normaliseValue(*column, value);
    if (!normalised)
        return Result<QVariant>::failure(normalised.error());
    if (column->language && column->field->required && normalised.value().toString().trimmed().isEmpty()) {
        const std::optional<Record> current = d->fetch(entity, id);
        const QString otherHalf =
            column->field->name + (*column->language == Language::French ? u"_nl"_qs : u"_fr"_qs);
        if (current && current->text(otherHalf).trimmed().isEmpty())
            return Result<QVariant>::failure(
                QCoreApplication::translate("Quorum::Storage", "%1 needs a text in French or in Dutch.")
                    .arg(QCoreApplication::translate("Quorum::Schema", column->field->label)));
    }
    Result<void> written = transaction([&]() -> Result<void> {
        auto query = d->exec(u"UPDATE " + spec.table + u" SET " + columnName + u" = :value WHERE id = :id",
                             {{u":value"_qs, normalised.value()}, {u":id"_qs, id}});
        if (!query)
            return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "Could not save the change to %1: %2").arg(d->path, query.error()));
        if (query.value()->numRowsAffected() != 1)
            return Result<void>::failure(QCoreApplication::translate("Quorum::Storage", "This %1 no longer exists.").arg(entityLabel(entity).toLower()));
        return {};
    });
    if (!written)
        return Result<QVariant>::failure(written.error());
    // What was bound is what is stored (the value is normalised to the column's type above),
    // read back the way readRecord() reads it.
    return fromSql(normalised.value(), column->field->type);
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
