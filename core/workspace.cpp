// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "commands/recordcommands.h"

#include <QCoreApplication>

namespace Quorum {

Workspace::Workspace(std::unique_ptr<Database> database) : m_database(std::move(database))
{
    qRegisterMetaType<Quorum::Entity>();
}

Workspace::~Workspace()
{
    // Commands point at this workspace; drop them before the storage goes.
    m_undoStack.clear();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    auto database = Database::open(path);
    if (!database)
        return Result<std::unique_ptr<Workspace>>::failure(database.error());
    return std::unique_ptr<Workspace>(new Workspace(database.take()));
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path)
{
    auto database = Database::create(path);
    if (!database)
        return Result<std::unique_ptr<Workspace>>::failure(database.error());
    return std::unique_ptr<Workspace>(new Workspace(database.take()));
}

QString Workspace::filePath() const
{
    return m_database->path();
}

QList<Record> Workspace::records(Entity entity, std::optional<qint64> parentId) const
{
    return m_database->records(entity, parentId);
}

QList<Record> Workspace::recordsWhere(Entity entity, const QString &column, const QVariant &value) const
{
    return m_database->recordsWhere(entity, column, value);
}

QList<Record> Workspace::recordsWithIds(Entity entity, const QList<qint64> &ids) const
{
    return m_database->recordsWithIds(entity, ids);
}

std::optional<Record> Workspace::record(Entity entity, qint64 id) const
{
    return m_database->record(entity, id);
}

Result<void> Workspace::pushChecked(QUndoCommand *command)
{
    m_lastFailure.clear();
    m_undoStack.push(command); // deletes the command if its redo failed
    if (!m_lastFailure.isEmpty())
        return Result<void>::failure(m_lastFailure);
    return {};
}

Result<qint64> Workspace::addRecord(const Record &record)
{
    auto *command = new AddRecord(this, record);
    m_lastFailure.clear();
    m_undoStack.push(command);
    if (!m_lastFailure.isEmpty())
        return Result<qint64>::failure(m_lastFailure);
    return command->recordId();
}

Result<void> Workspace::setValue(Entity entity, qint64 id, const QString &column, const QVariant &value)
{
    const Column *spec = entitySpec(entity).column(column);
    const std::optional<Record> current = record(entity, id);
    if (!spec || !current) {
        const QString message = QCoreApplication::translate("Quorum::Workspace", "This %1 no longer exists.")
                                    .arg(entityLabel(entity).toLower());
        reportFailure(message);
        return Result<void>::failure(message);
    }
    auto normalised = normaliseValue(*spec, value);
    if (!normalised) {
        reportFailure(normalised.error());
        return Result<void>::failure(normalised.error());
    }
    const QVariant oldValue = current->value(column);
    if (normalised.value() == oldValue || (normalised.value().isNull() && oldValue.isNull()))
        return {};
    return pushChecked(new ChangeValue(this, entity, id, column, oldValue, normalised.value()));
}

Result<void> Workspace::removeRecord(Entity entity, qint64 id)
{
    return pushChecked(new RemoveRecord(this, entity, id));
}

Result<void> Workspace::moveRecord(Entity entity, qint64 id, int position)
{
    const std::optional<Record> current = record(entity, id);
    if (!current || !entitySpec(entity).ordered)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Workspace", "This %1 cannot be moved.")
                                         .arg(entityLabel(entity).toLower()));
    const int siblings = int(records(entity, current->parentId()).size());
    const int to = qBound(0, position, siblings - 1);
    if (to == current->position())
        return {};
    return pushChecked(new MoveRecord(this, entity, id, current->position(), to));
}

Result<qint64> Workspace::logSessionEvent(qint64 meetingId, const QString &kind, qint64 itemId, int minutes,
                                          const QDateTime &at)
{
    Record event(Entity::SessionEvent, {{u"meeting_id"_qs, meetingId},
                                        {u"at"_qs, at},
                                        {u"kind"_qs, kind},
                                        {u"agenda_item_id"_qs, itemId > 0 ? QVariant(itemId) : QVariant()},
                                        {u"minutes"_qs, minutes != 0 ? QVariant(minutes) : QVariant()}});
    const QString status = kind == u"start" ? u"live"_qs : kind == u"close" ? u"closed"_qs : QString();
    qint64 eventId = 0;
    auto written = m_database->transaction([&]() -> Result<void> {
        auto inserted = m_database->insert(event);
        if (!inserted)
            return Result<void>::failure(inserted.error());
        eventId = inserted.value();
        if (!status.isEmpty())
            return m_database->update(Entity::Meeting, meetingId, u"status"_qs, status);
        return {};
    });
    if (!written) {
        reportFailure(written.error());
        return Result<qint64>::failure(written.error());
    }
    emit recordAdded(Entity::SessionEvent, eventId, meetingId);
    if (!status.isEmpty())
        emit valueChanged(Entity::Meeting, meetingId, u"status"_qs, status);
    return eventId;
}

Result<void> Workspace::saveCopy(const QString &path) const
{
    return m_database->saveCopy(path);
}

Result<void> Workspace::saveAs(const QString &path)
{
    if (auto copied = m_database->saveCopy(path); !copied)
        return copied;
    auto reopened = Database::open(path);
    if (!reopened)
        return Result<void>::failure(reopened.error());
    m_database = reopened.take();
    // Undo history refers to the old file's state, which the copy shares exactly, so it
    // stays valid; commands reach storage only through this workspace.
    emit filePathChanged(m_database->path());
    return {};
}

void Workspace::reportFailure(const QString &message)
{
    m_lastFailure = message;
    emit editFailed(message);
}

Result<qint64> Workspace::applyInsert(const Record &record)
{
    auto inserted = m_database->insert(record);
    if (!inserted) {
        reportFailure(inserted.error());
        return inserted;
    }
    emit recordAdded(record.entity, inserted.value(), record.parentId());
    return inserted;
}

Result<void> Workspace::applyUpdate(Entity entity, qint64 id, const QString &column, const QVariant &value)
{
    auto updated = m_database->update(entity, id, column, value);
    if (!updated) {
        reportFailure(updated.error());
        return updated;
    }
    const std::optional<Record> current = m_database->record(entity, id);
    emit valueChanged(entity, id, column, current ? current->value(column) : QVariant());
    return {};
}

Result<RemovedRecords> Workspace::applyRemove(Entity entity, qint64 id)
{
    auto removed = m_database->remove(entity, id);
    if (!removed) {
        reportFailure(removed.error());
        return removed;
    }
    // Children first, so a view never holds a row whose parent is already gone.
    const QList<Record> &records = removed.value().records;
    for (auto it = records.crbegin(); it != records.crend(); ++it)
        emit recordRemoved(it->entity, it->id, it->parentId());
    for (const auto &ref : removed.value().cleared)
        emit valueChanged(ref.entity, ref.id, ref.column, QVariant());
    return removed;
}

Result<void> Workspace::applyRestore(const RemovedRecords &removed)
{
    auto restored = m_database->restore(removed);
    if (!restored) {
        reportFailure(restored.error());
        return restored;
    }
    for (const Record &record : removed.records)
        emit recordAdded(record.entity, record.id, record.parentId());
    for (const auto &ref : removed.cleared)
        emit valueChanged(ref.entity, ref.id, ref.column, ref.value);
    return {};
}

Result<void> Workspace::applyMove(Entity entity, qint64 id, int position)
{
    auto moved = m_database->move(entity, id, position);
    if (!moved) {
        reportFailure(moved.error());
        return moved;
    }
    const std::optional<Record> current = m_database->record(entity, id);
    emit recordMoved(entity, id, current ? current->parentId() : 0);
    return {};
}

} // namespace Quorum
