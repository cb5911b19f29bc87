// SPDX-License-Identifier: GPL-3.0-or-later
// File › Import Members…: the preview before anything is written, Import disabled while
// the file has problems, the import as one undoable step.

#include "uitestsupport.h"

#include "members/importmembersdialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTranslator>

using namespace Quorum;
using QuorumUiTest::DemoWindow;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QByteArray withProblems = QString::fromUtf8("\xEF\xBB\xBF"
                                                  "Nom;Organisation;Secteur;Téléphone\r\n"
                                                  "Ann Peeters;Huis;Santé mentale;02 123\r\n"
                                                  "Bruno Dubois;CPAS;Astrologie;\r\n"
                                                  ";OCMW;;\r\n")
                                    .toUtf8();
const QByteArray clean = QString::fromUtf8("Nom;Organisation;Secteur;Téléphone\r\n"
                                           "Ann Peeters;Huis;Santé mentale;02 123\r\n"
                                           "Bruno Dubois;CPAS;cpas;\r\n")
                             .toUtf8();

} // namespace

TEST_CASE("The import preview lists every problem and keeps Import disabled")
{
    DemoWindow demo;
    Workspace &workspace = *demo.window.workspace();
    const qint64 people = workspace.storage().count(Entity::Person);
    ImportMembersDialog dialog(workspace, 1);
    CHECK_FALSE(dialog.importButton()->isEnabled()); // no file yet

    dialog.setData(withProblems, s("membres.csv"));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    QStringList problems;
    for (int i = 0; i < dialog.problemList()->count(); ++i)
        problems << dialog.problemList()->item(i)->text();
    CHECK(problems == QStringList{s("Line 3: no sector is called “Astrologie” in French or in Dutch: map it to a sector or "
                                    "create it."),
                                  s("Line 4: the name is empty.")});
    // The first rows as the file has them, numbered by their line in the file.
    REQUIRE(dialog.previewTable()->rowCount() == 3);
    CHECK(dialog.previewTable()->item(0, 0)->text() == s("Ann Peeters"));
    CHECK(dialog.previewTable()->verticalHeaderItem(2)->text() == s("4"));
    // Every column is shown with what it becomes; the unknown one is said to be left out.
    REQUIRE(dialog.mappingTable()->rowCount() == 4);
    CHECK(dialog.mappingTable()->item(2, 1)->text() == s("Sector"));
    CHECK(dialog.mappingTable()->item(3, 0)->text() == s("Téléphone"));
    CHECK(dialog.mappingTable()->item(3, 1)->text().contains(s("not imported")));
    // Accepting anyway (Enter) writes nothing.
    dialog.accept();
    CHECK(workspace.storage().count(Entity::Person) == people);
}

TEST_CASE("Import from the preview is one undoable step")
{
    DemoWindow demo;
    Workspace &workspace = *demo.window.workspace();
    const qint64 people = workspace.storage().count(Entity::Person);
    const int steps = workspace.undoStack()->count();
    ImportMembersDialog dialog(workspace, 1);
    dialog.setData(clean, s("membres.csv"));
    CHECK(dialog.problemList()->count() == 0);
    CHECK(dialog.summaryLabel()->text().contains(s("2 to add, 0 to update, 0 unchanged")));
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.summary().added == 2);
    CHECK(workspace.storage().count(Entity::Person) == people + 2);
    CHECK(workspace.undoStack()->count() == steps + 1);
    REQUIRE(workspace.undo().ok());
    CHECK(workspace.storage().count(Entity::Person) == people);
}

TEST_CASE("An unknown sector is mapped or created from the preview by keyboard")
{
    DemoWindow demo;
    Workspace &workspace = *demo.window.workspace();
    const qint64 sectors = workspace.storage().count(Entity::Sector);
    const QByteArray file = QString::fromUtf8("Nom;Organisation;Secteur\r\n"
                                              "Ann Peeters;Huis;Astrologie\r\n"
                                              "Bruno Dubois;CPAS;astrologie\r\n")
                                .toUtf8();
    ImportMembersDialog dialog(workspace, 1);
    dialog.setData(file, s("membres.csv"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    // The one unmatched value (written twice) has one row and a choice, nothing chosen yet.
    QTableWidget *values = dialog.valuesTable();
    REQUIRE(values->isVisible());
    REQUIRE(values->rowCount() == 1);
    CHECK(values->item(0, 0)->text() == s("Sector"));
    CHECK(values->item(0, 1)->text() == s("Astrologie"));
    auto *choice = qobject_cast<QComboBox *>(values->cellWidget(0, 2));
    REQUIRE(choice);
    CHECK(choice->currentIndex() == 0);
    CHECK(choice->count() == 2 + int(sectors));

    // Down arrow: "Create “Astrologie”"; the problems go and Import is enabled.
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down);
    CHECK(choice->currentText() == s("Create “Astrologie”"));
    CHECK(dialog.problemList()->count() == 0);
    CHECK(dialog.summaryLabel()->text().contains(s("sectors: Astrologie")));
    CHECK(dialog.importButton()->isEnabled());

    // Down again: the first existing sector instead; nothing is created then.
    QTest::keyClick(choice, Qt::Key_Down);
    const Record first = workspace.records(Entity::Sector).first();
    CHECK(choice->currentData().toLongLong() == first.id);
    CHECK_FALSE(dialog.summaryLabel()->text().contains(s("Astrologie")));
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    CHECK(workspace.storage().count(Entity::Sector) == sectors);
    for (const Record &person : workspace.records(Entity::Person))
        if (person.text(s("name")) == s("Bruno Dubois"))
            CHECK(person.number(s("sector_id")) == first.id);

    // Back to "Choose…" on a new file: the problem returns and Import is disabled again.
    ImportMembersDialog again(workspace, 1);
    again.setData(QByteArray(file).replace("Ann Peeters", "Carla Wouters").replace("Bruno Dubois", "Dirk Maes"), s("membres.csv"));
    auto *reset = qobject_cast<QComboBox *>(again.valuesTable()->cellWidget(0, 2));
    reset->setCurrentIndex(1);
    CHECK(again.importButton()->isEnabled());
    reset->setCurrentIndex(0);
    CHECK_FALSE(again.importButton()->isEnabled());
    CHECK(again.problemList()->count() == 2);
}

// QUORUM_SCREENSHOTS=DIR writes the preview in French and Dutch to DIR, to look at.
TEST_CASE("The import preview can be photographed in French and Dutch")
{
    const QString folder = qEnvironmentVariable("QUORUM_SCREENSHOTS");
    DemoWindow demo;
    for (Language language : {Language::French, Language::Dutch}) {
        // The catalogues are compiled into the quorum program, not this one: the catalogue
        // built next to it stands in, so that the pictures show the translated dialog.
        const bool bundled = demo.languages.setLanguage(language);
        QTranslator built;
        if (!bundled
            && built.load(QDir(QCoreApplication::applicationDirPath())
                              .filePath(u"../app/quorum_"_qs + languageCode(language) + u".qm"_qs)))
            QCoreApplication::installTranslator(&built);
        ImportMembersDialog dialog(*demo.window.workspace(), 1);
        dialog.setData(withProblems, s("membres.csv"));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        const QImage image = dialog.grab().toImage();
        CHECK(image.width() > 400);
        if (!folder.isEmpty())
            CHECK(image.save(QDir(folder).filePath(u"import-members-"_qs + languageCode(language) + u".png"_qs)));
    }
    demo.languages.setLanguage(Language::English);
}
