// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main() of a test program. Include from exactly one .cpp per program, after
// defining QUORUM_TEST_APPLICATION (QCoreApplication, QGuiApplication or QApplication).

#define CATCH_CONFIG_RUNNER
#include "catchqt.h"

#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // Set before the application exists: catch_discover_tests runs this program at build
    // time, where there may be no display, and registers nothing if it cannot start.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    QStandardPaths::setTestModeEnabled(true); // settings and recent files stay out of the user's
    QUORUM_TEST_APPLICATION application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QuorumTests"));
    QCoreApplication::setApplicationName(QStringLiteral("QuorumTests"));
    return Catch::Session().run(argc, argv);
}
