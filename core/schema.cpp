// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "rules/decisionrules.h"
#include "synthesis/richtext.h"
#include "text/cleantext.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>

namespace Quorum {
namespace {

const char *const context = "Quorum::Schema";

// Lengths generous enough for real names and notes, small enough that a pasted novel
// is refused with a message instead of slowing every view down.
constexpr int shortText = 300;
constexpr int longText = 100000;
constexpr int richText = 1000000; // formatting tags included

Field text(const char *name, const char *label, bool bilingual = false, bool required = false)
{
    Field f;
    f.name = QString::fromLatin1(name);
    f.label = label;
    f.type = FieldType::Text;
    f.bilingual = bilingual;
    f.required = required;
    f.maximum = shortText;
    return f;
}

Field titled(Field f, const char *fr, const char *nl)
{
    f.newText = {QString::fromUtf8(fr), QString::fromUtf8(nl)};
    return f;
}

Field longTextField(const char *name, const char *label)
{
    Field f = text(name, label, true);
    f.type = FieldType::LongText;
    f.maximum = longText;
    return f;
}

Field integer(const char *name, const char *label, int minimum, int maximum, QVariant defaultValue = {})
{
    Field f;
    f.name = QString::fromLatin1(name);
    f.label = label;
    f.type = FieldType::Integer;
    f.minimum = minimum;
    f.maximum = maximum;
    f.defaultValue = defaultValue;
    return f;
}

Field typed(const char *name, const char *label, FieldType type, bool required = false, QVariant defaultValue = {})
{
    Field f;
    f.name = QString::fromLatin1(name);
    f.label = label;
    f.type = type;
    f.required = required;
    f.defaultValue = defaultValue;
    return f;
}

Field choice(const char *name, const char *label, std::vector<Choice> choices, bool required = true)
{
    Field f;
    f.name = QString::fromLatin1(name);
    f.label = label;
    f.type = FieldType::Choice;
    f.required = required;
    f.choices = std::move(choices);
    if (required)
        f.defaultValue = QString::fromLatin1(f.choices.front().code);
    return f;
}

Field reference(const char *name, const char *label, Entity target, OnDelete onDelete, bool required = false)
{
    Field f;
    f.name = QString::fromLatin1(name);
    f.label = label;
    f.type = FieldType::Reference;
    f.references = target;
    f.onDelete = onDelete;
    f.required = required;
    return f;
}

// A decision rule, stored as its canonical code (see rules/decisionrules.h).
Result<QString> canonicalRule(const QString &value)
{
    const Result<DecisionRule> rule = parseRuleCode(value);
    if (!rule)
        return Result<QString>::failure(rule.error());
    return ruleCode(rule.value());
}

Field ruleField(const char *name, const char *label, const char *defaultCode, bool required = true)
{
    Field f = text(name, label, false, required);
    f.validate = canonicalRule;
    if (defaultCode)
        f.defaultValue = QString::fromLatin1(defaultCode);
    return f;
}

// A closed vote's result as it was counted when it closed (decisions/voteresult.h): the
// history reads it instead of counting again. Empty until the vote closes.
Field countedResult()
{
    Field f = text("result", QT_TRANSLATE_NOOP("Quorum::Schema", "Counted result"));
    f.type = FieldType::LongText;
    f.maximum = longText;
    f.derived = true;
    return f;
}

Field required(Field f)
{
    f.required = true;
    return f;
}

std::vector<Choice> voiceChoices()
{
    return {{"for", QT_TRANSLATE_NOOP("Quorum::Schema", "For")},
            {"against", QT_TRANSLATE_NOOP("Quorum::Schema", "Against")},
            {"abstain", QT_TRANSLATE_NOOP("Quorum::Schema", "Abstain")}};
}

EntitySpec makeSpec(Entity entity, const char *table, const char *jsonKey, const char *label, const char *parent,
                    bool ordered, const char *orderBy, std::vector<Field> fields)
{
    EntitySpec spec;
    spec.entity = entity;
    spec.table = QString::fromLatin1(table);
    spec.jsonKey = QString::fromLatin1(jsonKey);
    spec.label = label;
    spec.parentField = QString::fromLatin1(parent);
    spec.ordered = ordered;
    spec.orderBy = QString::fromLatin1(orderBy);
    spec.fields = std::move(fields);
    for (const Field &f : spec.fields) {
        if (f.bilingual) {
            spec.columns.push_back({f.name + u"_fr", &f, Language::French});
            spec.columns.push_back({f.name + u"_nl", &f, Language::Dutch});
        } else {
            spec.columns.push_back({f.name, &f, std::nullopt});
        }
    }
    return spec;
}

std::vector<EntitySpec> buildSpecs()
{
    std::vector<EntitySpec> specs;
    specs.reserve(allEntities.size());
    specs.push_back(makeSpec(Entity::Sector, "sector", "sectors", QT_TRANSLATE_NOOP("Quorum::Schema", "Sector"), "",
                             true, "position, id", {titled(text("name", QT_TRANSLATE_NOOP("Quorum::Schema", "Name"), true, true), "Nouveau secteur", "Nieuwe sector")}));
    // The professions and functions of members: bilingual lists the council manages, like
    // sectors, so the Dutch screens and documents never show a French word typed once.
    specs.push_back(makeSpec(Entity::Profession, "profession", "professions",
                             QT_TRANSLATE_NOOP("Quorum::Schema", "Profession"), "", true, "position, id",
                             {titled(text("name", QT_TRANSLATE_NOOP("Quorum::Schema", "Name"), true, true),
                                     "Nouvelle profession", "Nieuw beroep")}));
    specs.push_back(makeSpec(Entity::Function, "function", "functions", QT_TRANSLATE_NOOP("Quorum::Schema", "Function"),
                             "", true, "position, id",
                             {titled(text("name", QT_TRANSLATE_NOOP("Quorum::Schema", "Name"), true, true),
                                     "Nouvelle fonction", "Nieuwe functie")}));
    specs.push_back(makeSpec(Entity::Bassin, "bassin", "bassins", QT_TRANSLATE_NOOP("Quorum::Schema", "Bassin"), "",
                             true, "position, id",
                             {text("code", QT_TRANSLATE_NOOP("Quorum::Schema", "Code"), false, true),
                              text("name", QT_TRANSLATE_NOOP("Quorum::Schema", "Name"), true, true)}));
    specs.push_back(makeSpec(
        Entity::Council, "council", "councils", QT_TRANSLATE_NOOP("Quorum::Schema", "Council"), "", true, "position, id",
        {choice("kind", QT_TRANSLATE_NOOP("Quorum::Schema", "Kind"),
                {{"regional", QT_TRANSLATE_NOOP("Quorum::Schema", "Regional action council")},
                 {"bassin", QT_TRANSLATE_NOOP("Quorum::Schema", "Bassin action council")},
                 {"care", QT_TRANSLATE_NOOP("Quorum::Schema", "Care council")},
                 {"workshop", QT_TRANSLATE_NOOP("Quorum::Schema", "Change workshop")},
                 {"working_group", QT_TRANSLATE_NOOP("Quorum::Schema", "Working group")},
                 {"other", QT_TRANSLATE_NOOP("Quorum::Schema", "Other body")}}),
         titled(text("name", QT_TRANSLATE_NOOP("Quorum::Schema", "Name"), true, true), "Nouveau conseil", "Nieuwe raad"),
         text("acronym", QT_TRANSLATE_NOOP("Quorum::Schema", "Acronym"), true),
         reference("bassin_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Bassin"), Entity::Bassin, OnDelete::SetNull),
         choice("quorum_rule", QT_TRANSLATE_NOOP("Quorum::Schema", "Quorum rule"),
                {{"none", QT_TRANSLATE_NOOP("Quorum::Schema", "No quorum")},
                 {"mandatory_majority",
                  QT_TRANSLATE_NOOP("Quorum::Schema", "More than half of the mandatory partners present or represented")},
                 {"voting_majority",
                  QT_TRANSLATE_NOOP("Quorum::Schema", "More than half of the voting members present or represented")}}),
         integer("max_sector_share", QT_TRANSLATE_NOOP("Quorum::Schema", "Largest sector share (%)"), 1, 100),
         text("funder", QT_TRANSLATE_NOOP("Quorum::Schema", "Funder's mention"), true),
         // Composition rules (seed 003) and the balance monitor's floors, set by the council.
         integer("seat_cap", QT_TRANSLATE_NOOP("Quorum::Schema", "Most seats in all"), 1, 1000),
         typed("no_open_seats", QT_TRANSLATE_NOOP("Quorum::Schema", "No open seats"), FieldType::Boolean, true, 0),
         integer("min_language_share", QT_TRANSLATE_NOOP("Quorum::Schema", "Smallest language share (%)"), 0, 100),
         integer("min_bassin_share", QT_TRANSLATE_NOOP("Quorum::Schema", "Smallest bassin share (%)"), 0, 100),
         integer("max_function_share", QT_TRANSLATE_NOOP("Quorum::Schema", "Largest function share (%)"), 1, 100),
         integer("min_gender_share", QT_TRANSLATE_NOOP("Quorum::Schema", "Smallest gender share (%)"), 0, 100)}));
    // A council's charter: its dated, versioned decision rules, the defaults of its votes.
    specs.push_back(makeSpec(
        Entity::Charter, "charter", "charters", QT_TRANSLATE_NOOP("Quorum::Schema", "Charter"), "council_id", false,
        "version, id",
        {reference("council_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Council"), Entity::Council, OnDelete::Cascade, true),
         integer("version", QT_TRANSLATE_NOOP("Quorum::Schema", "Version"), 1, 999, 1),
         typed("adopted_on", QT_TRANSLATE_NOOP("Quorum::Schema", "Adopted on"), FieldType::Date),
         titled(text("title", QT_TRANSLATE_NOOP("Quorum::Schema", "Title"), true, true), "Charte", "Handvest"),
         ruleField("decision_rule", QT_TRANSLATE_NOOP("Quorum::Schema", "Decision rule"),
                   "majority base=cast threshold=simple abstentions=excluded quorum=refuse"),
         ruleField("subgroup_rule", QT_TRANSLATE_NOOP("Quorum::Schema", "Rule within a subgroup"), "consensus quorum=flag"),
         ruleField("election_rule", QT_TRANSLATE_NOOP("Quorum::Schema", "Election rule"),
                   "election base=cast threshold=2/3 compare=atleast abstentions=excluded quorum=refuse seats=1 ranked=no"),
         longTextField("notes", QT_TRANSLATE_NOOP("Quorum::Schema", "Notes"))}));
    specs.push_back(makeSpec(Entity::Subgroup, "subgroup", "subgroups", QT_TRANSLATE_NOOP("Quorum::Schema", "Subgroup"),
                             "council_id", true, "position, id",
                             {reference("council_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Council"), Entity::Council,
                                        OnDelete::Cascade, true),
                              titled(text("name", QT_TRANSLATE_NOOP("Quorum::Schema", "Name"), true, true),
                                     "Nouveau sous-groupe", "Nieuwe deelgroep"),
                              integer("min_seats", QT_TRANSLATE_NOOP("Quorum::Schema", "Minimum seats"), 0, 1000),
                              integer("max_seats", QT_TRANSLATE_NOOP("Quorum::Schema", "Maximum seats"), 0, 1000)}));
    specs.push_back(makeSpec(
        Entity::Person, "person", "people", QT_TRANSLATE_NOOP("Quorum::Schema", "Person"), "", false, "name, id",
        {text("name", QT_TRANSLATE_NOOP("Quorum::Schema", "Name"), false, true),
         text("organisation", QT_TRANSLATE_NOOP("Quorum::Schema", "Organisation")),
         reference("sector_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Sector"), Entity::Sector, OnDelete::SetNull),
         reference("profession_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Profession"), Entity::Profession, OnDelete::SetNull),
         reference("function_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Function"), Entity::Function, OnDelete::SetNull),
         reference("bassin_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Bassin"), Entity::Bassin, OnDelete::SetNull),
         choice("language", QT_TRANSLATE_NOOP("Quorum::Schema", "Language"),
                {{"fr", QT_TRANSLATE_NOOP("Quorum::Schema", "French")},
                 {"nl", QT_TRANSLATE_NOOP("Quorum::Schema", "Dutch")},
                 {"en", QT_TRANSLATE_NOOP("Quorum::Schema", "English")}}),
         choice("gender", QT_TRANSLATE_NOOP("Quorum::Schema", "Gender"),
                {{"female", QT_TRANSLATE_NOOP("Quorum::Schema", "Woman")},
                 {"male", QT_TRANSLATE_NOOP("Quorum::Schema", "Man")},
                 {"nonbinary", QT_TRANSLATE_NOOP("Quorum::Schema", "Non-binary")}},
                false),
         text("email", QT_TRANSLATE_NOOP("Quorum::Schema", "E-mail"))}));
    specs.push_back(makeSpec(
        Entity::Membership, "membership", "memberships", QT_TRANSLATE_NOOP("Quorum::Schema", "Membership"), "council_id",
        false, "id",
        {reference("council_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Council"), Entity::Council, OnDelete::Cascade, true),
         reference("person_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Person"), Entity::Person, OnDelete::Cascade, true),
         choice("role", QT_TRANSLATE_NOOP("Quorum::Schema", "Role"),
                {{"voting", QT_TRANSLATE_NOOP("Quorum::Schema", "Voting member")},
                 {"advisory", QT_TRANSLATE_NOOP("Quorum::Schema", "Advisory member")},
                 {"facilitator", QT_TRANSLATE_NOOP("Quorum::Schema", "Facilitator")},
                 {"secretary", QT_TRANSLATE_NOOP("Quorum::Schema", "Secretary")}}),
         reference("subgroup_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Subgroup"), Entity::Subgroup, OnDelete::SetNull),
         typed("term_start", QT_TRANSLATE_NOOP("Quorum::Schema", "Term start"), FieldType::Date),
         typed("term_end", QT_TRANSLATE_NOOP("Quorum::Schema", "Term end"), FieldType::Date),
         typed("mandatory", QT_TRANSLATE_NOOP("Quorum::Schema", "Mandatory partner"), FieldType::Boolean, true, 0)}));
    specs.push_back(makeSpec(
        Entity::Meeting, "meeting", "meetings", QT_TRANSLATE_NOOP("Quorum::Schema", "Meeting"), "council_id", false,
        "date, start_time, id",
        {reference("council_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Council"), Entity::Council, OnDelete::Cascade, true),
         integer("session_number", QT_TRANSLATE_NOOP("Quorum::Schema", "Session"), 1, 9999),
         typed("date", QT_TRANSLATE_NOOP("Quorum::Schema", "Date"), FieldType::Date, true),
         typed("start_time", QT_TRANSLATE_NOOP("Quorum::Schema", "Start"), FieldType::Time),
         typed("end_time", QT_TRANSLATE_NOOP("Quorum::Schema", "End"), FieldType::Time),
         text("place", QT_TRANSLATE_NOOP("Quorum::Schema", "Place"), true),
         longTextField("objectives", QT_TRANSLATE_NOOP("Quorum::Schema", "Objectives")),
         choice("status", QT_TRANSLATE_NOOP("Quorum::Schema", "Status"),
                {{"planned", QT_TRANSLATE_NOOP("Quorum::Schema", "Planned")},
                 {"live", QT_TRANSLATE_NOOP("Quorum::Schema", "Live")},
                 {"closed", QT_TRANSLATE_NOOP("Quorum::Schema", "Closed")}}),
         text("audience", QT_TRANSLATE_NOOP("Quorum::Schema", "Open to"), true),
         text("registration", QT_TRANSLATE_NOOP("Quorum::Schema", "Registration link")),
         // How many came, as counted in the room: the minutes use it when nobody was checked in.
         integer("headcount", QT_TRANSLATE_NOOP("Quorum::Schema", "Headcount"), 0, 100000),
         // How many workshops a participant ranks, as the facilitator decides (empty: up to three).
         integer("workshop_choices", QT_TRANSLATE_NOOP("Quorum::Schema", "Workshop choices"), 1, 3)}));
    specs.push_back(makeSpec(
        Entity::AgendaItem, "agenda_item", "agendaItems", QT_TRANSLATE_NOOP("Quorum::Schema", "Agenda item"), "meeting_id",
        true, "position, id",
        {reference("meeting_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Meeting"), Entity::Meeting, OnDelete::Cascade, true),
         choice("kind", QT_TRANSLATE_NOOP("Quorum::Schema", "Kind"),
                {{"information", QT_TRANSLATE_NOOP("Quorum::Schema", "Information")},
                 {"discussion", QT_TRANSLATE_NOOP("Quorum::Schema", "Discussion")},
                 {"decision", QT_TRANSLATE_NOOP("Quorum::Schema", "Decision")},
                 {"welcome", QT_TRANSLATE_NOOP("Quorum::Schema", "Welcome")},
                 {"icebreaker", QT_TRANSLATE_NOOP("Quorum::Schema", "Icebreaker")},
                 {"round_table", QT_TRANSLATE_NOOP("Quorum::Schema", "Round table")},
                 {"workshops", QT_TRANSLATE_NOOP("Quorum::Schema", "Workshops")},
                 {"break", QT_TRANSLATE_NOOP("Quorum::Schema", "Break")},
                 {"lunch", QT_TRANSLATE_NOOP("Quorum::Schema", "Lunch")},
                 {"other", QT_TRANSLATE_NOOP("Quorum::Schema", "Other")}}),
         titled(text("title", QT_TRANSLATE_NOOP("Quorum::Schema", "Title"), true, true), "Nouveau point", "Nieuw agendapunt"),
         longTextField("notes", QT_TRANSLATE_NOOP("Quorum::Schema", "Notes")),
         integer("planned_minutes", QT_TRANSLATE_NOOP("Quorum::Schema", "Minutes"), 0, 1440, 15),
         text("presenter", QT_TRANSLATE_NOOP("Quorum::Schema", "Presenter")),
         longTextField("live_notes", QT_TRANSLATE_NOOP("Quorum::Schema", "Live notes"))}));
    Field proposalStatus = choice("status", QT_TRANSLATE_NOOP("Quorum::Schema", "Status"),
                                  {{"open", QT_TRANSLATE_NOOP("Quorum::Schema", "Open")},
                                   {"adopted", QT_TRANSLATE_NOOP("Quorum::Schema", "Adopted")},
                                   {"rejected", QT_TRANSLATE_NOOP("Quorum::Schema", "Rejected")},
                                   {"withdrawn", QT_TRANSLATE_NOOP("Quorum::Schema", "Withdrawn")},
                                   {"replaced", QT_TRANSLATE_NOOP("Quorum::Schema", "Replaced by a counter-proposal")}});
    // What a decision item puts to the council. A counter-proposal is a proposal of the same
    // item, linked to the one it answers by an objection.
    specs.push_back(makeSpec(
        Entity::Proposal, "proposal", "proposals", QT_TRANSLATE_NOOP("Quorum::Schema", "Proposal"), "agenda_item_id", true,
        "position, id",
        {reference("agenda_item_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Agenda item"), Entity::AgendaItem,
                   OnDelete::Cascade, true),
         titled(text("title", QT_TRANSLATE_NOOP("Quorum::Schema", "Title"), true, true), "Nouvelle proposition", "Nieuw voorstel"),
         longTextField("text", QT_TRANSLATE_NOOP("Quorum::Schema", "Text")),
         text("theme", QT_TRANSLATE_NOOP("Quorum::Schema", "Theme"), true),
         reference("author_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Author"), Entity::Person, OnDelete::SetNull),
         reference("author_subgroup_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Author subgroup"), Entity::Subgroup,
                   OnDelete::SetNull),
         proposalStatus, longTextField("rationale", QT_TRANSLATE_NOOP("Quorum::Schema", "Rationale"))}));
    // An objection exists only with its argument and its counter-proposal: both are required
    // by the storage itself, so no path (interface, import) can record a bare "no".
    specs.push_back(makeSpec(
        Entity::Objection, "objection", "objections", QT_TRANSLATE_NOOP("Quorum::Schema", "Objection"), "proposal_id",
        false, "id",
        {reference("proposal_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Proposal"), Entity::Proposal, OnDelete::Cascade, true),
         required(longTextField("argument", QT_TRANSLATE_NOOP("Quorum::Schema", "Argument"))),
         reference("counter_proposal_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Counter-proposal"), Entity::Proposal,
                   OnDelete::Cascade, true),
         reference("author_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Author"), Entity::Person, OnDelete::SetNull),
         reference("author_subgroup_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Author subgroup"), Entity::Subgroup,
                   OnDelete::SetNull),
         choice("status", QT_TRANSLATE_NOOP("Quorum::Schema", "Status"),
                {{"standing", QT_TRANSLATE_NOOP("Quorum::Schema", "Standing")},
                 {"withdrawn", QT_TRANSLATE_NOOP("Quorum::Schema", "Withdrawn")},
                 {"resolved", QT_TRANSLATE_NOOP("Quorum::Schema", "Resolved")}})}));
    specs.push_back(makeSpec(
        Entity::Document, "document", "documents", QT_TRANSLATE_NOOP("Quorum::Schema", "Document"), "agenda_item_id", true,
        "position, id",
        {reference("agenda_item_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Agenda item"), Entity::AgendaItem,
                   OnDelete::Cascade, true),
         titled(text("title", QT_TRANSLATE_NOOP("Quorum::Schema", "Title"), true, true), "Nouveau document", "Nieuw document"),
         text("location", QT_TRANSLATE_NOOP("Quorum::Schema", "Link or file")),
         typed("send_ahead", QT_TRANSLATE_NOOP("Quorum::Schema", "Send ahead"), FieldType::Boolean, true, 0),
         reference("proposal_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Proposal"), Entity::Proposal, OnDelete::SetNull)}));
    Field room = text("room", QT_TRANSLATE_NOOP("Quorum::Schema", "Room"));
    specs.push_back(makeSpec(
        Entity::Workshop, "workshop", "workshops", QT_TRANSLATE_NOOP("Quorum::Schema", "Workshop"), "meeting_id", true,
        "position, id",
        {reference("meeting_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Meeting"), Entity::Meeting, OnDelete::Cascade, true),
         titled(text("theme", QT_TRANSLATE_NOOP("Quorum::Schema", "Theme"), true, true), "Nouvel atelier", "Nieuwe workshop"),
         longTextField("questions", QT_TRANSLATE_NOOP("Quorum::Schema", "Guiding questions")), room,
         text("facilitator", QT_TRANSLATE_NOOP("Quorum::Schema", "Facilitator")),
         integer("capacity", QT_TRANSLATE_NOOP("Quorum::Schema", "Capacity"), 1, 10000),
         // A locked list keeps its people: the automatic split neither adds nor moves anyone.
         typed("locked", QT_TRANSLATE_NOOP("Quorum::Schema", "List locked"), FieldType::Boolean, true, 0)}));
    specs.push_back(makeSpec(
        Entity::Attendance, "attendance", "attendance", QT_TRANSLATE_NOOP("Quorum::Schema", "Attendance"), "meeting_id",
        false, "id",
        {reference("meeting_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Meeting"), Entity::Meeting, OnDelete::Cascade, true),
         reference("person_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Person"), Entity::Person, OnDelete::Cascade, true),
         choice("status", QT_TRANSLATE_NOOP("Quorum::Schema", "Attendance"),
                {{"present", QT_TRANSLATE_NOOP("Quorum::Schema", "Present")},
                 {"excused", QT_TRANSLATE_NOOP("Quorum::Schema", "Excused")},
                 {"absent", QT_TRANSLATE_NOOP("Quorum::Schema", "Absent")},
                 {"represented", QT_TRANSLATE_NOOP("Quorum::Schema", "Represented")}}),
         reference("proxy_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Represented by"), Entity::Person, OnDelete::SetNull),
         typed("guest", QT_TRANSLATE_NOOP("Quorum::Schema", "Guest"), FieldType::Boolean, true, 0),
         typed("checked_in_at", QT_TRANSLATE_NOOP("Quorum::Schema", "Checked in"), FieldType::DateTime)}));
    // The log of a live session: what the facilitator did and when. Timings are replayed
    // from it (core/session), so a session resumes exactly after a crash.
    specs.push_back(makeSpec(
        Entity::SessionEvent, "session_event", "sessionEvents", QT_TRANSLATE_NOOP("Quorum::Schema", "Session event"),
        "meeting_id", false, "at, id",
        {reference("meeting_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Meeting"), Entity::Meeting, OnDelete::Cascade, true),
         typed("at", QT_TRANSLATE_NOOP("Quorum::Schema", "Time"), FieldType::DateTime, true),
         choice("kind", QT_TRANSLATE_NOOP("Quorum::Schema", "Event"),
                {{"start", QT_TRANSLATE_NOOP("Quorum::Schema", "Session started")},
                 {"goto", QT_TRANSLATE_NOOP("Quorum::Schema", "Moved to an item")},
                 {"pause", QT_TRANSLATE_NOOP("Quorum::Schema", "Paused")},
                 {"resume", QT_TRANSLATE_NOOP("Quorum::Schema", "Resumed")},
                 {"extend", QT_TRANSLATE_NOOP("Quorum::Schema", "Extended")},
                 {"skip", QT_TRANSLATE_NOOP("Quorum::Schema", "Skipped")},
                 {"close", QT_TRANSLATE_NOOP("Quorum::Schema", "Session closed")}}),
         reference("agenda_item_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Agenda item"), Entity::AgendaItem, OnDelete::SetNull),
         integer("minutes", QT_TRANSLATE_NOOP("Quorum::Schema", "Minutes"), -1440, 1440)}));
    Field body = longTextField("body", QT_TRANSLATE_NOOP("Quorum::Schema", "Text"));
    body.type = FieldType::RichText;
    body.maximum = richText;
    // The kinds of a minutes section, in the draft's order.
    const Field sectionKind = choice("kind", QT_TRANSLATE_NOOP("Quorum::Schema", "Kind"),
                {{"objectives", QT_TRANSLATE_NOOP("Quorum::Schema", "Objectives")},
                 {"participants", QT_TRANSLATE_NOOP("Quorum::Schema", "Participants")},
                 {"sector_news", QT_TRANSLATE_NOOP("Quorum::Schema", "Sector news")},
                 {"round_table", QT_TRANSLATE_NOOP("Quorum::Schema", "Round table of the bassins")},
                 {"follow_up", QT_TRANSLATE_NOOP("Quorum::Schema", "Follow-up of themes")},
                 {"working_groups", QT_TRANSLATE_NOOP("Quorum::Schema", "Working groups")},
                 {"workshop", QT_TRANSLATE_NOOP("Quorum::Schema", "Workshop summary")},
                 {"decisions", QT_TRANSLATE_NOOP("Quorum::Schema", "Decisions")},
                 {"documents", QT_TRANSLATE_NOOP("Quorum::Schema", "Documents and tools")},
                 {"questions", QT_TRANSLATE_NOOP("Quorum::Schema", "Questions from participants")},
                 {"save_the_date", QT_TRANSLATE_NOOP("Quorum::Schema", "Save the date")},
                 {"funder", QT_TRANSLATE_NOOP("Quorum::Schema", "Funder")},
                 {"other", QT_TRANSLATE_NOOP("Quorum::Schema", "Other")}});
    // The minutes of a meeting: ordered sections, each with its French and Dutch text.
    specs.push_back(makeSpec(
        Entity::SynthesisSection, "synthesis_section", "synthesisSections",
        QT_TRANSLATE_NOOP("Quorum::Schema", "Minutes section"), "meeting_id", true, "position, id",
        {reference("meeting_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Meeting"), Entity::Meeting, OnDelete::Cascade, true),
         sectionKind,
         titled(text("title", QT_TRANSLATE_NOOP("Quorum::Schema", "Title"), true, true), "Nouvelle section", "Nieuwe sectie"),
         body,
         reference("bassin_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Bassin"), Entity::Bassin, OnDelete::SetNull),
         reference("workshop_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Workshop"), Entity::Workshop, OnDelete::SetNull)}));
    // A vote on an item: the question, how it is cast, the rule it is counted by (a copy, so
    // a later charter never rewrites an old result) and, captured as it opens, who could vote.
    specs.push_back(makeSpec(
        Entity::Vote, "vote", "votes", QT_TRANSLATE_NOOP("Quorum::Schema", "Vote"), "agenda_item_id", false, "opened_at, id",
        {reference("agenda_item_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Agenda item"), Entity::AgendaItem,
                   OnDelete::Cascade, true),
         reference("proposal_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Proposal"), Entity::Proposal, OnDelete::SetNull),
         titled(text("title", QT_TRANSLATE_NOOP("Quorum::Schema", "Question"), true, true), "Nouveau vote", "Nieuwe stemming"),
         choice("mode", QT_TRANSLATE_NOOP("Quorum::Schema", "Voting"),
                {{"hands", QT_TRANSLATE_NOOP("Quorum::Schema", "Show of hands, counted")},
                 {"named", QT_TRANSLATE_NOOP("Quorum::Schema", "Named vote")},
                 {"secret", QT_TRANSLATE_NOOP("Quorum::Schema", "Secret ballot")}}),
         ruleField("rule", QT_TRANSLATE_NOOP("Quorum::Schema", "Rule"),
                   "majority base=cast threshold=simple abstentions=excluded quorum=refuse"),
         typed("by_subgroup", QT_TRANSLATE_NOOP("Quorum::Schema", "Subgroup voices"), FieldType::Boolean, true, 0),
         ruleField("subgroup_rule", QT_TRANSLATE_NOOP("Quorum::Schema", "Rule within a subgroup"), nullptr, false),
         choice("status", QT_TRANSLATE_NOOP("Quorum::Schema", "Status"),
                {{"open", QT_TRANSLATE_NOOP("Quorum::Schema", "Open")},
                 {"closed", QT_TRANSLATE_NOOP("Quorum::Schema", "Closed")},
                 {"cancelled", QT_TRANSLATE_NOOP("Quorum::Schema", "Cancelled")}}),
         typed("opened_at", QT_TRANSLATE_NOOP("Quorum::Schema", "Opened"), FieldType::DateTime),
         typed("closed_at", QT_TRANSLATE_NOOP("Quorum::Schema", "Closed"), FieldType::DateTime),
         integer("members", QT_TRANSLATE_NOOP("Quorum::Schema", "Voting members"), 0, 100000, 0),
         integer("present", QT_TRANSLATE_NOOP("Quorum::Schema", "Present or represented"), 0, 100000, 0),
         typed("quorum_met", QT_TRANSLATE_NOOP("Quorum::Schema", "Quorum met"), FieldType::Boolean, true, 1),
         typed("evident", QT_TRANSLATE_NOOP("Quorum::Schema", "Evident majority"), FieldType::Boolean, true, 0),
         integer("ballots", QT_TRANSLATE_NOOP("Quorum::Schema", "Valid ballots"), 0, 100000),
         integer("blank", QT_TRANSLATE_NOOP("Quorum::Schema", "Blank ballots"), 0, 100000),
         // Consent: the objections standing and settled as the vote closed.
         integer("standing_objections", QT_TRANSLATE_NOOP("Quorum::Schema", "Standing objections"), 0, 100000),
         integer("settled_objections", QT_TRANSLATE_NOOP("Quorum::Schema", "Settled objections"), 0, 100000),
         choice("outcome", QT_TRANSLATE_NOOP("Quorum::Schema", "Outcome"),
                {{"adopted", QT_TRANSLATE_NOOP("Quorum::Schema", "Adopted")},
                 {"rejected", QT_TRANSLATE_NOOP("Quorum::Schema", "Rejected")},
                 {"tie", QT_TRANSLATE_NOOP("Quorum::Schema", "Tie")},
                 {"no_quorum", QT_TRANSLATE_NOOP("Quorum::Schema", "No quorum")},
                 {"incomplete", QT_TRANSLATE_NOOP("Quorum::Schema", "Incomplete")},
                 {"invalid", QT_TRANSLATE_NOOP("Quorum::Schema", "Invalid")}},
                false),
         longTextField("rationale", QT_TRANSLATE_NOOP("Quorum::Schema", "Rationale")),
         countedResult()}));
    // A candidate (a person or a whole delegation) or an option of a dot vote.
    specs.push_back(makeSpec(
        Entity::VoteOption, "vote_option", "voteOptions", QT_TRANSLATE_NOOP("Quorum::Schema", "Option"), "vote_id", true,
        "position, id",
        {reference("vote_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Vote"), Entity::Vote, OnDelete::Cascade, true),
         titled(text("name", QT_TRANSLATE_NOOP("Quorum::Schema", "Name"), true, true), "Nouvelle option", "Nieuwe optie"),
         reference("person_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Person"), Entity::Person, OnDelete::SetNull),
         reference("subgroup_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Delegation"), Entity::Subgroup, OnDelete::SetNull),
         reference("proposal_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Proposal"), Entity::Proposal, OnDelete::SetNull)}));
    // Who was entitled to vote and present (or represented, with who carried the voice) when
    // the vote opened: the base of the result can be checked later.
    specs.push_back(makeSpec(
        Entity::VoteElector, "vote_elector", "voteElectors", QT_TRANSLATE_NOOP("Quorum::Schema", "Elector"), "vote_id", false,
        "id",
        {reference("vote_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Vote"), Entity::Vote, OnDelete::Cascade, true),
         reference("person_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Person"), Entity::Person, OnDelete::Cascade, true),
         reference("subgroup_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Subgroup"), Entity::Subgroup, OnDelete::SetNull),
         reference("proxy_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Represented by"), Entity::Person, OnDelete::SetNull)}));
    // One member's choice in a named vote. Secret votes never have ballots: only counts.
    specs.push_back(makeSpec(
        Entity::Ballot, "ballot", "ballots", QT_TRANSLATE_NOOP("Quorum::Schema", "Ballot"), "vote_id", false, "id",
        {reference("vote_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Vote"), Entity::Vote, OnDelete::Cascade, true),
         reference("person_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Person"), Entity::Person, OnDelete::Cascade, true),
         reference("option_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Option"), Entity::VoteOption, OnDelete::Cascade),
         choice("choice", QT_TRANSLATE_NOOP("Quorum::Schema", "Choice"), voiceChoices()),
         integer("dots", QT_TRANSLATE_NOOP("Quorum::Schema", "Dots"), 0, 100, 0)}));
    // Counts as tellers type them (hands, secret ballots, per subgroup), or as a named vote
    // is frozen when it closes. Option empty: the question itself; subgroup empty: the room.
    Field voice = choice("voice", QT_TRANSLATE_NOOP("Quorum::Schema", "Declared voice"), voiceChoices(), false);
    specs.push_back(makeSpec(
        Entity::VoteTally, "vote_tally", "voteTallies", QT_TRANSLATE_NOOP("Quorum::Schema", "Count"), "vote_id", false, "id",
        {reference("vote_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Vote"), Entity::Vote, OnDelete::Cascade, true),
         reference("option_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Option"), Entity::VoteOption, OnDelete::Cascade),
         reference("subgroup_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Subgroup"), Entity::Subgroup, OnDelete::Cascade),
         integer("votes_for", QT_TRANSLATE_NOOP("Quorum::Schema", "For"), 0, 100000, 0),
         integer("votes_against", QT_TRANSLATE_NOOP("Quorum::Schema", "Against"), 0, 100000, 0),
         integer("votes_abstain", QT_TRANSLATE_NOOP("Quorum::Schema", "Abstain"), 0, 100000, 0), voice,
         // A subgroup's own base, captured as the vote opens: erasing a member later never
         // changes a recorded result.
         integer("members", QT_TRANSLATE_NOOP("Quorum::Schema", "Voting members"), 0, 100000),
         integer("present", QT_TRANSLATE_NOOP("Quorum::Schema", "Present or represented"), 0, 100000)}));
    // A council's minutes template (issue 13): which sections its drafts have, in which order,
    // under which titles (empty: Quorum's own). Councils write their syntheses differently.
    specs.push_back(makeSpec(Entity::MinutesTemplate, "minutes_template", "minutesTemplates",
                             QT_TRANSLATE_NOOP("Quorum::Schema", "Minutes template section"), "council_id", true, "position, id",
                             {reference("council_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Council"), Entity::Council,
                                        OnDelete::Cascade, true),
                              sectionKind,
                              text("title", QT_TRANSLATE_NOOP("Quorum::Schema", "Title"), true)}));
    // Who goes where (issue 11): a participant's ranked workshop choices (1 = first choice),
    // given at registration or check-in, and the seat each one finally has. One seat and one
    // choice of each rank per person and meeting: the storage's triggers refuse a second.
    specs.push_back(makeSpec(
        Entity::WorkshopChoice, "workshop_choice", "workshopChoices", QT_TRANSLATE_NOOP("Quorum::Schema", "Workshop choice"),
        "workshop_id", false, "rank, id",
        {reference("workshop_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Workshop"), Entity::Workshop, OnDelete::Cascade, true),
         reference("person_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Person"), Entity::Person, OnDelete::Cascade, true),
         integer("rank", QT_TRANSLATE_NOOP("Quorum::Schema", "Choice"), 1, 3, 1)}));
    specs.push_back(makeSpec(
        Entity::WorkshopSeat, "workshop_seat", "workshopSeats", QT_TRANSLATE_NOOP("Quorum::Schema", "Workshop seat"),
        "workshop_id", false, "id",
        {reference("workshop_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Workshop"), Entity::Workshop, OnDelete::Cascade, true),
         reference("person_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Person"), Entity::Person, OnDelete::Cascade, true),
         // Placed by hand: the automatic split keeps the person where the facilitator put them.
         typed("pinned", QT_TRANSLATE_NOOP("Quorum::Schema", "Placed by hand"), FieldType::Boolean, true, 0)}));
    // What the workshops produced (issue 11, seed 004's method): the cards captured during or
    // after a workshop, grouped into issues, an issue worked into a proposal. A card never
    // names who said it: only, if given, the speaker's profile.
    specs.push_back(makeSpec(
        Entity::IdeaIssue, "idea_issue", "ideaIssues", QT_TRANSLATE_NOOP("Quorum::Schema", "Issue"), "meeting_id", true,
        "position, id",
        {reference("meeting_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Meeting"), Entity::Meeting, OnDelete::Cascade, true),
         titled(text("name", QT_TRANSLATE_NOOP("Quorum::Schema", "Issue"), true, true), "Nouvel enjeu", "Nieuwe uitdaging"),
         choice("proposal_kind", QT_TRANSLATE_NOOP("Quorum::Schema", "Proposal"),
                {{"priority", QT_TRANSLATE_NOOP("Quorum::Schema", "Priority action")},
                 {"complementary", QT_TRANSLATE_NOOP("Quorum::Schema", "Complementary action")}},
                false),
         longTextField("conditions", QT_TRANSLATE_NOOP("Quorum::Schema", "Conditions for implementation")),
         longTextField("practices", QT_TRANSLATE_NOOP("Quorum::Schema", "Inspiring practices")),
         longTextField("clarify", QT_TRANSLATE_NOOP("Quorum::Schema", "Points to clarify")),
         // Where the board meets the decisions: the issue's option in a dot vote on priorities,
         // and the proposal it became on a decision item.
         reference("vote_option_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Dot vote option"), Entity::VoteOption, OnDelete::SetNull),
         reference("proposal_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Proposal"), Entity::Proposal, OnDelete::SetNull)}));
    specs.push_back(makeSpec(
        Entity::IdeaCard, "idea_card", "ideaCards", QT_TRANSLATE_NOOP("Quorum::Schema", "Card"), "meeting_id", true,
        "position, id",
        {reference("meeting_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Meeting"), Entity::Meeting, OnDelete::Cascade, true),
         reference("workshop_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Workshop"), Entity::Workshop, OnDelete::SetNull),
         choice("kind", QT_TRANSLATE_NOOP("Quorum::Schema", "Kind"),
                {{"problem", QT_TRANSLATE_NOOP("Quorum::Schema", "Problem seen")},
                 {"solution", QT_TRANSLATE_NOOP("Quorum::Schema", "Solution")},
                 {"question", QT_TRANSLATE_NOOP("Quorum::Schema", "Question")},
                 {"practice", QT_TRANSLATE_NOOP("Quorum::Schema", "Inspiring practice")}}),
         longTextField("text", QT_TRANSLATE_NOOP("Quorum::Schema", "Contribution")),
         choice("said_in", QT_TRANSLATE_NOOP("Quorum::Schema", "Said in"),
                {{"fr", QT_TRANSLATE_NOOP("Quorum::Schema", "French")}, {"nl", QT_TRANSLATE_NOOP("Quorum::Schema", "Dutch")}}),
         reference("issue_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Issue"), Entity::IdeaIssue, OnDelete::SetNull),
         // Seed 004's four functions of a care zone, for solutions.
         choice("lever", QT_TRANSLATE_NOOP("Quorum::Schema", "Function"),
                {{"knowledge", QT_TRANSLATE_NOOP("Quorum::Schema", "Knowledge")},
                 {"network", QT_TRANSLATE_NOOP("Quorum::Schema", "Network")},
                 {"coordination", QT_TRANSLATE_NOOP("Quorum::Schema", "Coordination")},
                 {"prevention", QT_TRANSLATE_NOOP("Quorum::Schema", "Prevention and health promotion")}},
                false),
         // The speaker's profile, never their name.
         reference("sector_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Speaker's sector"), Entity::Sector, OnDelete::SetNull),
         reference("function_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Speaker's function"), Entity::Function, OnDelete::SetNull),
         reference("bassin_id", QT_TRANSLATE_NOOP("Quorum::Schema", "Speaker's bassin"), Entity::Bassin, OnDelete::SetNull)}));
    return specs;
}

} // namespace

const Field *EntitySpec::field(const QString &name) const
{
    for (const Field &f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

const Column *EntitySpec::column(const QString &name) const
{
    for (const Column &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

QStringList EntitySpec::columnNames() const
{
    QStringList names;
    for (const Column &c : columns)
        names << c.name;
    return names;
}

const EntitySpec &entitySpec(Entity entity)
{
    // Built once; the Field pointers inside columns point into this vector's elements,
    // which never move after construction.
    static const std::vector<EntitySpec> specs = buildSpecs();
    return specs.at(static_cast<size_t>(entity));
}

QString entityLabel(Entity entity)
{
    return QCoreApplication::translate(context, entitySpec(entity).label);
}

QString columnLabel(const Column &column)
{
    const QString label = QCoreApplication::translate(context, column.field->label);
    if (!column.language)
        return label;
    //: A bilingual column header, e.g. "Title (FR)"
    return QCoreApplication::translate("Quorum::Schema", "%1 (%2)")
        .arg(label, languageCode(*column.language).toUpper());
}

QString choiceLabel(const Field &field, const QString &code)
{
    for (const Choice &c : field.choices)
        if (code == QLatin1String(c.code))
            return QCoreApplication::translate(context, c.label);
    return code;
}

Result<QVariant> normaliseValue(const Column &column, const QVariant &value)
{
    const Field &field = *column.field;
    // Translated only when a value is refused: an import checks many thousands of values.
    const auto fieldName = [&column] { return columnLabel(column); };
    const bool empty = value.isNull() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());

    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::RichText: {
        // NUL and control characters never reach a record, whichever path the text came by.
        QString textValue = value.isNull() ? QString() : cleanText(value.toString());
        // Every write of formatted text (an edit, an undo, an import) goes through the
        // sanitiser: only the subset of docs/format.md is ever stored. Too long is refused
        // before parsing, so a huge paste costs nothing.
        if (field.type == FieldType::RichText && textValue.size() <= field.maximum)
            textValue = sanitizeRichText(textValue);
        if (textValue.size() > field.maximum)
            return Result<QVariant>::failure(
                QCoreApplication::translate("Quorum::Schema", "%1 is too long: %2 characters, at most %3 are allowed.")
                    .arg(fieldName())
                    .arg(textValue.size())
                    .arg(field.maximum));
        // A bilingual required field may have one empty half; the record-level check
        // (at least one language) is done by the storage, which sees both halves.
        if (field.required && !column.language && textValue.trimmed().isEmpty())
            return Result<QVariant>::failure(
                QCoreApplication::translate("Quorum::Schema", "%1 cannot be empty.").arg(fieldName()));
        if (field.validate && !textValue.trimmed().isEmpty()) {
            const Result<QString> canonical = field.validate(textValue);
            if (!canonical)
                return Result<QVariant>::failure(
                    QCoreApplication::translate("Quorum::Schema", "%1: %2").arg(fieldName(), canonical.error()));
            textValue = canonical.value();
        }
        // Stored NOT NULL: a null QString would bind as SQL NULL.
        return QVariant(textValue.isNull() ? QStringLiteral("") : textValue);
    }
    case FieldType::Integer:
    case FieldType::Reference: {
        if (empty) {
            if (field.required)
                return Result<QVariant>::failure(
                    QCoreApplication::translate("Quorum::Schema", "%1 cannot be empty.").arg(fieldName()));
            return QVariant();
        }
        // An id or a count that is a number already is taken as it is: an import checks one
        // per person, and the round trip through text cost more than the rest of the check.
        const int type = value.typeId();
        bool ok = type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::UInt;
        const qlonglong number = ok ? value.toLongLong() : value.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return Result<QVariant>::failure(
                QCoreApplication::translate("Quorum::Schema", "%1 must be a whole number.").arg(fieldName()));
        if (field.type == FieldType::Integer && (number < field.minimum || number > field.maximum))
            return Result<QVariant>::failure(QCoreApplication::translate("Quorum::Schema", "%1 must be between %2 and %3.")
                                                 .arg(fieldName())
                                                 .arg(field.minimum)
                                                 .arg(field.maximum));
        if (field.type == FieldType::Reference && number <= 0)
            return Result<QVariant>::failure(
                QCoreApplication::translate("Quorum::Schema", "%1 does not name an existing record.").arg(fieldName()));
        return QVariant(number);
    }
    case FieldType::Boolean: {
        if (empty)
            return QVariant(qlonglong(0));
        const QString s = value.toString().trimmed().toLower();
        if (value.typeId() == QMetaType::Bool)
            return QVariant(qlonglong(value.toBool() ? 1 : 0));
        if (s == u"1" || s == u"true")
            return QVariant(qlonglong(1));
        if (s == u"0" || s == u"false")
            return QVariant(qlonglong(0));
        return Result<QVariant>::failure(
            QCoreApplication::translate("Quorum::Schema", "%1 must be yes or no.").arg(fieldName()));
    }
    case FieldType::Date: {
        if (empty) {
            if (field.required)
                return Result<QVariant>::failure(
                    QCoreApplication::translate("Quorum::Schema", "%1 cannot be empty.").arg(fieldName()));
            return QVariant();
        }
        const QDate date = value.typeId() == QMetaType::QDate ? value.toDate()
                                                              : QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!date.isValid() || date.year() < 1900 || date.year() > 2999)
            return Result<QVariant>::failure(
                QCoreApplication::translate("Quorum::Schema", "%1 must be a date written as YYYY-MM-DD.").arg(fieldName()));
        return QVariant(date.toString(Qt::ISODate));
    }
    case FieldType::Time: {
        if (empty)
            return QVariant();
        const QTime time = value.typeId() == QMetaType::QTime
                               ? value.toTime()
                               : QTime::fromString(value.toString().trimmed(), QStringLiteral("H:mm"));
        if (!time.isValid())
            return Result<QVariant>::failure(
                QCoreApplication::translate("Quorum::Schema", "%1 must be a time written as HH:MM.").arg(fieldName()));
        return QVariant(time.toString(QStringLiteral("HH:mm")));
    }
    case FieldType::DateTime: {
        if (empty) {
            if (field.required)
                return Result<QVariant>::failure(
                    QCoreApplication::translate("Quorum::Schema", "%1 cannot be empty.").arg(fieldName()));
            return QVariant();
        }
        const QDateTime instant = value.typeId() == QMetaType::QDateTime
                                      ? value.toDateTime()
                                      : QDateTime::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!instant.isValid() || instant.date().year() < 1900 || instant.date().year() > 2999)
            return Result<QVariant>::failure(QCoreApplication::translate("Quorum::Schema",
                                                                         "%1 must be a moment written as YYYY-MM-DDTHH:MM:SSZ.")
                                                 .arg(fieldName()));
        return QVariant(instant.toUTC().toString(Qt::ISODate));
    }
    case FieldType::Choice: {
        if (empty) {
            if (field.required)
                return Result<QVariant>::failure(
                    QCoreApplication::translate("Quorum::Schema", "%1 cannot be empty.").arg(fieldName()));
            return QVariant();
        }
        const QString code = value.toString().trimmed();
        for (const Choice &c : field.choices)
            if (code == QLatin1String(c.code))
                return QVariant(code);
        return Result<QVariant>::failure(
            QCoreApplication::translate("Quorum::Schema", "%1 cannot be \"%2\".").arg(fieldName(), code.left(40)));
    }
    }
    return Result<QVariant>::failure(QStringLiteral("unknown field type"));
}

} // namespace Quorum
