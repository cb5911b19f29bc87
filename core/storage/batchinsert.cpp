// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/batchinsert.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

#include <memory>

namespace Quorum {
namespace {

Result<void> failure(sqlite3 *handle)
{
    return Result<void>::failure(QString::fromUtf8(sqlite3_errmsg(handle)));
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

Result<void> insertRows(const QSqlDatabase &db, const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    // The connection's own handle, as QSqlDriver::handle() documents it for SQLite.
    const QVariant handleValue = db.driver() ? db.driver()->handle() : QVariant();
    if (!handleValue.isValid() || qstrcmp(handleValue.typeName(), "sqlite3*") != 0)
        return Result<void>::failure(u"insertRows: the connection is not an SQLite one"_qs);
    sqlite3 *handle = *static_cast<sqlite3 *const *>(handleValue.constData());
    if (!handle)
        return Result<void>::failure(u"insertRows: the connection is closed"_qs);

    // Several rows per statement: SQLite opens the table's and indexes' cursors and checks
    // the foreign keys' parents once per statement, which costs more than the insert of one
    // row. Two statements, prepared once each: a full batch and the remainder.
    constexpr qsizetype batchRows = 64; // 64 × 12 columns stays far below SQLite's 32,766 parameters
    const auto prepare = [&](qsizetype count) -> std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> {
        const QString row = u'(' + QString(u"?, "_qs).repeated(columns.size() - 1) + u"?)";
        QStringList values;
        for (qsizetype i = 0; i < count; ++i)
            values << row;
        const QByteArray sql = (u"INSERT INTO " + table + u" (" + columns.join(u", ") + u") VALUES " + values.join(u", ")).toUtf8();
        sqlite3_stmt *raw = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
            raw = nullptr;
        return {raw, sqlite3_finalize};
    };
    for (const QVariantList &row : rows)
        if (row.size() != columns.size())
            return Result<void>::failure(u"insertRows: a row has %1 values for %2 columns"_qs.arg(row.size()).arg(columns.size()));

    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> full(nullptr, sqlite3_finalize);
    for (qsizetype first = 0; first < rows.size(); first += batchRows) {
        const qsizetype count = qMin(batchRows, rows.size() - first);
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> rest(nullptr, sqlite3_finalize);
        if (count == batchRows && !full)
            full = prepare(count);
        else if (count < batchRows)
            rest = prepare(count);
        sqlite3_stmt *statement = count == batchRows ? full.get() : rest.get();
        if (!statement)
            return failure(handle);
        int index = 1;
        for (qsizetype r = first; r < first + count; ++r)
            for (const QVariant &value : rows.at(r))
                if (bind(statement, index++, value) != SQLITE_OK)
                    return failure(handle);
        const bool done = sqlite3_step(statement) == SQLITE_DONE;
        Result<void> refused = done ? Result<void>() : failure(handle);
        sqlite3_reset(statement);
        if (!done)
            return refused;
    }
    return {};
}

} // namespace Quorum
