// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

class QSqlDatabase;

namespace Quorum {

// Inserts `rows` into `table`, each row's values in the order of `columns`, the first of
// them `id`, inside the write transaction the caller holds open on `db`; returns each row's
// id. A row whose id is null gets the one SQLite itself would give it (one past the
// largest: the tables have no AUTOINCREMENT), allocated under the transaction's write lock;
// a row with an id (a redo) keeps it. Known before the insert, the ids need no RETURNING
// read back row by row, and several rows go in one statement.
//
// Through SQLite's own interface: Qt Sql binds each value through a placeholder name it
// formats and looks up anew, which made an import of 10,000 people spend more time binding
// than SQLite spent inserting. Values are bound as Qt's SQLite driver binds them (a null
// QVariant or null QString as NULL, integers and booleans as integers, text as text).
// The failure carries SQLite's own message, for describeSqlError().
Result<QList<qint64>> insertRows(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                                 QList<QVariantList> &rows);

} // namespace Quorum
