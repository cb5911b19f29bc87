// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "result.h"
#include "storage/database.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace Quorum {

class Workspace;

// One step for the user, however many records it writes: one SQLite transaction and one
// entry of the undo history. Views hear of its changes only once it is committed. A refusal
// or a failed write anywhere inside (check(), fail(), or any edit the workspace refuses)
// takes all of it back: nothing half-done is written, shown, or left to redo. A crash
// before the end leaves the file as it was before the step.
class EditStep
{
public:
    EditStep(Workspace &workspace, const QString &text);
    ~EditStep();
    EditStep(const EditStep &) = delete;
    EditStep &operator=(const EditStep &) = delete;

    template<typename R>
    bool check(const R &result)
    {
        if (!result)
            fail(result.error());
        return bool(result);
    }
    void fail(const QString &reason);
    // Ends the step now (else the destructor does): the failure, if it was taken back.
    Result<void> finish();

private:
    Workspace &m_workspace;
    bool m_finished = false;
};

// Adds `records` one by one (ordered records take their places in turn) as one step named
// `text`: all of them, or none when any is refused (a full disk…).
Result<void> addRecordsAsOneStep(Workspace &workspace, const QList<Record> &records, const QString &text);

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
    // A workspace the user may not write opens for reading: every edit is refused with a
    // message that says so, and Save As makes an editable copy.
    bool isReadOnly() const;
    QUndoStack *undoStack() { return &m_undoStack; }

    // Undo and redo as the user asks for them: the whole step in one transaction. If the
    // file refuses (a full disk), nothing changes, the reason is reported, and the undo
    // history is cleared, since it would no longer describe the file.
    Result<void> undo();
    Result<void> redo();

    QList<Record> records(Entity entity, std::optional<qint64> parentId = std::nullopt) const;
    QList<Record> recordsWhere(Entity entity, const QString &column, const QVariant &value) const;
    QList<Record> recordsWithIds(Entity entity, const QList<qint64> &ids) const;
    std::optional<Record> record(Entity entity, qint64 id) const;

    // Edits as a user makes them: each is one undoable step. A refused edit leaves the
    // stack untouched, returns the reason and emits editFailed.
    Result<qint64> addRecord(const Record &record);
    // Adds records of one unordered entity (the people of an imported spreadsheet) as one
    // command: one prepared statement and one undo entry for the batch. Returns their ids.
    Result<QList<qint64>> addRecords(const QList<Record> &records);
    // The same for rows of `entity` without a record's map each (Database::insertRows: each
    // row a null id, then its values in the order of the entity's columns).
    Result<QList<qint64>> addRows(Entity entity, const QList<QVariantList> &rows);
    Result<void> setValue(Entity entity, qint64 id, const QString &column, const QVariant &value);
    // Several values of one record, in this order, as one step (or as part of the step under
    // way): values equal to the current ones are skipped, nothing changing is no step. The
    // record is read once for all of them, or not at all when the caller passes the record
    // it has just read (`known`: what undo puts back, so it must be the stored one).
    Result<void> setValues(Entity entity, qint64 id, const QList<QPair<QString, QVariant>> &values,
                           const std::optional<Record> &known = std::nullopt);
    Result<void> removeRecord(Entity entity, qint64 id);
    Result<void> moveRecord(Entity entity, qint64 id, int position);
    // Runs `work` as one EditStep: its edits are one transaction and one undo entry, and a
    // failure returned by `work` (or any refused edit inside it) takes all of them back.
    Result<void> inStep(const QString &text, const std::function<Result<void>()> &work);

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
    Result<void> applyInsertMany(QList<Record> &records);
    Result<void> applyRemoveMany(const QList<Record> &records);
    Result<void> applyInsertRows(Entity entity, QList<QVariantList> &rows);
    Result<void> applyRemoveRows(Entity entity, const QList<QVariantList> &rows);
    Result<void> applyMove(Entity entity, qint64 id, int position);
    void reportFailure(const QString &message);

signals:
    void recordAdded(Quorum::Entity entity, qint64 id, qint64 parentId);
    void recordRemoved(Quorum::Entity entity, qint64 id, qint64 parentId);
    void recordMoved(Quorum::Entity entity, qint64 id, qint64 parentId);
    void valueChanged(Quorum::Entity entity, qint64 id, const QString &column, const QVariant &value);
    void filePathChanged(const QString &path);
    void editFailed(const QString &message);
    // The file refused to commit a step that views had already shown (a disk full at the
    // last moment): nothing of it is in the file, and views must read the workspace again.
    void reloadNeeded(const QString &message);
    // The page check that runs after opening found the file damaged: every write is refused.
    void fileDamaged(const QString &message);

private:
    friend class EditStep;
    explicit Workspace(std::unique_ptr<Database> database);
    Result<void> pushChecked(class QUndoCommand *command, const std::function<void()> &afterRedo = {});
    Result<void> replay(bool undo);

    // The transaction under every step; nested calls join the outermost one.
    void beginTransaction();
    Result<void> endTransaction();
    void notify(const std::function<void()> &signal);
    // Undoes the step on top of the history inside the open transaction, then drops it.
    void takeBackLastStep();
    // After a commit the file refused: drops the step without undoing it and asks for a reload.
    void dropAfterFailedCommit(const QString &message);

    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
    QString m_lastFailure;
    int m_transactionDepth = 0;
    QString m_stepFailure;
    bool m_commitFailed = false;
};

} // namespace Quorum

Q_DECLARE_METATYPE(Quorum::Entity)
