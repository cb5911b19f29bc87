// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"

#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace Quorum {

class SessionController;
class SessionTimerWidget;
class Workspace;

// The facilitator's console: the current item large with its countdown, the agenda with
// planned and actual times, the secretary's live notes for the current item, and every
// action on a key, so the whole session runs without the mouse.
class ConsolePanel : public QWidget
{
    Q_OBJECT

public:
    ConsolePanel(Workspace *workspace, SessionController *session, QWidget *parent = nullptr);
    void setLanguage(Language language);
    QList<QAction *> sessionActions() const;
    QAction *projectorAction() const { return m_projector; }
    QAction *blankAction() const { return m_blank; }
    QTreeWidget *agendaList() const { return m_agenda; }

signals:
    void failed(const QString &message);
    void projectorRequested();
    void blankRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void rebuildAgenda();
    void loadNotes(qint64 itemId);
    void saveNotes(Language language);
    void confirmClose();

    Workspace *m_workspace;
    SessionController *m_session;
    Language m_language = Language::French;
    qint64 m_notesItemId = 0;
    qint64 m_listedItemId = 0; // the session item the list's cursor was last put on

    QLabel *m_meetingTitle;
    QLabel *m_kind;
    QLabel *m_titleFr;
    QLabel *m_titleNl;
    QLabel *m_presenter;
    QLabel *m_nextLabel;
    SessionTimerWidget *m_timer;
    QLabel *m_totals;
    QTreeWidget *m_agenda;
    QLabel *m_notesFrLabel;
    QLabel *m_notesNlLabel;
    QPlainTextEdit *m_notesFr;
    QPlainTextEdit *m_notesNl;
    QLabel *m_warningLabel;
    QSpinBox *m_warningMinutes;
    QPushButton *m_startButton;
    QPushButton *m_previousButton;
    QPushButton *m_nextButton;
    QPushButton *m_pauseButton;
    QPushButton *m_extendButton;
    QPushButton *m_closeButton;
    QTimer *m_tick;

    QAction *m_start;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_pause;
    QAction *m_extend;
    QAction *m_extendMore;
    QAction *m_shorten;
    QAction *m_skip;
    QAction *m_jump;
    QAction *m_close;
    QAction *m_projector;
    QAction *m_blank;
};

} // namespace Quorum
