// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the quorum program on a scratch copy of the demo workspace, as the document
// commands (agenda, minutes) are run by users and scripts.

#include "catchqt.h"
#include "testworkspace.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace QuorumTest {

inline constexpr int timeoutMs = 60000;

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
};

// A scratch folder with the demo workspace, and a home of its own for the program.
class DocumentCli
{
public:
    DocumentCli()
    {
        REQUIRE(m_home.isValid());
        REQUIRE(m_runtime.isValid());
        REQUIRE(m_work.isValid());
        const Outcome demo = run({u"demo"_qs, u"demo.quorum"_qs});
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
    }

    Outcome run(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_qs, m_home.path());
        environment.insert(u"XDG_CONFIG_HOME"_qs, m_home.filePath(u"config"_qs));
        environment.insert(u"XDG_DATA_HOME"_qs, m_home.filePath(u"data"_qs));
        environment.insert(u"XDG_CACHE_HOME"_qs, m_home.filePath(u"cache"_qs));
        environment.insert(u"XDG_RUNTIME_DIR"_qs, m_runtime.path());
        environment.insert(u"LC_ALL"_qs, u"C.UTF-8"_qs);
        environment.remove(u"LANGUAGE"_qs);
        environment.remove(u"QT_QPA_PLATFORM"_qs); // the command must not need a display
        environment.remove(u"DISPLAY"_qs);
        environment.remove(u"WAYLAND_DISPLAY"_qs);
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_work.path());
        process.start(QStringLiteral(QUORUM_EXECUTABLE), arguments);
        INFO("quorum " << arguments.join(u' ').toStdString());
        REQUIRE(process.waitForStarted(timeoutMs));
        REQUIRE(process.waitForFinished(timeoutMs));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // quorum COMMAND demo.quorum --meeting DATE <more>, for the document commands.
    Outcome document(const QString &command, const QStringList &more, const QString &meeting) const
    {
        return run(QStringList{command, u"demo.quorum"_qs, u"--meeting"_qs, meeting} + more);
    }

    QString path(const QString &name) const { return m_work.filePath(name); }
    QStringList entries() const
    {
        return QDir(m_work.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

private:
    QTemporaryDir m_home;
    QTemporaryDir m_runtime;
    QTemporaryDir m_work;
};

inline QString pdfText(const QString &file)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_qs);
    INFO("pdftotext is missing: install poppler-utils");
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess process;
    process.start(pdftotext, {file, u"-"_qs});
    REQUIRE(process.waitForFinished(timeoutMs));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline void requireUsageError(const Outcome &result, const QString &reason)
{
    INFO("stderr: " << result.err.toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(result.err.startsWith(u"quorum: "_qs));
    CHECK(result.err.contains(reason));
    CHECK(result.err.contains(u"Usage:"_qs));
}

} // namespace QuorumTest
