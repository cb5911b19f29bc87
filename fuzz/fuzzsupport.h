// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target needs before its first input: an application object (rich text
// needs QGuiApplication, on the offscreen platform so no display is needed) and silence
// (Qt's warnings about the junk it is fed would be most of the run's time).

#include <QByteArray>
#include <QGuiApplication>
#include <QString>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace QuorumFuzz {

inline void startApplication()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
            abort();
        }
    });
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QGuiApplication application(argc, argv);
}

// A folder for the files a target writes, removed when the fuzzer exits. In memory (/dev/shm)
// when there is room: a workspace commits with synchronous=FULL, and on a disk the fsyncs were
// most of an input's time (the opener ran 30 inputs a second on disk, 700 in memory). TMPDIR
// still decides when /dev/shm is missing or small (a container's is often 64 MB).
inline const QTemporaryDir &scratch()
{
    static QTemporaryDir dir = [] {
        const QStorageInfo memory(QStringLiteral("/dev/shm"));
        if (qEnvironmentVariableIsEmpty("TMPDIR") && memory.isValid() && !memory.isReadOnly()
            && memory.bytesAvailable() > qint64(512) * 1024 * 1024)
            return QTemporaryDir(QStringLiteral("/dev/shm/quorum-fuzz-XXXXXX"));
        return QTemporaryDir();
    }();
    if (!dir.isValid())
        abort();
    return dir;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property a target checks, broken: libFuzzer saves the input as a crash.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "property broken: %s\n", what);
        abort();
    }
}

} // namespace QuorumFuzz
