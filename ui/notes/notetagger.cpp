// SPDX-License-Identifier: GPL-3.0-or-later
#include "notetagger.h"

#include "notetaghighlighter.h"

#include <QAction>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>

namespace Quorum {

NoteTagger::NoteTagger(QPlainTextEdit *editor, Language notesLanguage, std::function<QList<BassinName>()> bassins)
    : QObject(editor), m_editor(editor), m_language(notesLanguage), m_bassins(std::move(bassins)), m_shortcut(new QAction(editor))
{
    m_shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_shortcut->setShortcutContext(Qt::WidgetShortcut);
    editor->addAction(m_shortcut);
    connect(m_shortcut, &QAction::triggered, this, &NoteTagger::showMenu);
    new NoteTagHighlighter(editor->document(), m_bassins);
    editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(editor, &QWidget::customContextMenuRequested, this, &NoteTagger::showContextMenu);
}

void NoteTagger::tagCurrentLine(NoteTag tag, const QString &bassinName)
{
    QTextCursor cursor = m_editor->textCursor();
    const QString line = cursor.block().text();
    const QString tagged = retagLine(line, notePrefix(tag, m_language, bassinName), m_bassins());
    if (tagged == line)
        return;
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(tagged);
    m_editor->setTextCursor(cursor); // the cursor after the line's text, ready to type on
}

QMenu *NoteTagger::tagMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Tag This Line"), parent);
    const auto add = [&](QMenu *into, const QString &text, NoteTag tag, const QString &bassin = {}) {
        connect(into->addAction(text), &QAction::triggered, this, [this, tag, bassin] { tagCurrentLine(tag, bassin); });
    };
    add(menu, tr("Sector &News"), NoteTag::SectorNews);
    add(menu, tr("&Question from the Floor"), NoteTag::Question);
    add(menu, tr("&Working-Group Progress"), NoteTag::WorkingGroup);
    add(menu, tr("&Decision Rationale"), NoteTag::DecisionRationale);
    const QList<BassinName> bassins = m_bassins();
    if (!bassins.isEmpty()) {
        QMenu *roundTable = menu->addMenu(tr("&Round Table of a Bassin"));
        for (const BassinName &bassin : bassins)
            add(roundTable, bassin.name, NoteTag::RoundTable, bassin.name);
    }
    menu->addSeparator();
    add(menu, tr("No &Tag (Stays with Its Item)"), NoteTag::None);
    return menu;
}

void NoteTagger::showMenu()
{
    QMenu *menu = tagMenu(m_editor);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_editor->viewport()->mapToGlobal(m_editor->cursorRect().bottomLeft()));
}

void NoteTagger::showContextMenu(const QPoint &position)
{
    // The line clicked is the one tagged, unless text is selected (kept for copying).
    if (!m_editor->textCursor().hasSelection())
        m_editor->setTextCursor(m_editor->cursorForPosition(position));
    QMenu *menu = m_editor->createStandardContextMenu(position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSeparator();
    QMenu *tags = tagMenu(menu);
    tags->menuAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    menu->addMenu(tags);
    menu->popup(m_editor->viewport()->mapToGlobal(position));
}

} // namespace Quorum
