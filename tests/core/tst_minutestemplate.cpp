// SPDX-License-Identifier: GPL-3.0-or-later
// A council's minutes template (core/synthesis/minutestemplate.h): which sections its drafts
// have, in which order and under which titles.

#include "catchqt.h"
#include "demoworkspace.h"

#include "jsonexchange.h"
#include "synthesis/draft.h"
#include "synthesis/minutestemplate.h"

#include <QTemporaryDir>
#include <QUndoStack>

using namespace Quorum;
using QuorumTest::DemoWorkspace;

namespace {

Record section(const QString &kind, const QString &fr, const QString &nl, qint64 bassin = 0)
{
    Record r(Entity::SynthesisSection, {{u"kind"_qs, kind}, {u"title_fr"_qs, fr}, {u"title_nl"_qs, nl}});
    if (bassin)
        r.values.insert(u"bassin_id"_qs, bassin);
    return r;
}

Record row(const QString &kind, const QString &fr = {}, const QString &nl = {})
{
    return Record(Entity::MinutesTemplate, {{u"kind"_qs, kind}, {u"title_fr"_qs, fr}, {u"title_nl"_qs, nl}});
}

QStringList titles(const QList<Record> &sections, const char *column = "title_fr")
{
    QStringList result;
    for (const Record &r : sections)
        result << r.text(QString::fromLatin1(column));
    return result;
}

const QList<Record> draft = {
    section(u"objectives"_qs, u"Objectifs"_qs, u"Doelstellingen"_qs),
    section(u"participants"_qs, u"Participants"_qs, u"Deelnemers"_qs),
    section(u"round_table"_qs, u"Tour de table des bassins — Nord"_qs, u"Rondetafel van de zorgzones — Noord"_qs, 1),
    section(u"round_table"_qs, u"Tour de table des bassins — Sud"_qs, u"Rondetafel van de zorgzones — Zuid"_qs, 3),
    section(u"workshop"_qs, u"Atelier A"_qs, u"Workshop A"_qs),
    section(u"decisions"_qs, u"Décisions"_qs, u"Beslissingen"_qs),
    section(u"funder"_qs, u"Financement"_qs, u"Financiering"_qs),
};

} // namespace

TEST_CASE("Without a template the draft keeps all of Quorum's sections", "[minutes-template]")
{
    const QList<Record> shaped = applyMinutesTemplate(draft, {});
    CHECK(titles(shaped) == titles(draft));
}

TEST_CASE("A template chooses the sections, their order and their titles", "[minutes-template]")
{
    const QList<Record> shaped = applyMinutesTemplate(
        draft, {row(u"decisions"_qs, u"Ce que le Conseil a décidé"_qs), row(u"objectives"_qs), row(u"round_table"_qs, u"Les bassins"_qs, u"De zorgzones"_qs),
                row(u"workshop"_qs, u"ignoré"_qs), row(u"decisions"_qs, u"une seconde fois"_qs), row(u"questions"_qs)});
    CHECK(titles(shaped) == QStringList{u"Ce que le Conseil a décidé"_qs, u"Objectifs"_qs, u"Les bassins — Nord"_qs,
                                        u"Les bassins — Sud"_qs, u"Atelier A"_qs});
    // A title given in one language only leaves the other one Quorum's.
    CHECK(titles(shaped, "title_nl") == QStringList{u"Beslissingen"_qs, u"Doelstellingen"_qs, u"De zorgzones — Noord"_qs,
                                                    u"De zorgzones — Zuid"_qs, u"Workshop A"_qs});
    for (qsizetype i = 0; i < shaped.size(); ++i)
        CHECK(shaped.at(i).number(u"position"_qs) == i);
    // Left out: participants and the funder's mention; a kind with no section adds nothing.
    CHECK_FALSE(titles(shaped).contains(u"Participants"_qs));
    CHECK_FALSE(titles(shaped).contains(u"Financement"_qs));
}

TEST_CASE("A council's template shapes its drafts, starts from Quorum's sections as one undo step", "[minutes-template]")
{
    DemoWorkspace demo;
    Workspace &w = *demo.workspace;
    const Record july = demo.meeting(u"2025-07-01"_qs);
    const qint64 council = july.number(u"council_id"_qs);
    const QList<Record> before = draftSynthesis(w, july.id);

    const int steps = w.undoStack()->count();
    const auto created = createDefaultMinutesTemplate(w, council);
    INFO(created.error().toStdString());
    REQUIRE(created.ok());
    CHECK(w.undoStack()->count() == steps + 1);
    const QList<Record> rows = w.records(Entity::MinutesTemplate, council);
    REQUIRE(rows.size() == 13);
    CHECK(rows.first().text(u"kind"_qs) == u"objectives"_qs);
    CHECK(rows.last().text(u"kind"_qs) == u"other"_qs);
    // Quorum's sections in Quorum's order: the same draft, save the discussion sections
    // (kind "other"), which the default template lists last.
    QStringList kindsBefore, kindsAfter;
    for (const Record &r : before)
        if (r.text(u"kind"_qs) != u"other")
            kindsBefore << r.text(u"kind"_qs);
    for (const Record &r : draftSynthesis(w, july.id))
        if (r.text(u"kind"_qs) != u"other")
            kindsAfter << r.text(u"kind"_qs);
    CHECK(kindsAfter == kindsBefore);

    // Refused a second time; the council's other meetings follow the template too.
    const auto again = createDefaultMinutesTemplate(w, council);
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(u"already"_qs));
    CHECK_FALSE(createDefaultMinutesTemplate(w, 999999).ok());

    // The council keeps only what it writes, under its own words.
    for (const Record &r : rows)
        if (r.text(u"kind"_qs) != u"objectives" && r.text(u"kind"_qs) != u"decisions")
            REQUIRE(w.removeRecord(Entity::MinutesTemplate, r.id).ok());
    const qint64 decisions = w.records(Entity::MinutesTemplate, council).last().id;
    REQUIRE(w.setValue(Entity::MinutesTemplate, decisions, u"title_nl"_qs, u"Wat de Raad besliste"_qs).ok());
    const QList<Record> shaped = draftSynthesis(w, july.id);
    REQUIRE(shaped.size() == 2);
    CHECK(shaped.at(1).text(u"title_nl"_qs) == u"Wat de Raad besliste"_qs);
    CHECK(shaped.at(1).text(u"title_fr"_qs) == u"Décisions"_qs);
    // Creating the minutes stores the shaped draft.
    REQUIRE(createSynthesis(w, july.id).ok());
    CHECK(w.records(Entity::SynthesisSection, july.id).size() == 2);

    // Undo takes the template back step by step, to none.
    while (!w.records(Entity::MinutesTemplate, council).isEmpty() && w.undoStack()->canUndo())
        w.undoStack()->undo();
    CHECK(w.records(Entity::MinutesTemplate, council).isEmpty());
}

TEST_CASE("A minutes template travels in the exchange format", "[minutes-template]")
{
    DemoWorkspace demo;
    Workspace &w = *demo.workspace;
    const qint64 council = demo.meeting(u"2025-07-01"_qs).number(u"council_id"_qs);
    REQUIRE(createDefaultMinutesTemplate(w, council).ok());
    const QByteArray json = exportWorkspaceJson(w.storage());
    CHECK(json.contains("\"minutesTemplates\""));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"copy.quorum"_qs);
    REQUIRE(importWorkspaceJson(json, u"copy.json"_qs, path).ok());
    auto copy = Workspace::open(path);
    REQUIRE(copy.ok());
    CHECK(copy.value()->records(Entity::MinutesTemplate, council).size() == 13);
}
