// SPDX-License-Identifier: GPL-3.0-or-later
// quorum decisions FILE [--meeting DATE] [--council ID] [--from DATE] [--to DATE] [--search TEXT]
//                  --format json|md|pdf [-o OUT] [--lang fr|nl|both], run as a separate process:
// what it writes and where, its filters, its errors, and what it never replaces.

#include "catchqt.h"
#include "decisionhistoryfixture.h"
#include "documentcli.h"
#include "testworkspace.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QJsonObject>
#include <QStandardPaths>

using QuorumTest::readFile;
using QuorumTest::s;
using QuorumTest::writeFile;

namespace {

using QuorumTest::Outcome;
using QuorumTest::requireUsageError;

// The demo (from DocumentCli) and, beside it, history.quorum: the decisions of
// HistoryFixture, two councils over four meetings.
class DecisionsCli : public QuorumTest::DocumentCli
{
public:
    DecisionsCli()
    {
        QuorumTest::HistoryFixture fixture;
        councilA = fixture.councilId;
        councilB = fixture.councilB;
        votes = {fixture.votePriorities, fixture.voteMobility, fixture.voteBudget,
                 fixture.voteChair,      fixture.voteCharter,  fixture.voteVoices};
        fixture.workspace.reset(); // closed: written out whole, lock released
        REQUIRE(QFile::copy(fixture.path(s("test.quorum")), path(s("history.quorum"))));
    }

    // quorum decisions history.quorum <more>
    Outcome decisions(const QStringList &more) const { return run(QStringList{s("decisions"), s("history.quorum")} + more); }

    // The vote ids of the JSON the command printed.
    static QList<qint64> voteIds(const Outcome &result)
    {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        INFO("stdout: " << result.out.left(400).toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(json.object().value(s("format")).toString() == s("quorum-decisions"));
        QList<qint64> ids;
        for (const QJsonValue &decision : json.object().value(s("decisions")).toArray())
            ids << decision.toObject().value(s("vote_id")).toInteger();
        return ids;
    }

    QStringList files() const
    {
        QStringList names = entries();
        names.removeAll(s("demo.quorum"));
        names.removeAll(s("history.quorum"));
        return names;
    }

    qint64 councilA = 0;
    qint64 councilB = 0;
    QList<qint64> votes; // the six decisions, in the history's order
};

} // namespace

TEST_CASE("decisions prints the JSON history to the standard output", "[cli][decisionscli]")
{
    DecisionsCli cli;
    const Outcome result = cli.decisions({s("--format"), s("json")});
    INFO("stderr: " << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    CHECK(DecisionsCli::voteIds(result) == cli.votes);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(root.value(s("version")).toInt() == 1);
    const QJsonObject first = root.value(s("decisions")).toArray().at(1).toObject();
    CHECK(first.value(s("question")).toObject().value(s("fr")).toString() == s("Créer le groupe Mobilité ?"));
    CHECK(first.value(s("meeting")).toObject().value(s("date")).toString() == s("2024-11-13"));
    CHECK(first.value(s("outcome")).toString() == s("adopted"));
    CHECK_FALSE(first.value(s("explanation")).toObject().value(s("nl")).toString().isEmpty());
    // Never who voted what.
    CHECK_FALSE(result.out.contains(s("Secretvoter")));
    CHECK_FALSE(result.out.contains(s("Stillvoter")));
    // Nothing written to disk.
    CHECK(cli.files().isEmpty());
}

TEST_CASE("decisions filters by council and meeting and period and words", "[cli][decisionscli]")
{
    DecisionsCli cli;
    const QStringList json{s("--format"), s("json")};
    const QList<qint64> &v = cli.votes; // priorities, mobility, budget, chair, charter, voices
    CHECK(DecisionsCli::voteIds(cli.decisions(json + QStringList{s("--council"), QString::number(cli.councilB)}))
          == QList<qint64>({v[0], v[4], v[5]}));
    CHECK(DecisionsCli::voteIds(cli.decisions(json + QStringList{s("--meeting"), s("2024-11-13")})) == QList<qint64>({v[0], v[1], v[2]}));
    CHECK(DecisionsCli::voteIds(cli.decisions(json + QStringList{s("--meeting=2024-11-13"), s("--council"), QString::number(cli.councilA)}))
          == QList<qint64>({v[1], v[2]}));
    CHECK(DecisionsCli::voteIds(cli.decisions(json + QStringList{s("--from"), s("2025-01-01")})) == QList<qint64>({v[3], v[4], v[5]}));
    CHECK(DecisionsCli::voteIds(cli.decisions(json + QStringList{s("--to"), s("2024-12-31")})) == QList<qint64>({v[0], v[1], v[2]}));
    CHECK(DecisionsCli::voteIds(cli.decisions(json + QStringList{s("--from"), s("2025-03-05"), s("--to=2025-03-05")}))
          == QList<qint64>({v[3]}));
    CHECK(DecisionsCli::voteIds(cli.decisions(json + QStringList{s("--search"), s("MOBILITE")})) == QList<qint64>({v[1]}));
    CHECK(DecisionsCli::voteIds(cli.decisions(json + QStringList{s("--search"), s("calendrier serré")})) == QList<qint64>({v[1]}));
    // Every word must match: nothing has both, and that is not an error.
    const Outcome none = cli.decisions(json + QStringList{s("--search"), s("calendrier logement")});
    CHECK(none.exitCode == 0);
    CHECK(DecisionsCli::voteIds(none).isEmpty());
}

TEST_CASE("decisions writes Markdown to a file or to the standard output", "[cli][decisionscli]")
{
    DecisionsCli cli;
    const Outcome written = cli.decisions({s("--format"), s("md"), s("-o"), s("history.md")});
    INFO("stderr: " << written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.err.isEmpty());
    // "decision(s)" until quorum_en.ts gives the English plural: only the count is checked.
    CHECK(written.out.startsWith(s("Wrote 6 decision")));
    CHECK(written.out.trimmed().endsWith(s("history.md.")));
    const QString md = QString::fromUtf8(readFile(cli.path(s("history.md")))).remove(u'\\');
    CHECK(md.startsWith(s("# Historique des décisions / Beslissingsgeschiedenis")));
    CHECK(md.contains(s("Créer le groupe Mobilité\u00a0?"))); // French typography in documents
    CHECK(md.contains(s("Le calendrier est trop serré")));
    CHECK(md.contains(s("Reporter à septembre")));
    CHECK(cli.files() == QStringList{s("history.md")});

    // Without -o, to the standard output; one language with --lang.
    const Outcome printed = cli.decisions({s("--format"), s("md"), s("--lang"), s("nl"), s("--council"), QString::number(cli.councilB)});
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.startsWith(s("# Beslissingsgeschiedenis")));
    CHECK(printed.out.contains(s("Raad voor geestelijke gezondheid")));
    CHECK(printed.out.contains(s("Bezwaren en tegenvoorstellen")));
    CHECK_FALSE(printed.out.contains(s("Historique des décisions")));
    CHECK_FALSE(printed.out.contains(s("Créer le groupe Mobilité")));
    CHECK(cli.files() == QStringList{s("history.md")});
}

TEST_CASE("decisions writes a PDF and takes the format from the output name", "[cli][decisionscli]")
{
    DecisionsCli cli;
    const Outcome pdf = cli.decisions({s("-o"), s("history.pdf"), s("--lang"), s("fr")});
    INFO("stderr: " << pdf.err.toStdString());
    REQUIRE(pdf.exitCode == 0);
    CHECK(pdf.out.startsWith(s("Wrote 6 decision")));
    const QByteArray bytes = readFile(cli.path(s("history.pdf")));
    CHECK(bytes.startsWith("%PDF-1."));
    if (QStandardPaths::findExecutable(s("pdftotext")).isEmpty()) {
        WARN("pdftotext is not installed: the PDF's text is not checked");
    } else {
        const QString text = QuorumTest::pdfText(cli.path(s("history.pdf")));
        CHECK(text.contains(s("Historique des décisions")));
        CHECK(text.contains(s("Élection de la présidence")));
        CHECK(text.contains(s("Objections et contre-propositions")));
        CHECK_FALSE(text.contains(s("Beslissingsgeschiedenis")));

        // Side by side, each fact's label stays whole in the narrower French column.
        REQUIRE(cli.decisions({s("-o"), s("both.pdf"), s("--lang"), s("both")}).exitCode == 0);
        const QString both = QuorumTest::pdfText(cli.path(s("both.pdf")));
        CHECK(both.contains(s("Proposition")));
        CHECK(both.contains(s("Voorstel")));
        CHECK_FALSE(both.contains(QRegularExpression(s("Propositio\\s*\\n\\s*n\\b"))));
        CHECK_FALSE(both.contains(QRegularExpression(s("Propositio\\s"))));
        QFile::remove(cli.path(s("both.pdf")));
    }

    const Outcome json = cli.decisions({s("-o"), s("history.json"), s("--meeting"), s("2025-06-04")});
    REQUIRE(json.exitCode == 0);
    CHECK(json.out.startsWith(s("Wrote 2 decision")));
    const QJsonObject root = QJsonDocument::fromJson(readFile(cli.path(s("history.json")))).object();
    CHECK(root.value(s("format")).toString() == s("quorum-decisions"));
    REQUIRE(root.value(s("decisions")).toArray().size() == 2);
    CHECK(root.value(s("decisions")).toArray().at(0).toObject().value(s("vote_id")).toInteger() == cli.votes.at(4));
    CHECK(root.value(s("decisions")).toArray().at(1).toObject().value(s("vote_id")).toInteger() == cli.votes.at(5));
    CHECK(cli.files() == QStringList({s("history.json"), s("history.pdf")}));
}

TEST_CASE("decisions of a day without a meeting or of an unknown council exit 1", "[cli][decisionscli]")
{
    DecisionsCli cli;
    const Outcome noMeeting = cli.decisions({s("--format"), s("json"), s("--meeting"), s("2024-11-14")});
    CHECK(noMeeting.exitCode == 1);
    CHECK(noMeeting.out.isEmpty());
    REQUIRE(noMeeting.errLines().size() == 1);
    CHECK(noMeeting.errLines().first() == s("quorum: history.quorum: no meeting on 2024-11-14 in this workspace."));

    // Council B did not meet on 5 March 2025; council A did.
    const Outcome otherCouncil = cli.decisions(
        {s("--format"), s("md"), s("--meeting"), s("2025-03-05"), s("--council"), QString::number(cli.councilB)});
    CHECK(otherCouncil.exitCode == 1);
    CHECK(otherCouncil.out.isEmpty());
    CHECK(otherCouncil.err.contains(s("council %1 has no meeting on 2025-03-05").arg(cli.councilB)));

    const Outcome noCouncil = cli.decisions({s("--format"), s("json"), s("--council"), s("999")});
    CHECK(noCouncil.exitCode == 1);
    CHECK(noCouncil.out.isEmpty());
    CHECK(noCouncil.err.contains(s("no council with id 999")));
    CHECK(cli.files().isEmpty());
}

TEST_CASE("decisions of a missing or unreadable file exit 1 and write nothing", "[cli][decisionscli]")
{
    DecisionsCli cli;
    const Outcome missing = cli.run({s("decisions"), s("missing.quorum"), s("--format"), s("json"), s("-o"), s("out.json")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.isEmpty());
    REQUIRE(missing.errLines().size() == 1);
    CHECK(missing.errLines().first().startsWith(s("quorum: ")));
    CHECK(missing.err.contains(s("missing.quorum")));

    REQUIRE(writeFile(cli.path(s("notes.quorum")), "not a workspace at all"));
    const Outcome junk = cli.run({s("decisions"), s("notes.quorum"), s("--format"), s("md")});
    CHECK(junk.exitCode == 1);
    CHECK(junk.out.isEmpty());
    CHECK_FALSE(junk.err.isEmpty());
    CHECK(cli.files() == QStringList{s("notes.quorum")});
}

TEST_CASE("decisions usage errors exit 2 and write nothing", "[cli][decisionscli]")
{
    DecisionsCli cli;
    const auto [arguments, reason] = GENERATE(table<QStringList, QString>({
        {{s("--format"), s("html")}, s("for decisions, --format must be json, md or pdf, not \"html\"")},
        {{s("--format"), s("docx"), s("-o"), s("a.docx")}, s("for decisions, --format must be json, md or pdf, not \"docx\"")},
        {QStringList{}, s("decisions needs --format json, md or pdf (or an OUT ending in .json, .md or .pdf)")},
        {{s("-o"), s("history.txt")}, s("decisions needs --format json, md or pdf")},
        {{s("--format"), s("pdf")}, s("decisions needs -o OUT for a PDF")},
        {{s("--format"), s("json"), s("--from"), s("2025-02-30")}, s("--from needs a date written as YYYY-MM-DD, not \"2025-02-30\"")},
        {{s("--format"), s("json"), s("--to"), s("June")}, s("--to needs a date written as YYYY-MM-DD, not \"June\"")},
        {{s("--format"), s("json"), s("--from"), s("2025-06-01"), s("--to"), s("2025-01-01")}, s("--from 2025-06-01 comes after --to 2025-01-01")},
        {{s("--format"), s("json"), s("--council"), s("abc")}, s("--council needs the id of a council, a whole number, not \"abc\"")},
        {{s("--format"), s("json"), s("--meeting"), s("13/11/2024")}, s("--meeting needs a date")},
        {{s("--format"), s("json"), s("--lang"), s("en")}, s("for decisions, --lang must be fr, nl or both, not \"en\"")},
        {{s("--format"), s("json"), s("--search")}, s("--search needs a value")},
    }));
    requireUsageError(cli.decisions(arguments), reason);
    requireUsageError(cli.run({s("decisions"), s("--format"), s("json")}), s("decisions takes 1 file argument"));
    // The filters belong to decisions alone.
    requireUsageError(cli.run({s("agenda"), s("demo.quorum"), s("--meeting"), s("2024-11-13"), s("--search"), s("x"), s("-o"), s("a.pdf")}),
                      s("--council, --from, --to and --search only apply to decisions."));
    requireUsageError(cli.run({s("check"), s("demo.quorum"), s("--council"), s("1")}),
                      s("--council, --from, --to and --search only apply to decisions."));
    CHECK(cli.files().isEmpty());
}

TEST_CASE("decisions replaces an earlier export but never a workspace", "[cli][decisionscli]")
{
    DecisionsCli cli;
    REQUIRE(writeFile(cli.path(s("history.json")), "an older export"));
    const Outcome replaced = cli.decisions({s("-o"), s("history.json")});
    REQUIRE(replaced.exitCode == 0);
    CHECK(QJsonDocument::fromJson(readFile(cli.path(s("history.json")))).object().value(s("decisions")).toArray().size() == 6);

    const QByteArray workspace = readFile(cli.path(s("history.quorum")));
    const QByteArray demo = readFile(cli.path(s("demo.quorum")));
    const QString format = GENERATE(s("json"), s("md"), s("pdf"));
    for (const QString &target : {s("history.quorum"), s("demo.quorum")}) {
        INFO("format " << format.toStdString() << " over " << target.toStdString());
        const Outcome refused = cli.decisions({s("--format"), format, s("-o"), target});
        CHECK(refused.exitCode == 1);
        CHECK(refused.out.isEmpty());
        REQUIRE(refused.errLines().size() == 1);
        CHECK(refused.err.contains(s("is a workspace")));
    }
    CHECK(readFile(cli.path(s("history.quorum"))) == workspace);
    CHECK(readFile(cli.path(s("demo.quorum"))) == demo);
    CHECK(cli.files() == QStringList{s("history.json")});
}

TEST_CASE("decisions reads the demo workspace and is listed in the help", "[cli][decisionscli]")
{
    DecisionsCli cli;
    const Outcome demo = cli.run({s("decisions"), s("demo.quorum"), s("--format"), s("json")});
    INFO("stderr: " << demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(demo.out.toUtf8()).object();
    CHECK(root.value(s("format")).toString() == s("quorum-decisions"));
    for (const QJsonValue &decision : root.value(s("decisions")).toArray()) {
        CHECK_FALSE(decision.toObject().value(s("outcome")).toString().isEmpty());
        CHECK(decision.toObject().value(s("rule")).toObject().value(s("code")).isString());
    }

    const Outcome help = cli.run({s("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(s("quorum decisions FILE [--meeting YYYY-MM-DD] [--council ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]")));
    CHECK(help.out.contains(s("[--search TEXT] [--lang fr|nl|both] [--format json|md|pdf] [-o OUT]")));
}

TEST_CASE("decisions JSON states each meeting's quorum", "[cli][decisionscli]")
{
    DecisionsCli cli;
    const Outcome demo = cli.run({s("decisions"), s("demo.quorum"), s("--format"), s("json")});
    INFO("stderr: " << demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QJsonArray decisions = QJsonDocument::fromJson(demo.out.toUtf8()).object().value(s("decisions")).toArray();
    REQUIRE_FALSE(decisions.isEmpty());
    QHash<qint64, QJsonObject> byMeeting;
    for (const QJsonValue &decision : decisions) {
        const QJsonObject meeting = decision.toObject().value(s("meeting")).toObject();
        INFO(QJsonDocument(meeting).toJson().toStdString());
        // The demo's planned meeting of 18 November 2025 holds votes but no attendance.
        if (meeting.value(s("date")).toString() == s("2025-11-18")) {
            CHECK(meeting.value(s("quorum")).isNull());
            continue;
        }
        const QJsonObject quorum = meeting.value(s("quorum")).toObject();
        REQUIRE(quorum.keys() == QStringList{s("members"), s("met"), s("present"), s("represented"), s("required"), s("rule")});
        CHECK(quorum.value(s("rule")).toString() == s("mandatory_majority")); // the demo councils' rule
        const int members = quorum.value(s("members")).toInt();
        const int present = quorum.value(s("present")).toInt();
        const int required = quorum.value(s("required")).toInt();
        CHECK(required == members / 2 + 1);
        CHECK(quorum.value(s("represented")).toInt() <= present);
        CHECK(present <= members);
        CHECK(quorum.value(s("met")).toBool() == (present >= required));
        // One meeting, one quorum, whichever of its decisions carries it.
        const qint64 id = meeting.value(s("id")).toInteger();
        if (byMeeting.contains(id))
            CHECK(byMeeting.value(id) == quorum);
        byMeeting.insert(id, quorum);
        if (meeting.value(s("date")).toString() == s("2025-07-01"))
            CHECK(quorum == QJsonObject{{s("rule"), s("mandatory_majority")}, {s("members"), 10}, {s("present"), 6},
                                        {s("represented"), 1}, {s("required"), 6}, {s("met"), true}});
    }
    CHECK(byMeeting.size() == 2);
}
