// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Quorum {

// One file inside an OpenDocument package (content.xml, styles.xml, Pictures/…).
struct OdfPart
{
    QString path;      // inside the package, e.g. "content.xml"
    QString mediaType; // listed in the manifest, e.g. "text/xml" or "image/png"
    QByteArray bytes;
};

// The package of an OpenDocument text: a zip whose first entry is the uncompressed
// `mimetype` (how LibreOffice and Word recognise the format without reading the rest), then
// the parts, deflated, then META-INF/manifest.xml listing them. Entries carry a fixed date
// so the same document gives the same bytes. Written with libzip (Debian's libzip-dev, see
// docs/decisions.md) rather than by hand or through Qt's private zip writer.
Result<QByteArray> odfPackage(const QList<OdfPart> &parts);

} // namespace Quorum
