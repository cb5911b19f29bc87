// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PDF files read back through poppler's command-line tools (package poppler-utils), as a
// reader's PDF viewer would show them.

#include "catchqt.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace QuorumTest {

// What a program the tests read files back with printed (poppler-utils, unzip, python3,
// LibreOffice); the test fails if the program is missing, fails or outlasts `limitMs`.
inline QByteArray toolOutputWithin(const QString &program, const QStringList &arguments, int limitMs)
{
    const QString path = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " is missing: install it (poppler-utils for the PDF tools)");
    REQUIRE_FALSE(path.isEmpty());
    QProcess process;
    process.start(path, arguments);
    REQUIRE(process.waitForFinished(limitMs));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

inline QByteArray toolOutput(const QString &program, const QStringList &arguments)
{
    return toolOutputWithin(program, arguments, 60000);
}

// What a poppler tool printed, as text.
inline QString popplerTool(const QString &program, const QStringList &arguments)
{
    return QString::fromUtf8(toolOutput(program, arguments));
}

inline int pdfPageCount(const QString &file)
{
    static const QRegularExpression pages(u"^Pages:\\s*(\\d+)"_qs, QRegularExpression::MultilineOption);
    return pages.match(popplerTool(u"pdfinfo"_qs, {file})).captured(1).toInt();
}

// The text of every page, in reading order: pdftotext once, pages split at form feeds.
inline QStringList pdfPageTexts(const QString &file)
{
    QStringList pages = popplerTool(u"pdftotext"_qs, {file, u"-"_qs}).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace QuorumTest
