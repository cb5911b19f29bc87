// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generation/generatedvotes.h"
#include "generator.h"
#include "record.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRandomGenerator>

namespace Quorum {

class Database;

namespace Generation {

// One membership as the generator planned it: who sits on a council, when, and how.
struct PlannedMember
{
    qint64 personId = 0;
    QDate from;
    QDate to;
    bool voting = false;
    bool mandatory = false;
};

// A council as the generator knows it while filling its meetings.
struct PlannedCouncil
{
    Record record;                // as stored (quorum rule included)
    QList<qint64> subgroupIds;    // in order; empty when the council has none
    QList<PlannedMember> members; // every membership, over all the years
};

// What happens in one meeting already held: who came (attendance with proxies and walk-in
// guests), what was decided on its decision items (proposals, objections with
// counter-proposals, closed votes of every mode and rule, see VoteWriter) and its minutes
// (draftSynthesis, the app's own draft, stored).
class MeetingLife
{
public:
    MeetingLife(Database &database, QRandomGenerator &random, const QHash<qint64, QString> &personNames,
                GeneratorSummary &summary);

    Result<void> live(const PlannedCouncil &council, const Record &meeting, const QList<Record> &decisionItems,
                      bool firstOfCouncil);

private:
    Result<void> attend(const PlannedCouncil &council, const Record &meeting);
    Result<void> chooseWorkshops(const Record &meeting);
    Result<void> captureIdeas(const Record &meeting);
    Result<void> decide(const PlannedCouncil &council, const Record &meeting, const CapturedRoom &room, const Record &item,
                        int index, bool approval);
    Result<void> minutes(const Record &meeting, bool full);
    Result<qint64> proposal(const Record &item, const BilingualText &title, const BilingualText &text,
                            qint64 authorId, const QString &status = QStringLiteral("open"));
    Result<void> setStatus(Entity entity, qint64 id, const QString &status);
    qint64 someone(const CapturedRoom &room);

    quint32 pick(qsizetype bound) { return m_random.bounded(quint32(bound)); }
    bool chance(int percent) { return int(pick(100)) < percent; }

    Database &m_db;
    QRandomGenerator &m_random;
    const QHash<qint64, QString> &m_names;
    GeneratorSummary &m_summary;
    VoteWriter m_votes;
    QList<qint64> m_everyone; // person ids, for walk-in guests
};

} // namespace Generation
} // namespace Quorum
