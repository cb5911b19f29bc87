// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#define QUORUM_TEST_APPLICATION QCoreApplication
#include "catchmain.h"
