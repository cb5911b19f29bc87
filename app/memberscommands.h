// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Quorum {

struct CommandLine;

// quorum import-members FILE IN.csv --council ID [--dry-run]: the plan on stdout; any
// problem refuses the whole file (each on a line of stderr, exit 1, nothing written).
int runImportMembers(const CommandLine &commandLine);
// quorum export-members FILE --council ID [-o OUT.csv]: to the standard output without -o.
int runExportMembers(const CommandLine &commandLine);

} // namespace Quorum
