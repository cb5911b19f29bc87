// SPDX-License-Identifier: GPL-3.0-or-later
// The command line, run as a separate process exactly as users and scripts run it: exit
// codes, what goes to stdout and stderr, and what is (and is not) left on disk.

#include "catchqt.h"
#include "testworkspace.h"

#include "workspace.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using QuorumTest::readFile;
using QuorumTest::writeFile;

namespace {

constexpr int timeoutMs = 60000;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    // The non-empty lines the program wrote to stderr.
    QStringList errLines() const { return errText().split(u'\n', Qt::SkipEmptyParts); }
};

// A scratch folder to work in and a separate home, so that the program under test never
// reads or writes the settings of whoever runs the tests.
class Cli
{
public:
    Cli()
    {
        REQUIRE(m_home.isValid());
        REQUIRE(m_runtime.isValid());
        REQUIRE(m_work.isValid());
    }

    Run run(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        // Messages in the interface's source language, whatever the machine's locale.
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_work.path());
        process.start(QStringLiteral(QUORUM_EXECUTABLE), arguments);
        INFO("quorum " << arguments.join(u' ').toStdString());
        INFO(process.errorString().toStdString());
        REQUIRE(process.waitForStarted(timeoutMs));
        REQUIRE(process.waitForFinished(timeoutMs));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString path(const QString &name) const { return m_work.filePath(name); }
    QStringList entries() const
    {
        return QDir(m_work.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                             QDir::Name);
    }

    // Writes the demo workspace with the program itself.
    QString demo(const QString &name = QStringLiteral("demo.quorum")) const
    {
        const Run result = run({QStringLiteral("demo"), name});
        INFO(result.errText().toStdString());
        REQUIRE(result.exitCode == 0);
        REQUIRE(QFileInfo::exists(path(name)));
        return path(name);
    }

    QByteArray exportJson(const QString &workspace, const QString &jsonName) const
    {
        const Run result = run({QStringLiteral("export-json"), workspace, jsonName});
        INFO(result.errText().toStdString());
        REQUIRE(result.exitCode == 0);
        const QByteArray json = readFile(path(jsonName));
        REQUIRE(!json.isEmpty());
        return json;
    }

private:
    QTemporaryDir m_home;
    QTemporaryDir m_runtime;
    QTemporaryDir m_work;
};

// Checks a usage error: exit code 2, nothing on stdout, the reason and the usage on stderr.
void requireUsageError(const Cli &cli, const QStringList &arguments, const QString &reason)
{
    const Run result = cli.run(arguments);
    INFO("quorum " << arguments.join(u' ').toStdString());
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(result.errText().startsWith(u"quorum: "));
    CHECK(result.errText().contains(reason));
    CHECK(result.errText().contains(u"Usage:"));
}

// Checks a refused `check`: exit code 1, exactly one line on stderr naming the file and
// saying why, and the file's bytes untouched.
void requireCheckFailure(const Cli &cli, const QString &name, const QString &reason)
{
    const QByteArray before = readFile(cli.path(name));
    const QStringList entries = cli.entries();
    const Run result = cli.run({QStringLiteral("check"), name});
    INFO("checking " << name.toStdString() << ", stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    REQUIRE(result.errLines().size() == 1);
    CHECK(result.errLines().first().startsWith(u"quorum: "));
    CHECK(result.errLines().first().contains(name));
    CHECK(result.errLines().first().contains(reason));
    CHECK(readFile(cli.path(name)) == before);
    CHECK(cli.entries() == entries);
}

// Runs SQL on a file through a connection of its own, closed and removed afterwards.
void execSql(const QString &path, const QStringList &statements)
{
    const QString connection = QStringLiteral("tst_commandline-%1").arg(quintptr(&path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(query.exec(statement));
            query.finish();
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

// Replaces one field of one record of an exported workspace.
QByteArray withRecordField(const QByteArray &json, const QString &section, int index, const QString &field,
                           const QJsonValue &value)
{
    QJsonObject root = parseObject(json);
    QJsonArray records = root.value(section).toArray();
    REQUIRE(records.size() > index);
    QJsonObject record = records.at(index).toObject();
    record.insert(field, value);
    records.replace(index, record);
    root.insert(section, records);
    return QJsonDocument(root).toJson();
}

} // namespace

TEST_CASE("The version and help commands exit 0", "[cli]")
{
    Cli cli;
    const Run version = cli.run({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.outText().trimmed() == QStringLiteral("quorum " QUORUM_VERSION));
    CHECK(version.err.isEmpty());

    const Run help = cli.run({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.outText().startsWith(u"Usage:"));
    for (const char *command : {"demo", "check", "export-json", "import-json", "generate", "--screenshot"})
        CHECK(help.outText().contains(QString::fromLatin1(command)));
    CHECK(help.err.isEmpty());
}

TEST_CASE("Usage errors on the command line exit 2 with the reason on stderr", "[cli]")
{
    Cli cli;
    requireUsageError(cli, {QStringLiteral("--frobnicate")}, QStringLiteral("unknown option --frobnicate"));
    requireUsageError(cli, {QStringLiteral("check")}, QStringLiteral("check takes 1 file"));
    requireUsageError(cli, {QStringLiteral("export-json"), QStringLiteral("a.quorum")},
                      QStringLiteral("export-json takes 2 file"));
    requireUsageError(cli, {QStringLiteral("--lang"), QStringLiteral("de")}, QStringLiteral("\"de\""));
    requireUsageError(cli, {QStringLiteral("--demo"), QStringLiteral("FILE")},
                      QStringLiteral("--demo and a FILE cannot be combined"));
    requireUsageError(cli, {QStringLiteral("generate"), QStringLiteral("x"), QStringLiteral("--years"), QStringLiteral("0")},
                      QStringLiteral("--years must be a whole number from 1 to 50"));
    requireUsageError(cli, {QStringLiteral("--years"), QStringLiteral("3")},
                      QStringLiteral("--years and --seed only apply to generate"));
    requireUsageError(cli,
                      {QStringLiteral("--view"), QStringLiteral("nonsense"), QStringLiteral("--screenshot"),
                       QStringLiteral("x.png")},
                      QStringLiteral("unknown view \"nonsense\""));
    // Nothing was written by any of them.
    CHECK(cli.entries().isEmpty());
}

TEST_CASE("The demo command writes a sound workspace and never overwrites it", "[cli]")
{
    Cli cli;
    const QString demo = cli.demo(QStringLiteral("demo.quorum"));

    const Run checked = cli.run({QStringLiteral("check"), QStringLiteral("demo.quorum")});
    CHECK(checked.exitCode == 0);
    CHECK(checked.outText().contains(u"demo.quorum"));
    CHECK(checked.err.isEmpty());

    const QByteArray before = readFile(demo);
    REQUIRE(!before.isEmpty());
    const Run again = cli.run({QStringLiteral("demo"), QStringLiteral("demo.quorum")});
    CHECK(again.exitCode == 1);
    REQUIRE(again.errLines().size() == 1);
    CHECK(again.errText().contains(u"already exists"));
    CHECK(readFile(demo) == before);
}

TEST_CASE("The check command refuses non-workspaces with one line naming the file", "[cli]")
{
    Cli cli;
    SECTION("a missing file")
    {
        requireCheckFailure(cli, QStringLiteral("missing.quorum"), QStringLiteral("no such file"));
    }
    SECTION("an empty file")
    {
        REQUIRE(writeFile(cli.path(QStringLiteral("empty.quorum")), {}));
        requireCheckFailure(cli, QStringLiteral("empty.quorum"), QStringLiteral("empty"));
    }
    SECTION("a text file")
    {
        REQUIRE(writeFile(cli.path(QStringLiteral("notes.txt")), "Ordre du jour\nAccueil\n"));
        requireCheckFailure(cli, QStringLiteral("notes.txt"), QStringLiteral("not an SQLite database"));
    }
    SECTION("a folder")
    {
        REQUIRE(QDir(cli.path(QString())).mkdir(QStringLiteral("folder.quorum")));
        requireCheckFailure(cli, QStringLiteral("folder.quorum"), QStringLiteral("not a file"));
    }
    SECTION("a text file as long as an SQLite header")
    {
        REQUIRE(writeFile(cli.path(QStringLiteral("long.txt")), QByteArray(4096, 'x')));
        requireCheckFailure(cli, QStringLiteral("long.txt"), QStringLiteral("not an SQLite database"));
    }
}

TEST_CASE("The file commands refuse a folder that does not exist", "[cli]")
{
    Cli cli;
    const QString demo = cli.demo(QStringLiteral("demo.quorum"));
    cli.exportJson(QStringLiteral("demo.quorum"), QStringLiteral("demo.json"));
    const QStringList before = cli.entries();
    const QList<QStringList> commands{
        {QStringLiteral("demo"), QStringLiteral("missing/out.quorum")},
        {QStringLiteral("export-json"), QStringLiteral("demo.quorum"), QStringLiteral("missing/out.json")},
        {QStringLiteral("import-json"), QStringLiteral("demo.json"), QStringLiteral("missing/out.quorum")},
        {QStringLiteral("generate"), QStringLiteral("missing/out.quorum"), QStringLiteral("--years"), QStringLiteral("1")},
    };
    for (const QStringList &arguments : commands) {
        const Run result = cli.run(arguments);
        INFO("quorum " << arguments.join(u' ').toStdString() << ": " << result.errText().toStdString());
        CHECK(result.exitCode == 1);
        REQUIRE(result.errLines().size() == 1);
        CHECK(result.errText().contains(u"missing/out."));
    }
    CHECK(cli.entries() == before);
}

TEST_CASE("The check command refuses a foreign SQLite database", "[cli]")
{
    Cli cli;
    execSql(cli.path(QStringLiteral("foreign.db")),
            {QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)"),
             QStringLiteral("INSERT INTO note (text) VALUES ('bonjour')")});
    requireCheckFailure(cli, QStringLiteral("foreign.db"), QStringLiteral("not a Quorum workspace"));
}

TEST_CASE("The check command refuses a workspace from a newer version", "[cli]")
{
    Cli cli;
    const QString path = cli.demo(QStringLiteral("newer.quorum"));
    execSql(path, {QStringLiteral("PRAGMA user_version = 99")});
    requireCheckFailure(cli, QStringLiteral("newer.quorum"), QStringLiteral("newer version"));
    // The message says which version the file has, so support can tell what happened.
    CHECK(cli.run({QStringLiteral("check"), QStringLiteral("newer.quorum")}).errText().contains(u"99"));
}

TEST_CASE("The check command refuses a truncated workspace", "[cli]")
{
    Cli cli;
    const QByteArray whole = readFile(cli.demo(QStringLiteral("whole.quorum")));
    REQUIRE(whole.size() > 8192);
    REQUIRE(writeFile(cli.path(QStringLiteral("half.quorum")), whole.left(whole.size() / 2)));
    requireCheckFailure(cli, QStringLiteral("half.quorum"), QStringLiteral("damaged"));
}

// SQLite creates FILE-wal and FILE-shm even for a read-only reader of a WAL-mode file; a
// check must still leave the folder as it found it.
TEST_CASE("The check command leaves no files behind", "[cli]")
{
    Cli cli;
    cli.demo(QStringLiteral("demo.quorum"));
    const QStringList before = cli.entries();
    REQUIRE(before == QStringList{QStringLiteral("demo.quorum")});
    const Run checked = cli.run({QStringLiteral("check"), QStringLiteral("demo.quorum")});
    REQUIRE(checked.exitCode == 0);
    CHECK(cli.entries() == before);
}

TEST_CASE("The export and import commands round trip to the same bytes", "[cli]")
{
    Cli cli;
    cli.demo(QStringLiteral("demo.quorum"));
    const QByteArray first = cli.exportJson(QStringLiteral("demo.quorum"), QStringLiteral("first.json"));
    CHECK(parseObject(first).value(u"format"_qs).toString() == u"quorum-workspace"_qs);

    const Run imported = cli.run({QStringLiteral("import-json"), QStringLiteral("first.json"), QStringLiteral("copy.quorum")});
    INFO(imported.errText().toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(cli.run({QStringLiteral("check"), QStringLiteral("copy.quorum")}).exitCode == 0);

    const QByteArray second = cli.exportJson(QStringLiteral("copy.quorum"), QStringLiteral("second.json"));
    CHECK(second == first);
}

TEST_CASE("The import command refuses to replace an existing file", "[cli]")
{
    Cli cli;
    cli.demo(QStringLiteral("demo.quorum"));
    cli.exportJson(QStringLiteral("demo.quorum"), QStringLiteral("demo.json"));
    const QByteArray json = readFile(cli.path(QStringLiteral("demo.json")));

    for (const char *target : {"demo.quorum", "demo.json"}) {
        const QString name = QString::fromLatin1(target);
        const QByteArray before = readFile(cli.path(name));
        const Run result = cli.run({QStringLiteral("import-json"), QStringLiteral("demo.json"), name});
        INFO(name.toStdString() << ": " << result.errText().toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.errLines().size() == 1);
        CHECK(result.errText().contains(u"already exists"));
        CHECK(readFile(cli.path(name)) == before);
    }
    CHECK(readFile(cli.path(QStringLiteral("demo.json"))) == json);
    CHECK(cli.entries() == QStringList{QStringLiteral("demo.json"), QStringLiteral("demo.quorum")});
}

TEST_CASE("The import command leaves no file behind for bad JSON", "[cli]")
{
    Cli cli;
    cli.demo(QStringLiteral("demo.quorum"));
    const QByteArray good = cli.exportJson(QStringLiteral("demo.quorum"), QStringLiteral("demo.json"));
    const QJsonArray people = parseObject(good).value(u"people"_qs).toArray();
    REQUIRE(!people.isEmpty());

    QByteArray bad;
    QString reason;
    SECTION("malformed JSON")
    {
        bad = "{\"format\": ";
        reason = QStringLiteral("not valid JSON");
    }
    SECTION("a wrong format tag")
    {
        QJsonObject root = parseObject(good);
        root.insert(u"format"_qs, u"agenda-export"_qs);
        bad = QJsonDocument(root).toJson();
        reason = QStringLiteral("\"format\"");
    }
    SECTION("an unknown field")
    {
        bad = withRecordField(good, QStringLiteral("people"), 0, QStringLiteral("nickname"), u"Cla"_qs);
        reason = QStringLiteral("unknown field \"nickname\"");
    }
    SECTION("a membership whose person does not exist")
    {
        bad = withRecordField(good, QStringLiteral("memberships"), 0, QStringLiteral("person_id"), 999999);
        reason = QStringLiteral("memberships[0]");
    }
    SECTION("dots counted above what the voters present could place")
    {
        // voteTallies[20]: the dot vote's first option, in a room of 40 with 3 dots each.
        bad = withRecordField(good, QStringLiteral("voteTallies"), 20, QStringLiteral("votes_for"), 500);
        reason = QStringLiteral("vote 4 (meeting 2025-11-18): 500 votes counted");
    }
    REQUIRE(writeFile(cli.path(QStringLiteral("bad.json")), bad));
    const QStringList before = cli.entries();

    const Run result = cli.run({QStringLiteral("import-json"), QStringLiteral("bad.json"), QStringLiteral("out.quorum")});
    INFO(result.errText().toStdString());
    CHECK(result.exitCode == 1);
    REQUIRE(result.errLines().size() == 1);
    CHECK(result.errText().contains(u"bad.json"));
    CHECK(result.errText().contains(reason));
    CHECK(!QFileInfo::exists(cli.path(QStringLiteral("out.quorum"))));
    const QStringList after = cli.entries();
    CHECK(after.filter(QStringLiteral(".partial")).isEmpty());
    CHECK(after.filter(QStringLiteral("out.quorum")).isEmpty());
    CHECK(after == before);
}

TEST_CASE("The generate command is reproducible for a seed", "[cli]")
{
    Cli cli;
    const QStringList args{QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("7")};
    const Run first = cli.run(QStringList{QStringLiteral("generate"), QStringLiteral("a.quorum")} + args);
    INFO(first.errText().toStdString());
    REQUIRE(first.exitCode == 0);
    const QRegularExpression summary(QStringLiteral("(\\d+) councils, (\\d+) people, (\\d+) meetings"));
    const QRegularExpressionMatch match = summary.match(first.outText());
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).toInt() > 0);
    CHECK(match.captured(2).toInt() > 0);
    CHECK(match.captured(3).toInt() > 0);
    CHECK(cli.run({QStringLiteral("check"), QStringLiteral("a.quorum")}).exitCode == 0);

    REQUIRE(cli.run(QStringList{QStringLiteral("generate"), QStringLiteral("b.quorum")} + args).exitCode == 0);
    REQUIRE(cli.run({QStringLiteral("generate"), QStringLiteral("c.quorum"), QStringLiteral("--years"), QStringLiteral("1"),
                     QStringLiteral("--seed"), QStringLiteral("8")})
                .exitCode == 0);

    const QByteArray a = cli.exportJson(QStringLiteral("a.quorum"), QStringLiteral("a.json"));
    const QByteArray b = cli.exportJson(QStringLiteral("b.quorum"), QStringLiteral("b.json"));
    const QByteArray c = cli.exportJson(QStringLiteral("c.quorum"), QStringLiteral("c.json"));
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("The generate command never replaces an existing file", "[cli]")
{
    Cli cli;
    const QByteArray before = readFile(cli.demo(QStringLiteral("demo.quorum")));
    const Run result = cli.run({QStringLiteral("generate"), QStringLiteral("demo.quorum"), QStringLiteral("--years"),
                                QStringLiteral("1")});
    CHECK(result.exitCode == 1);
    CHECK(result.errText().contains(u"already exists"));
    CHECK(readFile(cli.path(QStringLiteral("demo.quorum"))) == before);
    CHECK(cli.entries() == QStringList{QStringLiteral("demo.quorum")});
}

TEST_CASE("The export command reads a workspace that is open in another process", "[cli]")
{
    Cli cli;
    const QString path = cli.demo(QStringLiteral("shared.quorum"));
    auto opened = Quorum::Workspace::open(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    std::unique_ptr<Quorum::Workspace> workspace = opened.take();
    // An edit the app has written must be in the export taken while it is open.
    const qint64 personId = workspace->records(Quorum::Entity::Person).first().id;
    REQUIRE(workspace->setValue(Quorum::Entity::Person, personId, QStringLiteral("name"), QStringLiteral("Renamed While Open")).ok());

    const Run exported = cli.run({QStringLiteral("export-json"), QStringLiteral("shared.quorum"), QStringLiteral("out.json")});
    INFO(exported.errText().toStdString());
    CHECK(exported.exitCode == 0);
    CHECK(readFile(cli.path(QStringLiteral("out.json"))).contains("Renamed While Open"));
    // The app still holds its lock and can go on editing.
    CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK(workspace->setValue(Quorum::Entity::Person, personId, QStringLiteral("name"), QStringLiteral("Edited Again")).ok());
}

TEST_CASE("The export command never writes over a workspace", "[cli]")
{
    Cli cli;
    const QByteArray before = readFile(cli.demo(QStringLiteral("demo.quorum")));
    const Run self = cli.run({QStringLiteral("export-json"), QStringLiteral("demo.quorum"), QStringLiteral("demo.quorum")});
    CHECK(self.exitCode == 1);
    CHECK(self.errText().contains(u"is a workspace"));
    CHECK(readFile(cli.path(QStringLiteral("demo.quorum"))) == before);

    const QByteArray other = readFile(cli.demo(QStringLiteral("other.quorum")));
    const Run onto = cli.run({QStringLiteral("export-json"), QStringLiteral("demo.quorum"), QStringLiteral("other.quorum")});
    CHECK(onto.exitCode == 1);
    CHECK(readFile(cli.path(QStringLiteral("other.quorum"))) == other);

    // An older export is just a file to refresh.
    REQUIRE(writeFile(cli.path(QStringLiteral("old.json")), "{}"));
    const Run refresh = cli.run({QStringLiteral("export-json"), QStringLiteral("demo.quorum"), QStringLiteral("old.json")});
    CHECK(refresh.exitCode == 0);
    CHECK(readFile(cli.path(QStringLiteral("old.json"))).startsWith("{\n    \"agendaItems\""));
}

TEST_CASE("The screenshot command renders every view of the demo", "[cli][screenshot]")
{
    Cli cli;
    QList<QImage> images;
    for (const char *view : {"council", "members", "meetings", "agenda", "workshops"}) {
        const QString name = QString::fromLatin1(view) + u".png";
        const Run result = cli.run({QStringLiteral("--demo"), QStringLiteral("--screenshot"), name, QStringLiteral("--view"),
                                    QString::fromLatin1(view), QStringLiteral("--lang"), QStringLiteral("nl")});
        INFO("view " << view << ", stderr: " << result.errText().toStdString());
        CHECK(result.exitCode == 0);
        QImage image;
        REQUIRE(image.load(cli.path(name), "PNG"));
        CHECK(image.width() >= 1000);
        CHECK(image.height() >= 700);
        images.append(image);
    }
    // Each view shows something else.
    for (qsizetype i = 0; i < images.size(); ++i)
        for (qsizetype j = i + 1; j < images.size(); ++j) {
            INFO("views " << i << " and " << j);
            CHECK(images.at(i) != images.at(j));
        }
}

TEST_CASE("The screenshot command fails with a message on a file that is not a workspace", "[cli][screenshot]")
{
    Cli cli;
    REQUIRE(writeFile(cli.path(QStringLiteral("notes.txt")), "Ordre du jour\n"));
    const Run result = cli.run({QStringLiteral("notes.txt"), QStringLiteral("--screenshot"), QStringLiteral("out.png")});
    INFO(result.errText().toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.errText().contains(u"notes.txt"));
    CHECK(result.errText().contains(u"not a Quorum workspace"));
    CHECK(!QFileInfo::exists(cli.path(QStringLiteral("out.png"))));
}
