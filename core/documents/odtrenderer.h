// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/document.h"

#include <QByteArray>

namespace Quorum {

// OpenDocument Text written from the document's blocks (docs/decisions.md): headings,
// paragraphs, lists, tables, links and pictures, both languages side by side or one after
// the other, an A4 page style with the running header and page numbers, and metadata;
// the editable copy a secretary opens in LibreOffice or Word, the PDF being the formal one.
Result<QByteArray> renderOdt(const Document &document, DocumentLanguages languages);

} // namespace Quorum
