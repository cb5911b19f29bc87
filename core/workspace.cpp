// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "commands/recordcommands.h"
#include "decisions/decisionindex.h"

#include <QCoreApplication>

namespace Quorum {

Workspace::Workspace(std::unique_ptr<Database> database) : m_database(std::move(database))
{
    qRegisterMetaType<Quorum::Entity>();
    // The page check runs on its own thread while views load; its verdict is told on ours.
    // (The database, a member, waits for that thread before this object goes.)
    m_database->whenVerified([this](const Result<void> &verdict) {
        if (!verdict)
            QMetaObject::invokeMethod(this, [this, message = verdict.error()] { emit fileDamaged(message); }, Qt::QueuedConnection);
    });
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
    // A file from before schema 6 (or written by a bulk path): its closed votes are counted
    // once and its decisions indexed, now. Failing leaves the history reading the votes'
    // own columns and searching the unindexed decisions in memory.
    if (auto refreshed = refreshDecisionRecords(*database.value()); !refreshed)
        qWarning("Quorum: the decision records of %s could not be brought up to date: %s", qPrintable(path),
                 qPrintable(refreshed.error()));
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

bool Workspace::isReadOnly() const
{
    return m_database->isReadOnly();
}

EditStep::EditStep(Workspace &workspace, const QString &text) : m_workspace(workspace)
{
    m_workspace.beginTransaction();
    m_workspace.m_undoStack.beginMacro(text);
}

EditStep::~EditStep()
{
    (void)finish();
}

void EditStep::fail(const QString &reason)
{
    if (m_workspace.m_stepFailure.isEmpty())
        m_workspace.m_stepFailure = reason.isEmpty() ? QCoreApplication::translate("Quorum::Workspace", "The step was refused.") : reason;
}

Result<void> EditStep::finish()
{
    if (m_finished)
        return {};
    m_finished = true;
    m_workspace.m_undoStack.endMacro();
    const bool outermost = m_workspace.m_transactionDepth == 1;
    // Refused part-way: what was done is undone inside the transaction, so views follow
    // back, then the transaction is rolled back and the step leaves no trace.
    if (outermost && !m_workspace.m_stepFailure.isEmpty())
        m_workspace.takeBackLastStep();
    Result<void> ended = m_workspace.endTransaction();
    if (!ended && outermost && m_workspace.m_commitFailed)
        m_workspace.dropAfterFailedCommit(ended.error());
    return ended;
}

Result<void> addRecordsAsOneStep(Workspace &workspace, const QList<Record> &records, const QString &text)
{
    EditStep step(workspace, text);
    Result<void> result;
    for (const Record &record : records) {
        if (auto added = workspace.addRecord(record); !added) {
            result = Result<void>::failure(added.error());
            break;
        }
    }
    step.check(result);
    if (const Result<void> ended = step.finish(); !ended && result)
        result = Result<void>::failure(ended.error());
    return result;
}

void Workspace::beginTransaction()
{
    if (m_transactionDepth++ > 0)
        return;
    m_stepFailure.clear();
    m_commitFailed = false;
    if (auto begun = m_database->begin(); !begun) {
        m_stepFailure = begun.error();
        reportFailure(begun.error());
    }
}

Result<void> Workspace::endTransaction()
{
    if (--m_transactionDepth > 0)
        return m_stepFailure.isEmpty() ? Result<void>() : Result<void>::failure(m_stepFailure);
    const QString failure = std::exchange(m_stepFailure, {});
    if (!failure.isEmpty()) {
        m_database->rollback();
        return Result<void>::failure(failure);
    }
    // The decisions this step touched are indexed again in the same transaction.
    if (Result<void> refreshed = refreshDecisionRecords(*m_database); !refreshed) {
        m_database->rollback();
        m_commitFailed = true;
        return refreshed;
    }
    if (Result<void> committed = m_database->commit(); !committed) {
        m_commitFailed = true;
        return committed;
    }
    return {};
}

void Workspace::notify(const std::function<void()> &signal)
{
    signal();
}

void Workspace::takeBackLastStep()
{
    if (!m_undoStack.canUndo())
        return;
    m_undoStack.undo();
    // QUndoStack deletes an obsolete command instead of redoing it: nothing left to redo.
    if (m_undoStack.canRedo()) {
        const_cast<QUndoCommand *>(m_undoStack.command(m_undoStack.index()))->setObsolete(true);
        m_undoStack.redo();
    }
}

void Workspace::dropAfterFailedCommit(const QString &message)
{
    // The file rolled back what views were already shown: the step leaves the history
    // (QUndoStack deletes an obsolete command instead of undoing it), and whoever shows the
    // workspace reads it again from the file.
    if (m_undoStack.canUndo()) {
        const_cast<QUndoCommand *>(m_undoStack.command(m_undoStack.index() - 1))->setObsolete(true);
        m_undoStack.undo();
    }
    reportFailure(message);
    emit reloadNeeded(message);
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

Result<void> Workspace::inStep(const QString &text, const std::function<Result<void>()> &work)
{
    EditStep step(*this, text);
    const Result<void> done = work();
    step.check(done);
    const Result<void> ended = step.finish();
    return done ? ended : done;
}

Result<void> Workspace::undo()
{
    return replay(true);
}

Result<void> Workspace::redo()
{
    return replay(false);
}

Result<void> Workspace::replay(bool undo)
{
    if (undo ? !m_undoStack.canUndo() : !m_undoStack.canRedo())
        return {};
    beginTransaction();
    const bool ran = m_stepFailure.isEmpty();
    if (ran)
        undo ? m_undoStack.undo() : m_undoStack.redo();
    if (auto ended = endTransaction(); !ended) {
        // The file is as it was before; views and the history may have followed part of
        // the way: the history is cleared and the workspace is read again.
        m_undoStack.clear();
        const QString message = (undo ? QCoreApplication::translate("Quorum::Workspace", "Could not undo: %1 The undo history was cleared.")
                                      : QCoreApplication::translate("Quorum::Workspace", "Could not redo: %1 The undo history was cleared."))
                                    .arg(ended.error());
        reportFailure(message);
        if (ran)
            emit reloadNeeded(message);
        return Result<void>::failure(message);
    }
    return {};
}

// Pushes one command as one step, or as part of the step under way. A refused command
// fails the step it belongs to.
Result<void> Workspace::pushChecked(QUndoCommand *command, const std::function<void()> &afterRedo)
{
    const bool outermost = m_transactionDepth == 0;
    m_lastFailure.clear();
    beginTransaction();
    if (!m_stepFailure.isEmpty()) {
        delete command;
        const QString failure = m_stepFailure;
        (void)endTransaction();
        return Result<void>::failure(failure);
    }
    m_undoStack.push(command); // deletes the command if its redo failed
    const QString refusal = m_lastFailure;
    if (refusal.isEmpty() && afterRedo)
        afterRedo();
    Result<void> ended = endTransaction();
    if (!refusal.isEmpty())
        return Result<void>::failure(refusal);
    if (!ended && outermost && m_commitFailed) // written, shown, then not committed
        dropAfterFailedCommit(ended.error());
    return ended;
}

Result<qint64> Workspace::addRecord(const Record &record)
{
    auto *command = new AddRecord(this, record);
    qint64 id = 0;
    // The id is read as soon as the command has run: the stack owns it afterwards.
    Result<void> pushed = pushChecked(command, [&] { id = command->recordId(); });
    if (!pushed)
        return Result<qint64>::failure(pushed.error());
    return id;
}

Result<QList<qint64>> Workspace::addRecords(const QList<Record> &records)
{
    if (records.isEmpty())
        return QList<qint64>();
    auto *command = new AddRecords(this, records);
    QList<qint64> ids;
    Result<void> pushed = pushChecked(command, [&] { ids = command->recordIds(); });
    if (!pushed)
        return Result<QList<qint64>>::failure(pushed.error());
    return ids;
}

Result<QList<qint64>> Workspace::addRows(Entity entity, const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return QList<qint64>();
    auto *command = new AddRecords(this, entity, rows);
    QList<qint64> ids;
    Result<void> pushed = pushChecked(command, [&] { ids = command->recordIds(); });
    if (!pushed)
        return Result<QList<qint64>>::failure(pushed.error());
    return ids;
}

Result<void> Workspace::setValue(Entity entity, qint64 id, const QString &column, const QVariant &value)
{
    return setValues(entity, id, {{column, value}});
}

Result<void> Workspace::setValues(Entity entity, qint64 id, const QList<QPair<QString, QVariant>> &values,
                                  const std::optional<Record> &known)
{
    // The record as it is before the edits: what undo puts back. Read once for all the
    // values, or not at all when the caller has just read it.
    const std::optional<Record> current = known ? known : record(entity, id);
    const auto gone = [&] {
        const QString message = QCoreApplication::translate("Quorum::Workspace", "This %1 no longer exists.")
                                    .arg(entityLabel(entity).toLower());
        reportFailure(message);
        return Result<void>::failure(message);
    };
    if (!current || current->id != id || current->entity != entity)
        return gone();
    QList<std::tuple<QString, QVariant, QVariant>> changes; // column, old, new
    for (const auto &[column, value] : values) {
        const Column *spec = entitySpec(entity).column(column);
        if (!spec)
            return gone();
        auto normalised = normaliseValue(*spec, value);
        if (!normalised) {
            reportFailure(normalised.error());
            return Result<void>::failure(normalised.error());
        }
        const QVariant oldValue = current->value(column);
        if (normalised.value() == oldValue || (normalised.value().isNull() && oldValue.isNull()))
            continue;
        changes.append({column, oldValue, normalised.value()});
    }
    if (changes.isEmpty())
        return {};
    if (changes.size() == 1 || m_transactionDepth > 0) { // one value, or a step under way
        for (const auto &[column, oldValue, newValue] : std::as_const(changes))
            if (Result<void> pushed = pushChecked(new ChangeValue(this, entity, id, column, oldValue, newValue)); !pushed)
                return pushed;
        return {};
    }
    // Several values: one step, one undo entry.
    EditStep step(*this, QCoreApplication::translate("Quorum::Workspace", "Edit %1").arg(entityLabel(entity).toLower()));
    for (const auto &[column, oldValue, newValue] : std::as_const(changes))
        if (!step.check(pushChecked(new ChangeValue(this, entity, id, column, oldValue, newValue))))
            break;
    return step.finish();
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
    notify([=, this] { emit recordAdded(Entity::SessionEvent, eventId, meetingId); });
    if (!status.isEmpty())
        notify([=, this] { emit valueChanged(Entity::Meeting, meetingId, u"status"_qs, status); });
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
    if (m_transactionDepth > 0 && m_stepFailure.isEmpty())
        m_stepFailure = message;
    emit editFailed(message);
}

Result<qint64> Workspace::applyInsert(const Record &record)
{
    auto inserted = m_database->insert(record);
    if (!inserted) {
        reportFailure(inserted.error());
        return inserted;
    }
    notify([=, this, id = inserted.value(), parent = record.parentId(), entity = record.entity] {
        emit recordAdded(entity, id, parent);
    });
    return inserted;
}

Result<void> Workspace::applyUpdate(Entity entity, qint64 id, const QString &column, const QVariant &value)
{
    // The value as stored comes back from the write: no read of the record after it.
    auto updated = m_database->updateValue(entity, id, column, value);
    if (!updated) {
        reportFailure(updated.error());
        return Result<void>::failure(updated.error());
    }
    notify([=, this, now = updated.value()] { emit valueChanged(entity, id, column, now); });
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
        notify([=, this, entity = it->entity, id = it->id, parent = it->parentId()] { emit recordRemoved(entity, id, parent); });
    for (const auto &ref : removed.value().cleared)
        notify([=, this] { emit valueChanged(ref.entity, ref.id, ref.column, QVariant()); });
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
        notify([=, this, entity = record.entity, id = record.id, parent = record.parentId()] { emit recordAdded(entity, id, parent); });
    for (const auto &ref : removed.cleared)
        notify([=, this] { emit valueChanged(ref.entity, ref.id, ref.column, ref.value); });
    return {};
}

Result<void> Workspace::applyInsertMany(QList<Record> &records)
{
    if (auto inserted = m_database->insertMany(records); !inserted) {
        reportFailure(inserted.error());
        return inserted;
    }
    for (const Record &record : records)
        notify([=, this, entity = record.entity, id = record.id, parent = record.parentId()] { emit recordAdded(entity, id, parent); });
    return {};
}

// The index in a row (id first) of the entity's owning reference, -1 when it has none.
static int parentIndexInRow(Entity entity)
{
    const EntitySpec &spec = entitySpec(entity);
    for (size_t i = 0; i < spec.columns.size(); ++i)
        if (!spec.parentField.isEmpty() && spec.columns.at(i).name == spec.parentField)
            return int(i) + 1;
    return -1;
}

Result<void> Workspace::applyInsertRows(Entity entity, QList<QVariantList> &rows)
{
    if (auto inserted = m_database->insertRows(entity, rows); !inserted) {
        reportFailure(inserted.error());
        return inserted;
    }
    const int parent = parentIndexInRow(entity);
    for (const QVariantList &row : std::as_const(rows))
        notify([=, this, id = row.first().toLongLong(), parentId = parent < 0 ? 0 : row.at(parent).toLongLong()] {
            emit recordAdded(entity, id, parentId);
        });
    return {};
}

Result<void> Workspace::applyRemoveRows(Entity entity, const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    QList<qint64> ids;
    for (const QVariantList &row : rows)
        ids << row.first().toLongLong();
    if (auto removed = m_database->removeMany(entity, ids); !removed) {
        reportFailure(removed.error());
        return removed;
    }
    const int parent = parentIndexInRow(entity);
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        notify([=, this, id = it->first().toLongLong(), parentId = parent < 0 ? 0 : it->at(parent).toLongLong()] {
            emit recordRemoved(entity, id, parentId);
        });
    return {};
}

Result<void> Workspace::applyRemoveMany(const QList<Record> &records)
{
    if (records.isEmpty())
        return {};
    QList<qint64> ids;
    for (const Record &record : records)
        ids << record.id;
    if (auto removed = m_database->removeMany(records.first().entity, ids); !removed) {
        reportFailure(removed.error());
        return removed;
    }
    for (auto it = records.crbegin(); it != records.crend(); ++it)
        notify([=, this, entity = it->entity, id = it->id, parent = it->parentId()] { emit recordRemoved(entity, id, parent); });
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
    notify([=, this, parent = current ? current->parentId() : 0] { emit recordMoved(entity, id, parent); });
    return {};
}

} // namespace Quorum
