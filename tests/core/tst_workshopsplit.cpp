// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "workshops/workshopsplit.h"

#include <algorithm>

using namespace Quorum;

namespace {

SplitParticipant person(qint64 id, QString sector, QList<qint64> choices = {}, QString bassin = u"Nord"_qs,
                        QString language = u"fr"_qs)
{
    return {id, {sector, bassin, language}, choices, 0};
}

// How many of `ids` sit in `workshop`.
int seatedIn(const SplitOutcome &outcome, qint64 workshop)
{
    int count = 0;
    for (auto it = outcome.seats.cbegin(); it != outcome.seats.cend(); ++it)
        count += it.value() == workshop ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("The split honours choices as far as capacity allows, round by round")
{
    struct Row
    {
        const char *name;
        QList<SplitWorkshop> workshops;
        QList<SplitParticipant> participants;
        QHash<qint64, qint64> expectedSeats; // only the seats the row is about
        int firstHonoured;
        int someHonoured;
        QList<qint64> unplaced;
    };
    const QList<Row> rows = {
        {"every first choice fits",
         {{1, 2, false}, {2, 2, false}},
         {person(10, u"a"_qs, {1}), person(11, u"b"_qs, {2}), person(12, u"a"_qs, {2}), person(13, u"b"_qs, {1})},
         {{10, 1}, {11, 2}, {12, 2}, {13, 1}},
         4,
         4,
         {}},
        {"a full first choice sends to the second",
         {{1, 1, false}, {2, 1, false}, {3, 1, false}},
         {person(10, u"a"_qs, {1, 2}), person(11, u"a"_qs, {1, 3}), person(12, u"a"_qs, {2, 1})},
         {{10, 1}, {11, 3}, {12, 2}},
         2,
         3,
         {}},
        {"a second choice never takes a place from someone's first",
         {{1, 1, false}, {2, 1, false}},
         {person(10, u"a"_qs, {2, 1}), person(11, u"a"_qs, {1, 2})},
         {{10, 2}, {11, 1}},
         2,
         2,
         {}},
        {"no choice: placed where places are left",
         {{1, 1, false}, {2, 3, false}},
         {person(10, u"a"_qs, {1}), person(11, u"a"_qs), person(12, u"a"_qs)},
         {{10, 1}, {11, 2}, {12, 2}},
         1,
         1,
         {}},
        {"more people than places: the last are unplaced",
         {{1, 1, false}, {2, 1, false}},
         {person(10, u"a"_qs), person(11, u"a"_qs), person(12, u"a"_qs)},
         {},
         0,
         0,
         {12}},
        {"every choice full and nowhere else to go",
         {{1, 1, false}},
         {person(10, u"a"_qs, {1}), person(11, u"a"_qs, {1})},
         {{10, 1}},
         1,
         1,
         {11}},
        {"no workshop at all",
         {},
         {person(10, u"a"_qs, {1})},
         {},
         0,
         0,
         {10}},
        {"a choice of a workshop not in the programme counts as none",
         {{1, std::nullopt, false}},
         {person(10, u"a"_qs, {99})},
         {{10, 1}},
         0,
         0,
         {}},
        {"a workshop of capacity zero takes nobody",
         {{1, 0, false}, {2, std::nullopt, false}},
         {person(10, u"a"_qs, {1})},
         {{10, 2}},
         0,
         0,
         {}},
    };
    for (const Row &row : rows) {
        INFO(row.name);
        const SplitOutcome outcome = splitIntoWorkshops({row.workshops, row.participants});
        for (auto it = row.expectedSeats.cbegin(); it != row.expectedSeats.cend(); ++it) {
            INFO("participant " << it.key());
            CHECK(outcome.seats.value(it.key()) == it.value());
        }
        CHECK(outcome.firstChoiceHonoured == row.firstHonoured);
        CHECK(outcome.someChoiceHonoured == row.someHonoured);
        CHECK(outcome.unplaced == row.unplaced);
        for (const SplitWorkshop &workshop : row.workshops)
            if (workshop.capacity)
                CHECK(seatedIn(outcome, workshop.id) <= *workshop.capacity);
    }
}

TEST_CASE("Places in an oversubscribed workshop go to keep its mix closest to the room")
{
    // Six want workshop 1 (two places): four of sector a, two of b; the room is half a, half
    // b. The two places go to one a and one b, the first listed of each; the rest go on.
    const QList<SplitWorkshop> workshops = {{1, 2, false}, {2, std::nullopt, false}};
    QList<SplitParticipant> people = {person(10, u"a"_qs, {1}), person(11, u"a"_qs, {1}), person(12, u"a"_qs, {1}),
                                      person(13, u"b"_qs, {1}), person(14, u"a"_qs, {1}), person(15, u"b"_qs, {1}),
                                      person(16, u"b"_qs), person(17, u"b"_qs)};
    const SplitOutcome outcome = splitIntoWorkshops({workshops, people});
    CHECK(outcome.seats.value(10) == 1);
    CHECK(outcome.seats.value(13) == 1);
    for (const qint64 other : {11, 12, 14, 15, 16, 17})
        CHECK(outcome.seats.value(other) == 2);
    CHECK(outcome.firstChoiceHonoured == 2);
    CHECK(outcome.withChoices == 6);
    REQUIRE(outcome.balance.size() == 2);
    CHECK(outcome.balance.at(0).deviation[int(SplitDimension::Sector)] == Approx(0.0));
}

TEST_CASE("People without a choice spread evenly and balance each workshop by sector bassin and language")
{
    // 12 people, 3 workshops without capacity: 4 each. Sectors a/b/c four each, languages fr/nl
    // half each: every workshop gets one or two of each sector and two of each language.
    QList<SplitParticipant> people;
    const QStringList sectors = {u"a"_qs, u"a"_qs, u"a"_qs, u"a"_qs, u"b"_qs, u"b"_qs,
                                 u"b"_qs, u"b"_qs, u"c"_qs, u"c"_qs, u"c"_qs, u"c"_qs};
    for (int i = 0; i < 12; ++i)
        people << person(100 + i, sectors.at(i), {}, i % 3 ? u"Nord"_qs : u"Sud"_qs, i % 2 ? u"nl"_qs : u"fr"_qs);
    const SplitOutcome outcome = splitIntoWorkshops({{{1, std::nullopt, false}, {2, std::nullopt, false}, {3, std::nullopt, false}}, people});
    CHECK(outcome.unplaced.isEmpty());
    for (const WorkshopBalance &balance : outcome.balance) {
        INFO("workshop " << balance.workshopId);
        CHECK(balance.size == 4);
        CHECK(balance.deviation[int(SplitDimension::Sector)] <= 0.26);
        CHECK(balance.deviation[int(SplitDimension::Language)] <= 0.26);
    }
    // Against the naive split (registration order, four by four), whose first workshop is all a.
    QHash<qint64, qint64> naive;
    for (int i = 0; i < 12; ++i)
        naive.insert(100 + i, 1 + i / 4);
    const SplitOutcome naiveOutcome = measureAssignment({{{1, std::nullopt, false}, {2, std::nullopt, false}, {3, std::nullopt, false}}, people}, naive);
    CHECK(naiveOutcome.balance.at(0).deviation[int(SplitDimension::Sector)] == Approx(2.0 / 3));
}

TEST_CASE("One sector filling a room: the split still places everyone and reports the deviation")
{
    // Everyone is of sector a except one: no split can balance it, and the figures say so.
    QList<SplitParticipant> people;
    for (int i = 0; i < 9; ++i)
        people << person(i + 1, u"a"_qs, {1});
    people << person(10, u"b"_qs, {1});
    const SplitOutcome outcome = splitIntoWorkshops({{{1, 5, false}, {2, 5, false}}, people});
    CHECK(outcome.unplaced.isEmpty());
    CHECK(outcome.firstChoiceHonoured == 5);
    CHECK(outcome.balance.at(1).deviation[int(SplitDimension::Sector)] == Approx(0.1));
    CHECK(outcome.balance.at(0).deviation[int(SplitDimension::Sector)] == Approx(0.1));
}

TEST_CASE("People placed by hand and locked lists never move")
{
    SECTION("placed by hand stays, even against their choice")
    {
        SplitParticipant pinned = person(10, u"a"_qs, {1});
        pinned.fixedWorkshop = 2;
        const SplitOutcome outcome = splitIntoWorkshops({{{1, 5, false}, {2, 5, false}}, {pinned, person(11, u"a"_qs, {1})}});
        CHECK(outcome.seats.value(10) == 2);
        CHECK(outcome.seats.value(11) == 1);
        CHECK(outcome.firstChoiceHonoured == 1);
    }
    SECTION("a pinned person takes one of the capacity")
    {
        SplitParticipant pinned = person(10, u"a"_qs);
        pinned.fixedWorkshop = 1;
        const SplitOutcome outcome = splitIntoWorkshops({{{1, 1, false}, {2, 5, false}}, {pinned, person(11, u"a"_qs, {1})}});
        CHECK(outcome.seats.value(10) == 1);
        CHECK(outcome.seats.value(11) == 2);
    }
    SECTION("a locked list takes nobody more, whatever its capacity")
    {
        SplitParticipant inside = person(10, u"a"_qs);
        inside.fixedWorkshop = 1;
        const SplitOutcome outcome =
            splitIntoWorkshops({{{1, 30, true}, {2, 30, false}}, {inside, person(11, u"a"_qs, {1}), person(12, u"b"_qs)}});
        CHECK(outcome.seats.value(10) == 1);
        CHECK(outcome.seats.value(11) == 2);
        CHECK(outcome.seats.value(12) == 2);
        CHECK(seatedIn(outcome, 1) == 1);
    }
    SECTION("every list locked: the free are unplaced")
    {
        const SplitOutcome outcome = splitIntoWorkshops({{{1, 30, true}}, {person(11, u"a"_qs, {1})}});
        CHECK(outcome.unplaced == QList<qint64>{11});
    }
}

TEST_CASE("The split is deterministic and its figures match a measure of its own seats")
{
    QList<SplitParticipant> people;
    const QStringList sectors = {u"santé"_qs, u"social"_qs, u"CPAS"_qs, u""_qs};
    for (int i = 0; i < 90; ++i) {
        QList<qint64> choices{1 + (i * 7) % 6};
        if (i % 3 == 0)
            choices << 1 + (i * 5 + 1) % 6;
        if (choices.size() == 2 && choices.at(0) == choices.at(1))
            choices.removeLast();
        people << person(1000 + i, sectors.at(i % 4), i % 5 ? choices : QList<qint64>{}, i % 2 ? u"Nord"_qs : u"Sud"_qs,
                         i % 3 ? u"fr"_qs : u"nl"_qs);
    }
    QList<SplitWorkshop> workshops;
    for (int w = 1; w <= 6; ++w)
        workshops << SplitWorkshop{w, w == 1 ? 10 : 16, false};
    const SplitOutcome first = splitIntoWorkshops({workshops, people});
    const SplitOutcome second = splitIntoWorkshops({workshops, people});
    CHECK(first.seats == second.seats);
    CHECK(first.unplaced.isEmpty());
    CHECK(first.seats.size() == 90);
    CHECK(seatedIn(first, 1) == 10);
    const SplitOutcome measured = measureAssignment({workshops, people}, first.seats);
    CHECK(measured.firstChoiceHonoured == first.firstChoiceHonoured);
    CHECK(measured.someChoiceHonoured == first.someChoiceHonoured);
    CHECK(measured.withChoices == 72);
    CHECK(first.firstChoiceHonoured >= 60);
    for (int w = 0; w < 6; ++w)
        CHECK(measured.balance.at(w).size == first.balance.at(w).size);
}
