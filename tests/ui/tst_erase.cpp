// SPDX-License-Identifier: GPL-3.0-or-later
// The right to be forgotten: erasing a person from the members tab.
#include "uitestsupport.h"

#include "persondialogs.h"

#include <QAbstractButton>
#include <QLineEdit>
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

TEST_CASE("An existing person joins a second council without losing the first")
{
    DemoWindow demo;
    // The care council: the second in the list.
    RecordTableView *councils = demo.window.councilsView();
    REQUIRE(councils->records()->rowCount() >= 2);
    const qint64 careCouncil = councils->records()->recordId(1);
    councils->selectRecord(careCouncil);
    REQUIRE(demo.window.showView(QStringLiteral("members")));
    Workspace *workspace = demo.window.workspace();
    // Someone of the regional council who is not on the care council.
    const qint64 regional = councils->records()->recordId(0);
    qint64 personId = 0;
    QString name;
    for (const Record &m : workspace->records(Entity::Membership, regional)) {
        const qint64 candidate = m.number(QStringLiteral("person_id"));
        bool already = false;
        for (const Record &c : workspace->records(Entity::Membership, careCouncil))
            already = already || c.number(QStringLiteral("person_id")) == candidate;
        if (!already) {
            personId = candidate;
            name = workspace->record(Entity::Person, candidate)->text(QStringLiteral("name"));
            break;
        }
    }
    REQUIRE(personId > 0);
    const int before = int(workspace->records(Entity::Membership, careCouncil).size());
    QTimer::singleShot(50, [name] {
        auto *dialog = qobject_cast<PersonPickerDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        QTest::keyClicks(dialog->searchField(), name);
        QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    });
    demo.window.membersPanel()->addExistingAction()->trigger();
    CHECK(workspace->records(Entity::Membership, careCouncil).size() == before + 1);
    CHECK(workspace->recordsWhere(Entity::Membership, QStringLiteral("person_id"), personId).size() >= 2);
    workspace->undoStack()->undo();
    CHECK(workspace->records(Entity::Membership, careCouncil).size() == before);
}
