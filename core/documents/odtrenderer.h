// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/document.h"

#include <QByteArray>

namespace Quorum {

// OpenDocument Text from the same QTextDocument HTML the PDF is laid out from: headings,
// paragraphs, lists, tables, links and pictures, editable in LibreOffice and Word. Qt's
// ODF writer has no page styles and no metadata, so the ODT is the editable draft and the
// PDF the formal copy.
Result<QByteArray> renderOdt(const Document &document, DocumentLanguages languages);

} // namespace Quorum
