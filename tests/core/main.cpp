// SPDX-License-Identifier: GPL-3.0-or-later
#include <QGuiApplication>
#define QUORUM_TEST_APPLICATION QGuiApplication
#include "catchmain.h"
