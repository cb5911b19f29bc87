// SPDX-License-Identifier: GPL-3.0-or-later
// The minutes tab: the draft from the meeting, rich-text editing written through with
// undo, hostile text, the missing-language flags, reordering and the print preview.
#include "uitestsupport.h"

#include "minutespanel.h"
#include "minutespreview.h"
#include "minutestemplate/minutestemplatedialog.h"
#include "recordtableview.h"
#include "synthesis/richtext.h"

#include <QFile>
#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextEdit>
#include <QTimer>

using namespace Quorum;
using namespace QuorumUiTest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The demo window on the minutes of 13 November 2024, active, the draft started by keyboard.
struct Minutes
{
    DemoWindow demo;
    MinutesPanel *panel = nullptr;

    explicit Minutes(bool draft = true)
    {
        demo.showActive();
        REQUIRE(demo.window.showMeeting(QDate(2024, 11, 13)));
        REQUIRE(demo.window.showView(s("synthesis")));
        panel = demo.window.minutesPanel();
        REQUIRE(panel);
        REQUIRE(panel->isVisible());
        REQUIRE(panel->meetingId());
        // The demo holds a drafted synthesis for this meeting (for screenshots): the tests
        // start from none, as a secretary does after a session.
        const QList<qint64> stored = rowIds(*panel->sections());
        for (qint64 id : stored)
            REQUIRE(workspace()->removeRecord(Entity::SynthesisSection, id).ok());
        REQUIRE(panel->sections()->rowCount() == 0);
        REQUIRE(QTest::qWaitFor([this] { return panel->draftButton()->isVisible(); }, 2000));
        if (!draft)
            return;
        focus(panel->draftButton());
        QTest::keyClick(panel->draftButton(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(panel->sections()->rowCount() > 5);
    }

    Workspace *workspace() const { return demo.window.workspace(); }
    QUndoStack *stack() const { return demo.window.workspace()->undoStack(); }
    QString stored(const char *column) const
    {
        const auto record = workspace()->record(Entity::SynthesisSection, panel->currentSectionId());
        REQUIRE(record);
        return record->text(s(column));
    }
    // Selects the first section whose French text has words, and returns its row.
    int selectSectionWithText() const
    {
        for (int row = 0; row < panel->sections()->rowCount(); ++row) {
            if (richTextToPlain(panel->sections()->recordAt(row).text(s("body_fr"))).trimmed().isEmpty())
                continue;
            panel->sectionsView()->selectRecord(panel->sections()->recordId(row));
            REQUIRE(panel->currentSectionId() == panel->sections()->recordId(row));
            return row;
        }
        FAIL("no drafted section has a French text");
        return -1;
    }
    QString listTitle(int row) const
    {
        const QAbstractItemModel *model = panel->sectionsView()->model();
        return model->index(row, 1).data().toString();
    }
    // Types at the end of an editor.
    void typeAtEnd(QTextEdit *editor, const QString &text) const
    {
        focus(editor);
        QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
    }
};

} // namespace

TEST_CASE("The minutes draft starts from the meeting by keyboard as one undo step", "[minutes]")
{
    Minutes m(false);
    REQUIRE(m.panel->sections()->rowCount() == 0);
    CHECK(m.panel->pages()->currentIndex() == 0); // the empty state explains and offers the draft
    CHECK(m.panel->draftButton()->isVisible());
    const int steps = m.stack()->count();
    focus(m.panel->draftButton());
    QTest::keyClick(m.panel->draftButton(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(m.panel->sections()->rowCount() > 5);
    CHECK(m.stack()->count() == steps + 1);
    CHECK(m.panel->pages()->currentIndex() == 1);
    CHECK(m.panel->currentSectionId() == m.panel->sections()->recordId(0));
    CHECK(m.panel->bodyEditor(Language::French)->isEnabled());
    CHECK(m.panel->titleEditor(Language::French)->text() == m.panel->sections()->recordAt(0).text(s("title_fr")));

    m.stack()->undo();
    CHECK(m.panel->sections()->rowCount() == 0);
    CHECK(m.panel->pages()->currentIndex() == 0);
    m.stack()->redo();
    CHECK(m.panel->sections()->rowCount() > 5);
    CHECK(m.panel->pages()->currentIndex() == 1);
}

TEST_CASE("Ctrl+Shift+T edits the council's minutes template, and the next draft follows it", "[minutes]")
{
    Minutes m(false);
    const qint64 council = m.workspace()->record(Entity::Meeting, *m.panel->meetingId())->number(s("council_id"));
    REQUIRE(m.workspace()->records(Entity::MinutesTemplate, council).isEmpty());
    REQUIRE(m.panel->templateButton()->isVisible());

    // The dialog is modal: the test works in it once it is up, then closes it.
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<MinutesTemplateDialog *>(QApplication::activeModalWidget());
        seen = dialog != nullptr;
        if (!dialog)
            return;
        CHECK(dialog->startButton()->isEnabled());
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        CHECK(dialog->view()->model()->rowCount() == 13);
        CHECK_FALSE(dialog->startButton()->isEnabled()); // only an empty template starts from Quorum's
        CHECK(dialog->windowTitle().contains(s("Conseil de l'Action Régionale")));
        dialog->reject();
    });
    focus(m.panel->draftButton());
    QTest::keyClick(m.panel->draftButton(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(seen);
    REQUIRE(m.workspace()->records(Entity::MinutesTemplate, council).size() == 13);

    // The council keeps the objectives only: the draft has just that section.
    for (const Record &row : m.workspace()->records(Entity::MinutesTemplate, council))
        if (row.text(s("kind")) != s("objectives"))
            REQUIRE(m.workspace()->removeRecord(Entity::MinutesTemplate, row.id).ok());
    m.panel->createDraft();
    REQUIRE(m.panel->sections()->rowCount() == 1);
    CHECK(m.workspace()->records(Entity::SynthesisSection, *m.panel->meetingId()).first().text(s("kind")) == s("objectives"));
}

TEST_CASE("Typing in the French text is written through and undo and redo restore the editor", "[minutes]")
{
    Minutes m;
    m.selectSectionWithText();
    QTextEdit *fr = m.panel->bodyEditor(Language::French);
    const QString before = m.stored("body_fr");
    const QString plainBefore = fr->toPlainText();
    const int steps = m.stack()->count();

    m.typeAtEnd(fr, s(" Bonjour tout le monde"));
    CHECK(richTextToPlain(m.stored("body_fr")).contains(s("Bonjour tout le monde")));
    CHECK(m.stack()->count() == steps + 1); // the keystrokes merged into one step
    CHECK(fr->hasFocus());
    CHECK(fr->textCursor().position() == fr->document()->characterCount() - 1); // never moved while typing

    // Ctrl+Z in the editor is the workspace's undo.
    QTest::keyClick(fr, Qt::Key_Z, Qt::ControlModifier);
    CHECK(m.stored("body_fr") == before);
    CHECK(fr->toPlainText() == plainBefore);
    QTest::keyClick(fr, Qt::Key_Y, Qt::ControlModifier);
    CHECK(fr->toPlainText().contains(s("Bonjour tout le monde")));

    // And from the window's Edit menu, with the focus elsewhere.
    focus(m.panel->sectionsView());
    m.stack()->undo();
    CHECK(fr->toPlainText() == plainBefore);
    m.stack()->redo();
    CHECK(fr->toPlainText().contains(s("Bonjour tout le monde")));
}

TEST_CASE("Ctrl+B makes the selection bold in the stored text", "[minutes]")
{
    Minutes m;
    m.selectSectionWithText();
    QTextEdit *fr = m.panel->bodyEditor(Language::French);
    focus(fr);
    QTest::keyClick(fr, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(fr, Qt::Key_B, Qt::ControlModifier);
    CHECK(m.stored("body_fr").contains(s("<strong>")));
    CHECK(m.panel->boldAction()->isChecked());
    // Ctrl+I the same way.
    QTest::keyClick(fr, Qt::Key_I, Qt::ControlModifier);
    CHECK(m.stored("body_fr").contains(s("<em>")));
    // Clear formatting takes both away again.
    m.panel->clearFormattingAction()->trigger();
    CHECK_FALSE(m.stored("body_fr").contains(s("<strong>")));
    CHECK_FALSE(m.stored("body_fr").contains(s("<em>")));
}

TEST_CASE("A bulleted list typed in the Dutch text is stored as a list", "[minutes]")
{
    Minutes m;
    m.selectSectionWithText();
    QTextEdit *nl = m.panel->bodyEditor(Language::Dutch);
    m.typeAtEnd(nl, QString());
    QTest::keyClick(nl, Qt::Key_Return);
    QTest::keyClicks(nl, s("Eerste punt"));
    m.panel->bulletsAction()->trigger();
    CHECK(m.stored("body_nl").contains(s("<ul>")));
    CHECK(m.stored("body_nl").contains(s("<li>Eerste punt</li>")));
}

TEST_CASE("Typed markup is stored escaped and shown literally", "[minutes]")
{
    Minutes m;
    const int row = m.selectSectionWithText();
    QTextEdit *nl = m.panel->bodyEditor(Language::Dutch);
    m.typeAtEnd(nl, s(" <b>A&B</b>"));
    const QString stored = m.stored("body_nl");
    CHECK(stored.contains(s("&lt;b&gt;A&amp;B&lt;/b&gt;")));
    CHECK_FALSE(stored.contains(s("<b>")));
    // Loaded again from the file: the ten characters, not bold text.
    m.panel->sectionsView()->selectRecord(m.panel->sections()->recordId(row == 0 ? 1 : 0));
    m.panel->sectionsView()->selectRecord(m.panel->sections()->recordId(row));
    CHECK(nl->toPlainText().contains(s("<b>A&B</b>")));
}

TEST_CASE("A section written in one language only is flagged until it is translated", "[minutes]")
{
    Minutes m;
    const int row = m.selectSectionWithText();
    QTextEdit *nl = m.panel->bodyEditor(Language::Dutch);
    QLabel *banner = m.panel->missingBanner(Language::Dutch);
    m.typeAtEnd(nl, s("Tekst")); // both languages written
    CHECK(banner->isHidden());
    CHECK_FALSE(m.listTitle(row).startsWith(s("⚠")));

    focus(nl);
    QTest::keyClick(nl, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(nl, Qt::Key_Delete);
    CHECK(richTextToPlain(m.stored("body_nl")).trimmed().isEmpty());
    CHECK_FALSE(banner->isHidden());
    CHECK(m.panel->missingBanner(Language::French)->isHidden());
    CHECK(m.listTitle(row).startsWith(s("⚠")));
    CHECK(m.panel->sectionsView()->model()->index(row, 1).data(Qt::ToolTipRole).toString().contains(s("Dutch")));

    QTest::keyClicks(nl, s("Vertaald"));
    CHECK(banner->isHidden());
    CHECK_FALSE(m.listTitle(row).startsWith(s("⚠")));

    // A title in one language only is flagged the same way.
    QLineEdit *titleNl = m.panel->titleEditor(Language::Dutch);
    focus(titleNl);
    titleNl->selectAll();
    QTest::keyClick(titleNl, Qt::Key_Delete);
    CHECK(m.stored("title_nl").isEmpty());
    CHECK(m.listTitle(row).startsWith(s("⚠")));
    m.stack()->undo();
    CHECK(titleNl->text() == m.stored("title_nl"));
    CHECK_FALSE(titleNl->text().isEmpty());
    CHECK_FALSE(m.listTitle(row).startsWith(s("⚠")));
}

TEST_CASE("Sections reorder from the keyboard as one undo step", "[minutes]")
{
    Minutes m;
    RecordTableView *view = m.panel->sectionsView();
    const QList<qint64> before = rowIds(*m.panel->sections());
    view->selectRecord(before.at(1));
    focus(view);
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    const QList<qint64> after = rowIds(*m.panel->sections());
    CHECK(after.at(0) == before.at(1));
    CHECK(after.at(1) == before.at(0));
    CHECK(m.panel->currentSectionId() == before.at(1)); // the editor stays on the moved section
    m.stack()->undo();
    CHECK(rowIds(*m.panel->sections()) == before);
}

TEST_CASE("The print preview shows the PDF pages and follows an edit", "[minutes]")
{
    Minutes m;
    REQUIRE(m.demo.window.showView(s("preview")));
    MinutesPreview *preview = m.panel->preview();
    REQUIRE(preview->isVisible());
    REQUIRE(QTest::qWaitFor([preview] { return preview->pageCount() >= 1; }, 5000));
    const QImage first = preview->pages().first();
    CHECK(first.width() > 500);
    CHECK(first.height() > first.width()); // A4, portrait
    CHECK_FALSE(preview->pageView()->pixmap().isNull());

    // An edit of a section's text: redrawn after a pause, not at each keystroke.
    const int renders = preview->renderCount();
    const qint64 section = m.panel->sections()->recordId(0);
    QString text = s("<p><strong>Ajout pour l’aperçu</strong></p>");
    for (int i = 0; i < 40; ++i)
        text += s("<p>Une ligne de plus pour l’aperçu, numéro %1.</p>").arg(i);
    REQUIRE(m.workspace()->setValue(Entity::SynthesisSection, section, s("body_fr"), text).ok());
    CHECK(preview->isOutOfDate());
    CHECK(preview->renderCount() == renders);
    REQUIRE(QTest::qWaitFor([&] { return preview->renderCount() > renders; }, 5000));
    CHECK(preview->pages().first() != first);

    // Page by page and zoom.
    if (preview->pageCount() > 1) {
        focus(preview);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        CHECK(preview->currentPage() == 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp);
        CHECK(preview->currentPage() == 0);
    }
    const int width = preview->pages().first().width();
    preview->zoomBy(1);
    CHECK(preview->pages().first().width() > width);

    // Dutch only: other pages.
    preview->setLanguages(DocumentLanguages::Dutch);
    REQUIRE(preview->pageCount() >= 1);

    // Hidden, it waits: an edit is drawn only once the preview is shown again.
    REQUIRE(m.demo.window.showView(s("synthesis")));
    const int hiddenRenders = preview->renderCount();
    REQUIRE(m.workspace()->setValue(Entity::SynthesisSection, section, s("body_nl"), s("<p>Nieuw</p>")).ok());
    QTest::qWait(700);
    CHECK(preview->renderCount() == hiddenRenders);
    REQUIRE(m.demo.window.showView(s("preview")));
    CHECK(preview->renderCount() == hiddenRenders + 1);
}

TEST_CASE("The minutes views have their menu keys", "[minutes]")
{
    DemoWindow demo;
    demo.showActive();
    REQUIRE(demo.window.showMeeting(QDate(2024, 11, 13)));
    const QStringList names = MainWindow::viewNames();
    REQUIRE(names.indexOf(s("synthesis")) == 8);
    REQUIRE(names.indexOf(s("preview")) == 9);
    QTest::keyClick(&demo.window, Qt::Key_9, Qt::ControlModifier);
    REQUIRE(demo.window.minutesPanel()->isVisible());
    CHECK(demo.window.minutesPanel()->meetingId());
    QTest::keyClick(&demo.window, Qt::Key_0, Qt::ControlModifier);
    CHECK(demo.window.minutesPanel()->preview()->isVisible());
}

TEST_CASE("The minutes are exported from the preview as the secretary sees them", "[minutes]")
{
    Minutes m;
    auto *preview = m.panel->findChild<MinutesPreview *>();
    REQUIRE(preview);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(s("synthese.pdf"));
    REQUIRE(preview->exportTo(pdf).ok());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    const QString html = dir.filePath(s("synthese.html"));
    preview->languageBox()->setCurrentIndex(1); // Dutch only
    REQUIRE(preview->exportTo(html).ok());
    QFile page(html);
    REQUIRE(page.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(page.readAll());
    CHECK(text.contains(s("Deelnemers")));
    CHECK_FALSE(text.contains(s("Participants")));
    auto refused = preview->exportTo(dir.filePath(s("synthese.txt")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(s(".pdf")));
}
