// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Quorum {

// A spreadsheet saved as text, as the programs councils use really write it: Excel in a
// French or Dutch locale (semicolons, Windows-1252 or UTF-8 with a BOM, CRLF), LibreOffice
// (commas, UTF-8), "Unicode text" (UTF-16, tabs). Fields may be quoted, with the separator,
// doubled quotes and line breaks inside.
struct CsvTable
{
    QString encoding;          // "UTF-8", "UTF-8 (BOM)", "UTF-16" or "Windows-1252"
    QChar separator;           // ';', ',' or '\t'
    QList<QStringList> rows;   // the header first; rows with every cell empty are left out
    QList<int> lines;          // the line of the file each row starts on (1 for the header)
};

// Limits that keep a wrong file (a video, a database dump) from freezing the app: a
// council's members fit many times over.
inline constexpr qint64 csvMaximumBytes = 20 * 1024 * 1024;
inline constexpr int csvMaximumColumns = 100;
inline constexpr int csvMaximumRows = 100000;

// Decodes and splits `bytes`: the encoding and separator are detected. A file that is not
// text, is empty, breaks a limit or ends inside a quoted field gets one message.
Result<CsvTable> parseCsv(const QByteArray &bytes);

// Reads `path` whole (after checking its size), then parses it.
Result<CsvTable> readCsvFile(const QString &path);

// A cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
// carriage return) is written with a leading apostrophe, as spreadsheets expect, so it
// stays text. Reading takes such an apostrophe off again: an export imports as it was.
QString protectFormula(const QString &cell);
QString unprotectFormula(const QString &cell);

// Writes rows as Excel in a French or Dutch locale opens them as they are: UTF-8 with a
// BOM, semicolons, CRLF, quotes only where needed, every cell protected against formulas.
QByteArray writeCsv(const QList<QStringList> &rows);

} // namespace Quorum
