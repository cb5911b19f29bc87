// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "schema.h"

#include <QHash>
#include <QVariantMap>

namespace Quorum {

// One stored row of any entity: its id and its column values (see EntitySpec::columns,
// plus "position" for ordered entities). The one currency between storage, undo
// commands, item models and the exchange format, so each of them is written once.
struct Record
{
    Entity entity = Entity::Sector;
    qint64 id = 0;
    QVariantMap values;

    Record() = default;
    Record(Entity e, QVariantMap v = {}, qint64 recordId = 0) : entity(e), id(recordId), values(std::move(v)) {}

    QVariant value(const QString &column) const { return values.value(column); }
    QString text(const QString &column) const { return values.value(column).toString(); }
    qint64 number(const QString &column) const { return values.value(column).toLongLong(); }
    BilingualText bilingual(const QString &field) const;
    void setBilingual(const QString &field, const BilingualText &text);
    qint64 parentId() const; // 0 for top-level entities
    int position() const { return values.value(QStringLiteral("position")).toInt(); }

    friend bool operator==(const Record &, const Record &) = default;
};

} // namespace Quorum

namespace Quorum {

// A short human label for a record in `language`: what a reference cell or a list shows.
QString recordLabel(const Record &record, Language language);

// Records keyed by their id, for readers that join several tables in memory.
QHash<qint64, Record> recordsById(const QList<Record> &records);

} // namespace Quorum
