// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvfile.h"
#include "memberfields.h"
#include "record.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Quorum {

class Database;
class Workspace;

// One thing wrong in a spreadsheet, on the line of the file it was found on (0: the file).
struct ImportProblem
{
    int line = 0;
    QString message;
    QString describe() const; // "Line 12: …" in the interface's language
    friend bool operator==(const ImportProblem &, const ImportProblem &) = default;
};

// What the user chose for a sector, bassin or subgroup of the file that no entry of the
// workspace is called (in either language, case and accents aside): the entry it means, or
// a new entry of that name, created by the import in the same step.
struct ValueChoice
{
    MemberColumn column = MemberColumn::Sector; // Sector, Bassin or Subgroup
    QString value;                              // as the file writes it
    qint64 existingId = 0;                      // 0: create an entry named `value`
};

// The columns whose values are entries of a list: a name the list lacks is created by the
// import for professions and functions (lists that grow as people come), and only by the
// user's choice for sectors, bassins and subgroups (they shape the council's balance).
bool isCreatedWhenMissing(MemberColumn column);

// The columns of one record that a spreadsheet row gives, in stored form: one slot per
// column of the entity (entitySpec(entity).columns, in that order), typed rather than a
// map keyed by name, as the import plans 10,000 rows and map nodes were most of it.
class PlannedValues
{
public:
    explicit PlannedValues(Entity entity);
    Entity entity() const { return m_entity; }
    // The column's index in entitySpec(entity).columns; -1 when it has none of that name.
    static int columnIndex(Entity entity, QStringView field);
    void set(int column, const QVariant &value);
    bool contains(QStringView field) const;
    QVariant value(QStringView field) const; // a null QVariant when the row does not give it
    const QVariant &at(int column) const { return m_values.at(column); }
    bool isGiven(int column) const { return m_given & (quint64(1) << column); }
    int size() const { return int(m_values.size()); }
    QVariantMap toMap() const;

private:
    Entity m_entity;
    QVariantList m_values;
    quint64 m_given = 0; // bit per column the row gives
};

// A person of the spreadsheet as the import will write them.
struct PlannedMember
{
    enum class Action { Add, Update, Unchanged };
    int line = 0;
    Action action = Action::Add;
    qint64 personId = 0;       // the known person updated or left unchanged
    qint64 membershipId = 0;   // their membership of the council, when they have one
    PlannedValues person{Entity::Person};         // the person's columns the spreadsheet gives
    PlannedValues membership{Entity::Membership}; // the membership's columns the spreadsheet gives
    QVariantMap personChanges;     // for a known person: only what differs
    QVariantMap membershipChanges; // for a known membership: only what differs
    // List entries the workspace does not hold yet, by column (a new profession, or a sector
    // the user chose to create): created by the import (one entry per name, named the same in
    // both languages) and given to the person or membership then.
    QMap<MemberColumn, QString> newEntries;
};

// Everything the import will do, computed without writing anything: what the preview
// shows and what applyMemberImport() writes. Pure: the same file and workspace give the
// same plan.
struct MemberImportPlan
{
    qint64 councilId = 0;
    QString encoding;
    QChar separator;
    QStringList headers;                              // as the file writes them
    QList<std::optional<MemberColumn>> mapping;       // per header: the column recognised
    QStringList unknownColumns;                       // headers not recognised (never silently dropped)
    QList<QStringList> rows;                          // the data rows, as read
    QList<int> lines;                                 // the file line each data row starts on
    QList<ImportProblem> problems;                    // any problem refuses the whole file
    // Sector, bassin and subgroup values with no match and no choice, by column: each is a
    // problem until the user maps it to an entry or has it created (ValueChoice).
    QMap<MemberColumn, QStringList> unknownValues;
    // What the import adds to the lists, by column: every profession and function the lists
    // lack, and the sectors, bassins and subgroups the user chose to create (renamed or
    // merged later, in the settings).
    QMap<MemberColumn, QStringList> newEntries;
    QList<PlannedMember> members;
    int added = 0, updated = 0, unchanged = 0;

    bool canApply() const { return problems.isEmpty() && !members.isEmpty(); }
};

// What an applied import did.
struct MemberImportSummary
{
    int added = 0, updated = 0, unchanged = 0;
};

// Plans the import of `table` (or of `bytes`, read with parseCsv) as people and their
// memberships of council `councilId`. A file that cannot be read gives a plan whose one
// problem says why.
// `choices` say what the user decided for values no entry matches.
MemberImportPlan planMemberImport(const Database &database, qint64 councilId, const CsvTable &table,
                                  const QList<ValueChoice> &choices = {});
MemberImportPlan planMemberImport(const Database &database, qint64 councilId, const Result<CsvTable> &table,
                                  const QList<ValueChoice> &choices = {});

// The entries a value of `column` can be mapped to (the council's subgroups for Subgroup).
QList<Record> listEntriesFor(const Database &database, MemberColumn column, qint64 councilId);
// The entry of `column` named `nameOrId` (in either language, case and accents aside, or
// its id), as the command line's --map gives it.
std::optional<qint64> findListEntry(const Database &database, MemberColumn column, qint64 councilId,
                                    const QString &nameOrId);

// Writes a plan as ONE undoable step: every person added or updated, or nothing at all
// (a plan with problems is refused whole, with its problems in the message).
Result<MemberImportSummary> applyMemberImport(Workspace &workspace, const MemberImportPlan &plan);

// The council's members as a spreadsheet (writeCsv: UTF-8 with BOM, semicolons), headers
// and words in `language`; what planMemberImport() reads back as "unchanged".
Result<QByteArray> exportMembersCsv(const Database &database, qint64 councilId, Language language);

// The plan's problems, one per line, for a message or the command line.
QStringList describeProblems(const MemberImportPlan &plan);

// What the import adds to the lists, as one sentence (empty when nothing), for the preview
// and the command line.
QString describeNewListEntries(const MemberImportPlan &plan);

} // namespace Quorum
