// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/document.h"
#include "result.h"

#include <QImage>

#include <optional>

namespace Quorum {

class Database;
struct Participation;

// With both languages: French and Dutch side by side, section by section, or the whole
// French text and then the whole Dutch text.
enum class MinutesLayout { Columns, Sequential };

QString minutesLayoutCode(MinutesLayout layout); // "columns", "sequential"
std::optional<MinutesLayout> minutesLayoutFromCode(const QString &code);

struct MinutesOptions
{
    DocumentLanguages languages = DocumentLanguages::Both;
    MinutesLayout layout = MinutesLayout::Columns;
};

// The minutes of a meeting, what members receive after a session: the title block
// (council, session number, date), then each stored section as a heading and its rich
// text, the participants with a chart of the sectors present. A meeting without stored
// sections gets its draft (draftSynthesis), so any meeting can be exported. Render the
// result with options.languages.
Result<Document> buildMinutes(const Database &database, qint64 meetingId, const MinutesOptions &options);

// The participation chart (people present by sector) in one language, drawn with
// BarChart; a null image without a QGuiApplication (no fonts) or without attendance.
// `width` in pixels: the text is about 26 pixels high whatever the width, so a narrower
// image gives larger text once fitted to its place on the page.
QImage participationChart(const Participation &participation, Language language, int width = 1200);

} // namespace Quorum
