// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace Quorum {

// verifyWorkspacePages() on a thread of its own, started when a workspace opens, so that
// the window shows while SQLite reads every page. Database waits for its verdict before
// the first write (a damaged file is never written to) and before closing.
class BackgroundIntegrityCheck
{
public:
    explicit BackgroundIntegrityCheck(const QString &path);
    ~BackgroundIntegrityCheck(); // waits for the check: it reads the file through its own connection
    BackgroundIntegrityCheck(const BackgroundIntegrityCheck &) = delete;
    BackgroundIntegrityCheck &operator=(const BackgroundIntegrityCheck &) = delete;

    // The verdict, waiting for it when the check still runs.
    Result<void> wait();
    // Calls `whenKnown` with the verdict once it is known, from the checking thread (or at
    // once, from this one, when it is already known). Set it once.
    void notify(std::function<void(const Result<void> &)> whenKnown);

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    std::optional<Result<void>> m_verdict;
    std::function<void(const Result<void> &)> m_whenKnown;
    std::thread m_thread; // last: starts once everything above exists
};

} // namespace Quorum
