// SPDX-License-Identifier: GPL-3.0-or-later
// quorum minutes FILE --meeting DATE --lang fr|nl|both [--layout columns|sequential]
// --format pdf|odt|html|md -o OUT, run as a separate process.

#include "catchqt.h"
#include "documentcli.h"
#include "testworkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using QuorumTest::readFile;

namespace {

using QuorumTest::Outcome;
using QuorumTest::pdfText;
using QuorumTest::requireUsageError;
using QuorumTest::timeoutMs;

class MinutesCli : public QuorumTest::DocumentCli
{
public:
    // quorum minutes demo.quorum --meeting 2024-11-13 <more>
    Outcome minutes(const QStringList &more, const QString &meeting = u"2024-11-13"_qs) const
    {
        return document(u"minutes"_qs, more, meeting);
    }
};

} // namespace

namespace {

QByteArray odtContent(const QString &file)
{
    QProcess process;
    if (!QStandardPaths::findExecutable(u"unzip"_qs).isEmpty())
        process.start(QStandardPaths::findExecutable(u"unzip"_qs), {u"-p"_qs, file, u"content.xml"_qs});
    else
        process.start(QStandardPaths::findExecutable(u"python3"_qs),
                      {u"-c"_qs, u"import sys,zipfile;sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read('content.xml'))"_qs, file});
    REQUIRE(process.waitForFinished(timeoutMs));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

} // namespace

TEST_CASE("minutes writes every format in every language mode", "[cli][minutes]")
{
    MinutesCli cli;
    const auto [lang, layout, expected, absent] = GENERATE(table<QString, QString, QString, QString>({
        {u"fr"_qs, QString(), u"Tour de table des bassins"_qs, u"Rondetafel van de zorgzones"_qs},
        {u"nl"_qs, QString(), u"Rondetafel van de zorgzones"_qs, u"Tour de table des bassins"_qs},
        {u"both"_qs, u"columns"_qs, u"Rondetafel van de zorgzones"_qs, QString()},
        {u"both"_qs, u"sequential"_qs, u"Tour de table des bassins"_qs, QString()},
    }));
    for (const QString &format : {u"pdf"_qs, u"odt"_qs, u"html"_qs, u"md"_qs}) {
        const QString out = u"minutes-"_qs + lang + layout + u"."_qs + format;
        QStringList arguments{u"--lang"_qs, lang, u"--format"_qs, format, u"-o"_qs, out};
        if (!layout.isEmpty())
            arguments << u"--layout"_qs << layout;
        const Outcome result = cli.minutes(arguments);
        INFO(out.toStdString() << " stderr: " << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK(result.err.isEmpty());
        CHECK(result.out.startsWith(u"Wrote the minutes of 2024-11-13 to "_qs));
        CHECK(result.out.trimmed().endsWith(out + u"."_qs));
        const QByteArray bytes = readFile(cli.path(out));
        QString text;
        if (format == u"pdf") {
            CHECK(bytes.startsWith("%PDF-1."));
            CHECK(bytes.contains("/URI (https://www.brusano.brussels/pdf/202407_car_1/)"));
            text = pdfText(cli.path(out));
        } else if (format == u"odt") {
            text = QString::fromUtf8(odtContent(cli.path(out)));
            CHECK(text.contains(u"xlink:href=\"https://www.brusano.brussels/pdf/202407_car_1/\""_qs));
        } else {
            text = QString::fromUtf8(bytes);
        }
        CHECK(text.simplified().contains(expected));
        if (!absent.isEmpty())
            CHECK_FALSE(text.contains(absent));
        CHECK(cli.entries().contains(out));
    }
    CHECK(cli.entries().size() == 5); // the demo and the four exports, nothing temporary
}

TEST_CASE("minutes takes the format from the output name and both languages by default", "[cli][minutes]")
{
    MinutesCli cli;
    const Outcome result = cli.minutes({u"-o"_qs, u"minutes.odt"_qs});
    INFO("stderr: " << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString content = QString::fromUtf8(odtContent(cli.path(u"minutes.odt"_qs)));
    CHECK(content.contains(u"Tour de table des bassins"_qs));
    CHECK(content.contains(u"Rondetafel van de zorgzones"_qs));
}

TEST_CASE("minutes usage errors exit 2 and write nothing", "[cli][minutes]")
{
    MinutesCli cli;
    const auto [arguments, reason] = GENERATE(table<QStringList, QString>({
        {{u"--format"_qs, u"docx"_qs, u"-o"_qs, u"a.docx"_qs}, u"--format must be pdf, odt, html or md, not \"docx\""_qs},
        {{u"--format"_qs, u"pdf"_qs}, u"minutes needs -o OUT"_qs},
        {{u"-o"_qs, u"minutes.txt"_qs}, u"minutes needs --format pdf, odt, html or md"_qs},
        {{u"--lang"_qs, u"en"_qs, u"-o"_qs, u"a.pdf"_qs}, u"for minutes, --lang must be fr, nl or both, not \"en\""_qs},
        {{u"--layout"_qs, u"grid"_qs, u"-o"_qs, u"a.pdf"_qs}, u"--layout must be columns or sequential, not \"grid\""_qs},
        {{u"-o"_qs}, u"-o needs a value"_qs},
    }));
    requireUsageError(cli.minutes(arguments), reason);
    requireUsageError(cli.run({u"minutes"_qs, u"demo.quorum"_qs, u"-o"_qs, u"a.pdf"_qs}), u"minutes needs --meeting"_qs);
    requireUsageError(cli.run({u"agenda"_qs, u"demo.quorum"_qs, u"--meeting"_qs, u"2024-11-13"_qs, u"--layout"_qs, u"columns"_qs,
                               u"-o"_qs, u"a.pdf"_qs}),
                      u"--layout only applies to minutes."_qs);
    CHECK(cli.entries() == QStringList{u"demo.quorum"_qs});
    const Outcome help = cli.run({u"--help"_qs});
    CHECK(help.out.contains(u"quorum minutes FILE --meeting YYYY-MM-DD [--lang fr|nl|both] [--layout columns|sequential]"_qs));
}

TEST_CASE("minutes of a missing meeting or an unreadable file exit 1 and write nothing", "[cli][minutes]")
{
    MinutesCli cli;
    const Outcome missing = cli.minutes({u"-o"_qs, u"m.pdf"_qs}, u"2024-11-14"_qs);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"no meeting on 2024-11-14"_qs));
    const Outcome workspace = cli.minutes({u"--format"_qs, u"pdf"_qs, u"-o"_qs, u"demo.quorum"_qs});
    CHECK(workspace.exitCode == 1);
    CHECK(workspace.err.contains(u"is a workspace"_qs));
    CHECK(cli.entries() == QStringList{u"demo.quorum"_qs});
}
