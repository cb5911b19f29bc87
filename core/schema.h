// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <array>
#include <optional>
#include <vector>

namespace Quorum {

// The kinds of record a workspace holds. The order of allEntities is dependency order:
// every entity comes after the ones it references, so exports and imports can walk it.
enum class Entity {
    Sector, Profession, Function, Bassin, Council, Charter, Subgroup, Person, Membership, Meeting, AgendaItem, Proposal, Objection,
    Document, Workshop, Attendance, SessionEvent, SynthesisSection, Vote, VoteOption, VoteElector, Ballot, VoteTally,
    MinutesTemplate, WorkshopChoice, WorkshopSeat, IdeaIssue, IdeaCard
};
inline constexpr std::array allEntities = {
    Entity::Sector,     Entity::Profession, Entity::Function,     Entity::Bassin,           Entity::Council,
    Entity::Charter,    Entity::Subgroup,   Entity::Person,     Entity::Membership, Entity::Meeting,      Entity::AgendaItem,       Entity::Proposal,
    Entity::Objection,  Entity::Document,   Entity::Workshop,     Entity::Attendance,       Entity::SessionEvent,
    Entity::SynthesisSection, Entity::Vote, Entity::VoteOption,   Entity::VoteElector,      Entity::Ballot,
    Entity::VoteTally,  Entity::MinutesTemplate, Entity::WorkshopChoice, Entity::WorkshopSeat,
    Entity::IdeaIssue,  Entity::IdeaCard};

// DateTime values are instants in UTC, stored as "yyyy-MM-ddTHH:mm:ssZ".
// RichText is the minutes' formatted text: a restricted HTML subset (see docs/format.md),
// never arbitrary markup.
enum class FieldType { Text, LongText, RichText, Integer, Boolean, Date, Time, DateTime, Choice, Reference };
enum class OnDelete { Cascade, SetNull };

// One allowed value of a Choice field: a stable code stored in files, and an English label
// (marked for translation in schema.cpp) shown to users.
struct Choice
{
    const char *code;
    const char *label;
};

// A field of an entity, as users and files see it. A bilingual field is stored in two
// columns, <name>_fr and <name>_nl, and exchanged as {"fr": …, "nl": …}.
struct Field
{
    QString name;
    FieldType type = FieldType::Text;
    const char *label = nullptr; // translatable header, context "Quorum::Schema"
    bool bilingual = false;
    bool required = false;
    int minimum = 0;
    int maximum = 0; // Integer: largest value; texts: longest length in characters
    std::vector<Choice> choices;
    Entity references = Entity::Sector;
    OnDelete onDelete = OnDelete::SetNull;
    QVariant defaultValue;
    // A Text whose content has a grammar of its own (a decision rule's code): returns the
    // canonical form, or a message for the user. Null for free text.
    Result<QString> (*validate)(const QString &value) = nullptr;
    // What a required bilingual text starts as when a user adds a record: content in both
    // languages, so a new row is valid at once and the user types over it.
    BilingualText newText;
    // Written by Quorum itself from other records (a closed vote's counted result): never
    // typed, not part of the exchange format (an import recomputes it), checked by
    // `quorum check` against a recount.
    bool derived = false;
};

// A stored column: one per plain field, two per bilingual field.
struct Column
{
    QString name;
    const Field *field = nullptr;
    std::optional<Language> language; // set for the halves of a bilingual field
};

struct EntitySpec
{
    Entity entity;
    QString table;   // SQL table, singular snake_case
    QString jsonKey; // array name in the exchange format
    const char *label = nullptr;       // translatable singular name
    QString parentField;                // the owning reference (cascade), empty for top-level entities
    bool ordered = false;               // has a position column among its siblings
    QString orderBy;                    // SQL ORDER BY for listing
    std::vector<Field> fields;
    std::vector<Column> columns;        // derived from fields

    const Field *field(const QString &name) const;
    const Column *column(const QString &name) const;
    QStringList columnNames() const; // without id and position
};

const EntitySpec &entitySpec(Entity entity);
QString entityLabel(Entity entity);                 // translated
QString columnLabel(const Column &column);          // translated, with (FR)/(NL) for halves
QString choiceLabel(const Field &field, const QString &code); // translated, code if unknown

// Checks one value against its column and returns it in stored form (dates as yyyy-MM-dd,
// times as HH:mm, booleans as 0/1, empty optional values as null), or a message for the user.
Result<QVariant> normaliseValue(const Column &column, const QVariant &value);

} // namespace Quorum
