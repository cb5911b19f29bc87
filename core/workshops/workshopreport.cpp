// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/workshopreport.h"

#include "members/csvfile.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Quorum {
namespace {

DocText words(const char *fr, const char *nl)
{
    return {QString::fromUtf8(fr), QString::fromUtf8(nl)};
}

// "89 %" in French (a narrow no-break space before the sign), "89%" in Dutch.
DocText percent(double share)
{
    const QString n = QString::number(qRound(share * 100));
    return {n + u"\u202F%"_qs, n + u'%'};
}

DocText filled(const DocText &sentence, const QList<DocText> &values)
{
    DocText out = sentence;
    for (const DocText &value : values) {
        out.fr = out.fr.arg(value.fr);
        out.nl = out.nl.arg(value.nl);
    }
    return out;
}

DocText count(int n)
{
    return DocText::neutral(QString::number(n));
}

// The rank of `workshopId` among the person's choices (1 = first), 0 when not chosen.
int choiceRank(const WorkshopParticipant &person, qint64 workshopId)
{
    const qsizetype at = person.choices.indexOf(workshopId);
    return at < 0 ? 0 : int(at) + 1;
}

// The people of each workshop, by name as a list at a door is read.
QList<const WorkshopParticipant *> seatedIn(const MeetingWorkshops &workshops, qint64 workshopId)
{
    QList<const WorkshopParticipant *> people;
    for (const WorkshopParticipant &person : workshops.participants)
        if (person.seatWorkshopId == workshopId)
            people << &person;
    QCollator collator(QLocale(QLocale::French, QLocale::Belgium));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(people.begin(), people.end(),
                     [&](const WorkshopParticipant *a, const WorkshopParticipant *b) { return collator.compare(a->name, b->name) < 0; });
    return people;
}

const WorkshopBalance *balanceOf(const SplitOutcome &figures, qint64 workshopId)
{
    for (const WorkshopBalance &balance : figures.balance)
        if (balance.workshopId == workshopId)
            return &balance;
    return nullptr;
}

} // namespace

DocText workshopSplitCriteria()
{
    return words(
        "Les personnes placées à la main et les listes verrouillées ne bougent pas. Les premiers choix d'abord, puis les deuxièmes, puis "
        "les troisièmes, dans la limite des places. Quand un atelier a plus de candidats que de places, chaque place va à la "
        "personne dont le secteur, le bassin et la langue sont le moins représentés dans l'atelier par rapport à la salle ; "
        "à égalité, à la première inscrite. Les autres vont, dans l'ordre d'inscription, vers l'atelier le plus en dessous de "
        "sa part de la salle, puis deux d'entre eux échangent leur place quand cela rapproche les deux ateliers de la "
        "composition de la salle.",
        "Wie met de hand is geplaatst en wie op een vergrendelde lijst staat, verschuift niet. Eerst de eerste keuzes, dan de "
        "tweede, dan de derde, zolang er plaats is. Heeft een workshop meer kandidaten dan plaatsen, dan gaat elke plaats naar "
        "wie met zijn sector, zorgzone en taal het minst vertegenwoordigd is in de workshop ten opzichte van de zaal; bij "
        "gelijkheid naar wie zich eerst inschreef. De anderen gaan, in volgorde van inschrijving, naar de workshop die het "
        "verst onder zijn deel van de zaal zit; daarna wisselen twee van hen van plaats als dat beide workshops dichter bij de "
        "samenstelling van de zaal brengt.");
}

QByteArray workshopListsJson(const MeetingWorkshops &workshops, const SplitOutcome &figures)
{
    QJsonArray lists;
    for (const Record &workshop : workshops.workshops) {
        QJsonArray people;
        for (const WorkshopParticipant *person : seatedIn(workshops, workshop.id)) {
            const int rank = choiceRank(*person, workshop.id);
            people.append(QJsonObject{{u"person"_qs, person->personId},
                                      {u"name"_qs, person->name},
                                      {u"organisation"_qs, person->organisation},
                                      {u"sector"_qs, bilingualJson(person->sector)},
                                      {u"bassin"_qs, bilingualJson(person->bassin)},
                                      {u"language"_qs, person->language},
                                      {u"choiceRank"_qs, rank ? QJsonValue(rank) : QJsonValue()},
                                      {u"pinned"_qs, person->pinned}});
        }
        const WorkshopBalance *balance = balanceOf(figures, workshop.id);
        const QVariant capacity = workshop.value(u"capacity"_qs);
        QJsonObject deviation;
        if (balance) {
            deviation = {{u"sector"_qs, balance->deviation[int(SplitDimension::Sector)]},
                         {u"bassin"_qs, balance->deviation[int(SplitDimension::Bassin)]},
                         {u"language"_qs, balance->deviation[int(SplitDimension::Language)]}};
        }
        lists.append(QJsonObject{{u"id"_qs, workshop.id},
                                 {u"position"_qs, workshop.position()},
                                 {u"theme"_qs, bilingualJson(workshop.bilingual(u"theme"_qs))},
                                 {u"room"_qs, workshop.text(u"room"_qs)},
                                 {u"capacity"_qs, capacity.isNull() ? QJsonValue() : QJsonValue(capacity.toInt())},
                                 {u"locked"_qs, workshop.number(u"locked"_qs) != 0},
                                 {u"size"_qs, int(people.size())},
                                 {u"deviation"_qs, deviation},
                                 {u"people"_qs, people}});
    }
    QJsonArray unplaced;
    for (const WorkshopParticipant &person : workshops.participants)
        if (!person.seatWorkshopId)
            unplaced.append(QJsonObject{{u"person"_qs, person.personId}, {u"name"_qs, person.name}});
    const DocText criteria = workshopSplitCriteria();
    const QJsonObject root{
        {u"format"_qs, u"quorum-workshops"_qs},
        {u"formatVersion"_qs, workshopListsFormatVersion},
        {u"meeting"_qs, QJsonObject{{u"id"_qs, workshops.meetingId}, {u"date"_qs, workshops.date.toString(Qt::ISODate)}}},
        {u"criteria"_qs, QJsonObject{{u"fr"_qs, criteria.fr}, {u"nl"_qs, criteria.nl}}},
        {u"participants"_qs, int(workshops.participants.size())},
        {u"choices"_qs, QJsonObject{{u"withChoices"_qs, figures.withChoices},
                                    {u"firstChoiceHonoured"_qs, figures.firstChoiceHonoured},
                                    {u"someChoiceHonoured"_qs, figures.someChoiceHonoured},
                                    {u"firstChoiceShare"_qs, figures.withChoices ? QJsonValue(double(figures.firstChoiceHonoured) / figures.withChoices)
                                                                                 : QJsonValue()}}},
        {u"workshops"_qs, lists},
        {u"unplaced"_qs, unplaced}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray workshopListsCsv(const MeetingWorkshops &workshops)
{
    QList<QStringList> rows{{u"Atelier"_qs, u"Thème"_qs, u"Thema"_qs, u"Salle"_qs, u"Nom"_qs, u"Organisation"_qs, u"Secteur"_qs,
                             u"Bassin"_qs, u"Langue"_qs, u"Choix"_qs, u"Placé à la main"_qs}};
    for (const Record &workshop : workshops.workshops) {
        const BilingualText theme = workshop.bilingual(u"theme"_qs);
        for (const WorkshopParticipant *person : seatedIn(workshops, workshop.id)) {
            const int rank = choiceRank(*person, workshop.id);
            rows << QStringList{QString::number(workshop.position() + 1), theme.fr, theme.nl, workshop.text(u"room"_qs),
                                person->name, person->organisation, person->sector.display(Language::French),
                                person->bassin.display(Language::French), person->language,
                                rank ? QString::number(rank) : QString(), person->pinned ? u"oui"_qs : u"non"_qs};
        }
    }
    return writeCsv(rows);
}

Document workshopListsDocument(const MeetingWorkshops &workshops, const SplitOutcome &figures, const DocText &councilName)
{
    Document doc;
    const DocText title = words("Qui va où : les listes des ateliers", "Wie gaat waar: de lijsten van de workshops");
    doc.title = title;
    doc.author = councilName;
    doc.subject = words("Les participants de chaque atelier, pour les portes des salles",
                        "De deelnemers van elke workshop, voor de deuren van de zalen");
    doc.runningHeader = councilName.isEmpty() ? title : councilName;
    doc.runningDate = documentDate(workshops.date);
    doc.pageNumber = words("page %1 sur %2", "pagina %1 van %2");

    bool first = true;
    for (const Record &workshop : workshops.workshops) {
        if (!first)
            doc.add(PageBreak{});
        first = false;
        const QList<const WorkshopParticipant *> people = seatedIn(workshops, workshop.id);
        doc.add(TitleBlock{spans(DocText::of(workshop.bilingual(u"theme"_qs))), {spans(documentDate(workshops.date))}});
        Facts facts;
        if (!workshop.text(u"room"_qs).isEmpty())
            facts.rows.append({words("Salle", "Zaal"), spans(workshop.text(u"room"_qs))});
        if (!workshop.text(u"facilitator"_qs).isEmpty())
            facts.rows.append({words("Animation", "Begeleiding"), spans(workshop.text(u"facilitator"_qs))});
        const QVariant capacity = workshop.value(u"capacity"_qs);
        facts.rows.append({words("Participants", "Deelnemers"),
                           spans(capacity.isNull() ? count(int(people.size()))
                                                   : filled(words("%1 sur %2 places", "%1 van %2 plaatsen"),
                                                            {count(int(people.size())), count(capacity.toInt())}))});
        doc.add(facts);
        if (people.isEmpty()) {
            doc.add(Paragraph{spans(words("Personne n'est encore inscrit dans cet atelier.", "Nog niemand is voor deze workshop ingeschreven.")),
                              true});
            continue;
        }
        Table table;
        table.header = {spans(words("Nom", "Naam")), spans(words("Organisation", "Organisatie"))};
        table.widths = {1, 1};
        for (const WorkshopParticipant *person : people)
            table.rows.append(TableRow{{spans(person->name), spans(person->organisation)}, false});
        doc.add(table);
    }

    // How the lists were made, and how well: the criteria are announced, not a black box.
    doc.add(PageBreak{});
    doc.add(TitleBlock{spans(words("Comment la répartition a été faite", "Hoe de verdeling is gemaakt")), {spans(documentDate(workshops.date))}});
    doc.add(Paragraph{spans(workshopSplitCriteria()), false});
    Facts results;
    results.rows.append({words("Participants", "Deelnemers"), spans(count(int(workshops.participants.size())))});
    if (figures.withChoices > 0) {
        results.rows.append({words("Premier choix respecté", "Eerste keuze gevolgd"),
                             spans(filled(words("%1 sur %2 (%3)", "%1 van %2 (%3)"),
                                          {count(figures.firstChoiceHonoured), count(figures.withChoices),
                                           percent(double(figures.firstChoiceHonoured) / figures.withChoices)}))});
        results.rows.append({words("Un de ses choix respecté", "Een van de keuzes gevolgd"),
                             spans(filled(words("%1 sur %2 (%3)", "%1 van %2 (%3)"),
                                          {count(figures.someChoiceHonoured), count(figures.withChoices),
                                           percent(double(figures.someChoiceHonoured) / figures.withChoices)}))});
    }
    if (!figures.unplaced.isEmpty())
        results.rows.append({words("Sans place", "Zonder plaats"), spans(count(int(figures.unplaced.size())))});
    doc.add(results);
    doc.add(Paragraph{spans(words("Écart de chaque atelier avec la composition de la salle (0 % : la même composition ; 100 % : rien en commun).",
                                  "Afwijking van elke workshop ten opzichte van de samenstelling van de zaal (0%: dezelfde samenstelling; 100%: niets gemeen).")),
                      true});
    Table balance;
    balance.header = {spans(words("Atelier", "Workshop")), spans(words("Participants", "Deelnemers")), spans(words("Secteur", "Sector")),
                      spans(words("Bassin", "Zorgzone")), spans(words("Langue", "Taal"))};
    balance.widths = {5, 3, 2, 2, 2};
    for (const Record &workshop : workshops.workshops) {
        const WorkshopBalance *figure = balanceOf(figures, workshop.id);
        if (!figure)
            continue;
        balance.rows.append(TableRow{{spans(DocText::of(workshop.bilingual(u"theme"_qs))), spans(count(figure->size)),
                                      spans(percent(figure->deviation[0])), spans(percent(figure->deviation[1])),
                                      spans(percent(figure->deviation[2]))},
                                     false});
    }
    doc.add(balance);
    return doc;
}

} // namespace Quorum
