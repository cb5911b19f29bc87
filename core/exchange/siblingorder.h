// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "result.h"

#include <QHash>
#include <QList>

namespace Quorum {

class Database;

// The order of an ordered entity's records (agenda items, documents, options…) as an
// import reads them: the file lists them by id, and each holds its position among its
// siblings. A streaming import inserts each record as it comes (at the end of its list)
// and keeps only (parent, position, id) here; once the section is read, apply() moves the
// records whose place differs. The result is the one the import gave when it held the whole
// section: siblings taken by position (ties in file order), each inserted at its position
// or at the end of the list when that is shorter — the same lists, whatever the file.
class SiblingOrder
{
public:
    void add(const Record &record);
    Result<void> apply(Database &database, Entity entity) const;

private:
    struct Entry
    {
        qint64 position;
        qint64 id;
    };
    QHash<qint64, QList<Entry>> m_byParent; // in file order
};

} // namespace Quorum
