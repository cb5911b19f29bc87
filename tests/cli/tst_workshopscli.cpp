// SPDX-License-Identifier: GPL-3.0-or-later
// quorum workshops: who goes where, as a script and as the doors' lists read it.

#include "catchqt.h"
#include "documentcli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using QuorumTest::DocumentCli;
using QuorumTest::Outcome;

const QString november = u"2024-11-13"_qs;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("workshops prints the demo's lists and figures as JSON", "[cli][workshops]")
{
    DocumentCli cli;
    const Outcome json = cli.document(u"workshops"_qs, {}, november);
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(u"meeting"_qs).toObject().value(u"date"_qs).toString() == november);
    CHECK(root.value(u"participants"_qs).toInt() == 57);
    CHECK(root.value(u"workshops"_qs).toArray().size() == 6);
    CHECK(root.value(u"criteria"_qs).toObject().value(u"nl"_qs).toString().contains(u"eerste keuzes"_qs));
}

TEST_CASE("workshops --assign splits and stores, and a second run changes nothing", "[cli][workshops]")
{
    DocumentCli cli;
    const Outcome first = cli.document(u"workshops"_qs, {u"--assign"_qs, u"-o"_qs, u"first.json"_qs}, november);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(u"first.json"_qs));
    const Outcome second = cli.document(u"workshops"_qs, {u"--assign"_qs, u"-o"_qs, u"second.json"_qs}, november);
    REQUIRE(second.exitCode == 0);
    CHECK(readAll(cli.path(u"first.json"_qs)) == readAll(cli.path(u"second.json"_qs)));
    const QJsonObject root = QJsonDocument::fromJson(readAll(cli.path(u"first.json"_qs))).object();
    CHECK(root.value(u"choices"_qs).toObject().value(u"someChoiceHonoured"_qs).toInt() == 51);
}

TEST_CASE("workshops writes the doors' lists as a PDF with a page per workshop in both languages", "[cli][workshops]")
{
    DocumentCli cli;
    const Outcome pdf = cli.document(u"workshops"_qs, {u"-o"_qs, u"doors.pdf"_qs}, november);
    INFO(pdf.err.toStdString());
    REQUIRE(pdf.exitCode == 0);
    const QString text = QuorumTest::pdfText(cli.path(u"doors.pdf"_qs));
    CHECK(text.contains(u"La revue Zinneke"_qs));
    CHECK(text.contains(u"Salle 1.03"_qs));
    CHECK(text.contains(u"Comment la répartition a été faite"_qs));
    CHECK(text.contains(u"Hoe de verdeling is gemaakt"_qs));
    CHECK(text.count(u'\f') >= 7); // six workshop pages and the page of rules and figures

    const Outcome csv = cli.document(u"workshops"_qs, {u"--format"_qs, u"csv"_qs}, november);
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(u"Atelier;Thème;Thema;Salle;Nom"_qs));
    CHECK(csv.out.count(u"\r\n"_qs) == 58); // the header and the 57 seats
    const Outcome md = cli.document(u"workshops"_qs, {u"--format"_qs, u"md"_qs, u"--lang"_qs, u"nl"_qs}, november);
    REQUIRE(md.exitCode == 0);
    CHECK(md.out.contains(u"Hoe de verdeling is gemaakt"_qs));
    CHECK_FALSE(md.out.contains(u"Comment la répartition"_qs));
}

TEST_CASE("workshops refuses what it cannot do with one message", "[cli][workshops]")
{
    DocumentCli cli;
    QuorumTest::requireUsageError(cli.run({u"workshops"_qs, u"demo.quorum"_qs}), u"--meeting"_qs);
    QuorumTest::requireUsageError(cli.document(u"workshops"_qs, {u"--format"_qs, u"pdf"_qs}, november), u"-o OUT"_qs);
    QuorumTest::requireUsageError(cli.document(u"workshops"_qs, {u"--format"_qs, u"odt"_qs}, november), u"json, md, csv or pdf"_qs);
    QuorumTest::requireUsageError(cli.run({u"check"_qs, u"demo.quorum"_qs, u"--assign"_qs}), u"--assign"_qs);

    const Outcome none = cli.document(u"workshops"_qs, {}, u"2024-07-03"_qs);
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(u"no workshops"_qs));
    const Outcome missing = cli.document(u"workshops"_qs, {}, u"2001-01-01"_qs);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"no meeting on 2001-01-01"_qs));
    const Outcome noAssign = cli.document(u"workshops"_qs, {u"--assign"_qs}, u"2024-07-03"_qs);
    CHECK(noAssign.exitCode == 1);
    CHECK(cli.entries() == QStringList{u"demo.quorum"_qs});
}

TEST_CASE("ideas exports the board as JSON, Markdown in one language and a PDF", "[cli][ideas]")
{
    DocumentCli cli;
    const Outcome json = cli.document(u"ideas"_qs, {}, u"2023-03-16"_qs);
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(u"issues"_qs).toArray().size() == 3);
    const Outcome md = cli.document(u"ideas"_qs, {u"--format"_qs, u"md"_qs, u"--lang"_qs, u"nl"_qs}, u"2023-03-16"_qs);
    REQUIRE(md.exitCode == 0);
    CHECK(md.out.contains(u"Uitwisselen van diagnoses om ze te versterken"_qs));
    CHECK(md.out.contains(u"Voorwaarden voor de implementatie"_qs));
    CHECK_FALSE(md.out.contains(u"Conditions de mise en œuvre"_qs));
    const Outcome pdf = cli.document(u"ideas"_qs, {u"-o"_qs, u"ideas.pdf"_qs}, november);
    REQUIRE(pdf.exitCode == 0);
    const QString text = QuorumTest::pdfText(cli.path(u"ideas.pdf"_qs));
    CHECK(text.contains(u"Un parcours prénatal sans"_qs)); // the heading wraps in its column
    CHECK(text.contains(u"Een prenataal traject"_qs));
    CHECK(text.contains(u"Taalbarrières"_qs));

    QuorumTest::requireUsageError(cli.run({u"ideas"_qs, u"demo.quorum"_qs}), u"--meeting"_qs);
    QuorumTest::requireUsageError(cli.document(u"ideas"_qs, {u"--format"_qs, u"csv"_qs}, november), u"json, md or pdf"_qs);
    QuorumTest::requireUsageError(cli.document(u"ideas"_qs, {u"--format"_qs, u"pdf"_qs}, november), u"-o OUT"_qs);
    const Outcome missing = cli.document(u"ideas"_qs, {}, u"2001-01-01"_qs);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"no meeting on 2001-01-01"_qs));
}
