// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "result.h"

#include <QList>

namespace Quorum {

class Workspace;

// A council's minutes template (entity MinutesTemplate, docs/format.md): the sections its
// drafts have, in its order, under its titles. Councils write their syntheses differently
// (seed 000 opens with governance, seed 002 with the news), and choose this once.

// `draft` (sections as draftSynthesis makes them) shaped by `plan` (the council's template
// rows, in order): each row takes the draft's sections of its kind, in their order, and
// gives them its title when it has one (a bassin's round-table entry keeps " — <bassin>"
// after it; a workshop keeps its theme). Kinds the template does not list are left out, and a
// kind listed twice is taken once. An empty plan leaves the draft as it is. Positions are
// renumbered.
QList<Record> applyMinutesTemplate(const QList<Record> &draft, const QList<Record> &plan);

// Fills an empty template with Quorum's sections in the draft's order and no titles of its
// own, as one undo step: the council then removes, reorders and renames. Refused when the
// council has a template already or no longer exists.
Result<void> createDefaultMinutesTemplate(Workspace &workspace, qint64 councilId);

} // namespace Quorum
