// SPDX-License-Identifier: GPL-3.0-or-later
#include "record.h"

namespace Quorum {

BilingualText Record::bilingual(const QString &field) const
{
    return {text(field + u"_fr"), text(field + u"_nl")};
}

void Record::setBilingual(const QString &field, const BilingualText &text)
{
    values.insert(field + u"_fr", text.fr);
    values.insert(field + u"_nl", text.nl);
}

qint64 Record::parentId() const
{
    const QString &parent = entitySpec(entity).parentField;
    return parent.isEmpty() ? 0 : number(parent);
}

} // namespace Quorum

namespace Quorum {

QString recordLabel(const Record &record, Language language)
{
    const EntitySpec &spec = entitySpec(record.entity);
    for (const char *candidate : {"name", "title", "theme"}) {
        const QString field = QString::fromLatin1(candidate);
        if (const Field *f = spec.field(field))
            return f->bilingual ? record.bilingual(field).display(language) : record.text(field);
    }
    if (record.entity == Entity::Meeting)
        return record.text(QStringLiteral("date"));
    return QString::number(record.id);
}

QHash<qint64, Record> recordsById(const QList<Record> &records)
{
    QHash<qint64, Record> result;
    result.reserve(records.size());
    for (const Record &record : records)
        result.insert(record.id, record);
    return result;
}

} // namespace Quorum
