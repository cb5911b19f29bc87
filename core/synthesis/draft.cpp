// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthesis/draft.h"

#include "ideas/ideaboard.h"

#include "commands/recordcommands.h"
#include "decisions/decisionwords.h"
#include "decisions/meetingquorum.h"
#include "decisions/votes.h"
#include "notes/notetags.h"
#include "storage/database.h"
#include "synthesis/minutestemplate.h"
#include "synthesis/richtext.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTime>
#include <QUndoStack>


namespace Quorum {
namespace {

// The minutes' own words: part of the document, in the language of its readers whatever
// the interface language, so they are data in both languages, not tr().
DocText words(const char *fr, const char *nl)
{
    return {QString::fromUtf8(fr), QString::fromUtf8(nl)};
}

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

QString text(const DocText &t, Language language)
{
    return language == Language::Dutch ? t.nl : t.fr;
}

// A section in both languages, its bodies already in the stored rich-text form.
struct Draft
{
    QString kind;
    DocText title;
    DocText body; // rich text
    qint64 bassinId = 0;
    qint64 workshopId = 0;
};

// What the builder reads: a Database (the command line) or a Workspace (the app) both
// answer these two calls.
template<typename Source>
Participation participationOf(const Source &source, qint64 meetingId)
{
    Participation result;
    QList<PersonProfile> present;
    QList<AttendanceEntry> entries;
    for (const Record &a : source.records(Entity::Attendance, meetingId)) {
        const AttendanceStatus status = attendanceStatusFromCode(a.text(field("status")));
        entries.append({a.number(field("person_id")), status, a.number(field("proxy_id")), a.number(field("guest")) != 0});
        if (status != AttendanceStatus::Present)
            continue;
        const std::optional<Record> p = source.record(Entity::Person, a.number(field("person_id")));
        if (!p)
            continue;
        present.append({p->id, a.number(field("guest")) != 0, p->number(field("sector_id")),
                        p->number(field("function_id")) > 0 ? p->text(field("function_id")) : QString(),
                        p->number(field("bassin_id")), p->text(field("language")), p->text(field("gender"))});
    }
    result.represented = int(effectivePresence(entries).represented.size());
    QList<qint64> bassinIds;
    for (const Record &b : source.records(Entity::Bassin)) {
        bassinIds.append(b.id);
        result.bassinNames.insert(QString::number(b.id), DocText::of(b.bilingual(field("name"))));
    }
    for (const Record &s : source.records(Entity::Sector))
        result.sectorNames.insert(QString::number(s.id), DocText::of(s.bilingual(field("name"))));
    result.balance = computeBalance(present, bassinIds, std::nullopt);
    return result;
}

QString paragraph(const QString &plain)
{
    return u"<p>"_qs + plain.toHtmlEscaped() + u"</p>"_qs;
}

QString strongParagraph(const QString &plain)
{
    return u"<p><strong>"_qs + plain.toHtmlEscaped() + u"</strong></p>"_qs;
}

const Database &databaseOf(const Database &database)
{
    return database;
}

const Database &databaseOf(const Workspace &workspace)
{
    return workspace.storage();
}

// The quorum in one sentence, as a secretary writes it: the rule, the numbers, met or not.
QString quorumSentence(const QuorumResult &quorum, Language l)
{
    const bool nl = l == Language::Dutch;
    if (quorum.rule == QuorumRule::None)
        return nl ? u"Voor deze raad is geen quorum vereist."_qs : u"Aucun quorum n'est requis pour ce conseil."_qs;
    const bool mandatory = quorum.rule == QuorumRule::MandatoryMajority;
    if (quorum.base == 0)
        return mandatory ? (nl ? u"Het quorum kon niet worden bereikt: geen enkel stemgerechtigd lid is als verplichte partner aangeduid."_qs
                               : u"Le quorum ne pouvait être atteint : aucun membre votant n'est désigné comme partenaire obligatoire."_qs)
                         : (nl ? u"Het quorum kon niet worden bereikt: de raad telt geen stemgerechtigde leden."_qs
                               : u"Le quorum ne pouvait être atteint : le conseil ne compte aucun membre votant."_qs);
    QString sentence;
    if (nl)
        sentence = mandatory ? u"Quorum (meer dan de helft van de verplichte partners): %1 van de %2 aanwezig of vertegenwoordigd, waarvan %3 bij volmacht; %4 vereist. "_qs
                             : u"Quorum (meer dan de helft van de stemgerechtigde leden): %1 van de %2 aanwezig of vertegenwoordigd, waarvan %3 bij volmacht; %4 vereist. "_qs;
    else
        sentence = mandatory ? u"Quorum (plus de la moitié des partenaires obligatoires) : %1 sur %2 présents ou représentés, dont %3 par procuration ; %4 requis. "_qs
                             : u"Quorum (plus de la moitié des membres votants) : %1 sur %2 présents ou représentés, dont %3 par procuration ; %4 requis. "_qs;
    sentence = sentence.arg(quorum.counted()).arg(quorum.base).arg(quorum.represented).arg(quorum.required);
    if (quorum.met)
        return sentence + (nl ? u"Het quorum is bereikt."_qs : u"Le quorum est atteint."_qs);
    return sentence + (nl ? u"Het quorum is niet bereikt."_qs : u"Le quorum n'est pas atteint."_qs);
}

// What was decided on an item: each closed vote's question and its result in a sentence (the
// voice of each subgroup stays in the decision history), with
// the objections and counter-proposals that were on the table.
template<typename Source>
QString decidedOn(const Source &source, const Record &item, Language l)
{
    QString html;
    for (const Record &vote : source.records(Entity::Vote, item.id)) {
        if (vote.text(field("status")) != u"closed")
            continue;
        const Result<VoteCount> count = countVote(databaseOf(source), vote.id);
        if (!count)
            continue;
        html += paragraph(vote.bilingual(field("title")).display(l) + u" — "_qs + count.value().summary().display(l));
    }
    // The objections raised on the item's proposals, each with the counter-proposal it brought.
    for (const Record &proposal : source.records(Entity::Proposal, item.id)) {
        for (const Record &objection : source.records(Entity::Objection, proposal.id)) {
            const std::optional<Record> counter = source.record(Entity::Proposal, objection.number(field("counter_proposal_id")));
            const DocText sentence = words("Objection (%1) : %2 Contre-proposition : %3", "Bezwaar (%1): %2 Tegenvoorstel: %3");
            // The status word in the minutes' language, not the interface's.
            const QString status = objection.text(field("status"));
            const DocText statusWords = DocText::of(objectionStatusWord(status));
            html += paragraph(text(sentence, l).arg(text(statusWords, l), objection.bilingual(field("argument")).display(l),
                                                    counter ? counter->bilingual(field("title")).display(l) : QString()));
        }
    }
    return html;
}

// A tagged line's text as a sentence: the secretary types fast, the minutes start with a capital.
QString asSentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString plainLines(const QList<NoteLine> &lines)
{
    QStringList texts;
    for (const NoteLine &line : lines)
        texts << (line.tag == NoteTag::None ? line.text : asSentence(line.text));
    return texts.join(u'\n');
}

// The notes of the meeting's agenda items, read once per language with their tags.
struct ItemNotes
{
    Record item;
    std::array<QList<NoteLine>, 2> lines; // French, Dutch

    const QList<NoteLine> &in(Language l) const { return lines[l == Language::Dutch ? 1 : 0]; }
    // The lines tagged `tag`, and the untagged ones when the item is of `kind`: an untagged
    // note stays with its item.
    QList<NoteLine> meantFor(NoteTag tag, const QString &kind, Language l) const
    {
        QList<NoteLine> found;
        const bool ownItem = !kind.isEmpty() && item.text(u"kind"_qs) == kind;
        for (const NoteLine &line : in(l))
            if ((tag != NoteTag::None && line.tag == tag) || (ownItem && line.tag == NoteTag::None))
                found.append(line);
        return found;
    }
};

template<typename Source>
QList<Draft> drafts(const Source &source, qint64 meetingId)
{
    QList<Draft> sections;
    const std::optional<Record> meeting = source.record(Entity::Meeting, meetingId);
    if (!meeting)
        return sections;
    const std::optional<Record> council = source.record(Entity::Council, meeting->number(field("council_id")));
    const QList<Record> items = source.records(Entity::AgendaItem, meetingId);
    const QList<Record> workshops = source.records(Entity::Workshop, meetingId);
    const QList<Record> ideaIssues = source.records(Entity::IdeaIssue, meetingId);
    const QList<Record> ideaCards = source.records(Entity::IdeaCard, meetingId);
    const QList<Record> bassins = source.records(Entity::Bassin);
    const QDate date = QDate::fromString(meeting->text(field("date")), Qt::ISODate);
    constexpr std::array languages = {Language::French, Language::Dutch};

    auto both = [&](auto make) {
        return DocText{make(Language::French), make(Language::Dutch)};
    };
    // Every item's live notes, read with their tags in both languages; bassins are
    // recognised by their name in either language.
    QList<BassinName> bassinNames;
    for (const Record &b : bassins)
        for (Language l : languages)
            bassinNames.append({b.id, b.bilingual(field("name")).in(l)});
    QList<ItemNotes> notes;
    for (const Record &item : items) {
        ItemNotes n{item, {}};
        for (size_t i = 0; i < languages.size(); ++i)
            n.lines[i] = readNotes(item.bilingual(field("live_notes")).in(languages[i]), bassinNames);
        notes.append(n);
    }
    // A section made of each item's notes meant for it, under the item's title when several
    // items contribute (one item's title would only repeat the section's).
    auto notesSection = [&](NoteTag tag, const QString &kind) {
        return both([&, kind](Language l) {
            QList<std::pair<const ItemNotes *, QList<NoteLine>>> parts;
            for (const ItemNotes &n : notes)
                if (QList<NoteLine> lines = n.meantFor(tag, kind, l); !lines.isEmpty())
                    parts.append({&n, lines});
            QString html;
            for (const auto &part : parts)
                html += (parts.size() > 1 ? strongParagraph(part.first->item.bilingual(field("title")).in(l)) : QString())
                        + richTextFromPlain(plainLines(part.second));
            return sanitizeRichText(html);
        });
    };

    // Objectives.
    sections.append({u"objectives"_qs, words("Objectifs de la rencontre", "Doelstellingen van de bijeenkomst"),
                     both([&](Language l) { return richTextFromPlain(meeting->bilingual(field("objectives")).in(l)); })});

    // Participants: the number, then who they were, by sector and by bassin.
    const Participation participation = participationOf(source, meetingId);
    const std::optional<QuorumResult> quorum = meetingQuorum(databaseOf(source), meetingId);
    sections.append({u"participants"_qs, words("Participants", "Deelnemers"), both([&](Language l) {
                         // Nobody checked in: the headcount typed for the meeting, if any.
                         if (!participation.recorded()) {
                             const qint64 headcount = meeting->number(field("headcount"));
                             QString html = headcount > 0
                                                ? paragraph((l == Language::Dutch ? u"%1 deelnemers."_qs : u"%1 participants."_qs)
                                                                .arg(headcount))
                                                : paragraph(text(words("Le nombre de participants n'a pas été enregistré.",
                                                                       "Het aantal deelnemers werd niet geregistreerd."),
                                                                 l));
                             if (quorum)
                                 html += paragraph(quorumSentence(*quorum, l));
                             return html;
                         }
                         const int total = participation.balance.total;
                         QString html = paragraph(
                             (l == Language::Dutch ? u"%1 deelnemers, uit een breed scala van sectoren, beroepen en praktijken."_qs
                                                   : u"%1 participants, issus d'un large éventail de secteurs, de professions et de pratiques."_qs)
                                 .arg(total));
                         // Guests and proxies are said only when there were any, in the right number.
                         const bool dutch = l == Language::Dutch;
                         auto counted = [](int n, const QString &one, const QString &many) { return (n == 1 ? one : many).arg(n); };
                         QStringList who;
                         const int members = participation.balance.members, guests = participation.balance.guests;
                         if (guests > 0)
                             who << (dutch ? u"Waarvan %1 en %2."_qs.arg(counted(members, u"%1 lid"_qs, u"%1 leden"_qs),
                                                                          counted(guests, u"%1 gast"_qs, u"%1 gasten"_qs))
                                           : u"Dont %1 et %2."_qs.arg(counted(members, u"%1 membre"_qs, u"%1 membres"_qs),
                                                                       counted(guests, u"%1 invité"_qs, u"%1 invités"_qs)));
                         if (participation.represented > 0)
                             who << (dutch ? counted(participation.represented, u"%1 lid was vertegenwoordigd."_qs,
                                                     u"%1 leden waren vertegenwoordigd."_qs)
                                           : counted(participation.represented, u"%1 membre était représenté."_qs,
                                                     u"%1 membres étaient représentés."_qs));
                         if (!who.isEmpty())
                             html += paragraph(who.join(u' '));
                         if (quorum)
                             html += paragraph(quorumSentence(*quorum, l));
                         // The numbers by sector and by bassin, a line each (the PDF and ODT add
                         // the chart): compact, and one paragraph to delete if the council
                         // does not want them.
                         auto breakdown = [&](BalanceDimension dimension, const DocText &heading, auto nameOf) {
                             QStringList counts;
                             for (const BalanceBucket &b : participation.balance.buckets(dimension))
                                 if (b.count() > 0)
                                     counts << u"%1 (%2)"_qs.arg(text(nameOf(b.key), l)).arg(b.count());
                             if (!counts.isEmpty())
                                 html += paragraph(text(heading, l) + u" "_qs + counts.join(u", "_qs) + u"."_qs);
                         };
                         breakdown(BalanceDimension::Sector, words("Par secteur :", "Per sector:"),
                                   [&](const QString &k) { return participation.sectorName(k); });
                         breakdown(BalanceDimension::Bassin, words("Par bassin :", "Per zorgzone:"),
                                   [&](const QString &k) { return participation.bassinName(k); });
                         return sanitizeRichText(html);
                     })});

    // Sector news: the lines tagged as news, and what was said on the information items.
    sections.append({u"sector_news"_qs, words("Nouvelles du secteur social-santé", "Nieuws uit de welzijns- en gezondheidssector"),
                     notesSection(NoteTag::SectorNews, u"information"_qs)});

    // The round table: what was said of each bassin (lines starting with its name), one section
    // per bassin, after what the round-table items hold untagged, if anything.
    const DocText roundTableTitle = words("Tour de table des bassins", "Rondetafel van de zorgzones");
    if (Draft general{u"round_table"_qs, roundTableTitle, notesSection(NoteTag::None, u"round_table"_qs)}; !general.body.isEmpty())
        sections.append(general);
    for (const Record &b : bassins) {
        const BilingualText name = b.bilingual(field("name"));
        Draft d{u"round_table"_qs,
                {roundTableTitle.fr + u" — "_qs + name.in(Language::French), roundTableTitle.nl + u" — "_qs + name.in(Language::Dutch)},
                both([&](Language l) {
                    QList<NoteLine> said;
                    for (const ItemNotes &n : notes)
                        for (const NoteLine &line : n.in(l))
                            if (line.tag == NoteTag::RoundTable && line.bassinId == b.id)
                                said.append(line);
                    return richTextFromPlain(plainLines(said));
                })};
        d.bassinId = b.id;
        sections.append(d);
    }

    // Follow-up: the themes worked on at the council's previous session.
    std::optional<Record> previous;
    std::optional<Record> next;
    for (const Record &m : source.records(Entity::Meeting, meeting->number(field("council_id")))) {
        const QDate d = QDate::fromString(m.text(field("date")), Qt::ISODate);
        if (m.id == meetingId)
            continue;
        if (d < date || (d == date && m.text(field("start_time")) < meeting->text(field("start_time"))))
            previous = m; // listed by date: the last one before wins
        else if (!next)
            next = m;
    }
    sections.append({u"follow_up"_qs,
                     words("Suivi des thématiques travaillées lors du dernier Conseil",
                           "Opvolging van thema's waaraan tijdens de laatste Raad is gewerkt"),
                     both([&](Language l) {
                         if (!previous)
                             return QString();
                         QString list;
                         for (const Record &w : source.records(Entity::Workshop, previous->id))
                             list += u"<li>"_qs + w.bilingual(field("theme")).in(l).toHtmlEscaped() + u"</li>"_qs;
                         if (list.isEmpty())
                             return QString();
                         return sanitizeRichText(
                             paragraph(text(words("Lors du Conseil précédent, plusieurs activités régionales ont été travaillées avec les "
                                                  "participants. Les équipes ont intégré leurs constats et propositions dans la suite "
                                                  "de leurs travaux :",
                                                  "Tijdens de vorige Raad werd met de deelnemers aan verschillende gewestelijke "
                                                  "activiteiten gewerkt. De teams hebben deze bevindingen en voorstellen meegenomen "
                                                  "in hun verdere werkzaamheden:"),
                                            l))
                             + u"<ul>"_qs + list + u"</ul>"_qs);
                     })});

    // Working groups: the lines tagged as their progress.
    sections.append({u"working_groups"_qs, words("Groupes de travail régionaux", "Gewestelijke werkgroepen"),
                     notesSection(NoteTag::WorkingGroup, QString())});

    // A discussion's untagged notes stay with it: a section of its own, under its title, as
    // the real syntheses give each topic discussed ("Fonctionnement du Conseil : réflexions…").
    for (const ItemNotes &n : notes) {
        if (n.item.text(field("kind")) != u"discussion")
            continue;
        Draft own{u"other"_qs, DocText::of(n.item.bilingual(field("title"))), both([&](Language l) {
                      QList<NoteLine> untagged;
                      for (const NoteLine &line : n.in(l))
                          if (line.tag == NoteTag::None)
                              untagged.append(line);
                      return richTextFromPlain(plainLines(untagged));
                  })};
        if (!own.body.isEmpty())
            sections.append(own);
    }

    // One summary per workshop: its guiding questions, then what was said there, grouped by
    // issue (core/ideas).
    for (const Record &w : workshops) {
        const BilingualText theme = w.bilingual(field("theme"));
        QList<Record> said;
        for (const Record &card : ideaCards)
            if (card.number(field("workshop_id")) == w.id)
                said << card;
        Draft d{u"workshop"_qs, DocText::of(theme), both([&](Language l) {
                    const QStringList questions = w.bilingual(field("questions")).in(l).split(u'\n', Qt::SkipEmptyParts);
                    QString list;
                    for (const QString &q : questions)
                        if (!q.trimmed().isEmpty())
                            list += u"<li>"_qs + q.trimmed().toHtmlEscaped() + u"</li>"_qs;
                    const QString cards = workshopCardsSummary(ideaIssues, said, l);
                    if (list.isEmpty() && cards.isEmpty())
                        return QString();
                    return sanitizeRichText((list.isEmpty() ? QString()
                                                            : paragraph(text(words("Questions de départ :", "Startvragen:"), l))
                                                                  + u"<ul>"_qs + list + u"</ul>"_qs)
                                            + cards);
                })};
        d.workshopId = w.id;
        sections.append(d);
    }

    // Decisions: the decision items, and any item with a line tagged as a decision's rationale,
    // with what was noted and voted on them.
    sections.append({u"decisions"_qs, words("Décisions", "Beslissingen"), both([&](Language l) {
                         QString html;
                         for (const ItemNotes &n : notes) {
                             const QList<NoteLine> rationale = n.meantFor(NoteTag::DecisionRationale, u"decision"_qs, l);
                             if (n.item.text(field("kind")) != u"decision" && rationale.isEmpty())
                                 continue;
                             html += strongParagraph(n.item.bilingual(field("title")).in(l));
                             if (!rationale.isEmpty())
                                 html += richTextFromPlain(plainLines(rationale));
                             html += decidedOn(source, n.item, l);
                         }
                         // No decision: the section stays in the draft, empty, so the minutes
                         // leave it out (as the real syntheses do) until the secretary writes in it.
                         return html.isEmpty() ? QString() : sanitizeRichText(html);
                     })});

    // Documents and tools presented, with their links.
    sections.append({u"documents"_qs,
                     words("Documents et outils présentés lors de ce Conseil", "Documenten en tools die tijdens deze Raad werden gepresenteerd"),
                     both([&](Language l) {
                         QString list;
                         for (const Record &item : items) {
                             for (const Record &document : source.records(Entity::Document, item.id)) {
                                 const QString title = document.bilingual(field("title")).in(l).toHtmlEscaped();
                                 const QString location = document.text(field("location")).trimmed();
                                 if (isSafeLink(location))
                                     list += u"<li><a href=\""_qs + location.toHtmlEscaped() + u"\">"_qs + title + u"</a></li>"_qs;
                                 else if (!location.isEmpty())
                                     list += u"<li>"_qs + title + u" ("_qs + location.toHtmlEscaped() + u")</li>"_qs;
                                 else
                                     list += u"<li>"_qs + title + u"</li>"_qs;
                             }
                         }
                         return list.isEmpty() ? QString() : sanitizeRichText(u"<ul>"_qs + list + u"</ul>"_qs);
                     })});

    // Questions from participants: the lines tagged as questions from the floor.
    sections.append({u"questions"_qs, words("Questions des participants", "Vragen van de deelnemers"), both([&](Language l) {
                         QString list;
                         for (const ItemNotes &n : notes)
                             for (const NoteLine &q : n.meantFor(NoteTag::Question, QString(), l))
                                 list += u"<li>"_qs + asSentence(q.text).toHtmlEscaped() + u"</li>"_qs;
                         return list.isEmpty() ? QString() : sanitizeRichText(u"<ul>"_qs + list + u"</ul>"_qs);
                     })});

    // Save the date: the council's next meeting.
    sections.append({u"save_the_date"_qs, words("Save the date", "Save the date"), both([&](Language l) {
                         if (!next)
                             return paragraph(text(words("La date de la prochaine rencontre sera communiquée prochainement.",
                                                         "De datum van de volgende bijeenkomst wordt binnenkort meegedeeld."),
                                                   l));
                         const QDate nextDate = QDate::fromString(next->text(field("date")), Qt::ISODate);
                         const QString day = writtenDate(nextDate, l, DateStyle::WithWeekday);
                         const QTime start = QTime::fromString(next->text(field("start_time")), u"HH:mm"_qs);
                         const QTime end = QTime::fromString(next->text(field("end_time")), u"HH:mm"_qs);
                         QString when;
                         if (l == Language::Dutch) {
                             when = start.isValid() && end.isValid()
                                        ? u"Afspraak op %1 van %2 tot %3 uur."_qs.arg(day, start.toString(u"H.mm"_qs), end.toString(u"H.mm"_qs))
                                        : u"Afspraak op %1."_qs.arg(day);
                         } else {
                             when = start.isValid() && end.isValid()
                                        ? u"Rendez-vous le %1 de %2 à %3."_qs.arg(day, start.toString(u"H'h'mm"_qs), end.toString(u"H'h'mm"_qs))
                                        : u"Rendez-vous le %1."_qs.arg(day);
                         }
                         QString html = u"<p><strong>"_qs + when.toHtmlEscaped() + u"</strong></p>"_qs;
                         const QString audience = next->bilingual(field("audience")).display(l).trimmed();
                         if (!audience.isEmpty())
                             html += paragraph(audience);
                         const QString place = next->bilingual(field("place")).display(l).trimmed();
                         if (!place.isEmpty())
                             html += paragraph(text(words("Lieu : ", "Plaats: "), l) + place);
                         const QString registration = next->text(field("registration")).trimmed();
                         if (isSafeLink(registration))
                             html += u"<p>"_qs + text(words("Infos et inscription : ", "Info en inschrijving: "), l).toHtmlEscaped()
                                     + u"<a href=\""_qs + registration.toHtmlEscaped() + u"\">"_qs + registration.toHtmlEscaped()
                                     + u"</a></p>"_qs;
                         else if (!registration.isEmpty())
                             html += paragraph(text(words("Infos et inscription : ", "Info en inschrijving: "), l) + registration);
                         return sanitizeRichText(html);
                     })});

    // The funder's mention closes the minutes.
    const BilingualText funder = council ? council->bilingual(field("funder")) : BilingualText{};
    sections.append({u"funder"_qs, words("Financement", "Financiering"),
                     {richTextFromPlain(funder.in(Language::French)), richTextFromPlain(funder.in(Language::Dutch))}});
    return sections;
}

template<typename Source>
QList<Record> draftRecords(const Source &source, qint64 meetingId)
{
    QList<Record> records;
    int position = 0;
    for (const Draft &d : drafts(source, meetingId)) {
        Record r(Entity::SynthesisSection, {{field("meeting_id"), meetingId}, {field("kind"), d.kind}});
        r.setBilingual(field("title"), {d.title.fr, d.title.nl});
        r.setBilingual(field("body"), {d.body.fr, d.body.nl});
        r.values.insert(field("bassin_id"), d.bassinId > 0 ? QVariant(d.bassinId) : QVariant());
        r.values.insert(field("workshop_id"), d.workshopId > 0 ? QVariant(d.workshopId) : QVariant());
        r.values.insert(field("position"), position++);
        records.append(r);
    }
    // The council's template, if it has one, decides which sections, in which order and titles.
    if (const std::optional<Record> meeting = source.record(Entity::Meeting, meetingId))
        return applyMinutesTemplate(records, source.records(Entity::MinutesTemplate, meeting->number(field("council_id"))));
    return records;
}

} // namespace

DocText Participation::sectorName(const QString &key) const
{
    if (key.isEmpty())
        return words("Non renseigné", "Niet ingevuld");
    return sectorNames.value(key, DocText::neutral(key));
}

DocText Participation::bassinName(const QString &key) const
{
    if (key.isEmpty())
        return words("Non renseigné", "Niet ingevuld");
    return bassinNames.value(key, DocText::neutral(key));
}

Participation meetingParticipation(const Database &database, qint64 meetingId)
{
    return participationOf(database, meetingId);
}

Participation meetingParticipation(const Workspace &workspace, qint64 meetingId)
{
    return participationOf(workspace, meetingId);
}

QList<Record> draftSynthesis(const Database &database, qint64 meetingId)
{
    return draftRecords(database, meetingId);
}

QList<Record> draftSynthesis(const Workspace &workspace, qint64 meetingId)
{
    return draftRecords(workspace, meetingId);
}

Result<void> createSynthesis(Workspace &workspace, qint64 meetingId)
{
    using R = Result<void>;
    const std::optional<Record> meeting = workspace.record(Entity::Meeting, meetingId);
    if (!meeting)
        return R::failure(QCoreApplication::translate("Quorum::Synthesis", "This meeting no longer exists."));
    if (!workspace.records(Entity::SynthesisSection, meetingId).isEmpty())
        return R::failure(QCoreApplication::translate("Quorum::Synthesis",
                                                      "The minutes of this meeting are already started: edit them, or remove "
                                                      "their sections to start again from a new draft."));
    // All or nothing: a refused section (a full disk…) takes back those added before it.
    return addRecordsAsOneStep(workspace, draftSynthesis(workspace, meetingId),
                               QCoreApplication::translate("Quorum::Synthesis", "Draft the minutes"));
}

} // namespace Quorum
