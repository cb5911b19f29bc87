// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/agendapack.h"

#include "rules/schedule.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>

#include <map>

namespace Quorum {
namespace {

// The pack's own words. They are part of the document, written in the language of its
// readers whatever the interface language, so they are data in both languages, not tr().
DocText words(const char *fr, const char *nl)
{
    return {QString::fromUtf8(fr), QString::fromUtf8(nl)};
}

DocText kindName(const QString &kind)
{
    static const std::map<QString, DocText> names = {
        {u"information"_qs, words("Information", "Informatie")},
        {u"discussion"_qs, words("Discussion", "Bespreking")},
        {u"decision"_qs, words("Décision", "Beslissing")},
        {u"welcome"_qs, words("Accueil", "Welkom")},
        {u"icebreaker"_qs, words("Brise-glace", "IJsbreker")},
        {u"round_table"_qs, words("Tour de table", "Rondetafel")},
        {u"workshops"_qs, words("Ateliers", "Workshops")},
        {u"break"_qs, words("Pause", "Pauze")},
        {u"lunch"_qs, words("Lunch", "Lunch")},
        {u"other"_qs, words("Autre", "Andere")},
    };
    const auto it = names.find(kind);
    return it == names.end() ? DocText::neutral(kind) : it->second;
}

// "2 h 05" in French, "2 u 05" in Dutch; "45 min" in both.
DocText duration(int minutes)
{
    if (minutes < 60)
        return DocText::neutral(QStringLiteral("%1 min").arg(minutes));
    const QString rest = QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return {QStringLiteral("%1 h %2").arg(minutes / 60).arg(rest), QStringLiteral("%1 u %2").arg(minutes / 60).arg(rest)};
}

// Fills %1… of a sentence in both languages.
DocText format(const DocText &sentence, const DocText &a)
{
    return {sentence.fr.arg(a.fr), sentence.nl.arg(a.nl)};
}

DocText format(const DocText &sentence, const DocText &a, const DocText &b)
{
    return {sentence.fr.arg(a.fr, b.fr), sentence.nl.arg(a.nl, b.nl)};
}

DocText format(const DocText &sentence, const DocText &a, const DocText &b, const DocText &c)
{
    return {sentence.fr.arg(a.fr, b.fr, c.fr), sentence.nl.arg(a.nl, b.nl, c.nl)};
}

DocText count(const char *fr, const char *nl, qsizetype n)
{
    return {QString::fromUtf8(fr).arg(n), QString::fromUtf8(nl).arg(n)};
}

Span strong(const DocText &text)
{
    Span span{text, {}, true, {}};
    return span;
}

std::optional<QTime> time(const Record &record, const QString &column)
{
    const QTime t = QTime::fromString(record.text(column), u"HH:mm"_qs);
    return t.isValid() ? std::optional<QTime>(t) : std::nullopt;
}

QString span(const ScheduledItem &item)
{
    return scheduleTime(item, false) + u"–"_qs + scheduleTime(item, true);
}

} // namespace

QColor agendaKindColour(const QString &kind)
{
    if (kind == u"information")
        return QColor(0x1d, 0x4e, 0xd8);
    if (kind == u"discussion")
        return QColor(0xb4, 0x53, 0x09);
    if (kind == u"decision")
        return QColor(0x7e, 0x22, 0xce);
    return {};
}

std::optional<Record> meetingOnDate(const Database &database, const QDate &date)
{
    const QString iso = date.toString(Qt::ISODate);
    for (const Record &council : database.records(Entity::Council))
        for (const Record &meeting : database.records(Entity::Meeting, council.id)) // by date, then start time
            if (meeting.text(u"date"_qs) == iso)
                return meeting;
    return std::nullopt;
}

Result<Document> buildAgendaPack(const Database &database, qint64 meetingId)
{
    const std::optional<Record> meeting = database.record(Entity::Meeting, meetingId);
    if (!meeting)
        return Result<Document>::failure(QCoreApplication::translate("Quorum::Documents", "This meeting no longer exists."));
    const std::optional<Record> council = database.record(Entity::Council, meeting->number(u"council_id"_qs));
    const DocText councilName = council ? DocText::of(council->bilingual(u"name"_qs)) : DocText{};
    const DocText acronym = council ? DocText::of(council->bilingual(u"acronym"_qs)) : DocText{};
    const QDate date = QDate::fromString(meeting->text(u"date"_qs), Qt::ISODate);
    const qint64 session = meeting->number(u"session_number"_qs);

    const QList<Record> items = database.records(Entity::AgendaItem, meetingId);
    const QList<Record> workshops = database.records(Entity::Workshop, meetingId);
    ScheduleInput input;
    input.start = time(*meeting, u"start_time"_qs);
    input.end = time(*meeting, u"end_time"_qs);
    input.workshops = int(workshops.size());
    for (const Record &item : items) {
        const QVariant minutes = item.value(u"planned_minutes"_qs);
        input.items.append({item.text(u"kind"_qs), minutes.isNull() ? std::nullopt : std::optional<int>(minutes.toInt()),
                            item.position()});
    }
    const Schedule schedule = computeSchedule(input);

    Document doc;
    doc.title = format(words("%1 — ordre du jour du %2", "%1 — agenda van %2"), councilName, documentDate(date));
    doc.author = councilName;
    doc.subject = format(words("Ordre du jour, horaires et documents à lire de la séance du %1",
                               "Agenda, uurrooster en te lezen documenten van de vergadering van %1"),
                         documentDate(date));
    const bool hasAcronym = !acronym.isEmpty();
    doc.runningHeader = hasAcronym ? format(words("%1 (%2)", "%1 (%2)"), councilName, acronym) : councilName;
    doc.runningDate = documentDate(date);
    doc.pageNumber = words("page %1 sur %2", "pagina %1 van %2");

    // The head: who meets, which session, when and where.
    TitleBlock title{spans(councilName), {}};
    title.lines.append(spans(session > 0 ? count("Séance n° %1 — ordre du jour et documents à lire",
                                                 "Vergadering nr. %1 — agenda en te lezen documenten", session)
                                         : words("Ordre du jour et documents à lire", "Agenda en te lezen documenten")));
    doc.add(title);
    Facts facts;
    facts.rows.append({words("Date", "Datum"), spans(documentDate(date, DateStyle::WithWeekday))});
    if (input.start && input.end)
        facts.rows.append({words("Horaire", "Uren"), spans(clockTime(*input.start) + u"–"_qs + clockTime(*input.end))});
    else if (input.start)
        facts.rows.append({words("Début", "Begin"), spans(clockTime(*input.start))});
    // The place in each document's own language: "Bruxelles" in French, "Brussel" in Dutch.
    if (const DocText place = DocText::of(meeting->bilingual(u"place"_qs)); !place.isEmpty())
        facts.rows.append({words("Lieu", "Plaats"), spans(place)});
    doc.add(facts);

    const DocText objectives = DocText::of(meeting->bilingual(u"objectives"_qs));
    if (!objectives.isEmpty()) {
        doc.add(Heading{1, spans(words("Objectifs de la séance", "Doelstellingen van de vergadering"))});
        doc.add(Paragraph{spans(objectives), false});
    }

    // The agenda: one row per item, in order, with its planned time.
    doc.add(Heading{1, spans(words("Ordre du jour", "Agenda"))});
    Table agenda;
    agenda.header = {spans(words("Heure", "Tijd")), spans(words("Type", "Soort")), spans(words("Point", "Punt")),
                     spans(words("Intervenant·e", "Spreker")), spans(words("Durée", "Duur"))};
    agenda.widths = {15, 16, 35, 25, 9}; // "Coordinateur·rices" fits on one line
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Record &item = items.at(i);
        const ScheduledItem &slot = schedule.items.at(i);
        const QString kind = item.text(u"kind"_qs);
        Span kindSpan{kindName(kind), {}, false, agendaKindColour(kind)};
        Inline titleCell{strong(DocText::of(item.bilingual(u"title"_qs)))};
        if (kind == u"workshops" && slot.parallel > 0)
            titleCell.append(Span{count(" — %1 ateliers en parallèle", " — %1 parallelle workshops", slot.parallel), {}, false, {}});
        agenda.rows.append({{spans(span(slot)), Inline{kindSpan}, titleCell, spans(item.text(u"presenter"_qs)),
                             slot.unplanned ? spans(QString()) : spans(duration(slot.endOffset - slot.startOffset))},
                            false});
    }
    if (!items.isEmpty())
        doc.add(agenda);
    else
        doc.add(Paragraph{spans(words("L'ordre du jour n'est pas encore établi.", "De agenda is nog niet opgesteld.")), true});
    if (!items.isEmpty())
        doc.add(Paragraph{spans(format(words("Durée prévue : %1.", "Geplande duur: %1."), duration(schedule.plannedMinutes))),
                          true});

    // The workshops: one time slot, several rooms.
    if (!workshops.isEmpty()) {
        doc.add(Heading{1, spans(words("Ateliers en parallèle", "Parallelle workshops"))});
        qsizetype slotIndex = -1;
        for (qsizetype i = 0; i < items.size() && slotIndex < 0; ++i)
            if (items.at(i).text(u"kind"_qs) == u"workshops")
                slotIndex = i;
        const DocText together = count("Les %1 ateliers ont lieu en même temps ; chacun·e en choisit un.",
                                       "De %1 workshops vinden tegelijk plaats; iedereen kiest er één.", workshops.size());
        if (slotIndex >= 0)
            doc.add(Paragraph{spans(format(words("De %1 à %2. %3", "Van %1 tot %2. %3"),
                                           DocText::neutral(scheduleTime(schedule.items.at(slotIndex), false)),
                                           DocText::neutral(scheduleTime(schedule.items.at(slotIndex), true)), together)),
                              false});
        else
            doc.add(Paragraph{spans(together), false});
        int number = 0;
        for (const Record &workshop : workshops) {
            ++number;
            const DocText theme = DocText::of(workshop.bilingual(u"theme"_qs));
            doc.add(Heading{2, spans({QStringLiteral("%1. %2").arg(number).arg(theme.fr), QStringLiteral("%1. %2").arg(number).arg(theme.nl)})});
            Facts where;
            if (!workshop.text(u"room"_qs).trimmed().isEmpty())
                where.rows.append({words("Salle", "Zaal"), spans(workshop.text(u"room"_qs))});
            if (!where.rows.isEmpty())
                doc.add(where);
            const DocText questions = DocText::of(workshop.bilingual(u"questions"_qs));
            if (!questions.isEmpty())
                doc.add(Paragraph{spans(questions), false});
        }
    }

    // The documents to read, by agenda item; those to read beforehand marked.
    ListBlock documents;
    bool anyAhead = false;
    for (const Record &item : items) {
        for (const Record &document : database.records(Entity::Document, item.id)) {
            Inline entry;
            if (document.number(u"send_ahead"_qs)) {
                entry.append(Span{words("À lire avant la séance", "Vooraf te lezen"), {}, true, QColor(0xb9, 0x1c, 0x1c)});
                entry.append(Span{DocText::neutral(u" "_qs), {}, false, {}});
                anyAhead = true;
            }
            const QString location = document.text(u"location"_qs).trimmed();
            entry.append(Span{DocText::of(document.bilingual(u"title"_qs)), location, true, {}});
            entry.append(Span{format(words(" — point « %1 »", " — punt ‘%1’"), DocText::of(item.bilingual(u"title"_qs))), {},
                              false, {}});
            if (!location.isEmpty()) {
                entry.append(Span{DocText::neutral(u" — "_qs), {}, false, {}});
                entry.append(Span{DocText::neutral(location), location, false, {}});
            }
            documents.items.append(entry);
        }
    }
    doc.add(Heading{1, spans(words("Documents à lire", "Te lezen documenten"))});
    if (documents.items.isEmpty()) {
        doc.add(Paragraph{spans(words("Aucun document n'est joint à cet ordre du jour.", "Bij deze agenda horen geen documenten.")),
                          true});
    } else {
        if (anyAhead)
            doc.add(Paragraph{spans(words("Les documents marqués « À lire avant la séance » préparent les discussions et décisions.",
                                          "De documenten gemarkeerd met ‘Vooraf te lezen’ bereiden de besprekingen en beslissingen voor.")),
                              true});
        doc.add(documents);
    }
    applyTypography(doc);
    return doc;
}

} // namespace Quorum
