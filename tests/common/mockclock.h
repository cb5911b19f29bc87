// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"


namespace QuorumTest {

// A clock that stands still until the test moves it.
class MockClock final : public Quorum::Clock
{
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2024, 11, 13), QTime(8, 30), Qt::UTC)) : m_now(start) {}
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace QuorumTest
