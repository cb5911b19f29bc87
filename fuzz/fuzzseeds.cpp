// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed of the workspace fuzz target: the tiny JSON seed imported into a real
// workspace file of this version's schema, then rewritten with 512-byte pages so that the
// seed is a few kilobytes (a fuzzer mutates small inputs far faster) while staying a file
// Quorum opens. A test-support program: it speaks SQL itself, which the product never does
// outside core/storage.

#include "jsonexchange.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc != 3) {
        fprintf(stderr, "usage: fuzz_seeds SEED.json OUT.quorum\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[2]);
    if (auto imported = Quorum::importWorkspaceJsonFile(QString::fromLocal8Bit(argv[1]), out); !imported) {
        fprintf(stderr, "%s\n", qPrintable(imported.error()));
        return 1;
    }
    bool shrunk = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(out);
        if (db.open()) {
            QSqlQuery query(db);
            shrunk = query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && query.exec(QStringLiteral("PRAGMA page_size=512"))
                     && query.exec(QStringLiteral("VACUUM"));
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    if (!shrunk) {
        fprintf(stderr, "could not rewrite %s with small pages\n", argv[2]);
        return 1;
    }
    return 0;
}
