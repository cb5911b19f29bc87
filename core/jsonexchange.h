// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

class QIODevice;

namespace Quorum {

class Database;

// The workspace exchange format (docs/format.md): one JSON object holding every record,
// with stable ids, in a deterministic order and layout, so export → import → export
// gives the same bytes.
// Version 2 added attendance, session events, live notes and council quorum settings;
// version 1 files still import (what they lack takes its default).
// Version 3 added minutes sections, the council's funder mention and a meeting's audience
// and registration link.
// Version 5 made professions and functions bilingual lists referenced by id, the meeting
// place bilingual, and added the council's composition rules and balance floors; older
// files still import (their free texts become list entries, their place both languages).
inline constexpr int exchangeFormatVersion = 6;
inline constexpr char exchangeFormatName[] = "quorum-workspace"; // the root's "format"

// The whole export in memory: for tests and small workspaces. Files are written by
// writeWorkspaceJson, which streams (core/exchange/exchangewriter.h).
QByteArray exportWorkspaceJson(const Database &database);
// One record as the exchange format writes it: "id", "position" for ordered entities, then
// every field of its description, bilingual ones as {"fr", "nl"}. Other exports reuse it so
// a record reads the same in every file Quorum writes.
QJsonObject recordToJson(const Record &record);
// Writes `json` atomically (QSaveFile) to `outPath`, refusing any workspace there (an SQLite
// file, or the one `database` reads): an export may replace an earlier export, never a
// council's history.
Result<void> writeJsonExport(const Database &database, const QString &outPath, const QByteArray &json);
// Writes the export atomically (QSaveFile): an existing file is replaced only when the
// whole new content is on disk.
Result<void> writeWorkspaceJson(const Database &database, const QString &outPath);

// Builds a new workspace file at `outPath` from exchange JSON. Never overwrites an
// existing file and leaves no partial file behind on error. `sourceName` names the
// input in messages.
Result<void> importWorkspaceJson(const QByteArray &json, const QString &sourceName, const QString &outPath);
// The same from a seekable device (a file), read as it goes: memory does not grow with its size.
Result<void> importWorkspaceJson(QIODevice &in, const QString &sourceName, const QString &outPath);
Result<void> importWorkspaceJsonFile(const QString &jsonPath, const QString &outPath);

// Fills an open, freshly created database from exchange JSON, in one transaction.
Result<void> loadWorkspaceJson(Database &database, const QByteArray &json, const QString &sourceName);
Result<void> loadWorkspaceJson(Database &database, QIODevice &in, const QString &sourceName);

// Creates a file at `outPath` by letting `fill` write into a fresh database beside it,
// then moving it into place: never overwrites, never leaves a half-written file. The
// partial files a killed build of the same target left behind are removed first.
Result<void> buildWorkspaceFile(const QString &outPath, const std::function<Result<void>(Database &)> &fill);

} // namespace Quorum
