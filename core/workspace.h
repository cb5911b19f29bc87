// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "result.h"
#include "storage/database.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace Quorum {

// The document: one open workspace file, its undo stack and the signals every view
// listens to. Edits are written through to the file before memory and views change,
// so there is never anything unsaved. Reads go straight to storage: views load only
// what they show.
class Workspace : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<Workspace>> open(const QString &path);
    static Result<std::unique_ptr<Workspace>> create(const QString &path);
    ~Workspace() override;

    QString filePath() const;
    QUndoStack *undoStack() { return &m_undoStack; }

    QList<Record> records(Entity entity, std::optional<qint64> parentId = std::nullopt) const;
    QList<Record> recordsWhere(Entity entity, const QString &column, const QVariant &value) const;
    QList<Record> recordsWithIds(Entity entity, const QList<qint64> &ids) const;
    std::optional<Record> record(Entity entity, qint64 id) const;

    // Edits as a user makes them: each is one undoable step. A refused edit leaves the
    // stack untouched, returns the reason and emits editFailed.
    Result<qint64> addRecord(const Record &record);
    Result<void> setValue(Entity entity, qint64 id, const QString &column, const QVariant &value);
    Result<void> removeRecord(Entity entity, qint64 id);
    Result<void> moveRecord(Entity entity, qint64 id, int position);

    // The one write that is not an undoable edit: an entry of a live session's log. It
    // records what happened and when, so undoing it would falsify the record; a mistaken
    // "next" is corrected by "previous". Starting sets the meeting live, closing closes it.
    Result<qint64> logSessionEvent(qint64 meetingId, const QString &kind, qint64 itemId, int minutes, const QDateTime &at);

    // Writes a consistent copy to `path` and carries on editing the copy ("Save As").
    Result<void> saveAs(const QString &path);
    // Writes a consistent copy and keeps editing this file (backups, exports).
    Result<void> saveCopy(const QString &path) const;

    // Direct access for bulk builders that are not user edits (demo, import, generator):
    // no undo, no signals. Never used while views are attached.
    Database &storage() { return *m_database; }
    const Database &storage() const { return *m_database; }

    // The mutation API, used only by undo commands: write through, then emit.
    Result<qint64> applyInsert(const Record &record);
    Result<void> applyUpdate(Entity entity, qint64 id, const QString &column, const QVariant &value);
    Result<RemovedRecords> applyRemove(Entity entity, qint64 id);
    Result<void> applyRestore(const RemovedRecords &removed);
    Result<void> applyMove(Entity entity, qint64 id, int position);
    void reportFailure(const QString &message);

signals:
    void recordAdded(Quorum::Entity entity, qint64 id, qint64 parentId);
    void recordRemoved(Quorum::Entity entity, qint64 id, qint64 parentId);
    void recordMoved(Quorum::Entity entity, qint64 id, qint64 parentId);
    void valueChanged(Quorum::Entity entity, qint64 id, const QString &column, const QVariant &value);
    void filePathChanged(const QString &path);
    void editFailed(const QString &message);

private:
    explicit Workspace(std::unique_ptr<Database> database);
    Result<void> pushChecked(class QUndoCommand *command);

    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
    QString m_lastFailure;
};

} // namespace Quorum

Q_DECLARE_METATYPE(Quorum::Entity)
