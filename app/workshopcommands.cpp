// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopcommands.h"

#include "commandline.h"
#include "documents/agendapack.h"
#include "documents/renderers.h"
#include "exportfile.h"
#include "ideas/ideaboard.h"
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

// Writes an export to -o OUT (replaced whole, never a workspace) or to the standard output.
int deliver(const CommandLine &commandLine, const QByteArray &bytes, const QString &done)
{
    if (commandLine.output.isEmpty()) {
        if (std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout) != std::size_t(bytes.size()) || std::fflush(stdout) != 0)
            return failCommand(CommandLineText::tr("the standard output cannot be written."));
        return 0;
    }
    if (auto written = writeExportFile(commandLine.output, bytes, commandLine.files.at(0)); !written)
        return failCommand(written.error());
    printLine(stdout, done.arg(commandLine.meeting, QFileInfo(commandLine.output).absoluteFilePath()));
    return 0;
}

// A document export: a PDF written to -o, Markdown delivered like any export.
int deliverDocument(const CommandLine &commandLine, const Document &document, const QString &done)
{
    const DocumentLanguages languages = documentLanguagesFromCode(commandLine.documentLanguage).value_or(DocumentLanguages::Both);
    if (commandLine.format == u"pdf") {
        if (auto written = writeDocument(document, DocumentFormat::Pdf, languages, commandLine.output); !written)
            return failCommand(written.error());
        printLine(stdout, done.arg(commandLine.meeting, QFileInfo(commandLine.output).absoluteFilePath()));
        return 0;
    }
    return deliver(commandLine, renderMarkdown(document, languages), done);
}

DocText councilOf(const Database &database, const Record &meeting)
{
    const std::optional<Record> council = database.record(Entity::Council, meeting.number(u"council_id"_qs));
    return council ? DocText::of(council->bilingual(u"name"_qs)) : DocText{};
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
            return failCommand(opened.error());
        workspace = opened.take();
    } else {
        auto opened = Database::openReadOnly(file);
        if (!opened)
            return failCommand(opened.error());
        readOnly = opened.take();
    }
    const Database &database = workspace ? workspace->storage() : *readOnly;
    const std::optional<Record> meeting = meetingOnDate(database, date);
    if (!meeting)
        return failCommand(CommandLineText::tr("%1: no meeting on %2 in this workspace.").arg(file, commandLine.meeting));

    if (workspace) {
        auto assigned = assignWorkshops(*workspace, meeting->id);
        if (!assigned)
            return failCommand(file + u": "_qs + assigned.error());
    }
    const MeetingWorkshops lists = readMeetingWorkshops(database, meeting->id);
    if (lists.workshops.isEmpty())
        return failCommand(CommandLineText::tr("%1: the meeting of %2 has no workshops.").arg(file, commandLine.meeting));
    const SplitOutcome figures = measureAssignment(lists.splitInput(), lists.seats());

    const QString done = CommandLineText::tr("Wrote the workshop lists of %1 to %2.");
    if (commandLine.format == u"json")
        return deliver(commandLine, workshopListsJson(lists, figures), done);
    if (commandLine.format == u"csv")
        return deliver(commandLine, workshopListsCsv(lists), done);
    return deliverDocument(commandLine, workshopListsDocument(lists, figures, councilOf(database, *meeting)), done);
}

int runIdeas(const CommandLine &commandLine)
{
    const QString &file = commandLine.files.at(0);
    auto opened = Database::openReadOnly(file);
    if (!opened)
        return failCommand(opened.error());
    const Database &database = *opened.value();
    const std::optional<Record> meeting = meetingOnDate(database, QDate::fromString(commandLine.meeting, Qt::ISODate));
    if (!meeting)
        return failCommand(CommandLineText::tr("%1: no meeting on %2 in this workspace.").arg(file, commandLine.meeting));
    const IdeaBoard board = readIdeaBoard(database, meeting->id);
    const QString done = CommandLineText::tr("Wrote the ideas of %1 to %2.");
    if (commandLine.format == u"json")
        return deliver(commandLine, ideaBoardJson(board), done);
    return deliverDocument(commandLine, ideaBoardDocument(board, councilOf(database, *meeting)), done);
}

} // namespace Quorum
