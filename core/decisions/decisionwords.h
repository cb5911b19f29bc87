// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "rules/decisionrules.h"

namespace Quorum {

// The words of a decision record for its readers, in French and Dutch whatever the
// interface language: shared by the projector's bars, the minutes and the history, so a
// status reads the same everywhere. Unknown codes come back as they are.
BilingualText voiceWord(Voice voice);                   // "pour" / "voor"
BilingualText proposalStatusWord(const QString &code);  // "adoptée" / "aangenomen"
BilingualText objectionStatusWord(const QString &code); // "levée" / "opgelost"

} // namespace Quorum
