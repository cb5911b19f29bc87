// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Quorum {

// Where "now" comes from. Everything that records or measures time takes a Clock, so
// tests can drive time by hand (tests/common/mockclock.h) and timings are replayed from
// recorded instants instead of counted timer ticks.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace Quorum
