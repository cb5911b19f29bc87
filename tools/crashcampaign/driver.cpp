// SPDX-License-Identifier: GPL-3.0-or-later
// The crash campaign's driver: makes user steps through the public core API on a workspace,
// without end, until it is killed. Before each step it prints "TRY <n> <what>" and, once the
// call has returned success (the step is committed, as far as the program can know), "OK <n>
// <what>", flushed at once: whatever the script read as OK must be in the file after a kill.
//
// The steps are those of a live session: check every member in, then in rounds: add a
// proposal to a decision item, open a named vote on it (a whole room's electorate in one
// step), record some ballots, close the vote, change an agenda item's planned minutes, and
// mark one member excused or present again.
//
// Usage: crashcampaign WORKSPACE [--ballots K] (K ballots per vote, 10 by default)

#include "clock.h"
#include "decisions/votes.h"
#include "models/attendancemodel.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>

using namespace Quorum;

namespace {

qint64 stepNumber = 0;

void line(const char *state, const QString &what)
{
    printf("%s %lld %s\n", state, stepNumber, qPrintable(what));
    fflush(stdout);
}

[[noreturn]] void fail(const QString &what, const QString &error)
{
    fprintf(stderr, "crashcampaign: %s refused: %s\n", qPrintable(what), qPrintable(error));
    exit(1);
}

// Runs one step: announces it, makes it, reports it committed. `step` returns an error
// message, or an empty string and may append what it created to `what` (the ids).
template<typename Step>
void run(QString what, Step step)
{
    ++stepNumber;
    line("TRY", what);
    const QString error = step(what);
    if (!error.isEmpty())
        fail(what, error);
    line("OK", what);
}

// The meeting to play: the one of the council with the most voting members that has a
// decision item, so that a vote's electorate is as large as the workspace allows.
struct Stage
{
    qint64 meetingId = 0;
    qint64 decisionItemId = 0;
    qint64 editedItemId = 0;
};

Stage chooseStage(const Workspace &workspace)
{
    Stage best;
    int bestMembers = -1;
    for (const Record &council : workspace.records(Entity::Council)) {
        int members = 0;
        for (const Record &membership : workspace.records(Entity::Membership, council.id))
            members += membership.text(QStringLiteral("role")) == u"voting" ? 1 : 0;
        if (members <= bestMembers)
            continue;
        for (const Record &meeting : workspace.records(Entity::Meeting, council.id)) {
            const QList<Record> items = workspace.records(Entity::AgendaItem, meeting.id);
            for (const Record &item : items)
                if (item.text(QStringLiteral("kind")) == u"decision") {
                    best = {meeting.id, item.id, items.first().id};
                    bestMembers = members;
                    break;
                }
            if (bestMembers == members)
                break;
        }
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        fprintf(stderr, "usage: crashcampaign WORKSPACE [--ballots K]\n");
        return 2;
    }
    const int ballotIndex = int(arguments.indexOf(QStringLiteral("--ballots")));
    const int ballotsPerVote = ballotIndex > 0 && ballotIndex + 1 < arguments.size() ? arguments.at(ballotIndex + 1).toInt() : 10;

    auto opened = Workspace::open(arguments.at(1));
    if (!opened) {
        fprintf(stderr, "crashcampaign: %s\n", qPrintable(opened.error()));
        return 1;
    }
    Workspace &workspace = *opened.value();
    const Stage stage = chooseStage(workspace);
    if (stage.meetingId == 0) {
        fprintf(stderr, "crashcampaign: no meeting with a decision item in %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    const SystemClock clock;
    AttendanceModel attendance(&workspace, &clock);
    attendance.setMeeting(stage.meetingId);
    const auto rule = parseRuleCode(QStringLiteral("majority base=cast threshold=simple abstentions=excluded quorum=flag"));
    if (!rule)
        fail(QStringLiteral("rule"), rule.error());
    printf("READY meeting=%lld item=%lld\n", stage.meetingId, stage.decisionItemId);
    fflush(stdout);

    for (int row = 0; row < attendance.rowCount(); ++row) {
        const qint64 person = attendance.personId(row);
        run(QStringLiteral("checkin meeting=%1 person=%2 status=present").arg(stage.meetingId).arg(person),
            [&](QString &) { return attendance.setStatus(row, AttendanceStatus::Present).error(); });
    }

    for (int round = 1;; ++round) {
        qint64 proposalId = 0;
        run(QStringLiteral("proposal item=%1").arg(stage.decisionItemId), [&](QString &what) {
            Record proposal(Entity::Proposal, {{QStringLiteral("agenda_item_id"), stage.decisionItemId}});
            proposal.setBilingual(QStringLiteral("title"),
                                  BilingualText{QStringLiteral("Proposition %1").arg(round), QStringLiteral("Voorstel %1").arg(round)});
            const Result<qint64> added = workspace.addRecord(proposal);
            if (!added)
                return added.error();
            proposalId = added.value();
            what += QStringLiteral(" id=%1").arg(proposalId);
            return QString();
        });

        qint64 voteId = 0;
        QList<qint64> electors;
        run(QStringLiteral("open proposal=%1").arg(proposalId), [&](QString &what) {
            VoteSetup setup;
            setup.agendaItemId = stage.decisionItemId;
            setup.proposalId = proposalId;
            setup.mode = VoteMode::Named;
            setup.rule = rule.value();
            const Result<qint64> vote = openVote(workspace, setup, clock.now());
            if (!vote)
                return vote.error();
            voteId = vote.value();
            for (const Record &elector : workspace.records(Entity::VoteElector, voteId))
                electors << elector.number(QStringLiteral("person_id"));
            what += QStringLiteral(" vote=%1 present=%2").arg(voteId).arg(electors.size());
            return QString();
        });

        for (int i = 0; i < std::min<int>(ballotsPerVote, int(electors.size())); ++i) {
            const Voice choice = (i + round) % 4 == 0 ? Voice::Against : (i % 7 == 3 ? Voice::Abstain : Voice::For);
            const char *code = choice == Voice::For ? "for" : choice == Voice::Against ? "against" : "abstain";
            run(QStringLiteral("ballot vote=%1 person=%2 choice=%3").arg(voteId).arg(electors.at(i)).arg(QLatin1String(code)),
                [&](QString &) { return recordBallot(workspace, voteId, electors.at(i), choice).error(); });
        }

        run(QStringLiteral("close vote=%1").arg(voteId), [&](QString &what) {
            const Result<VoteCount> closed = closeVote(workspace, voteId, clock.now());
            if (!closed)
                return closed.error();
            what += QStringLiteral(" outcome=%1").arg(workspace.record(Entity::Vote, voteId)->text(QStringLiteral("outcome")));
            return QString();
        });

        const int minutes = 5 + round % 50;
        run(QStringLiteral("minutes item=%1 value=%2").arg(stage.editedItemId).arg(minutes), [&](QString &) {
            return workspace.setValue(Entity::AgendaItem, stage.editedItemId, QStringLiteral("planned_minutes"), minutes).error();
        });

        const int row = (round / 2) % attendance.rowCount(); // excused one round, back the next
        const AttendanceStatus status = attendance.status(row) == AttendanceStatus::Present ? AttendanceStatus::Excused : AttendanceStatus::Present;
        run(QStringLiteral("checkin meeting=%1 person=%2 status=%3")
                .arg(stage.meetingId)
                .arg(attendance.personId(row))
                .arg(attendanceStatusCode(status)),
            [&](QString &) { return attendance.setStatus(row, status).error(); });
    }
}
