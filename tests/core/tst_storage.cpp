// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "sqlhelpers.h"
#include "testworkspace.h"

#include "storage/database.h"
#include "storage/fileinspection.h"
#include "storage/migrations.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QString newWorkspace(const QTemporaryDir &dir, const QString &name = QStringLiteral("w.quorum"))
{
    const QString path = dir.filePath(name);
    auto db = Database::create(path);
    REQUIRE(db.ok());
    return path;
}

// Opening must refuse the file with a message containing `expected`, and leave it as it was.
void requireRefused(const QString &path, const QString &expected)
{
    const QByteArray before = readFile(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().toStdString());
    CHECK(opened.error().contains(expected));
    CHECK(opened.error().contains(QFileInfo(path).fileName()));
    CHECK(readFile(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

QStringList schemaDump(const QString &path)
{
    QStringList rows;
    REQUIRE(runSql(path, {QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                         "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")},
                   &rows));
    return rows;
}

} // namespace

TEST_CASE("A new workspace is marked as Quorum's and reaches the latest schema")
{
    QTemporaryDir dir;
    const QString path = newWorkspace(dir);
    QStringList rows;
    REQUIRE(runSql(path, {QStringLiteral("PRAGMA application_id"), QStringLiteral("PRAGMA user_version"),
                          QStringLiteral("PRAGMA journal_mode")},
                   &rows));
    CHECK(rows == QStringList{QString::number(workspaceApplicationId), QString::number(latestSchemaVersion()),
                              QStringLiteral("wal")});
    auto info = inspectWorkspaceFile(path);
    REQUIRE(info.ok());
    CHECK(info.value().schemaVersion == latestSchemaVersion());
}

TEST_CASE("The schema matches the committed golden dump")
{
    QTemporaryDir dir;
    const QString path = newWorkspace(dir);
    const QStringList expected = QString::fromUtf8(readFile(QStringLiteral(QUORUM_TEST_DATA "/schema.txt")))
                                     .split(u'\n', Qt::SkipEmptyParts);
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(schemaDump(path) == expected);
}

TEST_CASE("Every column the schema describes exists in its table")
{
    QTemporaryDir dir;
    const QString path = newWorkspace(dir);
    for (Entity entity : allEntities) {
        const EntitySpec &spec = entitySpec(entity);
        QStringList columns;
        REQUIRE(runSql(path, {u"SELECT name FROM pragma_table_info('"_qs + spec.table + u"') ORDER BY cid"_qs}, &columns));
        QStringList expected{QStringLiteral("id")};
        if (spec.ordered)
            expected << QStringLiteral("position");
        expected << spec.columnNames();
        std::sort(columns.begin(), columns.end());
        std::sort(expected.begin(), expected.end());
        INFO(spec.table.toStdString());
        CHECK(columns == expected);
    }
}

TEST_CASE("A new workspace holds the five Brussels bassins")
{
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("w.quorum")));
    REQUIRE(db.ok());
    const QList<Record> bassins = db.value()->records(Entity::Bassin);
    REQUIRE(bassins.size() == 5);
    QStringList names;
    for (const Record &b : bassins)
        names << b.bilingual(QStringLiteral("name")).sideBySide();
    CHECK(names == QStringList{QStringLiteral("Nord / Noord"), QStringLiteral("Nord-Est / Noord-Oost"),
                               QStringLiteral("Sud-Est / Zuid-Oost"), QStringLiteral("Sud / Zuid"),
                               QStringLiteral("Centre-Ouest / Centrum-West")});
}

TEST_CASE("Creating a workspace never replaces an existing file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.quorum"));
    REQUIRE(writeFile(path, "precious"));
    auto created = Database::create(path);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().contains(QStringLiteral("already exists")));
    CHECK(readFile(path) == "precious");
    auto nowhere = Database::create(dir.filePath(QStringLiteral("missing/folder/w.quorum")));
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.error().contains(QStringLiteral("folder does not exist")));
}

TEST_CASE("Files that are not sound workspaces are refused untouched")
{
    QTemporaryDir dir;
    SECTION("missing")
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("nothing.quorum")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("no such file")));
    }
    SECTION("empty")
    {
        const QString path = dir.filePath(QStringLiteral("empty.quorum"));
        REQUIRE(writeFile(path, QByteArray()));
        requireRefused(path, QStringLiteral("empty"));
    }
    SECTION("text")
    {
        const QString path = dir.filePath(QStringLiteral("notes.quorum"));
        REQUIRE(writeFile(path, QByteArray("Ordre du jour\nAccueil\n").repeated(20)));
        requireRefused(path, QStringLiteral("not an SQLite database"));
    }
    SECTION("foreign SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("foreign.quorum"));
        REQUIRE(runSql(path, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")}));
        requireRefused(path, QStringLiteral("not a Quorum workspace"));
    }
    SECTION("newer schema")
    {
        const QString path = newWorkspace(dir);
        REQUIRE(runSql(path, {QStringLiteral("PRAGMA user_version = 99")}));
        requireRefused(path, QStringLiteral("newer version of Quorum"));
    }
    SECTION("truncated")
    {
        QTemporaryDir source;
        const QString full = newWorkspace(source);
        // Enough content that the file has many pages, then cut it in half.
        REQUIRE(runSql(full, {QStringLiteral("CREATE TABLE filler (x)"),
                              QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                             "INSERT INTO filler SELECT hex(randomblob(64)) FROM n"),
                              QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}));
        const QByteArray bytes = readFile(full);
        REQUIRE(bytes.size() > 100000);
        const QString path = dir.filePath(QStringLiteral("cut.quorum"));
        REQUIRE(writeFile(path, bytes.left(bytes.size() / 2)));
        requireRefused(path, QStringLiteral("damaged"));
    }
}

TEST_CASE("A workspace open in one place cannot be opened a second time")
{
    QTemporaryDir dir;
    const QString path = newWorkspace(dir);
    auto first = Database::open(path);
    REQUIRE(first.ok());
    auto second = Database::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().contains(QStringLiteral("already open")));
    first.value().reset();
    auto third = Database::open(path);
    CHECK(third.ok());
}

TEST_CASE("A lock left by a crashed Quorum does not keep the workspace closed")
{
    QTemporaryDir dir;
    const QString path = newWorkspace(dir);
    // QLockFile's format: pid, application, host. A pid that cannot exist is stale.
    REQUIRE(writeFile(path + QStringLiteral(".lock"),
                      "2147483000\nquorum\n" + QSysInfo::machineHostName().toUtf8() + "\n"));
    auto opened = Database::open(path);
    CHECK(opened.ok());
}

TEST_CASE("Ordered records keep dense positions through insert move and remove")
{
    Fixture f;
    Database &db = f.workspace->storage();
    auto titles = [&] {
        QStringList result;
        for (const Record &r : db.records(Entity::AgendaItem, f.meetingId))
            result << r.text(QStringLiteral("title_fr")) + u'@' + QString::number(r.position());
        return result;
    };
    CHECK(titles() == QStringList{QStringLiteral("Accueil@0"), QStringLiteral("Gouvernance@1"), QStringLiteral("Ateliers@2")});

    Record pause(Entity::AgendaItem, {{QStringLiteral("meeting_id"), f.meetingId}, {QStringLiteral("position"), 1}});
    pause.setBilingual(QStringLiteral("title"), {QStringLiteral("Pause"), QStringLiteral("Pauze")});
    const qint64 pauseId = db.insert(pause).value();
    CHECK(titles() == QStringList{QStringLiteral("Accueil@0"), QStringLiteral("Pause@1"), QStringLiteral("Gouvernance@2"),
                                  QStringLiteral("Ateliers@3")});

    REQUIRE(db.move(Entity::AgendaItem, pauseId, 3).ok());
    CHECK(titles() == QStringList{QStringLiteral("Accueil@0"), QStringLiteral("Gouvernance@1"), QStringLiteral("Ateliers@2"),
                                  QStringLiteral("Pause@3")});
    REQUIRE(db.move(Entity::AgendaItem, pauseId, -5).ok()); // clamped to the first place
    CHECK(titles().first() == QStringLiteral("Pause@0"));

    REQUIRE(db.remove(Entity::AgendaItem, f.itemIds.at(0)).ok());
    CHECK(titles() == QStringList{QStringLiteral("Pause@0"), QStringLiteral("Gouvernance@1"), QStringLiteral("Ateliers@2")});
}

TEST_CASE("Removing a record takes its descendants and restoring brings back exactly them")
{
    Fixture f;
    Database &db = f.workspace->storage();
    Record doc(Entity::Document, {{QStringLiteral("agenda_item_id"), f.itemIds.at(1)}, {QStringLiteral("send_ahead"), true}});
    doc.setBilingual(QStringLiteral("title"), {QStringLiteral("Charte"), QStringLiteral("Handvest")});
    REQUIRE(db.insert(doc).ok());
    const QByteArray before = f.json();

    auto removed = db.remove(Entity::Meeting, f.meetingId);
    REQUIRE(removed.ok());
    CHECK(removed.value().records.size() == 5); // meeting, three items, one document
    CHECK(removed.value().records.first().entity == Entity::Meeting);
    CHECK(db.records(Entity::AgendaItem).isEmpty());
    CHECK(db.records(Entity::Document).isEmpty());

    REQUIRE(db.restore(removed.value()).ok());
    CHECK(f.json() == before);
}

TEST_CASE("Removing a subgroup clears the memberships that pointed to it and restore sets them back")
{
    Fixture f;
    Database &db = f.workspace->storage();
    Record subgroup(Entity::Subgroup, {{QStringLiteral("council_id"), f.councilId}});
    subgroup.setBilingual(QStringLiteral("name"), {QStringLiteral("Binôme Nord"), QStringLiteral("Duo Noord")});
    const qint64 subgroupId = db.insert(subgroup).value();
    const qint64 personId = db.insert(Record(Entity::Person, {{QStringLiteral("name"), QStringLiteral("Lotte Maes")}})).value();
    const qint64 membershipId = db.insert(Record(Entity::Membership, {{QStringLiteral("council_id"), f.councilId},
                                                                      {QStringLiteral("person_id"), personId},
                                                                      {QStringLiteral("subgroup_id"), subgroupId}}))
                                    .value();
    const QByteArray before = f.json();
    auto removed = db.remove(Entity::Subgroup, subgroupId);
    REQUIRE(removed.ok());
    REQUIRE(removed.value().cleared.size() == 1);
    CHECK(db.record(Entity::Membership, membershipId)->value(QStringLiteral("subgroup_id")).isNull());
    REQUIRE(db.restore(removed.value()).ok());
    CHECK(db.record(Entity::Membership, membershipId)->number(QStringLiteral("subgroup_id")) == subgroupId);
    CHECK(f.json() == before);
}

TEST_CASE("Writes are refused with a reason and change nothing")
{
    Fixture f;
    Database &db = f.workspace->storage();
    const QByteArray before = f.json();

    auto dangling = db.insert(Record(Entity::Membership, {{QStringLiteral("council_id"), f.councilId},
                                                          {QStringLiteral("person_id"), 4242}}));
    REQUIRE_FALSE(dangling.ok());
    CHECK(dangling.error().contains(QStringLiteral("does not exist")));

    auto unknown = db.insert(Record(Entity::Person, {{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("shoe_size"), 44}}));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("shoe_size")));

    auto untitled = db.insert(Record(Entity::AgendaItem, {{QStringLiteral("meeting_id"), f.meetingId}}));
    REQUIRE_FALSE(untitled.ok());
    CHECK(untitled.error().contains(QStringLiteral("French or in Dutch")));

    // Emptying one half of a required bilingual title is fine; emptying both is not.
    REQUIRE(db.update(Entity::AgendaItem, f.itemIds.at(0), QStringLiteral("title_nl"), QString()).ok());
    auto bothEmpty = db.update(Entity::AgendaItem, f.itemIds.at(0), QStringLiteral("title_fr"), QStringLiteral("  "));
    REQUIRE_FALSE(bothEmpty.ok());
    REQUIRE(db.update(Entity::AgendaItem, f.itemIds.at(0), QStringLiteral("title_nl"), QStringLiteral("Accueil NL")).ok());

    CHECK_FALSE(db.update(Entity::AgendaItem, f.itemIds.at(0), QStringLiteral("meeting_id"), f.meetingId).ok());
    CHECK_FALSE(db.update(Entity::AgendaItem, 999999, QStringLiteral("presenter"), QStringLiteral("X")).ok());
    CHECK_FALSE(db.remove(Entity::AgendaItem, 999999).ok());
    CHECK(f.json() == before);
}

TEST_CASE("A failed step inside a transaction rolls back the whole of it")
{
    Fixture f;
    Database &db = f.workspace->storage();
    const QByteArray before = f.json();
    auto result = db.transaction([&]() -> Result<void> {
        if (auto r = db.update(Entity::AgendaItem, f.itemIds.at(0), QStringLiteral("presenter"), QStringLiteral("Karim")); !r)
            return r;
        if (auto r = db.remove(Entity::AgendaItem, f.itemIds.at(1)); !r)
            return Result<void>::failure(r.error());
        return Result<void>::failure(QStringLiteral("stop"));
    });
    REQUIRE_FALSE(result.ok());
    CHECK(result.error() == QStringLiteral("stop"));
    CHECK(f.json() == before);
}

TEST_CASE("Hostile text is stored and read back exactly")
{
    Fixture f;
    Database &db = f.workspace->storage();
    const QString hostile = QStringLiteral("<b>A&B</b> \"quoted\" 'single' ; DROP TABLE person; -- 🎉 Ça va? Één\ttab\nnew line");
    const qint64 id = db.insert(Record(Entity::Person, {{QStringLiteral("name"), hostile}, {QStringLiteral("organisation"), QString(300, u'é')}})).value();
    const auto person = db.record(Entity::Person, id);
    REQUIRE(person);
    CHECK(person->text(QStringLiteral("name")) == hostile);
    CHECK(person->text(QStringLiteral("organisation")) == QString(300, u'é'));
    CHECK(db.count(Entity::Person) == 1);
}

TEST_CASE("Save a copy writes a consistent workspace and refuses unsafe targets")
{
    Fixture f;
    Database &db = f.workspace->storage();
    const QString copy = f.path(QStringLiteral("copy.quorum"));
    REQUIRE(db.saveCopy(copy).ok());
    REQUIRE(inspectWorkspaceFile(copy).ok());
    {
        auto reopened = Database::open(copy);
        REQUIRE(reopened.ok());
        CHECK(exportWorkspaceJson(*reopened.value()) == f.json());
    }
    // Replacing an existing copy is allowed (the user confirmed it in the dialog)…
    REQUIRE(db.update(Entity::AgendaItem, f.itemIds.at(0), QStringLiteral("presenter"), QStringLiteral("Sofie")).ok());
    REQUIRE(db.saveCopy(copy).ok());
    {
        auto reopened = Database::open(copy);
        REQUIRE(reopened.ok());
        CHECK(reopened.value()->record(Entity::AgendaItem, f.itemIds.at(0))->text(QStringLiteral("presenter")) == QStringLiteral("Sofie"));
        // …but not onto a workspace open in another window, nor onto itself.
        const QByteArray lockedBytes = readFile(copy);
        auto onLocked = db.saveCopy(copy);
        REQUIRE_FALSE(onLocked.ok());
        CHECK(readFile(copy) == lockedBytes);
    }
    CHECK_FALSE(db.saveCopy(db.path()).ok());
    const QStringList leftovers = QDir(f.directory.path()).entryList({QStringLiteral("*.partial*")});
    CHECK(leftovers.isEmpty());
}

TEST_CASE("A workspace of schema version 1 migrates forward with its data intact")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.quorum"));
    REQUIRE(QFile::copy(QStringLiteral(QUORUM_TEST_DATA "/demo-v1.quorum"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(inspectWorkspaceFile(path).value().schemaVersion == 1);
    {
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        const QJsonObject now = QJsonDocument::fromJson(exportWorkspaceJson(*opened.value())).object();
        const QJsonObject before = QJsonDocument::fromJson(readFile(QStringLiteral(QUORUM_TEST_DATA "/demo-v1.json"))).object();
        REQUIRE(before.value(QStringLiteral("formatVersion")).toInt() == 1);
        // Schema 7 made a person's profession and function list entries, and the meeting's
        // place bilingual: the same words, now by reference or in both languages.
        QHash<QString, QHash<qint64, QString>> listNames;
        for (const char *list : {"professions", "functions"})
            for (const QJsonValue &entry : now.value(QString::fromLatin1(list)).toArray())
                listNames[QString::fromLatin1(list)].insert(entry.toObject().value(u"id"_qs).toInteger(),
                                                            entry.toObject().value(u"name"_qs).toObject().value(u"fr"_qs).toString());
        CHECK(listNames.value(u"functions"_qs).size() == 15); // distinct texts of demo-v1, case aside
        const auto converted = [&](const QJsonObject &newRecord, const QString &key, const QJsonValue &old) {
            if (key == u"place")
                return newRecord.value(key) == QJsonValue(QJsonObject{{u"fr"_qs, old}, {u"nl"_qs, old}});
            const QJsonValue id = newRecord.value(key + u"_id");
            const QString text = old.toString().trimmed();
            if (text.isEmpty())
                return id.isNull();
            return listNames.value(key == u"profession" ? u"professions"_qs : u"functions"_qs).value(id.toInteger()).toLower()
                   == text.toLower();
        };
        // Every record and every value of version 1 is still there, unchanged.
        for (auto section = before.constBegin(); section != before.constEnd(); ++section) {
            if (!section.value().isArray())
                continue;
            const QJsonArray oldRecords = section.value().toArray();
            const QJsonArray newRecords = now.value(section.key()).toArray();
            INFO(section.key().toStdString());
            REQUIRE(newRecords.size() == oldRecords.size());
            for (qsizetype i = 0; i < oldRecords.size(); ++i) {
                const QJsonObject oldRecord = oldRecords.at(i).toObject();
                const QJsonObject newRecord = newRecords.at(i).toObject();
                for (auto field = oldRecord.constBegin(); field != oldRecord.constEnd(); ++field) {
                    INFO(field.key().toStdString());
                    if ((section.key() == u"people" && (field.key() == u"profession" || field.key() == u"function"))
                        || (section.key() == u"meetings" && field.key() == u"place"))
                        CHECK(converted(newRecord, field.key(), field.value()));
                    else
                        CHECK(newRecord.value(field.key()) == field.value());
                }
            }
        }
        // New fields start at their defaults.
        CHECK(now.value(QStringLiteral("councils")).toArray().at(0).toObject().value(QStringLiteral("quorum_rule")).toString() ==
              QStringLiteral("none"));
        CHECK(now.value(QStringLiteral("attendance")).toArray().isEmpty());
    }
    CHECK(inspectWorkspaceFile(path).value().schemaVersion == latestSchemaVersion());
    CHECK(schemaDump(path) == QString::fromUtf8(readFile(QStringLiteral(QUORUM_TEST_DATA "/schema.txt"))).split(u'\n', Qt::SkipEmptyParts));
}
