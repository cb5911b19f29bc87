// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/barchart.h"
#include "decisions/votes.h"

namespace Quorum {

// The bars of a vote's result, drawn the same on the console, the projector and paper:
// for / against / abstain for a question, one bar per subgroup voice, per candidate (the
// threshold as a line, the elected highlighted) or per option of a dot vote. Labels are
// words of the record, in `language` or, with `bothLanguages`, "Pour / Voor" for a room
// that reads French and Dutch.
BarChart voteChart(const VoteCount &count, Language language, bool bothLanguages);

// The result in a few words, for a projector read from the back of the room: the outcome
// ("Adoptée"), who is elected, or what comes first; "Provisoire" while the vote is open.
BilingualText voteHeadline(const VoteCount &count);

// "Pour / Voor"… : a word of the record in one language or both.
QString recordWord(const BilingualText &word, Language language, bool bothLanguages);

} // namespace Quorum
