// SPDX-License-Identifier: GPL-3.0-or-later
// Who goes where, stored: the demo's choices and seats, the split as one undoable step,
// placing by hand, locked lists, and the storage's own refusals.
#include "catchqt.h"
#include "demoworkspace.h"

#include "privacy/erasure.h"
#include "storage/database.h"
#include "workshops/workshopassignment.h"
#include "workshops/workshopreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

using namespace Quorum;
using QuorumTest::DemoWorkspace;

namespace {

int seatCount(const Workspace &workspace, qint64 meetingId)
{
    return int(readMeetingWorkshops(workspace.storage(), meetingId).seats().size());
}

void removeEverySeat(Workspace &workspace, qint64 meetingId)
{
    const MeetingWorkshops lists = readMeetingWorkshops(workspace.storage(), meetingId);
    REQUIRE(workspace
                .inStep(u"clear"_qs,
                        [&]() -> Result<void> {
                            for (const WorkshopParticipant &person : lists.participants)
                                if (person.seatId)
                                    if (auto gone = workspace.removeRecord(Entity::WorkshopSeat, person.seatId); !gone)
                                        return gone;
                            return {};
                        })
                .ok());
}

} // namespace

TEST_CASE("The demo session of 13 November 2024 has its choices and the split's seats")
{
    DemoWorkspace demo;
    const qint64 meeting = demo.november2024().id;
    const MeetingWorkshops lists = readMeetingWorkshops(demo.workspace->storage(), meeting);
    CHECK(lists.workshops.size() == 6);
    CHECK(lists.participants.size() == 57);
    CHECK(lists.seats().size() == 57);
    const SplitOutcome figures = measureAssignment(lists.splitInput(), lists.seats());
    CHECK(figures.withChoices == 51);
    CHECK(figures.firstChoiceHonoured == 43);
    CHECK(figures.someChoiceHonoured == 51);
    for (const WorkshopBalance &balance : figures.balance)
        CHECK(balance.size <= 15);
    // The demo's seats are the split's own: splitting again changes nothing and is no step.
    const int steps = demo.workspace->undoStack()->count();
    auto again = assignWorkshops(*demo.workspace, meeting);
    REQUIRE(again.ok());
    CHECK(again.value().seats == lists.seats());
    CHECK(demo.workspace->undoStack()->count() == steps);
}

TEST_CASE("The split is one undoable step: redo, undo, redo")
{
    DemoWorkspace demo;
    const qint64 meeting = demo.november2024().id;
    removeEverySeat(*demo.workspace, meeting);
    REQUIRE(seatCount(*demo.workspace, meeting) == 0);
    const int steps = demo.workspace->undoStack()->count();

    auto split = assignWorkshops(*demo.workspace, meeting);
    REQUIRE(split.ok());
    CHECK(demo.workspace->undoStack()->count() == steps + 1);
    CHECK(seatCount(*demo.workspace, meeting) == 57);
    REQUIRE(demo.workspace->undo().ok());
    CHECK(seatCount(*demo.workspace, meeting) == 0);
    REQUIRE(demo.workspace->redo().ok());
    CHECK(seatCount(*demo.workspace, meeting) == 57);
    REQUIRE(demo.workspace->undo().ok());
    REQUIRE(demo.workspace->redo().ok());
    CHECK(readMeetingWorkshops(demo.workspace->storage(), meeting).seats() == split.value().seats);
}

TEST_CASE("A person placed by hand stays there through a new split, and locked lists hold")
{
    DemoWorkspace demo;
    const qint64 meeting = demo.november2024().id;
    MeetingWorkshops lists = readMeetingWorkshops(demo.workspace->storage(), meeting);
    const WorkshopParticipant person = lists.participants.first();
    qint64 elsewhere = 0;
    for (const Record &workshop : lists.workshops)
        if (workshop.id != person.seatWorkshopId && !person.choices.contains(workshop.id))
            elsewhere = workshop.id;
    REQUIRE(elsewhere != 0);

    REQUIRE(placeInWorkshop(*demo.workspace, meeting, person.personId, elsewhere).ok());
    REQUIRE(assignWorkshops(*demo.workspace, meeting).ok());
    lists = readMeetingWorkshops(demo.workspace->storage(), meeting);
    CHECK(lists.seats().value(person.personId) == elsewhere);

    // Locking that list: nobody more comes in, nobody goes out.
    REQUIRE(demo.workspace->setValue(Entity::Workshop, elsewhere, u"locked"_qs, 1).ok());
    const WorkshopParticipant other = lists.participants.last();
    auto refused = placeInWorkshop(*demo.workspace, meeting, other.personId, elsewhere);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(u"locked"_qs));
    auto out = placeInWorkshop(*demo.workspace, meeting, person.personId, 0);
    REQUIRE_FALSE(out.ok());
    CHECK(out.error().contains(u"locked"_qs));
    const QHash<qint64, qint64> before = lists.seats();
    REQUIRE(assignWorkshops(*demo.workspace, meeting).ok());
    const QHash<qint64, qint64> after = readMeetingWorkshops(demo.workspace->storage(), meeting).seats();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (it.value() == elsewhere)
            CHECK(after.value(it.key()) == elsewhere);
    int inLocked = 0;
    for (const qint64 workshop : after)
        inLocked += workshop == elsewhere ? 1 : 0;
    CHECK(inLocked == int(std::count(before.cbegin(), before.cend(), elsewhere)));

    // Taking someone out of an open list, by hand.
    REQUIRE(demo.workspace->setValue(Entity::Workshop, elsewhere, u"locked"_qs, 0).ok());
    REQUIRE(placeInWorkshop(*demo.workspace, meeting, person.personId, 0).ok());
    CHECK_FALSE(readMeetingWorkshops(demo.workspace->storage(), meeting).seats().contains(person.personId));
}

TEST_CASE("A meeting without workshops or without participants is refused with a reason")
{
    DemoWorkspace demo;
    const qint64 empty = demo.meeting(u"2024-07-03"_qs).id;
    auto refused = assignWorkshops(*demo.workspace, empty);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(u"no workshops"_qs));
    auto elsewhere = placeInWorkshop(*demo.workspace, demo.november2024().id, 1, 9999);
    REQUIRE_FALSE(elsewhere.ok());
}

TEST_CASE("The storage refuses a second seat or a second choice of a rank in one meeting")
{
    DemoWorkspace demo;
    const qint64 meeting = demo.november2024().id;
    const MeetingWorkshops lists = readMeetingWorkshops(demo.workspace->storage(), meeting);
    const WorkshopParticipant person = lists.participants.first();
    qint64 other = 0;
    for (const Record &workshop : lists.workshops)
        if (workshop.id != person.seatWorkshopId && !person.choices.contains(workshop.id))
            other = workshop.id;
    const int steps = demo.workspace->undoStack()->count();
    auto seat = demo.workspace->addRecord(
        Record(Entity::WorkshopSeat, {{u"workshop_id"_qs, other}, {u"person_id"_qs, person.personId}, {u"pinned"_qs, 0}}));
    REQUIRE_FALSE(seat.ok());
    CHECK(seat.error().contains(u"one workshop seat per meeting"_qs));
    auto choice = demo.workspace->addRecord(
        Record(Entity::WorkshopChoice, {{u"workshop_id"_qs, other}, {u"person_id"_qs, person.personId}, {u"rank"_qs, 1}}));
    REQUIRE_FALSE(choice.ok());
    CHECK(choice.error().contains(u"one choice of each rank"_qs));
    CHECK(demo.workspace->undoStack()->count() == steps);
    // A third choice is a rank of its own: accepted.
    auto third = demo.workspace->addRecord(
        Record(Entity::WorkshopChoice, {{u"workshop_id"_qs, other}, {u"person_id"_qs, person.personId}, {u"rank"_qs, 3}}));
    CHECK(third.ok());
}

TEST_CASE("Erasing a person takes their workshop choices and seat with them")
{
    DemoWorkspace demo;
    const qint64 meeting = demo.november2024().id;
    const WorkshopParticipant person = readMeetingWorkshops(demo.workspace->storage(), meeting).participants.first();
    REQUIRE(person.seatId != 0);
    REQUIRE_FALSE(person.choices.isEmpty());
    REQUIRE(erasePerson(*demo.workspace, person.personId).ok());
    const MeetingWorkshops after = readMeetingWorkshops(demo.workspace->storage(), meeting);
    for (const WorkshopParticipant &participant : after.participants)
        CHECK(participant.personId != person.personId);
    CHECK(demo.workspace->storage().recordsWhere(Entity::WorkshopChoice, u"person_id"_qs, person.personId).isEmpty());
    CHECK(demo.workspace->storage().recordsWhere(Entity::WorkshopSeat, u"person_id"_qs, person.personId).isEmpty());
}

TEST_CASE("The lists as JSON, CSV and a document carry every seat and the figures")
{
    DemoWorkspace demo;
    const MeetingWorkshops lists = readMeetingWorkshops(demo.workspace->storage(), demo.november2024().id);
    const SplitOutcome figures = measureAssignment(lists.splitInput(), lists.seats());

    const QJsonObject root = QJsonDocument::fromJson(workshopListsJson(lists, figures)).object();
    CHECK(root.value(u"format"_qs).toString() == u"quorum-workshops"_qs);
    CHECK(root.value(u"participants"_qs).toInt() == 57);
    CHECK(root.value(u"choices"_qs).toObject().value(u"firstChoiceHonoured"_qs).toInt() == 43);
    const QJsonArray workshops = root.value(u"workshops"_qs).toArray();
    REQUIRE(workshops.size() == 6);
    int people = 0;
    for (const QJsonValue &workshop : workshops) {
        people += workshop.toObject().value(u"people"_qs).toArray().size();
        CHECK(workshop.toObject().value(u"size"_qs).toInt() == workshop.toObject().value(u"people"_qs).toArray().size());
        CHECK(workshop.toObject().value(u"deviation"_qs).toObject().contains(u"sector"_qs));
    }
    CHECK(people == 57);
    CHECK(root.value(u"unplaced"_qs).toArray().isEmpty());

    const QByteArray csv = workshopListsCsv(lists);
    CHECK(csv.startsWith("\xEF\xBB\xBF" "Atelier;"));
    CHECK(csv.count("\r\n") == 58);

    const Document document = workshopListsDocument(lists, figures, DocText{u"Conseil"_qs, u"Raad"_qs});
    int pageBreaks = 0;
    for (const Block &block : document.blocks)
        pageBreaks += std::holds_alternative<PageBreak>(block) ? 1 : 0;
    CHECK(pageBreaks == 6); // six workshop pages, then the page of rules and figures
}

TEST_CASE("Recording a participant's choices replaces them as one step, and wrong choices are refused")
{
    DemoWorkspace demo;
    const qint64 meeting = demo.november2024().id;
    const MeetingWorkshops lists = readMeetingWorkshops(demo.workspace->storage(), meeting);
    const WorkshopParticipant person = lists.participants.first();
    const qint64 a = lists.workshops.at(3).id, b = lists.workshops.at(4).id, c = lists.workshops.at(5).id;
    const auto choicesNow = [&] {
        for (const WorkshopParticipant &p : readMeetingWorkshops(demo.workspace->storage(), meeting).participants)
            if (p.personId == person.personId)
                return p.choices;
        return QList<qint64>{};
    };
    const int steps = demo.workspace->undoStack()->count();
    REQUIRE(setWorkshopChoices(*demo.workspace, meeting, person.personId, {c, a, b}).ok());
    CHECK(choicesNow() == QList<qint64>{c, a, b});
    CHECK(demo.workspace->undoStack()->count() == steps + 1);
    REQUIRE(setWorkshopChoices(*demo.workspace, meeting, person.personId, {c, a, b}).ok());
    CHECK(demo.workspace->undoStack()->count() == steps + 1); // the same choices: no step
    REQUIRE(demo.workspace->undo().ok());
    CHECK(choicesNow() == person.choices);
    REQUIRE(demo.workspace->redo().ok());
    CHECK(choicesNow() == QList<qint64>{c, a, b});

    struct Row
    {
        const char *name;
        QList<qint64> ranked;
        const char *reason;
    };
    const QList<Row> refused = {{"four choices", {a, b, c, lists.workshops.at(0).id}, "three workshops at most"},
                                {"twice the same", {a, a}, "cannot be chosen twice"},
                                {"another meeting's workshop", {a, 9999}, "not one of the meeting's"}};
    for (const Row &row : refused) {
        INFO(row.name);
        auto result = setWorkshopChoices(*demo.workspace, meeting, person.personId, row.ranked);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().contains(QString::fromUtf8(row.reason)));
        CHECK(choicesNow() == QList<qint64>{c, a, b});
    }
    REQUIRE(setWorkshopChoices(*demo.workspace, meeting, person.personId, {}).ok());
    CHECK(choicesNow().isEmpty());

    // "One choice only" (seed 001), as the facilitator sets it on the meeting.
    CHECK(workshopChoicesAllowed(demo.workspace->storage(), meeting) == 3);
    REQUIRE(demo.workspace->setValue(Entity::Meeting, meeting, u"workshop_choices"_qs, 1).ok());
    CHECK(workshopChoicesAllowed(demo.workspace->storage(), meeting) == 1);
    auto two = setWorkshopChoices(*demo.workspace, meeting, person.personId, {a, b});
    REQUIRE_FALSE(two.ok());
    CHECK(two.error().contains(u"chooses 1 workshop"_qs));
    CHECK(choicesNow().isEmpty());
    REQUIRE(setWorkshopChoices(*demo.workspace, meeting, person.personId, {b}).ok());
    CHECK(choicesNow() == QList<qint64>{b});
    CHECK_FALSE(demo.workspace->setValue(Entity::Meeting, meeting, u"workshop_choices"_qs, 4).ok());
}
