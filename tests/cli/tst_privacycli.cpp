// SPDX-License-Identifier: GPL-3.0-or-later
// Privacy requests handled by script (person-data, erase-person) and a check that means
// something (check, and export-json refusing what check refuses), run as separate processes.

#include "catchqt.h"
#include "documentcli.h"
#include "../core/sqlhelpers.h"
#include "testworkspace.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>

using QuorumTest::readFile;
using QuorumTest::writeFile;

namespace {

using QuorumTest::DocumentCli;
using QuorumTest::Outcome;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The first person of the demo, by id, and their name.
std::pair<qint64, QString> demoPerson(const DocumentCli &cli)
{
    auto opened = Quorum::Database::openReadOnly(cli.path(s("demo.quorum")));
    REQUIRE(opened.ok());
    const QList<Quorum::Record> people = opened.value()->records(Quorum::Entity::Person);
    REQUIRE(!people.isEmpty());
    return {people.first().id, people.first().text(s("name"))};
}

void requireOneLineFailure(const Outcome &result, const QString &reason)
{
    INFO("stderr: " << result.err.toStdString());
    CHECK(result.exitCode == 1);
    REQUIRE(result.errLines().size() == 1);
    CHECK(result.err.startsWith(s("quorum: ")));
    CHECK(result.err.contains(reason));
}

} // namespace

TEST_CASE("person-data exports one person to a file or the standard output", "[cli][privacy]")
{
    DocumentCli cli;
    const auto [id, name] = demoPerson(cli);
    const QString personArgument = QString::number(id);

    const Outcome toStdout = cli.run({s("person-data"), s("demo.quorum"), s("--person"), personArgument});
    INFO(toStdout.err.toStdString());
    REQUIRE(toStdout.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(toStdout.out.toUtf8()).object();
    CHECK(root.value(s("format")).toString() == s("quorum-personal-data"));
    CHECK(root.value(s("person")).toObject().value(s("name")).toString() == name);

    const Outcome toFile = cli.run({s("person-data"), s("demo.quorum"), s("--person"), personArgument, s("-o"), s("me.json")});
    REQUIRE(toFile.exitCode == 0);
    CHECK(toFile.out.contains(s("me.json")));
    const QJsonObject written = QJsonDocument::fromJson(readFile(cli.path(s("me.json")))).object();
    CHECK(written.value(s("person")) == root.value(s("person")));

    requireOneLineFailure(cli.run({s("person-data"), s("demo.quorum"), s("--person"), s("999999")}), s("no person with id 999999"));
    QuorumTest::requireUsageError(cli.run({s("person-data"), s("demo.quorum")}), s("--person"));
    QuorumTest::requireUsageError(cli.run({s("person-data"), s("demo.quorum"), s("--person"), s("abc")}), s("--person"));
}

TEST_CASE("erase-person asks for --yes then erases every copy", "[cli][privacy]")
{
    DocumentCli cli;
    const auto [id, name] = demoPerson(cli);
    const QString personArgument = QString::number(id);
    const QByteArray before = readFile(cli.path(s("demo.quorum")));

    const Outcome refused = cli.run({s("erase-person"), s("demo.quorum"), s("--person"), personArgument});
    requireOneLineFailure(refused, s("would erase person ") + personArgument);
    CHECK(refused.err.contains(s("--yes")));
    CHECK(readFile(cli.path(s("demo.quorum"))) == before);

    requireOneLineFailure(cli.run({s("erase-person"), s("demo.quorum"), s("--person"), s("999999"), s("--yes")}),
                          s("no person with id 999999"));

    const Outcome erased = cli.run({s("erase-person"), s("demo.quorum"), s("--person"), personArgument, s("--yes")});
    INFO(erased.err.toStdString());
    REQUIRE(erased.exitCode == 0);
    CHECK(erased.out.contains(s("erased person ") + personArgument));
    CHECK(cli.run({s("person-data"), s("demo.quorum"), s("--person"), personArgument}).exitCode == 1);
    CHECK_FALSE(readFile(cli.path(s("demo.quorum"))).contains(name.toUtf8()));
    CHECK(cli.run({s("check"), s("demo.quorum")}).exitCode == 0);
    CHECK(cli.entries() == QStringList{s("demo.quorum")});
}

TEST_CASE("check and export-json refuse a workspace that fails the schema check", "[cli][privacy]")
{
    DocumentCli cli;
    REQUIRE(cli.run({s("check"), s("demo.quorum")}).exitCode == 0);
    REQUIRE(QuorumTest::runSql(cli.path(s("demo.quorum")),
                               {s("DROP TABLE workshop"), s("UPDATE meeting SET date = 'not a date' WHERE id = 1")}));
    const Outcome checked = cli.run({s("check"), s("demo.quorum")});
    INFO(checked.err.toStdString());
    CHECK(checked.exitCode == 1);
    CHECK(checked.out.isEmpty());
    CHECK(checked.errLines().size() >= 2);
    for (const QString &line : checked.errLines())
        CHECK(line.startsWith(s("quorum: demo.quorum: ")));
    CHECK(checked.err.contains(s("table workshop: the table is missing.")));
    CHECK(checked.err.contains(s("table meeting, row 1, column date: \"not a date\" is not a date")));

    const Outcome exported = cli.run({s("export-json"), s("demo.quorum"), s("out.json")});
    CHECK(exported.exitCode == 1);
    CHECK(exported.err == checked.err);
    CHECK_FALSE(QFileInfo::exists(cli.path(s("out.json"))));
}

TEST_CASE("check reports a damaged page on one line", "[cli][privacy]")
{
    DocumentCli cli;
    QByteArray bytes = readFile(cli.path(s("demo.quorum")));
    REQUIRE(bytes.size() > 5 * 4096);
    // Page 3 onwards: garbage where b-tree pages were.
    for (int i = 2 * 4096; i < 5 * 4096; ++i)
        bytes[i] = char(0xA5 ^ (i & 0xff));
    REQUIRE(writeFile(cli.path(s("broken.quorum")), bytes));
    const Outcome checked = cli.run({s("check"), s("broken.quorum")});
    INFO(checked.err.toStdString());
    CHECK(checked.exitCode == 1);
    REQUIRE(checked.errLines().size() == 1);
    CHECK(checked.err.startsWith(s("quorum: broken.quorum is damaged: some of its pages are unreadable (Page 3")));
    for (const QChar c : checked.err)
        CHECK((c.unicode() >= 0x20 || c == u'\n'));
}

TEST_CASE("The privacy commands are in the usage and their options are checked", "[cli][privacy]")
{
    DocumentCli cli;
    const Outcome help = cli.run({s("--help")});
    CHECK(help.out.contains(s("quorum person-data FILE --person ID")));
    CHECK(help.out.contains(s("quorum erase-person FILE --person ID --yes")));
    QuorumTest::requireUsageError(cli.run({s("erase-person"), s("demo.quorum"), s("--yes")}), s("erase-person needs --person"));
    QuorumTest::requireUsageError(cli.run({s("check"), s("demo.quorum"), s("--yes")}), s("--yes to erase-person"));
    QuorumTest::requireUsageError(cli.run({s("check"), s("demo.quorum"), s("--person"), s("1")}), s("--person applies"));
    QuorumTest::requireUsageError(cli.run({s("erase-person"), s("demo.quorum"), s("--person"), s("1"), s("-o"), s("x.json")}),
                                  s("-o only apply"));
}
