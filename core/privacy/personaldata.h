// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QString>

namespace Quorum {

class Database;

// The right of access: everything a workspace holds about one person (docs/format.md,
// "Personal data export"). Erasure is the other half (removing the person cascades).
inline constexpr int personalDataFormatVersion = 1;

// {"format": "quorum-personal-data", "version": 1, "exportedAt", "person", "records",
// "context"}. Read from the schema description, so a new reference to a person is exported
// without an edit here: for every entity and every field referring to a person, the records
// that refer to this one (memberships, attendance also as proxy, electors, named ballots,
// authored proposals and objections, candidacies), each as the exchange format writes it
// and grouped under the entity's array name. "context" names what those records point at
// (councils, meetings, items, proposals, votes with their question, options) and never
// another person: others appear only as ids. Secret votes have no ballots, so no secret
// choice can appear. `exportedAt` (UTC) defaults to now. An unknown person gives a null
// "person" and empty lists.
QJsonDocument personalDataJson(const Database &database, qint64 personId, const QDateTime &exportedAt = {});

// Writes personalDataJson atomically (QSaveFile); replaces an earlier export, never a
// workspace; refuses an unknown person.
Result<void> writePersonalData(const Database &database, qint64 personId, const QString &path,
                               const QDateTime &exportedAt = {});

} // namespace Quorum
