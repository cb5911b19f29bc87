// SPDX-License-Identifier: GPL-3.0-or-later
#include "generator.h"

#include "decisions/decisionindex.h"
#include "generation/generatednotes.h"
#include "generation/meetinglife.h"
#include "jsonexchange.h"
#include "record.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>

#include <span>
#include <tuple>

namespace Quorum {
namespace {

struct Pair
{
    const char *fr;
    const char *nl;
};

constexpr Pair sectors[] = {
    {"Santé mentale", "Geestelijke gezondheid"}, {"Aide et soins à domicile", "Thuiszorg en -hulp"},
    {"Médecine générale", "Huisartsgeneeskunde"}, {"CPAS", "OCMW"}, {"Aide aux sans-abri", "Thuislozenzorg"},
    {"Promotion de la santé", "Gezondheidspromotie"}, {"Assuétudes", "Verslavingszorg"}, {"Hôpitaux", "Ziekenhuizen"},
    {"Soins palliatifs", "Palliatieve zorg"}, {"Mutualités", "Ziekenfondsen"},
    {"Usagers et aidants proches", "Gebruikers en mantelzorgers"}, {"Pouvoirs locaux", "Lokale besturen"},
};

constexpr Pair themes[] = {
    {"Orientation dans les situations complexes", "Oriëntatie in complexe situaties"},
    {"Abaissement des seuils d'accès", "Verlaging van toegangsdrempels"},
    {"Femmes enceintes vulnérables", "Kwetsbare zwangere vrouwen"},
    {"Déclarations anticipées", "Voorafgaande verklaringen"},
    {"Santé mentale de première ligne", "Eerstelijns geestelijke gezondheid"},
    {"Lien ambulatoire–hôpital", "Verbinding ambulante zorg–ziekenhuis"},
    {"Prévention et promotion de la santé", "Preventie en gezondheidspromotie"},
    {"Partage de données", "Gegevensdeling"},
    {"Accueil des personnes sans chez-soi", "Opvang van thuislozen"},
    {"Participation citoyenne", "Burgerparticipatie"},
};

constexpr Pair workingGroups[] = {
    {"Groupe de travail Données", "Werkgroep Data"},
    {"Groupe de travail Prévention", "Werkgroep Preventie"},
    {"Groupe de travail Orientation", "Werkgroep Oriëntatie"},
    {"Groupe de travail Inclusion", "Werkgroep Inclusie"},
};

// Subgroups give their voices in the councils that vote by subgroup.
constexpr Pair regionalSubgroups[] = {
    {"Fédérations de l'ambulatoire", "Federaties van de ambulante zorg"},
    {"Structures régionales", "Gewestelijke structuren"},
    {"Binômes des bassins", "Duo's van de zorgzones"},
    {"Usagers et aidants proches", "Gebruikers en mantelzorgers"},
    {"Mutualités et pouvoirs locaux", "Ziekenfondsen en lokale besturen"},
    {"Hôpitaux", "Ziekenhuizen"},
};
constexpr Pair bassinSubgroups[] = {
    {"Première ligne de soins", "Eerstelijnszorg"},
    {"Action sociale", "Sociale actie"},
    {"Santé mentale", "Geestelijke gezondheid"},
    {"Usagers", "Gebruikers"},
};

constexpr const char *firstNames[] = {"Amina", "Bart", "Claire", "Dries", "Elif", "Fatima", "Geert", "Hanne", "Ilias",
                                      "Julie", "Karim", "Lotte", "Mehdi", "Nathalie", "Olivier", "Pieter", "Rachida",
                                      "Sofie", "Thomas", "Yasmina", "Wim", "Zeynep", "Lucas", "Marie", "Samir"};
constexpr const char *lastNames[] = {"Dubois", "Peeters", "El Amrani", "Janssens", "Lambert", "Maes", "Benali",
                                     "Claes", "Dupont", "Willems", "Yilmaz", "Goossens", "Martin", "Diallo",
                                     "Vermeulen", "Leroy", "Mertens", "Haddad", "Jacobs", "Renard"};
constexpr Pair professions[] = {{"Assistant·e social·e", "Maatschappelijk werker"}, {"Médecin généraliste", "Huisarts"},
                                {"Infirmier·ère", "Verpleegkundige"},           {"Psychologue", "Psycholoog"},
                                {"Coordinateur·rice", "Coördinator"},           {"Directeur·rice", "Directeur"},
                                {"Chargé·e de projet", "Projectmedewerker"},    {"Éducateur·rice", "Opvoeder"},
                                {"Sage-femme", "Vroedvrouw"},                   {"Kinésithérapeute", "Kinesitherapeut"},
                                {"Pharmacien·ne", "Apotheker"},                 {"Aide familial·e", "Verzorgende"}};
constexpr Pair functions[] = {
    {"Direction", "Directie"}, {"Coordination", "Coördinatie"}, {"Terrain", "Terrein"}, {"Représentation", "Vertegenwoordiging"}};
constexpr const char *rooms[] = {"Salle Senne", "Salle Zenne", "Salle Iris", "Salle Atomium", "Salle Sablon",
                                 "Salle Marolles"};

struct ItemTemplate
{
    const char *kind;
    Pair title;
    int minutes;
};

constexpr ItemTemplate openingItems[] = {
    {"welcome", {"Accueil", "Welkom"}, 10},
    {"decision", {"Approbation de la synthèse précédente", "Goedkeuring van de vorige samenvatting"}, 10},
    {"information", {"Actualités du secteur", "Nieuws uit de sector"}, 20},
    {"round_table", {"Tour de table des bassins", "Rondetafel van de zorgzones"}, 30},
};
constexpr ItemTemplate middleItems[] = {
    {"information", {"Suivi du plan d'action", "Opvolging van het actieplan"}, 20},
    {"discussion", {"Retour des groupes de travail", "Feedback van de werkgroepen"}, 25},
    {"discussion", {"Points d'attention des bassins", "Aandachtspunten van de zorgzones"}, 20},
    {"decision", {"Validation des priorités", "Goedkeuring van de prioriteiten"}, 20},
    {"information", {"Présentation d'un outil", "Voorstelling van een tool"}, 15},
    {"discussion", {"Questions des participants", "Vragen van de deelnemers"}, 15},
    {"break", {"Pause", "Pauze"}, 15},
    {"information", {"Données du bassin", "Gegevens van de zorgzone"}, 20},
    {"discussion", {"Cas fictif", "Fictieve casus"}, 30},
    {"decision", {"Feuille de route", "Stappenplan"}, 30},
};

class Builder
{
public:
    Builder(Database &database, const GeneratorOptions &options)
        : m_database(database), m_options(options), m_random(options.seed)
    {
    }

    Result<GeneratorSummary> run()
    {
        GeneratorSummary summary;
        auto work = [&]() -> Result<void> {
            QList<qint64> sectorIds;
            int position = 0;
            for (const Pair &s : sectors) {
                Record r(Entity::Sector, {{u"position"_qs, position++}});
                r.setBilingual(u"name"_qs, text(s));
                auto id = insert(r);
                if (!id)
                    return Result<void>::failure(id.error());
                sectorIds << id.value();
            }

            // Professions and functions are bilingual lists, like sectors (no random draw here,
            // so a seed generates the same workspace as before they were lists).
            QList<qint64> professionIds;
            QList<qint64> functionIds;
            for (auto [entity, list, ids] : {std::tuple{Entity::Profession, std::span<const Pair>(professions), &professionIds},
                                             std::tuple{Entity::Function, std::span<const Pair>(functions), &functionIds}}) {
                int listPosition = 0;
                for (const Pair &entry : list) {
                    Record r(entity, {{u"position"_qs, listPosition++}});
                    r.setBilingual(u"name"_qs, text(entry));
                    auto id = insert(r);
                    if (!id)
                        return Result<void>::failure(id.error());
                    ids->append(id.value());
                }
            }

            QList<Council> councils;
            const int firstYear = 2026 - m_options.years;
            auto addCouncil = [&](const char *kind, Pair name, Pair acronym, QVariant bassin, int meetingsPerYear) -> Result<void> {
                const bool regional = QString::fromLatin1(kind) == u"regional";
                const bool bassinCouncil = QString::fromLatin1(kind) == u"bassin";
                // The regional council needs most of its mandatory partners; one working
                // group counts its voting members; the others decide with whoever comes.
                const QString quorum = regional ? u"mandatory_majority"_qs
                                                : (councils.size() == 19 ? u"voting_majority"_qs : u"none"_qs);
                Record r(Entity::Council,
                         {{u"kind"_qs, QString::fromLatin1(kind)}, {u"bassin_id"_qs, bassin}, {u"quorum_rule"_qs, quorum}});
                r.setBilingual(u"name"_qs, text(name));
                r.setBilingual(u"acronym"_qs, text(acronym));
                auto id = insert(r);
                if (!id)
                    return Result<void>::failure(id.error());
                r.id = id.value();
                councils.append({id.value(), meetingsPerYear, regional, int(m_plans.size())});
                // Working groups write short minutes: their own template (the others keep Quorum's).
                if (QString::fromLatin1(kind) == u"working_group") {
                    int templatePosition = 0;
                    for (const char *sectionKind : {"objectives", "participants", "other", "decisions", "save_the_date"}) {
                        Record row(Entity::MinutesTemplate, {{u"council_id"_qs, id.value()},
                                                             {u"kind"_qs, QString::fromLatin1(sectionKind)},
                                                             {u"position"_qs, templatePosition++}});
                        if (std::string_view(sectionKind) == "decisions")
                            row.setBilingual(u"title"_qs, {u"Ce que le groupe a décidé"_qs, u"Wat de groep besliste"_qs});
                        if (auto added = insert(row); !added)
                            return Result<void>::failure(added.error());
                    }
                }
                Generation::PlannedCouncil plan;
                plan.record = r;
                auto addSubgroups = [&](const auto &names) -> Result<void> {
                    for (const Pair &n : names) {
                        Record subgroup(Entity::Subgroup, {{u"council_id"_qs, id.value()}, {u"min_seats"_qs, 1}, {u"max_seats"_qs, 4}});
                        subgroup.setBilingual(u"name"_qs, text(n));
                        auto subgroupId = insert(subgroup);
                        if (!subgroupId)
                            return Result<void>::failure(subgroupId.error());
                        plan.subgroupIds << subgroupId.value();
                        ++summary.subgroups;
                    }
                    return {};
                };
                if (regional)
                    if (auto added = addSubgroups(regionalSubgroups); !added)
                        return added;
                if (bassinCouncil)
                    if (auto added = addSubgroups(bassinSubgroups); !added)
                        return added;
                // The charter the council adopted before its first generated meeting, and
                // for the regional council a second version halfway.
                for (int version = 1; version <= (regional && m_options.years > 1 ? 2 : 1); ++version) {
                    Record charter(Entity::Charter,
                                   {{u"council_id"_qs, id.value()},
                                    {u"version"_qs, version},
                                    {u"adopted_on"_qs, QDate(version == 1 ? firstYear - 1 : firstYear + m_options.years / 2, 12, 15)},
                                    {u"decision_rule"_qs, version == 1 ? u"majority base=cast threshold=simple abstentions=excluded quorum=flag"_qs
                                                                       : u"majority base=present threshold=2/3 compare=atleast abstentions=excluded quorum=flag"_qs},
                                    {u"subgroup_rule"_qs, u"consensus quorum=flag"_qs},
                                    {u"election_rule"_qs, u"election base=cast threshold=1/2 compare=morethan abstentions=excluded quorum=flag seats=1 ranked=no"_qs}});
                    charter.setBilingual(u"title"_qs, {QStringLiteral("Charte de fonctionnement, version %1").arg(version),
                                                       QStringLiteral("Werkingshandvest, versie %1").arg(version)});
                    if (auto charterId = insert(charter); !charterId)
                        return Result<void>::failure(charterId.error());
                    ++summary.charters;
                }
                m_plans.append(plan);
                return {};
            };
            if (auto r = addCouncil("regional", {"Conseil de l'Action Régionale", "Regionale Actieraad"}, {"CAR", "RAR"}, {}, 3); !r)
                return r;
            const QList<Record> bassins = m_database.records(Entity::Bassin);
            m_bassins = bassins;
            for (const Record &bassin : bassins) {
                const QByteArray fr = bassin.text(u"name_fr"_qs).toUtf8();
                const QByteArray nl = bassin.text(u"name_nl"_qs).toUtf8();
                const QByteArray cabFr = "Conseil de l'Action du Bassin " + fr;
                const QByteArray cabNl = "Zorgzone Actieraad " + nl;
                if (auto r = addCouncil("bassin", {cabFr.constData(), cabNl.constData()}, {"CAB", "ZAR"}, bassin.id, 3); !r)
                    return r;
                const QByteArray toFr = "Concertation santé mentale " + fr;
                const QByteArray toNl = "Thematisch overleg geestelijke gezondheid " + nl;
                if (auto r = addCouncil("working_group", {toFr.constData(), toNl.constData()}, {"CT", "TO"}, bassin.id, 6); !r)
                    return r;
                const QByteArray cpFr = "Communauté de pratique " + fr;
                const QByteArray cpNl = "Praktijkgemeenschap " + nl;
                if (auto r = addCouncil("working_group", {cpFr.constData(), cpNl.constData()}, {"CP", "PG"}, bassin.id, 10); !r)
                    return r;
            }
            for (const Pair &group : workingGroups)
                if (auto r = addCouncil("working_group", group, {"GT", "WG"}, {}, 6); !r)
                    return r;
            summary.councils = councils.size();

            // People join over the years; each belongs to one to three councils.
            const int peopleCount = 300 * m_options.years;
            for (int i = 0; i < peopleCount; ++i) {
                const bool dutch = pick(100) < 25;
                Record person(Entity::Person,
                              {{u"name"_qs, QStringLiteral("%1 %2 %3")
                                                .arg(QString::fromLatin1(firstNames[pick(std::size(firstNames))]),
                                                     QString::fromLatin1(lastNames[pick(std::size(lastNames))]))
                                                .arg(i + 1)},
                               {u"organisation"_qs, QStringLiteral("Organisation %1").arg(pick(400) + 1)},
                               {u"sector_id"_qs, sectorIds.at(pick(sectorIds.size()))},
                               {u"profession_id"_qs, professionIds.at(pick(professionIds.size()))},
                               {u"function_id"_qs, functionIds.at(pick(functionIds.size()))},
                               {u"bassin_id"_qs, bassins.at(pick(bassins.size())).id},
                               {u"language"_qs, dutch ? u"nl"_qs : u"fr"_qs},
                               {u"gender"_qs, pick(10) < 5 ? u"female"_qs : (pick(10) < 9 ? u"male"_qs : QString())}});
                auto personId = insert(person);
                if (!personId)
                    return Result<void>::failure(personId.error());
                m_names.insert(personId.value(), person.text(u"name"_qs));
                const int joined = firstYear + (i * m_options.years) / peopleCount;
                const int councilsJoined = 1 + pick(3);
                for (int c = 0; c < councilsJoined; ++c) {
                    const Council &council = councils.at(c == 0 ? pick(councils.size()) : pick(councils.size()));
                    Generation::PlannedCouncil &plan = m_plans[council.plan];
                    const bool voting = pick(20) != 0;
                    const QDate termEnd(qMin(joined + 1 + int(pick(4)), 2026), 12, 31);
                    const bool mandatory = pick(4) == 0;
                    Record membership(Entity::Membership,
                                      {{u"council_id"_qs, council.id},
                                       {u"person_id"_qs, personId.value()},
                                       {u"role"_qs, voting ? u"voting"_qs : u"advisory"_qs},
                                       {u"term_start"_qs, QDate(joined, 1, 1)},
                                       {u"term_end"_qs, termEnd},
                                       {u"mandatory"_qs, mandatory}});
                    if (voting && !plan.subgroupIds.isEmpty())
                        membership.values.insert(u"subgroup_id"_qs, plan.subgroupIds.at(pick(plan.subgroupIds.size())));
                    if (auto id = insert(membership); !id)
                        return Result<void>::failure(id.error());
                    plan.members.append({personId.value(), QDate(joined, 1, 1), termEnd, voting, mandatory});
                }
            }
            summary.people = peopleCount;
            m_life.emplace(m_database, m_random, m_names, summary);

            for (int year = firstYear; year < 2026; ++year) {
                for (const Council &council : councils) {
                    for (int m = 0; m < council.meetingsPerYear; ++m) {
                        const int month = 1 + (m * 12) / council.meetingsPerYear + int(pick(12 / council.meetingsPerYear));
                        const QDate date(year, qMin(month, 12), 1 + int(pick(28)));
                        if (auto r = addMeeting(council, date, m + 1 + (year - firstYear) * council.meetingsPerYear,
                                                year == firstYear && m == 0, summary);
                            !r)
                            return r;
                    }
                }
            }
            return {};
        };
        if (auto written = m_database.transaction(work); !written)
            return Result<GeneratorSummary>::failure(written.error());
        return summary;
    }

private:
    struct Council
    {
        qint64 id;
        int meetingsPerYear;
        bool regional;
        int plan; // into m_plans
    };

    quint32 pick(qsizetype bound) { return m_random.bounded(quint32(bound)); }
    static BilingualText text(const Pair &p) { return {QString::fromUtf8(p.fr), QString::fromUtf8(p.nl)}; }
    Result<qint64> insert(const Record &record) { return m_database.insert(record); }

    Result<void> addMeeting(const Council &council, const QDate &date, int session, bool first, GeneratorSummary &summary)
    {
        const Pair &theme = themes[pick(std::size(themes))];
        Record meeting(Entity::Meeting, {{u"council_id"_qs, council.id},
                                         {u"session_number"_qs, session},
                                         {u"date"_qs, date},
                                         {u"start_time"_qs, u"09:30"_qs},
                                         {u"end_time"_qs, u"12:30"_qs},
                                         {u"place_fr"_qs, u"Bruxelles"_qs},
                                         {u"place_nl"_qs, u"Brussel"_qs},
                                         {u"status"_qs, u"closed"_qs},
                                         // As counted at the door (the minutes prefer check-ins when
                                         // there are any); not drawn, so the votes stay as they were.
                                         {u"headcount"_qs, 25 + (session * 7 + int(council.id)) % 60}});
        meeting.setBilingual(u"objectives"_qs, {QStringLiteral("Information et co-construction : %1").arg(QString::fromUtf8(theme.fr)),
                                                QStringLiteral("Informatie en co-creatie: %1").arg(QString::fromUtf8(theme.nl))});
        auto meetingId = insert(meeting);
        if (!meetingId)
            return Result<void>::failure(meetingId.error());
        meeting.id = meetingId.value();
        QList<Record> decisionItems;
        ++summary.meetings;

        QList<ItemTemplate> agenda(std::begin(openingItems), std::end(openingItems));
        const int middle = 6 + int(pick(13));
        for (int i = 0; i < middle; ++i)
            agenda.append(middleItems[pick(std::size(middleItems))]);
        if (council.regional)
            agenda.append({"workshops", {"Ateliers thématiques", "Thematische workshops"}, 45});
        agenda.append({"lunch", {"Lunch réseau", "Netwerklunch"}, 60});
        int position = 0;
        for (const ItemTemplate &item : agenda) {
            Record r(Entity::AgendaItem, {{u"meeting_id"_qs, meetingId.value()},
                                          {u"position"_qs, position++},
                                          {u"kind"_qs, QString::fromLatin1(item.kind)},
                                          {u"planned_minutes"_qs, item.minutes},
                                          {u"presenter"_qs, QString::fromLatin1(firstNames[pick(std::size(firstNames))])}});
            r.setBilingual(u"title"_qs, text(item.title));
            r.setBilingual(u"notes"_qs, {QStringLiteral("Notes sur « %1 ».").arg(QString::fromUtf8(theme.fr)),
                                         QStringLiteral("Notities over ‘%1’.").arg(QString::fromUtf8(theme.nl))});
            r.setBilingual(u"live_notes"_qs, Generation::generatedLiveNotes(QString::fromLatin1(item.kind), summary.agendaItems,
                                                                            text(theme), m_bassins));
            auto itemId = insert(r);
            if (!itemId)
                return Result<void>::failure(itemId.error());
            ++summary.agendaItems;
            if (std::string_view(item.kind) == "decision") {
                r.id = itemId.value();
                decisionItems.append(r);
            }
            if (pick(10) < 3) {
                Record document(Entity::Document, {{u"agenda_item_id"_qs, itemId.value()},
                                                   {u"location"_qs, QStringLiteral("https://example.org/doc/%1").arg(itemId.value())},
                                                   {u"send_ahead"_qs, std::string_view(item.kind) == "decision"}});
                document.setBilingual(u"title"_qs, {u"Note de préparation"_qs, u"Voorbereidende nota"_qs});
                if (auto id = insert(document); !id)
                    return Result<void>::failure(id.error());
            }
        }
        if (council.regional) {
            for (int w = 0; w < 6; ++w) {
                const Pair &workshopTheme = themes[(w + pick(4)) % std::size(themes)];
                Record workshop(Entity::Workshop, {{u"meeting_id"_qs, meetingId.value()},
                                                   {u"room"_qs, QString::fromLatin1(rooms[w])},
                                                   {u"capacity"_qs, 15}});
                workshop.setBilingual(u"theme"_qs, text(workshopTheme));
                if (auto id = insert(workshop); !id)
                    return Result<void>::failure(id.error());
            }
        }
        return m_life->live(m_plans.at(council.plan), meeting, decisionItems, first);
    }

    Database &m_database;
    QList<Record> m_bassins; // for the round tables' notes
    GeneratorOptions m_options;
    QRandomGenerator m_random;
    QList<Generation::PlannedCouncil> m_plans;
    QHash<qint64, QString> m_names;
    std::optional<Generation::MeetingLife> m_life;
};

} // namespace

Result<GeneratorSummary> generateWorkspace(Database &database, const GeneratorOptions &options)
{
    if (options.years < 1 || options.years > 50)
        return Result<GeneratorSummary>::failure(
            QCoreApplication::translate("Quorum::Generator", "The number of years must be between 1 and 50."));
    return Builder(database, options).run();
}

Result<GeneratorSummary> generateWorkspaceFile(const QString &outPath, const GeneratorOptions &options)
{
    GeneratorSummary summary;
    auto built = buildWorkspaceFile(outPath, [&](Database &database) -> Result<void> {
        auto generated = generateWorkspace(database, options);
        if (!generated)
            return Result<void>::failure(generated.error());
        summary = generated.value();
        // Written in bulk: the file ships with its decisions indexed, as an import does.
        return refreshDecisionRecords(database);
    });
    if (!built)
        return Result<GeneratorSummary>::failure(built.error());
    return summary;
}

} // namespace Quorum
