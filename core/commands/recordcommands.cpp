// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/recordcommands.h"

#include "workspace.h"

#include <QCoreApplication>

namespace Quorum {
namespace {

QString lowerEntity(Entity entity)
{
    return entityLabel(entity).toLower();
}

} // namespace

AddRecord::AddRecord(Workspace *workspace, Record record) : m_workspace(workspace), m_record(std::move(record))
{
    setText(QCoreApplication::translate("Quorum::Commands", "Add %1").arg(lowerEntity(m_record.entity)));
}

void AddRecord::redo()
{
    // The first redo allocates the id; later redos reuse it so other commands' ids hold.
    auto inserted = m_workspace->applyInsert(m_record);
    if (!inserted) {
        setObsolete(true);
        return;
    }
    m_record.id = inserted.value();
}

void AddRecord::undo()
{
    (void)m_workspace->applyRemove(m_record.entity, m_record.id);
}

AddRecords::AddRecords(Workspace *workspace, QList<Record> records) : m_workspace(workspace), m_records(std::move(records))
{
    setText(QCoreApplication::translate("Quorum::Commands", "Add %n record(s)", nullptr, int(m_records.size())));
}

AddRecords::AddRecords(Workspace *workspace, Entity entity, QList<QVariantList> rows)
    : m_workspace(workspace), m_entity(entity), m_rows(std::move(rows))
{
    setText(QCoreApplication::translate("Quorum::Commands", "Add %n record(s)", nullptr, int(m_rows.size())));
}

void AddRecords::redo()
{
    // The first redo allocates the ids; later redos reuse them so other commands' ids hold.
    const bool done = m_rows.isEmpty() ? m_workspace->applyInsertMany(m_records).ok()
                                       : m_workspace->applyInsertRows(m_entity, m_rows).ok();
    if (!done)
        setObsolete(true);
}

void AddRecords::undo()
{
    if (m_rows.isEmpty())
        (void)m_workspace->applyRemoveMany(m_records);
    else
        (void)m_workspace->applyRemoveRows(m_entity, m_rows);
}

QList<qint64> AddRecords::recordIds() const
{
    QList<qint64> ids;
    for (const Record &record : m_records)
        ids << record.id;
    for (const QVariantList &row : m_rows)
        ids << row.first().toLongLong();
    return ids;
}

RemoveRecord::RemoveRecord(Workspace *workspace, Entity entity, qint64 id)
    : m_workspace(workspace), m_entity(entity), m_id(id)
{
    setText(QCoreApplication::translate("Quorum::Commands", "Remove %1").arg(lowerEntity(entity)));
}

void RemoveRecord::redo()
{
    auto removed = m_workspace->applyRemove(m_entity, m_id);
    if (!removed) {
        setObsolete(true);
        return;
    }
    m_removed = removed.take();
}

void RemoveRecord::undo()
{
    (void)m_workspace->applyRestore(m_removed);
}

ChangeValue::ChangeValue(Workspace *workspace, Entity entity, qint64 id, QString column, QVariant oldValue,
                         QVariant newValue)
    : m_workspace(workspace), m_entity(entity), m_recordId(id), m_column(std::move(column)),
      m_oldValue(std::move(oldValue)), m_newValue(std::move(newValue))
{
    const Column *spec = entitySpec(entity).column(m_column);
    setText(QCoreApplication::translate("Quorum::Commands", "Edit %1").arg(spec ? columnLabel(*spec) : m_column));
}

void ChangeValue::redo()
{
    if (!m_workspace->applyUpdate(m_entity, m_recordId, m_column, m_newValue))
        setObsolete(true);
}

void ChangeValue::undo()
{
    (void)m_workspace->applyUpdate(m_entity, m_recordId, m_column, m_oldValue);
}

bool ChangeValue::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeValue *>(other);
    if (next->m_entity != m_entity || next->m_recordId != m_recordId || next->m_column != m_column)
        return false;
    m_newValue = next->m_newValue;
    // Typing a value back to what it was leaves nothing to undo.
    if (m_newValue == m_oldValue)
        setObsolete(true);
    return true;
}

MoveRecord::MoveRecord(Workspace *workspace, Entity entity, qint64 id, int from, int to)
    : m_workspace(workspace), m_entity(entity), m_id(id), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("Quorum::Commands", "Move %1").arg(lowerEntity(entity)));
}

void MoveRecord::redo()
{
    if (!m_workspace->applyMove(m_entity, m_id, m_to))
        setObsolete(true);
}

void MoveRecord::undo()
{
    (void)m_workspace->applyMove(m_entity, m_id, m_from);
}

} // namespace Quorum
