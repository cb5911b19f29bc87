// SPDX-License-Identifier: GPL-3.0-or-later
// Recording in the room on a ten-year workspace: a check-in, a named ballot and a typed
// count, each through the core call the panels make, then with the check-in list and the
// vote panel following it (the panels' deferred updates run before the clock stops).
// Printed next to the bare durable write SQLite does for one changed row of the same table
// with Quorum's durability (WAL, synchronous=FULL, BEGIN IMMEDIATE … COMMIT), on a copy of
// the workspace in the same folder, one right after each recording: p50 and p99 of both and
// their ratios. (The earlier baseline never synced: p50 0.01 ms.)
//
//     bench_recording [WORKSPACE.quorum] [--rounds N]
//
// Without a workspace, a ten-year one is generated in a temporary folder first (not timed).
// A given workspace is never changed: the recordings go to a copy (Save As).

#include "attendancepanel.h"
#include "clock.h"
#include "decisions/votes.h"
#include "generator.h"
#include "models/attendancemodel.h"
#include "votepanel.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <vector>

using namespace Quorum;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_recording: %s\n", qPrintable(message));
    std::exit(1);
}

template<typename T>
T must(Result<T> result)
{
    if (!result)
        die(result.error());
    if constexpr (!std::is_void_v<T>)
        return std::move(result.value());
}

struct Samples
{
    std::vector<double> core; // the core call alone, ms
    std::vector<double> shown; // the call and the panels updated, ms
    std::vector<double> bare; // the bare durable write measured right after each, ms
    std::vector<double> coreCpu, bareCpu; // the same two, in CPU time of this thread (user + system), ms

    static double percentile(std::vector<double> values, double p)
    {
        if (values.empty())
            return 0;
        std::sort(values.begin(), values.end());
        const size_t rank = size_t(std::max(1.0, std::ceil(p * double(values.size()))));
        return values.at(rank - 1);
    }
};

// The floor: the bare durable write SQLite does for one changed row of the same table, with
// Quorum's own durability (the pragmas of core/storage/database.cpp: WAL, synchronous=FULL,
// foreign keys, secure_delete; BEGIN IMMEDIATE … COMMIT, one transaction per write), on a
// copy of the same workspace in the same folder (so the same file system and the same
// file's size). Each Quorum recording is followed by one such write, so both are measured
// under the same load. Every statement is checked: a baseline that silently fails to begin
// or commit (and so never syncs) is no floor.
class BareWriter
{
public:
    explicit BareWriter(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("bench-baseline"));
        db.setDatabaseName(path);
        db.setConnectOptions(s("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open())
            die(s("cannot open the baseline file"));
        for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                   "PRAGMA secure_delete = ON"})
            run(s(pragma));
        if (scalar(s("PRAGMA journal_mode")).toString() != s("wal") || scalar(s("PRAGMA synchronous")).toInt() != 2)
            die(s("the baseline connection is not WAL with synchronous=FULL"));
    }
    ~BareWriter()
    {
        m_updates.clear();
        QSqlDatabase::database(s("bench-baseline")).close();
    }
    BareWriter(const BareWriter &) = delete;
    BareWriter &operator=(const BareWriter &) = delete;

    // One row of `table` to rewrite, over and over (the baseline copy is thrown away).
    qint64 someRow(const QString &table) { return scalar(s("SELECT MIN(id) FROM ") + table).toLongLong(); }

    // One durable write: BEGIN IMMEDIATE, UPDATE one column of one row, COMMIT. In ms.
    double write(const QString &table, qint64 id, const QString &column, const QVariant &value)
    {
        const QString key = table + u'.' + column;
        if (!m_updates.contains(key)) {
            m_updates.emplace(key, QSqlQuery(QSqlDatabase::database(s("bench-baseline"))));
            if (!m_updates.at(key).prepare(s("UPDATE %1 SET %2 = :value WHERE id = :id").arg(table, column)))
                die(s("baseline: cannot prepare the update of ") + key);
        }
        QSqlQuery &update = m_updates.at(key);
        QElapsedTimer timer;
        timer.start();
        run(s("BEGIN IMMEDIATE"));
        update.bindValue(s(":value"), value);
        update.bindValue(s(":id"), id);
        if (!update.exec() || update.numRowsAffected() != 1)
            die(s("baseline: the update of ") + key + s(" failed"));
        run(s("COMMIT"));
        return double(timer.nsecsElapsed()) / 1e6;
    }

private:
    void run(const QString &statement)
    {
        QSqlQuery q(QSqlDatabase::database(s("bench-baseline")));
        if (!q.exec(statement))
            die(s("baseline: ") + statement + s(" failed: ") + q.lastError().text());
    }
    QVariant scalar(const QString &statement)
    {
        QSqlQuery q(QSqlDatabase::database(s("bench-baseline")));
        if (!q.exec(statement) || !q.next())
            die(s("baseline: ") + statement + s(" failed"));
        return q.value(0);
    }
    std::map<QString, QSqlQuery> m_updates;
};

// Runs one recording and its view update, timing both, then the bare write of the same kind.
// CPU time says what is Quorum's own work, wall time what the user waits (the disk's flush).
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void measure(Samples &samples, const std::function<void()> &record, const std::function<double()> &bare)
{
    QElapsedTimer timer;
    double cpu = threadCpuMs();
    timer.start();
    record();
    samples.core.push_back(double(timer.nsecsElapsed()) / 1e6);
    samples.coreCpu.push_back(threadCpuMs() - cpu);
    QCoreApplication::processEvents(); // the panels' deferred updates and their painting
    samples.shown.push_back(double(timer.nsecsElapsed()) / 1e6);
    cpu = threadCpuMs();
    samples.bare.push_back(bare());
    samples.bareCpu.push_back(threadCpuMs() - cpu);
}

void print(const char *what, const Samples &samples)
{
    const auto p = [](const std::vector<double> &values, double q) { return Samples::percentile(values, q); };
    const double bare50 = p(samples.bare, 0.5), bare99 = p(samples.bare, 0.99);
    std::printf("%-22s n=%4zu  bare write p50 %6.2f p99 %6.2f | core p50 %6.2f p99 %6.2f (%4.1fx %4.1fx) | with panels p50 %6.2f p99 %6.2f (%4.1fx %4.1fx) ms\n",
                what, samples.core.size(), bare50, bare99, p(samples.core, 0.5), p(samples.core, 0.99),
                p(samples.core, 0.5) / bare50, p(samples.core, 0.99) / bare99, p(samples.shown, 0.5), p(samples.shown, 0.99),
                p(samples.shown, 0.5) / bare50, p(samples.shown, 0.99) / bare99);
    std::printf("%-22s         CPU time: bare write p50 %6.2f p99 %6.2f | core p50 %6.2f p99 %6.2f ms\n", "",
                p(samples.bareCpu, 0.5), p(samples.bareCpu, 0.99), p(samples.coreCpu, 0.5), p(samples.coreCpu, 0.99));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication application(argc, argv);
    QStringList arguments = application.arguments().mid(1);
    int rounds = 6;
    if (const qsizetype i = arguments.indexOf(s("--rounds")); i >= 0 && i + 1 < arguments.size()) {
        rounds = qMax(2, arguments.at(i + 1).toInt());
        arguments.remove(i, 2);
    }
    QTemporaryDir directory;
    QString path = arguments.value(0);
    if (path.isEmpty()) {
        path = directory.filePath(s("ten-years.quorum"));
        must(generateWorkspaceFile(path, {}));
    }
    auto workspace = must(Workspace::open(path));
    must(workspace->saveAs(directory.filePath(s("recording.quorum"))));
    // The baseline's copy: same folder, same file system, same size, same schema.
    must(workspace->saveCopy(directory.filePath(s("baseline.quorum"))));
    BareWriter bare(directory.filePath(s("baseline.quorum")));
    const qint64 bareAttendance = bare.someRow(s("attendance"));
    const qint64 bareBallot = bare.someRow(s("ballot"));
    const qint64 bareTally = bare.someRow(s("vote_tally"));
    int bareWrites = 0;

    // The latest meeting of the council with the most members: the largest room.
    qint64 councilId = 0;
    qsizetype largest = -1;
    for (const Record &council : workspace->records(Entity::Council))
        if (const qsizetype n = workspace->records(Entity::Membership, council.id).size(); n > largest) {
            largest = n;
            councilId = council.id;
        }
    const QList<Record> meetings = workspace->records(Entity::Meeting, councilId);
    if (meetings.isEmpty())
        die(s("the workspace has no meeting"));
    const qint64 meetingId = meetings.last().id;
    Record item(Entity::AgendaItem, {{s("meeting_id"), meetingId}, {s("kind"), s("decision")}});
    item.setBilingual(s("title"), {s("Mesure du vote"), s("Meting van de stemming")});
    const qint64 itemId = must(workspace->addRecord(item));
    auto addProposal = [&](const QString &title) {
        Record proposal(Entity::Proposal, {{s("agenda_item_id"), itemId}});
        proposal.setBilingual(s("title"), {title, title});
        return must(workspace->addRecord(proposal));
    };

    SystemClock clock;
    AttendancePanel attendance(workspace.get());
    VotePanel votes(workspace.get(), &clock);
    for (QWidget *panel : {static_cast<QWidget *>(&attendance), static_cast<QWidget *>(&votes)}) {
        panel->resize(1200, 800);
        panel->show();
    }
    attendance.setMeeting(meetingId);
    QCoreApplication::processEvents();
    AttendanceModel *model = attendance.model();
    const int people = model->rowCount();

    // Check-ins: everyone, round after round (present, excused…), ending present.
    Samples checkIns;
    for (int round = rounds - 1; round >= 0; --round)
        for (int row = 0; row < people; ++row)
            measure(
                checkIns, [&] { must(model->setStatus(row, round % 2 ? AttendanceStatus::Excused : AttendanceStatus::Present)); },
                [&] { return bare.write(s("attendance"), bareAttendance, s("status"), ++bareWrites % 2 ? s("excused") : s("present")); });

    // Named ballots: every elector, each round another choice.
    VoteSetup setup;
    setup.agendaItemId = itemId;
    setup.proposalId = addProposal(s("Vote nominatif"));
    setup.mode = VoteMode::Named;
    setup.rule = DecisionRule{};
    const qint64 named = must(openVote(*workspace, setup, clock.now()));
    votes.setMeeting(meetingId); // shows the vote open in the meeting
    votes.selectVote(named);
    QCoreApplication::processEvents();
    QList<qint64> electors;
    for (const Record &e : workspace->records(Entity::VoteElector, named))
        electors << e.number(s("person_id"));
    Samples ballots;
    const Voice voices[] = {Voice::For, Voice::Against, Voice::Abstain};
    for (int round = 0; round < rounds; ++round)
        for (qint64 person : std::as_const(electors))
            measure(
                ballots, [&] { must(recordBallot(*workspace, named, person, voices[round % 3])); },
                [&] { return bare.write(s("ballot"), bareBallot, s("choice"), ++bareWrites % 2 ? s("against") : s("for")); });
    must(closeVote(*workspace, named, clock.now()));

    // Counts typed by the tellers, as many times as there were ballots.
    setup.proposalId = addProposal(s("Vote à main levée"));
    setup.mode = VoteMode::Hands;
    const qint64 hands = must(openVote(*workspace, setup, clock.now()));
    votes.selectVote(hands);
    QCoreApplication::processEvents();
    Samples counts;
    const int present = qMax(1, int(workspace->record(Entity::Vote, hands)->number(s("present"))));
    const int typings = qMax(100, int(ballots.core.size()));
    for (int i = 0; i < typings; ++i)
        measure(
            counts, [&] { must(setCounts(*workspace, hands, 0, 0, 1 + i % present, 0, 0)); },
            [&] { return bare.write(s("vote_tally"), bareTally, s("votes_for"), 1 + ++bareWrites % 50); });

    std::printf("workspace: %s, council %lld (%d people on the list, %lld electors), meeting %lld\n", qPrintable(path),
                councilId, people, qint64(electors.size()), meetingId);
    std::printf("bare write: one UPDATE of the same table in its own BEGIN IMMEDIATE … COMMIT, WAL, synchronous=FULL,\n"
                "on a copy of the workspace in %s, right after each recording (same run, same load)\n",
                qPrintable(directory.path()));
    print("check-in", checkIns);
    print("named ballot", ballots);
    print("count (show of hands)", counts);
    std::printf("target: p99 at most 2 ms (with panels)\n");
    return 0;
}
