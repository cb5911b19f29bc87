// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace Quorum {

// Fusion with our own palette, so the application looks the same on every desktop and
// on the projector (Qt 6.4 has no colour-scheme API to follow the system's).
void applyTheme(QApplication &application, bool dark);

} // namespace Quorum
