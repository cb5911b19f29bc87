// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storage/fileinspection.h"

#include <QList>
#include <QString>

namespace Quorum {

// One thing wrong in a workspace file, located as precisely as it can be: the table (or
// the index, trigger or view), the row id and the column, and what is wrong, in words.
struct SchemaProblem
{
    QString table;  // empty when the problem is about the whole file
    qint64 row = 0; // 0 when it is about no row in particular
    QString column;
    QString message;

    // "table vote, row 3, column members: …" on one line, control characters escaped.
    QString line() const;
};

struct WorkspaceCheck
{
    WorkspaceFileInfo file;
    QList<SchemaProblem> problems; // empty when the workspace is sound
};

// Everything `quorum check` verifies, reading only: the file inspection (a failure is the
// Result's error, one line), then the schema against the one this version's migrations
// build for the file's schema version (tables, their columns with type, NOT NULL, default
// and key, indexes, triggers, views: by name and by their SQL), then the value of every
// column against its domain in the schema description (core/schema.cpp, docs/format.md),
// references to rows that exist, and finally SQLite's integrity_check and
// foreign_key_check.
Result<WorkspaceCheck> checkWorkspaceFile(const QString &path);

// `text` as it may be shown on one line of a terminal: control and format characters
// written as \u{…}, at most `length` characters.
QString printableText(const QString &text, int length = 60);

} // namespace Quorum
