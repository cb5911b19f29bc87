// SPDX-License-Identifier: GPL-3.0-or-later
// How long the automatic workshop split takes (issue 11), for a session of 90 participants in
// six workshops and for a consultation day of 1,000 in twenty, next to a baseline measured in
// the same run: first come, first served (each person in registration order to their first
// choice with a place left, else their next, else the emptiest room), what a spreadsheet or a
// hand count at the door does. Both are printed with what they achieve: first choices honoured
// and the worst workshop's deviation from the room, per dimension.
//
//   bench_workshop_split [RUNS]
//
// The participants are a generated workspace's people (their sectors, bassins and languages;
// not timed), with choices drawn as the generator draws them: most give one to three, the
// first two workshops the most wanted.

#include "generator.h"
#include "storage/database.h"
#include "workshops/workshopsplit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Quorum;

namespace {

SplitInput session(const QList<Record> &people, int participants, int workshops, int capacity, quint32 seed)
{
    QRandomGenerator random(seed);
    SplitInput input;
    for (int w = 1; w <= workshops; ++w)
        input.workshops << SplitWorkshop{w, capacity, false};
    for (int p = 0; p < participants; ++p) {
        const Record &person = people.at(p % people.size());
        SplitParticipant participant;
        participant.id = p + 1;
        participant.profile = {person.text(u"sector_id"_qs), person.text(u"bassin_id"_qs), person.text(u"language"_qs)};
        if (random.bounded(100) < 85) {
            const int wanted = random.bounded(100) < 25 ? 1 : random.bounded(100) < 70 ? 2 : 3;
            while (participant.choices.size() < wanted) {
                const qint64 w = participant.choices.isEmpty() && random.bounded(2) ? 1 + random.bounded(2) : 1 + random.bounded(workshops);
                if (!participant.choices.contains(w))
                    participant.choices << w;
            }
        }
        input.participants << participant;
    }
    return input;
}

// The baseline: first come, first served.
QHash<qint64, qint64> firstComeFirstServed(const SplitInput &input)
{
    std::vector<int> size(size_t(input.workshops.size()), 0);
    QHash<qint64, qint64> seats;
    for (const SplitParticipant &participant : input.participants) {
        int seat = -1;
        for (const qint64 choice : participant.choices) {
            const int w = int(choice) - 1;
            if (w >= 0 && w < int(size.size()) && size[size_t(w)] < *input.workshops.at(w).capacity) {
                seat = w;
                break;
            }
        }
        if (seat < 0) {
            const auto emptiest = std::min_element(size.begin(), size.end());
            if (*emptiest < *input.workshops.at(int(emptiest - size.begin())).capacity)
                seat = int(emptiest - size.begin());
        }
        if (seat >= 0) {
            ++size[size_t(seat)];
            seats.insert(participant.id, input.workshops.at(seat).id);
        }
    }
    return seats;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void printFigures(const char *name, const SplitOutcome &outcome)
{
    std::array<double, balanceDimensions> worst{};
    for (const WorkshopBalance &balance : outcome.balance)
        for (int d = 0; d < balanceDimensions; ++d)
            worst[d] = std::max(worst[d], balance.deviation[d]);
    std::printf("    %-24s first choices %d/%d (%.0f %%), unplaced %d, worst deviation sector %.0f %%, bassin %.0f %%, language %.0f %%\n",
                name, outcome.firstChoiceHonoured, outcome.withChoices,
                outcome.withChoices ? 100.0 * outcome.firstChoiceHonoured / outcome.withChoices : 0.0, int(outcome.unplaced.size()),
                worst[0] * 100, worst[1] * 100, worst[2] * 100);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;
    QTemporaryDir directory;
    const QString path = directory.filePath(u"people.quorum"_qs);
    if (auto generated = generateWorkspaceFile(path, {1, 1}); !generated) {
        std::fprintf(stderr, "cannot generate the workspace: %s\n", qPrintable(generated.error()));
        return 1;
    }
    auto database = Database::open(path);
    if (!database)
        return 1;
    const QList<Record> people = database.value()->records(Entity::Person);

    struct Case
    {
        int participants, workshops, capacity;
    };
    std::printf("bench_workshop_split: median of %d runs, generated people (same run: compare the ratio)\n", runs);
    for (const Case &c : {Case{90, 6, 15}, Case{1000, 20, 50}}) {
        const SplitInput input = session(people, c.participants, c.workshops, c.capacity, 11);
        std::vector<double> splitMs, baselineMs;
        SplitOutcome split;
        QHash<qint64, qint64> baseline;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            split = splitIntoWorkshops(input);
            splitMs.push_back(timer.nsecsElapsed() / 1e6);
            timer.restart();
            baseline = firstComeFirstServed(input);
            baselineMs.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::printf("  %d participants, %d workshops of %d places\n", c.participants, c.workshops, c.capacity);
        std::printf("    Quorum's split            %9.3f ms\n", median(splitMs));
        std::printf("    first come, first served  %9.3f ms   ratio %.1f\n", median(baselineMs), median(splitMs) / median(baselineMs));
        printFigures("Quorum's split:", split);
        printFigures("first come, first served:", measureAssignment(input, baseline));
    }
    return 0;
}
