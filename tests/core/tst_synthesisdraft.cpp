// SPDX-License-Identifier: GPL-3.0-or-later
// The draft minutes of the demo's 13 November 2024 session, pre-filled from its records.

#include "catchqt.h"
#include "demoworkspace.h"

#include "decisions/meetingquorum.h"
#include "decisions/votes.h"
#include "synthesis/draft.h"
#include "synthesis/richtext.h"

#include <QUndoStack>

using namespace Quorum;
using QuorumTest::DemoWorkspace;

namespace {

QList<Record> ofKind(const QList<Record> &sections, const QString &kind)
{
    QList<Record> result;
    for (const Record &r : sections)
        if (r.text(u"kind"_qs) == kind)
            result.append(r);
    return result;
}

QString plain(const Record &r, const char *column)
{
    return richTextToPlain(r.text(QString::fromLatin1(column)));
}

} // namespace

TEST_CASE("The draft of a session has every section in order and in both languages", "[synthesis]")
{
    DemoWorkspace demo;
    const Record meeting = demo.november2024();
    const QList<Record> sections = draftSynthesis(*demo.workspace, meeting.id);
    QStringList kinds;
    for (const Record &r : sections) {
        if (kinds.isEmpty() || kinds.last() != r.text(u"kind"_qs))
            kinds << r.text(u"kind"_qs);
        CHECK(r.id == 0);
        CHECK(r.number(u"meeting_id"_qs) == meeting.id);
        CHECK_FALSE(r.text(u"title_fr"_qs).isEmpty());
        CHECK_FALSE(r.text(u"title_nl"_qs).isEmpty());
    }
    CHECK(kinds == QStringList{u"objectives"_qs, u"participants"_qs, u"sector_news"_qs, u"round_table"_qs, u"follow_up"_qs,
                               u"working_groups"_qs, u"workshop"_qs, u"decisions"_qs, u"documents"_qs, u"questions"_qs,
                               u"save_the_date"_qs, u"funder"_qs});
    CHECK(plain(ofKind(sections, u"objectives"_qs).first(), "body_fr").contains(u"Présenter la gouvernance régionale"_qs));
    CHECK(ofKind(sections, u"funder"_qs).first().text(u"body_nl"_qs) == u"<p>Met de steun van de GGC</p>"_qs);
}

TEST_CASE("The draft counts the participants by sector and bassin from attendance", "[synthesis]")
{
    DemoWorkspace demo;
    const Record meeting = demo.november2024();
    const Participation participation = meetingParticipation(*demo.workspace, meeting.id);
    CHECK(participation.balance.total == 57);
    CHECK(participation.balance.guests == 4);
    CHECK(participation.represented == 3);

    const Record section = ofKind(draftSynthesis(*demo.workspace, meeting.id), u"participants"_qs).first();
    const QString fr = plain(section, "body_fr");
    const QString nl = plain(section, "body_nl");
    CHECK(fr.startsWith(u"57 participants, issus d'un large éventail de secteurs, de professions et de pratiques."_qs));
    CHECK(nl.startsWith(u"57 deelnemers, uit een breed scala van sectoren, beroepen en praktijken."_qs));
    // A line per dimension, not a list: the PDF adds the chart of the same numbers.
    const QStringList frLines = fr.split(u'\n');
    const QStringList nlLines = nl.split(u'\n');
    CHECK(frLines.size() == 5);
    CHECK(nlLines.size() == 5);
    CHECK(fr.contains(u"\nPar secteur : Médecine générale (6), "_qs));
    CHECK(fr.contains(u"\nPar bassin : "_qs));
    CHECK(fr.contains(u"Centre-Ouest (12)"_qs));
    CHECK(fr.contains(u"Non renseigné (9)"_qs));
    CHECK(nl.contains(u"\nPer zorgzone: "_qs));
    CHECK(nl.contains(u"Centrum-West (12)"_qs));
    CHECK(frLines.last().endsWith(u")."_qs));
    CHECK(fr.contains(u"Dont 53 membres et 4 invités. 3 membres étaient représentés."_qs));
    CHECK(nl.contains(u"Waarvan 53 leden en 4 gasten. 3 leden waren vertegenwoordigd."_qs));
}

TEST_CASE("The draft names guests only when there were any", "[synthesis]")
{
    DemoWorkspace demo;
    std::optional<Record> july;
    for (const Record &meeting : demo.workspace->records(Entity::Meeting))
        if (meeting.text(u"date"_qs) == u"2025-07-01"_qs)
            july = meeting;
    REQUIRE(july);
    const Participation participation = meetingParticipation(*demo.workspace, july->id);
    REQUIRE(participation.balance.guests == 0);
    REQUIRE(participation.represented == 2);
    const Record section = ofKind(draftSynthesis(*demo.workspace, july->id), u"participants"_qs).first();
    const QString fr = plain(section, "body_fr");
    const QString nl = plain(section, "body_nl");
    INFO(fr.toStdString() << "\n" << nl.toStdString());
    CHECK_FALSE(fr.contains(u"invité"_qs));
    CHECK_FALSE(nl.contains(u"gast"_qs));
    CHECK(fr.contains(u"2 membres étaient représentés."_qs));
    CHECK(nl.contains(u"2 leden waren vertegenwoordigd."_qs));
}

TEST_CASE("The round table has one section per bassin from the lines that start with its name", "[synthesis]")
{
    DemoWorkspace demo;
    const QList<Record> bassins = demo.workspace->records(Entity::Bassin);
    const QList<Record> roundTable = ofKind(draftSynthesis(*demo.workspace, demo.november2024().id), u"round_table"_qs);
    REQUIRE(roundTable.size() == 5);
    for (qsizetype i = 0; i < roundTable.size(); ++i)
        CHECK(roundTable.at(i).number(u"bassin_id"_qs) == bassins.at(i).id);
    auto of = [&](const QString &code) {
        for (qsizetype i = 0; i < bassins.size(); ++i)
            if (bassins.at(i).text(u"code"_qs) == code)
                return roundTable.at(i);
        FAIL("no bassin " << code.toStdString());
        return Record();
    };
    // Each entry a sentence: its first letter a capital, as the secretary would write it.
    CHECK(plain(of(u"north-east"_qs), "body_fr") == u"Journées portes ouvertes lancées."_qs);
    CHECK(plain(of(u"north-east"_qs), "body_nl") == u"Opendeurdagen opgestart."_qs);
    CHECK(plain(of(u"south"_qs), "body_fr") == u"Besoin de soutien pour la mobilisation des médecins généralistes."_qs);
    CHECK(of(u"north"_qs).text(u"body_fr"_qs).isEmpty()); // "Nord-Est" is not "Nord"
    CHECK(of(u"north"_qs).text(u"title_fr"_qs) == u"Tour de table des bassins — Nord"_qs);
    CHECK(of(u"north"_qs).text(u"title_nl"_qs) == u"Rondetafel van de zorgzones — Noord"_qs);
}

TEST_CASE("The draft has a section per workshop and the documents and next date", "[synthesis]")
{
    DemoWorkspace demo;
    const Record meeting = demo.november2024();
    const QList<Record> sections = draftSynthesis(*demo.workspace, meeting.id);
    const QList<Record> workshops = demo.workspace->records(Entity::Workshop, meeting.id);
    const QList<Record> summaries = ofKind(sections, u"workshop"_qs);
    REQUIRE(summaries.size() == 6);
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        CHECK(summaries.at(i).number(u"workshop_id"_qs) == workshops.at(i).id);
        CHECK(summaries.at(i).text(u"title_fr"_qs) == workshops.at(i).text(u"theme_fr"_qs));
        CHECK(plain(summaries.at(i), "body_fr").startsWith(u"Questions de départ :"_qs));
    }
    const QString documents = ofKind(sections, u"documents"_qs).first().text(u"body_fr"_qs);
    CHECK(documents.contains(u"<a href=\"https://www.brusano.brussels/pdf/202407_car_1/\">Synthèse du Conseil du 03/07/2024</a>"_qs));

    const Record saveTheDate = ofKind(sections, u"save_the_date"_qs).first();
    CHECK(plain(saveTheDate, "body_fr").startsWith(u"Rendez-vous le mercredi 12 mars 2025 de 12h00 à 13h00.\nLieu : Brusano"_qs));
    CHECK(plain(saveTheDate, "body_nl").startsWith(u"Afspraak op woensdag 12 maart 2025 van 12.00 tot 13.00 uur."_qs));
    // The governance item's questions are tagged: they are questions, not sector news.
    CHECK(plain(ofKind(sections, u"questions"_qs).first(), "body_fr")
          == u"- Qui représente les usagers dans la composition du CAR ?\n- Les documents peuvent-ils être envoyés à l'avance, "
             "avec un ordre du jour explicite ?"_qs);
    CHECK(plain(ofKind(sections, u"questions"_qs).first(), "body_nl").startsWith(u"- Wie vertegenwoordigt de gebruikers"_qs));
    CHECK(ofKind(sections, u"sector_news"_qs).first().text(u"body_fr"_qs).isEmpty());
    CHECK(ofKind(sections, u"sector_news"_qs).first().text(u"body_nl"_qs).isEmpty());
}

TEST_CASE("Save the date gives the registration link or says no date is set", "[synthesis]")
{
    DemoWorkspace demo;
    const Record july2025 = demo.meeting(u"2025-07-01"_qs);
    const Record next = ofKind(draftSynthesis(*demo.workspace, july2025.id), u"save_the_date"_qs).first();
    CHECK(next.text(u"body_fr"_qs).contains(u"<a href=\"https://www.brusano.brussels/inscription-car\">"_qs));
    CHECK(plain(next, "body_nl").contains(u"Toegankelijk voor alle welzijns- en gezondheidsspelers"_qs));
    const Record last = ofKind(draftSynthesis(*demo.workspace, demo.meeting(u"2025-11-18"_qs).id), u"save_the_date"_qs).first();
    CHECK(plain(last, "body_fr") == u"La date de la prochaine rencontre sera communiquée prochainement."_qs);
}

TEST_CASE("Creating the minutes stores the draft as one undo step", "[synthesis]")
{
    DemoWorkspace demo;
    Workspace &w = *demo.workspace;
    // A session whose minutes are not started (the demo ships those of 13 November 2024).
    const qint64 meetingId = demo.meeting(u"2025-07-01"_qs).id;
    REQUIRE(w.records(Entity::SynthesisSection, meetingId).isEmpty());
    const int steps = w.undoStack()->count();
    const auto created = createSynthesis(w, meetingId);
    INFO(created.error().toStdString());
    REQUIRE(created.ok());
    CHECK(w.undoStack()->count() == steps + 1);
    const QList<Record> stored = w.records(Entity::SynthesisSection, meetingId);
    const QList<Record> draft = draftSynthesis(w, meetingId);
    REQUIRE(stored.size() == draft.size());
    REQUIRE(stored.size() > 12);
    for (qsizetype i = 0; i < stored.size(); ++i) {
        CHECK(stored.at(i).text(u"kind"_qs) == draft.at(i).text(u"kind"_qs));
        CHECK(stored.at(i).text(u"body_fr"_qs) == draft.at(i).text(u"body_fr"_qs)); // already in the stored form
        CHECK(stored.at(i).position() == int(i));
    }

    auto again = createSynthesis(w, meetingId);
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(u"already"_qs));
    CHECK(w.undoStack()->count() == steps + 1);

    w.undoStack()->undo();
    CHECK(w.records(Entity::SynthesisSection, meetingId).isEmpty());
    w.undoStack()->redo();
    CHECK(w.records(Entity::SynthesisSection, meetingId).size() == stored.size());
    w.undoStack()->undo();
    CHECK(w.records(Entity::SynthesisSection, meetingId).isEmpty());
    CHECK_FALSE(createSynthesis(w, 999999).ok());
}

TEST_CASE("The decisions section states each closed vote's result and the objections", "[synthesis]")
{
    DemoWorkspace demo;
    // July 2025: the charter, an objection with its counter-proposal adopted by subgroup voices.
    const Record meeting = demo.meeting(u"2025-07-01"_qs);
    const QList<Record> decisions = ofKind(draftSynthesis(*demo.workspace, meeting.id), u"decisions"_qs);
    REQUIRE(decisions.size() == 1);
    const QString fr = plain(decisions.first(), "body_fr");
    const QString nl = plain(decisions.first(), "body_nl");
    INFO(fr.toStdString());
    CHECK(fr.contains(u"Adoptée"_qs));
    CHECK(fr.contains(u"sous-groupes présents"_qs));
    CHECK(fr.contains(u"Contre-proposition"_qs));
    CHECK(nl.contains(u"Aangenomen"_qs));
    CHECK(nl.contains(u"Tegenvoorstel"_qs));
    // The numbers in the minutes are those of the record, in the vote's summary (the council's
    // result; each subgroup's voice stays in the decision history).
    for (const Record &item : demo.workspace->records(Entity::AgendaItem, meeting.id))
        for (const Record &vote : demo.workspace->records(Entity::Vote, item.id)) {
            const Result<VoteCount> count = countVote(demo.workspace->storage(), vote.id);
            REQUIRE(count.ok());
            CHECK(fr.contains(richTextToPlain(u"<p>"_qs + count.value().summary().fr.toHtmlEscaped() + u"</p>"_qs)));
            CHECK(nl.contains(richTextToPlain(u"<p>"_qs + count.value().summary().nl.toHtmlEscaped() + u"</p>"_qs)));
        }
}

TEST_CASE("The participants section states the quorum in both languages", "[synthesis]")
{
    DemoWorkspace demo;
    const Record meeting = demo.november2024();
    const std::optional<QuorumResult> recorded = meetingQuorum(demo.workspace->storage(), meeting.id);
    REQUIRE(recorded);
    const QuorumResult &quorum = *recorded;
    REQUIRE(quorum.rule == QuorumRule::MandatoryMajority);
    const QList<Record> participants = ofKind(draftSynthesis(*demo.workspace, meeting.id), u"participants"_qs);
    REQUIRE(participants.size() == 1);
    const QString fr = plain(participants.first(), "body_fr");
    const QString nl = plain(participants.first(), "body_nl");
    INFO(fr.toStdString() << "\n" << nl.toStdString());
    CHECK(fr.contains(u"Quorum (plus de la moitié des partenaires obligatoires) : %1 sur %2 présents ou représentés, dont %3 par procuration ; %4 requis."_qs
                          .arg(quorum.counted())
                          .arg(quorum.base)
                          .arg(quorum.represented)
                          .arg(quorum.required)));
    CHECK(nl.contains(u"Quorum (meer dan de helft van de verplichte partners): %1 van de %2 aanwezig of vertegenwoordigd, waarvan %3 bij volmacht; %4 vereist."_qs
                          .arg(quorum.counted())
                          .arg(quorum.base)
                          .arg(quorum.represented)
                          .arg(quorum.required)));
    CHECK(fr.contains(quorum.met ? u"Le quorum est atteint."_qs : u"Le quorum n'est pas atteint."_qs));
    CHECK(nl.contains(quorum.met ? u"Het quorum is bereikt."_qs : u"Het quorum is niet bereikt."_qs));
}

TEST_CASE("Tagged live notes go to the section they are meant for, and untagged ones stay with their item", "[synthesis][notes]")
{
    DemoWorkspace demo;
    Workspace &w = *demo.workspace;
    const qint64 meetingId = demo.meeting(u"2025-07-01"_qs).id;
    auto item = [&](const QString &titleStart) {
        for (const Record &i : w.records(Entity::AgendaItem, meetingId))
            if (i.text(u"title_fr"_qs).startsWith(titleStart))
                return i.id;
        FAIL("no item " << titleStart.toStdString());
        return qint64(0);
    };
    auto note = [&](const QString &titleStart, const QString &fr, const QString &nl) {
        REQUIRE(w.setValue(Entity::AgendaItem, item(titleStart), u"live_notes_fr"_qs, fr).ok());
        REQUIRE(w.setValue(Entity::AgendaItem, item(titleStart), u"live_notes_nl"_qs, nl).ok());
    };
    note(u"Nouvelles du secteur"_qs, u"nouvelle offre de formations."_qs, u"Nieuw opleidingsaanbod."_qs);
    note(u"Table ronde"_qs, u"Les coordinateurs partagent leurs constats.\nSud : besoin de soutien.\n#question qui coordonne ?"_qs,
         u"De coördinatoren delen hun vaststellingen.\nZuid: nood aan steun.\n#vraag Wie coördineert?"_qs);
    note(u"Groupes de travail"_qs, u"#groupe GT Données : trois thèmes choisis."_qs, u"#werkgroep WG Data: drie thema's gekozen."_qs);
    note(u"Validation de la charte"_qs, u"#décision Adoptée après un second tour."_qs, u"#beslissing Aangenomen na een tweede ronde."_qs);
    note(u"Suivi des actions"_qs, u"#nouvelles Le plan interfédéral avance."_qs, u"#nieuws Het interfederaal plan vordert."_qs);

    const QList<Record> sections = draftSynthesis(w, meetingId);
    auto body = [&](const QString &kind, const char *column) {
        const QList<Record> found = ofKind(sections, kind);
        REQUIRE(!found.isEmpty());
        return plain(found.first(), column);
    };
    CHECK(body(u"sector_news"_qs, "body_fr")
          == u"Nouvelles du secteur social-santé\nnouvelle offre de formations.\n"
             "Suivi des actions et des thématiques du dernier CAR\nLe plan interfédéral avance."_qs);
    CHECK_FALSE(body(u"sector_news"_qs, "body_fr").contains(u"GT Données"_qs)); // an information item, but tagged as a group
    CHECK(body(u"working_groups"_qs, "body_nl").endsWith(u"WG Data: drie thema's gekozen."_qs));
    CHECK(body(u"questions"_qs, "body_fr") == u"- Qui coordonne ?"_qs); // a list of one
    CHECK(body(u"questions"_qs, "body_nl") == u"- Wie coördineert?"_qs);
    CHECK(body(u"decisions"_qs, "body_fr").contains(u"Validation de la charte\nAdoptée après un second tour."_qs));

    // The round table: a general section for the item's untagged lines, then one per bassin.
    const QList<Record> roundTable = ofKind(sections, u"round_table"_qs);
    REQUIRE(roundTable.size() == 6);
    CHECK(roundTable.first().number(u"bassin_id"_qs) == 0);
    CHECK(roundTable.first().text(u"title_fr"_qs) == u"Tour de table des bassins"_qs);
    // One item contributes: its title would only repeat the section's.
    CHECK(plain(roundTable.first(), "body_fr") == u"Les coordinateurs partagent leurs constats."_qs);
    bool southFound = false;
    for (const Record &section : roundTable.mid(1)) {
        const bool south = section.text(u"title_fr"_qs).endsWith(u"— Sud"_qs);
        southFound = southFound || south;
        CHECK(plain(section, "body_fr") == (south ? u"Besoin de soutien."_qs : QString()));
        CHECK(plain(section, "body_nl") == (south ? u"Nood aan steun."_qs : QString()));
    }
    CHECK(southFound);
}

TEST_CASE("Without check-ins the participants section gives the headcount typed for the meeting", "[synthesis]")
{
    DemoWorkspace demo;
    Workspace &w = *demo.workspace;
    // The demo's first session: 88 people counted in the room, nobody checked in.
    const Record first = demo.meeting(u"2024-07-03"_qs);
    REQUIRE_FALSE(meetingParticipation(w, first.id).recorded());
    REQUIRE(first.number(u"headcount"_qs) == 88);
    auto participants = [&] { return ofKind(draftSynthesis(w, first.id), u"participants"_qs).first(); };
    CHECK(plain(participants(), "body_fr").startsWith(u"88 participants."_qs));
    CHECK(plain(participants(), "body_nl").startsWith(u"88 deelnemers."_qs));
    CHECK_FALSE(plain(participants(), "body_fr").contains(u"invité"_qs));

    // Cleared, the minutes say the number was not recorded rather than "0".
    REQUIRE(w.setValue(Entity::Meeting, first.id, u"headcount"_qs, QVariant()).ok());
    CHECK(plain(participants(), "body_fr").startsWith(u"Le nombre de participants n'a pas été enregistré."_qs));
    CHECK(plain(participants(), "body_nl").startsWith(u"Het aantal deelnemers werd niet geregistreerd."_qs));
    REQUIRE(w.setValue(Entity::Meeting, first.id, u"headcount"_qs, 0).ok());
    CHECK(plain(participants(), "body_fr").startsWith(u"Le nombre de participants n'a pas été enregistré."_qs));
    // A headcount out of its domain is refused.
    CHECK_FALSE(w.setValue(Entity::Meeting, first.id, u"headcount"_qs, -4).ok());

    // Once people are checked in, the attendance counts, whatever the headcount says.
    const Record november = demo.november2024();
    REQUIRE(w.setValue(Entity::Meeting, november.id, u"headcount"_qs, 200).ok());
    CHECK(plain(ofKind(draftSynthesis(w, november.id), u"participants"_qs).first(), "body_fr").startsWith(u"57 participants"_qs));
}

TEST_CASE("A discussion's untagged notes get a section of their own, as the real syntheses give each topic", "[synthesis][notes]")
{
    DemoWorkspace demo;
    // The first session (seed 000): reflections in subgroups on how the council works.
    const QList<Record> sections = draftSynthesis(*demo.workspace, demo.meeting(u"2024-07-03"_qs).id);
    const QList<Record> own = ofKind(sections, u"other"_qs);
    REQUIRE(own.size() == 1);
    CHECK(own.first().text(u"title_fr"_qs) == u"Fonctionnement du Conseil : réflexions et échanges en sous-groupes"_qs);
    CHECK(plain(own.first(), "body_fr").startsWith(u"Composition : groupe ouvert"_qs));
    CHECK(plain(own.first(), "body_nl").startsWith(u"Samenstelling: open groep"_qs));
    CHECK(ofKind(sections, u"working_groups"_qs).first().text(u"body_fr"_qs).isEmpty()); // not a working group
    // After the working groups, before the workshops and decisions.
    QStringList kinds;
    for (const Record &s : sections)
        kinds << s.text(u"kind"_qs);
    CHECK(kinds.indexOf(u"other"_qs) == kinds.indexOf(u"working_groups"_qs) + 1);
    // The five questions tagged during that session, each a list item.
    CHECK(plain(ofKind(sections, u"questions"_qs).first(), "body_nl").count(u"\n"_qs) == 4);
}
