// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "testworkspace.h"

#include "demo.h"
#include "generator.h"
#include "jsonexchange.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QByteArray exportFile(const QString &path)
{
    auto db = Database::open(path);
    REQUIRE(db.ok());
    return exportWorkspaceJson(*db.value());
}

// A small valid export to break in one place per test.
QJsonObject minimalExport()
{
    return QJsonDocument::fromJson(R"({
        "format": "quorum-workspace", "formatVersion": 1,
        "councils": [{"id": 1, "position": 0, "kind": "care", "name": {"fr": "Conseil", "nl": "Zorgraad"},
                      "acronym": {"fr": "", "nl": "ZR"}, "bassin_id": null}],
        "people": [{"id": 7, "name": "Dries Maes", "organisation": "", "sector_id": null, "profession": "",
                    "function": "", "bassin_id": 3, "language": "nl", "gender": null}],
        "memberships": [{"id": 1, "council_id": 1, "person_id": 7, "role": "voting", "subgroup_id": null,
                         "term_start": "2019-06-06", "term_end": null, "mandatory": true}]
    })").object();
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("Export then import then export gives identical bytes")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.quorum"));
    REQUIRE(writeDemoWorkspace(first).ok());
    const QByteArray json = exportFile(first);
    const QString second = dir.filePath(QStringLiteral("second.quorum"));
    REQUIRE(importWorkspaceJson(json, QStringLiteral("demo"), second).ok());
    CHECK(exportFile(second) == json);
    // The format is stable on its own terms: sorted keys, four-space indent, id order.
    CHECK(json.startsWith("{\n    \"agendaItems\": [\n        {\n"));
    CHECK(json.contains("\"format\": \"quorum-workspace\""));
    CHECK(json.contains("\"formatVersion\": 6"));
}

TEST_CASE("A generated workspace survives the round trip too")
{
    QTemporaryDir dir;
    const QString generated = dir.filePath(QStringLiteral("gen.quorum"));
    REQUIRE(generateWorkspaceFile(generated, {1, 3}).ok());
    const QByteArray json = exportFile(generated);
    const QString copy = dir.filePath(QStringLiteral("copy.quorum"));
    REQUIRE(importWorkspaceJson(json, QStringLiteral("gen"), copy).ok());
    CHECK(exportFile(copy) == json);
}

TEST_CASE("A minimal export imports with its ids and replaces nothing else")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.quorum"));
    REQUIRE(importWorkspaceJson(QJsonDocument(minimalExport()).toJson(), QStringLiteral("min.json"), out).ok());
    auto db = Database::open(out);
    REQUIRE(db.ok());
    CHECK(db.value()->records(Entity::Bassin).size() == 5); // absent array: the built-in bassins stay
    const auto person = db.value()->record(Entity::Person, 7);
    REQUIRE(person);
    CHECK(person->text(QStringLiteral("name")) == QStringLiteral("Dries Maes"));
    CHECK(db.value()->record(Entity::Membership, 1)->number(QStringLiteral("mandatory")) == 1);
}

TEST_CASE("Bad exchange files are refused with the place of the problem and leave no file")
{
    struct Bad
    {
        const char *what;
        std::function<QByteArray()> json;
        const char *expected;
    };
    auto variant = [](const std::function<void(QJsonObject &)> &change) {
        return [change] {
            QJsonObject root = minimalExport();
            change(root);
            return QJsonDocument(root).toJson();
        };
    };
    // Changes the first record of one section.
    auto editFirst = [](const char *section, const std::function<void(QJsonObject &)> &change) {
        return [section, change](QJsonObject &root) {
            const QString key = QString::fromLatin1(section);
            QJsonArray records = root.value(key).toArray();
            QJsonObject record = records.at(0).toObject();
            change(record);
            records.replace(0, record);
            root.insert(key, records);
        };
    };
    auto editPerson = [editFirst](const std::function<void(QJsonObject &)> &change) { return editFirst("people", change); };
    const std::vector<Bad> cases = {
        {"not JSON", [] { return QByteArray("{\"format\": "); }, "not valid JSON at line 1"},
        {"an array", [] { return QByteArray("[1, 2]"); }, "expected a JSON object"},
        {"another format", variant([](QJsonObject &r) { r.insert(QStringLiteral("format"), QStringLiteral("openslides")); }),
         "not a Quorum workspace export"},
        {"a newer version", variant([](QJsonObject &r) { r.insert(QStringLiteral("formatVersion"), exchangeFormatVersion + 1); }), "newer Quorum"},
        {"no version", variant([](QJsonObject &r) { r.remove(QStringLiteral("formatVersion")); }), "formatVersion"},
        {"an unknown section", variant([](QJsonObject &r) { r.insert(QStringLiteral("polls"), QJsonArray()); }),
         "unknown section \"polls\""},
        {"a section that is no array", variant([](QJsonObject &r) { r.insert(QStringLiteral("people"), 3); }),
         "\"people\" must be an array"},
        {"an unknown field", variant(editPerson([](QJsonObject &p) { p.insert(QStringLiteral("shoe"), 44); })),
         "people[0]: unknown field \"shoe\""},
        {"a missing id", variant(editPerson([](QJsonObject &p) { p.remove(QStringLiteral("id")); })), "\"id\" must be"},
        {"a fractional id", variant(editPerson([](QJsonObject &p) { p.insert(QStringLiteral("id"), 7.5); })), "\"id\" must be"},
        // Beyond qint64: converting it was undefined behaviour, caught by UBSan (fuzz_jsonimport).
        {"a huge id", variant(editPerson([](QJsonObject &p) { p.insert(QStringLiteral("id"), 1e33); })), "\"id\" must be"},
        {"a huge negative id", variant(editPerson([](QJsonObject &p) { p.insert(QStringLiteral("id"), -1e300); })), "\"id\" must be"},
        {"a wrong type", variant(editPerson([](QJsonObject &p) { p.insert(QStringLiteral("name"), 12); })),
         "\"name\" must be a string"},
        {"an unknown choice", variant(editPerson([](QJsonObject &p) { p.insert(QStringLiteral("language"), QStringLiteral("de")); })),
         "Language cannot be \"de\""},
        {"a dangling reference", variant(editPerson([](QJsonObject &p) { p.insert(QStringLiteral("bassin_id"), 99); })),
         "does not exist"},
        {"a duplicate id", variant([](QJsonObject &r) {
             QJsonArray people = r.value(QStringLiteral("people")).toArray();
             people.append(people.at(0));
             r.insert(QStringLiteral("people"), people);
         }),
         "people[1]"},
        {"a bilingual text as a string",
         variant(editFirst("councils", [](QJsonObject &c) { c.insert(QStringLiteral("name"), QStringLiteral("Conseil")); })),
         "\"name\" must be an object with the strings \"fr\" and \"nl\""},
        {"an impossible date",
         variant(editFirst("memberships", [](QJsonObject &m) { m.insert(QStringLiteral("term_start"), QStringLiteral("2019-02-30")); })),
         "memberships[0]: Term start must be a date"},
        {"an over-long text", variant(editPerson([](QJsonObject &p) { p.insert(QStringLiteral("name"), QString(5000, u'a')); })),
         "too long"},
    };
    for (const Bad &bad : cases) {
        INFO(bad.what);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.quorum"));
        auto result = importWorkspaceJson(bad.json(), QStringLiteral("in.json"), out);
        REQUIRE_FALSE(result.ok());
        INFO(result.error().toStdString());
        CHECK(result.error().contains(QString::fromUtf8(bad.expected)));
        CHECK(result.error().startsWith(QStringLiteral("in.json")));
        CHECK(filesIn(dir).isEmpty());
    }
}

TEST_CASE("Import never overwrites an existing workspace")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.quorum"));
    REQUIRE(writeFile(out, "keep me"));
    auto result = importWorkspaceJson(QJsonDocument(minimalExport()).toJson(), QStringLiteral("in.json"), out);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(QStringLiteral("never overwrites")));
    CHECK(readFile(out) == "keep me");
    CHECK(filesIn(dir) == QStringList{QStringLiteral("out.quorum")});
}

TEST_CASE("Hostile text survives export and import literally")
{
    Fixture f;
    const QString hostile = QStringLiteral("<b>A&B</b> \"q\" \\ 🎉\n\u202Eevil");
    REQUIRE(f.workspace->setValue(Entity::AgendaItem, f.itemIds.at(0), QStringLiteral("title_fr"), hostile).ok());
    const QByteArray json = f.json();
    const QString out = f.path(QStringLiteral("back.quorum"));
    REQUIRE(importWorkspaceJson(json, QStringLiteral("x"), out).ok());
    auto db = Database::open(out);
    REQUIRE(db.ok());
    CHECK(db.value()->record(Entity::AgendaItem, f.itemIds.at(0))->text(QStringLiteral("title_fr")) == hostile);
}

TEST_CASE("Writing the export replaces the target only once complete")
{
    Fixture f;
    const QString out = f.path(QStringLiteral("out.json"));
    REQUIRE(writeFile(out, "old"));
    REQUIRE(writeWorkspaceJson(f.workspace->storage(), out).ok());
    CHECK(readFile(out) == f.json());
    auto refused = writeWorkspaceJson(f.workspace->storage(), f.path(QStringLiteral("no/such/dir/out.json")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("cannot be written")));
}
