// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace Quorum {

// Reads an exchange file (docs/format.md) from a seekable device without holding it whole:
// a first pass checks that it is JSON and notes where each section starts, then each
// section is read again on its own, one record at a time, in whatever order the importer
// needs (dependency order, where the file has its keys sorted). The tokenizer is
// nlohmann-json's SAX parser (docs/decisions.md); Quorum adds the limits a hostile file
// must meet before it costs memory.

// The deepest nesting read: a record's bilingual text sits four levels down.
inline constexpr int exchangeMaxDepth = 64;
// The longest string token read, in bytes of the file: a rich text at its limit of a
// million characters, every one escaped as \uXXXX, with room to spare. Longer is refused
// as soon as it is seen, before it is held.
inline constexpr qint64 exchangeMaxStringBytes = 8 * 1024 * 1024;
// The most values (fields, and what they hold) one record may have: a record has a few
// dozen; a million numbers in an array where a field belongs is refused before it is held.
inline constexpr int exchangeMaxValuesPerRecord = 10000;

struct ExchangeLayout
{
    bool rootIsObject = false;
    QJsonValue format = QJsonValue::Undefined;  // the root's "format", when it is a plain value
    QJsonValue version = QJsonValue::Undefined; // the root's "formatVersion", likewise
    // Offset of the '[' opening each known section, or -1 when its value is no array.
    QHash<QString, qint64> sections;
    std::optional<QString> unknownKey; // the first root key that is neither a known section nor a header
};

// The first pass. `sectionKeys` are the sections the format knows. Fails with one message
// naming `sourceName` and the line: not JSON, nested too deep, a string too long, unreadable.
Result<ExchangeLayout> scanExchange(QIODevice &in, const QString &sourceName, const QSet<QString> &sectionKeys);

// Reads the array that opens at `offset` (from scanExchange), handing each element to
// `each` with its index, as a QJsonValue built for it alone. Stops at the first failure
// of `each`, whose message is returned as it is.
Result<void> readExchangeSection(QIODevice &in, qint64 offset, const QString &sourceName,
                                 const std::function<Result<void>(const QJsonValue &element, qsizetype index)> &each);

} // namespace Quorum
