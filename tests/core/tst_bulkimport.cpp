// SPDX-License-Identifier: GPL-3.0-or-later
// The members import at the size issue 18 times (10,000 people): still one undoable step
// that undo and redo restore exactly, a re-import that changes nothing, and the batch
// insert under it (core/storage/batchinsert.cpp) storing what a single insert stores and
// writing none of its rows when the schema refuses one of them.

#include "catchqt.h"
#include "demoworkspace.h"
#include "testworkspace.h"

#include "members/csvfile.h"
#include "members/memberimport.h"

using namespace Quorum;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A council's spreadsheet as Excel-FR writes it, with a function and a profession the
// demo's lists lack (added by the import, in the same step).
QByteArray spreadsheet(int people)
{
    QString text = s("\xEF\xBB\xBFPrénom;Nom;Organisation;Fonction;Profession;Langue;Genre;E-mail;Rôle\r\n");
    for (int i = 0; i < people; ++i)
        text += s("Zoë;D'Hondt-%1;\"Maison médicale; n°%2\";Coordination de quartier;Travailleur·se social·e;%3;%4;"
                  "personne%1@example.be;%5\r\n")
                    .arg(i)
                    .arg(i % 300)
                    .arg(i % 3 ? s("français") : s("Nederlands"))
                    .arg(i % 2 ? s("F") : s("M"))
                    .arg(i % 7 ? s("votant") : s("consultatif"));
    return text.toUtf8();
}

// Everything an import may write, as stored.
struct Snapshot
{
    QList<Record> people, memberships, functions, professions;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

Snapshot snapshot(const Workspace &workspace)
{
    const Database &db = workspace.storage();
    return {db.records(Entity::Person), db.records(Entity::Membership), db.records(Entity::Function),
            db.records(Entity::Profession)};
}

} // namespace

TEST_CASE("A 10000-person import is one step that undo and redo restore exactly")
{
    QuorumTest::DemoWorkspace demo;
    Workspace &workspace = *demo.workspace;
    const Snapshot before = snapshot(workspace);
    const int steps = workspace.undoStack()->count();

    const MemberImportPlan plan = planMemberImport(workspace.storage(), 1, parseCsv(spreadsheet(10000)));
    INFO(describeProblems(plan).mid(0, 5).join(u'\n').toStdString());
    REQUIRE(plan.canApply());
    CHECK(plan.added == 10000);
    auto applied = applyMemberImport(workspace, plan);
    REQUIRE(applied.ok());
    CHECK(workspace.undoStack()->count() == steps + 1);
    const Snapshot after = snapshot(workspace);
    CHECK(after.people.size() == before.people.size() + 10000);
    CHECK(after.memberships.size() == before.memberships.size() + 10000);
    CHECK(after.functions.size() == before.functions.size() + 1);
    CHECK(after.professions.size() == before.professions.size() + 1);

    // Every person and membership as planned: ids one past the largest, in file order.
    const qint64 firstId = before.people.isEmpty() ? 1 : std::max_element(before.people.cbegin(), before.people.cend(), [](const Record &a, const Record &b) {
                                                              return a.id < b.id;
                                                          })->id + 1;
    const std::optional<Record> last = workspace.storage().record(Entity::Person, firstId + 9999);
    REQUIRE(last);
    CHECK(last->text(s("name")) == s("Zoë D'Hondt-9999"));
    CHECK(last->text(s("organisation")) == s("Maison médicale; n°99"));
    CHECK(last->text(s("email")) == s("personne9999@example.be"));
    CHECK(last->text(s("language")) == s("nl")); // 9999 % 3 == 0: Nederlands
    CHECK(last->text(s("gender")) == s("female"));
    const QList<Record> lastMembership = workspace.storage().recordsWhere(Entity::Membership, s("person_id"), last->id);
    REQUIRE(lastMembership.size() == 1);
    CHECK(lastMembership.first().number(s("council_id")) == 1);
    CHECK(lastMembership.first().text(s("role")) == s("voting"));

    REQUIRE(workspace.undo().ok());
    CHECK(snapshot(workspace) == before);
    REQUIRE(workspace.redo().ok());
    CHECK(snapshot(workspace) == after); // the same ids and values again
    REQUIRE(workspace.undo().ok());
    CHECK(snapshot(workspace) == before);
}

TEST_CASE("Re-importing the same 10000-person file leaves everything unchanged")
{
    QuorumTest::DemoWorkspace demo;
    Workspace &workspace = *demo.workspace;
    const QByteArray file = spreadsheet(10000);
    REQUIRE(applyMemberImport(workspace, planMemberImport(workspace.storage(), 1, parseCsv(file))).ok());
    const Snapshot imported = snapshot(workspace);
    const int steps = workspace.undoStack()->count();

    const MemberImportPlan again = planMemberImport(workspace.storage(), 1, parseCsv(file));
    REQUIRE(again.canApply());
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 10000);
    CHECK(again.newEntries.isEmpty());
    auto applied = applyMemberImport(workspace, again);
    REQUIRE(applied.ok());
    CHECK(applied.value().unchanged == 10000);
    CHECK(workspace.undoStack()->count() == steps);
    CHECK(snapshot(workspace) == imported);
}

TEST_CASE("A batch insert stores values as a single insert does")
{
    QuorumTest::Fixture f;
    Database &db = f.workspace->storage();
    const Record person(Entity::Person, {{s("name"), s("Ëlise “Ça” 😀 Straße")},
                                         {s("organisation"), QString()}, // a null text is stored empty
                                         {s("gender"), QVariant()},
                                         {s("language"), s("nl")},
                                         {s("email"), s("elise@example.be")}});
    auto single = db.insert(person);
    REQUIRE(single.ok());
    QList<Record> batch{person, person};
    REQUIRE(db.insertMany(batch).ok());
    CHECK(batch.at(0).id == single.value() + 1);
    CHECK(batch.at(1).id == single.value() + 2);
    const Record stored = *db.record(Entity::Person, single.value());
    for (const Record &record : batch) {
        Record read = *db.record(Entity::Person, record.id);
        read.id = stored.id;
        CHECK(read == stored);
    }
    CHECK(stored.value(s("gender")).isNull());
    CHECK(stored.text(s("organisation")).isEmpty());
    CHECK_FALSE(stored.value(s("organisation")).isNull());
}

TEST_CASE("A batch insert refused by the schema writes none of its rows")
{
    QuorumTest::Fixture f;
    Database &db = f.workspace->storage();
    const auto existing = db.insert(Record(Entity::Person, {{s("name"), s("Déjà là")}}));
    REQUIRE(existing.ok());
    const qint64 people = db.count(Entity::Person);
    QList<Record> batch;
    for (int i = 0; i < 200; ++i)
        batch << Record(Entity::Person, {{s("name"), s("Personne %1").arg(i)}});

    SECTION("a reference to nothing, after the first statements ran")
    {
        batch[150].values.insert(s("sector_id"), qlonglong(999999));
        auto inserted = db.insertMany(batch);
        REQUIRE_FALSE(inserted.ok());
        CHECK(inserted.error().contains(s("does not exist")));
    }
    SECTION("a value the schema refuses, before anything is written")
    {
        batch[150].values.insert(s("name"), QString());
        auto inserted = db.insertMany(batch);
        REQUIRE_FALSE(inserted.ok());
    }
    SECTION("an id already used")
    {
        batch[150].id = existing.value();
        auto inserted = db.insertMany(batch);
        REQUIRE_FALSE(inserted.ok());
    }
    CHECK(db.count(Entity::Person) == people);
    CHECK_FALSE(db.inTransaction());
}

TEST_CASE("Rows added without a map each are checked stored and undone as records are")
{
    QuorumTest::Fixture f;
    Workspace &workspace = *f.workspace;
    const EntitySpec &spec = entitySpec(Entity::Person);
    // A person as a row: a null id, then every column in order.
    auto row = [&](const QString &name) {
        QVariantList values{QVariant()};
        for (const Column &column : spec.columns)
            values << (column.name == u"name" ? QVariant(name) : column.field->defaultValue);
        return values;
    };
    const int steps = workspace.undoStack()->count();
    auto byRecords = workspace.addRecords({Record(Entity::Person, {{s("name"), s("Ëlise\x01 Straße")}})});
    REQUIRE(byRecords.ok());
    auto byRows = workspace.addRows(Entity::Person, {row(s("Ëlise\x01 Straße")), row(s("Zoë"))});
    REQUIRE(byRows.ok());
    REQUIRE(byRows.value().size() == 2);
    CHECK(byRows.value().at(0) == byRecords.value().at(0) + 1);
    CHECK(workspace.undoStack()->count() == steps + 2);
    Record first = *workspace.storage().record(Entity::Person, byRows.value().at(0));
    first.id = byRecords.value().at(0);
    CHECK(first == *workspace.storage().record(Entity::Person, byRecords.value().at(0))); // cleaned and stored alike
    CHECK(first.text(s("name")) == s("Ëlise Straße"));

    const qint64 people = workspace.storage().count(Entity::Person);
    REQUIRE(workspace.undo().ok());
    CHECK(workspace.storage().count(Entity::Person) == people - 2);
    REQUIRE(workspace.redo().ok());
    CHECK(workspace.storage().record(Entity::Person, byRows.value().at(1))->text(s("name")) == s("Zoë")); // the same ids

    // A row the schema refuses, or with too few values, writes none of its batch.
    QVariantList shortRow = row(s("Trop court"));
    shortRow.removeLast();
    CHECK_FALSE(workspace.addRows(Entity::Person, {row(s("Bon")), row(QString())}).ok());
    CHECK_FALSE(workspace.addRows(Entity::Person, {row(s("Bon")), shortRow}).ok());
    CHECK(workspace.storage().count(Entity::Person) == people);
    CHECK(workspace.undoStack()->count() == steps + 2);
}

TEST_CASE("A batch record naming a field that is no column is refused by name")
{
    QuorumTest::Fixture f;
    Database &db = f.workspace->storage();
    const qint64 people = db.count(Entity::Person);
    QList<Record> batch{Record(Entity::Person, {{s("name"), s("Un")}}),
                        Record(Entity::Person, {{s("name"), QString()}, {s("nickname"), s("Deux")}})};
    auto inserted = db.insertMany(batch);
    REQUIRE_FALSE(inserted.ok());
    CHECK(inserted.error().contains(s("nickname"))); // said before the empty name
    CHECK(db.count(Entity::Person) == people);
}
