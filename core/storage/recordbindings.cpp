// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/recordbindings.h"

#include <QCoreApplication>

namespace Quorum {

Result<QVariantMap> insertBindings(const Record &record, QStringList &names)
{
    const EntitySpec &spec = entitySpec(record.entity);
    QVariantMap bindings;
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it)
        if (it.key() != u"position"_qs && !spec.column(it.key()))
            return Result<QVariantMap>::failure(QCoreApplication::translate("Quorum::Storage", "%1 has no field \"%2\".").arg(entityLabel(record.entity), it.key().left(60)));

    for (const Column &column : spec.columns) {
        const QVariant raw = record.values.contains(column.name) ? record.values.value(column.name) : column.field->defaultValue;
        auto value = normaliseValue(column, raw);
        if (!value)
            return Result<QVariantMap>::failure(value.error());
        names << column.name;
        bindings.insert(u':' + column.name, value.value());
    }
    for (const Field &field : spec.fields) {
        if (field.bilingual && field.required
            && record.text(field.name + u"_fr").trimmed().isEmpty() && record.text(field.name + u"_nl").trimmed().isEmpty())
            return Result<QVariantMap>::failure(
                QCoreApplication::translate("Quorum::Storage", "%1 needs a text in French or in Dutch.")
                    .arg(QCoreApplication::translate("Quorum::Schema", field.label)));
    }
    if (record.id > 0) {
        names.prepend(QStringLiteral("id"));
        bindings.insert(u":id"_qs, record.id);
    }
    return bindings;
}

} // namespace Quorum
