// SPDX-License-Identifier: GPL-3.0-or-later
// Recording in the room on a ten-year workspace: a check-in, a named ballot and a typed
// count, each through the core call the panels make, then with the check-in list and the
// vote panel following it (the panels' deferred updates run before the clock stops).
// Printed next to the bare durable write SQLite does for one changed row (WAL,
// synchronous=FULL, BEGIN IMMEDIATE … COMMIT), measured in the same run.
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
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
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

    static double percentile(std::vector<double> values, double p)
    {
        if (values.empty())
            return 0;
        std::sort(values.begin(), values.end());
        const size_t rank = size_t(std::max(1.0, std::ceil(p * double(values.size()))));
        return values.at(rank - 1);
    }
};

// Runs one recording and its view update, timing both.
void measure(Samples &samples, const std::function<void()> &record)
{
    QElapsedTimer timer;
    timer.start();
    record();
    samples.core.push_back(double(timer.nsecsElapsed()) / 1e6);
    QCoreApplication::processEvents(); // the panels' deferred updates and their painting
    samples.shown.push_back(double(timer.nsecsElapsed()) / 1e6);
}

// The least a durable one-row change costs in SQLite on this disk: the baseline.
Samples bareWrites(const QString &path, int count)
{
    Samples samples;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("bench-baseline"));
        db.setDatabaseName(path);
        if (!db.open())
            die(s("cannot open the baseline file"));
        QSqlQuery q(db);
        for (const char *statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                      "CREATE TABLE ballot (id INTEGER PRIMARY KEY, person_id INTEGER, choice TEXT)"})
            q.exec(s(statement));
        for (int i = 1; i <= 100; ++i)
            q.exec(s("INSERT INTO ballot (id, person_id, choice) VALUES (%1, %1, 'for')").arg(i));
        QSqlQuery update(db);
        update.prepare(s("UPDATE ballot SET choice = :choice WHERE id = :id"));
        for (int i = 0; i < count; ++i) {
            QElapsedTimer timer;
            timer.start();
            q.exec(s("BEGIN IMMEDIATE"));
            update.bindValue(s(":choice"), i % 2 ? s("against") : s("for"));
            update.bindValue(s(":id"), 1 + i % 100);
            update.exec();
            q.exec(s("COMMIT"));
            samples.core.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    QSqlDatabase::removeDatabase(s("bench-baseline"));
    return samples;
}

void print(const char *what, const Samples &samples, double baselineP99)
{
    const double coreP99 = Samples::percentile(samples.core, 0.99);
    const double shownP99 = Samples::percentile(samples.shown, 0.99);
    std::printf("%-22s n=%4zu  core p50 %6.2f  p99 %6.2f ms  | with panels p50 %6.2f  p99 %6.2f ms  | p99 / baseline %5.1f x\n",
                what, samples.core.size(), Samples::percentile(samples.core, 0.5), coreP99,
                Samples::percentile(samples.shown, 0.5), shownP99, shownP99 / baselineP99);
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
            measure(checkIns, [&] {
                must(model->setStatus(row, round % 2 ? AttendanceStatus::Excused : AttendanceStatus::Present));
            });

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
            measure(ballots, [&] { must(recordBallot(*workspace, named, person, voices[round % 3])); });
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
        measure(counts, [&] { must(setCounts(*workspace, hands, 0, 0, 1 + i % present, 0, 0)); });

    const Samples baseline = bareWrites(directory.filePath(s("baseline.sqlite")), typings);
    const double baselineP99 = Samples::percentile(baseline.core, 0.99);
    std::printf("workspace: %s, council %lld (%d people on the list, %lld electors), meeting %lld\n", qPrintable(path),
                councilId, people, qint64(electors.size()), meetingId);
    std::printf("baseline  durable one-row UPDATE: p50 %6.2f  p99 %6.2f ms (same disk, same run)\n",
                Samples::percentile(baseline.core, 0.5), baselineP99);
    print("check-in", checkIns, baselineP99);
    print("named ballot", ballots, baselineP99);
    print("count (show of hands)", counts, baselineP99);
    std::printf("target: p99 at most 2 ms (with panels)\n");
    return 0;
}
