// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#define QUORUM_TEST_APPLICATION QApplication
#include "catchmain.h"
