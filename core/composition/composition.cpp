// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition.h"

#include "record.h"
#include "storage/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Quorum {
namespace {

// Members read these sentences, on screen and in print, in French and in Dutch: they are
// content of the council's two languages, written here side by side like the documents'
// fixed words, not interface strings.
BilingualText say(const char *fr, const char *nl)
{
    return {QString::fromUtf8(fr), QString::fromUtf8(nl)};
}

// %1…%9 replaced in one pass, so a name holding "%2" is never substituted into.
QString substitute(const QString &pattern, const QStringList &values)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int n = pattern.at(i + 1).digitValue();
            if (n >= 1 && n <= values.size()) {
                out += values.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

BilingualText fill(const BilingualText &pattern, const QStringList &fr, const QStringList &nl)
{
    return {substitute(pattern.fr, fr), substitute(pattern.nl, nl)};
}

bool activeOn(const CompositionMember &m, const QDate &date)
{
    return (!m.termStart.isValid() || m.termStart <= date) && (!m.termEnd.isValid() || date <= m.termEnd);
}

} // namespace

QString compositionProblemCode(CompositionProblem problem)
{
    switch (problem) {
    case CompositionProblem::ClusterTooFew: return QStringLiteral("cluster_too_few");
    case CompositionProblem::ClusterTooMany: return QStringLiteral("cluster_too_many");
    case CompositionProblem::TooManySeats: return QStringLiteral("too_many_seats");
    case CompositionProblem::PersonInTwoClusters: return QStringLiteral("person_in_two_clusters");
    case CompositionProblem::AdvisoryInCluster: return QStringLiteral("advisory_in_cluster");
    case CompositionProblem::OpenSeat: return QStringLiteral("open_seat");
    }
    return {};
}

CompositionReport checkComposition(const CompositionRules &rules, const QList<CompositionCluster> &clusters,
                                   const QList<CompositionMember> &members, const QDate &date)
{
    CompositionReport report;
    report.date = date;
    QList<CompositionMember> active;
    for (const CompositionMember &m : members)
        if (activeOn(m, date))
            active.append(m);
    // People by name, then id, so the report reads the same every time.
    std::stable_sort(active.begin(), active.end(), [](const CompositionMember &a, const CompositionMember &b) {
        return std::pair(a.personName.toCaseFolded(), a.personId) < std::pair(b.personName.toCaseFolded(), b.personId);
    });
    QHash<qint64, const CompositionCluster *> clusterById;
    for (const CompositionCluster &c : clusters)
        clusterById.insert(c.id, &c);
    const auto clusterName = [&](qint64 id, Language language) {
        const CompositionCluster *c = clusterById.value(id);
        return c ? c->name.display(language) : QString::number(id);
    };

    // A seat is a voting member; a person holds one seat in a cluster however many
    // memberships say so, and counts once in all.
    QHash<qint64, QSet<qint64>> seatsIn;
    QSet<qint64> voters;
    for (const CompositionMember &m : std::as_const(active)) {
        if (m.role != u"voting")
            continue;
        voters.insert(m.personId);
        if (m.clusterId > 0)
            seatsIn[m.clusterId].insert(m.personId);
    }
    report.seats = int(voters.size());

    for (const CompositionCluster &c : clusters) {
        const int seats = int(seatsIn.value(c.id).size());
        const QString fr = c.name.display(Language::French);
        const QString nl = c.name.display(Language::Dutch);
        if (c.minSeats && seats < *c.minSeats)
            report.violations.append(
                {CompositionProblem::ClusterTooFew, c.id, 0, 0, seats, *c.minSeats,
                 fill(say("« %1 » compte %2 %5 ; il en faut au moins %3 : %4 %6 à pourvoir.",
                          "‘%1’ telt %2 %5; er zijn er minstens %3 nodig: %4 %6 in te vullen."),
                      {fr, QString::number(seats), QString::number(*c.minSeats), QString::number(*c.minSeats - seats),
                       // French counts 0 and 1 in the singular, Dutch only 1.
                       seats <= 1 ? u"membre votant"_qs : u"membres votants"_qs,
                       *c.minSeats - seats <= 1 ? u"siège"_qs : u"sièges"_qs},
                      {nl, QString::number(seats), QString::number(*c.minSeats), QString::number(*c.minSeats - seats),
                       seats == 1 ? u"stemgerechtigde"_qs : u"stemgerechtigden"_qs,
                       *c.minSeats - seats == 1 ? u"zetel"_qs : u"zetels"_qs})});
        if (c.maxSeats && seats > *c.maxSeats)
            report.violations.append(
                {CompositionProblem::ClusterTooMany, c.id, 0, 0, seats, *c.maxSeats,
                 fill(say("« %1 » compte %2 membres votants ; il en a au plus %3.",
                          "‘%1’ telt %2 stemgerechtigden; het maximum is %3."),
                      {fr, QString::number(seats), QString::number(*c.maxSeats)},
                      {nl, QString::number(seats), QString::number(*c.maxSeats)})});
    }
    if (rules.seatCap && report.seats > *rules.seatCap)
        report.violations.append({CompositionProblem::TooManySeats, 0, 0, 0, report.seats, *rules.seatCap,
                                  fill(say("Le conseil compte %1 membres votants, plus que ses %2 sièges.",
                                           "De raad telt %1 stemgerechtigden, meer dan zijn %2 zetels."),
                                       {QString::number(report.seats), QString::number(*rules.seatCap)},
                                       {QString::number(report.seats), QString::number(*rules.seatCap)})});

    // Two clusters: whatever the roles (one person may represent several organisations,
    // never in two clusters). Clusters in their own order.
    QMap<qint64, QList<qint64>> clustersOf; // person → clusters, in cluster order
    QMap<qint64, QString> names;
    for (const CompositionMember &m : std::as_const(active)) {
        names.insert(m.personId, m.personName);
        if (m.clusterId > 0 && !clustersOf[m.personId].contains(m.clusterId))
            clustersOf[m.personId].append(m.clusterId);
    }
    QSet<qint64> reported;
    for (const CompositionMember &m : std::as_const(active)) {
        QList<qint64> in = clustersOf.value(m.personId);
        if (in.size() < 2 || reported.contains(m.personId))
            continue;
        reported.insert(m.personId);
        const auto order = [&](qint64 id) {
            for (qsizetype i = 0; i < clusters.size(); ++i)
                if (clusters.at(i).id == id)
                    return i;
            return clusters.size();
        };
        std::stable_sort(in.begin(), in.end(), [&](qint64 a, qint64 b) { return order(a) < order(b); });
        report.violations.append(
            {CompositionProblem::PersonInTwoClusters, in.at(0), in.at(1), m.personId, 0, 1,
             fill(say("%1 siège dans deux clusters (« %2 » et « %3 ») : une personne ne siège que dans un seul.",
                      "%1 zit in twee clusters (‘%2’ en ‘%3’): één persoon zit maar in één cluster."),
                  {m.personName, clusterName(in.at(0), Language::French), clusterName(in.at(1), Language::French)},
                  {m.personName, clusterName(in.at(0), Language::Dutch), clusterName(in.at(1), Language::Dutch)})});
    }
    for (const CompositionMember &m : std::as_const(active)) {
        if (m.role == u"advisory" && m.clusterId > 0)
            report.violations.append(
                {CompositionProblem::AdvisoryInCluster, m.clusterId, 0, m.personId, 0, 0,
                 fill(say("%1 est expert·e consultatif·ve : sans droit de vote, sans siège dans « %2 ».",
                          "%1 is expert met een adviserende rol: niet stemgerechtigd, geen zetel in ‘%2’."),
                      {m.personName, clusterName(m.clusterId, Language::French)},
                      {m.personName, clusterName(m.clusterId, Language::Dutch)})});
    }
    if (rules.noOpenSeats && !clusters.isEmpty()) {
        QSet<qint64> seen;
        for (const CompositionMember &m : std::as_const(active)) {
            if (m.role != u"voting" || !clustersOf.value(m.personId).isEmpty() || seen.contains(m.personId))
                continue;
            seen.insert(m.personId);
            report.violations.append(
                {CompositionProblem::OpenSeat, 0, 0, m.personId, 0, 0,
                 fill(say("%1 a le droit de vote sans faire partie d'un cluster : ce conseil n'a pas de siège ouvert.",
                          "%1 is stemgerechtigd maar zit in geen cluster: deze raad heeft geen open zetels."),
                      {m.personName}, {m.personName})});
        }
    }
    return report;
}

CompositionReport checkCouncilComposition(const Database &database, qint64 councilId, const QDate &date)
{
    const std::optional<Record> council = database.record(Entity::Council, councilId);
    CompositionRules rules;
    if (council) {
        if (!council->value(u"seat_cap"_qs).isNull())
            rules.seatCap = int(council->number(u"seat_cap"_qs));
        rules.noOpenSeats = council->number(u"no_open_seats"_qs) != 0;
    }
    QList<CompositionCluster> clusters;
    for (const Record &s : database.records(Entity::Subgroup, councilId)) {
        CompositionCluster c{s.id, s.bilingual(u"name"_qs), {}, {}};
        if (!s.value(u"min_seats"_qs).isNull())
            c.minSeats = int(s.number(u"min_seats"_qs));
        if (!s.value(u"max_seats"_qs).isNull())
            c.maxSeats = int(s.number(u"max_seats"_qs));
        clusters.append(c);
    }
    const QList<Record> memberships = database.records(Entity::Membership, councilId);
    QList<qint64> personIds;
    for (const Record &m : memberships)
        personIds.append(m.number(u"person_id"_qs));
    const QHash<qint64, Record> people = recordsById(database.recordsWithIds(Entity::Person, personIds));
    QList<CompositionMember> members;
    for (const Record &m : memberships) {
        const qint64 person = m.number(u"person_id"_qs);
        members.append({person, people.value(person).text(u"name"_qs), m.text(u"role"_qs), m.number(u"subgroup_id"_qs),
                        QDate::fromString(m.text(u"term_start"_qs), Qt::ISODate),
                        QDate::fromString(m.text(u"term_end"_qs), Qt::ISODate)});
    }
    return checkComposition(rules, clusters, members, date);
}

QByteArray compositionReportJson(const CompositionReport &report, qint64 councilId)
{
    QJsonArray violations;
    for (const CompositionViolation &v : report.violations) {
        QJsonObject o{{u"rule"_qs, compositionProblemCode(v.problem)},
                      {u"message"_qs, QJsonObject{{u"fr"_qs, v.message.fr}, {u"nl"_qs, v.message.nl}}}};
        o.insert(u"subgroup_id"_qs, v.clusterId > 0 ? QJsonValue(v.clusterId) : QJsonValue());
        o.insert(u"other_subgroup_id"_qs, v.otherClusterId > 0 ? QJsonValue(v.otherClusterId) : QJsonValue());
        o.insert(u"person_id"_qs, v.personId > 0 ? QJsonValue(v.personId) : QJsonValue());
        const bool counted = v.problem == CompositionProblem::ClusterTooFew || v.problem == CompositionProblem::ClusterTooMany
                             || v.problem == CompositionProblem::TooManySeats;
        o.insert(u"seats"_qs, counted ? QJsonValue(v.seats) : QJsonValue());
        o.insert(u"limit"_qs, counted ? QJsonValue(v.limit) : QJsonValue());
        violations.append(o);
    }
    const QJsonObject root{{u"format"_qs, u"quorum-composition"_qs},
                           {u"formatVersion"_qs, 1},
                           {u"council_id"_qs, councilId},
                           {u"date"_qs, report.date.toString(Qt::ISODate)},
                           {u"seats"_qs, report.seats},
                           {u"compliant"_qs, report.compliant()},
                           {u"violations"_qs, violations}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Quorum
