// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Quorum {

struct CommandLine;

// The commands that judge a file or handle a person's data, apart from the document exports:
// each returns the process exit code.

// quorum check FILE: every problem on a line of its own on stderr, exit 1; exit 0 when sound.
int runCheck(const CommandLine &commandLine);
// quorum export-json FILE OUT.json: refuses, like check, a file that fails the check.
int runExportJson(const CommandLine &commandLine);
// quorum person-data FILE --person ID [-o OUT.json]: the personal-data export (stdout without -o).
int runPersonData(const CommandLine &commandLine);
// quorum erase-person FILE --person ID --yes: without --yes, says what would be erased.
int runErasePerson(const CommandLine &commandLine);
// quorum composition FILE --council ID [--format text|json]: a council's composition against
// its rules (seed 003); exit 0 when compliant, 1 with the violations listed.
int runComposition(const CommandLine &commandLine);

} // namespace Quorum
