// SPDX-License-Identifier: GPL-3.0-or-later
// The right of access: exporting a person's data from the members tab.
#include "uitestsupport.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace Quorum;
using QuorumUiTest::DemoWindow;

namespace {

// Answers the next file dialog with `path` once it is open, confirming a replacement if
// asked, and reports the file name it proposed.
void chooseFileInNextDialog(const QString &path, QString *proposed)
{
    QTimer::singleShot(0, [path, proposed] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        *proposed = QFileInfo(dialog->selectedFiles().value(0)).fileName();
        dialog->selectFile(path);
        QTimer::singleShot(0, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        static_cast<QDialog *>(dialog)->accept(); // public in QDialog, QFileDialog's own checks run
    });
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("Export personal data sits beside erase and writes the selected person", "[members][personaldata]")
{
    DemoWindow demo;
    REQUIRE(demo.window.showView(QStringLiteral("members")));
    MembersPanel *panel = demo.window.membersPanel();
    RecordTableView *view = panel->view();
    // In the table's context menu, right after erasing.
    const QList<QAction *> actions = view->actions();
    const qsizetype erase = actions.indexOf(panel->eraseAction());
    REQUIRE(erase >= 0);
    CHECK(actions.value(erase + 1) == panel->exportPersonalDataAction());
    CHECK(panel->exportPersonalDataAction()->text().contains(u'&'));

    REQUIRE(view->model()->rowCount() > 0);
    view->setCurrentIndex(view->model()->index(0, 0));
    const qint64 personId = panel->model()->recordAt(view->currentSourceRow()).number(QStringLiteral("person_id"));
    const QString name = demo.window.workspace()->record(Entity::Person, personId)->text(QStringLiteral("name"));

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("export.json"));
    QString proposed;
    QSignalSpy failures(panel, &MembersPanel::failed);
    chooseFileInNextDialog(out, &proposed);
    panel->exportPersonalDataAction()->trigger();
    CHECK(proposed == name + QStringLiteral("-personal-data.json"));
    CHECK(failures.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(contents(out)).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("quorum-personal-data"));
    CHECK(root.value(QStringLiteral("person")).toObject().value(QStringLiteral("name")).toString() == name);
    CHECK_FALSE(root.value(QStringLiteral("records")).toObject().value(QStringLiteral("memberships")).toArray().isEmpty());

    // Chosen onto the workspace itself: refused in the message bar, the file untouched.
    const QString workspaceFile = demo.window.workspace()->storage().path();
    const QByteArray before = contents(workspaceFile);
    chooseFileInNextDialog(workspaceFile, &proposed);
    panel->exportPersonalDataAction()->trigger();
    REQUIRE(failures.size() == 1);
    CHECK(failures.at(0).at(0).toString().contains(QStringLiteral("workspace")));
    CHECK(contents(workspaceFile) == before);
    CHECK(demo.window.workspace()->record(Entity::Person, personId).has_value());
}
