// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "decisions/history.h"
#include "decisions/historyexport.h"
#include "demo.h"
#include "documents/agendapack.h"
#include "documents/minutes.h"
#include "documents/renderers.h"
#include "generator.h"
#include "jsonexchange.h"
#include "memberscommands.h"
#include "workshopcommands.h"
#include "privacycommands.h"
#include "storage/database.h"
#include "storage/fileinspection.h"
#include "text/cleantext.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>

#include <cstdio>
#include <functional>

namespace Quorum {
namespace {

int fail(const QString &message)
{
    return failCommand(message);
}

struct Subcommand
{
    const char *name;
    CommandLine::Command command;
    int files;
};

constexpr Subcommand subcommands[] = {
    {"demo", CommandLine::Command::Demo, 1},
    {"check", CommandLine::Command::Check, 1},
    {"export-json", CommandLine::Command::ExportJson, 2},
    {"import-json", CommandLine::Command::ImportJson, 2},
    {"generate", CommandLine::Command::Generate, 1},
    {"agenda", CommandLine::Command::Agenda, 1},
    {"minutes", CommandLine::Command::Minutes, 1},
    {"decisions", CommandLine::Command::Decisions, 1},
    {"person-data", CommandLine::Command::PersonData, 1},
    {"erase-person", CommandLine::Command::ErasePerson, 1},
    {"composition", CommandLine::Command::Composition, 1},
    {"import-members", CommandLine::Command::ImportMembers, 2},
    {"export-members", CommandLine::Command::ExportMembers, 1},
    {"workshops", CommandLine::Command::Workshops, 1},
    {"ideas", CommandLine::Command::Ideas, 1},
};

// The decision history's formats: the stable JSON, and two documents of the pipeline.
bool isDecisionsFormat(const QString &format)
{
    return format == u"json" || format == u"md" || format == u"pdf";
}

} // namespace

int failCommand(const QString &message)
{
    printLine(stderr, u"quorum: "_qs + message);
    return 1;
}

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(visibleControls(text) + u'\n'), stream);
}

QString CommandLine::usage()
{
    return QCoreApplication::translate("Quorum::CommandLine",
                                       "Usage:\n"
                                       "  quorum [FILE]                            open the app (FILE, else the last workspace, else the demo)\n"
                                       "  quorum --demo                            open the app on a fresh copy of the demo workspace\n"
                                       "  quorum --lang fr|nl|en ...               interface language\n"
                                       "  quorum ... --meeting YYYY-MM-DD          open on the meeting of that date\n"
                                       "  quorum ... --at YYYY-MM-DDTHH:MM         show sessions as they stood at that moment\n"
                                       "  quorum ... --screenshot OUT.png [--view NAME]\n"
                                       "                                           render the main window (or a view) to PNG and exit\n"
                                       "  quorum demo OUT.quorum                   write the demo workspace\n"
                                       "  quorum check FILE                        verify a workspace file: its schema, the values of\n"
                                       "                                           every column, its pages; one line per problem\n"
                                       "  quorum export-json FILE OUT.json         export a workspace as JSON\n"
                                       "  quorum import-json IN.json OUT.quorum    build a workspace from JSON\n"
                                       "  quorum generate OUT.quorum [--years N] [--seed S]\n"
                                       "                                           write a large synthetic workspace\n"
                                       "  quorum agenda FILE --meeting YYYY-MM-DD [--lang fr|nl|both] [--format pdf|odt|html|md] -o OUT\n"
                                       "                                           export the send-ahead agenda pack of that meeting;\n"
                                       "                                           here --lang is the document's language (default both)\n"
                                       "                                           and --format defaults to OUT's extension\n"
                                       "  quorum minutes FILE --meeting YYYY-MM-DD [--lang fr|nl|both] [--layout columns|sequential]\n"
                                       "                 [--format pdf|odt|html|md] -o OUT\n"
                                       "                                           export the minutes of that meeting (its draft if none\n"
                                       "                                           is written); with both languages, side by side\n"
                                       "                                           (columns, the default) or one after the other\n"
                                       "  quorum decisions FILE [--meeting YYYY-MM-DD] [--council ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
                                       "                 [--search TEXT] [--lang fr|nl|both] [--format json|md|pdf] [-o OUT]\n"
                                       "                                           export the history of decisions (closed votes), all or\n"
                                       "                                           those of a meeting, a council, a period, or containing\n"
                                       "                                           every word searched; JSON carries both languages;\n"
                                       "                                           without -o, JSON and Markdown go to the standard output\n"
                                       "  quorum person-data FILE --person ID [-o OUT.json]\n"
                                       "                                           export everything the workspace holds about a person\n"
                                       "                                           (to the standard output without -o)\n"
                                       "  quorum erase-person FILE --person ID --yes\n"
                                       "                                           erase a person and every copy of their name and\n"
                                       "                                           organisation; without --yes, say what would be erased\n"
                                       "  quorum composition FILE --council ID [--date YYYY-MM-DD] [--format text|json]\n"
                                       "                                           check a council's composition against its rules (as it\n"
                                       "                                           stands on --date, today without it): seat ranges, seat\n"
                                       "                                           cap, clusters, advisory experts, open seats; exit 1 with\n"
                                       "                                           the violations listed\n"
                                       "  quorum import-members FILE IN.csv --council ID [--dry-run]\n"
                                       "                [--map KIND:VALUE=ENTRY]... [--create-missing]\n"
                                       "                                           add or update the council's members from a spreadsheet\n"
                                       "                                           saved as CSV (any line wrong: nothing is imported, every\n"
                                       "                                           problem is listed); --dry-run only says what it would do;\n"
                                       "                                           a sector, bassin or subgroup no entry is called is mapped\n"
                                       "                                           to an entry (--map sector:Astrologie=\"Santé mentale\",\n"
                                       "                                           by name or id) or created (--create-missing)\n"
                                       "  quorum export-members FILE --council ID [-o OUT.csv]\n"
                                       "                                           the council's members as CSV that Excel opens as it is\n"
                                       "                                           (UTF-8, semicolons; to the standard output without -o)\n"
                                       "  quorum workshops FILE --meeting YYYY-MM-DD [--assign] [--format json|md|csv|pdf] [-o OUT]\n"
                                       "                 [--lang fr|nl|both]\n"
                                       "                                           who goes where in the meeting's workshops, with the\n"
                                       "                                           choices honoured and each workshop's balance; --assign\n"
                                       "                                           first splits the participants automatically (people\n"
                                       "                                           placed by hand and locked lists stay); PDF: a page per\n"
                                       "                                           workshop for the doors (needs -o); JSON by default\n"
                                       "  quorum ideas FILE --meeting YYYY-MM-DD [--format json|md|pdf] [-o OUT] [--lang fr|nl|both]\n"
                                       "                                           what the meeting's workshops produced: the cards grouped\n"
                                       "                                           by issue, with the proposals; JSON by default\n"
                                       "  quorum --version\n"
                                       "Views: council, members, meetings, agenda, workshops, ideas, console, projector, attendance,\n"
                                       "synthesis, preview.\n");
}

CommandLine CommandLine::parse(const QStringList &arguments, const QStringList &views)
{
    CommandLine result;
    // The language first, so that an error found earlier on the line is still reported
    // in the language asked for.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const QString code = argument.startsWith(u"--lang=") ? argument.mid(7)
                             : argument == u"--lang"         ? arguments.value(i + 1)
                                                             : QString();
        if (code == u"fr" || code == u"nl" || code == u"en")
            result.language = code;
    }
    QStringList positional;
    QString lang;
    bool sawYearsOrSeed = false;
    auto fail = [&](const QString &message) {
        result.error = message;
        return result;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        QString inlineValue;
        bool hasInlineValue = false;
        if (argument.startsWith(u"--") && argument.contains(u'=')) {
            inlineValue = argument.section(u'=', 1);
            argument = argument.section(u'=', 0, 0);
            hasInlineValue = true;
        }
        auto value = [&](QString *target) -> bool {
            if (hasInlineValue) {
                *target = inlineValue;
                return true;
            }
            if (i + 1 >= arguments.size())
                return false;
            *target = arguments.at(++i);
            return true;
        };
        const auto missing = [&] {
            return QCoreApplication::translate("Quorum::CommandLine", "%1 needs a value.").arg(argument);
        };
        if (argument == u"--demo") {
            result.demo = true;
        } else if (argument == u"--version" || argument == u"-v") {
            result.command = Command::Version;
        } else if (argument == u"--help" || argument == u"-h") {
            result.command = Command::Help;
        } else if (argument == u"--lang") {
            // Checked once the command is known: for agenda it names the document's languages.
            if (!value(&lang))
                return fail(missing());
        } else if (argument == u"--format") {
            // Checked once the command is known: decisions has formats of its own.
            if (!value(&result.format))
                return fail(missing());
        } else if (argument == u"--layout") {
            if (!value(&result.layout))
                return fail(missing());
            if (!minutesLayoutFromCode(result.layout))
                return fail(QCoreApplication::translate("Quorum::CommandLine", "--layout must be columns or sequential, not \"%1\".")
                                .arg(result.layout));
        } else if (argument == u"-o" || argument == u"--output") {
            if (!value(&result.output) || result.output.isEmpty())
                return fail(missing());
        } else if (argument == u"--screenshot") {
            if (!value(&result.screenshot) || result.screenshot.isEmpty())
                return fail(missing());
        } else if (argument == u"--view") {
            if (!value(&result.view))
                return fail(missing());
            if (!views.contains(result.view))
                return fail(QCoreApplication::translate("Quorum::CommandLine", "unknown view \"%1\"; the views are %2.")
                                .arg(result.view, views.join(u", ")));
        } else if (argument == u"--at") {
            if (!value(&result.at))
                return fail(missing());
            if (!QDateTime::fromString(result.at, u"yyyy-MM-ddTHH:mm"_qs).isValid())
                return fail(QCoreApplication::translate("Quorum::CommandLine", "--at needs a moment written as YYYY-MM-DDTHH:MM, not \"%1\".")
                                .arg(result.at));
        } else if (argument == u"--meeting") {
            if (!value(&result.meeting))
                return fail(missing());
            if (!QDate::fromString(result.meeting, Qt::ISODate).isValid())
                return fail(QCoreApplication::translate("Quorum::CommandLine", "--meeting needs a date written as YYYY-MM-DD, not \"%1\".")
                                .arg(result.meeting));
        } else if (argument == u"--council") {
            QString text;
            if (!value(&text))
                return fail(missing());
            bool ok = false;
            result.council = text.toLongLong(&ok);
            if (!ok || result.council < 1)
                return fail(QCoreApplication::translate("Quorum::CommandLine", "--council needs the id of a council, a whole number, not \"%1\".")
                                .arg(text));
        } else if (argument == u"--person") {
            QString text;
            if (!value(&text))
                return fail(missing());
            bool ok = false;
            result.person = text.toLongLong(&ok);
            if (!ok || result.person < 1)
                return fail(QCoreApplication::translate("Quorum::CommandLine", "--person needs the id of a person, a whole number, not \"%1\".")
                                .arg(text));
        } else if (argument == u"--yes") {
            result.yes = true;
        } else if (argument == u"--assign") {
            result.assign = true;
        } else if (argument == u"--dry-run") {
            result.dryRun = true;
        } else if (argument == u"--create-missing") {
            result.createMissing = true;
        } else if (argument == u"--map") {
            QString map;
            if (!value(&map))
                return fail(missing());
            const qsizetype colon = map.indexOf(u':');
            const qsizetype equals = map.indexOf(u'=', colon + 1);
            if (colon <= 0 || equals <= colon + 1 || equals == map.size() - 1)
                return fail(QCoreApplication::translate("Quorum::CommandLine",
                                                        "--map needs KIND:VALUE=ENTRY (sector:Astrologie=\"Santé mentale\"), not \"%1\".")
                                .arg(map));
            result.valueMaps << map;
        } else if (argument == u"--date") {
            if (!value(&result.date))
                return fail(missing());
            if (!QDate::fromString(result.date, Qt::ISODate).isValid())
                return fail(QCoreApplication::translate("Quorum::CommandLine", "%1 needs a date written as YYYY-MM-DD, not \"%2\".")
                                .arg(argument, result.date));
        } else if (argument == u"--from" || argument == u"--to") {
            QString &date = argument == u"--from" ? result.from : result.to;
            if (!value(&date))
                return fail(missing());
            if (!QDate::fromString(date, Qt::ISODate).isValid())
                return fail(QCoreApplication::translate("Quorum::CommandLine", "%1 needs a date written as YYYY-MM-DD, not \"%2\".")
                                .arg(argument, date));
        } else if (argument == u"--search") {
            if (!value(&result.search))
                return fail(missing());
        } else if (argument == u"--years" || argument == u"--seed") {
            QString text;
            if (!value(&text))
                return fail(missing());
            bool ok = false;
            const uint number = text.toUInt(&ok);
            if (!ok || (argument == u"--years" && (number < 1 || number > 50)))
                return fail(QCoreApplication::translate("Quorum::CommandLine", "%1 must be a whole number%2, not \"%3\".")
                                .arg(argument,
                                     argument == u"--years" ? QCoreApplication::translate("Quorum::CommandLine", " from 1 to 50")
                                                            : QString(),
                                     text));
            if (argument == u"--years")
                result.years = int(number);
            else
                result.seed = number;
            sawYearsOrSeed = true;
        } else if (argument.startsWith(u'-') && argument.size() > 1) {
            return fail(QCoreApplication::translate("Quorum::CommandLine", "unknown option %1.").arg(argument));
        } else {
            positional << arguments.at(i);
        }
    }
    // --lang: the interface language, except for the documents, where it is the document's.
    const QString document = !positional.isEmpty()
                                     && (positional.first() == u"agenda" || positional.first() == u"minutes"
                                         || positional.first() == u"decisions" || positional.first() == u"workshops"
                                         || positional.first() == u"ideas")
                                 ? positional.first()
                                 : QString();
    if (!lang.isNull()) {
        if (!document.isEmpty() && result.command != Command::Version && result.command != Command::Help) {
            if (!documentLanguagesFromCode(lang))
                return fail(QCoreApplication::translate("Quorum::CommandLine", "for %1, --lang must be fr, nl or both, not \"%2\".")
                                .arg(document, lang));
            result.documentLanguage = lang;
            result.language.clear(); // the interface keeps its own language
        } else if (lang != u"fr" && lang != u"nl" && lang != u"en") {
            return fail(QCoreApplication::translate("Quorum::CommandLine", "--lang must be fr, nl or en, not \"%1\".").arg(lang));
        } else {
            result.language = lang;
        }
    }
    if (result.command == Command::Version || result.command == Command::Help)
        return result;

    if (!positional.isEmpty()) {
        for (const Subcommand &sub : subcommands) {
            if (positional.first() != QLatin1String(sub.name))
                continue;
            result.command = sub.command;
            result.files = positional.mid(1);
            if (result.files.size() != sub.files)
                return fail(QCoreApplication::translate("Quorum::CommandLine", "%1 takes %n file argument(s).", nullptr, sub.files)
                                .arg(QLatin1String(sub.name)));
            break;
        }
    }
    if (result.command == Command::OpenApp) {
        result.files = positional;
        if (result.files.size() > 1)
            return fail(QCoreApplication::translate("Quorum::CommandLine", "only one workspace file can be opened at a time."));
        if (result.demo && !result.files.isEmpty())
            return fail(QCoreApplication::translate("Quorum::CommandLine", "--demo and a FILE cannot be combined."));
    } else {
        if (result.demo || !result.screenshot.isEmpty() || !result.view.isEmpty()
            || (!result.meeting.isEmpty() && result.command != Command::Agenda && result.command != Command::Minutes
                && result.command != Command::Decisions && result.command != Command::Workshops
                && result.command != Command::Ideas)
            || !result.at.isEmpty())
            return fail(QCoreApplication::translate("Quorum::CommandLine",
                                                    "--demo, --screenshot, --view, --meeting and --at only apply when opening the app."));
    }
    const bool members = result.command == Command::ImportMembers || result.command == Command::ExportMembers;
    if (members && result.council < 1)
        return fail(QCoreApplication::translate("Quorum::CommandLine", "%1 needs --council ID, the id of the council.")
                        .arg(positional.first()));
    if ((result.dryRun || result.createMissing || !result.valueMaps.isEmpty()) && result.command != Command::ImportMembers)
        return fail(QCoreApplication::translate("Quorum::CommandLine",
                                                "--dry-run, --map and --create-missing only apply to import-members."));
    if (result.assign && result.command != Command::Workshops)
        return fail(QCoreApplication::translate("Quorum::CommandLine", "--assign only applies to workshops."));
    if (!result.date.isEmpty() && result.command != Command::Composition)
        return fail(QCoreApplication::translate("Quorum::CommandLine", "--date only applies to composition."));
    const bool decisionFilters = (result.council > 0 && !members && result.command != Command::Composition)
                                 || !result.from.isEmpty() || !result.to.isEmpty() || !result.search.isNull();
    if (decisionFilters && result.command != Command::Decisions)
        return fail(QCoreApplication::translate("Quorum::CommandLine", "--council, --from, --to and --search only apply to decisions."));
    if (result.command == Command::Agenda || result.command == Command::Minutes) {
        const QString name = result.command == Command::Agenda ? u"agenda"_qs : u"minutes"_qs;
        if (!result.format.isEmpty() && !documentFormatFromCode(result.format))
            return fail(QCoreApplication::translate("Quorum::CommandLine", "--format must be pdf, odt, html or md, not \"%1\".")
                            .arg(result.format));
        if (result.meeting.isEmpty())
            return fail(QCoreApplication::translate("Quorum::CommandLine", "%1 needs --meeting YYYY-MM-DD, the date of the meeting.")
                            .arg(name));
        if (result.output.isEmpty())
            return fail(QCoreApplication::translate("Quorum::CommandLine", "%1 needs -o OUT, the file to write.").arg(name));
        if (result.format.isEmpty()) {
            const auto format = documentFormatFromFileName(result.output);
            if (!format)
                return fail(QCoreApplication::translate("Quorum::CommandLine",
                                                        "%1 needs --format pdf, odt, html or md (or an OUT ending in .pdf, .odt, "
                                                        ".html or .md).")
                                .arg(name));
            result.format = documentFormatCode(*format);
        }
        if (result.documentLanguage.isEmpty())
            result.documentLanguage = documentLanguagesCode(DocumentLanguages::Both);
    } else if (result.command == Command::Decisions) {
        if (!result.format.isEmpty() && !isDecisionsFormat(result.format))
            return fail(QCoreApplication::translate("Quorum::CommandLine", "for decisions, --format must be json, md or pdf, not \"%1\".")
                            .arg(result.format));
        if (result.format.isEmpty()) {
            const QString suffix = QFileInfo(result.output).suffix().toLower();
            result.format = suffix == u"markdown" ? u"md"_qs : suffix;
            if (result.output.isEmpty() || !isDecisionsFormat(result.format))
                return fail(QCoreApplication::translate("Quorum::CommandLine",
                                                        "decisions needs --format json, md or pdf (or an OUT ending in .json, .md "
                                                        "or .pdf)."));
        }
        if (result.format == u"pdf" && result.output.isEmpty())
            return fail(QCoreApplication::translate("Quorum::CommandLine",
                                                    "decisions needs -o OUT for a PDF: a PDF is not written to the terminal."));
        if (!result.from.isEmpty() && !result.to.isEmpty()
            && QDate::fromString(result.from, Qt::ISODate) > QDate::fromString(result.to, Qt::ISODate))
            return fail(QCoreApplication::translate("Quorum::CommandLine", "--from %1 comes after --to %2.").arg(result.from, result.to));
        if (result.documentLanguage.isEmpty())
            result.documentLanguage = documentLanguagesCode(DocumentLanguages::Both);
    } else if (result.command == Command::Workshops) {
        if (result.meeting.isEmpty())
            return fail(QCoreApplication::translate("Quorum::CommandLine", "workshops needs --meeting YYYY-MM-DD, the date of the meeting."));
        if (result.format.isEmpty()) {
            const QString suffix = QFileInfo(result.output).suffix().toLower();
            result.format = result.output.isEmpty() ? u"json"_qs : suffix == u"markdown" ? u"md"_qs : suffix;
        }
        if (result.format != u"json" && result.format != u"md" && result.format != u"csv" && result.format != u"pdf")
            return fail(QCoreApplication::translate("Quorum::CommandLine", "for workshops, --format must be json, md, csv or pdf, not \"%1\".")
                            .arg(result.format));
        if (result.format == u"pdf" && result.output.isEmpty())
            return fail(QCoreApplication::translate("Quorum::CommandLine",
                                                    "workshops needs -o OUT for a PDF: a PDF is not written to the terminal."));
        if (result.documentLanguage.isEmpty())
            result.documentLanguage = documentLanguagesCode(DocumentLanguages::Both);
    } else if (result.command == Command::Ideas) {
        if (result.meeting.isEmpty())
            return fail(QCoreApplication::translate("Quorum::CommandLine", "ideas needs --meeting YYYY-MM-DD, the date of the meeting."));
        if (result.format.isEmpty()) {
            const QString suffix = QFileInfo(result.output).suffix().toLower();
            result.format = result.output.isEmpty() ? u"json"_qs : suffix == u"markdown" ? u"md"_qs : suffix;
        }
        if (result.format != u"json" && result.format != u"md" && result.format != u"pdf")
            return fail(QCoreApplication::translate("Quorum::CommandLine", "for ideas, --format must be json, md or pdf, not \"%1\".")
                            .arg(result.format));
        if (result.format == u"pdf" && result.output.isEmpty())
            return fail(QCoreApplication::translate("Quorum::CommandLine",
                                                    "ideas needs -o OUT for a PDF: a PDF is not written to the terminal."));
        if (result.documentLanguage.isEmpty())
            result.documentLanguage = documentLanguagesCode(DocumentLanguages::Both);
    } else if (result.command == Command::Composition) {
        if (result.format.isEmpty())
            result.format = u"text"_qs;
        if (result.format != u"text" && result.format != u"json")
            return fail(QCoreApplication::translate("Quorum::CommandLine", "for composition, --format must be text or json, not \"%1\".")
                            .arg(result.format));
        if (result.council < 1)
            return fail(QCoreApplication::translate("Quorum::CommandLine", "composition needs --council ID, the id of a council."));
        if (!result.output.isEmpty())
            return fail(QCoreApplication::translate("Quorum::CommandLine", "composition prints to the standard output: it takes no -o."));
    } else if (!result.format.isEmpty() || (!result.output.isEmpty() && result.command != Command::PersonData
                                                  && result.command != Command::ExportMembers)) {
        return fail(QCoreApplication::translate("Quorum::CommandLine", "--format and -o only apply to agenda, minutes and decisions."));
    }
    const bool aboutPerson = result.command == Command::PersonData || result.command == Command::ErasePerson;
    if (aboutPerson && result.person < 1)
        return fail(QCoreApplication::translate("Quorum::CommandLine", "%1 needs --person ID, the id of the person.")
                        .arg(positional.first()));
    if ((result.person > 0 && !aboutPerson) || (result.yes && result.command != Command::ErasePerson))
        return fail(QCoreApplication::translate("Quorum::CommandLine", "--person applies to person-data and erase-person, --yes to erase-person."));
    if (!result.layout.isEmpty() && result.command != Command::Minutes)
        return fail(QCoreApplication::translate("Quorum::CommandLine", "--layout only applies to minutes."));
    if (result.command == Command::Minutes && result.layout.isEmpty())
        result.layout = minutesLayoutCode(MinutesLayout::Columns);
    if (sawYearsOrSeed && result.command != Command::Generate)
        return fail(QCoreApplication::translate("Quorum::CommandLine", "--years and --seed only apply to generate."));
    return result;
}

namespace {

// The send-ahead pack and the minutes are written alike: the workspace opened for reading
// (so the app may have it open), the meeting found by its date, the document built and
// written whole. `done` is the success line, with %1 the date and %2 the file.
int exportMeetingDocument(const CommandLine &commandLine,
                          const std::function<Result<Document>(const Database &, qint64 meetingId)> &build, const QString &done)
{
    const QString &file = commandLine.files.at(0);
    auto database = Database::openReadOnly(file);
    if (!database)
        return fail(database.error());
    const std::optional<Record> meeting = meetingOnDate(*database.value(), QDate::fromString(commandLine.meeting, Qt::ISODate));
    if (!meeting)
        return fail(QCoreApplication::translate("Quorum::CommandLine", "%1: no meeting on %2 in this workspace.")
                        .arg(file, commandLine.meeting));
    auto document = build(*database.value(), meeting->id);
    if (!document)
        return fail(file + u": "_qs + document.error());
    const DocumentFormat format = documentFormatFromCode(commandLine.format).value_or(DocumentFormat::Pdf);
    const DocumentLanguages languages = documentLanguagesFromCode(commandLine.documentLanguage).value_or(DocumentLanguages::Both);
    if (auto written = writeDocument(document.value(), format, languages, commandLine.output); !written)
        return fail(written.error());
    printLine(stdout, done.arg(commandLine.meeting, QFileInfo(commandLine.output).absoluteFilePath()));
    return 0;
}

// quorum agenda FILE --meeting DATE --lang fr|nl|both --format pdf|html|md -o OUT
int exportAgenda(const CommandLine &commandLine)
{
    return exportMeetingDocument(commandLine, buildAgendaPack,
                                 QCoreApplication::translate("Quorum::CommandLine", "Wrote the agenda of %1 to %2."));
}

// quorum minutes FILE --meeting DATE --lang fr|nl|both --layout columns|sequential --format pdf|odt|html|md -o OUT
int exportMinutes(const CommandLine &commandLine)
{
    MinutesOptions options;
    options.languages = documentLanguagesFromCode(commandLine.documentLanguage).value_or(DocumentLanguages::Both);
    options.layout = minutesLayoutFromCode(commandLine.layout).value_or(MinutesLayout::Columns);
    return exportMeetingDocument(
        commandLine, [&options](const Database &database, qint64 meetingId) { return buildMinutes(database, meetingId, options); },
        QCoreApplication::translate("Quorum::CommandLine", "Wrote the minutes of %1 to %2."));
}

// Writes an export to the standard output, for a pipe or a redirection.
int writeToStdout(const QByteArray &bytes)
{
    if (std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout) != std::size_t(bytes.size())
        || std::fflush(stdout) != 0)
        return fail(QCoreApplication::translate("Quorum::CommandLine", "the standard output cannot be written."));
    return 0;
}

// quorum decisions FILE [--meeting DATE] [--council ID] [--from DATE] [--to DATE] [--search TEXT]
//                  --format json|md|pdf [-o OUT] [--lang fr|nl|both]
int exportDecisions(const CommandLine &commandLine)
{
    const QString &file = commandLine.files.at(0);
    auto opened = Database::openReadOnly(file);
    if (!opened)
        return fail(opened.error());
    const Database &database = *opened.value();

    DecisionHistoryFilter filter;
    filter.text = commandLine.search;
    filter.from = QDate::fromString(commandLine.from, Qt::ISODate);
    filter.to = QDate::fromString(commandLine.to, Qt::ISODate);
    if (commandLine.council > 0) {
        if (!database.record(Entity::Council, commandLine.council))
            return fail(QCoreApplication::translate("Quorum::CommandLine", "%1: no council with id %2 in this workspace.")
                            .arg(file)
                            .arg(commandLine.council));
        filter.councilId = commandLine.council;
    }
    if (!commandLine.meeting.isEmpty()) {
        // A date without a meeting is a mistake to report, not an empty history.
        bool held = false;
        for (const Record &meeting : database.recordsWhere(Entity::Meeting, u"date"_qs, commandLine.meeting))
            held = held || !filter.councilId || meeting.number(u"council_id"_qs) == *filter.councilId;
        if (!held && filter.councilId)
            return fail(QCoreApplication::translate("Quorum::CommandLine", "%1: council %2 has no meeting on %3.")
                            .arg(file)
                            .arg(commandLine.council)
                            .arg(commandLine.meeting));
        if (!held)
            return fail(QCoreApplication::translate("Quorum::CommandLine", "%1: no meeting on %2 in this workspace.")
                            .arg(file, commandLine.meeting));
        filter.meetingDate = QDate::fromString(commandLine.meeting, Qt::ISODate);
    }

    const QList<DecisionHistoryEntry> entries = decisionHistory(database, filter);
    const DocumentLanguages languages = documentLanguagesFromCode(commandLine.documentLanguage).value_or(DocumentLanguages::Both);
    if (commandLine.format == u"json") {
        if (commandLine.output.isEmpty())
            return writeToStdout(decisionHistoryJson(entries).toJson(QJsonDocument::Indented));
        if (auto written = writeDecisionHistoryJson(entries, commandLine.output); !written)
            return fail(written.error());
    } else {
        const Document document = decisionHistoryDocument(entries, filter);
        const DocumentFormat format = documentFormatFromCode(commandLine.format).value_or(DocumentFormat::Pdf);
        if (commandLine.output.isEmpty())
            return writeToStdout(renderMarkdown(document, languages));
        if (auto written = writeDocument(document, format, languages, commandLine.output); !written)
            return fail(written.error());
    }
    printLine(stdout, QCoreApplication::translate("Quorum::CommandLine", "Wrote %n decision(s) to %1.", nullptr, int(entries.size()))
                          .arg(QFileInfo(commandLine.output).absoluteFilePath()));
    return 0;
}

} // namespace

int runHeadless(const CommandLine &commandLine)
{
    const QStringList &files = commandLine.files;
    switch (commandLine.command) {
    case CommandLine::Command::Version:
        printLine(stdout, QStringLiteral("quorum %1").arg(QStringLiteral(QUORUM_VERSION)));
        return 0;
    case CommandLine::Command::Help:
        std::fputs(qPrintable(CommandLine::usage()), stdout);
        return 0;
    case CommandLine::Command::Demo:
        if (auto written = writeDemoWorkspace(files.at(0)); !written)
            return fail(written.error());
        printLine(stdout, QCoreApplication::translate("Quorum::CommandLine", "Wrote the demo workspace to %1.")
                              .arg(QFileInfo(files.at(0)).absoluteFilePath()));
        return 0;
    case CommandLine::Command::Check: return runCheck(commandLine);
    case CommandLine::Command::ExportJson: return runExportJson(commandLine);
    case CommandLine::Command::ImportJson:
        if (auto imported = importWorkspaceJsonFile(files.at(0), files.at(1)); !imported)
            return fail(imported.error());
        return 0;
    case CommandLine::Command::Generate: {
        auto generated = generateWorkspaceFile(files.at(0), {commandLine.years, commandLine.seed});
        if (!generated)
            return fail(generated.error());
        const GeneratorSummary &s = generated.value();
        printLine(stdout, QCoreApplication::translate("Quorum::CommandLine",
                                                      "Wrote %1: %2 councils, %3 people, %4 meetings, %5 agenda items.")
                              .arg(QFileInfo(files.at(0)).absoluteFilePath())
                              .arg(s.councils)
                              .arg(s.people)
                              .arg(s.meetings)
                              .arg(s.agendaItems));
        printLine(stdout, QCoreApplication::translate("Quorum::CommandLine",
                                                      "%1 attendance records (%2 walk-in guests, %3 represented), %4 proposals, "
                                                      "%5 objections, %6 closed votes (%7 electors, %8 named ballots, %9 counts), "
                                                      "%10 minutes sections, %11 workshop choices, %12 workshop seats, %13 cards in %14 issues.")
                              .arg(s.attendance)
                              .arg(s.guests)
                              .arg(s.represented)
                              .arg(s.proposals)
                              .arg(s.objections)
                              .arg(s.votes)
                              .arg(s.electors)
                              .arg(s.ballots)
                              .arg(s.tallies)
                              .arg(s.minutesSections)
                              .arg(s.workshopChoices)
                              .arg(s.workshopSeats)
                              .arg(s.ideaCards)
                              .arg(s.ideaIssues));
        return 0;
    }
    case CommandLine::Command::Agenda: return exportAgenda(commandLine);
    case CommandLine::Command::Minutes: return exportMinutes(commandLine);
    case CommandLine::Command::Decisions: return exportDecisions(commandLine);
    case CommandLine::Command::PersonData: return runPersonData(commandLine);
    case CommandLine::Command::ErasePerson: return runErasePerson(commandLine);
    case CommandLine::Command::Composition: return runComposition(commandLine);
    case CommandLine::Command::ImportMembers: return runImportMembers(commandLine);
    case CommandLine::Command::ExportMembers: return runExportMembers(commandLine);
    case CommandLine::Command::Workshops: return runWorkshops(commandLine);
    case CommandLine::Command::Ideas: return runIdeas(commandLine);
    case CommandLine::Command::OpenApp: break;
    }
    return 2;
}

} // namespace Quorum
