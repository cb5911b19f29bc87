// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/batchinsert.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

#include <memory>

namespace Quorum {
namespace {

using Ids = Result<QList<qint64>>;

Ids failure(sqlite3 *handle)
{
    return Ids::failure(QString::fromUtf8(sqlite3_errmsg(handle)));
}

using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

Statement prepare(sqlite3 *handle, const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &raw, nullptr) != SQLITE_OK)
        raw = nullptr;
    return {raw, sqlite3_finalize};
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString &text = *static_cast<const QString *>(value.constData());
        if (text.isNull())
            return sqlite3_bind_null(statement, index);
        // SQLITE_STATIC: the row's values outlive the step that reads them.
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
        if (bytes.isNull())
            return sqlite3_bind_null(statement, index);
        return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    }
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

Ids insertRows(const QSqlDatabase &db, const QString &table, const QStringList &columns, QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return QList<qint64>();
    // The connection's own handle, as QSqlDriver::handle() documents it for SQLite.
    const QVariant handleValue = db.driver() ? db.driver()->handle() : QVariant();
    if (!handleValue.isValid() || qstrcmp(handleValue.typeName(), "sqlite3*") != 0)
        return Ids::failure(u"insertRows: the connection is not an SQLite one"_qs);
    sqlite3 *handle = *static_cast<sqlite3 *const *>(handleValue.constData());
    if (!handle)
        return Ids::failure(u"insertRows: the connection is closed"_qs);
    if (sqlite3_get_autocommit(handle))
        return Ids::failure(u"insertRows: ids are only allocated inside a write transaction"_qs);
    if (columns.value(0) != u"id")
        return Ids::failure(u"insertRows: the first column is the id"_qs);
    for (const QVariantList &row : std::as_const(rows))
        if (row.size() != columns.size())
            return Ids::failure(u"insertRows: a row has %1 values for %2 columns"_qs.arg(row.size()).arg(columns.size()));

    qint64 nextId = 0;
    bool allocate = false;
    for (const QVariantList &row : std::as_const(rows)) {
        allocate = allocate || row.first().isNull();
        nextId = qMax(nextId, row.first().toLongLong());
    }
    if (allocate) {
        const Statement largest = prepare(handle, u"SELECT coalesce(max(id), 0) FROM "_qs + table);
        if (!largest || sqlite3_step(largest.get()) != SQLITE_ROW)
            return failure(handle);
        nextId = qMax<qint64>(nextId, sqlite3_column_int64(largest.get(), 0));
    }
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (QVariantList &row : rows) {
        if (row.first().isNull())
            row.first() = ++nextId;
        ids << row.first().toLongLong();
    }

    // Several rows per statement: SQLite opens the table's and indexes' cursors and checks
    // the foreign keys' parents once per statement, which costs more than the insert of one
    // row. Two statements, prepared once each: a full batch and the remainder.
    constexpr qsizetype batchRows = 64; // 64 × 12 columns stays far below SQLite's 32,766 parameters
    const auto statementFor = [&](qsizetype count) {
        const QString row = u'(' + QString(u"?, "_qs).repeated(columns.size() - 1) + u"?)";
        QStringList values;
        for (qsizetype i = 0; i < count; ++i)
            values << row;
        return prepare(handle, u"INSERT INTO " + table + u" (" + columns.join(u", ") + u") VALUES " + values.join(u", "));
    };
    Statement full(nullptr, sqlite3_finalize);
    for (qsizetype first = 0; first < rows.size(); first += batchRows) {
        const qsizetype count = qMin(batchRows, rows.size() - first);
        Statement rest(nullptr, sqlite3_finalize);
        if (count == batchRows && !full)
            full = statementFor(count);
        else if (count < batchRows)
            rest = statementFor(count);
        sqlite3_stmt *statement = count == batchRows ? full.get() : rest.get();
        if (!statement)
            return failure(handle);
        int index = 1;
        for (qsizetype r = first; r < first + count; ++r)
            for (const QVariant &value : std::as_const(rows.at(r)))
                if (bind(statement, index++, value) != SQLITE_OK)
                    return failure(handle);
        if (sqlite3_step(statement) != SQLITE_DONE) {
            Ids refused = failure(handle); // read before the reset, which may change the message
            sqlite3_reset(statement);
            return refused;
        }
        sqlite3_reset(statement);
    }
    return ids;
}

} // namespace Quorum
