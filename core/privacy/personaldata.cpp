// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/personaldata.h"

#include "jsonexchange.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <map>
#include <set>
#include <vector>

namespace Quorum {
namespace {

// What a reader needs to place an exported record, and no more: names, dates, questions,
// and the reference up to the next level (an item's meeting, a meeting's council). Every
// other entity, people above all, gets no context entry.
QStringList contextFields(Entity entity)
{
    switch (entity) {
    case Entity::Sector:
    case Entity::Profession:
    case Entity::Function:
    case Entity::Bassin:
    case Entity::Council: return {u"name"_qs};
    case Entity::Subgroup: return {u"council_id"_qs, u"name"_qs};
    case Entity::Meeting: return {u"council_id"_qs, u"date"_qs};
    case Entity::AgendaItem: return {u"meeting_id"_qs, u"title"_qs};
    case Entity::Proposal: return {u"agenda_item_id"_qs, u"title"_qs};
    case Entity::Vote: return {u"agenda_item_id"_qs, u"proposal_id"_qs, u"title"_qs, u"mode"_qs};
    case Entity::VoteOption: return {u"vote_id"_qs, u"name"_qs};
    default: return {};
    }
}

// The records that refer to `personId` through any reference to a person, by id (a record
// referring to them twice, e.g. as member and as proxy, is listed once).
std::map<qint64, Record> recordsReferring(const Database &database, Entity entity, qint64 personId)
{
    std::map<qint64, Record> found;
    for (const Field &field : entitySpec(entity).fields) {
        if (field.type != FieldType::Reference || field.references != Entity::Person)
            continue;
        for (const Record &record : database.recordsWhere(entity, field.name, personId))
            found.emplace(record.id, record);
    }
    return found;
}

bool refersToPerson(Entity entity)
{
    for (const Field &field : entitySpec(entity).fields)
        if (field.type == FieldType::Reference && field.references == Entity::Person)
            return true;
    return false;
}

// Collects the records the exported ones point at, level by level (a ballot's vote, its
// item, that item's meeting, the meeting's council), following only references to
// entities that have a context entry.
class ContextCollector
{
public:
    explicit ContextCollector(const Database &database) : m_database(database) {}

    void follow(const Record &record, const QStringList &only = {})
    {
        for (const Field &field : entitySpec(record.entity).fields) {
            if (field.type != FieldType::Reference || contextFields(field.references).isEmpty())
                continue;
            if (!only.isEmpty() && !only.contains(field.name))
                continue;
            const qint64 id = record.number(field.name);
            if (id > 0 && m_wanted[field.references].insert(id).second)
                m_pending.emplace_back(field.references, id);
        }
    }

    QJsonObject json()
    {
        std::map<Entity, std::map<qint64, QJsonObject>> found;
        while (!m_pending.empty()) {
            const auto [entity, id] = m_pending.back();
            m_pending.pop_back();
            const auto record = m_database.record(entity, id);
            if (!record)
                continue;
            const QStringList fields = contextFields(entity);
            follow(*record, fields);
            const QJsonObject full = recordToJson(*record);
            QJsonObject summary{{u"id"_qs, full.value(u"id"_qs)}};
            for (const QString &field : fields)
                summary.insert(field, full.value(field));
            found[entity].emplace(id, summary);
        }
        QJsonObject context;
        for (Entity entity : allEntities) {
            if (contextFields(entity).isEmpty())
                continue;
            QJsonArray array;
            for (const auto &entry : found[entity])
                array.append(entry.second);
            context.insert(entitySpec(entity).jsonKey, array);
        }
        return context;
    }

private:
    const Database &m_database;
    std::map<Entity, std::set<qint64>> m_wanted;
    std::vector<std::pair<Entity, qint64>> m_pending;
};

} // namespace

QJsonDocument personalDataJson(const Database &database, qint64 personId, const QDateTime &exportedAt)
{
    const QDateTime at = exportedAt.isValid() ? exportedAt.toUTC() : QDateTime::currentDateTimeUtc();
    const auto person = database.record(Entity::Person, personId);
    ContextCollector context(database);
    QJsonObject records;
    for (Entity entity : allEntities) {
        if (!refersToPerson(entity))
            continue;
        QJsonArray array;
        if (person) {
            for (const auto &[id, record] : recordsReferring(database, entity, personId)) {
                array.append(recordToJson(record));
                context.follow(record);
            }
        }
        records.insert(entitySpec(entity).jsonKey, array);
    }
    if (person)
        context.follow(*person);

    QJsonObject root;
    root.insert(u"format"_qs, u"quorum-personal-data"_qs);
    root.insert(u"version"_qs, personalDataFormatVersion);
    root.insert(u"exportedAt"_qs, at.toString(Qt::ISODate));
    root.insert(u"person"_qs, person ? QJsonValue(recordToJson(*person)) : QJsonValue(QJsonValue::Null));
    root.insert(u"records"_qs, records);
    root.insert(u"context"_qs, context.json());
    return QJsonDocument(root);
}

Result<void> writePersonalData(const Database &database, qint64 personId, const QString &path, const QDateTime &exportedAt)
{
    // The workspace's own wording for a record gone meanwhile (erased in another window).
    if (!database.record(Entity::Person, personId))
        return Result<void>::failure(QCoreApplication::translate("Quorum::Workspace", "This %1 no longer exists.")
                                         .arg(entityLabel(Entity::Person).toLower()));
    return writeJsonExport(database, path, personalDataJson(database, personId, exportedAt).toJson(QJsonDocument::Indented));
}

} // namespace Quorum
