// SPDX-License-Identifier: GPL-3.0-or-later
// Capturing what a workshop said: type, Enter, next card; grouping cards into an issue.
#include "uitestsupport.h"

#include "ideas/ideaboard.h"
#include "ideas/ideaspanel.h"
#include "meetingspanel.h"
#include "models/recordtablemodel.h"
#include "recordtableview.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMimeData>
#include <QUndoStack>

using namespace Quorum;
using namespace QuorumUiTest;

namespace {

struct Board
{
    DemoWindow demo;
    IdeasPanel *panel = nullptr;
    qint64 meetingId = 0;

    Board()
    {
        demo.showActive();
        REQUIRE(demo.window.showMeeting(QDate(2024, 11, 13)));
        REQUIRE(demo.window.showView(u"ideas"_qs));
        panel = demo.window.meetingsPanel()->ideas();
        REQUIRE(panel);
        REQUIRE(panel->isVisible());
        meetingId = *demo.window.meetingsPanel()->currentMeetingId();
    }
    IdeaBoard board() const { return readIdeaBoard(demo.window.workspace()->storage(), meetingId); }
};

} // namespace

TEST_CASE("Type, Enter, next card: the workshop, kind and language stay for the next one")
{
    Board b;
    CHECK(b.panel->cardsView()->records()->rowCount() == 9);
    CHECK(b.panel->workshopBox()->count() == 7); // plenary and the six workshops
    b.panel->workshopBox()->setCurrentIndex(3);
    b.panel->kindBox()->setCurrentIndex(b.panel->kindBox()->findData(u"solution"_qs));
    b.panel->languageBox()->setCurrentIndex(b.panel->languageBox()->findData(u"nl"_qs));
    QLineEdit *line = b.panel->captureLine();
    line->setFocus();
    QTest::keyClicks(line, u"Een vroedvrouw in elke zorgzone"_qs);
    QTest::keyClick(line, Qt::Key_Return);
    QTest::keyClicks(line, u"Tolken bij de eerste consultatie"_qs);
    QTest::keyClick(line, Qt::Key_Return);
    CHECK(line->text().isEmpty());
    CHECK(line->hasFocus());
    const IdeaBoard board = b.board();
    REQUIRE(board.cards.size() == 11);
    for (const Record &card : board.cards.mid(9)) {
        CHECK(card.text(u"kind"_qs) == u"solution"_qs);
        CHECK(card.text(u"said_in"_qs) == u"nl"_qs);
        CHECK(card.number(u"workshop_id"_qs) == b.panel->workshopBox()->itemData(3).toLongLong());
    }
    CHECK(b.panel->cardsView()->records()->rowCount() == 11);

    // An empty line adds nothing and says why.
    QString failure;
    QObject::connect(b.panel, &IdeasPanel::failed, [&](const QString &message) { failure = message; });
    QTest::keyClick(line, Qt::Key_Return);
    CHECK(failure.contains(u"needs a text"_qs));
    CHECK(b.board().cards.size() == 11);
}

TEST_CASE("The selected cards become a new issue as one step")
{
    Board b;
    RecordTableView *view = b.panel->cardsView();
    view->selectRecord(b.board().cardsOf(0).first().id);
    const int steps = b.demo.window.workspace()->undoStack()->count();
    b.panel->groupSelectedAs({u"La fracture numérique"_qs, QString()});
    const IdeaBoard board = b.board();
    CHECK(board.issues.size() == 3);
    CHECK(board.cardsOf(0).isEmpty());
    CHECK(board.cardsOf(board.issues.last().id).size() == 1);
    CHECK(b.demo.window.workspace()->undoStack()->count() == steps + 1);
    CHECK(b.panel->issuesView()->records()->rowCount() == 3);
}

TEST_CASE("The board offers this and later sessions' decision items, sets priorities and proposes an issue")
{
    Board b;
    const QList<QPair<qint64, QString>> items = b.panel->decisionItems();
    REQUIRE(items.size() == 3); // the charter (1 July 2025) and the two of 18 November 2025
    CHECK(items.last().second.contains(u"Vote de la feuille de route 2026"_qs));

    // Priorities during the session itself, on a decision item added for it.
    Record item(Entity::AgendaItem, {{u"meeting_id"_qs, b.meetingId}, {u"kind"_qs, u"decision"_qs}});
    item.setBilingual(u"title"_qs, {u"Priorités"_qs, u"Prioriteiten"_qs});
    auto added = b.demo.window.workspace()->addRecord(item);
    REQUIRE(added.ok());
    b.panel->setPriorities(added.value(), 3);
    RecordTableModel *issues = b.panel->issuesView()->records();
    const int dotsColumn = issues->columnCount() - 1;
    CHECK(issues->headerData(dotsColumn, Qt::Horizontal).toString() == u"Dots"_qs);
    CHECK(issues->data(issues->index(0, dotsColumn)).toInt() == 0);
    CHECK(issues->data(issues->index(0, dotsColumn)).isValid());

    b.panel->issuesView()->selectRecord(issues->recordId(1));
    b.panel->proposeSelected(items.last().first);
    const qint64 proposal = b.demo.window.workspace()->storage().record(Entity::IdeaIssue, issues->recordId(1))->number(u"proposal_id"_qs);
    CHECK(proposal != 0);
    CHECK(b.demo.window.workspace()->storage().record(Entity::Proposal, proposal)->number(u"agenda_item_id"_qs) == items.last().first);
}

TEST_CASE("Cards dragged onto an issue go into it, and a drag of anything else is not taken")
{
    Board b;
    RecordTableModel *cards = b.panel->cardsView()->records();
    const IdeaBoard before = b.board();
    const qint64 loose = before.cardsOf(0).first().id;
    const qint64 target = before.issues.at(1).id;
    const int steps = b.demo.window.workspace()->undoStack()->count();
    std::unique_ptr<QMimeData> dragged(cards->mimeData({cards->index(cards->rowOfId(loose), 0)}));
    REQUIRE(dragged);
    CHECK(b.panel->dropCards(dragged.get(), target));
    CHECK(b.board().cardsOf(target).size() == before.cardsOf(target).size() + 1);
    CHECK(b.demo.window.workspace()->undoStack()->count() == steps + 1);

    // The issues' own rows (a reordering) are not cards: refused, nothing changes.
    RecordTableModel *issues = b.panel->issuesView()->records();
    std::unique_ptr<QMimeData> issueRows(issues->mimeData({issues->index(0, 0)}));
    REQUIRE(issueRows);
    CHECK_FALSE(b.panel->dropCards(issueRows.get(), target));
    CHECK(b.demo.window.workspace()->undoStack()->count() == steps + 1);
}
