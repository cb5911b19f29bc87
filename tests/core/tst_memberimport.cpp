// SPDX-License-Identifier: GPL-3.0-or-later
// Members from a spreadsheet: what Excel (FR/NL), LibreOffice and "Unicode text" write,
// read into the same cells; headers in three languages; the plan before any write; one
// undoable step; re-import; refusal of a whole file; formula-like cells.

#include "catchqt.h"
#include "demoworkspace.h"
#include "testworkspace.h"

#include "members/csvfile.h"
#include "members/memberimport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace Quorum;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    return encoder(text);
}

// The cells every variant below must read back exactly.
const QList<QStringList> &expectedCells()
{
    static const QList<QStringList> cells = {
        {s("Nom"), s("Organisation"), s("Fonction")},
        {s("Hélène Noël"), s("Maison médicale d'Anderlecht"), s("Coordinatrice")},
        {s("François Straße"), s("CPAS; service social"), s("Assistant \"social\"")},
        {s("Anaïs Çelik"), s("Ligne 1\nLigne 2"), s("")},
    };
    return cells;
}

QString joined(QChar separator, const QString &newline)
{
    const QString sep(separator);
    return s("Nom") + sep + s("Organisation") + sep + s("Fonction") + newline + s("Hélène Noël") + sep
           + s("Maison médicale d'Anderlecht") + sep + s("Coordinatrice") + newline + s("François Straße") + sep
           + s("\"CPAS; service social\"") + sep + s("\"Assistant \"\"social\"\"\"") + newline + s("Anaïs Çelik") + sep
           + s("\"Ligne 1") + newline + s("Ligne 2\"") + sep + newline;
}

} // namespace

TEST_CASE("Spreadsheet files are read whatever encoding and separator they use")
{
    struct Variant
    {
        const char *what;
        QByteArray bytes;
        QString encoding;
        QChar separator;
    };
    const QString excelFr = joined(u';', s("\r\n"));
    const QString libre = joined(u',', s("\n")).replace(s("CPAS; service social"), s("CPAS, service social"));
    const QString tabs = joined(u'\t', s("\r\n"));
    QByteArray utf16("\xFF\xFE");
    utf16 += QByteArray(reinterpret_cast<const char *>(tabs.utf16()), tabs.size() * 2);
    const std::vector<Variant> variants = {
        {"Excel FR, Windows-1252", encode(excelFr, "windows-1252"), s("Windows-1252"), u';'},
        {"Excel FR, Latin-1", encode(excelFr, "ISO-8859-1"), s("Windows-1252"), u';'},
        {"Excel, CSV UTF-8 with BOM", "\xEF\xBB\xBF" + excelFr.toUtf8(), s("UTF-8 (BOM)"), u';'},
        {"UTF-8 without BOM, semicolons", excelFr.toUtf8(), s("UTF-8"), u';'},
        {"LibreOffice, commas, LF", libre.toUtf8(), s("UTF-8"), u','},
        {"tab-separated UTF-8", tabs.toUtf8(), s("UTF-8"), u'\t'},
        {"Excel Unicode text, UTF-16", utf16, s("UTF-16"), u'\t'},
        {"old Mac line ends (CR)", QString(excelFr).replace(s("\r\n"), s("\r")).toUtf8(), s("UTF-8"), u';'},
    };
    for (const Variant &variant : variants) {
        INFO(variant.what);
        const Result<CsvTable> table = parseCsv(variant.bytes);
        REQUIRE(table.ok());
        CHECK(table.value().encoding == variant.encoding);
        CHECK(table.value().separator == variant.separator);
        QList<QStringList> cells = expectedCells();
        if (variant.separator == u',')
            cells[2][1] = s("CPAS, service social");
        REQUIRE(table.value().rows.size() == cells.size());
        for (qsizetype r = 0; r < cells.size(); ++r) {
            QStringList row = table.value().rows.at(r);
            QString last = row.value(2);
            CHECK(row.value(0) == cells.at(r).at(0));
            CHECK(row.value(1).replace(s("\r\n"), s("\n")).replace(u'\r', u'\n') == cells.at(r).at(1));
            CHECK(last == cells.at(r).at(2));
        }
        CHECK(table.value().lines == QList<int>{1, 2, 3, 4});
    }
}

TEST_CASE("Windows-1252 letters that Latin-1 lacks come through")
{
    const QByteArray bytes = encode(s("Nom;Organisation\r\nŒuvre Sœur;l’ASBL € 5\r\n"), "windows-1252");
    const Result<CsvTable> table = parseCsv(bytes);
    REQUIRE(table.ok());
    CHECK(table.value().rows.at(1) == QStringList{s("Œuvre Sœur"), s("l’ASBL € 5")});
}

TEST_CASE("Quoted cells are read as spreadsheets write them")
{
    struct Case
    {
        const char *what;
        const char *line;
        QStringList cells;
    };
    const std::vector<Case> cases = {
        {"plain", "a;b;c", {s("a"), s("b"), s("c")}},
        {"separator inside quotes", "\"a;b\";c;d", {s("a;b"), s("c"), s("d")}},
        {"doubled quotes", "\"say \"\"hi\"\"\";b;c", {s("say \"hi\""), s("b"), s("c")}},
        {"empty quoted cell", "\"\";b;c", {s(""), s("b"), s("c")}},
        {"quote inside an unquoted cell", "l\"a;b;c", {s("l\"a"), s("b"), s("c")}},
        {"apostrophes", "d'Anderlecht;l'ASBL;'t Huis", {s("d'Anderlecht"), s("l'ASBL"), s("'t Huis")}},
        {"trailing separator", "a;b;", {s("a"), s("b"), s("")}},
        // Kept as the one line break Quorum stores (cleanText), whatever the file wrote.
        {"line break inside quotes", "\"one\r\ntwo\";b;c", {s("one\ntwo"), s("b"), s("c")}},
        {"old Mac line break inside quotes", "\"one\rtwo\";b;c", {s("one\ntwo"), s("b"), s("c")}},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const Result<CsvTable> table = parseCsv(QByteArray("x;y;z\r\n") + c.line + "\r\nlast;row;here\r\n");
        REQUIRE(table.ok());
        REQUIRE(table.value().rows.size() == 3);
        CHECK(table.value().rows.at(1) == c.cells);
        CHECK(table.value().rows.at(2).first() == s("last"));
    }
}

TEST_CASE("Control characters in cells are dropped and what is read writes back readable")
{
    // Found by fuzz_csvimport: a unit separator in a cell of a short file was read, then
    // written back by the export as a file refused as "not a text file".
    // (A few of them in a long enough file: many make it "not a text file" from the start.)
    const QByteArray bytes = "Nom;Organisation\r\nAnn\x1f Peeters;\"Huis\x07\r\nNoord\"\r\n\x1b\x1b;\x1f\r\n"
                             + QByteArray("Bruno Dubois;Centre public d'action sociale de Bruxelles\r\n").repeated(20);
    const Result<CsvTable> table = parseCsv(bytes);
    REQUIRE(table.ok());
    REQUIRE(table.value().rows.size() == 22); // the row of control characters alone is empty
    CHECK(table.value().rows.at(1) == QStringList{s("Ann Peeters"), s("Huis\nNoord")});
    const Result<CsvTable> again = parseCsv(writeCsv(table.value().rows));
    REQUIRE(again.ok());
    CHECK(again.value().rows == table.value().rows);
}

TEST_CASE("A quoted cell closed before more text, in a file with an invalid byte, writes back readable")
{
    // Found by fuzz_csvimport on 2026-12-07 (fuzz/corpus/csvimport/crash-1829974-fffd-roundtrip): its rows, once
    // written by the export, were refused when read again.
    const QByteArray bytes = QByteArray::fromBase64(
        "77u/TmFhbTtWb287Wm9yZ3pvbmU7b25lO1RhYWw7IjtHW2Vlc3RlbGlqa2UgZ2V6b25kaGVpZDtOb29FLW1haWwNClZlcjtOb29FLW1haWwNClZl"
        "cmhhZWdlbjtTb2ZpZTsiV2n/Cg==");
    const Result<CsvTable> table = parseCsv(bytes);
    REQUIRE(table.ok());
    const Result<CsvTable> again = parseCsv(writeCsv(table.value().rows));
    INFO((again.ok() ? QString() : again.error()).toStdString());
    REQUIRE(again.ok());
    CHECK(again.value().rows == table.value().rows);
}

TEST_CASE("A byte-order mark inside the text is dropped from cells, so the export reads back", "[csv]")
{
    // Found by fuzz_csvimport on 2026-12-07 (fuzz/corpus/csvimport/crash-8181454-inner-bom): a
    // cell holding only U+FEFF was written back first in the file, right after the export's
    // own mark, and read again as part of the mark: the written file was "empty".
    CHECK_FALSE(parseCsv(QByteArray("\r\xEF\xBB\xBF\n")).ok()); // nothing but a stray mark: empty
    const QByteArray pasted = "Nom;Organisation\r\nAnn Peeters;Huis Noord\r\n\xEF\xBB\xBFNom;Organisation\r\n"
                              "Bruno Dubois;\xEF\xBB\xBF" "CPAS\r\n";
    const Result<CsvTable> table = parseCsv(pasted);
    REQUIRE(table.ok());
    REQUIRE(table.value().rows.size() == 4);
    CHECK(table.value().rows.at(2) == QStringList{s("Nom"), s("Organisation")});
    CHECK(table.value().rows.at(3) == QStringList{s("Bruno Dubois"), s("CPAS")});
    const Result<CsvTable> again = parseCsv(writeCsv(table.value().rows));
    REQUIRE(again.ok());
    CHECK(again.value().rows == table.value().rows);
}

TEST_CASE("Cells holding a comma or a tab are quoted when written so the file reads back the same")
{
    // Found by fuzz_csvimport: a semicolon file whose header cell held commas was written
    // with the commas bare, and read back as comma-separated.
    const QList<QList<QStringList>> tables = {
        {{s("name,first name,organisation")}, {s("Ann")}},
        {{s("Nom"), s("Organisation")}, {s("Peeters, Ann"), s("Huis\tNoord")}},
        {{s("a\tb\tc"), s("d")}, {s("x"), s("y")}},
    };
    for (const QList<QStringList> &rows : tables) {
        INFO(rows.first().join(u'|').toStdString());
        const Result<CsvTable> again = parseCsv(writeCsv(rows));
        REQUIRE(again.ok());
        CHECK(again.value().separator == u';');
        CHECK(again.value().rows == rows);
    }
}

TEST_CASE("Line numbers count the lines inside quoted cells and skip empty rows")
{
    const Result<CsvTable> table = parseCsv("Nom;Note\r\n\"A\";\"x\r\ny\r\nz\"\r\n;;\r\nB;w\r\n");
    REQUIRE(table.ok());
    CHECK(table.value().rows.size() == 3);
    CHECK(table.value().lines == QList<int>{1, 2, 6});
}

TEST_CASE("Bad spreadsheet files get one clear message")
{
    struct Case
    {
        const char *what;
        QByteArray bytes;
        const char *message;
    };
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    png += QByteArray(2000, '\x01');
    QByteArray wide = "Nom";
    for (int i = 0; i < 499; ++i)
        wide += ";c" + QByteArray::number(i);
    const std::vector<Case> cases = {
        {"empty", QByteArray(), "The file is empty."},
        {"only blank lines", "\r\n;;\r\n\r\n", "The file is empty."},
        {"binary", png, "not a text file"},
        {"500 columns", "Nom\r\n" + wide + "\r\n", "Line 2 has 500 columns"},
        {"unterminated quote", "Nom;Org\r\nA;\"never closed\r\nB;C\r\n", "Line 2 opens a quoted cell that never closes"},
        {"too large", QByteArray(csvMaximumBytes + 1, 'a'), "too large"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const Result<CsvTable> table = parseCsv(c.bytes);
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().contains(s(c.message)));
    }
}

TEST_CASE("A 100 MB file is refused before it is read")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(s("huge.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(100LL * 1024 * 1024)); // sparse: nothing is written
    file.close();
    const Result<CsvTable> table = readCsvFile(file.fileName());
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().contains(s("too large (100.0 MB)")));
}

TEST_CASE("Headers are recognised in French Dutch and English")
{
    struct Case
    {
        const char *header;
        MemberColumn column;
    };
    const std::vector<Case> cases = {
        {"Nom", MemberColumn::Name},           {"NAAM", MemberColumn::Name},            {"name", MemberColumn::Name},
        {"Prénom", MemberColumn::FirstName},   {"prenom", MemberColumn::FirstName},     {"Voornaam", MemberColumn::FirstName},
        {"Organisation", MemberColumn::Organisation}, {"organisatie", MemberColumn::Organisation},
        {"Secteur", MemberColumn::Sector},     {"Sector", MemberColumn::Sector},        {"Fonction", MemberColumn::Function},
        {"Functie", MemberColumn::Function},   {"Profession", MemberColumn::Profession}, {"Beroep", MemberColumn::Profession},
        {"Bassin", MemberColumn::Bassin},      {"Zorgzone", MemberColumn::Bassin},      {"Langue", MemberColumn::Language},
        {"Taal", MemberColumn::Language},      {"Genre", MemberColumn::Gender},         {"Gender", MemberColumn::Gender},
        {"E-mail", MemberColumn::Email},       {"email", MemberColumn::Email},          {"Courriel", MemberColumn::Email},
        {"Rôle", MemberColumn::Role},          {"Rol", MemberColumn::Role},             {"Sous-groupe", MemberColumn::Subgroup},
        {"Deelgroep", MemberColumn::Subgroup}, {"Cluster", MemberColumn::Subgroup},     {"Début de mandat", MemberColumn::TermStart},
        {"Begin mandaat", MemberColumn::TermStart}, {"Fin de mandat", MemberColumn::TermEnd},
        {"Einde mandaat", MemberColumn::TermEnd}, {" Term end ", MemberColumn::TermEnd},
        {"Partenaire obligatoire", MemberColumn::Mandatory}, {"Verplichte partner", MemberColumn::Mandatory},
    };
    for (const Case &c : cases) {
        INFO(c.header);
        const auto column = memberColumnFromHeader(s(c.header));
        REQUIRE(column.has_value());
        CHECK(*column == c.column);
    }
    CHECK_FALSE(memberColumnFromHeader(s("Téléphone")).has_value());
    // What Quorum writes, it reads back.
    for (MemberColumn column : allMemberColumns)
        for (Language language : {Language::French, Language::Dutch, Language::English})
            CHECK(memberColumnFromHeader(memberColumnHeader(column, language)) == column);
}

namespace {

// The demo workspace, and the regional council's spreadsheet as bytes.
struct ImportFixture : QuorumTest::DemoWorkspace
{
    const qint64 council = 1;

    MemberImportPlan plan(const QString &text) const { return plan(text.toUtf8()); }
    MemberImportPlan plan(const QByteArray &bytes, const QList<ValueChoice> &choices = {}) const
    {
        return planMemberImport(workspace->storage(), council, parseCsv(bytes), choices);
    }
    qint64 people() const { return workspace->storage().count(Entity::Person); }
    qint64 memberships() const { return workspace->storage().count(Entity::Membership); }
    std::optional<Record> personNamed(const QString &name) const
    {
        for (const Record &person : workspace->records(Entity::Person))
            if (person.text(s("name")) == name)
                return person;
        return std::nullopt;
    }
    // The French name of the list entry (profession or function) a person refers to.
    QString listed(const Record &person, Entity list, const char *field) const
    {
        const QVariant id = person.value(s(field));
        if (id.isNull())
            return {};
        const std::optional<Record> entry = workspace->storage().record(list, id.toLongLong());
        return entry ? entry->text(s("name_fr")) : s("(missing entry)");
    }
};

} // namespace

TEST_CASE("Headers in each language give the same import")
{
    const std::vector<std::pair<const char *, const char *>> files = {
        {"French", "Prénom;Nom;Organisation;Secteur;Bassin;Langue;Genre;E-mail;Rôle;Sous-groupe;Début de mandat\r\n"
                   "Hélène;Noël;Maison médicale;sante mentale;Nord-Est;néerlandais;F;helene@example.be;consultatif;"
                   "structures régionales;01/01/2025\r\n"},
        {"Dutch", "Voornaam;Achternaam;Organisatie;Sector;Zorgzone;Taal;Gender;E-mail;Rol;Deelgroep;Begin mandaat\r\n"
                  "Hélène;Noël;Maison médicale;GEESTELIJKE GEZONDHEID;noord-oost;Nederlands;vrouw;helene@example.be;"
                  "adviserend;Gewestelijke structuren;01-01-2025\r\n"},
        {"English", "First name,Last name,Organisation,Sector,Bassin,Language,Gender,Email,Role,Subgroup,Term start\n"
                    "Hélène,Noël,Maison médicale,Santé Mentale,North-East,nl,female,helene@example.be,advisory,"
                    "Structures regionales,2025-01-01\n"},
    };
    for (const auto &[language, text] : files) {
        INFO(language);
        ImportFixture f;
        const MemberImportPlan plan = f.plan(s(text));
        INFO(describeProblems(plan).join(u'\n').toStdString());
        REQUIRE(plan.canApply());
        CHECK(plan.unknownColumns.isEmpty());
        REQUIRE(plan.members.size() == 1);
        const PlannedMember &member = plan.members.first();
        CHECK(member.action == PlannedMember::Action::Add);
        CHECK(member.person.value(s("name")).toString() == s("Hélène Noël"));
        CHECK(member.person.value(s("sector_id")).toLongLong() == 1);
        CHECK(member.person.value(s("bassin_id")).toLongLong() == 2);
        CHECK(member.person.value(s("language")).toString() == s("nl"));
        CHECK(member.person.value(s("gender")).toString() == s("female"));
        CHECK(member.membership.value(s("role")).toString() == s("advisory"));
        CHECK(member.membership.value(s("subgroup_id")).toLongLong() == 8);
        CHECK(member.membership.value(s("term_start")).toString() == s("2025-01-01"));
    }
}

TEST_CASE("A plan writes nothing and its import is one undoable step")
{
    ImportFixture f;
    const qint64 people = f.people();
    const qint64 memberships = f.memberships();
    const int steps = f.workspace->undoStack()->count();
    const MemberImportPlan plan = f.plan(s("Nom;Organisation;E-mail;Téléphone\r\n"
                                           "Ann Peeters;Huis;ann@example.be;02 123\r\n"
                                           "Bruno Dubois;CPAS;bruno@example.be;\r\n"));
    REQUIRE(plan.canApply());
    CHECK(plan.unknownColumns == QStringList{s("Téléphone")});
    CHECK(plan.added == 2);
    CHECK(f.people() == people); // planning wrote nothing

    auto applied = applyMemberImport(*f.workspace, plan);
    REQUIRE(applied.ok());
    CHECK(applied.value().added == 2);
    CHECK(f.people() == people + 2);
    CHECK(f.memberships() == memberships + 2);
    CHECK(f.workspace->undoStack()->count() == steps + 1);
    REQUIRE(f.personNamed(s("Ann Peeters")));
    CHECK(f.personNamed(s("Ann Peeters"))->text(s("email")) == s("ann@example.be"));

    REQUIRE(f.workspace->undo().ok());
    CHECK(f.people() == people);
    CHECK(f.memberships() == memberships);
    REQUIRE(f.workspace->redo().ok());
    CHECK(f.people() == people + 2);
    CHECK(f.memberships() == memberships + 2);
    CHECK(f.personNamed(s("Bruno Dubois")).has_value());
}

TEST_CASE("Re-importing updates known people instead of duplicating them")
{
    ImportFixture f;
    const QString first = s("Nom;Organisation;Fonction;E-mail;Rôle\r\n"
                            "Ann Peeters;Huis;Coordinatrice;ann@example.be;votant\r\n"
                            "Bruno Dubois;CPAS;Directeur;;votant\r\n"
                            "Chloé Martin;Brusano;Chargée;chloe@example.be;votant\r\n");
    REQUIRE(applyMemberImport(*f.workspace, f.plan(first)).ok());
    const qint64 people = f.people();

    SECTION("the same file again changes nothing")
    {
        const MemberImportPlan again = f.plan(first);
        REQUIRE(again.canApply());
        CHECK(again.added == 0);
        CHECK(again.updated == 0);
        CHECK(again.unchanged == 3);
        const int steps = f.workspace->undoStack()->count();
        REQUIRE(applyMemberImport(*f.workspace, again).ok());
        CHECK(f.workspace->undoStack()->count() == steps); // nothing to undo
    }
    SECTION("an updated file: by e-mail, else by name and organisation")
    {
        const MemberImportPlan updated = f.plan(s("Nom;Organisation;Fonction;E-mail;Rôle\r\n"
                                                  "Ann Peeters-Janssens;Huis;Coordinatrice;ANN@example.be;votant\r\n"
                                                  "Bruno Dubois;CPAS;Président;;consultatif\r\n"
                                                  "Chloé Martin;Brusano;Chargée;chloe@example.be;votant\r\n"
                                                  "Dirk Claes;OCMW;;dirk@example.be;\r\n"));
        INFO(describeProblems(updated).join(u'\n').toStdString());
        REQUIRE(updated.canApply());
        CHECK(updated.added == 1);
        CHECK(updated.updated == 2);
        CHECK(updated.unchanged == 1);
        auto applied = applyMemberImport(*f.workspace, updated);
        REQUIRE(applied.ok());
        CHECK(f.people() == people + 1);
        CHECK(f.personNamed(s("Ann Peeters-Janssens")).has_value());
        CHECK_FALSE(f.personNamed(s("Ann Peeters")).has_value());
        const Record bruno = *f.personNamed(s("Bruno Dubois"));
        CHECK(f.listed(bruno, Entity::Function, "function_id") == s("Président"));
        const QList<Record> memberships = f.workspace->recordsWhere(Entity::Membership, s("person_id"), bruno.id);
        REQUIRE(memberships.size() == 1);
        CHECK(memberships.first().text(s("role")) == s("advisory"));
        // One step undoes the whole update.
        REQUIRE(f.workspace->undo().ok());
        CHECK(f.personNamed(s("Ann Peeters")).has_value());
        CHECK(f.people() == people);
    }
}

TEST_CASE("A file with any invalid line is refused whole")
{
    ImportFixture f;
    const qint64 people = f.people();
    const MemberImportPlan plan = f.plan(s("Nom;Secteur;Bassin;Langue;E-mail;Sous-groupe;Début de mandat;Fin de mandat\r\n"
                                           "Ann Peeters;Santé mentale;Nord;fr;ann@example.be;;;\r\n"
                                           ";Santé mentale;Nord;fr;;;;\r\n"
                                           "Bruno;Astrologie;Nord;fr;;;;\r\n"
                                           "Chloé;;Lune;klingon;pas-une-adresse;Inconnu;31/02/2025;\r\n"
                                           "Dirk;;;;;;01/06/2025;01/01/2025\r\n"
                                           "Ann Peeters bis;;;;ann@example.be;;;\r\n"));
    CHECK_FALSE(plan.canApply());
    const QStringList lines = describeProblems(plan);
    INFO(lines.join(u'\n').toStdString());
    const QStringList expected = {
        s("Line 3: the name is empty."),
        s("Line 4: no sector is called “Astrologie” in French or in Dutch: map it to a sector or create it."),
        s("Line 5: no bassin is called “Lune”"),
        s("Line 5: this council has no subgroup called “Inconnu”"),
        s("Line 5: “klingon” is not a language"),
        s("Line 5: “pas-une-adresse” is not an e-mail address."),
        s("Line 5: “31/02/2025” is not a date"),
        s("Line 6: the term ends"),
        s("Line 7: the same person as line 2."),
    };
    REQUIRE(lines.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        CHECK(lines.at(i).startsWith(expected.at(i)));
    CHECK(plan.unknownValues.value(MemberColumn::Sector) == QStringList{s("Astrologie")});
    CHECK(plan.unknownValues.value(MemberColumn::Bassin) == QStringList{s("Lune")});
    CHECK(plan.unknownValues.value(MemberColumn::Subgroup) == QStringList{s("Inconnu")});

    auto applied = applyMemberImport(*f.workspace, plan);
    REQUIRE_FALSE(applied.ok());
    CHECK(applied.error().contains(s("Line 4")));
    CHECK(f.people() == people);
}

TEST_CASE("Files without members or without a header are refused")
{
    struct Case
    {
        const char *what;
        const char *text;
        const char *message;
    };
    const std::vector<Case> cases = {
        {"header only", "Nom;Organisation\r\n", "The file has a header but no member below it."},
        {"no header", "Ann Peeters;Huis\r\nBruno;CPAS\r\n", "Line 1: no column of the first line is one Quorum knows"},
        {"no name column", "Organisation;E-mail\r\nHuis;a@b.be\r\n", "Line 1: no column gives the name"},
        {"a column twice", "Nom;Naam\r\nA;B\r\n", "Line 1: the columns “Nom” and “Naam” both give the name."},
        {"more cells than headers", "Nom;Organisation\r\nA;B;C\r\n", "Line 2: 3 cells where the header has 2 columns"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        ImportFixture f;
        const MemberImportPlan plan = f.plan(s(c.text));
        CHECK_FALSE(plan.canApply());
        INFO(describeProblems(plan).join(u'\n').toStdString());
        REQUIRE_FALSE(plan.problems.isEmpty());
        CHECK(describeProblems(plan).first().startsWith(s(c.message)));
    }
}

TEST_CASE("Formula-like cells are imported as typed and exported as text")
{
    ImportFixture f;
    const QString hyperlink = s("=HYPERLINK(\"http://evil.example\";\"clic\")");
    const MemberImportPlan plan = f.plan(s("Nom;Organisation;Fonction\r\n"
                                           "\"=HYPERLINK(\"\"http://evil.example\"\";\"\"clic\"\")\";+32 2 000;-chef\r\n"
                                           "@SUM(A1);ok;\r\n"));
    INFO(describeProblems(plan).join(u'\n').toStdString());
    REQUIRE(plan.canApply());
    REQUIRE(applyMemberImport(*f.workspace, plan).ok());
    const std::optional<Record> person = f.personNamed(hyperlink);
    REQUIRE(person.has_value());
    CHECK(person->text(s("organisation")) == s("+32 2 000"));
    CHECK(f.listed(*person, Entity::Function, "function_id") == s("-chef"));
    CHECK(f.personNamed(s("@SUM(A1)")).has_value());

    auto exported = exportMembersCsv(f.workspace->storage(), f.council, Language::French);
    REQUIRE(exported.ok());
    const QString text = QString::fromUtf8(exported.value());
    CHECK(text.contains(s("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"clic\"\")\";'+32 2 000")));
    CHECK(text.contains(s("'@SUM(A1)")));
    const Result<CsvTable> table = parseCsv(exported.value());
    REQUIRE(table.ok());
    for (const QStringList &row : table.value().rows)
        for (const QString &cell : row)
            CHECK_FALSE((cell.startsWith(u'=') || cell.startsWith(u'+') || cell.startsWith(u'-') || cell.startsWith(u'@')));
}

TEST_CASE("An exported council imports back unchanged in each language")
{
    for (Language language : {Language::French, Language::Dutch, Language::English}) {
        INFO(languageCode(language).toStdString());
        ImportFixture f;
        auto exported = exportMembersCsv(f.workspace->storage(), f.council, language);
        REQUIRE(exported.ok());
        CHECK(exported.value().startsWith("\xEF\xBB\xBF"));
        CHECK(exported.value().contains("\r\n"));
        const Result<CsvTable> table = parseCsv(exported.value());
        REQUIRE(table.ok());
        CHECK(table.value().separator == u';');
        const MemberImportPlan plan = planMemberImport(f.workspace->storage(), f.council, table);
        INFO(describeProblems(plan).join(u'\n').toStdString());
        REQUIRE(plan.canApply());
        CHECK(plan.added == 0);
        CHECK(plan.updated == 0);
        CHECK(plan.unchanged == int(f.workspace->recordsWhere(Entity::Membership, s("council_id"), f.council).size()));
    }
}

TEST_CASE("Professions and functions are matched to their lists or added to them in the same step")
{
    ImportFixture f;
    const QList<Record> professions = f.workspace->records(Entity::Profession);
    REQUIRE_FALSE(professions.isEmpty());
    const Record known = professions.first();
    const qint64 professionsBefore = f.workspace->storage().count(Entity::Profession);
    const qint64 functionsBefore = f.workspace->storage().count(Entity::Function);
    // The known profession by its Dutch name in capitals; a new one written twice, differently.
    const QString text = s("Nom;Organisation;Profession;Fonction\r\n"
                           "Ann Lenaerts;Huis;%1;Coördinatrice de réseau\r\n"
                           "Bert Segers;Huis;Ergothérapeute;coördinatrice DE RÉSEAU\r\n"
                           "Carla Wouters;Huis;ergotherapeute;\r\n")
                             .arg(known.text(s("name_nl")).toUpper());
    const MemberImportPlan plan = f.plan(text);
    INFO(describeProblems(plan).join(u'\n').toStdString());
    REQUIRE(plan.canApply());
    CHECK(plan.newEntries.value(MemberColumn::Profession) == QStringList{s("Ergothérapeute")});
    CHECK(plan.newEntries.value(MemberColumn::Function) == QStringList{s("Coördinatrice de réseau")});
    CHECK(plan.unknownValues.isEmpty());
    CHECK(describeNewListEntries(plan).contains(s("Ergothérapeute")));
    const int steps = f.workspace->undoStack()->count();
    REQUIRE(applyMemberImport(*f.workspace, plan).ok());
    CHECK(f.workspace->undoStack()->count() == steps + 1);
    CHECK(f.workspace->storage().count(Entity::Profession) == professionsBefore + 1);
    CHECK(f.workspace->storage().count(Entity::Function) == functionsBefore + 1);
    const Record ann = *f.personNamed(s("Ann Lenaerts"));
    const Record bert = *f.personNamed(s("Bert Segers"));
    const Record carla = *f.personNamed(s("Carla Wouters"));
    CHECK(ann.number(s("profession_id")) == known.id);
    CHECK(f.listed(bert, Entity::Profession, "profession_id") == s("Ergothérapeute"));
    CHECK(carla.number(s("profession_id")) == bert.number(s("profession_id")));
    CHECK(ann.number(s("function_id")) == bert.number(s("function_id")));
    CHECK(carla.value(s("function_id")).isNull());
    // One undo takes back the people and the entries the import added.
    REQUIRE(f.workspace->undo().ok());
    CHECK(f.workspace->storage().count(Entity::Profession) == professionsBefore);
    CHECK(f.workspace->storage().count(Entity::Function) == functionsBefore);
    CHECK_FALSE(f.personNamed(s("Ann Lenaerts")).has_value());
}

// Three people whose sector, bassin and subgroup no entry is called (one written in
// capitals): what the user chooses for each value decides what the import does.
const char *const unknownValuesFile = "Nom;Organisation;Secteur;Bassin;Sous-groupe\r\n"
                                      "Ann Lenaerts;Huis;Astrologie;Lune;Inconnu\r\n"
                                      "Bert Segers;Huis;ASTROLOGIE;Lune;\r\n"
                                      "Carla Wouters;Huis;Santé mentale;;Inconnu\r\n";

TEST_CASE("Unknown sectors bassins and subgroups are listed until the user maps or creates them")
{
    ImportFixture f;
    const MemberImportPlan plan = f.plan(QByteArray(unknownValuesFile));
    CHECK_FALSE(plan.canApply());
    CHECK(plan.unknownValues.value(MemberColumn::Sector) == QStringList{s("Astrologie")});
    CHECK(plan.unknownValues.value(MemberColumn::Bassin) == QStringList{s("Lune")});
    CHECK(plan.unknownValues.value(MemberColumn::Subgroup) == QStringList{s("Inconnu")});
    CHECK(plan.problems.size() == 6); // 3 on line 2, 2 on line 3, 1 on line 4
    CHECK(plan.newEntries.isEmpty());

    // Choosing for one value leaves the others listed.
    const MemberImportPlan partly = f.plan(QByteArray(unknownValuesFile), {{MemberColumn::Sector, s("astrologie"), 0}});
    CHECK_FALSE(partly.canApply());
    CHECK_FALSE(partly.unknownValues.contains(MemberColumn::Sector));
    CHECK(partly.unknownValues.value(MemberColumn::Bassin) == QStringList{s("Lune")});
    CHECK(partly.problems.size() == 4);
    CHECK_FALSE(describeProblems(partly).join(u'\n').contains(s("Astrologie")));
}

TEST_CASE("Mapping unknown values gives people the entries the user chose")
{
    ImportFixture f;
    const qint64 sector = *findListEntry(f.workspace->storage(), MemberColumn::Sector, f.council, s("Geestelijke gezondheid"));
    const qint64 bassin = *findListEntry(f.workspace->storage(), MemberColumn::Bassin, f.council, s("sud"));
    const qint64 subgroup = *findListEntry(f.workspace->storage(), MemberColumn::Subgroup, f.council, s("Structures régionales"));
    const qint64 sectors = f.workspace->storage().count(Entity::Sector);
    const qint64 subgroups = f.workspace->storage().count(Entity::Subgroup);
    const MemberImportPlan plan = f.plan(QByteArray(unknownValuesFile), {{MemberColumn::Sector, s("Astrologie"), sector},
                                                                         {MemberColumn::Bassin, s("LUNE"), bassin},
                                                                         {MemberColumn::Subgroup, s("Inconnu"), subgroup}});
    INFO(describeProblems(plan).join(u'\n').toStdString());
    REQUIRE(plan.canApply());
    CHECK(plan.newEntries.isEmpty());
    REQUIRE(applyMemberImport(*f.workspace, plan).ok());
    CHECK(f.workspace->storage().count(Entity::Sector) == sectors);
    CHECK(f.workspace->storage().count(Entity::Subgroup) == subgroups);
    const Record ann = *f.personNamed(s("Ann Lenaerts"));
    const Record bert = *f.personNamed(s("Bert Segers"));
    CHECK(ann.number(s("sector_id")) == sector);
    CHECK(bert.number(s("sector_id")) == sector);
    CHECK(ann.number(s("bassin_id")) == bassin);
    const QList<Record> annMemberships = f.workspace->storage().recordsWhere(Entity::Membership, s("person_id"), ann.id);
    REQUIRE(annMemberships.size() == 1);
    CHECK(annMemberships.first().number(s("subgroup_id")) == subgroup);
}

TEST_CASE("Creating unknown values adds them to their lists in the import's one step")
{
    ImportFixture f;
    const qint64 sectors = f.workspace->storage().count(Entity::Sector);
    const qint64 bassins = f.workspace->storage().count(Entity::Bassin);
    const qint64 subgroups = f.workspace->storage().count(Entity::Subgroup);
    const qint64 people = f.people();
    const MemberImportPlan plan = f.plan(QByteArray(unknownValuesFile), {{MemberColumn::Sector, s("Astrologie"), 0},
                                                                         {MemberColumn::Bassin, s("Lune"), 0},
                                                                         {MemberColumn::Subgroup, s("inconnu"), 0}});
    INFO(describeProblems(plan).join(u'\n').toStdString());
    REQUIRE(plan.canApply());
    CHECK(describeNewListEntries(plan).contains(s("sectors: Astrologie")));
    CHECK(describeNewListEntries(plan).contains(s("bassins: Lune")));
    CHECK(describeNewListEntries(plan).contains(s("subgroups: Inconnu")));
    const int steps = f.workspace->undoStack()->count();
    REQUIRE(applyMemberImport(*f.workspace, plan).ok());
    CHECK(f.workspace->undoStack()->count() == steps + 1);
    CHECK(f.workspace->storage().count(Entity::Sector) == sectors + 1);
    CHECK(f.workspace->storage().count(Entity::Bassin) == bassins + 1);
    CHECK(f.workspace->storage().count(Entity::Subgroup) == subgroups + 1);

    const Record ann = *f.personNamed(s("Ann Lenaerts"));
    const Record bert = *f.personNamed(s("Bert Segers"));
    CHECK(f.listed(ann, Entity::Sector, "sector_id") == s("Astrologie"));
    CHECK(bert.number(s("sector_id")) == ann.number(s("sector_id")));
    const Record lune = *f.workspace->storage().record(Entity::Bassin, ann.number(s("bassin_id")));
    CHECK(lune.text(s("name_nl")) == s("Lune"));
    CHECK(lune.text(s("code")) == s("lune"));
    const Record annMembership = f.workspace->storage().recordsWhere(Entity::Membership, s("person_id"), ann.id).first();
    const Record inconnu = *f.workspace->storage().record(Entity::Subgroup, annMembership.number(s("subgroup_id")));
    CHECK(inconnu.number(s("council_id")) == f.council);
    CHECK(inconnu.text(s("name_fr")) == s("Inconnu"));

    // Imported again, the same file finds what the first import created: nothing changes.
    const MemberImportPlan again = f.plan(QByteArray(unknownValuesFile));
    INFO(describeProblems(again).join(u'\n').toStdString());
    REQUIRE(again.canApply());
    CHECK(again.unchanged == 3);

    // One undo takes back the people and every entry the import created.
    REQUIRE(f.workspace->undo().ok());
    CHECK(f.people() == people);
    CHECK(f.workspace->storage().count(Entity::Sector) == sectors);
    CHECK(f.workspace->storage().count(Entity::Bassin) == bassins);
    CHECK(f.workspace->storage().count(Entity::Subgroup) == subgroups);
}

TEST_CASE("A choice of an entry that does not exist is refused")
{
    ImportFixture f;
    struct Case
    {
        MemberColumn column;
        const char *value;
        qint64 id;
    };
    // A sector id nobody has, and a subgroup of another council (the care council's first).
    const qint64 otherCouncilsSubgroup = f.workspace->storage().records(Entity::Subgroup, 2).first().id;
    const std::vector<Case> cases = {{MemberColumn::Sector, "Astrologie", 999999},
                                     {MemberColumn::Subgroup, "Inconnu", otherCouncilsSubgroup}};
    for (const Case &c : cases) {
        INFO(c.value);
        const MemberImportPlan plan = f.plan(QByteArray(unknownValuesFile), {{c.column, s(c.value), c.id}});
        CHECK_FALSE(plan.canApply());
        const QStringList lines = describeProblems(plan);
        CHECK(lines.first() == s("“%1” is mapped to an entry that does not exist (id %2).").arg(s(c.value)).arg(c.id));
    }
}

TEST_CASE("List entries are found by name in either language or by id")
{
    ImportFixture f;
    const Database &database = f.workspace->storage();
    const Record first = database.records(Entity::Sector).first();
    CHECK(findListEntry(database, MemberColumn::Sector, f.council, first.text(s("name_nl")).toUpper()) == first.id);
    CHECK(findListEntry(database, MemberColumn::Sector, f.council, QString::number(first.id)) == first.id);
    CHECK_FALSE(findListEntry(database, MemberColumn::Sector, f.council, s("Astrologie")));
    CHECK(findListEntry(database, MemberColumn::Bassin, f.council, s("north-east")).has_value());
    // Subgroups are the council's own: the care council's are not the regional council's.
    CHECK_FALSE(findListEntry(database, MemberColumn::Subgroup, f.council, s("Pouvoirs locaux")));
    CHECK(findListEntry(database, MemberColumn::Subgroup, 2, s("Pouvoirs locaux")).has_value());
    CHECK(listEntriesFor(database, MemberColumn::Subgroup, 2).size() == 5);
    CHECK(listEntriesFor(database, MemberColumn::Name, f.council).isEmpty());
}
