// SPDX-License-Identifier: GPL-3.0-or-later
// The exchange export and import stream (core/exchange): the export writes the bytes the
// whole-document export wrote, and the import refuses a truncated, hostile or huge file with
// one message, having held no more of it than one record, and leaves no file behind.

#include "catchqt.h"
#include "testworkspace.h"

#include "demo.h"
#include "exchange/exchangereader.h"
#include "generator.h"
#include "jsonexchange.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The export as Quorum wrote it before it streamed: one QJsonDocument of the whole workspace.
QByteArray wholeDocumentExport(const Database &database)
{
    QJsonObject root;
    root.insert(s("format"), s("quorum-workspace"));
    root.insert(s("formatVersion"), exchangeFormatVersion);
    for (Entity entity : allEntities) {
        QList<Record> records = database.records(entity);
        std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
        QJsonArray array;
        for (const Record &record : records)
            array.append(recordToJson(record));
        root.insert(entitySpec(entity).jsonKey, array);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
}

QByteArray demoJson(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(s("demo.quorum"));
    REQUIRE(writeDemoWorkspace(path).ok());
    auto db = Database::open(path);
    REQUIRE(db.ok());
    return exportWorkspaceJson(*db.value());
}

// A device that makes an export whose one person has a name of `nameBytes` letters, without
// ever holding it: what a 500 MB file costs the importer is what it reads of it.
class HugeNameDevice : public QIODevice
{
public:
    explicit HugeNameDevice(qint64 nameBytes) : m_nameBytes(nameBytes) { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    qint64 size() const override { return m_head.size() + m_nameBytes + m_tail.size(); }
    qint64 highestRead() const { return m_highest; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 start = pos();
        const qint64 n = std::min(maxSize, size() - start);
        for (qint64 i = 0; i < n; ++i)
            data[i] = at(start + i);
        m_highest = std::max(m_highest, start + n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    char at(qint64 i) const
    {
        if (i < m_head.size())
            return m_head.at(i);
        if (i < m_head.size() + m_nameBytes)
            return 'a';
        return m_tail.at(i - m_head.size() - m_nameBytes);
    }
    const QByteArray m_head = R"({"format": "quorum-workspace", "formatVersion": 4, "people": [{"id": 1, "name": ")";
    const QByteArray m_tail = R"("}]})";
    qint64 m_nameBytes;
    qint64 m_highest = 0;
};

const char *minimalPeople = R"("people": [{"id": 7, "name": "Dries Maes", "organisation": "", "sector_id": null, "profession": "",
                    "function": "", "bassin_id": 3, "language": "nl", "gender": null}])";

} // namespace

TEST_CASE("The streamed export writes the bytes of the whole-document export", "[streaming]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(s("demo.quorum"));
    REQUIRE(writeDemoWorkspace(demo).ok());
    const QString generated = dir.filePath(s("gen.quorum"));
    REQUIRE(generateWorkspaceFile(generated, {2, 5}).ok());
    for (const QString &path : {demo, generated}) {
        INFO(path.toStdString());
        auto db = Database::open(path);
        REQUIRE(db.ok());
        const QByteArray streamed = exportWorkspaceJson(*db.value());
        CHECK(streamed == wholeDocumentExport(*db.value()));
        // And the file written through the guarded writer is the same.
        const QString out = dir.filePath(s("out.json"));
        REQUIRE(writeWorkspaceJson(*db.value(), out).ok());
        CHECK(readFile(out) == streamed);
    }
}

TEST_CASE("Hostile text is escaped as Qt escapes it", "[streaming]")
{
    Fixture f;
    const QString hostile = s("<b>A&B</b> \"q\" \\ / \t tab 🎉 \u00e9\u202E\u2028\u2029 \x7f end");
    REQUIRE(f.workspace->setValue(Entity::AgendaItem, f.itemIds.at(1), s("title_nl"), hostile).ok());
    CHECK(f.json() == wholeDocumentExport(f.workspace->storage()));
}

TEST_CASE("Sections are imported in dependency order wherever the file puts them", "[streaming]")
{
    QTemporaryDir dir;
    // Memberships first, councils last: each record refers to one read later in the file.
    const QByteArray json = QByteArray(R"({
        "memberships": [{"id": 1, "council_id": 1, "person_id": 7, "role": "voting", "subgroup_id": null,
                         "term_start": "2019-06-06", "term_end": null, "mandatory": true}],
        )") + minimalPeople + R"(,
        "formatVersion": 1,
        "councils": [{"id": 1, "position": 0, "kind": "care", "name": {"fr": "Conseil", "nl": "Zorgraad"},
                      "acronym": {"fr": "", "nl": "ZR"}, "bassin_id": null}],
        "format": "quorum-workspace"
    })";
    const QString out = dir.filePath(s("out.quorum"));
    const Result<void> imported = importWorkspaceJson(json, s("in.json"), out);
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());
    auto db = Database::open(out);
    REQUIRE(db.ok());
    CHECK(db.value()->record(Entity::Membership, 1)->number(s("person_id")) == 7);
}

TEST_CASE("Records listed out of their order take the places the file gives them", "[streaming]")
{
    // Councils are ordered among themselves. Positions with a gap, a tie and a reversal: the
    // lists are those the whole-document import made (by position, ties in file order, each
    // at its position or at the end of a shorter list).
    struct Case
    {
        std::vector<int> positions; // of the councils with ids 1, 2, 3, in file order
        std::vector<qint64> order;  // the ids as listed afterwards
    };
    const std::vector<Case> cases = {{{2, 1, 0}, {3, 2, 1}}, {{1, 1, 0}, {3, 2, 1}}, {{0, 0, 0}, {3, 2, 1}},
                                     {{9, 0, 5}, {2, 3, 1}}, {{0, 1, 2}, {1, 2, 3}}};
    for (const Case &c : cases) {
        QTemporaryDir dir;
        QByteArray councils;
        for (int i = 0; i < 3; ++i)
            councils += QByteArray(i ? ", " : "") + R"({"id": )" + QByteArray::number(i + 1) + R"(, "position": )"
                        + QByteArray::number(c.positions.at(i)) + R"(, "kind": "care", "name": {"fr": "C)" + QByteArray::number(i + 1)
                        + R"(", "nl": ""}, "acronym": {"fr": "", "nl": ""}, "bassin_id": null})";
        const QByteArray json = R"({"format": "quorum-workspace", "formatVersion": 4, "councils": [)" + councils + "]}";
        const QString out = dir.filePath(s("out.quorum"));
        REQUIRE(importWorkspaceJson(json, s("in.json"), out).ok());
        auto db = Database::open(out);
        REQUIRE(db.ok());
        std::vector<qint64> listed;
        QList<Record> records = db.value()->records(Entity::Council);
        std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) { return a.position() < b.position(); });
        for (const Record &r : records)
            listed.push_back(r.id);
        INFO(c.positions.at(0) << " " << c.positions.at(1) << " " << c.positions.at(2));
        CHECK(listed == c.order);
        for (int i = 0; i < 3; ++i)
            CHECK(records.at(i).position() == i);
    }
}

TEST_CASE("A file cut in the middle of a table is refused and leaves nothing", "[streaming]")
{
    QTemporaryDir dir;
    const QByteArray json = demoJson(dir);
    const qsizetype people = json.indexOf("\"people\": [");
    REQUIRE(people > 0);
    const qsizetype next = json.indexOf("\"", json.indexOf("\"name\"", people) + 8);
    for (qsizetype cut : {people + 30, next + 3, qsizetype(json.size() / 2), json.size() - 3}) {
        INFO(cut);
        QTemporaryDir target;
        auto result = importWorkspaceJson(json.left(cut), s("in.json"), target.filePath(s("out.quorum")));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().startsWith(s("in.json: not valid JSON at line ")));
        CHECK(filesIn(target).isEmpty());
    }
}

TEST_CASE("A text of 500 MB is refused when it passes the longest a field allows", "[streaming]")
{
    QTemporaryDir dir;
    HugeNameDevice device(500LL * 1024 * 1024);
    auto result = importWorkspaceJson(device, s("huge.json"), dir.filePath(s("out.quorum")));
    REQUIRE_FALSE(result.ok());
    INFO(result.error().toStdString());
    CHECK(result.error().startsWith(s("huge.json: line 1 holds a text longer than 8 MB")));
    CHECK(filesIn(dir).isEmpty());
    // It stopped reading soon after the limit: the rest was never read, let alone held.
    CHECK(device.highestRead() < 2 * exchangeMaxStringBytes);
}

TEST_CASE("Deep nesting is refused with a clear message", "[streaming]")
{
    const QByteArray deep(100000, '[');
    const std::vector<std::pair<const char *, QByteArray>> cases = {
        {"at the root", deep},
        {"inside a record", QByteArray(R"({"format": "quorum-workspace", "formatVersion": 4, "people": [{"id": 1, "name": )") + deep},
    };
    for (const auto &[what, json] : cases) {
        INFO(what);
        QTemporaryDir dir;
        auto result = importWorkspaceJson(json, s("deep.json"), dir.filePath(s("out.quorum")));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().startsWith(s("deep.json: values nested more than 64 levels deep at line 1")));
        CHECK(filesIn(dir).isEmpty());
    }
}

TEST_CASE("A record holding a huge array is refused before it is held", "[streaming]")
{
    QTemporaryDir dir;
    QByteArray numbers = "1";
    numbers.reserve(400001);
    for (int i = 0; i < 200000; ++i)
        numbers += ",1";
    const QByteArray json = R"({"format": "quorum-workspace", "formatVersion": 4, "people": [{"id": 1, "name": [)" + numbers + "]}]}";
    auto result = importWorkspaceJson(json, s("big.json"), dir.filePath(s("out.quorum")));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(s("holds more than 10000 values")));
    CHECK(filesIn(dir).isEmpty());
}

TEST_CASE("An import from a file reads it as it goes and gives the same workspace", "[streaming]")
{
    QTemporaryDir dir;
    const QString generated = dir.filePath(s("gen.quorum"));
    REQUIRE(generateWorkspaceFile(generated, {1, 9}).ok());
    auto db = Database::open(generated);
    REQUIRE(db.ok());
    const QString json = dir.filePath(s("gen.json"));
    REQUIRE(writeWorkspaceJson(*db.value(), json).ok());
    const QString copy = dir.filePath(s("copy.quorum"));
    REQUIRE(importWorkspaceJsonFile(json, copy).ok());
    auto reopened = Database::open(copy);
    REQUIRE(reopened.ok());
    CHECK(exportWorkspaceJson(*reopened.value()) == readFile(json));
}
