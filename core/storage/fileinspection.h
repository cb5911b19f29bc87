// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace Quorum {

struct WorkspaceFileInfo
{
    int schemaVersion = 0;
    qint64 sizeBytes = 0;
};

// SQLite creates the WAL companions (-wal, -shm) even for a read-only reader of a WAL
// file. This guard, created before such a reader opens, removes them afterwards when they
// were not there before and no Quorum holds the file, so reading leaves the folder as it was.
class WalCompanionGuard
{
public:
    explicit WalCompanionGuard(const QString &path);
    ~WalCompanionGuard();
    WalCompanionGuard(const WalCompanionGuard &) = delete;
    WalCompanionGuard &operator=(const WalCompanionGuard &) = delete;

private:
    QString m_path;
    bool m_hadCompanions;
};

// A read-only connection to `path` for the lifetime of the object, removed afterwards once
// every query on it is gone; the WAL companions it creates go with it.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    bool opened() const { return m_opened; }
    QString error() const { return m_error; }
    QSqlDatabase database() const;
    // Runs a one-value PRAGMA; returns an invalid variant with `error` set on failure.
    QVariant pragma(const QString &statement, QString *error) const;

private:
    WalCompanionGuard m_companions; // declared first: acts after the connection is gone
    QString m_name;
    bool m_opened = false;
    QString m_error;
};

// SQLite's own wording as a short detail of one of our messages: one line, no control
// characters, at most `length` characters.
QString sqliteDetail(const QString &text, int length = 120);

// How far inspectWorkspaceFile() reads. Structure reads the header and two pragmas
// (milliseconds whatever the size; SQLite itself refuses, at that first read, a file shorter
// than its header's page count); Full adds PRAGMA quick_check, which reads every page (a
// quarter of a second at ten years).
enum class InspectionDepth { Structure, Full };

// Decides, reading only, whether `path` is a sound Quorum workspace this version can open:
// SQLite header, application id, schema version not newer than ours, and (Full) PRAGMA
// quick_check. QSqlDatabase::open() succeeds on any file, so
// nothing is trusted before this passes; Database::open() runs the Structure part before
// opening and verifyWorkspacePages() before the first write (docs/reliability.md).
Result<WorkspaceFileInfo> inspectWorkspaceFile(const QString &path, InspectionDepth depth = InspectionDepth::Full);

// PRAGMA quick_check on a read-only connection of its own, so that it may run on any thread.
Result<void> verifyWorkspacePages(const QString &path);

} // namespace Quorum
