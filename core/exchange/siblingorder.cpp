// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/siblingorder.h"

#include "storage/database.h"

#include <algorithm>

namespace Quorum {

void SiblingOrder::add(const Record &record)
{
    m_byParent[record.parentId()].append({record.values.value(QStringLiteral("position")).toLongLong(), record.id});
}

Result<void> SiblingOrder::apply(Database &database, Entity entity) const
{
    for (auto it = m_byParent.cbegin(); it != m_byParent.cend(); ++it) {
        QList<qint64> current; // as inserted: file order
        for (const Entry &entry : it.value())
            current.append(entry.id);
        QList<Entry> byPosition = it.value();
        std::stable_sort(byPosition.begin(), byPosition.end(), [](const Entry &a, const Entry &b) { return a.position < b.position; });
        QList<qint64> wanted;
        for (const Entry &entry : std::as_const(byPosition))
            wanted.insert(qsizetype(std::clamp<qint64>(entry.position, 0, wanted.size())), entry.id);
        // One move per record out of place, front to back; Database::move shifts the others
        // exactly as the list here does.
        for (qsizetype target = 0; target < wanted.size(); ++target) {
            if (current.at(target) == wanted.at(target))
                continue;
            const qsizetype from = current.indexOf(wanted.at(target));
            if (auto moved = database.move(entity, wanted.at(target), int(target)); !moved)
                return moved;
            current.move(from, target);
        }
    }
    return {};
}

} // namespace Quorum
