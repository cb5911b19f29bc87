// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacycommands.h"

#include "commandline.h"
#include "composition/composition.h"
#include "jsonexchange.h"
#include "privacy/erasure.h"
#include "privacy/personaldata.h"
#include "storage/database.h"
#include "storage/schemacheck.h"
#include "decisions/voteconsistency.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

#include <cstdio>

namespace Quorum {
namespace {

// The context lupdate reads the strings of this file under.
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::CommandLine)
};

int fail(const QString &message)
{
    // Whatever a file name or a record holds, the terminal gets no control character.
    printLine(stderr, u"quorum: "_qs + printableText(message, -1));
    return 1;
}

// A long list of problems (a hollow file, a generated one gone wrong) is cut here: the
// first ones tell what happened, and the count says how far it goes.
constexpr int shownProblems = 100;

// Runs the check; prints every problem on stderr and returns false unless the file is sound.
bool reportCheck(const QString &file, WorkspaceFileInfo *info = nullptr)
{
    const Result<WorkspaceCheck> checked = checkWorkspaceFile(file);
    if (!checked) {
        fail(checked.error());
        return false;
    }
    QList<SchemaProblem> problems = checked.value().problems;
    // On a sound schema, the decision records as the interface would have written them:
    // counts against voters, references within their meeting, outcomes that follow from
    // the counts and the rule.
    if (problems.isEmpty()) {
        if (auto database = Database::openReadOnly(file)) {
            for (const RecordProblem &problem : decisionRecordProblems(*database.value()))
                problems.append({entitySpec(problem.entity).table, problem.id, QString(), problem.message});
        }
    }
    for (int i = 0; i < problems.size() && i < shownProblems; ++i)
        fail(file + u": "_qs + problems.at(i).line());
    if (problems.size() > shownProblems)
        fail(CommandLineText::tr("%1: and %n more problem(s).", nullptr, int(problems.size()) - shownProblems).arg(file));
    if (info)
        *info = checked.value().file;
    return problems.isEmpty();
}

int writeToStdout(const QByteArray &bytes)
{
    if (std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout) != std::size_t(bytes.size())
        || std::fflush(stdout) != 0)
        return fail(CommandLineText::tr("the standard output cannot be written."));
    return 0;
}

} // namespace

int runCheck(const CommandLine &commandLine)
{
    const QString &file = commandLine.files.at(0);
    WorkspaceFileInfo info;
    if (!reportCheck(file, &info))
        return 1;
    printLine(stdout, CommandLineText::tr("%1: a sound Quorum workspace (schema version %2, %3 bytes).")
                          .arg(printableText(file, -1))
                          .arg(info.schemaVersion)
                          .arg(info.sizeBytes));
    return 0;
}

int runExportJson(const CommandLine &commandLine)
{
    const QString &file = commandLine.files.at(0);
    // An export of a file that is not sound would pass its problems on as data.
    if (!reportCheck(file))
        return 1;
    auto database = Database::openReadOnly(file);
    if (!database)
        return fail(database.error());
    if (auto written = writeWorkspaceJson(*database.value(), commandLine.files.at(1)); !written)
        return fail(written.error());
    return 0;
}

int runPersonData(const CommandLine &commandLine)
{
    const QString &file = commandLine.files.at(0);
    auto database = Database::openReadOnly(file);
    if (!database)
        return fail(database.error());
    if (!database.value()->record(Entity::Person, commandLine.person))
        return fail(CommandLineText::tr("%1: no person with id %2 in this workspace.").arg(file).arg(commandLine.person));
    if (commandLine.output.isEmpty())
        return writeToStdout(personalDataJson(*database.value(), commandLine.person).toJson(QJsonDocument::Indented));
    if (auto written = writePersonalData(*database.value(), commandLine.person, commandLine.output); !written)
        return fail(written.error());
    printLine(stdout, CommandLineText::tr("Wrote the personal data of person %1 to %2.")
                          .arg(commandLine.person)
                          .arg(printableText(QFileInfo(commandLine.output).absoluteFilePath(), -1)));
    return 0;
}

int runErasePerson(const CommandLine &commandLine)
{
    const QString &file = commandLine.files.at(0);
    auto opened = Workspace::open(file);
    if (!opened)
        return fail(opened.error());
    Workspace &workspace = *opened.value();
    const ErasurePlan plan = planErasure(workspace.storage(), commandLine.person);
    if (!plan.person)
        return fail(CommandLineText::tr("%1: no person with id %2 in this workspace.").arg(file).arg(commandLine.person));
    if (!commandLine.yes)
        return fail(CommandLineText::tr("%1: would erase person %2 (%3) and %4 Nothing was changed: add --yes to erase; this cannot "
                       "be undone.")
                        .arg(file)
                        .arg(commandLine.person)
                        .arg(plan.person->text(u"name"_qs), describeErasurePlan(plan)));
    if (auto erased = erasePerson(workspace, commandLine.person); !erased)
        return fail(file + u": "_qs + erased.error());
    printLine(stdout, CommandLineText::tr("%1: erased person %2 and %3").arg(printableText(file, -1)).arg(commandLine.person).arg(describeErasurePlan(plan)));
    return 0;
}

int runComposition(const CommandLine &commandLine)
{
    const QString &file = commandLine.files.at(0);
    auto opened = Database::openReadOnly(file);
    if (!opened)
        return fail(opened.error());
    const Database &database = *opened.value();
    const std::optional<Record> council = database.record(Entity::Council, commandLine.council);
    if (!council)
        return fail(CommandLineText::tr("%1: no council with id %2 in this workspace.").arg(file).arg(commandLine.council));
    // As the council stands on the day asked (a meeting's date, say), today without --date.
    const QDate date = commandLine.date.isEmpty() ? QDate::currentDate() : QDate::fromString(commandLine.date, Qt::ISODate);
    const CompositionReport report = checkCouncilComposition(database, council->id, date);
    if (commandLine.format == u"json") {
        const QByteArray json = compositionReportJson(report, council->id);
        if (std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout) != std::size_t(json.size()))
            return fail(CommandLineText::tr("the standard output cannot be written."));
    } else {
        const BilingualText name = council->bilingual(u"name"_qs);
        // Both languages, as the council works in both: each sentence in French, then in Dutch.
        printLine(stdout, printableText(name.sideBySide(), -1));
        printLine(stdout, CommandLineText::tr("On %1: %n voting seat(s).", nullptr, report.seats).arg(date.toString(Qt::ISODate)));
        if (report.compliant())
            printLine(stdout, CommandLineText::tr("The composition follows every rule of the council."));
        for (const CompositionViolation &v : report.violations) {
            printLine(stdout, u"- "_qs + printableText(v.message.fr, -1));
            printLine(stdout, u"  "_qs + printableText(v.message.nl, -1));
        }
    }
    return report.compliant() ? 0 : 1;
}

} // namespace Quorum
