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
// The same checked values, in the order of the entity's columns (EntitySpec::columns, id
// and position aside): what a batch insert binds by position, row after row.
Result<QVariantList> insertValues(const Record &record);
// The rows a batch insert writes (Database::insertMany): each record of one entity checked
// as above, its id first (null for a new record: insertRows() gives it one).
Result<QList<QVariantList>> batchValues(const QList<Record> &records);

} // namespace Quorum
