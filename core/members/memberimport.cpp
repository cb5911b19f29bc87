// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberimport.h"

#include "storage/database.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>

namespace Quorum {
namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Members)
};

// What the cells of one column gave, by the cell as written. A column of 10,000 rows holds
// a handful of distinct values (sectors, languages, roles): comparing a cell with each (its
// size first, then its characters) costs less than hashing every cell; past a few dozen
// distinct values, a hash.
template<typename T>
class CellMemo
{
public:
    std::optional<T> find(const QString &cell) const
    {
        if (m_hash.isEmpty()) {
            for (const auto &[written, value] : m_few)
                if (written == cell)
                    return value;
            return std::nullopt;
        }
        const auto found = m_hash.constFind(cell);
        return found == m_hash.constEnd() ? std::nullopt : std::optional<T>(*found);
    }
    void insert(const QString &cell, const T &value)
    {
        if (m_hash.isEmpty() && m_few.size() < 32) {
            m_few.append({cell, value});
            return;
        }
        if (m_hash.isEmpty())
            for (const auto &[written, known] : m_few)
                m_hash.insert(written, known);
        m_hash.insert(cell, value);
    }

private:
    QList<std::pair<QString, T>> m_few;
    QHash<QString, T> m_hash;
};

// Names of sectors, bassins or subgroups, folded, in either language (and a bassin's code).
class NameIndex
{
public:
    void add(const Record &record, const QStringList &columns)
    {
        for (const QString &column : columns) {
            const QString key = foldedKey(record.text(column));
            if (!key.isEmpty() && !m_ids.contains(key))
                m_ids.insert(key, record.id);
        }
    }
    std::optional<qint64> find(const QString &value) const
    {
        // A column of 10,000 rows names a handful of sectors: each value is folded once.
        if (const auto seen = m_found.find(value))
            return *seen;
        const auto found = m_ids.constFind(foldedKey(value));
        const auto id = found == m_ids.constEnd() ? std::nullopt : std::optional<qint64>(*found);
        m_found.insert(value, id);
        return id;
    }
    bool holds(qint64 id) const { return m_entries.contains(id); }
    void addEntry(qint64 id) { m_entries.insert(id); }

private:
    QHash<QString, qint64> m_ids;
    QSet<qint64> m_entries; // every entry, named or not (a target a choice may give)
    mutable CellMemo<std::optional<qint64>> m_found; // as written → id
};

// Where a list column's value goes: the list it names an entry of, and the field that
// refers to that entry (on the person, or on the membership for a subgroup).
struct ListColumn
{
    MemberColumn column;
    Entity list;
    Entity owner;
    QStringView field;
};

constexpr ListColumn listColumns[] = {
    {MemberColumn::Sector, Entity::Sector, Entity::Person, u"sector_id"},
    {MemberColumn::Bassin, Entity::Bassin, Entity::Person, u"bassin_id"},
    {MemberColumn::Subgroup, Entity::Subgroup, Entity::Membership, u"subgroup_id"},
    {MemberColumn::Function, Entity::Function, Entity::Person, u"function_id"},
    {MemberColumn::Profession, Entity::Profession, Entity::Person, u"profession_id"},
};

const ListColumn *listColumn(MemberColumn column)
{
    for (const ListColumn &list : listColumns)
        if (list.column == column)
            return &list;
    return nullptr;
}

NameIndex nameIndex(const Database &database, MemberColumn column, qint64 councilId)
{
    NameIndex index;
    QStringList columns{u"name_fr"_qs, u"name_nl"_qs};
    if (column == MemberColumn::Bassin)
        columns << u"code"_qs;
    for (const Record &entry : listEntriesFor(database, column, councilId)) {
        index.add(entry, columns);
        index.addEntry(entry.id);
    }
    return index;
}

QString choiceKey(MemberColumn column, const QString &value)
{
    return QString::number(int(column)) + u'\x1f' + foldedKey(value);
}

// foldedKey() of values that repeat down a column (an organisation, a new profession),
// each folded once: folding decomposes the text, and a sheet has 10,000 rows.
class FoldCache
{
public:
    const QString &operator()(const QString &text)
    {
        auto folded = m_folded.constFind(text);
        if (folded == m_folded.constEnd())
            folded = m_folded.insert(text, foldedKey(text));
        return *folded;
    }

private:
    QHash<QString, QString> m_folded;
};

// The key people are matched by when no e-mail tells: name and organisation, folded.
class PersonKeys
{
public:
    QString operator()(const QString &name, const QString &organisation)
    {
        return foldedKey(name) + u'\x1f' + m_organisations(organisation);
    }

private:
    FoldCache m_organisations;
};

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = a.isNull() || a.toString().isEmpty();
    const bool bEmpty = b.isNull() || b.toString().isEmpty();
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    return a.toString() == b.toString();
}

QVariantMap differences(const PlannedValues &wanted, const Record &current)
{
    QVariantMap changes;
    const EntitySpec &spec = entitySpec(wanted.entity());
    for (int i = 0; i < wanted.size(); ++i) {
        const QString &field = spec.columns.at(size_t(i)).name;
        if (wanted.isGiven(i) && !sameValue(wanted.at(i), current.value(field)))
            changes.insert(field, wanted.at(i));
    }
    return changes;
}

// Where each value of a row goes: its column's index among its entity's columns, found
// once for the whole file rather than by name on every row.
struct Slots
{
    int name = PlannedValues::columnIndex(Entity::Person, u"name");
    int organisation = PlannedValues::columnIndex(Entity::Person, u"organisation");
    int language = PlannedValues::columnIndex(Entity::Person, u"language");
    int gender = PlannedValues::columnIndex(Entity::Person, u"gender");
    int email = PlannedValues::columnIndex(Entity::Person, u"email");
    int role = PlannedValues::columnIndex(Entity::Membership, u"role");
    int termStart = PlannedValues::columnIndex(Entity::Membership, u"term_start");
    int termEnd = PlannedValues::columnIndex(Entity::Membership, u"term_end");
    int mandatory = PlannedValues::columnIndex(Entity::Membership, u"mandatory");
};

// Reads one data row into a planned member, adding what is wrong to `problems`.
class RowReader
{
public:
    RowReader(const MemberImportPlan &plan, const Database &database, const QList<ValueChoice> &choices) : m_plan(plan)
    {
        for (const ListColumn &list : listColumns)
            m_lists.insert(list.column, nameIndex(database, list.column, plan.councilId));
        for (const ValueChoice &choice : choices)
            m_choices.insert(choiceKey(choice.column, choice.value), choice);
        for (qsizetype i = 0; i < plan.mapping.size(); ++i)
            if (plan.mapping.at(i))
                m_index.insert(int(*plan.mapping.at(i)), int(i));
        for (const ListColumn &list : listColumns)
            m_listSlots.append(PlannedValues::columnIndex(list.owner, list.field));
        // "Nom" beside "Prénom" is the family name, as French spreadsheets mean it.
        m_nameIsLastName = has(MemberColumn::FirstName) && !has(MemberColumn::LastName);
    }

    bool has(MemberColumn column) const { return m_index.contains(int(column)); }

    // A choice that maps a value to an entry that is not (or no longer) in its list.
    QList<ImportProblem> staleChoices() const
    {
        QList<ImportProblem> problems;
        for (const ValueChoice &choice : m_choices)
            if (choice.existingId != 0 && !m_lists.value(choice.column).holds(choice.existingId))
                problems.append({0, ImportText::tr("“%1” is mapped to an entry that does not exist (id %2).")
                                        .arg(choice.value)
                                        .arg(choice.existingId)});
        return problems;
    }

    PlannedMember read(const QStringList &row, int line, QList<ImportProblem> &problems,
                       QMap<MemberColumn, QHash<QString, QString>> &unknown) const
    {
        PlannedMember member;
        member.line = line;
        auto problem = [&](const QString &message) { problems.append({line, message}); };
        auto cell = [&](MemberColumn column) -> QString {
            const int index = m_index.value(int(column), -1);
            return index < 0 ? QString() : unprotectFormula(row.value(index)).trimmed();
        };

        if (row.size() > m_plan.headers.size()) {
            for (qsizetype i = m_plan.headers.size(); i < row.size(); ++i)
                if (!row.at(i).trimmed().isEmpty()) {
                    problem(ImportText::tr("%1 cells where the header has %2 columns: is a separator missing from a quoted cell?")
                                .arg(row.size())
                                .arg(m_plan.headers.size()));
                    break;
                }
        }

        // One name, as the workspace keeps it: "Prénom Nom" when the sheet splits them.
        QString name = has(MemberColumn::Name) && !m_nameIsLastName ? cell(MemberColumn::Name) : QString();
        if (name.isEmpty()) {
            const QString last = m_nameIsLastName ? cell(MemberColumn::Name) : cell(MemberColumn::LastName);
            name = QStringList{cell(MemberColumn::FirstName), last}.join(u' ').trimmed();
        }
        if (name.isEmpty())
            problem(ImportText::tr("the name is empty."));
        store(member.person, m_slots.name, name, problems, line);
        if (has(MemberColumn::Organisation))
            store(member.person, m_slots.organisation, cell(MemberColumn::Organisation), problems, line);
        // An entry of a list by its name in either language (or the entry the user chose for
        // that name); a name no entry has is created by the import when the column's list
        // grows as people come, or when the user chose so; otherwise it is a problem.
        for (size_t l = 0; l < std::size(listColumns); ++l) {
            const ListColumn &list = listColumns[l];
            if (!has(list.column))
                continue;
            PlannedValues &target = list.owner == Entity::Membership ? member.membership : member.person;
            const int field = m_listSlots.at(qsizetype(l));
            const QString value = cell(list.column);
            if (value.isEmpty()) {
                target.set(field, QVariant());
                continue;
            }
            if (const auto id = m_lists.constFind(list.column).value().find(value)) { // by reference: it caches
                target.set(field, *id);
                continue;
            }
            const auto choice = m_choices.constFind(choiceKey(list.column, value));
            if (choice != m_choices.constEnd() && choice->existingId != 0) {
                target.set(field, choice->existingId);
            } else if (choice != m_choices.constEnd() || isCreatedWhenMissing(list.column)) {
                member.newEntries.insert(list.column, value.left(200));
            } else {
                if (!unknown[list.column].contains(foldedKey(value)))
                    unknown[list.column].insert(foldedKey(value), value); // as first written
                problem(unknownValueMessage(list.column).arg(value));
            }
        }

        auto coded = [&](MemberColumn column, PlannedValues &target, int field,
                         std::optional<QString> (*parse)(const QString &), auto message, bool emptyAllowed) {
            if (!has(column))
                return;
            const QString value = cell(column);
            if (value.isEmpty()) {
                if (emptyAllowed)
                    target.set(field, QVariant());
                return; // a required code keeps its current or default value
            }
            if (const auto code = codeOf(column, parse, value))
                store(target, field, *code, problems, line);
            else
                problem(message().arg(value));
        };
        coded(MemberColumn::Language, member.person, m_slots.language, languageCodeFromCell,
              [] { return ImportText::tr("“%1” is not a language Quorum knows (français, Nederlands, English, or fr, nl, en)."); },
              false);
        coded(MemberColumn::Gender, member.person, m_slots.gender, genderCodeFromCell,
              [] { return ImportText::tr("“%1” is not a gender Quorum knows (femme, homme, non-binaire; vrouw, man, non-binair; F, M, X)."); },
              true);
        coded(MemberColumn::Role, member.membership, m_slots.role, roleCodeFromCell,
              [] {
                  return ImportText::tr("“%1” is not a role Quorum knows (votant, consultatif, animateur, secrétaire; stemgerechtigd, "
                                        "adviserend, facilitator, secretaris).");
              },
              false);

        if (has(MemberColumn::Email)) {
            const QString email = cell(MemberColumn::Email);
            if (!email.isEmpty() && !isPlausibleEmail(email))
                problem(ImportText::tr("“%1” is not an e-mail address.").arg(email));
            else
                store(member.person, m_slots.email, email, problems, line);
        }

        auto date = [&](MemberColumn column, int field) -> QDate {
            if (!has(column))
                return {};
            const QString value = cell(column);
            if (value.isEmpty()) {
                member.membership.set(field, QVariant());
                return {};
            }
            const auto parsed = dateFromCell(value);
            if (!parsed) {
                problem(ImportText::tr("“%1” is not a date (write 31/12/2025 or 2025-12-31).").arg(value));
                return {};
            }
            member.membership.set(field, parsed->toString(Qt::ISODate));
            return *parsed;
        };
        const QDate start = date(MemberColumn::TermStart, m_slots.termStart);
        const QDate end = date(MemberColumn::TermEnd, m_slots.termEnd);
        if (start.isValid() && end.isValid() && end < start)
            problem(ImportText::tr("the term ends (%1) before it starts (%2).")
                        .arg(QLocale().toString(end, QLocale::ShortFormat), QLocale().toString(start, QLocale::ShortFormat)));

        if (has(MemberColumn::Mandatory)) {
            const QString value = cell(MemberColumn::Mandatory);
            if (value.isEmpty())
                member.membership.set(m_slots.mandatory, qlonglong(0));
            else if (const auto yes = yesNoFromCell(value))
                member.membership.set(m_slots.mandatory, qlonglong(*yes ? 1 : 0));
            else
                problem(ImportText::tr("“%1” is neither yes nor no (oui/non, ja/nee, 1/0).").arg(value));
        }
        return member;
    }

private:
    // A coded cell (language, gender, role) read once per distinct value of its column.
    std::optional<QString> codeOf(MemberColumn column, std::optional<QString> (*parse)(const QString &), const QString &value) const
    {
        CellMemo<std::optional<QString>> &seen = m_codes[size_t(column)];
        if (const auto found = seen.find(value))
            return *found;
        const std::optional<QString> code = parse(value);
        seen.insert(value, code);
        return code;
    }

    // The value in stored form, or the schema's reason for refusing it (too long…).
    void store(PlannedValues &target, int field, const QVariant &value, QList<ImportProblem> &problems, int line) const
    {
        auto normalised = normaliseValue(entitySpec(target.entity()).columns.at(size_t(field)), value);
        if (!normalised) {
            const bool emptyName = target.entity() == Entity::Person && field == m_slots.name && value.toString().isEmpty();
            if (!emptyName) // already said
                problems.append({line, normalised.error()});
            return;
        }
        target.set(field, normalised.value());
    }

    static QString unknownValueMessage(MemberColumn column)
    {
        switch (column) {
        case MemberColumn::Bassin:
            return ImportText::tr("no bassin is called “%1” (Nord, Nord-Est, Sud-Est, Sud, Centre-Ouest or their Dutch "
                                  "names): map it to a bassin or create it.");
        case MemberColumn::Subgroup:
            return ImportText::tr("this council has no subgroup called “%1” in French or in Dutch: map it to a subgroup or "
                                  "create it.");
        default:
            return ImportText::tr("no sector is called “%1” in French or in Dutch: map it to a sector or create it.");
        }
    }

    const MemberImportPlan &m_plan;
    QMap<MemberColumn, NameIndex> m_lists;
    QHash<QString, ValueChoice> m_choices; // choiceKey → what the user chose
    QHash<int, int> m_index; // column → cell index
    Slots m_slots;
    QList<int> m_listSlots; // per listColumns entry: the field's index in its owner's columns
    mutable std::array<CellMemo<std::optional<QString>>, std::size(allMemberColumns)> m_codes; // by column: cell → code
    bool m_nameIsLastName = false;
};

// A bassin's code is unique, written as the built-in ones are ("north-east"): the name
// folded, spaces as hyphens, numbered when taken.
QString unusedBassinCode(const Database &database, const QString &name)
{
    QSet<QString> taken;
    for (const Record &bassin : database.records(Entity::Bassin))
        taken.insert(bassin.text(u"code"_qs).toLower());
    QString base = foldedKey(name).replace(u' ', u'-').left(40);
    if (base.isEmpty())
        base = u"bassin"_qs;
    QString code = base;
    for (int n = 2; taken.contains(code); ++n)
        code = base + u'-' + QString::number(n);
    return code;
}

QStringList sortedList(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

PlannedValues::PlannedValues(Entity entity) : m_entity(entity)
{
    m_values.resize(qsizetype(entitySpec(entity).columns.size()));
    Q_ASSERT(m_values.size() <= 64);
}

int PlannedValues::columnIndex(Entity entity, QStringView field)
{
    const std::vector<Column> &columns = entitySpec(entity).columns;
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns.at(i).name == field)
            return int(i);
    return -1;
}

void PlannedValues::set(int column, const QVariant &value)
{
    m_values[column] = value;
    m_given |= quint64(1) << column;
}

bool PlannedValues::contains(QStringView field) const
{
    const int column = columnIndex(m_entity, field);
    return column >= 0 && isGiven(column);
}

QVariant PlannedValues::value(QStringView field) const
{
    const int column = columnIndex(m_entity, field);
    return column >= 0 && isGiven(column) ? m_values.at(column) : QVariant();
}

QVariantMap PlannedValues::toMap() const
{
    QVariantMap map;
    const EntitySpec &spec = entitySpec(m_entity);
    for (int i = 0; i < size(); ++i)
        if (isGiven(i))
            map.insert(spec.columns.at(size_t(i)).name, m_values.at(i));
    return map;
}

QString ImportProblem::describe() const
{
    if (line <= 0)
        return message;
    //: A problem of an imported spreadsheet: "Line 12: the name is empty."
    return ImportText::tr("Line %1: %2").arg(line).arg(message);
}

QStringList describeProblems(const MemberImportPlan &plan)
{
    QStringList lines;
    for (const ImportProblem &problem : plan.problems)
        lines << problem.describe();
    return lines;
}

QString describeNewListEntries(const MemberImportPlan &plan)
{
    QStringList parts;
    for (const ListColumn &list : listColumns) {
        const QStringList names = plan.newEntries.value(list.column);
        if (names.isEmpty())
            continue;
        const QString joined = names.join(u", ");
        switch (list.column) {
        case MemberColumn::Sector: parts << ImportText::tr("sectors: %1").arg(joined); break;
        case MemberColumn::Bassin: parts << ImportText::tr("bassins: %1").arg(joined); break;
        case MemberColumn::Subgroup: parts << ImportText::tr("subgroups: %1").arg(joined); break;
        case MemberColumn::Profession: parts << ImportText::tr("professions: %1").arg(joined); break;
        default: parts << ImportText::tr("functions: %1").arg(joined); break;
        }
    }
    if (parts.isEmpty())
        return {};
    //: Followed by "sectors: a; professions: b, c; functions: d"
    return ImportText::tr("New in the lists (rename or merge them later in the settings): %1.").arg(parts.join(u"; "));
}

bool isCreatedWhenMissing(MemberColumn column)
{
    return column == MemberColumn::Profession || column == MemberColumn::Function;
}

QList<Record> listEntriesFor(const Database &database, MemberColumn column, qint64 councilId)
{
    const ListColumn *list = listColumn(column);
    if (!list)
        return {};
    return list->list == Entity::Subgroup ? database.records(Entity::Subgroup, councilId) : database.records(list->list);
}

std::optional<qint64> findListEntry(const Database &database, MemberColumn column, qint64 councilId, const QString &nameOrId)
{
    const NameIndex index = nameIndex(database, column, councilId);
    if (const auto named = index.find(nameOrId))
        return named;
    bool isNumber = false;
    const qint64 id = nameOrId.trimmed().toLongLong(&isNumber);
    if (isNumber && index.holds(id))
        return id;
    return std::nullopt;
}

MemberImportPlan planMemberImport(const Database &database, qint64 councilId, const Result<CsvTable> &table,
                                  const QList<ValueChoice> &choices)
{
    if (table)
        return planMemberImport(database, councilId, table.value(), choices);
    MemberImportPlan plan;
    plan.councilId = councilId;
    plan.problems.append({0, table.error()});
    return plan;
}

MemberImportPlan planMemberImport(const Database &database, qint64 councilId, const CsvTable &table,
                                  const QList<ValueChoice> &choices)
{
    MemberImportPlan plan;
    plan.councilId = councilId;
    plan.encoding = table.encoding;
    plan.separator = table.separator;
    if (!database.record(Entity::Council, councilId)) {
        plan.problems.append({0, ImportText::tr("There is no council with id %1 in this workspace.").arg(councilId)});
        return plan;
    }
    if (table.rows.isEmpty()) {
        plan.problems.append({0, ImportText::tr("The file is empty.")});
        return plan;
    }
    const int headerLine = table.lines.value(0, 1);
    for (const QString &header : table.rows.first()) {
        plan.headers << header.trimmed();
        plan.mapping << memberColumnFromHeader(header);
    }
    QHash<int, QString> seen;
    int recognised = 0;
    for (qsizetype i = 0; i < plan.headers.size(); ++i) {
        const auto column = plan.mapping.at(i);
        if (!column) {
            if (!plan.headers.at(i).isEmpty())
                plan.unknownColumns << plan.headers.at(i);
            continue;
        }
        ++recognised;
        if (seen.contains(int(*column)))
            plan.problems.append({headerLine, ImportText::tr("the columns “%1” and “%2” both give the %3.")
                                                  .arg(seen.value(int(*column)), plan.headers.at(i),
                                                       memberColumnLabel(*column).toLower())});
        seen.insert(int(*column), plan.headers.at(i));
    }
    plan.rows = table.rows.mid(1);
    plan.lines = table.lines.mid(1);
    if (recognised == 0) {
        plan.problems.append({headerLine, ImportText::tr("no column of the first line is one Quorum knows: the first line must "
                                                         "name the columns (Nom, Naam or Name; Organisation; E-mail…).")});
        return plan;
    }
    const bool named = seen.contains(int(MemberColumn::Name)) || seen.contains(int(MemberColumn::FirstName))
                       || seen.contains(int(MemberColumn::LastName));
    if (!named)
        plan.problems.append({headerLine, ImportText::tr("no column gives the name (Nom, Naam or Name).")});
    if (plan.rows.isEmpty()) {
        plan.problems.append({0, ImportText::tr("The file has a header but no member below it.")});
        return plan;
    }
    if (!plan.problems.isEmpty())
        return plan;

    // Who the workspace knows already: by e-mail, else by name and organisation.
    const QList<Record> people = database.records(Entity::Person);
    QHash<qint64, Record> peopleById;
    QHash<QString, qint64> byEmail, byNameAndOrganisation, byName;
    PersonKeys personKey;
    QSet<QString> ambiguousNames;
    for (const Record &person : people) {
        peopleById.insert(person.id, person);
        const QString email = person.text(u"email"_qs).trimmed().toCaseFolded();
        if (!email.isEmpty())
            byEmail.insert(email, person.id);
        byNameAndOrganisation.insert(personKey(person.text(u"name"_qs), person.text(u"organisation"_qs)), person.id);
        const QString nameKey = foldedKey(person.text(u"name"_qs));
        if (byName.contains(nameKey))
            ambiguousNames.insert(nameKey);
        byName.insert(nameKey, person.id);
    }
    QHash<qint64, Record> membershipByPerson;
    for (const Record &membership : database.recordsWhere(Entity::Membership, u"council_id"_qs, councilId))
        membershipByPerson.insert(membership.number(u"person_id"_qs), membership);

    RowReader reader(plan, database, choices);
    plan.problems << reader.staleChoices();
    const bool hasOrganisation = reader.has(MemberColumn::Organisation);
    QMap<MemberColumn, QHash<QString, QString>> unknown; // folded → as first written
    QHash<QString, int> fileKeys;     // a person's key in the file → the line that gave it
    QHash<qint64, int> matchedPeople; // a known person → the line that matched them
    fileKeys.reserve(plan.rows.size());
    plan.members.reserve(plan.rows.size());
    for (qsizetype r = 0; r < plan.rows.size(); ++r) {
        const int line = plan.lines.at(r);
        const qsizetype before = plan.problems.size();
        PlannedMember member = reader.read(plan.rows.at(r), line, plan.problems, unknown);
        if (plan.problems.size() != before)
            continue;
        const QString name = member.person.value(u"name"_qs).toString();
        const QString organisation = member.person.value(u"organisation"_qs).toString();
        const QString email = member.person.value(u"email"_qs).toString().toCaseFolded();
        // Folded once per row, and only when something is looked up by it.
        std::optional<QString> nameAndOrganisation;
        const auto nameAndOrganisationKey = [&]() -> const QString & {
            if (!nameAndOrganisation)
                nameAndOrganisation = personKey(name, organisation);
            return *nameAndOrganisation;
        };
        const QString key = email.isEmpty() ? nameAndOrganisationKey() : email;
        if (const int earlier = fileKeys.value(key); earlier > 0) {
            plan.problems.append({line, ImportText::tr("the same person as line %1.").arg(earlier)});
            continue;
        }
        fileKeys.insert(key, line);

        std::optional<qint64> known;
        if (const auto byMail = email.isEmpty() ? byEmail.constEnd() : byEmail.constFind(email); byMail != byEmail.constEnd())
            known = *byMail;
        else if (byNameAndOrganisation.isEmpty())
            ; // nobody known to match by name (a first import): nothing to fold
        else if (hasOrganisation) {
            if (const auto found = byNameAndOrganisation.constFind(nameAndOrganisationKey()); found != byNameAndOrganisation.constEnd())
                known = *found;
        } else if (const QString nameKey = foldedKey(name); byName.contains(nameKey) && !ambiguousNames.contains(nameKey))
            known = byName.value(nameKey);
        // A known person with another e-mail address is someone else of the same name.
        if (known && !email.isEmpty()) {
            const QString knownEmail = peopleById.value(*known).text(u"email"_qs).trimmed().toCaseFolded();
            if (!knownEmail.isEmpty() && knownEmail != email)
                known.reset();
        }
        if (known) {
            if (const int earlier = matchedPeople.value(*known); earlier > 0) {
                plan.problems.append({line, ImportText::tr("the same person as line %1.").arg(earlier)});
                continue;
            }
            matchedPeople.insert(*known, line);
            member.personId = *known;
            member.personChanges = differences(member.person, peopleById.value(*known));
            if (membershipByPerson.contains(*known)) {
                const Record &membership = membershipByPerson.value(*known);
                member.membershipId = membership.id;
                member.membershipChanges = differences(member.membership, membership);
            }
            const bool changed = !member.personChanges.isEmpty() || !member.membershipChanges.isEmpty() || !member.membershipId
                                 || !member.newEntries.isEmpty();
            member.action = changed ? PlannedMember::Action::Update : PlannedMember::Action::Unchanged;
        }
        plan.members.append(std::move(member));
    }
    for (auto it = unknown.cbegin(); it != unknown.cend(); ++it)
        plan.unknownValues.insert(it.key(), sortedList(QSet<QString>(it.value().cbegin(), it.value().cend())));
    QMap<MemberColumn, QHash<QString, QString>> newEntries; // folded → as first written
    FoldCache folded;
    for (const PlannedMember &member : plan.members)
        for (auto it = member.newEntries.cbegin(); it != member.newEntries.cend(); ++it)
            if (!newEntries[it.key()].contains(folded(it.value())))
                newEntries[it.key()].insert(folded(it.value()), it.value());
    for (auto it = newEntries.cbegin(); it != newEntries.cend(); ++it)
        plan.newEntries.insert(it.key(), sortedList(QSet<QString>(it.value().cbegin(), it.value().cend())));
    for (const PlannedMember &member : plan.members) {
        plan.added += member.action == PlannedMember::Action::Add;
        plan.updated += member.action == PlannedMember::Action::Update;
        plan.unchanged += member.action == PlannedMember::Action::Unchanged;
    }
    return plan;
}

Result<MemberImportSummary> applyMemberImport(Workspace &workspace, const MemberImportPlan &plan)
{
    using Summary = Result<MemberImportSummary>;
    if (!plan.problems.isEmpty())
        return Summary::failure(ImportText::tr("The file was not imported: %n problem(s).", nullptr, int(plan.problems.size()))
                                + u'\n' + describeProblems(plan).join(u'\n'));
    if (plan.members.isEmpty())
        return Summary::failure(ImportText::tr("The file holds no member to import."));
    if (plan.added + plan.updated == 0)
        return MemberImportSummary{0, 0, plan.unchanged};

    auto done = workspace.inStep(ImportText::tr("Import %n member(s)", nullptr, plan.added + plan.updated), [&]() -> Result<void> {
        // The entries the lists lack first, each at the end of its list.
        QMap<MemberColumn, QHash<QString, qint64>> newIds; // folded name → new entry
        for (auto it = plan.newEntries.cbegin(); it != plan.newEntries.cend(); ++it) {
            const ListColumn *list = listColumn(it.key());
            for (const QString &name : it.value()) {
                QVariantMap values{{u"name_fr"_qs, name}, {u"name_nl"_qs, name}};
                if (list->list == Entity::Subgroup)
                    values.insert(u"council_id"_qs, plan.councilId);
                if (list->list == Entity::Bassin)
                    values.insert(u"code"_qs, unusedBassinCode(workspace.storage(), name));
                auto added = workspace.addRecord(Record(list->list, values));
                if (!added)
                    return Result<void>::failure(added.error());
                newIds[it.key()].insert(foldedKey(name), added.value());
            }
        }
        // A planned member's values, with the new entries' ids where it refers to them.
        FoldCache folded;
        auto withNewEntries = [&](const PlannedMember &member, QVariantMap values, Entity owner) {
            for (auto it = member.newEntries.cbegin(); it != member.newEntries.cend(); ++it) {
                const ListColumn *list = listColumn(it.key());
                if (list->owner == owner)
                    values.insert(list->field.toString(), newIds.value(it.key()).value(folded(it.value())));
            }
            return values;
        };

        // A new record as a row (Database::insertRows): a null id, then each column's value
        // the sheet gives, its default otherwise, and the new entries' ids where it names them.
        QHash<int, int> entrySlots; // MemberColumn → its field's index in its owner's columns
        for (const ListColumn &list : listColumns)
            entrySlots.insert(int(list.column), PlannedValues::columnIndex(list.owner, list.field));
        auto rowOf = [&](const PlannedMember &member, const PlannedValues &values) {
            const EntitySpec &spec = entitySpec(values.entity());
            QVariantList row;
            row.reserve(values.size() + 1);
            row << QVariant();
            for (int i = 0; i < values.size(); ++i)
                row << (values.isGiven(i) ? values.at(i) : spec.columns.at(size_t(i)).field->defaultValue);
            for (auto it = member.newEntries.cbegin(); it != member.newEntries.cend(); ++it)
                if (listColumn(it.key())->owner == values.entity())
                    row[1 + entrySlots.value(int(it.key()))] = newIds.value(it.key()).value(folded(it.value()));
            return row;
        };

        // New people in one batch, then their memberships in another: two commands of one step.
        QList<QVariantList> newPeople;
        QList<const PlannedMember *> newMembers;
        for (const PlannedMember &member : plan.members)
            if (member.action == PlannedMember::Action::Add) {
                newPeople << rowOf(member, member.person);
                newMembers << &member;
            }
        auto personIds = workspace.addRows(Entity::Person, newPeople);
        if (!personIds)
            return Result<void>::failure(personIds.error());

        QList<QVariantList> newMemberships;
        const int councilSlot = 1 + PlannedValues::columnIndex(Entity::Membership, u"council_id");
        const int personSlot = 1 + PlannedValues::columnIndex(Entity::Membership, u"person_id");
        const int roleColumn = PlannedValues::columnIndex(Entity::Membership, u"role");
        auto membershipFor = [&](const PlannedMember &member, qint64 personId) {
            QVariantList row = rowOf(member, member.membership);
            row[councilSlot] = plan.councilId;
            row[personSlot] = personId;
            if (row.at(1 + roleColumn).isNull()) // the default, a voting member
                row[1 + roleColumn] = entitySpec(Entity::Membership).columns.at(size_t(roleColumn)).field->defaultValue;
            newMemberships << std::move(row);
        };
        for (qsizetype i = 0; i < newMembers.size(); ++i)
            membershipFor(*newMembers.at(i), personIds.value().at(i));
        for (const PlannedMember &member : plan.members) {
            if (member.action != PlannedMember::Action::Update)
                continue;
            if (!member.membershipId)
                membershipFor(member, member.personId);
            const QVariantMap personChanges = withNewEntries(member, member.personChanges, Entity::Person);
            const QVariantMap membershipChanges = withNewEntries(member, member.membershipChanges, Entity::Membership);
            for (auto it = personChanges.cbegin(); it != personChanges.cend(); ++it)
                if (auto set = workspace.setValue(Entity::Person, member.personId, it.key(), it.value()); !set)
                    return set;
            if (member.membershipId)
                for (auto it = membershipChanges.cbegin(); it != membershipChanges.cend(); ++it)
                    if (auto set = workspace.setValue(Entity::Membership, member.membershipId, it.key(), it.value()); !set)
                        return set;
        }
        auto membershipIds = workspace.addRows(Entity::Membership, newMemberships);
        if (!membershipIds)
            return Result<void>::failure(membershipIds.error());
        return {};
    });
    if (!done)
        return Summary::failure(done.error());
    return MemberImportSummary{plan.added, plan.updated, plan.unchanged};
}

Result<QByteArray> exportMembersCsv(const Database &database, qint64 councilId, Language language)
{
    if (!database.record(Entity::Council, councilId))
        return Result<QByteArray>::failure(ImportText::tr("There is no council with id %1 in this workspace.").arg(councilId));
    const Language names = language == Language::Dutch ? Language::Dutch : Language::French;
    const QHash<qint64, Record> sectors = recordsById(database.records(Entity::Sector));
    const QHash<qint64, Record> professions = recordsById(database.records(Entity::Profession));
    const QHash<qint64, Record> functions = recordsById(database.records(Entity::Function));
    const QHash<qint64, Record> bassins = recordsById(database.records(Entity::Bassin));
    const QHash<qint64, Record> subgroups = recordsById(database.records(Entity::Subgroup, councilId));
    const QList<Record> memberships = database.recordsWhere(Entity::Membership, u"council_id"_qs, councilId);
    QList<qint64> personIds;
    for (const Record &membership : memberships)
        personIds << membership.number(u"person_id"_qs);
    const QHash<qint64, Record> people = recordsById(database.recordsWithIds(Entity::Person, personIds));

    const QList<MemberColumn> columns = {MemberColumn::Name,     MemberColumn::Organisation, MemberColumn::Sector,
                                         MemberColumn::Function, MemberColumn::Profession,   MemberColumn::Bassin,
                                         MemberColumn::Language, MemberColumn::Gender,       MemberColumn::Email,
                                         MemberColumn::Role,     MemberColumn::Subgroup,     MemberColumn::TermStart,
                                         MemberColumn::TermEnd,  MemberColumn::Mandatory};
    QList<QStringList> rows;
    QStringList header;
    for (MemberColumn column : columns)
        header << memberColumnHeader(column, language);
    rows << header;
    auto nameOf = [&](const QHash<qint64, Record> &records, const QVariant &id) {
        return id.isNull() ? QString() : records.value(id.toLongLong()).bilingual(u"name"_qs).display(names);
    };
    QList<QStringList> body;
    for (const Record &membership : memberships) {
        const Record person = people.value(membership.number(u"person_id"_qs));
        body << QStringList{person.text(u"name"_qs),
                            person.text(u"organisation"_qs),
                            nameOf(sectors, person.value(u"sector_id"_qs)),
                            nameOf(functions, person.value(u"function_id"_qs)),
                            nameOf(professions, person.value(u"profession_id"_qs)),
                            nameOf(bassins, person.value(u"bassin_id"_qs)),
                            cellForCode(MemberColumn::Language, person.text(u"language"_qs), language),
                            cellForCode(MemberColumn::Gender, person.text(u"gender"_qs), language),
                            person.text(u"email"_qs),
                            cellForCode(MemberColumn::Role, membership.text(u"role"_qs), language),
                            nameOf(subgroups, membership.value(u"subgroup_id"_qs)),
                            membership.text(u"term_start"_qs),
                            membership.text(u"term_end"_qs),
                            yesNoCell(membership.number(u"mandatory"_qs) != 0, language)};
    }
    std::sort(body.begin(), body.end(), [](const QStringList &a, const QStringList &b) {
        return QString::localeAwareCompare(a.first(), b.first()) < 0;
    });
    rows << body;
    return writeCsv(rows);
}

} // namespace Quorum
