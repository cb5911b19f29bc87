// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "storage/database.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace Quorum {

class Workspace;

// Merge ids of every command family, in one place so they never collide.
enum class MergeId { ChangeValue = 1 };

// Each command holds ids and value copies, never owning pointers. A redo that the storage
// refuses marks the command obsolete, so QUndoStack::push() drops it.

class AddRecord : public QUndoCommand
{
public:
    AddRecord(Workspace *workspace, Record record);
    void redo() override;
    void undo() override;
    qint64 recordId() const { return m_record.id; }

private:
    Workspace *m_workspace;
    Record m_record;
};

// Many records of one unordered entity added as one command (an import): undone by
// removing exactly those records, redone with the same ids.
class AddRecords : public QUndoCommand
{
public:
    AddRecords(Workspace *workspace, QList<Record> records);
    // Rows of `entity` (Database::insertRows), without a map per record.
    AddRecords(Workspace *workspace, Entity entity, QList<QVariantList> rows);
    void redo() override;
    void undo() override;
    QList<qint64> recordIds() const;

private:
    Workspace *m_workspace;
    QList<Record> m_records;
    Entity m_entity = Entity::Person;
    QList<QVariantList> m_rows; // when made from rows: each its id first, set by the first redo
};

class RemoveRecord : public QUndoCommand
{
public:
    RemoveRecord(Workspace *workspace, Entity entity, qint64 id);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    Entity m_entity;
    qint64 m_id;
    RemovedRecords m_removed;
};

class ChangeValue : public QUndoCommand
{
public:
    ChangeValue(Workspace *workspace, Entity entity, qint64 id, QString column, QVariant oldValue, QVariant newValue);
    void redo() override;
    void undo() override;
    int id() const override { return int(MergeId::ChangeValue); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Workspace *m_workspace;
    Entity m_entity;
    qint64 m_recordId;
    QString m_column;
    QVariant m_oldValue;
    QVariant m_newValue;
};

class MoveRecord : public QUndoCommand
{
public:
    MoveRecord(Workspace *workspace, Entity entity, qint64 id, int from, int to);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    Entity m_entity;
    qint64 m_id;
    int m_from;
    int m_to;
};

} // namespace Quorum
