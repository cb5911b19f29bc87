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
// A record's values as given, in the order of its entity's columns (a column's default where
// the record has no value); refused when the record names a field that is no column.
Result<QVariantList> columnValues(const Record &record);
// Values in the order of `entity`'s columns, from `values[first]` on, checked and in stored
// form (normaliseValue), the record's own rule too (a required bilingual field has a text in
// one language): what every insert writes, whether the values came as a record or as a row.
Result<QVariantList> checkedValues(Entity entity, const QVariantList &values, qsizetype first = 0);

} // namespace Quorum
