// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "schema.h"

#include <QDate>

using namespace Quorum;

namespace {

const Column &column(Entity entity, const char *name)
{
    const Column *c = entitySpec(entity).column(QString::fromLatin1(name));
    REQUIRE(c);
    return *c;
}

struct Case
{
    Entity entity;
    const char *column;
    QVariant input;
    bool accepted;
    QVariant stored;
};

} // namespace

TEST_CASE("Values are normalised or refused by their field type")
{
    const QVariant null;
    const std::vector<Case> cases = {
        // Plain texts: kept as typed; required ones refuse blanks; long ones are refused.
        {Entity::Person, "name", QStringLiteral("Amina"), true, QStringLiteral("Amina")},
        {Entity::Person, "name", QStringLiteral("   "), false, null},
        {Entity::Person, "organisation", null, true, QStringLiteral("")},
        {Entity::Person, "organisation", QString(300, u'x'), true, QString(300, u'x')},
        {Entity::Person, "organisation", QString(301, u'x'), false, null},
        {Entity::AgendaItem, "notes_fr", QString(100000, u'x'), true, QString(100000, u'x')},
        {Entity::AgendaItem, "notes_fr", QString(100001, u'x'), false, null},
        // Halves of a required bilingual text may be empty; the record check needs one.
        {Entity::AgendaItem, "title_nl", QString(), true, QStringLiteral("")},
        // Integers: whole numbers within range; empty clears an optional one.
        {Entity::AgendaItem, "planned_minutes", 45, true, qlonglong(45)},
        {Entity::AgendaItem, "planned_minutes", QStringLiteral(" 0 "), true, qlonglong(0)},
        {Entity::AgendaItem, "planned_minutes", 1440, true, qlonglong(1440)},
        {Entity::AgendaItem, "planned_minutes", 1441, false, null},
        {Entity::AgendaItem, "planned_minutes", -1, false, null},
        {Entity::AgendaItem, "planned_minutes", QStringLiteral("12.5"), false, null},
        {Entity::AgendaItem, "planned_minutes", QStringLiteral("abc"), false, null},
        {Entity::AgendaItem, "planned_minutes", QString(), true, null},
        // Booleans.
        {Entity::Document, "send_ahead", true, true, qlonglong(1)},
        {Entity::Document, "send_ahead", QStringLiteral("0"), true, qlonglong(0)},
        {Entity::Document, "send_ahead", QStringLiteral("maybe"), false, null},
        // Dates: ISO, real, plausible.
        {Entity::Meeting, "date", QStringLiteral("2024-11-13"), true, QStringLiteral("2024-11-13")},
        {Entity::Meeting, "date", QDate(2025, 3, 12), true, QStringLiteral("2025-03-12")},
        {Entity::Meeting, "date", QStringLiteral("2025-02-30"), false, null},
        {Entity::Meeting, "date", QStringLiteral("13/11/2024"), false, null},
        {Entity::Meeting, "date", QStringLiteral("1899-12-31"), false, null},
        {Entity::Meeting, "date", QString(), false, null},
        {Entity::Membership, "term_end", QString(), true, null},
        // Times.
        {Entity::Meeting, "start_time", QStringLiteral("9:30"), true, QStringLiteral("09:30")},
        {Entity::Meeting, "start_time", QStringLiteral("24:00"), false, null},
        {Entity::Meeting, "start_time", QString(), true, null},
        // Choices: stable codes only.
        {Entity::AgendaItem, "kind", QStringLiteral("decision"), true, QStringLiteral("decision")},
        {Entity::AgendaItem, "kind", QStringLiteral("Decision"), false, null},
        {Entity::Person, "gender", QString(), true, null},
        {Entity::Person, "language", QString(), false, null},
        // References: positive ids, or null where optional.
        {Entity::Person, "sector_id", 3, true, qlonglong(3)},
        {Entity::Person, "sector_id", 0, false, null},
        {Entity::Person, "sector_id", QString(), true, null},
        {Entity::Membership, "person_id", QString(), false, null},
    };
    for (const Case &c : cases) {
        INFO(entitySpec(c.entity).table.toStdString() << "." << c.column << " <- " << c.input.toString().left(20).toStdString());
        const auto result = normaliseValue(column(c.entity, c.column), c.input);
        REQUIRE(result.ok() == c.accepted);
        if (c.accepted) {
            CHECK(result.value() == c.stored);
            CHECK(result.value().isNull() == c.stored.isNull());
        } else {
            CHECK_FALSE(result.error().isEmpty());
        }
    }
}

TEST_CASE("Refusals name the field the user edited")
{
    const auto tooLong = normaliseValue(column(Entity::AgendaItem, "planned_minutes"), 2000);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().contains(QStringLiteral("Minutes")));
    CHECK(tooLong.error().contains(QStringLiteral("1440")));
    const auto badDate = normaliseValue(column(Entity::Meeting, "date"), QStringLiteral("tomorrow"));
    REQUIRE_FALSE(badDate.ok());
    CHECK(badDate.error().contains(QStringLiteral("YYYY-MM-DD")));
}

TEST_CASE("Bilingual fields are stored as a French and a Dutch column")
{
    const EntitySpec &spec = entitySpec(Entity::Workshop);
    CHECK(spec.column(QStringLiteral("theme_fr"))->language == Language::French);
    CHECK(spec.column(QStringLiteral("theme_nl"))->language == Language::Dutch);
    CHECK(spec.column(QStringLiteral("theme")) == nullptr);
    CHECK(spec.column(QStringLiteral("room"))->language == std::nullopt);
    CHECK(columnLabel(*spec.column(QStringLiteral("theme_nl"))) == QStringLiteral("Theme (NL)"));
}

TEST_CASE("Every entity lists its references after the entities they point to")
{
    for (size_t i = 0; i < allEntities.size(); ++i) {
        const EntitySpec &spec = entitySpec(allEntities[i]);
        CHECK(spec.entity == allEntities[i]);
        for (const Field &field : spec.fields) {
            if (field.type != FieldType::Reference)
                continue;
            const auto target = std::find(allEntities.begin(), allEntities.end(), field.references);
            INFO(spec.table.toStdString() << "." << field.name.toStdString());
            CHECK(size_t(target - allEntities.begin()) < i);
        }
        if (!spec.parentField.isEmpty()) {
            REQUIRE(spec.field(spec.parentField));
            CHECK(spec.field(spec.parentField)->onDelete == OnDelete::Cascade);
            CHECK(spec.field(spec.parentField)->required);
        }
    }
}

TEST_CASE("Choice labels are readable and unknown codes show as they are")
{
    const Field &kind = *entitySpec(Entity::AgendaItem).field(QStringLiteral("kind"));
    CHECK(choiceLabel(kind, QStringLiteral("round_table")) == QStringLiteral("Round table"));
    CHECK(choiceLabel(kind, QStringLiteral("mystery")) == QStringLiteral("mystery"));
    CHECK(entityLabel(Entity::AgendaItem) == QStringLiteral("Agenda item"));
}
