// SPDX-License-Identifier: GPL-3.0-or-later
// `quorum check` judges a file by the schema this version builds and by the domain of every
// value, not by its header alone: each damage below is reported on a line of its own that
// names where it is.
#include "catchqt.h"
#include "sqlhelpers.h"
#include "testworkspace.h"

#include "demo.h"
#include "storage/migrations.h"
#include "storage/schemacheck.h"

using namespace Quorum;
using namespace QuorumTest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A fresh workspace with one of each record the damages below need, closed.
struct ClosedWorkspace : Fixture
{
    qint64 personId = 0;
    qint64 membershipId = 0;

    ClosedWorkspace()
    {
        Database &db = workspace->storage();
        personId = db.insert(Record(Entity::Person, {{s("name"), s("Amélie Durand")}})).value();
        membershipId =
            db.insert(Record(Entity::Membership, {{s("council_id"), councilId}, {s("person_id"), personId}})).value();
        workspace.reset();
    }

    QString file() const { return path(s("test.quorum")); }

    void damage(const QStringList &statements) const { REQUIRE(runSql(file(), statements)); }

    QStringList lines() const
    {
        const Result<WorkspaceCheck> checked = checkWorkspaceFile(file());
        INFO(checked.error().toStdString());
        REQUIRE(checked.ok());
        QStringList result;
        for (const SchemaProblem &problem : checked.value().problems)
            result << problem.line();
        return result;
    }
};

bool anyLine(const QStringList &lines, const QString &needle)
{
    for (const QString &line : lines)
        if (line.contains(needle))
            return true;
    return false;
}

void requireLine(const QStringList &lines, const QString &needle)
{
    INFO("looking for: " << needle.toStdString() << "\nin:\n" << lines.join(u'\n').toStdString());
    CHECK(anyLine(lines, needle));
}

} // namespace

TEST_CASE("A fresh workspace and the demo pass the check", "[schemacheck]")
{
    ClosedWorkspace fresh;
    CHECK(fresh.lines() == QStringList());

    QTemporaryDir directory;
    const QString demo = directory.filePath(s("demo.quorum"));
    REQUIRE(writeDemoWorkspace(demo).ok());
    const Result<WorkspaceCheck> checked = checkWorkspaceFile(demo);
    REQUIRE(checked.ok());
    QStringList lines;
    for (const SchemaProblem &problem : checked.value().problems)
        lines << problem.line();
    CHECK(lines == QStringList());
    CHECK(checked.value().file.schemaVersion == latestSchemaVersion());
}

TEST_CASE("A file with the right header and no Quorum tables fails the check", "[schemacheck]")
{
    QTemporaryDir directory;
    const QString hollow = directory.filePath(s("hollow.quorum"));
    REQUIRE(runSql(hollow, {QStringLiteral("PRAGMA application_id = %1").arg(workspaceApplicationId),
                            QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion()),
                            s("CREATE TABLE note (id INTEGER PRIMARY KEY)")}));
    const Result<WorkspaceCheck> checked = checkWorkspaceFile(hollow);
    REQUIRE(checked.ok());
    QStringList lines;
    for (const SchemaProblem &problem : checked.value().problems)
        lines << problem.line();
    requireLine(lines, s("table person: the table is missing."));
    requireLine(lines, s("table vote: the table is missing."));
    requireLine(lines, s("table note is not part of this schema version."));
    requireLine(lines, s("trigger ballot_not_secret is missing."));
}

TEST_CASE("A dropped table or index and a changed trigger fail the check", "[schemacheck]")
{
    ClosedWorkspace f;
    SECTION("a dropped table")
    {
        f.damage({s("DROP TABLE workshop")});
        requireLine(f.lines(), s("table workshop: the table is missing."));
    }
    SECTION("a dropped index")
    {
        f.damage({s("DROP INDEX membership_person")});
        const QStringList lines = f.lines();
        requireLine(lines, s("table membership: index membership_person is missing."));
        CHECK(lines.size() == 1);
    }
    SECTION("a trigger removed")
    {
        f.damage({s("DROP TRIGGER ballot_not_secret")});
        requireLine(f.lines(), s("table ballot: trigger ballot_not_secret is missing."));
    }
    SECTION("an unexpected trigger added")
    {
        f.damage({s("CREATE TRIGGER wipe AFTER INSERT ON person BEGIN DELETE FROM ballot; END")});
        requireLine(f.lines(), s("table person: trigger wipe is not part of this schema version."));
    }
    SECTION("a trigger with the right name and another body")
    {
        f.damage({s("DROP TRIGGER ballot_not_secret"),
                  s("CREATE TRIGGER ballot_not_secret BEFORE INSERT ON ballot BEGIN SELECT 1; END")});
        requireLine(f.lines(), s("trigger ballot_not_secret differs from the one this version expects."));
    }
    SECTION("a column added")
    {
        f.damage({s("ALTER TABLE person ADD COLUMN nickname TEXT")});
        requireLine(f.lines(), s("table person, column nickname: a column this schema version does not have."));
    }
}

TEST_CASE("Values outside their domain fail the check with their row and column", "[schemacheck]")
{
    ClosedWorkspace f;
    SECTION("not a date")
    {
        f.damage({QStringLiteral("UPDATE meeting SET date = 'not a date' WHERE id = %1").arg(f.meetingId)});
        requireLine(f.lines(), QStringLiteral("table meeting, row %1, column date: \"not a date\" is not a date").arg(f.meetingId));
    }
    SECTION("minutes of -99999999999")
    {
        f.damage({QStringLiteral("INSERT INTO session_event (id, meeting_id, at, kind, minutes) VALUES "
                                 "(7, %1, '2024-11-13T09:00:00Z', 'extend', -99999999999)")
                      .arg(f.meetingId)});
        requireLine(f.lines(), s("table session_event, row 7, column minutes: is -99999999999, outside the allowed range"));
    }
    SECTION("planned minutes given as text")
    {
        f.damage({QStringLiteral("UPDATE agenda_item SET planned_minutes = 'soon' WHERE id = %1").arg(f.itemIds.at(0))});
        requireLine(f.lines(), QStringLiteral("table agenda_item, row %1, column planned_minutes: \"soon\" is not a whole number.")
                                   .arg(f.itemIds.at(0)));
    }
    SECTION("an unknown code and a boolean of 2")
    {
        f.damage({QStringLiteral("UPDATE membership SET role = 'emperor', mandatory = 2 WHERE id = %1").arg(f.membershipId)});
        const QStringList lines = f.lines();
        requireLine(lines, QStringLiteral("table membership, row %1, column role: \"emperor\" is not one of the codes").arg(f.membershipId));
        requireLine(lines, QStringLiteral("table membership, row %1, column mandatory: is 2, but must be 0").arg(f.membershipId));
    }
    SECTION("a dangling reference")
    {
        f.damage({s("PRAGMA foreign_keys = OFF"),
                  QStringLiteral("UPDATE membership SET person_id = 9999 WHERE id = %1").arg(f.membershipId)});
        const QStringList lines = f.lines();
        requireLine(lines, QStringLiteral("table membership, row %1, column person_id: refers to person 9999, which does not exist.")
                               .arg(f.membershipId));
        // Reported once, though SQLite's own foreign key check finds it too.
        CHECK(lines.size() == 1);
    }
    SECTION("a moment that is not in UTC")
    {
        f.damage({QStringLiteral("INSERT INTO session_event (id, meeting_id, at, kind) VALUES (8, %1, 'yesterday', 'start')")
                      .arg(f.meetingId)});
        requireLine(f.lines(), s("table session_event, row 8, column at: \"yesterday\" is not a moment in UTC"));
    }
}

TEST_CASE("The check's lines never carry control characters", "[schemacheck]")
{
    ClosedWorkspace f;
    f.damage({QStringLiteral("UPDATE meeting SET date = 'x' || char(27) || '[31mred' || char(10) || 'line' WHERE id = %1")
                  .arg(f.meetingId),
              s("CREATE TABLE \"evil") + QChar(27) + s("[2J\" (id INTEGER)")});
    const QStringList lines = f.lines();
    REQUIRE(lines.size() == 2);
    for (const QString &line : lines) {
        INFO(line.toStdString());
        for (const QChar c : line)
            CHECK(c.unicode() >= 0x20);
    }
    requireLine(lines, s("\\u{1b}[31mred\\u{a}line"));
}

TEST_CASE("printableText escapes and shortens", "[schemacheck]")
{
    CHECK(printableText(s("a\tb")) == s("a\\u{9}b"));
    CHECK(printableText(s("abcdef"), 4) == s("abc…"));
    CHECK(printableText(s("Amélie"), -1) == s("Amélie"));
}
