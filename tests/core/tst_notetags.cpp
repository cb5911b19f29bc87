// SPDX-License-Identifier: GPL-3.0-or-later
// Tagged live notes (core/notes/notetags.h): how a line says which section of the minutes it
// is meant for, and how the console's Ctrl+T rewrites a line's tag.

#include "catchqt.h"

#include "notes/notetags.h"

using namespace Quorum;

namespace {

const QList<BassinName> bassins = {{1, u"Nord"_qs}, {2, u"Nord-Est"_qs}, {1, u"Noord"_qs}, {2, u"Noord-Oost"_qs}, {3, u"Sud"_qs}};

struct LineCase
{
    const char *line;
    NoteTag tag;
    qint64 bassin;
    const char *text;
};

} // namespace

TEST_CASE("A line of live notes is tagged by its prefix, in any language and case", "[notes]")
{
    const LineCase cases[] = {
        {"#nouvelles Un nouveau centre ouvre à Anderlecht.", NoteTag::SectorNews, 0, "Un nouveau centre ouvre à Anderlecht."},
        {"#NIEUWS: nieuw centrum in Anderlecht", NoteTag::SectorNews, 0, "nieuw centrum in Anderlecht"},
        {"#news", NoteTag::SectorNews, 0, ""},
        {"  - #question Qui finance ?", NoteTag::Question, 0, "Qui finance ?"},
        {"• #vraag Wie betaalt?", NoteTag::Question, 0, "Wie betaalt?"},
        {"#groupe GT Données : trois thèmes choisis", NoteTag::WorkingGroup, 0, "GT Données : trois thèmes choisis"},
        {"#werkgroep verslag", NoteTag::WorkingGroup, 0, "verslag"},
        {"#Décision : retenue à l'unanimité", NoteTag::DecisionRationale, 0, "retenue à l'unanimité"},
        {"#decision kept", NoteTag::DecisionRationale, 0, "kept"},
        {"#beslissing aanvaard", NoteTag::DecisionRationale, 0, "aanvaard"},
        // A bassin's name and a colon: its round-table entry; the longest name wins.
        {"Nord-Est : journées portes ouvertes", NoteTag::RoundTable, 2, "journées portes ouvertes"},
        {"nord : rien de neuf", NoteTag::RoundTable, 1, "rien de neuf"},
        {"Noord-Oost: opendeurdagen", NoteTag::RoundTable, 2, "opendeurdagen"},
        {"- Sud: médecins", NoteTag::RoundTable, 3, "médecins"},
        // Not tags: an unknown hashtag, a tag word glued to text, a name without a colon, a
        // name in the middle of a line, a tag later in the line.
        {"#questions de fond", NoteTag::None, 0, "#questions de fond"},
        {"#questionnaire envoyé", NoteTag::None, 0, "#questionnaire envoyé"},
        {"Nord-Est lance ses journées", NoteTag::None, 0, "Nord-Est lance ses journées"},
        {"Le bassin Sud : besoin de soutien", NoteTag::None, 0, "Le bassin Sud : besoin de soutien"},
        {"Voir plus tard #question", NoteTag::None, 0, "Voir plus tard #question"},
        {"  - un point de liste", NoteTag::None, 0, "- un point de liste"},
    };
    for (const LineCase &c : cases) {
        INFO(c.line);
        const QList<NoteLine> lines = readNotes(QString::fromUtf8(c.line), bassins);
        REQUIRE(lines.size() == 1);
        CHECK(lines.first().tag == c.tag);
        CHECK(lines.first().bassinId == c.bassin);
        CHECK(lines.first().text == QString::fromUtf8(c.text));
    }
}

TEST_CASE("A tag holds for its own line only, and blank lines are dropped", "[notes]")
{
    const QList<NoteLine> lines = readNotes(u"#question Qui ?\nsuite non taguée\n\n   \nSud : besoin\r"_qs, bassins);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).tag == NoteTag::Question);
    CHECK(lines.at(1).tag == NoteTag::None);
    CHECK(lines.at(1).text == u"suite non taguée"_qs);
    CHECK(lines.at(2).tag == NoteTag::RoundTable);
    CHECK(lines.at(2).text == u"besoin"_qs);
    CHECK(readNotes(QString(), bassins).isEmpty());
    // With no bassins known, a name and a colon is plain text.
    CHECK(readNotes(u"Sud : besoin"_qs, {}).first().tag == NoteTag::None);
}

TEST_CASE("Ctrl+T writes the tag's prefix in the notes' language and replaces the line's own", "[notes]")
{
    CHECK(notePrefix(NoteTag::SectorNews, Language::French) == u"#nouvelles "_qs);
    CHECK(notePrefix(NoteTag::SectorNews, Language::Dutch) == u"#nieuws "_qs);
    CHECK(notePrefix(NoteTag::Question, Language::Dutch) == u"#vraag "_qs);
    CHECK(notePrefix(NoteTag::RoundTable, Language::French, u"Nord-Est"_qs) == u"Nord-Est : "_qs);
    CHECK(notePrefix(NoteTag::RoundTable, Language::Dutch, u"Noord-Oost"_qs) == u"Noord-Oost: "_qs);
    CHECK(notePrefix(NoteTag::None, Language::French).isEmpty());

    CHECK(retagLine(u"Qui finance ?"_qs, u"#question "_qs, bassins) == u"#question Qui finance ?"_qs);
    CHECK(retagLine(u"- #question Qui finance ?"_qs, u"#nouvelles "_qs, bassins) == u"- #nouvelles Qui finance ?"_qs);
    CHECK(retagLine(u"Nord-Est : portes ouvertes"_qs, u"Sud : "_qs, bassins) == u"Sud : portes ouvertes"_qs);
    CHECK(retagLine(u"  #vraag Wie?"_qs, QString(), bassins) == u"  Wie?"_qs);
    CHECK(retagLine(u"rien"_qs, QString(), bassins) == u"rien"_qs);
    // Every prefix written is read back as its tag.
    for (const NoteTag tag : {NoteTag::SectorNews, NoteTag::Question, NoteTag::WorkingGroup, NoteTag::DecisionRationale})
        for (const Language l : {Language::French, Language::Dutch})
            CHECK(readNotes(retagLine(u"texte"_qs, notePrefix(tag, l), bassins), bassins).first().tag == tag);
    const NoteLine south = readNotes(retagLine(u"texte"_qs, notePrefix(NoteTag::RoundTable, Language::French, u"Sud"_qs), bassins),
                                     bassins)
                               .first();
    CHECK(south.tag == NoteTag::RoundTable);
    CHECK(south.bassinId == 3);
    CHECK(south.text == u"texte"_qs);
}

TEST_CASE("The console shows where a line's tag is", "[notes]")
{
    const TagSpan news = tagSpan(u"  - #nouvelles : un centre ouvre"_qs, bassins);
    CHECK(news.tag == NoteTag::SectorNews);
    CHECK(news.start == 4);
    CHECK(news.length == 13); // "#nouvelles : "
    const TagSpan south = tagSpan(u"Sud: médecins"_qs, bassins);
    CHECK(south.tag == NoteTag::RoundTable);
    CHECK(south.start == 0);
    CHECK(south.length == 5);
    CHECK(tagSpan(u"rien à signaler"_qs, bassins).length == 0);
    CHECK(tagSpan(u"#inconnu texte"_qs, bassins).tag == NoteTag::None);
}
