// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "mockclock.h"
#include "testworkspace.h"

#include "demo.h"
#include "models/attendancemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A council of five: four voting mandatory partners and one advisory member, in two
// sectors, with a rule of more than half of the mandatory partners and a 50% sector limit.
struct CheckInFixture : Fixture
{
    MockClock clock;
    qint64 health = 0;
    qint64 social = 0;
    QHash<QString, qint64> people; // by first name

    CheckInFixture()
    {
        Database &db = workspace->storage();
        Record sector(Entity::Sector);
        sector.setBilingual(s("name"), {s("Médecine générale"), s("Huisartsgeneeskunde")});
        health = db.insert(sector).value();
        sector.setBilingual(s("name"), {s("CPAS"), s("OCMW")});
        social = db.insert(sector).value();
        REQUIRE(db.update(Entity::Council, councilId, s("quorum_rule"), s("mandatory_majority")).ok());
        REQUIRE(db.update(Entity::Council, councilId, s("max_sector_share"), 50).ok());
        struct P
        {
            const char *name;
            qint64 sector;
            qint64 bassin;
            const char *role;
            bool mandatory;
        };
        for (const P &p : {P{"Zoë Janssens", social, 1, "voting", true}, P{"Ahmed Benali", health, 1, "voting", true},
                           P{"Émilie Dubois", health, 2, "voting", true}, P{"Emre Yılmaz", social, 3, "voting", true},
                           P{"Hanne Claes", 0, 0, "advisory", false}}) {
            Record person(Entity::Person, {{s("name"), s(p.name)}, {s("organisation"), QString(s("Org ") + s(p.name))}});
            if (p.sector)
                person.values.insert(s("sector_id"), p.sector);
            if (p.bassin)
                person.values.insert(s("bassin_id"), p.bassin);
            const qint64 id = db.insert(person).value();
            people.insert(s(p.name).section(u' ', 0, 0), id);
            REQUIRE(db.insert(Record(Entity::Membership, {{s("council_id"), councilId},
                                                          {s("person_id"), id},
                                                          {s("role"), s(p.role)},
                                                          {s("mandatory"), p.mandatory ? 1 : 0}}))
                        .ok());
        }
    }

    std::optional<Record> attendanceOf(qint64 person) const
    {
        for (const Record &a : workspace->records(Entity::Attendance, meetingId))
            if (a.number(s("person_id")) == person)
                return a;
        return std::nullopt;
    }
};

struct Checked
{
    CheckInFixture f;
    AttendanceModel model{f.workspace.get(), &f.clock};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    Checked() { model.setMeeting(f.meetingId); }
    int row(const char *firstName) const { return model.rowOfPerson(f.people.value(s(firstName))); }
    QModelIndex status(const char *firstName) const { return model.index(row(firstName), AttendanceModel::StatusColumn); }
    QModelIndex proxy(const char *firstName) const { return model.index(row(firstName), AttendanceModel::ProxyColumn); }
};

QStringList names(const AttendanceModel &model)
{
    QStringList result;
    for (int i = 0; i < model.rowCount(); ++i)
        result << model.index(i, AttendanceModel::NameColumn).data().toString();
    return result;
}

} // namespace

TEST_CASE("The check-in list shows the council's members alphabetically")
{
    Checked c;
    CHECK(c.model.rowCount() == 5);
    CHECK(names(c.model)
          == QStringList{s("Ahmed Benali"), s("Émilie Dubois"), s("Emre Yılmaz"), s("Hanne Claes"), s("Zoë Janssens")});
    CHECK(c.model.columnCount() == 5);
    CHECK(c.model.headerData(AttendanceModel::StatusColumn, Qt::Horizontal).toString() == s("Attendance"));
    CHECK(c.model.headerData(AttendanceModel::ProxyColumn, Qt::Horizontal).toString() == s("Proxy"));
    const int ahmed = c.row("Ahmed");
    CHECK(c.model.index(ahmed, AttendanceModel::OrganisationColumn).data().toString() == s("Org Ahmed Benali"));
    CHECK(c.model.index(ahmed, AttendanceModel::SectorColumn).data().toString() == s("Médecine générale"));
    CHECK(c.status("Ahmed").data().toString().isEmpty());
    CHECK(c.model.index(ahmed, 0).data(AttendanceModel::MandatoryRole).toBool());
    CHECK_FALSE(c.model.index(c.row("Hanne"), 0).data(AttendanceModel::VotingRole).toBool());
    CHECK(c.model.flags(c.status("Ahmed")).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(c.model.flags(c.model.index(ahmed, 0)).testFlag(Qt::ItemIsEditable));
    CHECK(c.model.tally().pending == 5);

    c.model.setLanguage(Language::Dutch);
    CHECK(c.model.index(ahmed, AttendanceModel::SectorColumn).data().toString() == s("Huisartsgeneeskunde"));
    c.model.setMeeting(std::nullopt);
    CHECK(c.model.rowCount() == 0);
}

TEST_CASE("Marking a member present stamps the arrival and is one undoable step")
{
    Checked c;
    QUndoStack *stack = c.f.workspace->undoStack();
    QSignalSpy changed(&c.model, &AttendanceModel::attendanceChanged);
    REQUIRE(c.model.setData(c.status("Ahmed"), s("present")));
    CHECK(stack->count() == 1);
    CHECK(stack->undoText() == s("Mark Ahmed Benali present"));
    CHECK(c.status("Ahmed").data().toString() == s("Present"));
    CHECK(c.status("Ahmed").data(Qt::EditRole).toString() == s("present"));
    CHECK(changed.count() >= 1);
    auto record = c.f.attendanceOf(c.f.people.value(s("Ahmed")));
    REQUIRE(record);
    CHECK(record->text(s("checked_in_at")) == s("2024-11-13T08:30:00Z"));
    CHECK(record->number(s("guest")) == 0);

    stack->undo();
    CHECK_FALSE(c.f.attendanceOf(c.f.people.value(s("Ahmed"))));
    CHECK(c.status("Ahmed").data().toString().isEmpty());
    stack->redo();
    CHECK(c.status("Ahmed").data().toString() == s("Present"));
    CHECK(c.f.attendanceOf(c.f.people.value(s("Ahmed")))->text(s("checked_in_at")) == s("2024-11-13T08:30:00Z"));

    // The same status again is no step at all; an unknown one is refused.
    REQUIRE(c.model.setData(c.status("Ahmed"), s("present")));
    CHECK(stack->count() == 1);
    QSignalSpy failed(c.f.workspace.get(), &Workspace::editFailed);
    CHECK_FALSE(c.model.setData(c.status("Ahmed"), s("asleep")));
    CHECK(failed.count() == 1);
    CHECK(stack->count() == 1);
}

TEST_CASE("Checked in means in the room: the first arrival is kept and leaving clears it")
{
    Checked c;
    const qint64 zoe = c.f.people.value(s("Zoë"));
    REQUIRE(c.model.setStatus(c.row("Zoë"), AttendanceStatus::Excused).ok());
    CHECK(c.f.attendanceOf(zoe)->value(s("checked_in_at")).isNull());
    c.f.clock.advance(600);
    REQUIRE(c.model.setStatus(c.row("Zoë"), AttendanceStatus::Present).ok());
    CHECK(c.f.attendanceOf(zoe)->text(s("checked_in_at")) == s("2024-11-13T08:40:00Z"));
    CHECK(c.f.workspace->undoStack()->count() == 2);
    c.f.clock.advance(600);
    REQUIRE(c.model.setStatus(c.row("Zoë"), AttendanceStatus::Present).ok()); // no change, same arrival
    CHECK(c.f.attendanceOf(zoe)->text(s("checked_in_at")) == s("2024-11-13T08:40:00Z"));
    REQUIRE(c.model.setStatus(c.row("Zoë"), AttendanceStatus::Absent).ok());
    CHECK(c.f.attendanceOf(zoe)->value(s("checked_in_at")).isNull());
    // Undoing the departure brings the arrival time back with it, in one step.
    c.f.workspace->undoStack()->undo();
    CHECK(c.f.attendanceOf(zoe)->text(s("status")) == s("present"));
    CHECK(c.f.attendanceOf(zoe)->text(s("checked_in_at")) == s("2024-11-13T08:40:00Z"));
    // Backspace: the record goes.
    REQUIRE(c.model.setData(c.status("Zoë"), QString()));
    CHECK_FALSE(c.f.attendanceOf(zoe));
    CHECK(c.f.workspace->undoStack()->undoText() == s("Clear the attendance of Zoë Janssens"));
}

TEST_CASE("A representation counts only with a proxy who is present")
{
    Checked c;
    const qint64 ahmed = c.f.people.value(s("Ahmed"));
    REQUIRE(c.model.setStatus(c.row("Zoë"), AttendanceStatus::Represented, ahmed).ok());
    CHECK(c.f.workspace->undoStack()->undoText() == s("Mark Zoë Janssens represented by Ahmed Benali"));
    CHECK(c.proxy("Zoë").data().toString() == s("Ahmed Benali"));
    CHECK(c.proxy("Zoë").data(Qt::EditRole).toLongLong() == ahmed);
    CHECK(c.proxy("Zoë").data(AttendanceModel::ProxyProblemRole).toInt() == int(ProxyProblem::ProxyNotPresent));
    CHECK(c.proxy("Zoë").data(Qt::ToolTipRole).toString() == s("Ahmed Benali is not present, so cannot carry this representation."));
    CHECK(c.model.quorum().represented == 0);
    CHECK(c.model.proxyCandidates(c.row("Zoë")).isEmpty());

    REQUIRE(c.model.setData(c.status("Ahmed"), s("present")));
    CHECK(c.proxy("Zoë").data(AttendanceModel::ProxyProblemRole).toInt() == int(ProxyProblem::None));
    CHECK(c.proxy("Zoë").data(Qt::ToolTipRole).toString().isEmpty());
    CHECK(c.model.quorum().present == 1);
    CHECK(c.model.quorum().represented == 1);
    CHECK(c.model.proxyCandidates(c.row("Zoë")) == QList<qint64>{ahmed});
    CHECK(c.model.proxyCandidates(c.row("Ahmed")).isEmpty()); // not themselves

    // Nobody represents themselves: refused, nothing written.
    QSignalSpy failed(c.f.workspace.get(), &Workspace::editFailed);
    const int steps = c.f.workspace->undoStack()->count();
    CHECK_FALSE(c.model.setData(c.proxy("Ahmed"), ahmed));
    CHECK(failed.count() == 1);
    CHECK(c.f.workspace->undoStack()->count() == steps);
    CHECK(c.status("Ahmed").data(Qt::EditRole).toString() == s("present"));

    // Another status drops the proxy.
    REQUIRE(c.model.setStatus(c.row("Zoë"), AttendanceStatus::Excused).ok());
    CHECK(c.f.attendanceOf(c.f.people.value(s("Zoë")))->value(s("proxy_id")).isNull());
    CHECK(c.proxy("Zoë").data().toString().isEmpty());
}

TEST_CASE("A walk-in guest arrives as one step and leaves no trace when cleared")
{
    Checked c;
    QUndoStack *stack = c.f.workspace->undoStack();
    const int people = int(c.f.workspace->records(Entity::Person).size());
    auto guest = c.model.addGuest({s("  Marie   Curie "), s("Institut Bordet"), c.f.health, s("fr")});
    REQUIRE(guest.ok());
    CHECK(stack->count() == 1);
    CHECK(stack->undoText() == s("Add walk-in guest Marie Curie"));
    const int row = c.model.rowOfPerson(guest.value());
    REQUIRE(row >= 0);
    CHECK(c.model.rowCount() == 6);
    CHECK(c.model.index(row, 0).data().toString() == s("Marie Curie"));
    CHECK(c.model.index(row, 0).data(AttendanceModel::GuestRole).toBool());
    CHECK(c.model.index(row, AttendanceModel::StatusColumn).data(Qt::EditRole).toString() == s("present"));
    const auto record = c.f.attendanceOf(guest.value());
    REQUIRE(record);
    CHECK(record->number(s("guest")) == 1);
    CHECK(record->text(s("checked_in_at")) == s("2024-11-13T08:30:00Z"));
    CHECK(c.f.workspace->record(Entity::Person, guest.value())->text(s("language")) == s("fr"));

    // Guests are in the room but never in the quorum.
    CHECK(c.model.quorum().counted() == 0);
    CHECK(c.model.balance().guests == 1);
    CHECK(c.model.tally().guests == 1);
    CHECK(c.model.proxyCandidates(c.row("Ahmed")).isEmpty());

    stack->undo();
    CHECK(c.model.rowCount() == 5);
    CHECK(int(c.f.workspace->records(Entity::Person).size()) == people);
    stack->redo();
    CHECK(c.model.rowCount() == 6);

    // Cleared: the guest, known nowhere else, is forgotten with the record.
    REQUIRE(c.model.clearStatus(c.model.rowOfPerson(guest.value())).ok());
    CHECK(stack->undoText() == s("Remove walk-in guest Marie Curie"));
    CHECK(c.model.rowCount() == 5);
    CHECK_FALSE(c.f.workspace->record(Entity::Person, guest.value()));
    stack->undo();
    CHECK(c.model.rowOfPerson(guest.value()) >= 0);

    CHECK_FALSE(c.model.addGuest({s("   "), {}, 0, {}}).ok());
    CHECK(stack->count() == 2);
}

TEST_CASE("Quorum and balance follow check-in at the exact boundary")
{
    Checked c;
    QSignalSpy changed(&c.model, &AttendanceModel::attendanceChanged);
    REQUIRE(c.model.setStatus(c.row("Ahmed"), AttendanceStatus::Present).ok());
    REQUIRE(c.model.setStatus(c.row("Émilie"), AttendanceStatus::Present).ok());
    QuorumResult q = c.model.quorum();
    CHECK(q.base == 4);
    CHECK(q.counted() == 2); // half is not more than half
    CHECK_FALSE(q.met);
    REQUIRE(c.model.setStatus(c.row("Hanne"), AttendanceStatus::Present).ok()); // advisory: changes nothing
    CHECK_FALSE(c.model.quorum().met);
    REQUIRE(c.model.setStatus(c.row("Emre"), AttendanceStatus::Represented, c.f.people.value(s("Ahmed"))).ok());
    q = c.model.quorum();
    CHECK(q.met);
    CHECK(q.explanation.startsWith(s("Quorum reached: 3 of 4 mandatory partner(s)")));
    CHECK(changed.count() >= 4);

    // Both present are health: 2 of 3 in the room is more than 50%.
    const Balance b = c.model.balance();
    CHECK(b.total == 3);
    bool healthFlagged = false;
    QStringList emptyBassins;
    bool dutchMissing = false; // everyone here speaks French: the council works in both
    for (const BalanceAlert &a : b.alerts) {
        if (a.kind == BalanceAlert::Kind::SectorOverShare)
            healthFlagged = a.key == QString::number(c.f.health);
        else if (a.kind == BalanceAlert::Kind::BassinEmpty)
            emptyBassins << c.model.bucketLabel(BalanceDimension::Bassin, a.key);
        else if (a.kind == BalanceAlert::Kind::Missing)
            dutchMissing = a.key == s("nl") && a.concerns() == BalanceDimension::Language;
    }
    CHECK(healthFlagged);
    CHECK(dutchMissing);
    CHECK(emptyBassins == QStringList{s("Sud-Est"), s("Sud"), s("Centre-Ouest")});
    CHECK(c.model.bucketLabel(BalanceDimension::Sector, QString::number(c.f.health)) == s("Médecine générale"));
    CHECK(c.model.bucketLabel(BalanceDimension::Sector, QString()) == s("Not recorded"));
    CHECK(c.model.bucketLabel(BalanceDimension::Language, s("nl")) == s("Dutch"));
    CHECK(c.model.bucketLabel(BalanceDimension::Gender, s("female")) == s("Woman"));
    const AttendanceModel::Tally t = c.model.tally();
    CHECK(t.present == 3);
    CHECK(t.represented == 1);
    CHECK(t.pending == 1);

    // The council's rule changes elsewhere: the quorum follows.
    changed.clear();
    REQUIRE(c.f.workspace->setValue(Entity::Council, c.f.councilId, s("quorum_rule"), s("none")).ok());
    CHECK(changed.count() >= 1);
    CHECK(c.model.quorumRule() == QuorumRule::None);
    REQUIRE(c.f.workspace->setValue(Entity::Council, c.f.councilId, s("max_sector_share"), QVariant()).ok());
    CHECK_FALSE(c.model.maxSectorShare());
}

TEST_CASE("The check-in list follows edits made elsewhere and keeps the current row")
{
    Checked c;
    const QPersistentModelIndex ahmed = c.model.index(c.row("Ahmed"), 0);
    const qint64 zoeId = c.f.people.value(s("Zoë"));
    // A rename that moves a row: persistent indexes follow the person.
    REQUIRE(c.f.workspace->setValue(Entity::Person, zoeId, s("name"), s("Aaron Zoë Janssens")).ok());
    CHECK(names(c.model).first() == s("Aaron Zoë Janssens"));
    CHECK(ahmed.row() == 1);
    CHECK(ahmed.data().toString() == s("Ahmed Benali"));

    // A sector renamed shows at once.
    REQUIRE(c.f.workspace->setValue(Entity::Sector, c.f.health, s("name_fr"), s("Première ligne")).ok());
    CHECK(c.model.index(ahmed.row(), AttendanceModel::SectorColumn).data().toString() == s("Première ligne"));

    // A new member appears, an ended membership disappears.
    auto person = c.f.workspace->addRecord(Record(Entity::Person, {{s("name"), s("Bram Peeters")}}));
    REQUIRE(person.ok());
    CHECK(c.model.rowCount() == 5);
    auto membership = c.f.workspace->addRecord(
        Record(Entity::Membership, {{s("council_id"), c.f.councilId}, {s("person_id"), person.value()}}));
    REQUIRE(membership.ok());
    CHECK(c.model.rowCount() == 6);
    CHECK(c.model.rowOfPerson(person.value()) == 2);
    REQUIRE(c.f.workspace->removeRecord(Entity::Membership, membership.value()).ok());
    CHECK(c.model.rowCount() == 5);

    // Attendance written by someone else (an import, another panel) shows too.
    REQUIRE(c.f.workspace->addRecord(Record(Entity::Attendance, {{s("meeting_id"), c.f.meetingId},
                                                                 {s("person_id"), zoeId},
                                                                 {s("status"), s("excused")}}))
                .ok());
    CHECK(c.model.index(c.model.rowOfPerson(zoeId), AttendanceModel::StatusColumn).data().toString() == s("Excused"));

    // A person erased from the workspace leaves the list; the meeting removed empties it.
    REQUIRE(c.f.workspace->removeRecord(Entity::Person, zoeId).ok());
    CHECK(c.model.rowOfPerson(zoeId) == -1);
    c.f.workspace->undoStack()->undo();
    CHECK(c.model.rowOfPerson(zoeId) >= 0);
    REQUIRE(c.f.workspace->removeRecord(Entity::Meeting, c.f.meetingId).ok());
    CHECK(c.model.rowCount() == 0);
    CHECK_FALSE(c.model.meetingId());
}

TEST_CASE("Other meetings' attendance stays out of the check-in list")
{
    Checked c;
    const qint64 other = c.f.workspace->storage()
                             .insert(Record(Entity::Meeting, {{s("council_id"), c.f.councilId}, {s("date"), s("2025-03-12")}}))
                             .value();
    QSignalSpy reset(&c.model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&c.model, &QAbstractItemModel::dataChanged);
    REQUIRE(c.f.workspace->addRecord(Record(Entity::Attendance, {{s("meeting_id"), other},
                                                                 {s("person_id"), c.f.people.value(s("Ahmed"))},
                                                                 {s("status"), s("present")}}))
                .ok());
    CHECK(changed.count() == 0);
    CHECK(c.status("Ahmed").data().toString().isEmpty());
    c.model.setMeeting(other);
    CHECK(reset.count() == 1);
    CHECK(c.status("Ahmed").data().toString() == s("Present"));
}

TEST_CASE("Search keys ignore case and accents")
{
    CHECK(AttendanceModel::searchKey(s("Émilie Dubois")) == s("emilie dubois"));
    CHECK(AttendanceModel::searchKey(s("Emre Yılmaz")) == s("emre yilmaz"));
    CHECK(AttendanceModel::searchKey(s("Zoë KOWALSKA")) == s("zoe kowalska"));
    Checked c;
    CHECK(c.model.index(c.row("Émilie"), 0).data(AttendanceModel::SearchTextRole).toString().contains(s("medecine")));
}

TEST_CASE("The demo sessions have the attendance of a real morning")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("demo.quorum"));
    REQUIRE(writeDemoWorkspace(path).ok());
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    const std::unique_ptr<Workspace> workspace = opened.take();
    const auto meetingOn = [&](const char *date) {
        const QList<Record> found = workspace->recordsWhere(Entity::Meeting, s("council_id"), 1);
        for (const Record &m : found)
            if (m.text(s("date")) == s(date))
                return m.id;
        return qint64(0);
    };
    MockClock clock;
    AttendanceModel model(workspace.get(), &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setMeeting(meetingOn("2024-11-13"));
    AttendanceModel::Tally t = model.tally();
    CHECK(t.present + t.guests + t.represented >= 55);
    CHECK(t.present + t.guests + t.represented <= 65);
    CHECK(t.guests >= 3);
    CHECK(t.guests <= 4);
    CHECK(t.represented >= 2);
    CHECK(t.excused >= 2);
    QuorumResult q = model.quorum();
    CHECK(q.rule == QuorumRule::MandatoryMajority);
    CHECK(q.met);
    CHECK(q.base == 10);
    CHECK(q.counted() == 7);
    CHECK(effectivePresence(model.entries()).problems.isEmpty()); // every proxy was there
    Balance b = model.balance();
    CHECK(b.total == t.present + t.guests);
    CHECK(b.alerts.isEmpty()); // the five bassins reported at the round table

    model.setMeeting(meetingOn("2025-07-01"));
    t = model.tally();
    CHECK(t.present + t.guests == 30);
    q = model.quorum();
    CHECK(q.met);
    CHECK(q.counted() == q.required); // exactly at the boundary
    b = model.balance();
    REQUIRE(b.alerts.size() == 1);
    CHECK(b.alerts.first().kind == BalanceAlert::Kind::BassinEmpty);
    CHECK(model.bucketLabel(BalanceDimension::Bassin, b.alerts.first().key) == s("Sud"));

    model.setMeeting(meetingOn("2025-11-18")); // planned: nobody checked in yet
    CHECK(model.rowCount() > 0);
    CHECK(model.entries().isEmpty());
    CHECK(model.tally().pending == model.rowCount());
}

TEST_CASE("A check-in announces its change once for the summaries however many values it writes")
{
    Checked c;
    REQUIRE(c.model.setStatus(c.row("Ahmed"), AttendanceStatus::Present));
    QSignalSpy changed(&c.model, &AttendanceModel::attendanceChanged);
    // Excused after present: the status and the arrival time change, in one step.
    REQUIRE(c.model.setStatus(c.row("Ahmed"), AttendanceStatus::Excused));
    CHECK(changed.count() == 1);
    CHECK(c.model.status(c.row("Ahmed")) == AttendanceStatus::Excused);
    CHECK(c.model.tally().excused == 1);
    // Undo is not the model's own step: the list still follows it.
    REQUIRE(c.f.workspace->undo());
    CHECK(c.model.status(c.row("Ahmed")) == AttendanceStatus::Present);
    CHECK(changed.count() >= 2);
}
