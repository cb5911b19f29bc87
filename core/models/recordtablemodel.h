// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <optional>

namespace Quorum {

class Workspace;

// A column of a RecordTableModel: a stored column of the model's entity, or, when `via`
// names one of its references, a column of the record it points to (a membership row
// shows and edits its person's name this way).
struct ModelColumn
{
    QString column;
    QString via;
};
// The entity's own columns of these names, in this order.
QList<ModelColumn> modelColumns(std::initializer_list<const char *> names);

// A read-only column whose values the model's owner computes from the rows (the planned
// start of an agenda item…). Computed columns come after the stored ones; they are never
// edited and change only when the owner calls refreshComputedColumns().
struct ComputedColumn
{
    std::function<QString()> header;                 // called each time, so it can be translated
    std::function<QVariant(int row, int role)> value; // any role but the model's own
};

// The one table model behind every list of records: the records of one entity under one
// parent (the meetings of a council, the agenda of a meeting…). It loads only those rows,
// follows the workspace's signals, and turns every edit into an undoable workspace edit.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        FieldTypeRole,          // int(FieldType) of the cell's field
        ChoicesRole,            // QVariantList of {code, label} for choice cells
        ReferenceOptionsRole,   // QVariantList of {id, label} for reference cells
        MissingTranslationRole, // true when this language's half is empty but the other is not
    };

    RecordTableModel(Workspace *workspace, Entity entity, QList<ModelColumn> columns, QObject *parent = nullptr);

    Entity entity() const { return m_entity; }
    // Child entities show nothing until a parent is set; top-level entities show all.
    void setParentId(std::optional<qint64> parentId);
    std::optional<qint64> parentId() const { return m_parentId; }
    void setLanguage(Language language);
    Language language() const { return m_language; }
    // Labels (headers, choices) follow the interface language: call after it changed.
    void retranslate();

    qint64 recordId(int row) const;
    int rowOfId(qint64 id) const;
    const Record &recordAt(int row) const { return m_records.at(row); }
    int columnOf(const QString &column) const;

    // Adds a computed column after the existing ones and returns its index.
    int addComputedColumn(ComputedColumn column);
    bool isComputedColumn(int column) const { return column >= m_columns.size() && column < columnCount(); }
    // Tells views that every computed value may have changed.
    void refreshComputedColumns();

    // The MIME type of dragged rows: the entity, the parent and the record ids.
    static QString recordsMimeType();

    // Adds a record under the current parent (last among ordered siblings) as one undoable step.
    Result<qint64> addRecord(QVariantMap values = {});
    Result<void> moveRow(int row, int newRow);
    // Removes the records as one undoable step.
    Result<void> removeRecords(const QList<qint64> &ids);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // Ordered records reorder by drag and drop within their list: a drop moves the dragged
    // records through the workspace (one undoable step), never removes or copies them.
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    // Moves the records with `ids` (kept in list order) to just before `row`, or to the end
    // when `row` is the row count, as one undoable step.
    Result<void> moveRecordsBefore(const QList<qint64> &ids, int row);

private:
    struct ResolvedColumn
    {
        ModelColumn source;
        Entity entity;          // whose column it is
        const Column *column;   // its spec
    };

    bool showsParent(qint64 parentId) const;
    QList<Record> load() const;
    void reload();
    void reloadLayout();
    void loadReferences();
    const Record *target(int row, const ResolvedColumn &column) const; // the record holding the cell
    QString referenceLabel(Entity entity, qint64 id) const;
    QVariantList referenceOptions(const Record &base, const Field &field) const;

    void onRecordAdded(Entity entity, qint64 id, qint64 parentId);
    void onRecordRemoved(Entity entity, qint64 id, qint64 parentId);
    void onRecordMoved(Entity entity, qint64 id, qint64 parentId);
    void onValueChanged(Entity entity, qint64 id, const QString &column, const QVariant &value);

    Workspace *m_workspace;
    Entity m_entity;
    QList<qint64> droppedIds(const QMimeData *data) const; // empty unless from this very list
    bool ordered() const;

    QList<ResolvedColumn> m_columns;
    QList<ComputedColumn> m_computed;
    std::optional<qint64> m_parentId;
    Language m_language = Language::French;
    QList<Record> m_records;
    // Records that cells point to (a membership's person, a person's sector…), by entity.
    mutable QHash<int, QHash<qint64, Record>> m_references;
};

} // namespace Quorum
