// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace Quorum {

// What the command line asked for. Parsing needs no application object, so main() can
// choose a headless QCoreApplication for the file commands before creating anything.
struct CommandLine
{
    enum class Command {
        OpenApp, Demo, Check, ExportJson, ImportJson, Generate, Agenda, Minutes, Decisions, PersonData, ErasePerson, Composition,
        ImportMembers, ExportMembers, Workshops, Ideas, Version, Help
    };

    Command command = Command::OpenApp;
    QStringList files;         // the command's file arguments, in order
    bool demo = false;         // --demo
    QString language;          // --lang: the interface language (fr, nl or en)
    QString documentLanguage;  // agenda/minutes/decisions --lang: the document's languages (fr, nl or both)
    QString format;            // agenda/minutes --format pdf|odt|html|md; decisions --format json|md|pdf
    QString output;            // agenda/minutes/decisions/person-data/export-members -o OUT (decisions, person-data: stdout when absent)
    QString layout;            // minutes --layout columns|sequential (with both languages)
    QString screenshot;        // --screenshot OUT.png
    QString view;              // --view NAME
    QString meeting;           // --meeting YYYY-MM-DD
    qint64 council = 0;        // decisions, composition, import-/export-members --council ID (0: every council)
    bool dryRun = false;       // import-members --dry-run: plan and report, write nothing
    bool assign = false;       // workshops --assign: run the automatic split and store it first
    QStringList valueMaps;     // import-members --map KIND:VALUE=ENTRY, repeatable
    bool createMissing = false; // import-members --create-missing: create every unmatched sector, bassin, subgroup
    QString date;              // composition --date YYYY-MM-DD (today when absent)
    qint64 person = 0;         // person-data/erase-person --person ID
    bool yes = false;          // erase-person --yes: the erasure is confirmed
    QString from;              // decisions --from YYYY-MM-DD
    QString to;                // decisions --to YYYY-MM-DD
    QString search;            // decisions --search TEXT
    QString at;                // --at YYYY-MM-DDTHH:MM (Brussels time): view a session as it stood then
    int years = 10;            // generate --years
    quint32 seed = 1;          // generate --seed
    QString error;             // set when the command line is wrong (exit 2)

    bool headless() const { return command != Command::OpenApp; }
    // `views` are the names --view accepts.
    static CommandLine parse(const QStringList &arguments, const QStringList &views);
    static QString usage();
};

// Runs a headless command; returns the process exit code.
int runHeadless(const CommandLine &commandLine);

// Reports a command's failure: "quorum: <message>" on stderr; returns exit code 1.
int failCommand(const QString &message);

// Prints one line of a message to a terminal. Messages quote file names and file contents,
// so control characters are shown as visible escapes (\x1b), never sent raw.
void printLine(FILE *stream, const QString &text);

} // namespace Quorum
