// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberscommands.h"

#include "commandline.h"
#include "exportfile.h"
#include "members/memberimport.h"
#include "storage/database.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace Quorum {
namespace {

struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::CommandLine)
};

QString separatorName(QChar separator)
{
    return separator == u'\t' ? CommandLineText::tr("tabs") : separator == u',' ? CommandLineText::tr("commas")
                                                                                 : CommandLineText::tr("semicolons");
}

void printPlan(const QString &csv, const MemberImportPlan &plan)
{
    printLine(stdout, CommandLineText::tr("%1: %2, cells separated by %3, %n row(s) below the header.", nullptr, int(plan.rows.size()))
                          .arg(csv, plan.encoding, separatorName(plan.separator)));
    QStringList mapping;
    for (qsizetype i = 0; i < plan.headers.size(); ++i)
        if (plan.mapping.at(i))
            mapping << CommandLineText::tr("%1 → %2").arg(plan.headers.at(i), memberColumnLabel(*plan.mapping.at(i)));
    if (!mapping.isEmpty())
        printLine(stdout, CommandLineText::tr("Columns: %1.").arg(mapping.join(u", ")));
    if (!plan.unknownColumns.isEmpty())
        printLine(stdout, CommandLineText::tr("Columns Quorum does not know (not imported): %1.").arg(plan.unknownColumns.join(u", ")));
    if (const QString entries = describeNewListEntries(plan); !entries.isEmpty())
        printLine(stdout, entries);
}

// The user's --map choices, each an existing entry found by name or id. A wrong KIND or
// ENTRY is the command line's mistake: one message, nothing imported.
Result<QList<ValueChoice>> valueChoices(const Database &database, const CommandLine &commandLine)
{
    QList<ValueChoice> choices;
    for (const QString &map : commandLine.valueMaps) {
        const qsizetype colon = map.indexOf(u':');
        const qsizetype equals = map.indexOf(u'=', colon + 1);
        const QString kind = map.left(colon).trimmed();
        const QString value = map.mid(colon + 1, equals - colon - 1).trimmed();
        const QString entry = map.mid(equals + 1).trimmed();
        const auto column = memberColumnFromHeader(kind);
        if (!column || (*column != MemberColumn::Sector && *column != MemberColumn::Bassin && *column != MemberColumn::Subgroup))
            return Result<QList<ValueChoice>>::failure(
                CommandLineText::tr("--map %1: “%2” is not sector, bassin or subgroup.").arg(map, kind));
        const auto id = findListEntry(database, *column, commandLine.council, entry);
        if (!id)
            return Result<QList<ValueChoice>>::failure(
                CommandLineText::tr("--map %1: no %2 is called “%3” (or has that id).")
                    .arg(map, memberColumnLabel(*column).toLower(), entry));
        choices.append({*column, value, *id});
    }
    return choices;
}

} // namespace

int runImportMembers(const CommandLine &commandLine)
{
    const QString &file = commandLine.files.at(0);
    const QString &csv = commandLine.files.at(1);
    // The spreadsheet first: a wrong file is refused before the workspace is opened.
    const Result<CsvTable> table = readCsvFile(csv);
    if (!table)
        return failCommand(csv + u": "_qs + table.error());
    auto opened = Workspace::open(file);
    if (!opened)
        return failCommand(opened.error());
    Workspace &workspace = *opened.value();
    if (!workspace.storage().record(Entity::Council, commandLine.council))
        return failCommand(CommandLineText::tr("%1: no council with id %2 in this workspace.").arg(file).arg(commandLine.council));

    auto choices = valueChoices(workspace.storage(), commandLine);
    if (!choices)
        return failCommand(choices.error());
    MemberImportPlan plan = planMemberImport(workspace.storage(), commandLine.council, table.value(), choices.value());
    if (commandLine.createMissing && !plan.unknownValues.isEmpty()) {
        for (auto it = plan.unknownValues.cbegin(); it != plan.unknownValues.cend(); ++it)
            for (const QString &value : it.value())
                choices.value().append({it.key(), value, 0});
        plan = planMemberImport(workspace.storage(), commandLine.council, table.value(), choices.value());
    }
    printPlan(csv, plan);
    if (!plan.problems.isEmpty()) {
        for (const QString &line : describeProblems(plan))
            failCommand(csv + u": "_qs + line);
        return failCommand(CommandLineText::tr("%1: not imported, %n problem(s); the workspace is unchanged.", nullptr,
                                        int(plan.problems.size()))
                        .arg(csv));
    }
    const QString counts = CommandLineText::tr("%1 added, %2 updated, %3 unchanged").arg(plan.added).arg(plan.updated).arg(plan.unchanged);
    if (commandLine.dryRun) {
        printLine(stdout, CommandLineText::tr("Dry run: would import %1 (%2); nothing was written.").arg(csv, counts));
        return 0;
    }
    auto applied = applyMemberImport(workspace, plan);
    if (!applied)
        return failCommand(file + u": "_qs + applied.error());
    printLine(stdout, CommandLineText::tr("Imported %1 into council %2: %3.").arg(csv).arg(commandLine.council).arg(counts));
    return 0;
}

int runExportMembers(const CommandLine &commandLine)
{
    const QString &file = commandLine.files.at(0);
    auto database = Database::openReadOnly(file);
    if (!database)
        return failCommand(database.error());
    const Language language = languageFromCode(commandLine.language).value_or(Language::French);
    auto bytes = exportMembersCsv(*database.value(), commandLine.council, language);
    if (!bytes)
        return failCommand(file + u": "_qs + bytes.error());
    if (commandLine.output.isEmpty()) {
        if (std::fwrite(bytes.value().constData(), 1, std::size_t(bytes.value().size()), stdout) != std::size_t(bytes.value().size())
            || std::fflush(stdout) != 0)
            return failCommand(CommandLineText::tr("the standard output cannot be written."));
        return 0;
    }
    if (auto written = writeExportFile(commandLine.output, bytes.value(), file); !written)
        return failCommand(written.error());
    printLine(stdout, CommandLineText::tr("Wrote the members of council %1 to %2.")
                          .arg(commandLine.council)
                          .arg(QFileInfo(commandLine.output).absoluteFilePath()));
    return 0;
}

} // namespace Quorum
