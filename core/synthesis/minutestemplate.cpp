// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthesis/minutestemplate.h"

#include "schema.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace Quorum {

QList<Record> applyMinutesTemplate(const QList<Record> &draft, const QList<Record> &plan)
{
    if (plan.isEmpty())
        return draft;
    QList<Record> shaped;
    QSet<QString> taken;
    for (const Record &row : plan) {
        const QString kind = row.text(u"kind"_qs);
        if (taken.contains(kind))
            continue;
        taken.insert(kind);
        const BilingualText title = row.bilingual(u"title"_qs);
        for (Record section : draft) {
            if (section.text(u"kind"_qs) != kind)
                continue;
            if (kind == u"round_table" && section.number(u"bassin_id"_qs) > 0) {
                // "Tour de table des bassins — Nord": the council's words before the bassin's name.
                for (const auto &[suffix, own] : {std::pair{u"_fr"_qs, title.fr}, std::pair{u"_nl"_qs, title.nl}}) {
                    const QString current = section.text(QString(u"title"_qs + suffix));
                    const qsizetype dash = current.indexOf(u" — "_qs);
                    if (!own.trimmed().isEmpty() && dash >= 0)
                        section.values.insert(QString(u"title"_qs + suffix), QString(own.trimmed() + current.mid(dash)));
                }
            } else if (kind != u"workshop") {
                if (!title.fr.trimmed().isEmpty())
                    section.values.insert(u"title_fr"_qs, title.fr.trimmed());
                if (!title.nl.trimmed().isEmpty())
                    section.values.insert(u"title_nl"_qs, title.nl.trimmed());
            }
            section.values.insert(u"position"_qs, int(shaped.size()));
            shaped.append(section);
        }
    }
    return shaped;
}

Result<void> createDefaultMinutesTemplate(Workspace &workspace, qint64 councilId)
{
    using R = Result<void>;
    if (!workspace.record(Entity::Council, councilId))
        return R::failure(QCoreApplication::translate("Quorum::Synthesis", "This council no longer exists."));
    if (!workspace.records(Entity::MinutesTemplate, councilId).isEmpty())
        return R::failure(QCoreApplication::translate("Quorum::Synthesis",
                                                      "This council has a minutes template already: edit it, or remove its "
                                                      "sections to start again from Quorum's."));
    QList<Record> rows;
    int position = 0;
    for (const Choice &kind : entitySpec(Entity::MinutesTemplate).field(u"kind"_qs)->choices)
        rows.append(Record(Entity::MinutesTemplate, {{u"council_id"_qs, councilId},
                                                     {u"kind"_qs, QString::fromLatin1(kind.code)},
                                                     {u"position"_qs, position++}}));
    return addRecordsAsOneStep(workspace, rows, QCoreApplication::translate("Quorum::Synthesis", "Start the minutes template"));
}

} // namespace Quorum
