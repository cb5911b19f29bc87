// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/recordbindings.h"

#include <QCoreApplication>

#include <optional>

namespace Quorum {

Result<QVariantList> insertValues(const Record &record)
{
    const EntitySpec &spec = entitySpec(record.entity);
    QVariantList values;
    values.reserve(spec.columns.size());
    qsizetype found = record.values.contains(u"position"_qs) ? 1 : 0;
    std::optional<QString> refused; // the first value refused, in the columns' order
    for (const Column &column : spec.columns) {
        const auto given = record.values.constFind(column.name); // one look-up per column: an import runs this per row
        found += given != record.values.cend();
        auto value = normaliseValue(column, given != record.values.cend() ? given.value() : column.field->defaultValue);
        if (!value && !refused)
            refused = value.error();
        values << (value ? value.take() : QVariant());
    }
    // A value that is no column (said first, as before any value's own problem): each key
    // was found among the columns unless the counts differ, and only then is each key
    // compared with the column names (an import did that for every row).
    if (found != record.values.size())
        for (auto it = record.values.cbegin(); it != record.values.cend(); ++it)
            if (it.key() != u"position"_qs && !spec.column(it.key()))
                return Result<QVariantList>::failure(QCoreApplication::translate("Quorum::Storage", "%1 has no field \"%2\".").arg(entityLabel(record.entity), it.key().left(60)));
    if (refused)
        return Result<QVariantList>::failure(*refused);
    for (const Field &field : spec.fields) {
        if (field.bilingual && field.required
            && record.text(field.name + u"_fr").trimmed().isEmpty() && record.text(field.name + u"_nl").trimmed().isEmpty())
            return Result<QVariantList>::failure(
                QCoreApplication::translate("Quorum::Storage", "%1 needs a text in French or in Dutch.")
                    .arg(QCoreApplication::translate("Quorum::Schema", field.label)));
    }
    return values;
}

Result<QList<QVariantList>> batchValues(const QList<Record> &records)
{
    QList<QVariantList> rows;
    rows.reserve(records.size());
    for (const Record &record : records) {
        if (!records.isEmpty() && record.entity != records.first().entity)
            return Result<QList<QVariantList>>::failure(u"insertMany: records of one entity only"_qs);
        auto values = insertValues(record);
        if (!values)
            return Result<QList<QVariantList>>::failure(values.error());
        QVariantList row;
        row.reserve(values.value().size() + 1);
        row.append(record.id > 0 ? QVariant(record.id) : QVariant());
        row.append(values.take());
        rows << std::move(row);
    }
    return rows;
}

Result<QVariantMap> insertBindings(const Record &record, QStringList &names)
{
    auto values = insertValues(record);
    if (!values)
        return Result<QVariantMap>::failure(values.error());
    const EntitySpec &spec = entitySpec(record.entity);
    QVariantMap bindings;
    for (size_t i = 0; i < spec.columns.size(); ++i) {
        names << spec.columns.at(i).name;
        bindings.insert(u':' + spec.columns.at(i).name, values.value().at(qsizetype(i)));
    }
    if (record.id > 0) {
        names.prepend(QStringLiteral("id"));
        bindings.insert(u":id"_qs, record.id);
    }
    return bindings;
}

} // namespace Quorum
