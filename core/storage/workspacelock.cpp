// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/workspacelock.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace Quorum {
namespace {

// The name of the lock that stands for the file itself (device and inode), whatever name it
// was opened by: a hard link is another name for the same file, and two SQLite writers
// through two names use two WAL files and corrupt it. It lives in a per-user folder of the
// system's temporary directory, since the file's own folder may hold several names.
QString identityLockPath(const QString &canonicalPath)
{
    struct stat info {};
    if (::stat(QFile::encodeName(canonicalPath).constData(), &info) != 0)
        return {};
    const QString folder = QDir::tempPath() + QStringLiteral("/quorum-locks-%1").arg(::getuid());
    if (!QDir().mkpath(folder))
        return {};
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return folder + QStringLiteral("/%1-%2.lock").arg(qulonglong(info.st_dev)).arg(qulonglong(info.st_ino));
}

std::optional<WorkspaceLockHolder> holderOf(QLockFile &lock)
{
    WorkspaceLockHolder holder;
    if (!lock.getLockInfo(&holder.pid, &holder.host, &holder.application))
        return std::nullopt;
    holder.elsewhere = holder.host != QSysInfo::machineHostName();
    return holder;
}

QString lockedMessage(const QString &path, const WorkspaceLockHolder &holder)
{
    if (holder.elsewhere)
        return QCoreApplication::translate("Quorum::Storage",
                                           "%1 is open in Quorum on the computer %2 (process %3), or was when that "
                                           "computer stopped. If Quorum no longer runs there, the file can be taken over.")
            .arg(path, holder.host)
            .arg(holder.pid);
    return QCoreApplication::translate("Quorum::Storage",
                                       "%1 is already open in another Quorum window (process %2 on %3). Close it there first, "
                                       "or open a copy.")
        .arg(path)
        .arg(holder.pid)
        .arg(holder.host);
}

// Takes the lock at `lockPath`, or says who holds it.
Result<std::unique_ptr<QLockFile>> takeLock(const QString &lockPath, const QString &shownPath)
{
    auto lock = std::make_unique<QLockFile>(lockPath);
    // Only a dead owner makes a lock stale: a session may legitimately stay open all day.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        if (const std::optional<WorkspaceLockHolder> holder = holderOf(*lock))
            return Result<std::unique_ptr<QLockFile>>::failure(lockedMessage(shownPath, *holder));
    }
    return Result<std::unique_ptr<QLockFile>>::failure(
        QCoreApplication::translate("Quorum::Storage", "%1 cannot be locked for editing (%2 cannot be written).")
            .arg(shownPath, lockPath));
}

} // namespace

QString canonicalWorkspacePath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// Takes the lock on the file itself (device and inode), which must exist.
Result<void> lockIdentity(const QString &path, std::unique_ptr<QLockFile> &identityLock)
{
    const QString identityPath = identityLockPath(path);
    if (identityPath.isEmpty())
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Storage", "%1 cannot be locked for editing.").arg(path));
    auto identity = takeLock(identityPath, path);
    if (!identity)
        return Result<void>::failure(identity.error());
    identityLock = identity.take();
    return {};
}

// Takes the lock on the name; on the file itself too when it exists already. Before anything
// reads the file: a reader through a second name of a file being written sees a torn view.
Result<void> lockWorkspace(const QString &path, std::unique_ptr<QLockFile> &lock, std::unique_ptr<QLockFile> &identityLock)
{
    auto named = takeLock(path + u".lock", path);
    if (!named)
        return Result<void>::failure(named.error());
    lock = named.take();
    return QFileInfo::exists(path) ? lockIdentity(path, identityLock) : Result<void>();
}

std::optional<WorkspaceLockHolder> Database::lockHolder(const QString &path)
{
    const QString canonical = canonicalWorkspacePath(path);
    for (const QString &lockPath : {QString(canonical + u".lock"), identityLockPath(canonical)}) {
        if (lockPath.isEmpty() || !QFileInfo::exists(lockPath))
            continue;
        QLockFile probe(lockPath);
        probe.setStaleLockTime(0);
        if (probe.tryLock(0)) {
            probe.unlock();
            continue;
        }
        if (std::optional<WorkspaceLockHolder> holder = holderOf(probe))
            return holder;
    }
    return std::nullopt;
}

Result<void> Database::takeOverLock(const QString &path)
{
    const QString canonical = canonicalWorkspacePath(path);
    const std::optional<WorkspaceLockHolder> holder = lockHolder(canonical);
    if (!holder)
        return {};
    if (!holder->elsewhere)
        return Result<void>::failure(lockedMessage(canonical, *holder));
    QLockFile lock(canonical + u".lock");
    if (!lock.removeStaleLockFile() && QFileInfo::exists(canonical + u".lock"))
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Storage", "The lock of %1 cannot be removed.").arg(canonical));
    return {};
}

} // namespace Quorum
