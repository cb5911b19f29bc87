// SPDX-License-Identifier: GPL-3.0-or-later
// quorum composition: a council's composition against its rules (seed 003), as a script runs it.

#include "catchqt.h"
#include "documentcli.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using QuorumTest::DocumentCli;
using QuorumTest::Outcome;

qint64 councilOfKind(const DocumentCli &cli, const QString &kind)
{
    auto opened = Quorum::Database::openReadOnly(cli.path(u"demo.quorum"_qs));
    REQUIRE(opened.ok());
    for (const Quorum::Record &council : opened.value()->records(Quorum::Entity::Council))
        if (council.text(u"kind"_qs) == kind)
            return council.id;
    FAIL("no council of kind " << kind.toStdString());
    return 0;
}

} // namespace

TEST_CASE("The demo care council is compliant in text and in JSON", "[cli][composition]")
{
    DocumentCli cli;
    const QString care = QString::number(councilOfKind(cli, u"care"_qs));
    const Outcome text = cli.run({u"composition"_qs, u"demo.quorum"_qs, u"--council"_qs, care});
    INFO(text.out.toStdString() << text.err.toStdString());
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(u"Zorgraad BruZEL"_qs));
    CHECK(text.out.contains(u"21"_qs));

    const Outcome json = cli.run({u"composition"_qs, u"demo.quorum"_qs, u"--council"_qs, care, u"--format"_qs, u"json"_qs});
    CHECK(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(u"compliant"_qs).toBool());
    CHECK(root.value(u"seats"_qs).toInt() == 21);
    CHECK(root.value(u"council_id"_qs).toInteger() == care.toLongLong());
}

TEST_CASE("A council breaking its rules exits 1 with each violation in both languages", "[cli][composition]")
{
    DocumentCli cli;
    const qint64 care = councilOfKind(cli, u"care"_qs);
    {
        auto opened = Quorum::Database::open(cli.path(u"demo.quorum"_qs));
        REQUIRE(opened.ok());
        REQUIRE(opened.value()->update(Quorum::Entity::Council, care, u"seat_cap"_qs, 20).ok());
    }
    const QString id = QString::number(care);
    const Outcome text = cli.run({u"composition"_qs, u"demo.quorum"_qs, u"--council"_qs, id});
    INFO(text.out.toStdString());
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains(u"Le conseil compte 21 membres votants, plus que ses 20 sièges."_qs));
    CHECK(text.out.contains(u"De raad telt 21 stemgerechtigden, meer dan zijn 20 zetels."_qs));
    const Outcome json = cli.run({u"composition"_qs, u"demo.quorum"_qs, u"--council"_qs, id, u"--format"_qs, u"json"_qs});
    CHECK(json.exitCode == 1);
    const QJsonArray violations = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"violations"_qs).toArray();
    REQUIRE(violations.size() == 1);
    CHECK(violations.first().toObject().value(u"rule"_qs).toString() == u"too_many_seats"_qs);
    CHECK(violations.first().toObject().value(u"limit"_qs).toInt() == 20);
}

TEST_CASE("composition refuses a missing council a missing id and a wrong format", "[cli][composition]")
{
    DocumentCli cli;
    CHECK(cli.run({u"composition"_qs, u"demo.quorum"_qs, u"--council"_qs, u"999"_qs}).exitCode == 1);
    CHECK(cli.run({u"composition"_qs, u"demo.quorum"_qs}).exitCode == 2);
    CHECK(cli.run({u"composition"_qs, u"demo.quorum"_qs, u"--council"_qs, u"2"_qs, u"--format"_qs, u"pdf"_qs}).exitCode == 2);
}

TEST_CASE("composition checks the council as it stands on the date asked", "[cli][composition]")
{
    DocumentCli cli;
    const QString regional = QString::number(councilOfKind(cli, u"regional"_qs));
    // The demo's regional council: its members' terms run through 2025, its subgroups then empty.
    const Outcome during = cli.run({u"composition"_qs, u"demo.quorum"_qs, u"--council"_qs, regional, u"--date"_qs,
                                    u"2025-06-01"_qs, u"--format"_qs, u"json"_qs});
    const QJsonObject root = QJsonDocument::fromJson(during.out.toUtf8()).object();
    CHECK(root.value(u"date"_qs).toString() == u"2025-06-01"_qs);
    const Outcome after = cli.run({u"composition"_qs, u"demo.quorum"_qs, u"--council"_qs, regional, u"--date"_qs,
                                   u"2030-01-01"_qs});
    INFO(after.out.toStdString());
    CHECK(after.exitCode == 1);
    CHECK(after.out.contains(u"On 2030-01-01: 0 voting seats."_qs));
    CHECK(root.value(u"seats"_qs).toInt() > 0);
    CHECK(cli.run({u"composition"_qs, u"demo.quorum"_qs, u"--council"_qs, regional, u"--date"_qs, u"demain"_qs}).exitCode == 2);
    CHECK(cli.run({u"decisions"_qs, u"demo.quorum"_qs, u"--date"_qs, u"2025-01-01"_qs}).exitCode == 2);
}
