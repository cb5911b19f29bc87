// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisions/meetingquorum.h"

#include "storage/database.h"

#include <QHash>

namespace Quorum {
namespace {

QString f(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

MeetingRoll meetingRoll(const Database &database, const Record &meeting, const Record &council)
{
    return meetingRoll(council, database.records(Entity::Membership, council.id), database.records(Entity::Attendance, meeting.id));
}

MeetingRoll meetingRoll(const Record &council, const QList<Record> &memberships, const QList<Record> &attendance)
{
    MeetingRoll roll;
    roll.rule = quorumRuleFromCode(council.text(f("quorum_rule")));
    // A person with several memberships is one member: voting if any membership is, a
    // mandatory partner if a voting membership says so.
    QHash<qint64, QuorumMember> members;
    for (const Record &m : memberships) {
        const qint64 person = m.number(f("person_id"));
        QuorumMember &member = members[person];
        member.personId = person;
        const bool voting = m.text(f("role")) == u"voting";
        member.voting = member.voting || voting;
        member.mandatory = member.mandatory || (voting && m.number(f("mandatory")) != 0);
    }
    roll.members = members.values();
    // Whoever is not a member of the council is a guest here, whatever the row says: only
    // members carry a voice or a proxy.
    for (const Record &a : attendance) {
        const qint64 person = a.number(f("person_id"));
        roll.attendance.append(
            {person, attendanceStatusFromCode(a.text(f("status"))), a.number(f("proxy_id")), !members.contains(person)});
    }
    return roll;
}

std::optional<QuorumResult> meetingQuorum(const Database &database, qint64 meetingId)
{
    const std::optional<Record> meeting = database.record(Entity::Meeting, meetingId);
    const std::optional<Record> council =
        meeting ? database.record(Entity::Council, meeting->number(f("council_id"))) : std::nullopt;
    if (!council)
        return std::nullopt;
    const MeetingRoll roll = meetingRoll(database, *meeting, *council);
    if (roll.attendance.isEmpty())
        return std::nullopt;
    return evaluateQuorum(roll.rule, roll.members, roll.attendance);
}

} // namespace Quorum
