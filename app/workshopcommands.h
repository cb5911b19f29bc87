// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Quorum {

struct CommandLine;

// quorum workshops FILE --meeting DATE [--assign] [--format json|md|csv|pdf] [-o OUT]
// [--lang fr|nl|both]: who goes where in a session's workshops, with the split's figures.
// --assign first runs the automatic split and stores its seats as one step (people placed by
// hand and locked lists stay). JSON on the standard output without -o; a PDF needs -o.
int runWorkshops(const CommandLine &commandLine);
// quorum ideas FILE --meeting DATE [--format json|md|pdf] [-o OUT] [--lang fr|nl|both]: what the
// meeting's workshops produced, the cards grouped by issue with their proposals.
int runIdeas(const CommandLine &commandLine);

} // namespace Quorum
