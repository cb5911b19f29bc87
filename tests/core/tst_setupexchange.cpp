// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "testworkspace.h"

#include "jsonexchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Quorum;
using namespace QuorumTest;

TEST_CASE("A version 4 export imports its free-text professions functions and place as bilingual data")
{
    const QByteArray v4 = R"({
        "format": "quorum-workspace", "formatVersion": 4,
        "councils": [{"id": 1, "position": 0, "kind": "care", "name": {"fr": "Conseil", "nl": "Zorgraad"},
                      "acronym": {"fr": "", "nl": "ZR"}, "bassin_id": null}],
        "people": [{"id": 7, "name": "Dries", "profession": "huisarts", "function": "Terrein", "language": "nl"},
                   {"id": 8, "name": "Anne", "profession": " Huisarts ", "function": "", "language": "fr"},
                   {"id": 9, "name": "Zoé", "profession": "sage-femme", "function": "terrein", "language": "fr"}],
        "meetings": [{"id": 1, "council_id": 1, "date": "2019-06-06", "place": "Huis voor Gezondheid, Brussel"}]
    })";
    QTemporaryDir dir;
    const QString out = dir.filePath(u"v4.quorum"_qs);
    const Result<void> imported = importWorkspaceJson(v4, u"v4.json"_qs, out);
    INFO((imported ? QString() : imported.error()).toStdString());
    REQUIRE(imported.ok());
    auto db = Database::open(out);
    REQUIRE(db.ok());
    const QList<Record> professions = db.value()->records(Entity::Profession);
    REQUIRE(professions.size() == 2); // "huisarts" and " Huisarts " are one entry
    CHECK(professions.at(0).bilingual(u"name"_qs) == BilingualText{u"huisarts"_qs, u"huisarts"_qs});
    CHECK(db.value()->records(Entity::Function).size() == 1);
    const auto person = [&](qint64 id) { return *db.value()->record(Entity::Person, id); };
    CHECK(person(7).number(u"profession_id"_qs) == person(8).number(u"profession_id"_qs));
    CHECK(person(8).value(u"function_id"_qs).isNull());
    CHECK(person(9).number(u"function_id"_qs) == person(7).number(u"function_id"_qs));
    const Record meeting = *db.value()->record(Entity::Meeting, 1);
    CHECK(meeting.bilingual(u"place"_qs) == BilingualText{u"Huis voor Gezondheid, Brussel"_qs, u"Huis voor Gezondheid, Brussel"_qs});
}

TEST_CASE("The council's new settings and the bilingual place travel through the exchange format")
{
    Fixture f;
    Database &db = f.workspace->storage();
    for (const auto &[column, value] : std::initializer_list<std::pair<const char *, QVariant>>{
             {"seat_cap", 25}, {"no_open_seats", 1}, {"min_language_share", 20}, {"min_bassin_share", 10}})
        REQUIRE(db.update(Entity::Council, f.councilId, QString::fromLatin1(column), value).ok());
    REQUIRE(db.update(Entity::Meeting, f.meetingId, u"place_nl"_qs, u"Brussel"_qs).ok());
    const QJsonObject root = QJsonDocument::fromJson(f.json()).object();
    CHECK(root.value(u"formatVersion"_qs).toInt() == exchangeFormatVersion);
    const QJsonObject council = root.value(u"councils"_qs).toArray().first().toObject();
    CHECK(council.value(u"seat_cap"_qs).toInt() == 25);
    CHECK(council.value(u"no_open_seats"_qs).toBool());
    CHECK(council.value(u"min_language_share"_qs).toInt() == 20);
    CHECK(council.value(u"min_bassin_share"_qs).toInt() == 10);
    CHECK(root.value(u"meetings"_qs).toArray().first().toObject().value(u"place"_qs).toObject().value(u"nl"_qs).toString()
          == u"Brussel"_qs);
    CHECK(root.contains(u"professions"_qs));
    CHECK(root.contains(u"functions"_qs));
    const QString copy = f.path(u"copy.quorum"_qs);
    REQUIRE(importWorkspaceJson(f.json(), u"copy.json"_qs, copy).ok());
    auto reopened = Database::open(copy);
    REQUIRE(reopened.ok());
    CHECK(exportWorkspaceJson(*reopened.value()) == f.json());
}
