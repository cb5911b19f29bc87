// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates.h"

#include "commands/recordcommands.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace Quorum {
namespace {

// Copies the named columns that exist in `source`, so a field added to the schema later is
// copied only when someone decides it belongs to the structure of a session.
QVariantMap copied(const Record &source, std::initializer_list<const char *> fields)
{
    const EntitySpec &spec = entitySpec(source.entity);
    QVariantMap values;
    for (const char *name : fields) {
        const QString field = QString::fromLatin1(name);
        const Field *f = spec.field(field);
        Q_ASSERT_X(f, "createMeetingFromTemplate", name);
        if (!f)
            continue;
        if (f->bilingual) {
            values.insert(field + u"_fr", source.value(field + u"_fr"));
            values.insert(field + u"_nl", source.value(field + u"_nl"));
        } else {
            values.insert(field, source.value(field));
        }
    }
    return values;
}

} // namespace

QDate suggestedFollowUpDate(const QDate &sourceDate)
{
    return sourceDate.addMonths(4);
}

Result<qint64> createMeetingFromTemplate(Workspace &workspace, qint64 sourceMeetingId, const QDate &date)
{
    using R = Result<qint64>;
    const std::optional<Record> source = workspace.record(Entity::Meeting, sourceMeetingId);
    if (!source)
        return R::failure(QCoreApplication::translate("Quorum::Templates", "The meeting to start from no longer exists."));
    if (!date.isValid())
        return R::failure(QCoreApplication::translate("Quorum::Templates", "Choose a date for the new meeting."));

    const qint64 councilId = source->number(u"council_id"_qs);
    int lastSession = 0;
    for (const Record &meeting : workspace.records(Entity::Meeting, councilId))
        lastSession = qMax(lastSession, int(meeting.number(u"session_number"_qs)));

    QVariantMap meetingValues = copied(*source, {"council_id", "start_time", "end_time", "place", "objectives"});
    meetingValues.insert(u"date"_qs, date.toString(Qt::ISODate));
    meetingValues.insert(u"status"_qs, u"planned"_qs);
    if (lastSession > 0)
        meetingValues.insert(u"session_number"_qs, lastSession + 1);

    const QList<Record> items = workspace.records(Entity::AgendaItem, sourceMeetingId);
    const QList<Record> workshops = workspace.records(Entity::Workshop, sourceMeetingId);

    //: Undo text; %1 is the new meeting's date
    EditStep step(workspace, QCoreApplication::translate("Quorum::Templates", "New meeting on %1")
                                 .arg(QLocale().toString(date, QLocale::ShortFormat)));
    R result = workspace.addRecord(Record(Entity::Meeting, meetingValues));
    if (result) {
        const qint64 meetingId = result.value();
        // Records go in in the source's order: each is added last among its siblings.
        for (const Record &item : items) {
            QVariantMap values = copied(item, {"kind", "title", "planned_minutes", "presenter", "notes"});
            values.insert(u"meeting_id"_qs, meetingId);
            if (auto added = workspace.addRecord(Record(Entity::AgendaItem, values)); !added) {
                result = added;
                break;
            }
        }
        for (const Record &workshop : workshops) {
            if (!result)
                break;
            QVariantMap values = copied(workshop, {"theme", "questions", "room", "capacity"});
            values.insert(u"meeting_id"_qs, meetingId);
            if (auto added = workspace.addRecord(Record(Entity::Workshop, values)); !added)
                result = added;
        }
    }
    // All or nothing: a refused record (a full disk…) takes back what was added before it.
    step.check(result);
    if (const Result<void> ended = step.finish(); !ended && result)
        return R::failure(ended.error());
    return result;
}

} // namespace Quorum
