// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Raw SQL access for tests that build bad files or read what the storage wrote.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace QuorumTest {

// Runs statements on `path` through a private connection, then closes it.
inline bool runSql(const QString &path, const QStringList &statements, QStringList *rows = nullptr)
{
    const QString name = QStringLiteral("test-raw-%1").arg(quintptr(&statements));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            if (!ok)
                break;
            QSqlQuery query(db);
            ok = query.exec(statement);
            while (ok && rows && query.next()) {
                QStringList cells;
                for (int i = 0; i < query.record().count(); ++i)
                    cells << query.value(i).toString();
                *rows << cells.join(QStringLiteral(" | "));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace QuorumTest
