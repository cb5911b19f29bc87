// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/fileinspection.h"

#include "storage/migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace Quorum {

ReadOnlyConnection::ReadOnlyConnection(const QString &path) : m_companions(path)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("quorum-inspect-%1").arg(counter++);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    m_opened = db.open();
    if (!m_opened)
        m_error = sqliteDetail(db.lastError().text());
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ReadOnlyConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QVariant ReadOnlyConnection::pragma(const QString &statement, QString *error) const
{
    QSqlQuery query(database());
    if (!query.exec(statement) || !query.next()) {
        // The driver's text ("Unable to fetch row") adds nothing a user can act on.
        const QSqlError failure = query.lastError();
        *error = sqliteDetail(failure.databaseText().isEmpty() ? failure.text() : failure.databaseText());
        return {};
    }
    QVariant value = query.value(0);
    query.finish();
    return value;
}

QString sqliteDetail(const QString &text, int length)
{
    QString line;
    for (const QChar c : text) {
        const bool control = c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
                             || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
        line += control ? u' ' : c;
    }
    line = line.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + u'…';
    return line;
}

WalCompanionGuard::WalCompanionGuard(const QString &path)
    : m_path(path), m_hadCompanions(QFileInfo::exists(path + u"-wal") || QFileInfo::exists(path + u"-shm"))
{
}

WalCompanionGuard::~WalCompanionGuard()
{
    if (m_hadCompanions || QFileInfo::exists(m_path + u".lock"))
        return;
    QFile::remove(m_path + u"-wal");
    QFile::remove(m_path + u"-shm");
}

namespace {

// SQLite's quick_check: every page of every table and index read and its structure
// verified. The costly part of the inspection: its time grows with the file.
Result<void> checkPages(const ReadOnlyConnection &connection, const QString &path)
{
    QString error;
    const QVariant check = connection.pragma(QStringLiteral("PRAGMA quick_check"), &error);
    if (!check.isValid())
        return Result<void>::failure(error.contains(u"locked") || error.contains(u"busy")
                                         ? QCoreApplication::translate("Quorum::Storage",
                                                                       "%1 is held locked by another program (not Quorum): "
                                                                       "close it there, then try again.")
                                               .arg(path)
                                         : QCoreApplication::translate("Quorum::Storage", "%1 is damaged: %2.").arg(path, error));
    if (check.toString() != u"ok") {
        // SQLite lists every bad page on lines of its own under a header: the first, briefly.
        const QString detail = sqliteDetail(QString(check.toString()).remove(u"*** in database main ***"_qs), 80);
        return Result<void>::failure(QCoreApplication::translate("Quorum::Storage",
                                                                 "%1 is damaged: some of its pages are unreadable (%2).")
                                         .arg(path, detail));
    }
    return {};
}

} // namespace

Result<void> verifyWorkspacePages(const QString &path)
{
    ReadOnlyConnection connection(path);
    if (!connection.opened())
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Storage", "%1: cannot be opened (%2).").arg(path, connection.error()));
    return checkPages(connection, path);
}

Result<WorkspaceFileInfo> inspectWorkspaceFile(const QString &path, InspectionDepth depth)
{
    using R = Result<WorkspaceFileInfo>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(QCoreApplication::translate("Quorum::Storage", "%1: no such file.").arg(path));
    if (!info.isFile())
        return R::failure(QCoreApplication::translate("Quorum::Storage", "%1: not a file.").arg(path));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QCoreApplication::translate("Quorum::Storage", "%1: cannot be read (%2).").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty())
        return R::failure(QCoreApplication::translate("Quorum::Storage", "%1: the file is empty, not a Quorum workspace.").arg(path));
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")) || header.size() < 100)
        return R::failure(QCoreApplication::translate("Quorum::Storage", "%1: not a Quorum workspace (not an SQLite database).").arg(path));

    ReadOnlyConnection connection(path);
    if (!connection.opened())
        return R::failure(QCoreApplication::translate("Quorum::Storage", "%1: cannot be opened (%2).").arg(path, connection.error()));

    QString error;
    // Another program holding the file locked (an SQLite tool with a transaction open, a
    // backup) is no damage: say who is in the way, not that the file is broken.
    const auto unreadable = [&path](const QString &reason) {
        if (reason.contains(u"locked") || reason.contains(u"busy"))
            return R::failure(QCoreApplication::translate("Quorum::Storage",
                                                          "%1 is held locked by another program (not Quorum): close it "
                                                          "there, then try again.")
                                  .arg(path));
        return R::failure(QCoreApplication::translate("Quorum::Storage", "%1 is damaged or unreadable: %2.").arg(path, reason));
    };
    const QVariant applicationId = connection.pragma(QStringLiteral("PRAGMA application_id"), &error);
    if (!applicationId.isValid())
        return unreadable(error);
    if (applicationId.toLongLong() != workspaceApplicationId)
        return R::failure(QCoreApplication::translate("Quorum::Storage", "%1: an SQLite database, but not a Quorum workspace.").arg(path));

    const QVariant version = connection.pragma(QStringLiteral("PRAGMA user_version"), &error);
    if (!version.isValid())
        return unreadable(error);
    if (version.toInt() > latestSchemaVersion())
        return R::failure(QCoreApplication::translate("Quorum::Storage", "%1: made by a newer version of Quorum (schema version %2; this version reads up to %3). "
                             "Update Quorum to open it.")
                              .arg(path)
                              .arg(version.toInt())
                              .arg(latestSchemaVersion()));
    if (version.toInt() < 1)
        return R::failure(QCoreApplication::translate("Quorum::Storage", "%1: an unfinished Quorum workspace (no schema).").arg(path));

    if (depth == InspectionDepth::Full) {
        if (auto pages = checkPages(connection, path); !pages)
            return R::failure(pages.error());
    }

    return WorkspaceFileInfo{version.toInt(), info.size()};
}

} // namespace Quorum
