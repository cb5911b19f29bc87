// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/recordbindings.h"

#include <QCoreApplication>

namespace Quorum {

Result<QVariantList> columnValues(const Record &record)
{
    const EntitySpec &spec = entitySpec(record.entity);
    QVariantList values;
    values.reserve(qsizetype(spec.columns.size()));
    qsizetype found = record.values.contains(u"position"_qs) ? 1 : 0;
    for (const Column &column : spec.columns) {
        const auto given = record.values.constFind(column.name); // one look-up per column
        found += given != record.values.cend();
        values << (given != record.values.cend() ? given.value() : column.field->defaultValue);
    }
    // Each key was found among the columns unless the counts differ; only then is each key
    // compared with the column names, to say which one is not a field.
    if (found != record.values.size())
        for (auto it = record.values.cbegin(); it != record.values.cend(); ++it)
            if (it.key() != u"position"_qs && !spec.column(it.key()))
                return Result<QVariantList>::failure(QCoreApplication::translate("Quorum::Storage", "%1 has no field \"%2\".").arg(entityLabel(record.entity), it.key().left(60)));
    return values;
}

Result<QVariantList> checkedValues(Entity entity, const QVariantList &values, qsizetype first)
{
    const EntitySpec &spec = entitySpec(entity);
    if (values.size() - first != qsizetype(spec.columns.size()))
        return Result<QVariantList>::failure(
            u"%1 values for the %2 columns of %3"_qs.arg(values.size() - first).arg(spec.columns.size()).arg(spec.table));
    QVariantList checked;
    checked.reserve(qsizetype(spec.columns.size()));
    for (size_t i = 0; i < spec.columns.size(); ++i) {
        auto value = normaliseValue(spec.columns.at(i), values.at(first + qsizetype(i)));
        if (!value)
            return Result<QVariantList>::failure(value.error());
        checked << value.take();
    }
    // The record's own rule, on the values as given (as it always was read).
    const auto given = [&](const QString &name) {
        for (size_t i = 0; i < spec.columns.size(); ++i)
            if (spec.columns.at(i).name == name)
                return values.at(first + qsizetype(i)).toString();
        return QString();
    };
    for (const Field &field : spec.fields) {
        if (field.bilingual && field.required && given(field.name + u"_fr").trimmed().isEmpty()
            && given(field.name + u"_nl").trimmed().isEmpty())
            return Result<QVariantList>::failure(
                QCoreApplication::translate("Quorum::Storage", "%1 needs a text in French or in Dutch.")
                    .arg(QCoreApplication::translate("Quorum::Schema", field.label)));
    }
    return checked;
}

Result<QVariantList> insertValues(const Record &record)
{
    auto values = columnValues(record);
    if (!values)
        return values;
    return checkedValues(record.entity, values.value());
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
