// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "testworkspace.h"

#include "settings/lists.h"

using namespace Quorum;

namespace {

QStringList names(const Workspace &workspace, Entity list)
{
    QStringList result;
    for (const Record &r : workspace.records(list))
        result << r.text(u"name_fr"_qs) + u'|' + r.text(u"name_nl"_qs);
    return result;
}

qint64 addPerson(Workspace &workspace, const QString &name, const QString &column, qint64 entry)
{
    return workspace.storage().insert(Record(Entity::Person, {{u"name"_qs, name}, {column, entry}})).value();
}

} // namespace

TEST_CASE("Every managed list adds renames reorders and undoes as single steps")
{
    QuorumTest::Fixture f;
    Workspace &w = *f.workspace;
    for (Entity list : managedLists) {
        INFO(entitySpec(list).table.toStdString());
        const qint64 a = addListEntry(w, list, {u"Terrain"_qs, u"Terrein"_qs}).value();
        const qint64 b = addListEntry(w, list, {u"Direction"_qs, u"Directie"_qs}).value();
        CHECK(names(w, list) == QStringList{u"Terrain|Terrein"_qs, u"Direction|Directie"_qs});
        REQUIRE(renameListEntry(w, list, a, {u"Terrain social"_qs, u"Sociaal terrein"_qs}).ok());
        REQUIRE(moveListEntry(w, list, b, 0).ok());
        CHECK(names(w, list) == QStringList{u"Direction|Directie"_qs, u"Terrain social|Sociaal terrein"_qs});
        REQUIRE(w.undo().ok()); // the move
        REQUIRE(w.undo().ok()); // the rename, both languages at once
        CHECK(names(w, list) == QStringList{u"Terrain|Terrein"_qs, u"Direction|Directie"_qs});
        REQUIRE(w.redo().ok());
        CHECK(names(w, list).first() == u"Terrain social|Sociaal terrein"_qs);
    }
}

TEST_CASE("A list entry needs both names and none taken case and accents aside")
{
    QuorumTest::Fixture f;
    Workspace &w = *f.workspace;
    REQUIRE(addListEntry(w, Entity::Function, {u"Coordination"_qs, u"Coördinatie"_qs}).ok());
    const int steps = w.undoStack()->count();
    struct Row
    {
        const char *fr;
        const char *nl;
    };
    const Row refused[] = {{"", "Beleid"}, {"Politique", "  "}, {"COORDINATION", "Iets"}, {"Autre", "coordinatie"},
                           {"Coördination", "X"}};
    for (const Row &row : refused) {
        INFO(row.fr << " / " << row.nl);
        const Result<qint64> added = addListEntry(w, Entity::Function, {QString::fromUtf8(row.fr), QString::fromUtf8(row.nl)});
        CHECK_FALSE(added.ok());
        CHECK_FALSE(added.error().isEmpty());
    }
    CHECK(w.undoStack()->count() == steps);
    CHECK(w.records(Entity::Function).size() == 1);
    CHECK_FALSE(addListEntry(w, Entity::Bassin, {u"X"_qs, u"Y"_qs}).ok()); // not a list the council manages
}

TEST_CASE("Merging moves every person to the kept entry and removes the other in one undoable step")
{
    QuorumTest::Fixture f;
    Workspace &w = *f.workspace;
    const qint64 terrain = addListEntry(w, Entity::Function, {u"Terrain"_qs, u"Terrain"_qs}).value();
    const qint64 terrein = addListEntry(w, Entity::Function, {u"Terrein"_qs, u"Terrein"_qs}).value();
    const qint64 p1 = addPerson(w, u"Ann"_qs, u"function_id"_qs, terrain);
    const qint64 p2 = addPerson(w, u"Bart"_qs, u"function_id"_qs, terrein);
    const qint64 p3 = addPerson(w, u"Chloé"_qs, u"function_id"_qs, terrein);
    CHECK(listEntryUses(w, Entity::Function, terrein) == 2);
    const int steps = w.undoStack()->count();
    REQUIRE(mergeListEntries(w, Entity::Function, terrein, terrain).ok());
    CHECK(w.undoStack()->count() == steps + 1);
    for (qint64 p : {p1, p2, p3})
        CHECK(w.record(Entity::Person, p)->number(u"function_id"_qs) == terrain);
    CHECK_FALSE(w.record(Entity::Function, terrein));
    REQUIRE(w.undo().ok());
    CHECK(w.record(Entity::Person, p2)->number(u"function_id"_qs) == terrein);
    CHECK(w.record(Entity::Person, p1)->number(u"function_id"_qs) == terrain);
    CHECK(listEntryUses(w, Entity::Function, terrein) == 2);
    CHECK_FALSE(mergeListEntries(w, Entity::Function, terrain, terrain).ok());
}

TEST_CASE("An entry still used is not removed and the message says how many people use it")
{
    QuorumTest::Fixture f;
    Workspace &w = *f.workspace;
    const qint64 sector = addListEntry(w, Entity::Sector, {u"Santé mentale"_qs, u"Geestelijke gezondheid"_qs}).value();
    const qint64 person = addPerson(w, u"Ann"_qs, u"sector_id"_qs, sector);
    const Result<void> refused = removeListEntry(w, Entity::Sector, sector);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(u"Santé mentale"_qs));
    CHECK(refused.error().contains(u"1"_qs));
    CHECK(w.record(Entity::Sector, sector));
    CHECK(w.record(Entity::Person, person)->number(u"sector_id"_qs) == sector);
    REQUIRE(w.storage().update(Entity::Person, person, u"sector_id"_qs, QVariant()).ok());
    REQUIRE(removeListEntry(w, Entity::Sector, sector).ok());
    CHECK_FALSE(w.record(Entity::Sector, sector));
}

TEST_CASE("A new workspace's lists are seeded once and only when empty")
{
    QuorumTest::Fixture f;
    Database &db = f.workspace->storage();
    REQUIRE(seedDefaultLists(db).ok());
    const qint64 sectors = db.count(Entity::Sector);
    CHECK(sectors >= 10);
    CHECK(db.count(Entity::Profession) >= 10);
    CHECK(db.count(Entity::Function) >= 4);
    for (Entity list : managedLists)
        for (const Record &r : db.records(list))
            CHECK(r.bilingual(u"name"_qs).isComplete());
    REQUIRE(seedDefaultLists(db).ok());
    CHECK(db.count(Entity::Sector) == sectors);
}
