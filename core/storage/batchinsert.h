// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

class QSqlDatabase;

namespace Quorum {

// Inserts `rows` into `table`, each row's values in the order of `columns`, inside the
// transaction the caller holds open on `db`: several rows per statement, through SQLite's
// own interface. Qt Sql binds each value through a placeholder name it
// formats and looks up anew, which made an import of 10,000 people spend more time binding
// than SQLite spent inserting. Values are bound as Qt's SQLite driver binds them (a null
// QVariant or null QString as NULL, integers and booleans as integers, text as text).
// The failure carries SQLite's own message, for describeSqlError().
Result<void> insertRows(const QSqlDatabase &db, const QString &table, const QStringList &columns, const QList<QVariantList> &rows);

} // namespace Quorum
