// SPDX-License-Identifier: GPL-3.0-or-later
// import-members and export-members, run as users and scripts run them: a refused file
// exits 1 with every problem listed and leaves the workspace as it was.

#include "catchqt.h"
#include "documentcli.h"
#include "testworkspace.h"

#include "storage/database.h"

using QuorumTest::DocumentCli;
using QuorumTest::Outcome;
using QuorumTest::readFile;
using QuorumTest::writeFile;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

qint64 people(const DocumentCli &cli)
{
    auto opened = Quorum::Database::openReadOnly(cli.path(s("demo.quorum")));
    REQUIRE(opened.ok());
    return opened.value()->count(Quorum::Entity::Person);
}

const QByteArray goodFile = "\xEF\xBB\xBFNom;Organisation;E-mail;Secteur\r\n"
                            "Ann Peeters;Huis;ann@example.be;Sant\xC3\xA9 mentale\r\n"
                            "Bruno Dubois;CPAS;bruno@example.be;cpas\r\n";

} // namespace

TEST_CASE("import-members adds people once and reports a re-import as unchanged", "[cli][members]")
{
    DocumentCli cli;
    REQUIRE(writeFile(cli.path(s("in.csv")), goodFile));
    const qint64 before = people(cli);

    const Outcome dry = cli.run({s("import-members"), s("demo.quorum"), s("in.csv"), s("--council"), s("1"), s("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(s("2 added, 0 updated, 0 unchanged")));
    CHECK(people(cli) == before);

    const Outcome first = cli.run({s("import-members"), s("demo.quorum"), s("in.csv"), s("--council"), s("1")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(s("UTF-8 (BOM), cells separated by semicolons")));
    CHECK(first.out.contains(s("2 added, 0 updated, 0 unchanged")));
    CHECK(people(cli) == before + 2);

    const Outcome again = cli.run({s("import-members"), s("demo.quorum"), s("in.csv"), s("--council"), s("1")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(s("0 added, 0 updated, 2 unchanged")));
    CHECK(people(cli) == before + 2);
}

TEST_CASE("import-members refuses a file with any invalid line and changes nothing", "[cli][members]")
{
    struct Case
    {
        const char *what;
        QByteArray bytes;
        QStringList reasons;
    };
    QByteArray wide = "Nom";
    for (int i = 0; i < 499; ++i)
        wide += ";c";
    const std::vector<Case> cases = {
        {"invalid lines",
         "Nom;Secteur;E-mail\r\nAnn;Sant\xC3\xA9 mentale;ann@example.be\r\nBruno;Astrologie;\r\n;;\r\nChlo\xC3\xA9;;nope\r\n",
         {s("in.csv: Line 3: no sector is called “Astrologie”"), s("in.csv: Line 5: “nope” is not an e-mail address."),
          s("not imported, 2 problem")}},
        {"empty file", QByteArray(), {s("in.csv: The file is empty.")}},
        {"header only", "Nom;Organisation\r\n", {s("The file has a header but no member below it.")}},
        {"binary", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\0", 20), {s("in.csv: The file is not a text file")}},
        {"500 columns", "Nom\r\n" + wide + "\r\n", {s("in.csv: Line 2 has 500 columns")}},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        DocumentCli cli;
        REQUIRE(writeFile(cli.path(s("in.csv")), c.bytes));
        const QByteArray workspaceBefore = readFile(cli.path(s("demo.quorum")));
        const Outcome result = cli.run({s("import-members"), s("demo.quorum"), s("in.csv"), s("--council"), s("1")});
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 1);
        for (const QString &reason : c.reasons)
            CHECK(result.err.contains(reason));
        CHECK(readFile(cli.path(s("demo.quorum"))) == workspaceBefore);
    }
}

TEST_CASE("export-members writes CSV that Excel opens and that imports back unchanged", "[cli][members]")
{
    DocumentCli cli;
    const Outcome exported = cli.run({s("export-members"), s("demo.quorum"), s("--council"), s("2"), s("-o"), s("out.csv")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QByteArray bytes = readFile(cli.path(s("out.csv")));
    CHECK(bytes.startsWith("\xEF\xBB\xBFNom;Organisation;Secteur;"));
    CHECK(bytes.contains("\r\n"));

    const Outcome toStdout = cli.run({s("export-members"), s("demo.quorum"), s("--council"), s("2"), s("--lang"), s("nl")});
    REQUIRE(toStdout.exitCode == 0);
    CHECK(toStdout.out.startsWith(s("\xEF\xBB\xBFNaam;Organisatie;Sector;")));

    const Outcome back = cli.run({s("import-members"), s("demo.quorum"), s("out.csv"), s("--council"), s("2")});
    INFO(back.err.toStdString());
    REQUIRE(back.exitCode == 0);
    CHECK(back.out.contains(s("0 added, 0 updated")));
}

TEST_CASE("The members commands check their options", "[cli][members]")
{
    DocumentCli cli;
    REQUIRE(writeFile(cli.path(s("in.csv")), goodFile));
    struct Case
    {
        QStringList arguments;
        const char *message;
        int exitCode;
    };
    const std::vector<Case> cases = {
        {{s("import-members"), s("demo.quorum"), s("in.csv")}, "import-members needs --council ID", 2},
        {{s("export-members"), s("demo.quorum")}, "export-members needs --council ID", 2},
        {{s("export-members"), s("demo.quorum"), s("--council"), s("1"), s("--dry-run")}, "--dry-run, --map and --create-missing only apply to import-members", 2},
        {{s("import-members"), s("demo.quorum"), s("in.csv"), s("--council"), s("99")}, "no council with id 99", 1},
        {{s("export-members"), s("demo.quorum"), s("--council"), s("1"), s("-o"), s("demo.quorum")}, "demo.quorum", 1},
        {{s("export-members"), s("demo.quorum"), s("--council"), s("1"), s("--create-missing")}, "only apply to import-members", 2},
        {{s("import-members"), s("demo.quorum"), s("in.csv"), s("--council"), s("1"), s("--map"), s("Astrologie")},
         "--map needs KIND:VALUE=ENTRY", 2},
        {{s("import-members"), s("demo.quorum"), s("in.csv"), s("--council"), s("1"), s("--map"), s("sector:Astrologie=")},
         "--map needs KIND:VALUE=ENTRY", 2},
        {{s("import-members"), s("demo.quorum"), s("in.csv"), s("--council"), s("1"), s("--map"), s("langue:x=fr")},
         "is not sector, bassin or subgroup", 1},
        {{s("import-members"), s("demo.quorum"), s("in.csv"), s("--council"), s("1"), s("--map"), s("secteur:x=Nulle part")},
         "no sector is called “Nulle part”", 1},
    };
    for (const Case &c : cases) {
        INFO(c.arguments.join(u' ').toStdString());
        const Outcome result = cli.run(c.arguments);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == c.exitCode);
        CHECK(result.err.contains(s(c.message)));
    }
}

TEST_CASE("import-members maps or creates the sectors bassins and subgroups no entry is called", "[cli][members]")
{
    DocumentCli cli;
    REQUIRE(writeFile(cli.path(s("unknown.csv")), "Nom;Organisation;Secteur;Zorgzone;Deelgroep\r\n"
                                                  "Ann Peeters;Huis;Astrologie;Lune;Inconnu\r\n"
                                                  "Bruno Dubois;CPAS;Alchimie;Noord;\r\n"));
    const qint64 before = people(cli);
    const QStringList base = {s("import-members"), s("demo.quorum"), s("unknown.csv"), s("--council"), s("1")};

    // Unmatched values are problems until mapped or created: nothing is written.
    const Outcome refused = cli.run(base);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(s("no sector is called “Astrologie”")));
    CHECK(refused.err.contains(s("map it to a sector or create it")));
    CHECK(people(cli) == before);

    // Mapped by name (either language) or by id: some values still unmatched stay problems.
    const Outcome partly = cli.run(base + QStringList{s("--map"), s("sector:Astrologie=Geestelijke gezondheid"), s("--map"),
                                                      s("secteur:Alchimie=1")});
    CHECK(partly.exitCode == 1);
    CHECK_FALSE(partly.err.contains(s("“Astrologie”")));
    CHECK(partly.err.contains(s("“Lune”")));
    CHECK(people(cli) == before);

    // Mapped, with the rest created: imported in one step, the new entries named.
    const Outcome created = cli.run(base + QStringList{s("--map"), s("sector:Astrologie=Geestelijke gezondheid"), s("--map"),
                                                       s("secteur:Alchimie=1"), s("--create-missing")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(s("bassins: Lune")));
    CHECK(created.out.contains(s("subgroups: Inconnu")));
    CHECK_FALSE(created.out.contains(s("sectors:")));
    CHECK(created.out.contains(s("2 added, 0 updated, 0 unchanged")));
    CHECK(people(cli) == before + 2);
    auto opened = Quorum::Database::openReadOnly(cli.path(s("demo.quorum")));
    REQUIRE(opened.ok());
    for (const Quorum::Record &person : opened.value()->records(Quorum::Entity::Person))
        if (person.text(s("name")) == s("Ann Peeters"))
            CHECK(opened.value()->record(Quorum::Entity::Sector, person.number(s("sector_id")))->text(s("name_fr"))
                  == s("Santé mentale"));
}
