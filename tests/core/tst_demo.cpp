// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "testworkspace.h"

#include "demo.h"

#include <QSet>

using namespace Quorum;
using namespace QuorumTest;

namespace {

struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Demo()
    {
        const QString path = dir.filePath(QStringLiteral("demo.quorum"));
        REQUIRE(writeDemoWorkspace(path).ok());
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        db = opened.take();
    }
    std::optional<Record> council(const char *kind) const
    {
        for (const Record &c : db->records(Entity::Council))
            if (c.text(QStringLiteral("kind")) == QLatin1String(kind))
                return c;
        return std::nullopt;
    }
    std::optional<Record> meeting(const QString &date) const
    {
        for (const Record &m : db->records(Entity::Meeting))
            if (m.text(QStringLiteral("date")) == date)
                return m;
        return std::nullopt;
    }
};

} // namespace

TEST_CASE("The demo holds the regional council with members across sectors bassins and languages")
{
    Demo demo;
    const auto regional = demo.council("regional");
    REQUIRE(regional);
    CHECK(regional->bilingual(QStringLiteral("name")) ==
          BilingualText{QStringLiteral("Conseil de l'Action Régionale"), QStringLiteral("Regionale Actieraad")});
    const QList<Record> members = demo.db->records(Entity::Membership, regional->id);
    CHECK(members.size() >= 30);
    const QList<Record> people = demo.db->records(Entity::Person);
    CHECK(people.size() >= 40);
    CHECK(people.size() <= 100); // the members of the sessions, plus a few walk-in guests
    QSet<qint64> sectors, bassins;
    QSet<QString> languages;
    for (const Record &p : people) {
        sectors.insert(p.number(QStringLiteral("sector_id")));
        bassins.insert(p.number(QStringLiteral("bassin_id")));
        languages.insert(p.text(QStringLiteral("language")));
    }
    CHECK(sectors.size() >= 8);
    CHECK(bassins.size() >= 5);
    CHECK(languages.contains(QStringLiteral("fr")));
    CHECK(languages.contains(QStringLiteral("nl")));
    CHECK(demo.db->records(Entity::Subgroup, regional->id).size() >= 5);
}

TEST_CASE("The demo has the sessions of the seeds with the real agenda of 13 November 2024")
{
    Demo demo;
    for (const char *date : {"2024-07-03", "2024-11-13", "2025-03-12", "2025-11-18"})
        CHECK(demo.meeting(QString::fromLatin1(date)).has_value());
    const auto november = demo.meeting(QStringLiteral("2024-11-13"));
    REQUIRE(november);
    QStringList kinds;
    for (const Record &item : demo.db->records(Entity::AgendaItem, november->id))
        kinds << item.text(QStringLiteral("kind"));
    CHECK(kinds.first() == QStringLiteral("welcome"));
    CHECK(kinds.contains(QStringLiteral("round_table")));
    CHECK(kinds.contains(QStringLiteral("workshops")));
    CHECK(kinds.contains(QStringLiteral("break")));
    const QList<Record> workshops = demo.db->records(Entity::Workshop, november->id);
    REQUIRE(workshops.size() == 6);
    CHECK(workshops.at(4).bilingual(QStringLiteral("theme")) ==
          BilingualText{QStringLiteral("La revue Zinneke"), QStringLiteral("Tijdschrift Zinneke")});
    for (const Record &w : workshops) {
        CHECK(w.bilingual(QStringLiteral("theme")).isComplete());
        CHECK(w.bilingual(QStringLiteral("questions")).isComplete());
    }
    const auto planned = demo.meeting(QStringLiteral("2025-11-18"));
    REQUIRE(planned);
    CHECK(planned->text(QStringLiteral("status")) == QStringLiteral("planned"));
    CHECK(planned->text(QStringLiteral("start_time")) == QStringLiteral("09:00"));
    CHECK(planned->text(QStringLiteral("end_time")) == QStringLiteral("13:00"));
}

TEST_CASE("The demo care council has the five clusters and seat ranges of seed 003")
{
    Demo demo;
    const auto care = demo.council("care");
    REQUIRE(care);
    const QList<Record> clusters = demo.db->records(Entity::Subgroup, care->id);
    REQUIRE(clusters.size() == 5);
    int maxSeats = 0;
    for (const Record &c : clusters)
        maxSeats += int(c.number(QStringLiteral("max_seats")));
    CHECK(maxSeats == 6 + 6 + 3 + 6 + 4);
    CHECK(clusters.last().number(QStringLiteral("max_seats")) == 4); // optional partners: at most 4
    // No one sits in two clusters.
    QSet<qint64> seated;
    for (const Record &m : demo.db->records(Entity::Membership, care->id)) {
        if (m.value(QStringLiteral("subgroup_id")).isNull())
            continue;
        CHECK_FALSE(seated.contains(m.number(QStringLiteral("person_id"))));
        seated.insert(m.number(QStringLiteral("person_id")));
    }
    CHECK(seated.size() <= 25);
}

TEST_CASE("Every demo text is bilingual where it is content")
{
    Demo demo;
    for (Entity entity : {Entity::Council, Entity::Subgroup, Entity::AgendaItem, Entity::Workshop, Entity::Sector}) {
        for (const Record &r : demo.db->records(entity)) {
            for (const Field &field : entitySpec(entity).fields) {
                if (!field.bilingual || !field.required)
                    continue;
                INFO(entitySpec(entity).table.toStdString() << " " << r.id);
                CHECK(r.bilingual(field.name).isComplete());
            }
        }
    }
}
