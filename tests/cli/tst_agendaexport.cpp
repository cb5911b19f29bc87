// SPDX-License-Identifier: GPL-3.0-or-later
// quorum agenda FILE --meeting DATE --lang fr|nl|both --format pdf|html|md -o OUT, run as a
// separate process: what it writes, its errors, and what it never leaves or replaces.

#include "catchqt.h"
#include "documentcli.h"
#include "testworkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using QuorumTest::readFile;
using QuorumTest::writeFile;

namespace {

using QuorumTest::Outcome;
using QuorumTest::pdfText;
using QuorumTest::requireUsageError;
using QuorumTest::timeoutMs;

class AgendaCli : public QuorumTest::DocumentCli
{
public:
    // quorum agenda demo.quorum --meeting 2024-11-13 <more>
    Outcome agenda(const QStringList &more, const QString &meeting = u"2024-11-13"_qs) const
    {
        return document(u"agenda"_qs, more, meeting);
    }
};

} // namespace

TEST_CASE("agenda writes the send-ahead pack in every format and language", "[cli][agenda]")
{
    AgendaCli cli;
    const auto [lang, format, expected, absent] = GENERATE(table<QString, QString, QString, QString>({
        {u"fr"_qs, u"pdf"_qs, u"Ordre du jour"_qs, u"Te lezen documenten"_qs},
        {u"nl"_qs, u"pdf"_qs, u"Te lezen documenten"_qs, u"Documents à lire"_qs},
        {u"both"_qs, u"pdf"_qs, u"Te lezen documenten"_qs, QString()},
        {u"fr"_qs, u"html"_qs, u"Documents à lire"_qs, u"Te lezen documenten"_qs},
        {u"nl"_qs, u"html"_qs, u"Te lezen documenten"_qs, u"Documents à lire"_qs},
        {u"both"_qs, u"html"_qs, u"Documents à lire"_qs, QString()},
        {u"fr"_qs, u"md"_qs, u"## Documents à lire"_qs, u"Te lezen"_qs},
        {u"nl"_qs, u"md"_qs, u"## Te lezen documenten"_qs, u"Documents à lire"_qs},
        {u"both"_qs, u"md"_qs, u"## Documents à lire / Te lezen documenten"_qs, QString()},
    }));
    const QString out = u"pack-"_qs + lang + u"."_qs + format;
    const Outcome result = cli.agenda({u"--lang"_qs, lang, u"--format"_qs, format, u"-o"_qs, out});
    INFO("stderr: " << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    CHECK(result.out.startsWith(u"Wrote the agenda of 2024-11-13 to "_qs));
    CHECK(result.out.trimmed().endsWith(out + u"."_qs));
    const QByteArray bytes = readFile(cli.path(out));
    QString text;
    if (format == u"pdf") {
        CHECK(bytes.startsWith("%PDF-1."));
        text = pdfText(cli.path(out));
    } else {
        text = QString::fromUtf8(bytes);
    }
    CHECK(text.contains(expected));
    if (!absent.isEmpty())
        CHECK_FALSE(text.contains(absent));
    // Only the demo and the export: nothing temporary left behind.
    CHECK(cli.entries() == QStringList({u"demo.quorum"_qs, out}));
}

TEST_CASE("agenda takes the format from the output name and both languages by default", "[cli][agenda]")
{
    AgendaCli cli;
    const Outcome result = cli.agenda({u"-o"_qs, u"agenda.md"_qs});
    INFO("stderr: " << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString md = QString::fromUtf8(readFile(cli.path(u"agenda.md"_qs)));
    CHECK(md.startsWith(u"# Conseil de l'Action Régionale / Regionale Actieraad"_qs));
    const Outcome html = cli.agenda({u"--output=agenda.htm"_qs, u"--lang=nl"_qs});
    REQUIRE(html.exitCode == 0);
    CHECK(readFile(cli.path(u"agenda.htm"_qs)).startsWith("<!DOCTYPE html>\n<html lang=\"nl-BE\">"));
}

TEST_CASE("agenda for a date without a meeting fails with one line naming the file", "[cli][agenda]")
{
    AgendaCli cli;
    const Outcome result = cli.agenda({u"-o"_qs, u"agenda.pdf"_qs}, u"2024-11-14"_qs);
    INFO("stderr: " << result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    REQUIRE(result.errLines().size() == 1);
    CHECK(result.errLines().first().startsWith(u"quorum: demo.quorum"_qs));
    CHECK(result.errLines().first().contains(u"no meeting on 2024-11-14"_qs));
    CHECK(cli.entries() == QStringList{u"demo.quorum"_qs});
}

TEST_CASE("agenda usage errors exit 2 and write nothing", "[cli][agenda]")
{
    AgendaCli cli;
    const auto [arguments, reason] = GENERATE(table<QStringList, QString>({
        {{u"--format"_qs, u"docx"_qs, u"-o"_qs, u"a.docx"_qs}, u"--format must be pdf, odt, html or md, not \"docx\""_qs},
        {{u"--format"_qs, u"pdf"_qs}, u"agenda needs -o OUT"_qs},
        {{u"-o"_qs, u"agenda.txt"_qs}, u"agenda needs --format pdf, odt, html or md"_qs},
        {{u"--lang"_qs, u"en"_qs, u"-o"_qs, u"a.pdf"_qs}, u"for agenda, --lang must be fr, nl or both, not \"en\""_qs},
        {{u"--lang"_qs, u"de"_qs, u"-o"_qs, u"a.pdf"_qs}, u"for agenda, --lang must be fr, nl or both, not \"de\""_qs},
        {{u"-o"_qs}, u"-o needs a value"_qs},
    }));
    requireUsageError(cli.agenda(arguments), reason);
    requireUsageError(cli.run({u"agenda"_qs, u"demo.quorum"_qs, u"-o"_qs, u"a.pdf"_qs}), u"agenda needs --meeting"_qs);
    requireUsageError(cli.run({u"agenda"_qs, u"demo.quorum"_qs, u"--meeting"_qs, u"13/11/2024"_qs, u"-o"_qs, u"a.pdf"_qs}),
                      u"--meeting needs a date"_qs);
    requireUsageError(cli.run({u"agenda"_qs, u"--meeting"_qs, u"2024-11-13"_qs, u"-o"_qs, u"a.pdf"_qs}),
                      u"agenda takes 1 file argument"_qs);
    CHECK(cli.entries() == QStringList{u"demo.quorum"_qs});
}

TEST_CASE("The document options belong to the document commands alone", "[cli][agenda]")
{
    AgendaCli cli;
    requireUsageError(cli.run({u"check"_qs, u"demo.quorum"_qs, u"-o"_qs, u"x.pdf"_qs}), u"--format and -o only apply to agenda, minutes and decisions."_qs);
    requireUsageError(cli.run({u"check"_qs, u"demo.quorum"_qs, u"--format"_qs, u"pdf"_qs}), u"--format and -o only apply to agenda, minutes and decisions."_qs);
    requireUsageError(cli.run({u"--lang"_qs, u"both"_qs, u"check"_qs, u"demo.quorum"_qs}), u"--lang must be fr, nl or en, not \"both\""_qs);
    const Outcome help = cli.run({u"--help"_qs});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"quorum agenda FILE --meeting YYYY-MM-DD [--lang fr|nl|both] [--format pdf|odt|html|md] -o OUT"_qs));
}

TEST_CASE("agenda replaces an earlier export but never a workspace", "[cli][agenda]")
{
    AgendaCli cli;
    // An earlier export (or any file that is not a workspace) is replaced whole.
    REQUIRE(writeFile(cli.path(u"agenda.html"_qs), "an older agenda"));
    const Outcome replaced = cli.agenda({u"-o"_qs, u"agenda.html"_qs});
    INFO("stderr: " << replaced.err.toStdString());
    CHECK(replaced.exitCode == 0);
    CHECK(readFile(cli.path(u"agenda.html"_qs)).startsWith("<!DOCTYPE html>"));

    // A workspace, the one being read or another, is left exactly as it was.
    REQUIRE(cli.run({u"demo"_qs, u"other.quorum"_qs}).exitCode == 0);
    for (const QString &target : {u"other.quorum"_qs, u"demo.quorum"_qs}) {
        const QByteArray before = readFile(cli.path(target));
        const QStringList entries = cli.entries();
        const Outcome refused = cli.agenda({u"--format"_qs, u"pdf"_qs, u"-o"_qs, target});
        INFO("stderr: " << refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        REQUIRE(refused.errLines().size() == 1);
        CHECK(refused.errLines().first().contains(target));
        CHECK(refused.errLines().first().contains(u"is a workspace"_qs));
        CHECK(readFile(cli.path(target)) == before);
        CHECK(cli.entries() == entries);
    }
}

TEST_CASE("agenda fails naming the file and leaves nothing when it cannot read or write", "[cli][agenda]")
{
    AgendaCli cli;
    REQUIRE(writeFile(cli.path(u"notes.txt"_qs), "not a workspace"));
    const Outcome unreadable = cli.run({u"agenda"_qs, u"notes.txt"_qs, u"--meeting"_qs, u"2024-11-13"_qs, u"-o"_qs, u"a.pdf"_qs});
    CHECK(unreadable.exitCode == 1);
    REQUIRE(unreadable.errLines().size() == 1);
    CHECK(unreadable.errLines().first().contains(u"notes.txt"_qs));

    const Outcome nowhere = cli.agenda({u"-o"_qs, u"missing/agenda.pdf"_qs});
    CHECK(nowhere.exitCode == 1);
    REQUIRE(nowhere.errLines().size() == 1);
    CHECK(nowhere.errLines().first().contains(u"agenda.pdf"_qs));
    CHECK(cli.entries() == QStringList({u"demo.quorum"_qs, u"notes.txt"_qs}));
}
