// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "result.h"

#include <QStringList>
#include <QVariantMap>

namespace Quorum {

// The checked, stored form of a record's values for an INSERT, keyed by placeholder
// (":name"); `names` gets the columns in order (id first when the record has one). Shared by
// Database::insert() and insertMany(), so both refuse the same records with the same words.
Result<QVariantMap> insertBindings(const Record &record, QStringList &names);

} // namespace Quorum
