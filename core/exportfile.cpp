// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Quorum {
namespace {

// The names SQLite and Quorum give the files that belong to a workspace: its write-ahead
// log, shared memory index and rollback journal, and the lock that says it is open.
constexpr const char16_t *companionSuffixes[] = {u"-wal", u"-shm", u"-journal", u".lock"};

// Whether the file's first bytes are those of an SQLite database or one of its journals:
// a workspace, or a hard link to a companion file under another name.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    static const QByteArray walBigEndian("\x37\x7f\x06\x82", 4);
    static const QByteArray walLittleEndian("\x37\x7f\x06\x83", 4);
    static const QByteArray journal("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
    return head.startsWith("SQLite format 3") || head.startsWith(walBigEndian) || head.startsWith(walLittleEndian)
           || head.startsWith(journal);
}

// A file's identity, whatever name reaches it: device and inode where the system has
// them, else the path with every link resolved.
struct FileIdentity
{
    QString canonical;
    quint64 device = 0;
    quint64 inode = 0;
    bool operator==(const FileIdentity &other) const
    {
        if (inode != 0 && other.inode != 0)
            return device == other.device && inode == other.inode;
        return canonical == other.canonical;
    }
};

std::optional<FileIdentity> identity(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    FileIdentity id{info.canonicalFilePath()};
#ifdef Q_OS_UNIX
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) == 0) {
        id.device = quint64(status.st_dev);
        id.inode = quint64(status.st_ino);
    }
#endif
    return id;
}

// Whether `a` and `b` name the same file, by any link (a hard link has no name in common).
bool sameFile(const QString &a, const QString &b)
{
    if (QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath())
        return true;
    const auto first = identity(a);
    const auto second = identity(b);
    return first && second && *first == *second;
}

QString workspaceMessage(const QString &target)
{
    return QCoreApplication::translate("Quorum::Export",
                                       "%1 is a workspace: Quorum does not replace it. Choose another name for the export.")
        .arg(target);
}

QString companionMessage(const QString &target, const QString &workspace)
{
    return QCoreApplication::translate("Quorum::Export",
                                       "%1 belongs to the workspace %2: Quorum does not replace it. "
                                       "Choose another name for the export.")
        .arg(target, workspace);
}

// Why `target` must not be replaced by an export, or nothing. The open workspace is known
// by path even before it has a byte on disk; any other workspace by its first bytes; a
// companion file by its name (as given, or as its links resolve) naming a workspace, or
// by being the very file of one of the open workspace's companions.
QString refusal(const QString &target, const QString &openWorkspace)
{
    if (QFileInfo(target).isDir())
        return QCoreApplication::translate("Quorum::Export", "%1 is a folder; name the file to write.").arg(target);
    if (!openWorkspace.isEmpty() && sameFile(target, openWorkspace))
        return workspaceMessage(target);
    QStringList names{target};
    if (const QString canonical = QFileInfo(target).canonicalFilePath(); !canonical.isEmpty() && canonical != target)
        names << canonical;
    for (const char16_t *suffix : companionSuffixes) {
        const QString ending = QString::fromUtf16(suffix);
        if (!openWorkspace.isEmpty() && sameFile(target, openWorkspace + ending))
            return companionMessage(target, QFileInfo(openWorkspace).absoluteFilePath());
        for (const QString &name : std::as_const(names)) {
            if (!name.endsWith(ending))
                continue;
            const QString base = name.chopped(ending.size());
            if ((!openWorkspace.isEmpty() && sameFile(base, openWorkspace)) || looksLikeSqlite(base))
                return companionMessage(target, base);
        }
    }
    // Last, so that a write-ahead log (which has a header of its own) is named as what it is.
    if (looksLikeSqlite(target))
        return workspaceMessage(target);
    return {};
}

Result<void> writeFailure(const QString &target, const QString &reason)
{
    return Result<void>::failure(QCoreApplication::translate("Quorum::Export", "%1: cannot be written (%2).").arg(target, reason));
}

// Whether the bytes written reached the disk: a full disk may only show here. Systems and
// file systems that cannot sync say so, and that is not a failure of the export.
bool syncToDisk(QSaveFile &file, QString *error)
{
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0 && errno != EINVAL && errno != ENOTSUP && errno != EROFS) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
#else
    Q_UNUSED(file);
    Q_UNUSED(error);
#endif
    return true;
}

} // namespace

Result<void> writeExportFile(const QString &path, const QByteArray &bytes, const QString &openWorkspace)
{
    return writeExportFile(
        path,
        [&](QIODevice &device) -> Result<void> {
            if (device.write(bytes) != bytes.size())
                return Result<void>::failure(device.errorString());
            return {};
        },
        openWorkspace);
}

Result<void> writeExportFile(const QString &path, const std::function<Result<void>(QIODevice &)> &write,
                             const QString &openWorkspace)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (const QString refused = refusal(target, openWorkspace); !refused.isEmpty())
        return Result<void>::failure(refused);

    // QSaveFile keeps a small write in its buffer, and in Qt 6.4 commit() does not report a
    // flush that fails there: it would rename an empty file over the previous export on a
    // full disk. So every step is checked here, and commit() only renames what is on disk.
    // On failure the destructor removes the temporary file and the previous file stays.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailure(target, file.errorString());
    QString error;
    if (auto written = write(file); !written)
        return writeFailure(target, written.error());
    if (!file.flush())
        return writeFailure(target, file.errorString());
    if (!syncToDisk(file, &error))
        return writeFailure(target, error);
    if (!file.commit())
        return writeFailure(target, file.errorString());
    return {};
}

} // namespace Quorum
