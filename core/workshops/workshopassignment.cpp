// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/workshopassignment.h"

#include "storage/database.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Quorum {
namespace {

struct WorkshopText
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Workshops)
};

BilingualText nameOf(const QHash<qint64, Record> &entries, qint64 id)
{
    const auto found = entries.constFind(id);
    return found == entries.cend() ? BilingualText{} : found->bilingual(u"name"_qs);
}

} // namespace

SplitInput MeetingWorkshops::splitInput() const
{
    SplitInput input;
    QSet<qint64> locked;
    for (const Record &workshop : workshops) {
        const QVariant capacity = workshop.value(u"capacity"_qs);
        const bool isLocked = workshop.number(u"locked"_qs) != 0;
        if (isLocked)
            locked.insert(workshop.id);
        input.workshops << SplitWorkshop{workshop.id, capacity.isNull() ? std::nullopt : std::optional<int>(capacity.toInt()),
                                         isLocked};
    }
    for (const WorkshopParticipant &person : participants) {
        SplitParticipant participant;
        participant.id = person.personId;
        participant.profile = {person.sectorId ? QString::number(person.sectorId) : QString(),
                               person.bassinId ? QString::number(person.bassinId) : QString(), person.language};
        participant.choices = person.choices;
        if (person.seatWorkshopId && (person.pinned || locked.contains(person.seatWorkshopId)))
            participant.fixedWorkshop = person.seatWorkshopId;
        input.participants << participant;
    }
    return input;
}

QHash<qint64, qint64> MeetingWorkshops::seats() const
{
    QHash<qint64, qint64> seats;
    for (const WorkshopParticipant &person : participants)
        if (person.seatWorkshopId)
            seats.insert(person.personId, person.seatWorkshopId);
    return seats;
}

const Record *MeetingWorkshops::workshop(qint64 id) const
{
    for (const Record &workshop : workshops)
        if (workshop.id == id)
            return &workshop;
    return nullptr;
}

MeetingWorkshops readMeetingWorkshops(const Database &database, qint64 meetingId)
{
    MeetingWorkshops result;
    result.meetingId = meetingId;
    if (const std::optional<Record> meeting = database.record(Entity::Meeting, meetingId))
        result.date = QDate::fromString(meeting->text(u"date"_qs), Qt::ISODate);
    result.workshops = database.records(Entity::Workshop, meetingId);
    QList<qint64> workshopIds;
    for (const Record &workshop : std::as_const(result.workshops))
        workshopIds << workshop.id;

    // Registration order: attendance entries (present), then choices, then seats, by id.
    QList<qint64> order;
    QSet<qint64> known;
    const auto enrol = [&](qint64 personId) {
        if (!known.contains(personId)) {
            known.insert(personId);
            order << personId;
        }
    };
    for (const Record &entry : database.records(Entity::Attendance, meetingId))
        if (entry.text(u"status"_qs) == u"present")
            enrol(entry.number(u"person_id"_qs));
    QList<Record> choices = database.recordsWithParents(Entity::WorkshopChoice, workshopIds);
    std::sort(choices.begin(), choices.end(), [](const Record &a, const Record &b) {
        return a.number(u"rank"_qs) != b.number(u"rank"_qs) ? a.number(u"rank"_qs) < b.number(u"rank"_qs) : a.id < b.id;
    });
    QList<Record> seats = database.recordsWithParents(Entity::WorkshopSeat, workshopIds);
    std::sort(seats.begin(), seats.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
    QList<Record> byId = choices;
    std::sort(byId.begin(), byId.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
    for (const Record &choice : std::as_const(byId))
        enrol(choice.number(u"person_id"_qs));
    for (const Record &seat : std::as_const(seats))
        enrol(seat.number(u"person_id"_qs));

    const QHash<qint64, Record> people = recordsById(database.recordsWithIds(Entity::Person, order));
    const QHash<qint64, Record> sectors = recordsById(database.records(Entity::Sector));
    const QHash<qint64, Record> bassins = recordsById(database.records(Entity::Bassin));
    QHash<qint64, qsizetype> slot;
    for (const qint64 personId : std::as_const(order)) {
        const auto person = people.constFind(personId);
        if (person == people.cend())
            continue;
        WorkshopParticipant participant;
        participant.personId = personId;
        participant.name = person->text(u"name"_qs);
        participant.organisation = person->text(u"organisation"_qs);
        participant.sectorId = person->number(u"sector_id"_qs);
        participant.sector = nameOf(sectors, participant.sectorId);
        participant.bassinId = person->number(u"bassin_id"_qs);
        participant.bassin = nameOf(bassins, participant.bassinId);
        participant.language = person->text(u"language"_qs);
        slot.insert(personId, result.participants.size());
        result.participants << participant;
    }
    for (const Record &choice : std::as_const(choices))
        if (const auto at = slot.constFind(choice.number(u"person_id"_qs)); at != slot.cend())
            result.participants[*at].choices << choice.number(u"workshop_id"_qs);
    for (const Record &seat : std::as_const(seats)) {
        if (const auto at = slot.constFind(seat.number(u"person_id"_qs)); at != slot.cend()) {
            WorkshopParticipant &participant = result.participants[*at];
            participant.seatWorkshopId = seat.number(u"workshop_id"_qs);
            participant.seatId = seat.id;
            participant.pinned = seat.number(u"pinned"_qs) != 0;
        }
    }
    return result;
}

Result<SplitOutcome> assignWorkshops(Workspace &workspace, qint64 meetingId)
{
    using Outcome = Result<SplitOutcome>;
    const MeetingWorkshops current = readMeetingWorkshops(workspace.storage(), meetingId);
    if (current.workshops.isEmpty())
        return Outcome::failure(WorkshopText::tr("This meeting has no workshops to split the participants into."));
    if (current.participants.isEmpty())
        return Outcome::failure(WorkshopText::tr("Nobody to place: mark the participants present or record their workshop choices first."));
    const SplitOutcome outcome = splitIntoWorkshops(current.splitInput());

    // Only the seats that change are written: a second split of the same input is no step.
    QList<qint64> removed;
    QList<QVariantList> added;
    for (const WorkshopParticipant &person : current.participants) {
        const qint64 target = outcome.seats.value(person.personId);
        if (target == person.seatWorkshopId)
            continue;
        if (person.seatId)
            removed << person.seatId;
        if (target)
            added << QVariantList{QVariant(), target, person.personId, 0};
    }
    if (removed.isEmpty() && added.isEmpty())
        return outcome;
    auto stored = workspace.inStep(WorkshopText::tr("Split the participants into the workshops"), [&]() -> Result<void> {
        for (const qint64 seat : std::as_const(removed))
            if (auto gone = workspace.removeRecord(Entity::WorkshopSeat, seat); !gone)
                return gone;
        if (!added.isEmpty())
            if (auto inserted = workspace.addRows(Entity::WorkshopSeat, added); !inserted)
                return Result<void>::failure(inserted.error());
        return {};
    });
    if (!stored)
        return Outcome::failure(stored.error());
    return outcome;
}

Result<void> placeInWorkshop(Workspace &workspace, qint64 meetingId, qint64 personId, qint64 workshopId)
{
    const MeetingWorkshops current = readMeetingWorkshops(workspace.storage(), meetingId);
    const Record *target = workshopId ? current.workshop(workshopId) : nullptr;
    if (workshopId && !target)
        return Result<void>::failure(WorkshopText::tr("This workshop is not one of the meeting's."));
    if (target && target->number(u"locked"_qs) != 0)
        return Result<void>::failure(WorkshopText::tr("The list of \"%1\" is locked: unlock it to add someone.")
                                         .arg(target->bilingual(u"theme"_qs).sideBySide()));
    const WorkshopParticipant *person = nullptr;
    for (const WorkshopParticipant &participant : current.participants)
        if (participant.personId == personId)
            person = &participant;
    if (person && person->seatWorkshopId) {
        const Record *from = current.workshop(person->seatWorkshopId);
        if (from && from->number(u"locked"_qs) != 0 && person->seatWorkshopId != workshopId)
            return Result<void>::failure(WorkshopText::tr("The list of \"%1\" is locked: unlock it to move someone out.")
                                             .arg(from->bilingual(u"theme"_qs).sideBySide()));
    }
    if (person && person->seatWorkshopId == workshopId && (person->pinned || !workshopId))
        return {};
    return workspace.inStep(workshopId ? WorkshopText::tr("Place in a workshop") : WorkshopText::tr("Take out of the workshops"),
                            [&]() -> Result<void> {
                                if (person && person->seatId)
                                    if (auto gone = workspace.removeRecord(Entity::WorkshopSeat, person->seatId); !gone)
                                        return gone;
                                if (!workshopId)
                                    return {};
                                auto added = workspace.addRecord(Record(
                                    Entity::WorkshopSeat,
                                    {{u"workshop_id"_qs, workshopId}, {u"person_id"_qs, personId}, {u"pinned"_qs, 1}}));
                                return added ? Result<void>() : Result<void>::failure(added.error());
                            });
}

int workshopChoicesAllowed(const Database &database, qint64 meetingId)
{
    const std::optional<Record> meeting = database.record(Entity::Meeting, meetingId);
    const QVariant allowed = meeting ? meeting->value(u"workshop_choices"_qs) : QVariant();
    return allowed.isNull() ? 3 : qBound(1, allowed.toInt(), 3);
}

Result<void> setWorkshopChoices(Workspace &workspace, qint64 meetingId, qint64 personId, const QList<qint64> &ranked)
{
    const MeetingWorkshops current = readMeetingWorkshops(workspace.storage(), meetingId);
    if (ranked.size() > 3)
        return Result<void>::failure(WorkshopText::tr("A participant ranks three workshops at most."));
    if (const int allowed = workshopChoicesAllowed(workspace.storage(), meetingId); ranked.size() > allowed)
        return Result<void>::failure(WorkshopText::tr("In this session, a participant chooses %n workshop(s).", nullptr, allowed));
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        if (!current.workshop(ranked.at(i)))
            return Result<void>::failure(WorkshopText::tr("This workshop is not one of the meeting's."));
        if (ranked.indexOf(ranked.at(i)) != i)
            return Result<void>::failure(WorkshopText::tr("The same workshop cannot be chosen twice."));
    }
    if (!workspace.storage().record(Entity::Person, personId))
        return Result<void>::failure(WorkshopText::tr("This person is not in the workspace."));
    QList<qint64> workshopIds;
    for (const Record &workshop : current.workshops)
        workshopIds << workshop.id;
    QList<Record> stored;
    for (const Record &choice : workspace.storage().recordsWhere(Entity::WorkshopChoice, u"person_id"_qs, personId))
        if (workshopIds.contains(choice.number(u"workshop_id"_qs)))
            stored << choice;
    std::sort(stored.begin(), stored.end(), [](const Record &a, const Record &b) { return a.number(u"rank"_qs) < b.number(u"rank"_qs); });
    QList<qint64> now;
    for (const Record &choice : std::as_const(stored))
        now << choice.number(u"workshop_id"_qs);
    if (now == ranked)
        return {};
    return workspace.inStep(WorkshopText::tr("Record workshop choices"), [&]() -> Result<void> {
        for (const Record &choice : std::as_const(stored))
            if (auto gone = workspace.removeRecord(Entity::WorkshopChoice, choice.id); !gone)
                return gone;
        for (qsizetype r = 0; r < ranked.size(); ++r) {
            auto added = workspace.addRecord(Record(Entity::WorkshopChoice, {{u"workshop_id"_qs, ranked.at(r)},
                                                                             {u"person_id"_qs, personId},
                                                                             {u"rank"_qs, int(r) + 1}}));
            if (!added)
                return Result<void>::failure(added.error());
        }
        return {};
    });
}

} // namespace Quorum
