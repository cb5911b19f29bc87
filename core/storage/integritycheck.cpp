// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/integritycheck.h"

#include "storage/fileinspection.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Quorum {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(const QString &path)
    : m_thread([this, path] {
#ifdef Q_OS_LINUX
          // Lowest priority: on a busy machine the window's thread comes first, and the check
          // uses what is left (Linux gives each thread its own nice value).
          setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 19);
#endif
          Result<void> verdict = verifyWorkspacePages(path);
          std::function<void(const Result<void> &)> whenKnown;
          {
              std::lock_guard lock(m_mutex);
              m_verdict = verdict;
              whenKnown = m_whenKnown;
          }
          m_done.notify_all();
          if (whenKnown)
              whenKnown(verdict);
      })
{
}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    m_thread.join();
}

Result<void> BackgroundIntegrityCheck::wait()
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_verdict.has_value(); });
    return *m_verdict;
}

void BackgroundIntegrityCheck::notify(std::function<void(const Result<void> &)> whenKnown)
{
    std::optional<Result<void>> known;
    {
        std::lock_guard lock(m_mutex);
        if (m_verdict)
            known = m_verdict;
        else
            m_whenKnown = std::move(whenKnown);
    }
    if (known)
        whenKnown(*known);
}

} // namespace Quorum
