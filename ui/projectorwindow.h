// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QScreen;
class QTimer;
class QVBoxLayout;

namespace Quorum {

class SessionController;
class SessionTimerWidget;
class Workspace;

// What the room sees: the current item in French and Dutch, the countdown, what comes
// next, and during a workshops block the workshops with their rooms. Legible from the
// back of the room, following the console live; B or the period key blanks it.
class ProjectorWindow : public QWidget
{
    Q_OBJECT

public:
    ProjectorWindow(Workspace *workspace, SessionController *session, QWidget *parent = nullptr);
    // Full screen on `screen`; a window of its own when there is only the laptop's.
    void showOn(QScreen *screen);
    void setBlank(bool blank);
    bool isBlank() const { return m_blank; }
    void toggleBlank() { setBlank(!m_blank); }
    // A vote's result instead of the countdown (0: back to the agenda); it follows the
    // counts as tellers type them.
    void showVote(qint64 voteId);
    qint64 shownVote() const { return m_voteId; }
    class WorkshopBoard *workshopBoard() const { return m_workshops; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showState();
    void scaleFonts();
    void screenRemoved(QScreen *screen);

    Workspace *m_workspace;
    SessionController *m_session;
    bool m_blank = false;
    bool m_workshopFonts = false; // the titles are made smaller for a workshops block
    QWidget *m_content;
    QLabel *m_titleFr;
    QLabel *m_titleNl;
    SessionTimerWidget *m_timer;
    class WorkshopBoard *m_workshops;
    QLabel *m_next;
    class VoteResultView *m_vote;
    qint64 m_voteId = 0;
    QTimer *m_tick;
};

} // namespace Quorum
