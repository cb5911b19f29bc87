// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/workshopsplit.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace Quorum {
namespace {

// A profile value as an index per dimension, so counting is array arithmetic.
struct Profiles
{
    std::array<QHash<QString, int>, balanceDimensions> index;
    std::vector<std::array<int, balanceDimensions>> of; // participant → value index per dimension
    std::array<std::vector<double>, balanceDimensions> roomShare;

    explicit Profiles(const QList<SplitParticipant> &participants)
    {
        of.reserve(size_t(participants.size()));
        std::array<std::vector<int>, balanceDimensions> counts;
        for (const SplitParticipant &participant : participants) {
            std::array<int, balanceDimensions> values{};
            for (int d = 0; d < balanceDimensions; ++d) {
                const auto found = index[d].constFind(participant.profile[d]);
                values[d] = found != index[d].cend() ? found.value() : int(index[d].size());
                if (found == index[d].cend()) {
                    index[d].insert(participant.profile[d], values[d]);
                    counts[d].push_back(0);
                }
                ++counts[d][size_t(values[d])];
            }
            of.push_back(values);
        }
        const double total = std::max<double>(1, participants.size());
        for (int d = 0; d < balanceDimensions; ++d)
            for (const int count : counts[d])
                roomShare[d].push_back(count / total);
    }
    int values(int dimension) const { return int(roomShare[dimension].size()); }
};

// One workshop while the split fills it.
struct Room
{
    int limit = std::numeric_limits<int>::max(); // places in all (a locked list: its people)
    bool open = true;
    double evenShare = 0; // its share of the room's people, capacity allowing
    int size = 0;
    std::array<std::vector<int>, balanceDimensions> counts;

    bool hasPlace() const { return open && size < limit; }
    // How much the room would gain in balance from this profile: per dimension, the count its
    // value would have if the workshop mirrored the room at its next size, less the count it has.
    double need(const Profiles &profiles, const std::array<int, balanceDimensions> &profile) const
    {
        double total = 0;
        for (int d = 0; d < balanceDimensions; ++d)
            total += profiles.roomShare[d][size_t(profile[d])] * (size + 1) - counts[d][size_t(profile[d])];
        return total;
    }
    void add(const std::array<int, balanceDimensions> &profile)
    {
        ++size;
        for (int d = 0; d < balanceDimensions; ++d)
            ++counts[d][size_t(profile[d])];
    }
};

// What swapping two people between workshops `first` and `second` changes in the sum, over
// both workshops and every dimension, of the squared gaps between a value's count and the
// count that mirrors the room: negative when the swap brings both mixes closer to the room's.
double swapGain(const std::vector<Room> &rooms, const Profiles &profiles, size_t first, size_t second,
                const std::array<int, balanceDimensions> &leaving, const std::array<int, balanceDimensions> &coming)
{
    double change = 0;
    for (int d = 0; d < balanceDimensions; ++d) {
        const size_t out = size_t(leaving[d]), in = size_t(coming[d]);
        if (out == in)
            continue;
        const auto term = [&](size_t w, size_t v, int delta) {
            const double target = profiles.roomShare[d][v] * rooms[w].size;
            const double before = rooms[w].counts[d][v] - target, after = before + delta;
            return after * after - before * before;
        };
        change += term(first, out, -1) + term(first, in, +1) + term(second, in, -1) + term(second, out, +1);
    }
    return change;
}

void move(Room &room, const std::array<int, balanceDimensions> &leaving, const std::array<int, balanceDimensions> &coming)
{
    for (int d = 0; d < balanceDimensions; ++d) {
        --room.counts[d][size_t(leaving[d])];
        ++room.counts[d][size_t(coming[d])];
    }
}

// Each open workshop's even share of the people the split places: equal shares, capped by
// capacity, what a small room cannot take shared among the others.
void shareEvenly(std::vector<Room> &rooms, int people)
{
    std::vector<size_t> open;
    for (size_t w = 0; w < rooms.size(); ++w)
        if (rooms[w].open)
            open.push_back(w);
    double left = people;
    while (!open.empty()) {
        const double share = left / double(open.size());
        std::vector<size_t> next;
        for (const size_t w : open) {
            if (rooms[w].limit < share) {
                rooms[w].evenShare = rooms[w].limit;
                left -= rooms[w].limit;
            } else {
                next.push_back(w);
            }
        }
        if (next.size() == open.size()) {
            for (const size_t w : open)
                rooms[w].evenShare = share;
            return;
        }
        open = std::move(next);
    }
}

std::vector<Room> emptyRooms(const SplitInput &input, const Profiles &profiles)
{
    std::vector<Room> rooms(size_t(input.workshops.size()));
    for (size_t w = 0; w < rooms.size(); ++w) {
        const SplitWorkshop &workshop = input.workshops.at(qsizetype(w));
        rooms[w].open = !workshop.locked;
        if (workshop.capacity)
            rooms[w].limit = std::max(0, *workshop.capacity);
        for (int d = 0; d < balanceDimensions; ++d)
            rooms[w].counts[d].assign(size_t(profiles.values(d)), 0);
    }
    return rooms;
}

QHash<qint64, int> workshopIndex(const SplitInput &input)
{
    QHash<qint64, int> index;
    for (int w = 0; w < input.workshops.size(); ++w)
        index.insert(input.workshops.at(w).id, w);
    return index;
}

} // namespace

SplitOutcome measureAssignment(const SplitInput &input, const QHash<qint64, qint64> &seats)
{
    const Profiles profiles(input.participants);
    std::vector<Room> rooms = emptyRooms(input, profiles);
    const QHash<qint64, int> index = workshopIndex(input);
    SplitOutcome outcome;
    outcome.seats = seats;
    for (int p = 0; p < input.participants.size(); ++p) {
        const SplitParticipant &participant = input.participants.at(p);
        const int w = index.value(seats.value(participant.id), -1);
        if (w < 0)
            outcome.unplaced << participant.id;
        else
            rooms[size_t(w)].add(profiles.of[size_t(p)]);
        if (!participant.choices.isEmpty()) {
            ++outcome.withChoices;
            if (w >= 0 && participant.choices.first() == input.workshops.at(w).id)
                ++outcome.firstChoiceHonoured;
            if (w >= 0 && participant.choices.contains(input.workshops.at(w).id))
                ++outcome.someChoiceHonoured;
        }
    }
    for (size_t w = 0; w < rooms.size(); ++w) {
        WorkshopBalance balance{input.workshops.at(qsizetype(w)).id, rooms[w].size, input.workshops.at(qsizetype(w)).capacity, {}};
        for (int d = 0; d < balanceDimensions && rooms[w].size > 0; ++d) {
            double distance = 0;
            for (int v = 0; v < profiles.values(d); ++v)
                distance += std::abs(double(rooms[w].counts[d][size_t(v)]) / rooms[w].size - profiles.roomShare[d][size_t(v)]);
            balance.deviation[d] = distance / 2;
        }
        outcome.balance << balance;
    }
    return outcome;
}

SplitOutcome splitIntoWorkshops(const SplitInput &input)
{
    const Profiles profiles(input.participants);
    std::vector<Room> rooms = emptyRooms(input, profiles);
    const QHash<qint64, int> index = workshopIndex(input);
    const qsizetype people = input.participants.size();
    std::vector<int> seat(size_t(people), -1);

    // 1. The fixed: placed by hand, or in a locked list. A locked list holds exactly them.
    for (qsizetype p = 0; p < people; ++p) {
        const int w = index.value(input.participants.at(p).fixedWorkshop, -1);
        if (w < 0)
            continue;
        seat[size_t(p)] = w;
        rooms[size_t(w)].add(profiles.of[size_t(p)]);
    }
    for (Room &room : rooms)
        if (!room.open)
            room.limit = room.size;
    int free = 0;
    for (qsizetype p = 0; p < people; ++p)
        free += seat[size_t(p)] < 0 ? 1 : 0;
    int fixedInOpen = 0;
    for (const Room &room : rooms)
        fixedInOpen += room.open ? room.size : 0;
    shareEvenly(rooms, free + fixedInOpen);

    // 2. Choices, round by round. A participant has one choice per round, so each workshop's
    // candidates of a round are decided on their own.
    qsizetype rounds = 0;
    for (const SplitParticipant &participant : input.participants)
        rounds = std::max(rounds, participant.choices.size());
    for (qsizetype round = 0; round < rounds; ++round) {
        std::vector<std::vector<qsizetype>> candidates(rooms.size());
        for (qsizetype p = 0; p < people; ++p) {
            const SplitParticipant &participant = input.participants.at(p);
            if (seat[size_t(p)] >= 0 || round >= participant.choices.size())
                continue;
            const int w = index.value(participant.choices.at(round), -1);
            if (w >= 0 && rooms[size_t(w)].hasPlace())
                candidates[size_t(w)].push_back(p);
        }
        for (size_t w = 0; w < rooms.size(); ++w) {
            Room &room = rooms[w];
            std::vector<qsizetype> &waiting = candidates[w];
            while (!waiting.empty() && room.hasPlace()) {
                auto chosen = waiting.begin();
                if (qsizetype(waiting.size()) > room.limit - room.size) {
                    double best = -std::numeric_limits<double>::infinity();
                    for (auto it = waiting.begin(); it != waiting.end(); ++it) {
                        const double need = room.need(profiles, profiles.of[size_t(*it)]);
                        if (need > best + 1e-9) { // strictly better: the earlier one keeps a tie
                            best = need;
                            chosen = it;
                        }
                    }
                }
                seat[size_t(*chosen)] = int(w);
                room.add(profiles.of[size_t(*chosen)]);
                waiting.erase(chosen);
            }
        }
    }

    // 3. Everyone else, in registration order, where the room is furthest below its share.
    std::vector<qsizetype> placedByBalance;
    for (qsizetype p = 0; p < people; ++p) {
        if (seat[size_t(p)] >= 0)
            continue;
        int best = -1;
        double bestScore = -std::numeric_limits<double>::infinity();
        for (size_t w = 0; w < rooms.size(); ++w) {
            if (!rooms[w].hasPlace())
                continue;
            const double score = (rooms[w].evenShare - rooms[w].size) + rooms[w].need(profiles, profiles.of[size_t(p)]) / 4;
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = int(w);
            }
        }
        if (best < 0)
            continue; // 4. no place left anywhere
        seat[size_t(p)] = best;
        rooms[size_t(best)].add(profiles.of[size_t(p)]);
        placedByBalance.push_back(p);
    }
    // Placed one by one, the last ones take what is left: two of them swap places wherever
    // that brings both workshops' mixes closer to the room's (sizes stay as they are), until
    // no swap helps, a few passes at most. Nobody placed by choice or by hand moves.
    for (int pass = 0; pass < 8; ++pass) {
        bool improved = false;
        for (size_t i = 0; i < placedByBalance.size(); ++i) {
            for (size_t j = i + 1; j < placedByBalance.size(); ++j) {
                const size_t a = size_t(placedByBalance[i]), b = size_t(placedByBalance[j]);
                const size_t first = size_t(seat[a]), second = size_t(seat[b]);
                if (first == second || swapGain(rooms, profiles, first, second, profiles.of[a], profiles.of[b]) > -1e-9)
                    continue;
                move(rooms[first], profiles.of[a], profiles.of[b]);
                move(rooms[second], profiles.of[b], profiles.of[a]);
                std::swap(seat[a], seat[b]);
                improved = true;
            }
        }
        if (!improved)
            break;
    }

    QHash<qint64, qint64> seats;
    for (qsizetype p = 0; p < people; ++p)
        if (seat[size_t(p)] >= 0)
            seats.insert(input.participants.at(p).id, input.workshops.at(seat[size_t(p)]).id);
    return measureAssignment(input, seats);
}

} // namespace Quorum
