// SPDX-License-Identifier: GPL-3.0-or-later
#include "minutespanel.h"

#include "minutespreview.h"
#include "minutestemplate/minutestemplatedialog.h"
#include "documents/minutes.h"
#include "models/recordtablemodel.h"
#include "recordtableview.h"
#include "synthesis/draft.h"
#include "synthesis/richtext.h"
#include "workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace Quorum {
namespace {

// The list model's columns: what the list shows (kind, title) and what its flag reads.
enum SectionColumn { KindColumn, TitleFrColumn, TitleNlColumn, BodyFrColumn, BodyNlColumn };

QString column(const char *field, Language language)
{
    return QString::fromLatin1(field) + (language == Language::Dutch ? u"_nl"_qs : u"_fr"_qs);
}

bool isBlank(const QString &text, bool rich)
{
    return (rich ? richTextToPlain(text) : text).trimmed().isEmpty();
}

QAction *makeAction(QWidget *owner, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(owner);
    action->setShortcuts(keys);
    // Active wherever the focus is inside the owner, and only there.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

bool isUndo(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Undo);
}

bool isRedo(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Redo)
           || (key->key() == Qt::Key_Y && key->modifiers() == Qt::ControlModifier); // the window's fallback
}

} // namespace

// The section list as the secretary reads it: a section that is missing one language (its
// title or its text written in one language only) is flagged with ⚠ and says which.
class SectionListProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    void setSourceModel(QAbstractItemModel *source) override
    {
        QIdentityProxyModel::setSourceModel(source);
        // A text edited changes the flag on the title: the whole row is redrawn.
        connect(source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
            emit dataChanged(index(from.row(), 0), index(to.row(), columnCount() - 1));
        });
    }

    // The languages a section lacks: {French missing, Dutch missing}.
    std::pair<bool, bool> missing(int row) const
    {
        const auto text = [&](int column) { return sourceModel()->index(row, column).data(Qt::EditRole).toString(); };
        const QString titleFr = text(TitleFrColumn), titleNl = text(TitleNlColumn);
        const QString bodyFr = text(BodyFrColumn), bodyNl = text(BodyNlColumn);
        const bool titleMissing = MinutesPanel::missesLanguage(titleFr, titleNl, false);
        const bool bodyMissing = MinutesPanel::missesLanguage(bodyFr, bodyNl, true);
        const bool frMissing = (titleMissing && isBlank(titleFr, false)) || (bodyMissing && isBlank(bodyFr, true));
        const bool nlMissing = (titleMissing && isBlank(titleNl, false)) || (bodyMissing && isBlank(bodyNl, true));
        return {frMissing, nlMissing};
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant value = QIdentityProxyModel::data(index, role);
        if (index.column() != TitleFrColumn && index.column() != TitleNlColumn)
            return value;
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole)
            return value;
        const auto [fr, nl] = missing(index.row());
        if (!fr && !nl)
            return value;
        switch (role) {
        case Qt::DisplayRole: return QString(u"⚠ "_qs + value.toString());
        case Qt::ForegroundRole: return QColor(0xa1, 0x4a, 0x00);
        default:
            return fr ? QCoreApplication::translate("Quorum::MinutesPanel", "Missing in French: this section has a title or a text in Dutch only.")
                      : QCoreApplication::translate("Quorum::MinutesPanel", "Missing in Dutch: this section has a title or a text in French only.");
        }
    }
};

bool MinutesPanel::missesLanguage(const QString &fr, const QString &nl, bool rich)
{
    return isBlank(fr, rich) != isBlank(nl, rich);
}

MinutesPanel::MinutesPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace),
      m_sections(new RecordTableModel(workspace, Entity::SynthesisSection,
                                      {{u"kind"_qs, {}}, {u"title_fr"_qs, {}}, {u"title_nl"_qs, {}}, {u"body_fr"_qs, {}}, {u"body_nl"_qs, {}}},
                                      this)),
      m_proxy(new SectionListProxy(this)), m_modes(new QTabWidget(this)), m_pages(new QStackedWidget),
      m_emptyTitle(new QLabel), m_emptyText(new QLabel), m_draftButton(new QPushButton),
      m_templateButton(new QPushButton), m_sectionsView(new RecordTableView),
      m_sectionsLabel(new QLabel), m_sectionsHint(new QLabel), m_editor(new QWidget), m_noSection(new QLabel), m_titleFrLabel(new QLabel),
      m_titleNlLabel(new QLabel), m_titleFr(new QLineEdit), m_titleNl(new QLineEdit), m_toolbar(new QToolBar),
      m_bodyFrLabel(new QLabel), m_bodyNlLabel(new QLabel), m_missingFr(new QLabel), m_missingNl(new QLabel),
      m_bodyFr(new QTextEdit), m_bodyNl(new QTextEdit), m_lastEditor(m_bodyFr), m_preview(new MinutesPreview)
{
    // The empty state: what minutes are here, and the one key that starts them.
    QFont emptyFont = m_emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.3);
    emptyFont.setBold(true);
    m_emptyTitle->setFont(emptyFont);
    m_emptyTitle->setWordWrap(true);
    m_emptyText->setWordWrap(true);
    m_emptyText->setMaximumWidth(620);
    m_emptyTitle->setMaximumWidth(620);
    m_draft = makeAction(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    connect(m_draft, &QAction::triggered, this, &MinutesPanel::createDraft);
    connect(m_draftButton, &QPushButton::clicked, m_draft, &QAction::trigger);
    // The council's template decides the draft's sections: set once, before the first draft.
    m_editTemplate = makeAction(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    connect(m_editTemplate, &QAction::triggered, this, &MinutesPanel::editTemplate);
    connect(m_templateButton, &QPushButton::clicked, m_editTemplate, &QAction::trigger);
    auto *emptyPage = new QWidget;
    auto *emptyInner = new QVBoxLayout;
    emptyInner->addStretch();
    emptyInner->addWidget(m_emptyTitle);
    emptyInner->addWidget(m_emptyText);
    emptyInner->addSpacing(12);
    emptyInner->addWidget(m_draftButton, 0, Qt::AlignLeft);
    emptyInner->addWidget(m_templateButton, 0, Qt::AlignLeft);
    emptyInner->addStretch(2);
    auto *emptyOuter = new QHBoxLayout(emptyPage);
    emptyOuter->addStretch();
    emptyOuter->addLayout(emptyInner);
    emptyOuter->addStretch();

    // The list of sections.
    m_proxy->setSourceModel(m_sections);
    m_sectionsView->setRecordModel(m_proxy, m_sections);
    m_sectionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sectionsView->setColumnHidden(BodyFrColumn, true);
    m_sectionsView->setColumnHidden(BodyNlColumn, true);
    m_sectionsView->setColumnHidden(TitleNlColumn, true);
    m_sectionsView->setWordWrap(false);
    m_sectionsView->setTextElideMode(Qt::ElideRight);
    // The title takes the width left by the kind; a long one is elided (its tooltip is whole).
    m_sectionsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sectionsView->setNewRecordValues([] { return QVariantMap{{u"kind"_qs, u"other"_qs}}; });
    m_sectionsLabel->setBuddy(m_sectionsView);
    m_sectionsHint->setWordWrap(true);
    m_sectionsHint->setForegroundRole(QPalette::PlaceholderText);
    connect(m_sectionsView, &RecordTableView::currentRecordChanged, this, &MinutesPanel::sectionChanged);
    connect(m_sectionsView, &RecordTableView::failed, this, &MinutesPanel::failed);
    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_sectionsLabel);
    listLayout->addWidget(m_sectionsView, 1);
    listLayout->addWidget(m_sectionsHint);

    // The editors: titles above, texts side by side, one toolbar for the text in focus.
    m_bold = makeAction(m_editor, {QKeySequence(QKeySequence::Bold)});
    m_italic = makeAction(m_editor, {QKeySequence(QKeySequence::Italic)});
    m_bullets = makeAction(m_editor, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8)});
    m_numbered = makeAction(m_editor, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7)});
    m_link = makeAction(m_editor, {QKeySequence(Qt::CTRL | Qt::Key_K)});
    m_clear = makeAction(m_editor, {QKeySequence(Qt::CTRL | Qt::Key_Space)});
    for (QAction *action : {m_bold, m_italic, m_bullets, m_numbered})
        action->setCheckable(true);
    connect(m_bold, &QAction::triggered, this, &MinutesPanel::toggleBold);
    connect(m_italic, &QAction::triggered, this, &MinutesPanel::toggleItalic);
    connect(m_bullets, &QAction::triggered, this, [this] { toggleList(false); });
    connect(m_numbered, &QAction::triggered, this, [this] { toggleList(true); });
    connect(m_link, &QAction::triggered, this, &MinutesPanel::insertLink);
    connect(m_clear, &QAction::triggered, this, &MinutesPanel::clearFormatting);
    m_toolbar->addActions({m_bold, m_italic});
    m_toolbar->addSeparator();
    m_toolbar->addActions({m_bullets, m_numbered});
    m_toolbar->addSeparator();
    m_toolbar->addActions({m_link, m_clear});
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont boldFont = font();
    boldFont.setBold(true);
    m_bold->setFont(boldFont);
    QFont italicFont = font();
    italicFont.setItalic(true);
    m_italic->setFont(italicFont);
    m_toolbar->setFocusPolicy(Qt::NoFocus);
    for (QWidget *button : m_toolbar->findChildren<QWidget *>())
        button->setFocusPolicy(Qt::NoFocus); // clicking keeps the focus in the text

    for (QTextEdit *body : {m_bodyFr, m_bodyNl}) {
        body->setAcceptRichText(true);
        body->setTabChangesFocus(true);
        body->setUndoRedoEnabled(false); // the workspace's undo stack is the one undo
        body->setMinimumHeight(120);
        body->installEventFilter(this);
        connect(body, &QTextEdit::currentCharFormatChanged, this, &MinutesPanel::updateFormatActions);
        connect(body, &QTextEdit::cursorPositionChanged, this, &MinutesPanel::updateFormatActions);
    }
    for (Language language : {Language::French, Language::Dutch}) {
        connect(bodyEditor(language), &QTextEdit::textChanged, this,
                [this, language] { save("body", language, bodyEditor(language)->toHtml()); });
        connect(titleEditor(language), &QLineEdit::textEdited, this,
                [this, language](const QString &text) { save("title", language, text); });
    }
    m_titleFrLabel->setBuddy(m_titleFr);
    m_titleNlLabel->setBuddy(m_titleNl);
    m_bodyFrLabel->setBuddy(m_bodyFr);
    m_bodyNlLabel->setBuddy(m_bodyNl);
    for (QLabel *banner : {m_missingFr, m_missingNl}) {
        banner->setWordWrap(true);
        banner->setMargin(4);
        banner->setAutoFillBackground(true);
        QPalette p = banner->palette();
        p.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xcc));
        p.setColor(QPalette::WindowText, QColor(0x5c, 0x3c, 0x00));
        banner->setPalette(p);
        banner->hide();
    }
    m_noSection->setWordWrap(true);
    m_noSection->setForegroundRole(QPalette::PlaceholderText);

    auto *grid = new QGridLayout;
    grid->addWidget(m_titleFrLabel, 0, 0);
    grid->addWidget(m_titleNlLabel, 0, 1);
    grid->addWidget(m_titleFr, 1, 0);
    grid->addWidget(m_titleNl, 1, 1);
    grid->addWidget(m_bodyFrLabel, 2, 0);
    grid->addWidget(m_bodyNlLabel, 2, 1);
    grid->addWidget(m_missingFr, 3, 0);
    grid->addWidget(m_missingNl, 3, 1);
    grid->addWidget(m_bodyFr, 4, 0);
    grid->addWidget(m_bodyNl, 4, 1);
    grid->setRowStretch(4, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_toolbar);
    editorLayout->addWidget(m_noSection);
    editorLayout->addLayout(grid, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(listSide);
    split->addWidget(m_editor);
    split->setStretchFactor(1, 1);
    split->setSizes({420, 860});
    m_pages->addWidget(emptyPage);
    m_pages->addWidget(split);

    m_modes->setDocumentMode(true);
    m_modes->addTab(m_pages, QString());
    m_modes->addTab(m_preview, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_modes);

    m_preview->setSource([this](const MinutesOptions &options) -> Result<Document> {
        if (!m_meetingId)
            return Result<Document>::failure(tr("Choose a meeting in the Meetings tab to preview its minutes."));
        // The builder and the renderer of the PDF export: the preview is the file.
        return buildMinutes(m_workspace->storage(), *m_meetingId, options);
    });
    connect(m_preview, &MinutesPreview::failed, this, &MinutesPanel::failed);

    // The list's rows come and go with edits, undo and the draft: the empty state follows.
    connect(m_sections, &QAbstractItemModel::rowsInserted, this, &MinutesPanel::updateEmptyState);
    connect(m_sections, &QAbstractItemModel::rowsRemoved, this, &MinutesPanel::updateEmptyState);
    connect(m_sections, &QAbstractItemModel::modelReset, this, &MinutesPanel::updateEmptyState);
    connect(m_workspace, &Workspace::valueChanged, this, [this](Entity entity, qint64 id, const QString &column) {
        if (entity == Entity::SynthesisSection)
            valueChanged(id, column);
        else if (m_meetingId)
            m_preview->invalidate(); // a name, a date or a note the minutes show may have changed
    });
    for (auto signal : {&Workspace::recordAdded, &Workspace::recordRemoved, &Workspace::recordMoved})
        connect(m_workspace, signal, this, [this](Entity, qint64, qint64) {
            if (m_meetingId)
                m_preview->invalidate();
        });

    retranslate();
    setMeeting(std::nullopt);
}

QTextEdit *MinutesPanel::bodyEditor(Language language) const
{
    return language == Language::Dutch ? m_bodyNl : m_bodyFr;
}

QLineEdit *MinutesPanel::titleEditor(Language language) const
{
    return language == Language::Dutch ? m_titleNl : m_titleFr;
}

QLabel *MinutesPanel::missingBanner(Language language) const
{
    return language == Language::Dutch ? m_missingNl : m_missingFr;
}

void MinutesPanel::setMeeting(std::optional<qint64> meetingId)
{
    if (meetingId == m_meetingId && meetingId)
        return; // the tab shown again on the same meeting: nothing to reload
    m_meetingId = meetingId;
    m_sections->setParentId(meetingId);
    m_sectionsView->fitColumns();
    // The kind is a hint beside the title: capped, so long Dutch kinds leave it room.
    m_sectionsView->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::Interactive);
    m_sectionsView->resizeColumnToContents(KindColumn);
    m_sectionsView->setColumnWidth(KindColumn, qMin(m_sectionsView->columnWidth(KindColumn), 150));
    m_sectionsView->horizontalHeader()->setSectionResizeMode(TitleFrColumn, QHeaderView::Stretch);
    m_sectionsView->horizontalHeader()->setSectionResizeMode(TitleNlColumn, QHeaderView::Stretch);
    if (m_sections->rowCount() > 0)
        m_sectionsView->selectRecord(m_sections->recordId(0));
    else
        sectionChanged(0);
    updateEmptyState();
    m_preview->invalidate();
    if (m_preview->isVisible())
        m_preview->refresh();
}

void MinutesPanel::setLanguage(Language language)
{
    m_language = language;
    m_sections->setLanguage(language);
    // Titles in the interface language (French for English).
    m_sectionsView->setColumnHidden(TitleFrColumn, language == Language::Dutch);
    m_sectionsView->setColumnHidden(TitleNlColumn, language != Language::Dutch);
    m_preview->setLanguages(language == Language::Dutch ? DocumentLanguages::Dutch : DocumentLanguages::French);
}

void MinutesPanel::showPage(Page page)
{
    m_modes->setCurrentWidget(page == Page::Preview ? static_cast<QWidget *>(m_preview) : m_pages);
}

void MinutesPanel::createDraft()
{
    if (!m_meetingId || m_sections->rowCount() > 0)
        return;
    if (auto created = createSynthesis(*m_workspace, *m_meetingId); !created) {
        emit failed(created.error());
        return;
    }
    if (m_sections->rowCount() > 0) {
        m_sectionsView->selectRecord(m_sections->recordId(0));
        m_sectionsView->setFocus(Qt::OtherFocusReason);
    }
}

void MinutesPanel::editTemplate()
{
    if (!m_meetingId)
        return;
    const std::optional<Record> meeting = m_workspace->record(Entity::Meeting, *m_meetingId);
    if (!meeting)
        return;
    MinutesTemplateDialog dialog(m_workspace, meeting->number(u"council_id"_qs), m_language, this);
    dialog.exec();
}

void MinutesPanel::updateEmptyState()
{
    const bool empty = m_sections->rowCount() == 0;
    const bool hadFocus = m_pages->currentIndex() == 1 && m_pages->currentWidget()->isAncestorOf(focusWidget());
    m_pages->setCurrentIndex(empty ? 0 : 1);
    m_draftButton->setVisible(m_meetingId.has_value());
    m_templateButton->setVisible(m_meetingId.has_value());
    m_editTemplate->setEnabled(m_meetingId.has_value());
    m_draft->setEnabled(empty && m_meetingId.has_value());
    m_emptyTitle->setText(m_meetingId ? tr("No minutes yet for this meeting") : tr("No meeting chosen"));
    m_emptyText->setText(m_meetingId
                             ? tr("The minutes are made of sections — objectives, participants, the round table, one "
                                  "summary per workshop, decisions, save the date… — each in French and Dutch. Start "
                                  "the draft from the meeting: it is pre-filled from the agenda, the live notes, the "
                                  "attendance, the workshops and the next meeting, so you edit rather than retype.")
                             : tr("Choose a meeting in the Meetings tab to write its minutes."));
    if (empty && hadFocus && m_meetingId)
        m_draftButton->setFocus(Qt::OtherFocusReason);
    if (m_sectionId && m_sections->rowOfId(m_sectionId) < 0)
        sectionChanged(m_sectionsView->currentRecordId());
}

void MinutesPanel::sectionChanged(qint64 sectionId)
{
    if (sectionId > 0 && m_sections->rowOfId(sectionId) < 0)
        sectionId = 0;
    if (sectionId == m_sectionId && sectionId)
        return;
    m_sectionId = sectionId;
    loadSection();
}

void MinutesPanel::loadSection()
{
    const bool any = m_sectionId > 0;
    for (Language language : {Language::French, Language::Dutch}) {
        loadTitle(language);
        loadBody(language);
    }
    for (QWidget *widget : std::initializer_list<QWidget *>{m_titleFr, m_titleNl, m_bodyFr, m_bodyNl, m_toolbar})
        widget->setEnabled(any);
    m_noSection->setVisible(!any);
    updateBanners();
    updateFormatActions();
}

void MinutesPanel::loadTitle(Language language)
{
    QLineEdit *edit = titleEditor(language);
    const int row = m_sections->rowOfId(m_sectionId);
    const QString text = row >= 0 ? m_sections->recordAt(row).text(column("title", language)) : QString();
    if (edit->text() == text)
        return;
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    if (edit->hasFocus())
        edit->setCursorPosition(qMin(cursor, int(text.size())));
}

void MinutesPanel::loadBody(Language language)
{
    QTextEdit *edit = bodyEditor(language);
    const int row = m_sections->rowOfId(m_sectionId);
    const QString html = row >= 0 ? m_sections->recordAt(row).text(column("body", language)) : QString();
    // Undo while typing: the text comes back where the cursor was, not at the start.
    const bool keepCursor = edit->hasFocus();
    const int cursor = edit->textCursor().position();
    const int scroll = edit->verticalScrollBar()->value();
    const QSignalBlocker blocker(edit);
    edit->setHtml(html);
    if (keepCursor) {
        QTextCursor restored(edit->document());
        restored.setPosition(qMin(cursor, edit->document()->characterCount() - 1));
        edit->setTextCursor(restored);
        edit->verticalScrollBar()->setValue(scroll);
    }
}

// Every keystroke is written through (the storage keeps only the rich-text subset);
// successive ones merge into one undo step.
void MinutesPanel::save(const char *field, Language language, const QString &value)
{
    if (!m_sectionId)
        return;
    m_writing = true; // our own write: valueChanged must not reload the editor
    auto saved = m_workspace->setValue(Entity::SynthesisSection, m_sectionId, column(field, language), value);
    m_writing = false;
    if (!saved)
        emit failed(saved.error());
    updateBanners();
}

// A value changed in the workspace: by our own typing (nothing to do), or by undo, redo or
// another view (the editor shows it, keeping the cursor where it was).
void MinutesPanel::valueChanged(qint64 id, const QString &changed)
{
    if (m_sections->rowOfId(id) < 0)
        return;
    m_preview->invalidate();
    if (id != m_sectionId)
        return;
    if (!m_writing) {
        for (Language language : {Language::French, Language::Dutch}) {
            if (changed == column("body", language))
                loadBody(language);
            else if (changed == column("title", language))
                loadTitle(language);
        }
    }
    updateBanners();
}

void MinutesPanel::updateBanners()
{
    const int row = m_sections->rowOfId(m_sectionId);
    const QString fr = row >= 0 ? m_sections->recordAt(row).text(u"body_fr"_qs) : QString();
    const QString nl = row >= 0 ? m_sections->recordAt(row).text(u"body_nl"_qs) : QString();
    const bool missing = row >= 0 && missesLanguage(fr, nl, true);
    m_missingFr->setVisible(missing && isBlank(fr, true));
    m_missingNl->setVisible(missing && isBlank(nl, true));
}

QTextEdit *MinutesPanel::activeEditor() const
{
    if (m_bodyNl->hasFocus())
        return m_bodyNl;
    if (m_bodyFr->hasFocus())
        return m_bodyFr;
    return m_lastEditor;
}

void MinutesPanel::updateFormatActions()
{
    const QTextEdit *edit = activeEditor();
    const QTextCharFormat format = edit->currentCharFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::Bold);
    m_italic->setChecked(format.fontItalic());
    const QTextList *list = edit->textCursor().currentList();
    m_bullets->setChecked(list && list->format().style() == QTextListFormat::ListDisc);
    m_numbered->setChecked(list && list->format().style() == QTextListFormat::ListDecimal);
}

void MinutesPanel::toggleBold()
{
    QTextEdit *edit = activeEditor();
    if (!m_sectionId)
        return;
    QTextCharFormat format;
    format.setFontWeight(edit->currentCharFormat().fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    edit->mergeCurrentCharFormat(format);
    edit->setFocus(Qt::OtherFocusReason);
    updateFormatActions();
}

void MinutesPanel::toggleItalic()
{
    QTextEdit *edit = activeEditor();
    if (!m_sectionId)
        return;
    QTextCharFormat format;
    format.setFontItalic(!edit->currentCharFormat().fontItalic());
    edit->mergeCurrentCharFormat(format);
    edit->setFocus(Qt::OtherFocusReason);
    updateFormatActions();
}

void MinutesPanel::toggleList(bool ordered)
{
    QTextEdit *edit = activeEditor();
    if (!m_sectionId)
        return;
    const auto style = ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    QTextCursor cursor = edit->textCursor();
    cursor.beginEditBlock();
    QTextList *list = cursor.currentList();
    if (list && list->format().style() == style) {
        // The same button again: the selected paragraphs leave the list.
        QTextBlock block = edit->document()->findBlock(cursor.selectionStart());
        const QTextBlock last = edit->document()->findBlock(cursor.selectionEnd());
        while (block.isValid()) {
            if (QTextList *in = block.textList())
                in->remove(block);
            QTextCursor at(block);
            QTextBlockFormat format = block.blockFormat();
            format.setIndent(0);
            at.setBlockFormat(format);
            if (block == last)
                break;
            block = block.next();
        }
    } else if (list) {
        QTextListFormat format = list->format();
        format.setStyle(style);
        list->setFormat(format);
    } else {
        cursor.createList(style);
    }
    cursor.endEditBlock();
    edit->setFocus(Qt::OtherFocusReason);
    updateFormatActions();
}

void MinutesPanel::insertLink()
{
    QTextEdit *edit = activeEditor();
    if (!m_sectionId)
        return;
    QTextCursor cursor = edit->textCursor();
    const QString current = cursor.charFormat().anchorHref();
    bool accepted = false;
    const QString address = QInputDialog::getText(this, tr("Link"), tr("Web or e-mail address (https://…, mailto:…):"),
                                                  QLineEdit::Normal, current, &accepted)
                                .trimmed();
    edit->setFocus(Qt::OtherFocusReason);
    if (!accepted || address.isEmpty())
        return;
    // Only addresses a reader can safely follow: the storage would drop any other link.
    if (!isSafeLink(address)) {
        emit failed(tr("“%1” cannot be linked: only web (http, https) and e-mail (mailto) addresses can.").arg(address));
        return;
    }
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(address);
    link.setFontUnderline(true);
    link.setForeground(palette().link());
    if (cursor.hasSelection()) {
        cursor.mergeCharFormat(link);
    } else {
        cursor.insertText(address, link);
        // Typing on after the link is plain text again.
        QTextCharFormat plain = cursor.charFormat();
        plain.setAnchor(false);
        plain.setAnchorHref(QString());
        plain.setFontUnderline(false);
        plain.clearForeground();
        cursor.setCharFormat(plain);
        edit->setTextCursor(cursor);
    }
}

void MinutesPanel::clearFormatting()
{
    QTextEdit *edit = activeEditor();
    if (!m_sectionId)
        return;
    QTextCursor cursor = edit->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::BlockUnderCursor);
    cursor.beginEditBlock();
    // Back to plain paragraphs: no bold, italic or link, out of any list.
    QTextBlock block = edit->document()->findBlock(cursor.selectionStart());
    const QTextBlock last = edit->document()->findBlock(cursor.selectionEnd());
    while (block.isValid()) {
        if (QTextList *list = block.textList())
            list->remove(block);
        QTextCursor at(block);
        QTextBlockFormat format = block.blockFormat();
        format.setIndent(0);
        at.setBlockFormat(format);
        if (block == last)
            break;
        block = block.next();
    }
    cursor.setCharFormat(QTextCharFormat());
    cursor.endEditBlock();
    edit->setFocus(Qt::OtherFocusReason);
    updateFormatActions();
}

bool MinutesPanel::eventFilter(QObject *watched, QEvent *event)
{
    auto *edit = qobject_cast<QTextEdit *>(watched);
    if (!edit)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusIn:
        m_lastEditor = edit;
        updateFormatActions();
        break;
    case QEvent::ShortcutOverride: {
        auto *key = static_cast<QKeyEvent *>(event);
        // Undo and redo are the workspace's (the text shows what is stored): taken here
        // rather than by the editor's own undo, which is off.
        if (isUndo(key) || isRedo(key)) {
            key->accept();
            return true;
        }
        // The editor would take Ctrl+K (delete to end of line on Linux): the link wins.
        if (m_link->shortcuts().contains(QKeySequence(key->keyCombination()))) {
            key->ignore();
            return true;
        }
        break;
    }
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isUndo(key)) {
            (void)m_workspace->undo();
            return true;
        }
        if (isRedo(key)) {
            (void)m_workspace->redo();
            return true;
        }
        break;
    }
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

void MinutesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MinutesPanel::retranslate()
{
    m_modes->setTabText(0, tr("Sections"));
    m_modes->setTabText(1, tr("Print preview"));
    m_draftButton->setText(tr("Start the &draft from the meeting (Ctrl+Shift+D)"));
    m_draft->setText(tr("Start the &Draft from the Meeting"));
    m_templateButton->setText(tr("The council's minutes &template… (Ctrl+Shift+T)"));
    m_editTemplate->setText(tr("Edit the Council's Minutes &Template…"));
    m_sectionsLabel->setText(tr("Se&ctions:"));
    m_sectionsHint->setText(tr("Insert adds a section, Delete removes it, Ctrl+Shift+↑/↓ or a drag moves it."));
    m_noSection->setText(tr("Choose a section in the list to edit its texts."));
    m_titleFrLabel->setText(tr("Title (&French):"));
    m_titleNlLabel->setText(tr("Title (D&utch):"));
    m_bodyFrLabel->setText(tr("Text (F&rench):"));
    m_bodyNlLabel->setText(tr("Text (Dutc&h):"));
    m_missingFr->setText(tr("⚠ The French text is missing: this section has a Dutch text only."));
    m_missingNl->setText(tr("⚠ The Dutch text is missing: this section has a French text only."));
    m_bold->setText(tr("Bold"));
    m_italic->setText(tr("Italic"));
    m_bullets->setText(tr("• List"));
    m_numbered->setText(tr("1. List"));
    m_link->setText(tr("Link…"));
    m_clear->setText(tr("Clear formatting"));
    for (QAction *action : {m_bold, m_italic, m_bullets, m_numbered, m_link, m_clear})
        action->setToolTip(tr("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
    updateEmptyState();
}

} // namespace Quorum
