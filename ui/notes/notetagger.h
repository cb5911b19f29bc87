// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/notetags.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QPlainTextEdit;

namespace Quorum {

// Tags the line under the cursor of a live-notes editor, so the minutes draft puts it in the
// right section: Ctrl+T (or the editor's context menu) opens the menu of tags — sector news,
// a question from the floor, working-group progress, a decision's rationale, a bassin's
// round-table entry, no tag — and the chosen tag's prefix replaces the line's own
// (core/notes/notetags.h). Typing the prefix by hand does the same.
class NoteTagger : public QObject
{
    Q_OBJECT

public:
    // `bassins` gives the bassins' names in the notes' language when the menu opens.
    NoteTagger(QPlainTextEdit *editor, Language notesLanguage, std::function<QList<BassinName>()> bassins);

    // The line under the cursor tagged `tag` (a bassin's round-table entry when `bassinName`
    // is given), as one undo step of the editor.
    void tagCurrentLine(NoteTag tag, const QString &bassinName = {});
    // The menu Ctrl+T opens, built for the bassins of the moment.
    QMenu *tagMenu(QWidget *parent);

private:
    void showMenu();
    void showContextMenu(const QPoint &position);

    QPlainTextEdit *m_editor;
    Language m_language;
    std::function<QList<BassinName>()> m_bassins;
    QAction *m_shortcut;
};

} // namespace Quorum
