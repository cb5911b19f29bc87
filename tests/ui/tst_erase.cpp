// SPDX-License-Identifier: GPL-3.0-or-later
// The right to be forgotten: erasing a person from the members tab.
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QMessageBox>
#include <QTimer>

using namespace Quorum;
using namespace QuorumUiTest;

namespace {

// Answers the next confirmation dialog with `button` once it is open.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        box->button(button)->click();
    });
}

qint64 currentPerson(MainWindow &window)
{
    RecordTableView *view = window.membersPanel()->view();
    return window.membersPanel()->model()->recordAt(view->currentSourceRow()).number(QStringLiteral("person_id"));
}

} // namespace

TEST_CASE("Erasing a person asks first and removes them with every membership")
{
    DemoWindow demo;
    REQUIRE(demo.window.showView(QStringLiteral("members")));
    RecordTableView *view = demo.window.membersPanel()->view();
    const int before = view->model()->rowCount();
    REQUIRE(before > 0);
    view->setCurrentIndex(view->model()->index(0, 0));
    const qint64 personId = currentPerson(demo.window);
    Workspace *workspace = demo.window.workspace();
    REQUIRE(workspace->record(Entity::Person, personId));

    answerNextQuestion(QMessageBox::Cancel);
    demo.window.membersPanel()->eraseAction()->trigger();
    CHECK(workspace->record(Entity::Person, personId).has_value());
    CHECK(view->model()->rowCount() == before);

    answerNextQuestion(QMessageBox::Yes);
    demo.window.membersPanel()->eraseAction()->trigger();
    CHECK_FALSE(workspace->record(Entity::Person, personId).has_value());
    CHECK(workspace->recordsWhere(Entity::Membership, QStringLiteral("person_id"), personId).isEmpty());
    CHECK(view->model()->rowCount() == before - 1);
}
