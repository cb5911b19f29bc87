// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/recordtablemodel.h"

#include "commands/recordcommands.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <QTime>

#include <algorithm>

namespace Quorum {

QList<ModelColumn> modelColumns(std::initializer_list<const char *> names)
{
    QList<ModelColumn> result;
    for (const char *name : names)
        result.append({QString::fromLatin1(name), {}});
    return result;
}

RecordTableModel::RecordTableModel(Workspace *workspace, Entity entity, QList<ModelColumn> columns, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_entity(entity)
{
    const EntitySpec &spec = entitySpec(entity);
    for (const ModelColumn &c : columns) {
        Entity owner = entity;
        if (!c.via.isEmpty()) {
            const Field *via = spec.field(c.via);
            Q_ASSERT_X(via && via->type == FieldType::Reference, "RecordTableModel", "via must name a reference");
            owner = via->references;
        }
        const Column *column = entitySpec(owner).column(c.column);
        Q_ASSERT_X(column, "RecordTableModel", "unknown column");
        m_columns.append({c, owner, column});
    }
    connect(workspace, &Workspace::recordAdded, this, &RecordTableModel::onRecordAdded);
    connect(workspace, &Workspace::recordRemoved, this, &RecordTableModel::onRecordRemoved);
    connect(workspace, &Workspace::recordMoved, this, &RecordTableModel::onRecordMoved);
    connect(workspace, &Workspace::valueChanged, this, &RecordTableModel::onValueChanged);
    if (spec.parentField.isEmpty())
        reload();
}

void RecordTableModel::setParentId(std::optional<qint64> parentId)
{
    if (parentId == m_parentId && !entitySpec(m_entity).parentField.isEmpty())
        return;
    m_parentId = parentId;
    reload();
}

void RecordTableModel::setLanguage(Language language)
{
    m_language = language;
    retranslate();
}

void RecordTableModel::retranslate()
{
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

bool RecordTableModel::showsParent(qint64 parentId) const
{
    if (entitySpec(m_entity).parentField.isEmpty())
        return true;
    return m_parentId && *m_parentId == parentId;
}

QList<Record> RecordTableModel::load() const
{
    if (entitySpec(m_entity).parentField.isEmpty())
        return m_workspace->records(m_entity);
    if (!m_parentId)
        return {};
    return m_workspace->records(m_entity, *m_parentId);
}

void RecordTableModel::reload()
{
    beginResetModel();
    m_records = load();
    m_references.clear();
    loadReferences();
    endResetModel();
}

// Re-reads the rows after an order change, keeping selections and the current cell on
// the same records.
void RecordTableModel::reloadLayout()
{
    emit layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> persistentIds;
    for (const QModelIndex &index : persistent)
        persistentIds.append(recordId(index.row()));
    m_records = load();
    loadReferences();
    QModelIndexList updated;
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int row = rowOfId(persistentIds.at(i));
        updated.append(row < 0 ? QModelIndex() : index(row, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, updated);
    emit layoutChanged();
}

// Loads the records that cells of the current rows point to: people by id (there may be
// thousands in a workspace), small reference lists whole.
void RecordTableModel::loadReferences()
{
    const EntitySpec &spec = entitySpec(m_entity);
    QSet<QString> viaColumns;
    for (const ResolvedColumn &c : m_columns)
        if (!c.source.via.isEmpty())
            viaColumns.insert(c.source.via);
    for (const QString &via : viaColumns) {
        const Entity target = spec.field(via)->references;
        QList<qint64> ids;
        for (const Record &r : m_records)
            if (r.number(via) > 0 && !m_references.value(int(target)).contains(r.number(via)))
                ids.append(r.number(via));
        if (ids.isEmpty())
            continue;
        for (const Record &r : m_workspace->recordsWithIds(target, ids))
            m_references[int(target)].insert(r.id, r);
    }
}

QString RecordTableModel::referenceLabel(Entity entity, qint64 id) const
{
    if (id <= 0)
        return {};
    auto &cache = m_references[int(entity)];
    if (!cache.contains(id)) {
        if (entity == Entity::Person) {
            if (auto r = m_workspace->record(entity, id))
                cache.insert(id, *r);
        } else {
            for (const Record &r : m_workspace->records(entity))
                cache.insert(r.id, r);
        }
    }
    const auto it = cache.constFind(id);
    return it == cache.cend() ? QString() : recordLabel(*it, m_language);
}

QVariantList RecordTableModel::referenceOptions(const Record &base, const Field &field) const
{
    QVariantList options;
    if (!field.required)
        options.append(QVariantMap{{u"id"_qs, QVariant()}, {u"label"_qs, QString()}});
    const EntitySpec &targetSpec = entitySpec(field.references);
    // A reference stays within the same parent when both sides have one (a membership
    // picks among the subgroups of its own council).
    const bool sameParent = !targetSpec.parentField.isEmpty() && base.values.contains(targetSpec.parentField);
    const QList<Record> candidates = sameParent ? m_workspace->records(field.references, base.number(targetSpec.parentField))
                                                : m_workspace->records(field.references);
    for (const Record &r : candidates)
        options.append(QVariantMap{{u"id"_qs, r.id}, {u"label"_qs, recordLabel(r, m_language)}});
    return options;
}

qint64 RecordTableModel::recordId(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records.at(row).id : 0;
}

int RecordTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row)
        if (m_records.at(row).id == id)
            return row;
    return -1;
}

int RecordTableModel::columnOf(const QString &column) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).source.column == column && m_columns.at(i).source.via.isEmpty())
            return i;
    return -1;
}

const Record *RecordTableModel::target(int row, const ResolvedColumn &column) const
{
    const Record &base = m_records.at(row);
    if (column.source.via.isEmpty())
        return &base;
    auto &cache = m_references[int(column.entity)];
    const qint64 id = base.number(column.source.via);
    auto it = cache.constFind(id);
    if (it == cache.cend()) {
        if (auto r = m_workspace->record(column.entity, id))
            it = cache.insert(id, *r);
        else
            return nullptr;
    }
    return &*it;
}

Result<qint64> RecordTableModel::addRecord(QVariantMap values)
{
    const EntitySpec &spec = entitySpec(m_entity);
    if (!spec.parentField.isEmpty()) {
        if (!m_parentId)
            return Result<qint64>::failure(
                QCoreApplication::translate("Quorum::RecordTableModel", "Choose where to add the %1 first.")
                    .arg(entityLabel(m_entity).toLower()));
        values.insert(spec.parentField, *m_parentId);
    }
    for (const Field &field : spec.fields) {
        if (!field.bilingual || !field.required || field.newText.isEmpty())
            continue;
        if (!values.contains(field.name + u"_fr") && !values.contains(field.name + u"_nl")) {
            values.insert(field.name + u"_fr", field.newText.fr);
            values.insert(field.name + u"_nl", field.newText.nl);
        }
    }
    return m_workspace->addRecord(Record(m_entity, values));
}

Result<void> RecordTableModel::moveRow(int row, int newRow)
{
    if (row < 0 || row >= m_records.size())
        return {};
    return m_workspace->moveRecord(m_entity, recordId(row), newRow);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size() + m_computed.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (isComputedColumn(index.column())) {
        if (role == RecordIdRole)
            return m_records.at(index.row()).id;
        if (role > Qt::UserRole)
            return {}; // the field roles describe stored columns only
        const ComputedColumn &computed = m_computed.at(index.column() - m_columns.size());
        return computed.value ? computed.value(index.row(), role) : QVariant();
    }
    const ResolvedColumn &column = m_columns.at(index.column());
    const Field &field = *column.column->field;
    const Record *record = target(index.row(), column);
    if (role == RecordIdRole)
        return m_records.at(index.row()).id;
    if (role == FieldTypeRole)
        return int(field.type);
    if (!record)
        return {};
    const QVariant value = record->value(column.column->name);

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (field.type) {
        case FieldType::Boolean: return {}; // shown as a check box
        case FieldType::Choice: return choiceLabel(field, value.toString());
        case FieldType::Reference: return referenceLabel(field.references, value.toLongLong());
        case FieldType::Date: {
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            if (!date.isValid())
                return QString();
            // The locale's short format, but with the full year: minutes are kept for years.
            QString format = QLocale().dateFormat(QLocale::ShortFormat);
            if (!format.contains(u"yyyy"))
                format.replace(u"yy"_qs, u"yyyy"_qs);
            return QLocale().toString(date, format);
        }
        case FieldType::DateTime: {
            const QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODate);
            return instant.isValid() ? QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat) : QString();
        }
        case FieldType::LongText:
            if (role == Qt::DisplayRole)
                return value.toString().section(u'\n', 0, 0); // the first line; the editor shows all
            return value;
        default:
            if (role == Qt::ToolTipRole && data(index, MissingTranslationRole).toBool())
                return QCoreApplication::translate("Quorum::RecordTableModel", "Missing translation");
            return value;
        }
    case Qt::EditRole:
        switch (field.type) {
        // Dates and times are edited as ISO text: an empty text clears an optional one.
        case FieldType::Date:
        case FieldType::Time: return value.toString();
        default: return value;
        }
    case Qt::CheckStateRole:
        if (field.type == FieldType::Boolean)
            return value.toLongLong() ? Qt::Checked : Qt::Unchecked;
        return {};
    case ChoicesRole: {
        QVariantList choices;
        if (!field.required)
            choices.append(QVariantMap{{u"code"_qs, QString()}, {u"label"_qs, QString()}});
        for (const Choice &c : field.choices)
            choices.append(QVariantMap{{u"code"_qs, QString::fromLatin1(c.code)}, {u"label"_qs, choiceLabel(field, QString::fromLatin1(c.code))}});
        return choices;
    }
    case ReferenceOptionsRole:
        return field.type == FieldType::Reference ? referenceOptions(*record, field) : QVariant();
    case MissingTranslationRole: {
        if (!column.column->language)
            return false;
        const BilingualText text = record->bilingual(field.name);
        return text.in(*column.column->language).trimmed().isEmpty() && !text.isEmpty();
    }
    default: return {};
    }
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || isComputedColumn(index.column()))
        return false;
    const ResolvedColumn &column = m_columns.at(index.column());
    const Record *record = target(index.row(), column);
    if (!record)
        return false;
    QVariant stored = value;
    if (role == Qt::CheckStateRole) {
        if (column.column->field->type != FieldType::Boolean)
            return false;
        stored = value.toInt() == Qt::Checked ? 1 : 0;
    } else if (role != Qt::EditRole) {
        return false;
    }
    // The workspace signals the change back; this model updates from that signal alone.
    return m_workspace->setValue(column.entity, record->id, column.column->name, stored).ok();
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    if (isComputedColumn(section)) {
        const ComputedColumn &computed = m_computed.at(section - m_columns.size());
        return computed.header ? computed.header() : QString();
    }
    return columnLabel(*m_columns.at(section).column);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return ordered() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags; // drops land between rows
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (ordered())
        flags |= Qt::ItemIsDragEnabled;
    if (isComputedColumn(index.column()))
        return flags;
    if (m_columns.at(index.column()).column->field->type == FieldType::Boolean)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

bool RecordTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_records.size())
        return false;
    QList<qint64> ids;
    for (int i = row; i < row + count; ++i)
        ids.append(m_records.at(i).id);
    return removeRecords(ids).ok();
}

Result<void> RecordTableModel::removeRecords(const QList<qint64> &ids)
{
    if (ids.size() == 1)
        return m_workspace->removeRecord(m_entity, ids.first());
    return m_workspace->inStep(
        QCoreApplication::translate("Quorum::RecordTableModel", "Remove %n record(s)", nullptr, int(ids.size())),
        [&]() -> Result<void> {
            for (qint64 id : ids)
                if (auto removed = m_workspace->removeRecord(m_entity, id); !removed)
                    return removed;
            return {};
        });
}

int RecordTableModel::addComputedColumn(ComputedColumn column)
{
    const int index = columnCount();
    beginInsertColumns({}, index, index);
    m_computed.append(std::move(column));
    endInsertColumns();
    return index;
}

void RecordTableModel::refreshComputedColumns()
{
    if (m_computed.isEmpty() || m_records.isEmpty())
        return;
    emit dataChanged(index(0, int(m_columns.size())), index(rowCount() - 1, columnCount() - 1));
}

bool RecordTableModel::ordered() const
{
    return entitySpec(m_entity).ordered;
}

QString RecordTableModel::recordsMimeType()
{
    return QStringLiteral("application/x-quorum-records");
}

Qt::DropActions RecordTableModel::supportedDragActions() const
{
    return ordered() ? Qt::MoveAction : Qt::IgnoreAction;
}

Qt::DropActions RecordTableModel::supportedDropActions() const
{
    return ordered() ? Qt::MoveAction : Qt::IgnoreAction;
}

QStringList RecordTableModel::mimeTypes() const
{
    return ordered() ? QStringList{recordsMimeType()} : QStringList{};
}

QMimeData *RecordTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (!ordered())
        return nullptr;
    QList<int> rows;
    for (const QModelIndex &index : indexes)
        if (checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) && !rows.contains(index.row()))
            rows.append(index.row());
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        ids.append(recordId(row));
    QByteArray payload;
    QDataStream stream(&payload, QIODevice::WriteOnly);
    stream << qint32(m_entity) << qint64(m_parentId.value_or(0)) << ids;
    auto *data = new QMimeData;
    data->setData(recordsMimeType(), payload);
    return data;
}

QList<qint64> RecordTableModel::droppedIds(const QMimeData *data) const
{
    if (!ordered() || !data || !data->hasFormat(recordsMimeType()))
        return {};
    QDataStream stream(data->data(recordsMimeType()));
    qint32 entity = -1;
    qint64 parent = -1;
    QList<qint64> ids;
    stream >> entity >> parent >> ids;
    // Only a reordering within this very list: records do not change parent by a drop.
    if (stream.status() != QDataStream::Ok || entity != qint32(m_entity) || parent != m_parentId.value_or(0))
        return {};
    for (qint64 id : ids)
        if (rowOfId(id) < 0)
            return {};
    return ids;
}

bool RecordTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &parent) const
{
    return action == Qt::MoveAction && !parent.isValid() && !droppedIds(data).isEmpty();
}

bool RecordTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (parent.isValid() && parent.model() != this)
        return false;
    // A drop on a row (rather than between two) goes before it.
    const int before = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    if (!canDropMimeData(data, action, before, column, QModelIndex()))
        return false;
    return moveRecordsBefore(droppedIds(data), before).ok();
}

Result<void> RecordTableModel::moveRecordsBefore(const QList<qint64> &ids, int row)
{
    // The dragged records end up together, in the order given, just before the first
    // record at or after `row` that is not dragged. Placing the last one first, then each
    // one before the one placed after it, moves every record at most once and never
    // moves a record that is already where it belongs.
    QList<qint64> order;
    for (const Record &r : m_records)
        order.append(r.id);
    qint64 anchor = 0;
    for (int i = qBound(0, row, int(order.size())); i < order.size() && !anchor; ++i)
        if (!ids.contains(order.at(i)))
            anchor = order.at(i);
    QList<std::pair<qint64, int>> moves;
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        const qsizetype from = order.indexOf(*it);
        if (from < 0)
            continue;
        order.removeAt(from);
        const qsizetype to = anchor ? order.indexOf(anchor) : order.size();
        order.insert(to, *it);
        if (to != from)
            moves.append({*it, int(to)});
        anchor = *it;
    }
    if (moves.isEmpty())
        return {};
    if (moves.size() == 1)
        return m_workspace->moveRecord(m_entity, moves.first().first, moves.first().second);
    // A refused move leaves nothing half done: the moves made so far are taken back.
    return m_workspace->inStep(
        QCoreApplication::translate("Quorum::RecordTableModel", "Move %n record(s)", nullptr, int(ids.size())),
        [&]() -> Result<void> {
            for (const auto &[id, to] : moves)
                if (auto moved = m_workspace->moveRecord(m_entity, id, to); !moved)
                    return moved;
            return {};
        });
}

void RecordTableModel::onRecordAdded(Entity entity, qint64 id, qint64 parentId)
{
    if (entity != m_entity || !showsParent(parentId))
        return;
    QList<Record> records = load();
    int row = -1;
    for (int i = 0; i < records.size(); ++i)
        if (records.at(i).id == id)
            row = i;
    if (row < 0 || records.size() != m_records.size() + 1) {
        reloadLayout();
        return;
    }
    beginInsertRows({}, row, row);
    m_records = std::move(records);
    loadReferences();
    endInsertRows();
}

void RecordTableModel::onRecordRemoved(Entity entity, qint64 id, qint64 parentId)
{
    // The owner of our rows is gone: this list is now empty.
    const EntitySpec &spec = entitySpec(m_entity);
    if (!spec.parentField.isEmpty() && m_parentId && *m_parentId == id
        && spec.field(spec.parentField)->references == entity) {
        setParentId(std::nullopt);
        return;
    }
    m_references[int(entity)].remove(id);
    if (entity != m_entity || !showsParent(parentId))
        return;
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_records.removeAt(row);
    endRemoveRows();
    // Siblings' positions shifted in storage; refresh them without disturbing the view.
    if (spec.ordered)
        m_records = load();
}

void RecordTableModel::onRecordMoved(Entity entity, qint64, qint64 parentId)
{
    if (entity == m_entity && showsParent(parentId))
        reloadLayout();
}

void RecordTableModel::onValueChanged(Entity entity, qint64 id, const QString &column, const QVariant &value)
{
    const EntitySpec &spec = entitySpec(m_entity);
    if (entity == m_entity) {
        const int row = rowOfId(id);
        if (row < 0)
            return;
        m_records[row].values.insert(column, value);
        if (spec.orderBy.contains(column)) {
            reloadLayout();
            return;
        }
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    auto &cache = m_references[int(entity)];
    auto it = cache.find(id);
    if (it == cache.end())
        return;
    it->values.insert(column, value);
    // A renamed person, subgroup or sector shows in every row that points to it.
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace Quorum
