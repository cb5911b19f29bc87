// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexchange.h"

#include "decisions/decisionindex.h"
#include "decisions/voteconsistency.h"
#include "exchange/exchangereader.h"
#include "exchange/exchangewriter.h"
#include "exchange/siblingorder.h"
#include "exportfile.h"

#include "storage/database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>

namespace Quorum {
namespace {

const QString formatName = QString::fromLatin1(exchangeFormatName);
const QString idKey = QStringLiteral("id");
const QString positionKey = QStringLiteral("position");

QJsonValue toJson(const Field &field, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Boolean: return value.toLongLong() != 0;
    case FieldType::Integer:
    case FieldType::Reference: return value.toLongLong();
    default: return value.toString();
    }
}

// JSON numbers are doubles: accept only whole numbers that survive the round trip.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    // The range first: converting a double beyond qint64 is undefined behaviour (found by
    // fuzz_jsonimport, docs/reliability.md).
    if (!(d >= -9007199254740992.0 && d <= 9007199254740992.0) || d != std::trunc(d))
        return std::nullopt;
    return qint64(d);
}

Result<Record> recordFromJson(Entity entity, const QJsonValue &value, const QString &where)
{
    using R = Result<Record>;
    const EntitySpec &spec = entitySpec(entity);
    if (!value.isObject())
        return R::failure(QCoreApplication::translate("Quorum::Exchange", "%1: expected an object.").arg(where));
    const QJsonObject object = value.toObject();
    Record record(entity);
    const auto id = wholeNumber(object.value(idKey));
    if (!id || *id <= 0)
        return R::failure(QCoreApplication::translate("Quorum::Exchange", "%1: \"id\" must be a positive whole number.").arg(where));
    record.id = *id;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == idKey)
            continue;
        if (key == positionKey && spec.ordered) {
            const auto position = wholeNumber(it.value());
            if (!position || *position < 0)
                return R::failure(QCoreApplication::translate("Quorum::Exchange", "%1: \"position\" must be a whole number from 0.").arg(where));
            record.values.insert(positionKey, *position);
            continue;
        }
        const Field *field = spec.field(key);
        if (!field || field->derived) // a derived value is recomputed, never taken from a file
            return R::failure(QCoreApplication::translate("Quorum::Exchange", "%1: unknown field \"%2\".").arg(where, key.left(60)));
        if (field->bilingual) {
            const QJsonValue v = it.value();
            if (!v.isObject() || !v.toObject().value(u"fr"_qs).isString() || !v.toObject().value(u"nl"_qs).isString()
                || v.toObject().size() != 2)
                return R::failure(QCoreApplication::translate("Quorum::Exchange", "%1: \"%2\" must be an object with the strings \"fr\" and \"nl\".").arg(where, key));
            record.setBilingual(key, {v.toObject().value(u"fr"_qs).toString(), v.toObject().value(u"nl"_qs).toString()});
            continue;
        }
        const QJsonValue v = it.value();
        QVariant stored;
        switch (field->type) {
        case FieldType::Boolean:
            if (!v.isBool())
                return R::failure(QCoreApplication::translate("Quorum::Exchange", "%1: \"%2\" must be true or false.").arg(where, key));
            stored = qlonglong(v.toBool() ? 1 : 0);
            break;
        case FieldType::Integer:
        case FieldType::Reference:
            if (!v.isNull()) {
                const auto n = wholeNumber(v);
                if (!n)
                    return R::failure(QCoreApplication::translate("Quorum::Exchange", "%1: \"%2\" must be a whole number or null.").arg(where, key));
                stored = *n;
            }
            break;
        default:
            if (!v.isNull() && !v.isString())
                return R::failure(QCoreApplication::translate("Quorum::Exchange", "%1: \"%2\" must be a string or null.").arg(where, key));
            if (v.isString())
                stored = v.toString();
            break;
        }
        record.values.insert(key, stored);
    }
    return record;
}

// Files before version 5 held a meeting's place as one text, and a person's profession and
// function as free text. The place goes to both languages; each distinct text (trimmed, case
// aside) becomes one entry of its list, named alike in both languages, as schema migration 7
// does for workspace files.
Result<QJsonValue> upgradeFreeText(Database &database, Entity entity, const QJsonValue &value,
                                   QHash<QString, qint64> (&lists)[2])
{
    if (!value.isObject() || (entity != Entity::Meeting && entity != Entity::Person))
        return value;
    QJsonObject object = value.toObject();
    if (entity == Entity::Meeting) {
        if (object.value(u"place"_qs).isString()) {
            const QString place = object.value(u"place"_qs).toString();
            object.insert(u"place"_qs, QJsonObject{{u"fr"_qs, place}, {u"nl"_qs, place}});
        }
        return QJsonValue(object);
    }
    const std::pair<const char *, Entity> texts[] = {{"profession", Entity::Profession}, {"function", Entity::Function}};
    for (int i = 0; i < 2; ++i) {
        const QString key = QString::fromLatin1(texts[i].first);
        // Anything but a text or null is left for recordFromJson to refuse.
        if (!object.value(key).isString() && !object.value(key).isNull())
            continue;
        const QString text = object.take(key).toString().trimmed();
        if (text.isEmpty())
            continue;
        qint64 &id = lists[i][text.toCaseFolded()];
        if (id == 0) {
            Record entry(texts[i].second, {{positionKey, qint64(lists[i].size() - 1)}});
            entry.setBilingual(u"name"_qs, {text, text});
            auto inserted = database.insert(entry);
            if (!inserted)
                return Result<QJsonValue>::failure(inserted.error());
            id = inserted.value();
        }
        object.insert(key + u"_id", id);
    }
    return QJsonValue(object);
}

// Removes a file SQLite made and its companions.
void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

// A build writes `<target>.partial-XXXXXX` (and SQLite's -wal, -shm, and its .lock) and
// holds `<target>.partial.lock` from start to end. A build that was killed leaves all of
// them; QLockFile sees that its owner is dead and lets the next build take the lock, and
// whoever holds it knows every partial file of that target is a dead writer's.
Result<void> lockAndClearPartials(QLockFile &lock, const QString &target)
{
    lock.setStaleLockTime(0); // only a dead owner makes it stale: a long generate is alive
    if (!lock.tryLock(0)) {
        if (lock.error() == QLockFile::LockFailedError)
            return Result<void>::failure(
                QCoreApplication::translate("Quorum::Exchange", "%1 is being written by another Quorum process; wait for it to finish.")
                    .arg(target));
        if (lock.error() == QLockFile::PermissionError)
            return Result<void>::failure(
                QCoreApplication::translate("Quorum::Exchange", "%1: cannot be written (the folder is read-only).").arg(target));
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Exchange", "%1: cannot be written (its lock file cannot be created).").arg(target));
    }
    const QFileInfo info(target);
    const QString prefix = info.fileName() + u".partial-";
    QDir folder = info.dir();
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System))
        if (name.startsWith(prefix))
            folder.remove(name);
    return {};
}

} // namespace

QJsonObject recordToJson(const Record &record)
{
    const EntitySpec &spec = entitySpec(record.entity);
    QJsonObject object;
    object.insert(idKey, record.id);
    if (spec.ordered)
        object.insert(positionKey, record.position());
    for (const Field &field : spec.fields) {
        if (field.derived)
            continue; // recomputed on import: never exchanged
        if (field.bilingual) {
            const BilingualText text = record.bilingual(field.name);
            object.insert(field.name, QJsonObject{{u"fr"_qs, text.fr}, {u"nl"_qs, text.nl}});
        } else {
            object.insert(field.name, toJson(field, record.value(field.name)));
        }
    }
    return object;
}

QByteArray exportWorkspaceJson(const Database &database)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (auto written = writeExchange(database, buffer); !written)
        qWarning("Quorum: the export stopped short: %s", qPrintable(written.error()));
    return buffer.data();
}

Result<void> writeJsonExport(const Database &database, const QString &outPath, const QByteArray &json)
{
    return writeExportFile(outPath, json, database.path());
}

Result<void> writeWorkspaceJson(const Database &database, const QString &outPath)
{
    return writeExportFile(
        outPath, [&](QIODevice &out) { return writeExchange(database, out); }, database.path());
}

Result<void> loadWorkspaceJson(Database &database, const QByteArray &json, const QString &sourceName)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return loadWorkspaceJson(database, buffer, sourceName);
}

Result<void> loadWorkspaceJson(Database &database, QIODevice &in, const QString &sourceName)
{
    QSet<QString> sectionKeys;
    for (Entity entity : allEntities)
        sectionKeys.insert(entitySpec(entity).jsonKey);
    // The first pass reads the whole file once, holding nothing: a file that is not JSON
    // or not ours is refused before anything is written.
    auto scanned = scanExchange(in, sourceName, sectionKeys);
    if (!scanned)
        return Result<void>::failure(scanned.error());
    const ExchangeLayout &layout = scanned.value();
    if (!layout.rootIsObject)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Exchange", "%1: not a Quorum workspace export (expected a JSON object).").arg(sourceName));
    if (layout.format.toString() != formatName)
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Exchange", "%1: not a Quorum workspace export (\"format\" is not \"%2\").").arg(sourceName, formatName));
    const auto version = wholeNumber(layout.version);
    if (!version || *version < 1)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Exchange", "%1: \"formatVersion\" is missing or invalid.").arg(sourceName));
    if (*version > exchangeFormatVersion)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Exchange", "%1: written by a newer Quorum (format version %2; this version reads up to %3).")
                                         .arg(sourceName)
                                         .arg(*version)
                                         .arg(exchangeFormatVersion));
    if (layout.unknownKey)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Exchange", "%1: unknown section \"%2\".").arg(sourceName, layout.unknownKey->left(60)));

    QHash<QString, qint64> freeTextLists[2]; // professions, functions met in a file before version 5
    return database.transaction([&]() -> Result<void> {
        // The built-in bassins are replaced by the file's own, ids included.
        if (layout.sections.contains(entitySpec(Entity::Bassin).jsonKey))
            if (auto cleared = database.removeAll(Entity::Bassin); !cleared)
                return cleared;
        // Sections are read in dependency order, wherever the file has them (its keys are sorted).
        for (Entity entity : allEntities) {
            const QString &key = entitySpec(entity).jsonKey;
            const qint64 offset = layout.sections.value(key, -2);
            if (offset == -2)
                continue;
            if (offset < 0)
                return Result<void>::failure(QCoreApplication::translate("Quorum::Exchange", "%1: \"%2\" must be an array.").arg(sourceName, key));
            SiblingOrder order;
            const bool ordered = entitySpec(entity).ordered;
            auto read = readExchangeSection(in, offset, sourceName, [&](const QJsonValue &readValue, qsizetype i) -> Result<void> {
                const QString where = QStringLiteral("%1: %2[%3]").arg(sourceName, key).arg(i);
                QJsonValue value = readValue;
                if (*version < 5) {
                    auto upgraded = upgradeFreeText(database, entity, value, freeTextLists);
                    if (!upgraded)
                        return Result<void>::failure(where + u": " + upgraded.error());
                    value = upgraded.take();
                }
                auto record = recordFromJson(entity, value, where);
                if (!record)
                    return Result<void>::failure(record.error());
                Record taken = record.take();
                if (ordered) {
                    // At the end of its list for now: the section's order is set once it is read.
                    order.add(taken);
                    taken.values.remove(positionKey);
                }
                if (auto inserted = database.insert(taken); !inserted)
                    return Result<void>::failure(where + u": " + inserted.error());
                return {};
            });
            if (!read)
                return read;
            if (ordered)
                if (auto placed = order.apply(database, entity); !placed)
                    return placed;
        }
        // Closed votes counted once and decisions indexed, as closing them in the app does.
        if (auto refreshed = refreshDecisionRecords(database); !refreshed)
            return refreshed;
        // What the interface refuses when recording is refused here too, before anything is
        // committed: a file is not trusted to be consistent because it parses.
        const QList<RecordProblem> problems = decisionRecordProblems(database);
        if (!problems.isEmpty()) {
            constexpr qsizetype shown = 10;
            QStringList lines;
            for (qsizetype i = 0; i < std::min(problems.size(), shown); ++i)
                lines << sourceName + u": " + problems.at(i).message;
            if (problems.size() > shown)
                lines << QCoreApplication::translate("Quorum::Exchange", "%1: more problems not shown: %2.")
                             .arg(sourceName)
                             .arg(problems.size() - shown);
            return Result<void>::failure(lines.join(u'\n'));
        }
        return {};
    });
}

Result<void> buildWorkspaceFile(const QString &outPath, const std::function<Result<void>(Database &)> &fill)
{
    const QString target = QFileInfo(outPath).absoluteFilePath();
    if (QFileInfo::exists(target))
        return Result<void>::failure(QCoreApplication::translate("Quorum::Exchange", "%1 already exists; Quorum never overwrites a workspace. Choose another name.").arg(target));
    if (!QFileInfo(target).dir().exists())
        return Result<void>::failure(QCoreApplication::translate("Quorum::Exchange", "%1: the folder does not exist.").arg(target));
    QLockFile lock(target + u".partial.lock");
    if (auto locked = lockAndClearPartials(lock, target); !locked)
        return locked;
    QString temporary;
    {
        QTemporaryFile placeholder(target + u".partial-XXXXXX");
        if (!placeholder.open())
            return Result<void>::failure(QCoreApplication::translate("Quorum::Exchange", "%1: cannot be written (%2).").arg(target, placeholder.errorString()));
        temporary = placeholder.fileName();
    } // the placeholder is removed here; Database::create wants a free name
    auto database = Database::create(temporary);
    if (!database)
        return Result<void>::failure(QString(database.error()).replace(temporary, target));
    Result<void> filled = fill(*database.value());
    database.value()->close();
    if (!filled) {
        removeDatabaseFiles(temporary);
        // The temporary name means nothing to the user: name the file they asked for.
        return Result<void>::failure(QString(filled.error()).replace(temporary, target));
    }
    // rename() never replaces an existing file: a target created meanwhile is kept.
    if (!QFile::rename(temporary, target)) {
        removeDatabaseFiles(temporary);
        return Result<void>::failure(QCoreApplication::translate("Quorum::Exchange", "%1: cannot be written (the name was taken meanwhile, or the folder is read-only).")
                                         .arg(target));
    }
    return {};
}

Result<void> importWorkspaceJson(const QByteArray &json, const QString &sourceName, const QString &outPath)
{
    return buildWorkspaceFile(outPath, [&](Database &database) { return loadWorkspaceJson(database, json, sourceName); });
}

Result<void> importWorkspaceJson(QIODevice &in, const QString &sourceName, const QString &outPath)
{
    return buildWorkspaceFile(outPath, [&](Database &database) { return loadWorkspaceJson(database, in, sourceName); });
}

Result<void> importWorkspaceJsonFile(const QString &jsonPath, const QString &outPath)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<void>::failure(QCoreApplication::translate("Quorum::Exchange", "%1: cannot be read (%2).").arg(jsonPath, file.errorString()));
    // Read as it goes, never whole: a fifty-year export is several hundred megabytes.
    return importWorkspaceJson(file, jsonPath, outPath);
}

} // namespace Quorum
