// SPDX-License-Identifier: GPL-3.0-or-later
// The planned schedule of a meeting: times from the start, the workshops slot, overflow,
// and the awkward cases (no start time, zero minutes, midnight, an end before the start).

#include "catchqt.h"

#include "rules/schedule.h"

using namespace Quorum;

namespace {

QTime at(const char *text)
{
    return QTime::fromString(QString::fromLatin1(text), QStringLiteral("HH:mm"));
}

std::optional<QTime> maybe(const char *text)
{
    if (!text)
        return std::nullopt;
    return at(text);
}

// An agenda in order from kinds and planned minutes (-1: not planned).
ScheduleInput agenda(const char *start, const char *end, std::initializer_list<std::pair<const char *, int>> items,
                     int workshops = 0)
{
    ScheduleInput input;
    input.start = maybe(start);
    input.end = maybe(end);
    input.workshops = workshops;
    int order = 0;
    for (const auto &[kind, minutes] : items)
        input.items.append({QString::fromLatin1(kind), minutes < 0 ? std::nullopt : std::optional<int>(minutes), order++});
    return input;
}

// The morning of 13 November 2024 (seed 001): 09:30–12:30.
ScheduleInput november2024()
{
    return agenda("09:30", "12:30",
                  {{"welcome", 15}, {"icebreaker", 15}, {"information", 40}, {"round_table", 35}, {"break", 15},
                   {"workshops", 45}, {"lunch", 15}},
                  6);
}

} // namespace

TEST_CASE("Schedule times follow the planned minutes from the start", "[schedule]")
{
    const Schedule schedule = computeSchedule(november2024());
    REQUIRE(schedule.items.size() == 7);
    const auto [index, start, end] = GENERATE(table<int, const char *, const char *>({{0, "09:30", "09:45"},
                                                                                      {1, "09:45", "10:00"},
                                                                                      {2, "10:00", "10:40"},
                                                                                      {3, "10:40", "11:15"},
                                                                                      {4, "11:15", "11:30"},
                                                                                      {5, "11:30", "12:15"},
                                                                                      {6, "12:15", "12:30"}}));
    INFO("item " << index);
    CHECK(schedule.items.at(index).start == at(start));
    CHECK(schedule.items.at(index).end == at(end));
    CHECK(scheduleTime(schedule.items.at(index), false) == QString::fromLatin1(start));
    CHECK(scheduleTime(schedule.items.at(index), true) == QString::fromLatin1(end));
}

TEST_CASE("Schedule totals compare the plan with the session length", "[schedule]")
{
    const Schedule schedule = computeSchedule(november2024());
    CHECK(schedule.plannedMinutes == 180);
    CHECK(schedule.sessionMinutes == 180);
    CHECK(schedule.overflowMinutes == 0);
    CHECK_FALSE(schedule.overflows());
    CHECK(schedule.plannedEnd == at("12:30"));
    CHECK(schedule.summary() == QStringLiteral("Planned: 3 h 00 min of 3 h 00 min — ends 12:30"));
    CHECK(schedule.warning().isEmpty());
}

TEST_CASE("Schedule order comes from the items order and results keep the input order", "[schedule]")
{
    ScheduleInput input = agenda("10:00", "11:00", {{"information", 20}, {"decision", 10}, {"discussion", 30}});
    input.items[0].order = 2; // information last
    input.items[1].order = 0; // decision first
    input.items[2].order = 1;
    const Schedule schedule = computeSchedule(input);
    CHECK(schedule.items.at(1).start == at("10:00"));
    CHECK(schedule.items.at(2).start == at("10:10"));
    CHECK(schedule.items.at(0).start == at("10:40"));
    CHECK(schedule.items.at(0).end == at("11:00"));
}

TEST_CASE("A workshops slot lasts its own minutes however many workshops run in it", "[schedule]")
{
    const int workshops = GENERATE(0, 1, 6, 12);
    ScheduleInput input = agenda("14:00", "16:00", {{"welcome", 10}, {"workshops", 45}, {"round_table", 30}}, workshops);
    const Schedule schedule = computeSchedule(input);
    CHECK(schedule.items.at(1).start == at("14:10"));
    CHECK(schedule.items.at(1).end == at("14:55"));
    CHECK(schedule.items.at(1).parallel == workshops);
    CHECK(schedule.items.at(0).parallel == 0); // only the workshops slot holds them
    CHECK(schedule.items.at(2).start == at("14:55"));
    CHECK(schedule.plannedMinutes == 85);
}

TEST_CASE("Overflow is measured against the session end", "[schedule]")
{
    // 09:30 + 15 + 40 + 50 = 11:15
    const auto [end, overflow] = GENERATE(table<const char *, int>(
        {{"12:30", 0}, {"11:15", 0}, {"11:14", 1}, {"11:00", 15}, {"10:50", 25}, {"09:31", 104}}));
    INFO("session ends at " << end);
    const Schedule schedule =
        computeSchedule(agenda("09:30", end, {{"welcome", 15}, {"information", 40}, {"decision", 50}}));
    CHECK(schedule.plannedEnd == at("11:15"));
    CHECK(schedule.overflowMinutes == overflow);
    CHECK(schedule.overflows() == (overflow > 0));
    CHECK(schedule.warning().isEmpty() == (overflow == 0));
}

TEST_CASE("The overflow warning names the minutes and both ends", "[schedule]")
{
    const Schedule schedule =
        computeSchedule(agenda("09:30", "12:30", {{"welcome", 15}, {"information", 130}, {"decision", 60}}));
    CHECK(schedule.overflowMinutes == 25);
    CHECK(schedule.warning() == QStringLiteral("Overflows the session end by 25 min: the plan ends at 12:55, the session at 12:30."));
    CHECK(schedule.summary() == QStringLiteral("Planned: 3 h 25 min of 3 h 00 min — ends 12:55"));
}

TEST_CASE("Without a start time the agenda plans durations only", "[schedule]")
{
    const char *end = GENERATE(static_cast<const char *>(nullptr), "10:00");
    const Schedule schedule = computeSchedule(agenda(nullptr, end, {{"welcome", 15}, {"information", 75}, {"lunch", 60}}));
    CHECK(schedule.plannedMinutes == 150);
    CHECK_FALSE(schedule.plannedEnd);
    CHECK_FALSE(schedule.sessionMinutes);
    CHECK(schedule.overflowMinutes == 0); // nothing to measure against without a start
    CHECK(schedule.warning().isEmpty());
    for (const ScheduledItem &item : schedule.items) {
        CHECK_FALSE(item.start);
        CHECK_FALSE(item.end);
    }
    CHECK(schedule.items.at(1).startOffset == 15);
    CHECK(schedule.items.at(2).endOffset == 150);
    CHECK(scheduleTime(schedule.items.at(1), false) == QStringLiteral("+0:15"));
    CHECK(scheduleTime(schedule.items.at(2), true) == QStringLiteral("+2:30"));
    CHECK(schedule.summary().startsWith(QStringLiteral("Planned: 2 h 30 min (the meeting has no start time")));
}

TEST_CASE("Zero-minute items take no time and unplanned items count as zero", "[schedule]")
{
    const Schedule schedule =
        computeSchedule(agenda("12:00", "13:00", {{"information", 0}, {"decision", -1}, {"discussion", 20}, {"other", 0}}));
    const auto [index, start, end, unplanned] = GENERATE(table<int, const char *, const char *, bool>(
        {{0, "12:00", "12:00", false}, {1, "12:00", "12:00", true}, {2, "12:00", "12:20", false}, {3, "12:20", "12:20", false}}));
    INFO("item " << index);
    CHECK(schedule.items.at(index).start == at(start));
    CHECK(schedule.items.at(index).end == at(end));
    CHECK(schedule.items.at(index).unplanned == unplanned);
    CHECK(schedule.plannedMinutes == 20);
    CHECK(schedule.unplannedItems == 1);
    CHECK(schedule.summary() == QStringLiteral("Planned: 20 min of 1 h 00 min — ends 12:20 · 1 item(s) without planned minutes"));
}

TEST_CASE("Items past midnight carry the day they fall on", "[schedule]")
{
    const Schedule schedule = computeSchedule(agenda("23:00", nullptr, {{"information", 45}, {"discussion", 30}, {"decision", 1440}}));
    CHECK(schedule.items.at(0).start == at("23:00"));
    CHECK(schedule.items.at(0).endDay == 0);
    CHECK(schedule.items.at(1).start == at("23:45"));
    CHECK(schedule.items.at(1).end == at("00:15"));
    CHECK(schedule.items.at(1).startDay == 0);
    CHECK(schedule.items.at(1).endDay == 1);
    CHECK(scheduleTime(schedule.items.at(1), true) == QStringLiteral("00:15 (+1)"));
    CHECK(schedule.items.at(2).startDay == 1);
    CHECK(schedule.items.at(2).endDay == 2);
    CHECK(schedule.plannedEnd == at("00:15"));
    CHECK(schedule.plannedEndDay == 2);
    CHECK(schedule.summary() == QStringLiteral("Planned: 25 h 15 min — ends 00:15 (+2)"));
}

TEST_CASE("An end before the start is reported and not read as a night session", "[schedule]")
{
    const auto [start, end] = GENERATE(table<const char *, const char *>({{"14:00", "12:00"}, {"14:00", "14:00"}, {"09:30", "00:00"}}));
    INFO(start << " to " << end);
    const Schedule schedule = computeSchedule(agenda(start, end, {{"information", 600}}));
    CHECK(schedule.endBeforeStart);
    CHECK_FALSE(schedule.sessionMinutes);
    CHECK(schedule.overflowMinutes == 0);
    CHECK(schedule.warning() == QStringLiteral("The session ends before it starts: check the meeting's start and end times."));
    // The times from the start still hold.
    CHECK(schedule.items.at(0).start == at(start));
}

TEST_CASE("An empty agenda plans nothing", "[schedule]")
{
    const Schedule schedule = computeSchedule(agenda("09:30", "12:30", {}));
    CHECK(schedule.items.isEmpty());
    CHECK(schedule.plannedMinutes == 0);
    CHECK(schedule.plannedEnd == at("09:30"));
    CHECK(schedule.overflowMinutes == 0);
    CHECK(schedule.summary() == QStringLiteral("Nothing planned yet."));
    CHECK(schedule.warning().isEmpty());
}

TEST_CASE("Negative planned minutes count as zero", "[schedule]")
{
    ScheduleInput input = agenda("10:00", "11:00", {{"information", 30}, {"decision", 10}});
    input.items[0].plannedMinutes = -30; // never stored (0–1440), but a pure function trusts nothing
    const Schedule schedule = computeSchedule(input);
    CHECK(schedule.items.at(0).end == at("10:00"));
    CHECK(schedule.plannedMinutes == 10);
}

TEST_CASE("Planned durations read as hours and minutes", "[schedule]")
{
    const auto [minutes, text] = GENERATE(table<int, const char *>(
        {{0, "0 min"}, {5, "5 min"}, {59, "59 min"}, {60, "1 h 00 min"}, {125, "2 h 05 min"}, {170, "2 h 50 min"}, {1440, "24 h 00 min"}}));
    CHECK(plannedDuration(minutes) == QString::fromUtf8(text));
}
