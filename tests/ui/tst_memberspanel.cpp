// SPDX-License-Identifier: GPL-3.0-or-later
// The members panel of the main window: finding members by typing.

#include "uitestsupport.h"

#include <QLabel>
#include <QLineEdit>

using namespace Quorum;
using QuorumUiTest::DemoWindow;

namespace {

bool rowContains(const QAbstractItemModel &model, int row, const QString &needle)
{
    for (int column = 0; column < model.columnCount(); ++column)
        if (model.index(row, column).data().toString().contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

TEST_CASE("Main window members filter keeps only the matching members", "[mainwindow][members]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    demo.showActive();
    REQUIRE(window.showView(QStringLiteral("members")));
    MembersPanel *panel = window.membersPanel();
    auto *filter = panel->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE(filter);
    auto *count = panel->findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE(count);
    const RecordTableModel &members = *panel->model();
    const QAbstractItemModel &shown = *panel->view()->model();
    const int total = members.rowCount();
    REQUIRE(total >= 30);
    REQUIRE(shown.rowCount() == total);
    CHECK(count->text().contains(QString::number(total)));

    // Part of the surname of the first member, in another case than it is written.
    const QString name = members.index(0, 0).data().toString();
    const QString surname = name.section(u' ', -1);
    REQUIRE(surname.size() >= 4);
    const QString needle = surname.left(surname.size() - 1).toLower();
    int expected = 0;
    for (int row = 0; row < total; ++row)
        expected += rowContains(members, row, needle) ? 1 : 0;
    INFO("filtering on \"" << needle.toStdString() << "\"");
    REQUIRE(expected >= 1);
    REQUIRE(expected < total);

    QTest::keyClicks(filter, needle);
    CHECK(filter->text() == needle);
    CHECK(shown.rowCount() == expected);
    bool found = false;
    for (int row = 0; row < shown.rowCount(); ++row) {
        CHECK(rowContains(shown, row, needle));
        found = found || shown.index(row, 0).data().toString() == name;
    }
    CHECK(found);
    CHECK(count->text().contains(QString::number(expected)));
    CHECK(count->text().contains(QString::number(total)));

    // Nobody matches nonsense; clearing the filter shows everyone again.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("zzqxw"));
    CHECK(shown.rowCount() == 0);
    filter->clear();
    CHECK(shown.rowCount() == total);
    CHECK(count->text().contains(QString::number(total)));
}
