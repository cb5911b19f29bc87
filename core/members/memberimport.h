// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvfile.h"
#include "memberfields.h"
#include "result.h"

#include <QByteArray>
#include <QList>
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

// A person of the spreadsheet as the import will write them.
struct PlannedMember
{
    enum class Action { Add, Update, Unchanged };
    int line = 0;
    Action action = Action::Add;
    qint64 personId = 0;       // the known person updated or left unchanged
    qint64 membershipId = 0;   // their membership of the council, when they have one
    QVariantMap person;        // the person's columns the spreadsheet gives (stored form)
    QVariantMap membership;    // the membership's columns the spreadsheet gives (stored form)
    QVariantMap personChanges;     // for a known person: only what differs
    QVariantMap membershipChanges; // for a known membership: only what differs
    // A profession or function the lists do not hold yet: created by the import (one entry
    // per name, named the same in both languages) and given to the person then.
    QString newProfession, newFunction;
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
    QStringList unknownSectors, unknownBassins, unknownSubgroups; // values with no match
    // Professions and functions are lists the council grows as people come: a name the list
    // lacks is added to it by the import (the user renames or merges it later, in settings).
    QStringList newProfessions, newFunctions;
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
MemberImportPlan planMemberImport(const Database &database, qint64 councilId, const CsvTable &table);
MemberImportPlan planMemberImport(const Database &database, qint64 councilId, const Result<CsvTable> &table);

// Writes a plan as ONE undoable step: every person added or updated, or nothing at all
// (a plan with problems is refused whole, with its problems in the message).
Result<MemberImportSummary> applyMemberImport(Workspace &workspace, const MemberImportPlan &plan);

// The council's members as a spreadsheet (writeCsv: UTF-8 with BOM, semicolons), headers
// and words in `language`; what planMemberImport() reads back as "unchanged".
Result<QByteArray> exportMembersCsv(const Database &database, qint64 councilId, Language language);

// The plan's problems, one per line, for a message or the command line.
QStringList describeProblems(const MemberImportPlan &plan);

// What the import adds to the professions and functions lists, as one sentence (empty when
// nothing), for the preview and the command line.
QString describeNewListEntries(const MemberImportPlan &plan);

} // namespace Quorum
