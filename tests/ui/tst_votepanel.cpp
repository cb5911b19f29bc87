// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions in the room: a named vote typed by keyboard, a counted show of hands, the
// objection dialog that refuses a bare no, the history of decisions and the projector.

#include "uitestsupport.h"

#include "decisiondialogs.h"
#include "decisions/history.h"
#include "decisions/votes.h"
#include "historypanel.h"
#include "projectorwindow.h"
#include "votepanel.h"
#include "voteresultview.h"
#include "barchartwidget.h"
#include "decisions/votechart.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace Quorum;
using QuorumUiTest::DemoWindow;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The demo window on the votes of a council 1 meeting whose attendance is recorded
// (1 July 2025), with a fresh proposal on its decision item, ready to be put to the vote.
struct UiVoteRoom
{
    DemoWindow demo;
    Workspace *workspace = nullptr;
    VotePanel *panel = nullptr;
    qint64 meetingId = 0;
    qint64 itemId = 0;
    qint64 proposalId = 0;

    UiVoteRoom()
    {
        demo.showActive();
        workspace = demo.window.workspace();
        const QDate date(2025, 7, 1);
        REQUIRE(demo.window.showMeeting(date));
        for (const Record &meeting : workspace->records(Entity::Meeting, 1))
            if (meeting.text(s("date")) == date.toString(Qt::ISODate))
                meetingId = meeting.id;
        REQUIRE(meetingId > 0);
        REQUIRE_FALSE(workspace->records(Entity::Attendance, meetingId).isEmpty());
        for (const Record &item : workspace->records(Entity::AgendaItem, meetingId))
            if (item.text(s("kind")) == s("decision") && !itemId)
                itemId = item.id;
        REQUIRE(itemId > 0);

        Record proposal(Entity::Proposal, {{s("agenda_item_id"), itemId}});
        proposal.setBilingual(s("title"), {s("Budget participatif 2026"), s("Participatief budget 2026")});
        proposal.setBilingual(s("theme"), {s("Gouvernance"), s("Bestuur")});
        const Result<qint64> added = workspace->addRecord(proposal);
        REQUIRE(added);
        proposalId = added.value();

        REQUIRE(demo.window.showView(s("vote")));
        panel = demo.window.votePanel();
        REQUIRE(panel);
        REQUIRE(panel->isVisible());
    }

    // Another proposal on the decision item, with the same title in both languages.
    qint64 addProposal(const QString &title)
    {
        Record proposal(Entity::Proposal, {{s("agenda_item_id"), itemId}});
        proposal.setBilingual(s("title"), {title, title});
        const Result<qint64> added = workspace->addRecord(proposal);
        REQUIRE(added);
        return added.value();
    }

    // Opens a vote through the service, as the vote dialog would: on the proposal (or
    // `proposal`), by subgroup voices or not. A simple majority of the votes cast, so that
    // a handful of ballots decides.
    qint64 openOnly(VoteMode mode, bool bySubgroup = false, qint64 proposal = 0)
    {
        VoteSetup setup;
        setup.agendaItemId = itemId;
        setup.proposalId = proposal ? proposal : proposalId;
        setup.mode = mode;
        setup.rule = DecisionRule{};
        setup.bySubgroup = bySubgroup;
        const Result<qint64> opened = openVote(*workspace, setup, QDateTime::currentDateTimeUtc());
        INFO(opened.error().toStdString());
        REQUIRE(opened);
        return opened.value();
    }

    // The same, and shows it in the panel.
    qint64 open(VoteMode mode, bool bySubgroup = false, qint64 proposal = 0)
    {
        const qint64 voteId = openOnly(mode, bySubgroup, proposal);
        panel->selectVote(voteId);
        REQUIRE(panel->currentVoteId() == voteId);
        return voteId;
    }

    // The row of the votes tree that starts with `text`, once the tree shows it.
    QTreeWidgetItem *treeRow(const QString &text) const
    {
        QTreeWidget *tree = panel->tree();
        auto rows = [&] { return tree->findItems(text, Qt::MatchStartsWith | Qt::MatchRecursive); };
        REQUIRE(QTest::qWaitFor([&] { return rows().size() == 1; }, 2000));
        return rows().first();
    }

    Record vote(qint64 id) const
    {
        const std::optional<Record> stored = workspace->record(Entity::Vote, id);
        REQUIRE(stored);
        return *stored;
    }

    // The choice stored for each person who has one.
    QHash<qint64, QString> ballots(qint64 voteId) const
    {
        QHash<qint64, QString> choices;
        for (const Record &b : workspace->records(Entity::Ballot, voteId))
            choices.insert(b.number(s("person_id")), b.text(s("choice")));
        return choices;
    }

    // The room's counts for the question: the tally without option or subgroup.
    std::optional<Record> roomTally(qint64 voteId) const
    {
        for (const Record &t : workspace->records(Entity::VoteTally, voteId))
            if (t.number(s("option_id")) == 0 && t.number(s("subgroup_id")) == 0)
                return t;
        return std::nullopt;
    }

    // The person on a row of the entry table, by the name it shows.
    qint64 personOnRow(qint64 voteId, int row) const
    {
        const QTableWidgetItem *item = panel->entryTable()->item(row, 0);
        REQUIRE(item);
        QList<qint64> electors;
        for (const Record &e : workspace->records(Entity::VoteElector, voteId))
            electors << e.number(s("person_id"));
        for (const Record &person : workspace->recordsWithIds(Entity::Person, electors))
            if (person.text(s("name")) == item->text())
                return person.id;
        FAIL("nobody entitled to vote is called " << item->text().toStdString());
        return 0;
    }
};

// Runs `interact` on the modal dialog of type T as soon as it is open; whatever happens,
// the dialog does not stay open, so exec() always returns.
template<typename T>
void whenDialogOpens(std::function<void(T *)> interact)
{
    QTimer::singleShot(0, [interact] {
        const bool open = QTest::qWaitFor([] { return qobject_cast<T *>(QApplication::activeModalWidget()) != nullptr; }, 2000);
        if (!open)
            return;
        QPointer<T> dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        interact(dialog);
        if (dialog && dialog->isVisible())
            dialog->reject();
    });
}

QPushButton *okButton(const ProposalDialog &dialog)
{
    return dialog.buttons()->button(QDialogButtonBox::Ok);
}

// What a tooltip shows: Qt renders it as rich text when it looks like markup.
QString renderedToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

} // namespace

TEST_CASE("Votes a named vote is typed with 1 2 3 and closed then reopened by undo", "[votepanel]")
{
    UiVoteRoom room;
    QUndoStack *stack = room.workspace->undoStack();
    const qint64 voteId = room.open(VoteMode::Named);
    QTableWidget *table = room.panel->entryTable();
    REQUIRE(table->isVisible());
    const int electors = int(room.workspace->records(Entity::VoteElector, voteId).size());
    REQUIRE(electors >= 7);
    CHECK(table->rowCount() == electors);
    CHECK(room.vote(voteId).number(s("present")) == electors);
    CHECK(room.panel->closeButton()->isEnabled());
    CHECK(room.panel->result()->explanationLabel()->text().contains(s("aucun vote")));

    QuorumUiTest::focus(table);
    table->setCurrentCell(0, 0);
    QList<qint64> people;
    for (int row = 0; row < 4; ++row)
        people << room.personOnRow(voteId, row);

    // One key a member: the choice is stored and the cursor moves on to the next.
    const int steps = stack->count();
    QTest::keyClick(table, Qt::Key_1);
    CHECK(room.ballots(voteId).value(people[0]) == s("for"));
    CHECK(table->currentRow() == 1);
    QTest::keyClick(table, Qt::Key_2);
    CHECK(room.ballots(voteId).value(people[1]) == s("against"));
    CHECK(table->currentRow() == 2);
    QTest::keyClick(table, Qt::Key_3);
    CHECK(room.ballots(voteId).value(people[2]) == s("abstain"));
    CHECK(table->currentRow() == 3);
    QTest::keyClick(table, Qt::Key_2);
    CHECK(room.ballots(voteId).value(people[3]) == s("against"));
    CHECK(table->currentRow() == 4);
    CHECK(stack->count() == steps + 4);

    // A slip: back up, Delete clears it (the cursor stays), 1 records the right choice.
    QTest::keyClick(table, Qt::Key_Up);
    REQUIRE(table->currentRow() == 3);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK_FALSE(room.ballots(voteId).contains(people[3]));
    CHECK(table->currentRow() == 3);
    QTest::keyClick(table, Qt::Key_1);
    CHECK(room.ballots(voteId).value(people[3]) == s("for"));
    CHECK(room.ballots(voteId).size() == 4);
    CHECK(table->currentRow() == 4);

    // Typing a name jumps to it; the key that follows records that member's choice.
    const int target = 5;
    const QString name = table->item(target, 0)->text();
    auto unique = [&](const QString &start) {
        int matches = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            matches += table->item(row, 0)->text().startsWith(start, Qt::CaseInsensitive) ? 1 : 0;
        return matches == 1;
    };
    QString prefix;
    for (const QChar c : name) {
        if (c.unicode() > 127)
            break; // QTest types ASCII only
        prefix += c;
        if (unique(prefix))
            break;
    }
    REQUIRE(unique(prefix));
    table->setCurrentCell(0, 0);
    QTest::keyClicks(table, prefix);
    CHECK(table->currentRow() == target);
    QTest::keyClick(table, Qt::Key_3);
    const qint64 jumpedTo = room.personOnRow(voteId, target);
    CHECK(room.ballots(voteId).value(jumpedTo) == s("abstain"));
    CHECK(room.ballots(voteId).size() == 5);
    CHECK(table->currentRow() == target + 1);

    // The table and the result follow as the ballots come in.
    QLabel *explanation = room.panel->result()->explanationLabel();
    REQUIRE(QTest::qWaitFor([&] { return explanation->text().contains(s("2 voix pour et 1 contre")); }, 2000));
    CHECK_FALSE(table->item(0, 1)->text().isEmpty());
    CHECK_FALSE(table->item(3, 1)->text().isEmpty());
    CHECK(table->item(4, 1)->text().isEmpty());
    CHECK_FALSE(table->item(target, 1)->text().isEmpty());
    CHECK(table->currentRow() == target + 1); // the redraw keeps the cursor where it was

    // Closing freezes the ballots into counts and decides.
    const QString proposalStatus = room.workspace->record(Entity::Proposal, room.proposalId)->text(s("status"));
    const int beforeClose = stack->count();
    room.panel->closeButton()->click();
    Record closed = room.vote(voteId);
    CHECK(closed.text(s("status")) == s("closed"));
    CHECK(closed.text(s("outcome")) == s("adopted"));
    CHECK(room.workspace->record(Entity::Proposal, room.proposalId)->text(s("status")) == s("adopted"));
    const std::optional<Record> tally = room.roomTally(voteId);
    REQUIRE(tally);
    CHECK(tally->number(s("votes_for")) == 2);
    CHECK(tally->number(s("votes_against")) == 1);
    CHECK(tally->number(s("votes_abstain")) == 2);
    CHECK(stack->count() == beforeClose + 1);
    REQUIRE(QTest::qWaitFor([&] { return !room.panel->closeButton()->isEnabled(); }, 2000));
    CHECK(explanation->text().startsWith(s("Adoptée")));
    CHECK(explanation->text().contains(s("2 voix pour et 1 contre sur 3 votes exprimés")));
    CHECK(explanation->text().contains(s("2 abstentions")));

    // A closed vote takes no more keys.
    table->setCurrentCell(target + 1, 0);
    QTest::keyClick(table, Qt::Key_1);
    CHECK(room.ballots(voteId).size() == 5);

    // Undo reopens it, as it was: no counts frozen, the proposal undecided.
    stack->undo();
    closed = room.vote(voteId);
    CHECK(closed.text(s("status")) == s("open"));
    CHECK(closed.text(s("outcome")).isEmpty());
    CHECK_FALSE(room.roomTally(voteId));
    CHECK(room.workspace->record(Entity::Proposal, room.proposalId)->text(s("status")) == proposalStatus);
    CHECK(room.ballots(voteId).size() == 5);
    CHECK(QTest::qWaitFor([&] { return room.panel->closeButton()->isEnabled(); }, 2000));
    CHECK(explanation->text().contains(s("2 voix pour et 1 contre"))); // counted live from the ballots again
}

TEST_CASE("Votes counts of a show of hands are typed and a count above those present is refused", "[votepanel]")
{
    UiVoteRoom room;
    const qint64 voteId = room.open(VoteMode::Hands);
    const int present = int(room.vote(voteId).number(s("present")));
    REQUIRE(present >= 10);
    for (int i = 0; i < 3; ++i) {
        REQUIRE(room.panel->countBox(i));
        CHECK(room.panel->countBox(i)->isVisible());
        CHECK(room.panel->countBox(i)->isEnabled());
    }
    CHECK_FALSE(room.panel->entryTable()->isVisible()); // counted for the room: no table

    room.panel->countBox(0)->setValue(7);
    room.panel->countBox(1)->setValue(2);
    room.panel->countBox(2)->setValue(1);
    std::optional<Record> tally = room.roomTally(voteId);
    REQUIRE(tally);
    CHECK(tally->number(s("votes_for")) == 7);
    CHECK(tally->number(s("votes_against")) == 2);
    CHECK(tally->number(s("votes_abstain")) == 1);
    QLabel *explanation = room.panel->result()->explanationLabel();
    REQUIRE(QTest::qWaitFor([&] { return explanation->text().contains(s("7 voix pour et 2 contre")); }, 2000));

    // More votes than voters present: refused, said in the message bar, nothing stored,
    // and the box shows the stored count again.
    QSignalSpy failed(room.panel, &VotePanel::failed);
    const int steps = room.workspace->undoStack()->count();
    room.panel->countBox(0)->setValue(present);
    CHECK(failed.count() == 1);
    MessageBar *bar = room.demo.window.messageBar();
    CHECK(bar->isVisible());
    CHECK(bar->text().contains(s("votes counted, but only %1 voters were present").arg(present)));
    CHECK(bar->text().contains(QString::number(present + 3)));
    tally = room.roomTally(voteId);
    REQUIRE(tally);
    CHECK(tally->number(s("votes_for")) == 7);
    CHECK(tally->number(s("votes_against")) == 2);
    CHECK(tally->number(s("votes_abstain")) == 1);
    CHECK(room.workspace->undoStack()->count() == steps);
    CHECK(QTest::qWaitFor([&] { return room.panel->countBox(0)->value() == 7; }, 2000));
    CHECK(explanation->text().contains(s("7 voix pour et 2 contre")));

    // Exactly as many as present is accepted; closing decides on the typed counts.
    room.panel->countBox(0)->setValue(present - 3);
    CHECK(room.roomTally(voteId)->number(s("votes_for")) == present - 3);
    room.panel->closeCurrentVote();
    CHECK(room.vote(voteId).text(s("status")) == s("closed"));
    CHECK(room.vote(voteId).text(s("outcome")) == s("adopted"));
    REQUIRE(QTest::qWaitFor([&] { return !room.panel->countBox(0)->isVisible(); }, 2000));
    CHECK(explanation->text().contains(s("%1 voix pour et 2 contre").arg(present - 3)));

    // The decision taken is in the history as soon as it is shown.
    REQUIRE(room.demo.window.showView(s("history")));
    HistoryPanel *history = room.demo.window.historyPanel();
    QTest::keyClicks(history->searchField(), s("budget participatif"));
    REQUIRE(history->table()->rowCount() == 1);
    CHECK(history->table()->item(0, 2)->text() == s("Budget participatif 2026"));
    CHECK(history->table()->item(0, 3)->text() == s("Adopted"));
    CHECK(history->details()->toPlainText().contains(s("%1 voix pour et 2 contre").arg(present - 3)));
}

TEST_CASE("Votes the objection dialog refuses a bare no", "[votepanel]")
{
    ProposalDialog dialog(true, {}, nullptr);
    QPushButton *ok = okButton(dialog);
    REQUIRE(ok);
    CHECK_FALSE(ok->isEnabled());
    CHECK_FALSE(ok->toolTip().isEmpty());

    // A counter-proposal alone is a bare no with a title: refused.
    dialog.titleField()->setText(s("Évaluer après un an"));
    CHECK_FALSE(ok->isEnabled());
    // An argument alone is a no without an alternative: refused.
    dialog.titleField()->clear();
    dialog.argumentField()->setPlainText(s("L'évaluation arriverait trop tard."));
    CHECK_FALSE(ok->isEnabled());
    // Both: accepted.
    dialog.titleField()->setText(s("Évaluer après un an"));
    CHECK(ok->isEnabled());
    CHECK(ok->toolTip().isEmpty());
    CHECK(dialog.argument().fr == s("L'évaluation arriverait trop tard."));
    CHECK(dialog.title().fr == s("Évaluer après un an"));
    // Blanks are not an argument.
    dialog.argumentField()->setPlainText(s("   \n  "));
    CHECK_FALSE(ok->isEnabled());

    // A plain proposal needs only its title.
    ProposalDialog proposal(false, {}, nullptr);
    CHECK_FALSE(okButton(proposal)->isEnabled());
    proposal.titleField()->setText(s("Une proposition"));
    CHECK(okButton(proposal)->isEnabled());
}

TEST_CASE("Votes an objection and its counter-proposal are recorded as one undo step", "[votepanel]")
{
    UiVoteRoom room;
    QUndoStack *stack = room.workspace->undoStack();
    QTreeWidget *tree = room.panel->tree();
    const QList<QTreeWidgetItem *> rows =
        tree->findItems(s("Budget participatif 2026"), Qt::MatchStartsWith | Qt::MatchRecursive);
    REQUIRE(rows.size() == 1);
    tree->setCurrentItem(rows.first());
    const int proposals = int(room.workspace->records(Entity::Proposal, room.itemId).size());
    const int steps = stack->count();

    bool opened = false;
    whenDialogOpens<ProposalDialog>([&](ProposalDialog *dialog) {
        opened = true;
        QTest::keyClicks(dialog->argumentField(), s("Un an suffit"));
        CHECK_FALSE(okButton(*dialog)->isEnabled());
        QTest::keyClicks(dialog->titleField(), s("Budget participatif 2027"));
        CHECK(okButton(*dialog)->isEnabled());
        okButton(*dialog)->click();
    });
    room.panel->object();
    REQUIRE(opened);

    CHECK(stack->count() == steps + 1);
    const QList<Record> objections = room.workspace->records(Entity::Objection, room.proposalId);
    REQUIRE(objections.size() == 1);
    CHECK(objections.first().bilingual(s("argument")).fr == s("Un an suffit"));
    const std::optional<Record> counter =
        room.workspace->record(Entity::Proposal, objections.first().number(s("counter_proposal_id")));
    REQUIRE(counter);
    CHECK(counter->number(s("agenda_item_id")) == room.itemId);
    CHECK(counter->bilingual(s("title")).fr == s("Budget participatif 2027"));
    CHECK(counter->bilingual(s("theme")).fr == s("Gouvernance")); // the theme of what it answers
    CHECK(room.workspace->records(Entity::Proposal, room.itemId).size() == proposals + 1);
    CHECK(QTest::qWaitFor([&] {
        return !tree->findItems(s("Budget participatif 2027"), Qt::MatchStartsWith | Qt::MatchRecursive).isEmpty();
    }, 2000));

    // One undo takes back both; one redo brings both back.
    stack->undo();
    CHECK(room.workspace->records(Entity::Objection, room.proposalId).isEmpty());
    CHECK(room.workspace->records(Entity::Proposal, room.itemId).size() == proposals);
    stack->redo();
    CHECK(room.workspace->records(Entity::Objection, room.proposalId).size() == 1);
    CHECK(room.workspace->records(Entity::Proposal, room.itemId).size() == proposals + 1);
}

TEST_CASE("Votes a refused objection leaves no counter-proposal and nothing to redo", "[votepanel]")
{
    UiVoteRoom room;
    QUndoStack *stack = room.workspace->undoStack();
    QTreeWidget *tree = room.panel->tree();
    const QList<QTreeWidgetItem *> rows =
        tree->findItems(s("Budget participatif 2026"), Qt::MatchStartsWith | Qt::MatchRecursive);
    REQUIRE(rows.size() == 1);
    tree->setCurrentItem(rows.first());
    const int proposals = int(room.workspace->records(Entity::Proposal, room.itemId).size());
    const int steps = stack->count();

    // The counter-proposal is written first; an argument longer than the storage takes
    // is refused after it.
    QSignalSpy failed(room.panel, &VotePanel::failed);
    bool opened = false;
    whenDialogOpens<ProposalDialog>([&](ProposalDialog *dialog) {
        opened = true;
        dialog->argumentField()->setPlainText(QString(100001, u'a'));
        dialog->titleField()->setText(s("Budget participatif 2027"));
        CHECK(okButton(*dialog)->isEnabled());
        okButton(*dialog)->click();
    });
    room.panel->object();
    REQUIRE(opened);
    CHECK(failed.count() >= 1);
    CHECK(room.workspace->records(Entity::Objection, room.proposalId).isEmpty());
    CHECK(room.workspace->records(Entity::Proposal, room.itemId).size() == proposals);
    CHECK(stack->count() == steps);
    // Redo must not bring back a counter-proposal without its objection.
    CHECK_FALSE(stack->canRedo());
    stack->redo();
    CHECK(room.workspace->records(Entity::Proposal, room.itemId).size() == proposals);
}

TEST_CASE("Votes the history lists the demo decisions and filters them", "[votepanel]")
{
    DemoWindow demo;
    demo.showActive();
    REQUIRE(demo.window.showView(s("history")));
    HistoryPanel *history = demo.window.historyPanel();
    REQUIRE(history);
    REQUIRE(history->isVisible());
    QTableWidget *table = history->table();
    const Database &db = demo.window.workspace()->storage();
    auto expected = [&](const QString &text, std::optional<qint64> council) {
        DecisionHistoryFilter filter;
        filter.text = text;
        filter.councilId = council;
        return int(decisionHistory(db, filter).size());
    };

    // The council chosen in the list (the first) is the filter's default.
    const qint64 councilId = history->councilBox()->currentData().toLongLong();
    CHECK(councilId == 1);
    const int ofCouncil = expected({}, councilId);
    REQUIRE(ofCouncil >= 2);
    CHECK(table->rowCount() == ofCouncil);
    CHECK(history->details()->toPlainText().size() > 20);

    // A word of one decision: fewer rows. Case and accents do not matter.
    QTest::keyClicks(history->searchField(), s("charte"));
    const int charter = table->rowCount();
    CHECK(charter >= 1);
    CHECK(charter < ofCouncil);
    CHECK(charter == expected(s("charte"), councilId));
    bool found = false;
    for (int row = 0; row < table->rowCount(); ++row)
        found = found || table->item(row, 2)->text().contains(s("charte"), Qt::CaseInsensitive);
    CHECK(found);
    history->searchField()->clear();
    QTest::keyClicks(history->searchField(), s("EVALUATION"));
    CHECK(table->rowCount() >= 1);
    CHECK(table->rowCount() == expected(s("évaluation"), councilId));

    // A word of none: nothing, and the details say so.
    history->searchField()->clear();
    QTest::keyClicks(history->searchField(), s("xylophonezzz"));
    CHECK(table->rowCount() == 0);
    CHECK(history->details()->toPlainText().contains(s("No decision matches")));
    history->searchField()->clear();
    CHECK(table->rowCount() == ofCouncil);

    // Another council: only its decisions; all councils: every decision.
    QComboBox *councils = history->councilBox();
    const int other = councils->findData(qint64(2));
    REQUIRE(other > 0);
    councils->setCurrentIndex(other);
    const int ofOther = expected({}, qint64(2));
    REQUIRE(ofOther >= 1);
    CHECK(table->rowCount() == ofOther);
    for (int row = 0; row < table->rowCount(); ++row)
        CHECK(table->item(row, 1)->text() == councils->currentText());
    councils->setCurrentIndex(0);
    CHECK_FALSE(councils->currentData().isValid());
    CHECK(table->rowCount() == expected({}, std::nullopt));
    CHECK(table->rowCount() == ofCouncil + ofOther + expected({}, qint64(3)));
}

TEST_CASE("Votes the projector shows a vote in French and Dutch", "[votepanel]")
{
    DemoWindow demo;
    Workspace *workspace = demo.window.workspace();
    // The roadmap decision of 18 November 2025, decided by the subgroups' voices.
    qint64 voteId = 0;
    for (const Record &meeting : workspace->records(Entity::Meeting, 1))
        if (meeting.text(s("date")) == s("2025-11-18"))
            for (const Record &item : workspace->records(Entity::AgendaItem, meeting.id))
                for (const Record &vote : workspace->records(Entity::Vote, item.id))
                    if (!voteId && vote.number(s("by_subgroup")) != 0 && vote.text(s("outcome")) == s("adopted"))
                        voteId = vote.id;
    REQUIRE(voteId > 0);
    const Result<VoteCount> count = countVote(workspace->storage(), voteId);
    REQUIRE(count);

    ProjectorWindow *projector = demo.window.projector();
    REQUIRE(projector);
    CHECK(projector->shownVote() == 0);
    projector->showVote(voteId);
    CHECK(projector->shownVote() == voteId);
    auto *view = projector->findChild<VoteResultView *>();
    REQUIRE(view);
    CHECK(view->isVisibleTo(projector));
    // The room reads the result in a few words, in both languages; the numbers are the bars.
    const QString words = view->headlineLabel()->text();
    const BilingualText headline = voteHeadline(count.value());
    REQUIRE_FALSE(headline.fr.isEmpty());
    CHECK(headline.fr != headline.nl);
    CHECK(words.contains(headline.fr));
    CHECK(words.contains(headline.nl));
    CHECK(words.contains(s("Adoptée")));
    CHECK(words.contains(s("Aangenomen")));
    CHECK_FALSE(view->explanationLabel()->isVisibleTo(projector));
    CHECK(view->chart()->chart().bars().size() == 3); // for, against, abstain voices
    const BilingualText question = workspace->record(Entity::Vote, voteId)->bilingual(s("title"));
    CHECK(view->questionLabel()->text().contains(question.fr));
    CHECK(view->questionLabel()->text().contains(question.nl));

    // Back to the agenda.
    projector->showVote(0);
    CHECK(projector->shownVote() == 0);
    CHECK_FALSE(view->isVisibleTo(projector));
}

TEST_CASE("Votes the keys the buttons advertise work from the tree and the entry table", "[votepanel]")
{
    UiVoteRoom room;
    VotePanel *panel = room.panel;
    QTreeWidget *tree = panel->tree();
    QTableWidget *table = panel->entryTable();
    // A change of language sets the buttons' texts again, and with them their mnemonics.
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(panel, &languageChange);
    QPushButton *close = panel->closeButton();
    CHECK(close->shortcut() == QKeySequence::mnemonic(close->text()));
    QSignalSpy failed(panel, &VotePanel::failed);

    // Ctrl+Return in the entry table closes the vote.
    const qint64 named = room.open(VoteMode::Named);
    REQUIRE(table->isVisible());
    QuorumUiTest::focus(table);
    QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
    CHECK(room.vote(named).text(s("status")) == s("closed"));
    // The button is disabled once closed, and so is its key.
    REQUIRE(QTest::qWaitFor([&] { return !close->isEnabled(); }, 2000));
    QuorumUiTest::focus(table);
    QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
    CHECK(failed.isEmpty());

    // Ctrl+Shift+P and Ctrl+Shift+O on a proposal open their dialogs.
    const qint64 second = room.addProposal(s("Budget participatif 2027"));
    tree->setCurrentItem(room.treeRow(s("Budget participatif 2027")));
    QuorumUiTest::focus(tree);
    int dialogs = 0;
    whenDialogOpens<ProposalDialog>([&](ProposalDialog *) { ++dialogs; });
    QTest::keyClick(tree, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(dialogs == 1);
    room.demo.showActive(); // the platform gives no window the focus back when a dialog closes
    QuorumUiTest::focus(tree);
    whenDialogOpens<ProposalDialog>([&](ProposalDialog *) { ++dialogs; });
    QTest::keyClick(tree, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(dialogs == 2);

    // Ctrl+Shift+V puts it to the vote; a show of hands is typed in the counts, which
    // take the focus.
    room.demo.showActive();
    QuorumUiTest::focus(tree);
    bool voteDialog = false;
    whenDialogOpens<VoteDialog>([&](VoteDialog *dialog) {
        voteDialog = true;
        dialog->modeBox()->setCurrentIndex(dialog->modeBox()->findData(int(VoteMode::Hands)));
        REQUIRE(dialog->ruleBox()->count() > 3);
        dialog->ruleBox()->setCurrentIndex(3); // a majority of the votes cast
        dialog->accept();
    });
    QTest::keyClick(tree, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(voteDialog);
    const QList<Record> votes = room.workspace->records(Entity::Vote, room.itemId);
    qint64 hands = 0;
    for (const Record &vote : votes)
        if (vote.number(s("proposal_id")) == second)
            hands = vote.id;
    REQUIRE(hands > 0);
    CHECK(panel->currentVoteId() == hands);
    QSpinBox *forBox = panel->countBox(0);
    REQUIRE(forBox->isVisible());
    CHECK_FALSE(table->isVisible());
    room.demo.showActive();
    CHECK(QTest::qWaitFor([&] { return forBox->hasFocus(); }, 2000));

    // Ctrl+Enter on the keypad closes it, on the count still being typed.
    QuorumUiTest::focus(forBox);
    forBox->selectAll();
    QTest::keyClicks(forBox, s("7"));
    QTest::keyClick(forBox, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    CHECK(room.vote(hands).text(s("status")) == s("closed"));
    const std::optional<Record> tally = room.roomTally(hands);
    REQUIRE(tally);
    CHECK(tally->number(s("votes_for")) == 7);
    CHECK(failed.isEmpty());

    // F6 asks for the vote on the projector.
    QSignalSpy projected(panel, &VotePanel::projectVoteRequested);
    QuorumUiTest::focus(tree);
    QTest::keyClick(tree, Qt::Key_F6);
    REQUIRE(projected.count() == 1);
    CHECK(projected.first().first().toLongLong() == hands);
    CHECK(room.demo.window.projector()->shownVote() == hands);
}

TEST_CASE("Votes a vote removed by undo is shown neither on the projector nor in the panel", "[votepanel]")
{
    UiVoteRoom room;
    QUndoStack *stack = room.workspace->undoStack();
    const int steps = stack->count();
    const qint64 first = room.open(VoteMode::Hands);
    REQUIRE(stack->count() == steps + 1);
    ProjectorWindow *projector = room.demo.window.projector();
    REQUIRE(projector);
    projector->showVote(first);
    auto *view = projector->findChild<VoteResultView *>();
    REQUIRE(view);
    REQUIRE(view->isVisibleTo(projector));

    stack->undo();
    REQUIRE_FALSE(room.workspace->record(Entity::Vote, first));
    CHECK(projector->shownVote() == 0);
    CHECK_FALSE(view->isVisibleTo(projector));
    CHECK(room.panel->currentVoteId() == 0);

    // The next vote may well get the same id: nobody asked to see it.
    const qint64 next = room.openOnly(VoteMode::Hands);
    INFO("the first vote had id " << first << ", the next has " << next);
    QTest::qWait(50);
    CHECK(projector->shownVote() == 0);
    CHECK_FALSE(view->isVisibleTo(projector));
    CHECK(room.panel->currentVoteId() == 0);
    CHECK_FALSE(room.panel->closeButton()->isEnabled());
}

TEST_CASE("Votes the voices of subgroups are typed down the Voice column", "[votepanel]")
{
    UiVoteRoom room;
    const qint64 voteId = room.open(VoteMode::Hands, true);
    QTableWidget *table = room.panel->entryTable();
    REQUIRE(table->isVisible());
    REQUIRE(table->columnCount() == 5);
    REQUIRE(table->rowCount() >= 2);
    auto voiceShown = [&](int row) { return table->item(row, 4) ? table->item(row, 4)->text() : QString(); };

    QuorumUiTest::focus(table);
    table->setCurrentCell(0, 4);
    QTest::keyClick(table, Qt::Key_F);
    REQUIRE(QTest::qWaitFor([&] { return !voiceShown(0).isEmpty(); }, 2000));
    // The redraw leaves the cursor in the Voice column.
    CHECK(table->currentRow() == 0);
    CHECK(table->currentColumn() == 4);
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(table->currentRow() == 1);
    CHECK(table->currentColumn() == 4);
    QTest::keyClick(table, Qt::Key_A);
    REQUIRE(QTest::qWaitFor([&] { return !voiceShown(1).isEmpty(); }, 2000));
    CHECK(voiceShown(0) != voiceShown(1));
    CHECK(table->currentRow() == 1);
    CHECK(table->currentColumn() == 4);

    QStringList voices;
    for (const Record &t : room.workspace->records(Entity::VoteTally, voteId))
        if (t.number(s("subgroup_id")) != 0 && !t.text(s("voice")).isEmpty())
            voices << t.text(s("voice"));
    voices.sort();
    CHECK(voices == QStringList{s("against"), s("for")});
}

TEST_CASE("Votes a title typed like markup shows as typed in the tooltips", "[votepanel]")
{
    UiVoteRoom room;
    room.addProposal(s("<b>x</b>"));
    room.addProposal(s("R & D"));
    const QString marked = room.treeRow(s("<b>x</b>"))->toolTip(0);
    CHECK(marked.contains(s("&lt;b&gt;")));
    CHECK(renderedToolTip(marked).startsWith(s("<b>x</b>")));
    // Plain text stays plain: an ampersand is not shown as "&amp;".
    CHECK(renderedToolTip(room.treeRow(s("R & D"))->toolTip(0)).startsWith(s("R & D")));
}

TEST_CASE("Votes a proposal removed before the vote dialog opens is not put to the vote", "[votepanel]")
{
    UiVoteRoom room;
    const qint64 doomed = room.addProposal(s("Budget participatif 2027"));
    room.panel->tree()->setCurrentItem(room.treeRow(s("Budget participatif 2027")));
    // Removed, and the tree not yet redrawn: it still shows the proposal.
    REQUIRE(room.workspace->removeRecord(Entity::Proposal, doomed));
    const int votes = int(room.workspace->records(Entity::Vote, room.itemId).size());
    bool opened = false;
    QTimer::singleShot(0, [&opened] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            opened = true;
            dialog->reject();
        }
    });
    room.panel->putToVote(VoteDialog::Kind::Proposal);
    QTest::qWait(20);
    CHECK_FALSE(opened);
    CHECK(room.workspace->records(Entity::Vote, room.itemId).size() == votes);
}

TEST_CASE("Votes the history in view follows a vote closed and its undo", "[votepanel]")
{
    UiVoteRoom room;
    const qint64 proposal = room.addProposal(s("<b>x</b>"));
    const qint64 voteId = room.open(VoteMode::Hands, false, proposal);
    REQUIRE(setCounts(*room.workspace, voteId, 0, 0, 7, 2, 1));

    REQUIRE(room.demo.window.showView(s("history")));
    HistoryPanel *history = room.demo.window.historyPanel();
    REQUIRE(history->isVisible());
    QTableWidget *table = history->table();
    const int before = table->rowCount();
    REQUIRE(before >= 2);
    table->setCurrentCell(0, 0);
    const QString reading = history->details()->toPlainText();
    auto rowOf = [&](const QString &question) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 2) && table->item(row, 2)->text() == question)
                return row;
        return -1;
    };

    // Closed while the history is in view: listed without leaving it, the decision being
    // read still selected.
    REQUIRE(closeVote(*room.workspace, voteId, QDateTime::currentDateTimeUtc()));
    REQUIRE(QTest::qWaitFor([&] { return table->rowCount() == before + 1; }, 2000));
    const int row = rowOf(s("<b>x</b>"));
    REQUIRE(row >= 0);
    CHECK(table->item(row, 2)->toolTip().contains(s("&lt;b&gt;")));
    CHECK(renderedToolTip(table->item(row, 2)->toolTip()) == s("<b>x</b>"));
    CHECK(table->currentRow() != row);
    CHECK(history->details()->toPlainText() == reading);

    // Undone: gone again.
    room.workspace->undoStack()->undo();
    REQUIRE(QTest::qWaitFor([&] { return table->rowCount() == before; }, 2000));
    CHECK(rowOf(s("<b>x</b>")) < 0);
    CHECK(history->details()->toPlainText() == reading);
}
