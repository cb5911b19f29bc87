// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopcommands.h"

#include "commandline.h"
#include "documents/agendapack.h"
#include "documents/renderers.h"
#include "exportfile.h"
#include "storage/database.h"
#include "workshops/workshopreport.h"
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

int fail(const QString &message)
{
    printLine(stderr, u"quorum: "_qs + message);
    return 1;
}

} // namespace

int runWorkshops(const CommandLine &commandLine)
{
    const QString &file = commandLine.files.at(0);
    const QDate date = QDate::fromString(commandLine.meeting, Qt::ISODate);
    // Reading needs no lock; assigning is an edit of the workspace like any other.
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Database> readOnly;
    if (commandLine.assign) {
        auto opened = Workspace::open(file);
        if (!opened)
            return fail(opened.error());
        workspace = opened.take();
    } else {
        auto opened = Database::openReadOnly(file);
        if (!opened)
            return fail(opened.error());
        readOnly = opened.take();
    }
    const Database &database = workspace ? workspace->storage() : *readOnly;
    const std::optional<Record> meeting = meetingOnDate(database, date);
    if (!meeting)
        return fail(CommandLineText::tr("%1: no meeting on %2 in this workspace.").arg(file, commandLine.meeting));

    if (workspace) {
        auto assigned = assignWorkshops(*workspace, meeting->id);
        if (!assigned)
            return fail(file + u": "_qs + assigned.error());
    }
    const MeetingWorkshops lists = readMeetingWorkshops(database, meeting->id);
    if (lists.workshops.isEmpty())
        return fail(CommandLineText::tr("%1: the meeting of %2 has no workshops.").arg(file, commandLine.meeting));
    const SplitOutcome figures = measureAssignment(lists.splitInput(), lists.seats());

    QByteArray bytes;
    if (commandLine.format == u"json") {
        bytes = workshopListsJson(lists, figures);
    } else if (commandLine.format == u"csv") {
        bytes = workshopListsCsv(lists);
    } else {
        const std::optional<Record> council = database.record(Entity::Council, meeting->number(u"council_id"_qs));
        const Document document =
            workshopListsDocument(lists, figures, council ? DocText::of(council->bilingual(u"name"_qs)) : DocText{});
        const DocumentLanguages languages = documentLanguagesFromCode(commandLine.documentLanguage).value_or(DocumentLanguages::Both);
        if (commandLine.format == u"pdf") {
            auto written = writeDocument(document, DocumentFormat::Pdf, languages, commandLine.output);
            if (!written)
                return fail(written.error());
            printLine(stdout, CommandLineText::tr("Wrote the workshop lists of %1 to %2.")
                                  .arg(commandLine.meeting, QFileInfo(commandLine.output).absoluteFilePath()));
            return 0;
        }
        bytes = renderMarkdown(document, languages);
    }
    if (commandLine.output.isEmpty()) {
        if (std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout) != std::size_t(bytes.size()) || std::fflush(stdout) != 0)
            return fail(CommandLineText::tr("the standard output cannot be written."));
        return 0;
    }
    if (auto written = writeExportFile(commandLine.output, bytes, file); !written)
        return fail(written.error());
    printLine(stdout, CommandLineText::tr("Wrote the workshop lists of %1 to %2.")
                          .arg(commandLine.meeting, QFileInfo(commandLine.output).absoluteFilePath()));
    return 0;
}

} // namespace Quorum
