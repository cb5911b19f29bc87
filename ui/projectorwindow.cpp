// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectorwindow.h"

#include "session/sessioncontroller.h"
#include "projector/workshopboard.h"
#include "sessiontimerwidget.h"
#include "voteresultview.h"
#include "workspace.h"

#include <QEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace Quorum {

ProjectorWindow::ProjectorWindow(Workspace *workspace, SessionController *session, QWidget *parent)
    : QWidget(parent, Qt::Window), m_workspace(workspace), m_session(session), m_content(new QWidget(this)),
      m_titleFr(new QLabel), m_titleNl(new QLabel), m_timer(new SessionTimerWidget), m_workshops(new WorkshopBoard),
      m_next(new QLabel), m_vote(new VoteResultView(true)), m_tick(new QTimer(this))
{
    // High contrast for a projector in a lit room: white on near-black.
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x10, 0x12, 0x16));
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
    setAutoFillBackground(true);
    for (QLabel *label : {m_titleFr, m_titleNl, m_next}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignHCenter | Qt::AlignVCenter);
    }
    m_titleNl->setStyleSheet(QStringLiteral("color: #c8d0dc;"));
    m_next->setStyleSheet(QStringLiteral("color: #aab4c2;"));
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(18);
    layout->addWidget(m_titleFr);
    layout->addWidget(m_titleNl);
    layout->addWidget(m_timer, 3);
    layout->addWidget(m_workshops, 6);
    layout->addWidget(m_vote, 4);
    layout->addWidget(m_next);
    m_vote->hide();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_content);

    connect(session, &SessionController::changed, this, &ProjectorWindow::refresh);
    // SQLite may give a removed vote's id to the next vote opened (an undo of its opening):
    // forget it, or the room would see a vote nobody put on the screen.
    connect(workspace, &Workspace::recordRemoved, this, [this](Entity entity, qint64 id) {
        if (entity == Entity::Vote && id == m_voteId) {
            m_voteId = 0;
            refresh();
        }
    });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ProjectorWindow::refresh);
    m_tick->start();
    connect(qApp, &QGuiApplication::screenRemoved, this, &ProjectorWindow::screenRemoved);
    resize(1280, 720);
    refresh();
}

void ProjectorWindow::showOn(QScreen *screen)
{
    refresh();
    if (screen && QGuiApplication::screens().size() > 1) {
        setScreen(screen);
        move(screen->geometry().topLeft());
        showFullScreen();
    } else {
        showNormal();
    }
    raise();
}

// The projector cable was pulled: carry on in a window on the laptop's screen rather than
// on a screen that no longer exists.
void ProjectorWindow::screenRemoved(QScreen *screen)
{
    if (screen != this->screen() || !isVisible())
        return;
    setScreen(QGuiApplication::primaryScreen());
    showNormal();
    resize(960, 540);
    move(QGuiApplication::primaryScreen()->availableGeometry().center() - rect().center());
}

void ProjectorWindow::showVote(qint64 voteId)
{
    m_voteId = voteId;
    refresh();
}

void ProjectorWindow::setBlank(bool blank)
{
    m_blank = blank;
    m_content->setVisible(!blank);
}

void ProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    // Presenter remotes send B or the period key to blank the screen.
    if (event->key() == Qt::Key_B || event->key() == Qt::Key_Period) {
        toggleBlank();
        return;
    }
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ProjectorWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

void ProjectorWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

// Sizes follow the screen, not the laptop's font settings: legible from the back row.
void ProjectorWindow::scaleFonts()
{
    const int unit = qMax(8, height() / 22);
    // During a workshops block the rooms matter more than the item's title: it gives them room.
    m_workshopFonts = m_workshops->isVisibleTo(this);
    const double titleScale = m_workshopFonts ? 0.6 : 1.0;
    QFont title = font();
    title.setPixelSize(int(unit * 2 * titleScale));
    title.setBold(true);
    m_titleFr->setFont(title);
    QFont second = title;
    second.setBold(false);
    second.setPixelSize(int(unit * 1.6 * titleScale));
    m_titleNl->setFont(second);
    QFont body = font();
    body.setPixelSize(int(unit * 1.1));
    m_workshops->setMaximumPixelSize(int(unit * 1.1));
    m_next->setFont(body);
    m_vote->setFont(body);
    QFont question = title;
    question.setPixelSize(int(unit * 1.4));
    m_vote->questionLabel()->setFont(question);
    QFont headline = body;
    headline.setBold(true);
    m_vote->headlineLabel()->setFont(headline);
}

void ProjectorWindow::refresh()
{
    showState();
    if (m_workshops->isVisibleTo(this) != m_workshopFonts)
        scaleFonts();
}

void ProjectorWindow::showState()
{
    if (!isVisible() && sender() == m_tick)
        return; // not on any screen: the next tick after showing catches up
    const SessionState state = m_session->state();
    m_timer->setState(state);
    const Record *item = state.current() ? m_session->agendaItem(state.current()->itemId) : nullptr;
    const auto meeting = m_session->meetingId() ? m_workspace->record(Entity::Meeting, *m_session->meetingId()) : std::nullopt;

    const auto vote = m_voteId ? m_workspace->record(Entity::Vote, m_voteId) : std::nullopt;
    const Result<VoteCount> count = vote ? countVote(m_workspace->storage(), m_voteId) : Result<VoteCount>::failure({});
    m_vote->setVisible(count.ok());
    m_titleFr->setVisible(!count.ok());
    m_titleNl->setVisible(!count.ok());
    if (count) {
        // The vote replaces the countdown: the room sees the question, the bars and the
        // result in both languages as the counts come in.
        // The question says what is decided: the item's title gives its room to the bars.
        m_titleFr->hide();
        m_titleNl->hide();
        m_vote->showCount(vote->bilingual(u"title"_qs), count.value(), Language::French);
        m_timer->hide();
        m_workshops->hide();
        m_next->clear();
        return;
    }

    if (state.closed || !item) {
        // Before the start and after the close the room sees the session's name.
        const auto council = meeting ? m_workspace->record(Entity::Council, meeting->number(u"council_id"_qs)) : std::nullopt;
        const BilingualText name = council ? council->bilingual(u"name"_qs) : BilingualText{};
        m_titleFr->setText(state.closed ? QStringLiteral("Merci !") : name.fr);
        m_titleNl->setText(state.closed ? QStringLiteral("Dank u!") : name.nl);
        m_timer->setVisible(state.started && !state.closed);
        m_workshops->hide();
        m_next->setText(meeting && !state.started
                            ? QLocale().toString(QDate::fromString(meeting->text(u"date"_qs), Qt::ISODate), QLocale::LongFormat) +
                                  u"  ·  " + meeting->text(u"start_time"_qs)
                            : QString());
        return;
    }
    const BilingualText title = item->bilingual(u"title"_qs);
    m_titleFr->setText(title.fr);
    m_titleNl->setText(title.nl == title.fr ? QString() : title.nl);
    m_timer->show();

    // During a workshops block the room needs to know where to go.
    if (item->text(u"kind"_qs) == u"workshops" && meeting) {
        QList<WorkshopBoard::Card> cards;
        for (const Record &workshop : m_workspace->records(Entity::Workshop, meeting->id)) {
            const BilingualText theme = workshop.bilingual(u"theme"_qs);
            cards.append({workshop.text(u"room"_qs), theme.fr, theme.nl == theme.fr ? QString() : theme.nl});
        }
        m_workshops->setCards(cards);
        m_workshops->setVisible(!cards.isEmpty());
        // The workshops need the room: the countdown and the titles make way.
        m_timer->setMaximumHeight(height() / 8);
    } else {
        m_workshops->hide();
        m_timer->setMaximumHeight(QWIDGETSIZE_MAX);
    }

    const int nextIndex = state.nextIndex();
    const Record *next = nextIndex >= 0 ? m_session->agendaItem(state.items.at(nextIndex).itemId) : nullptr;
    // Bilingual fixed text for the room, whatever the laptop's interface language.
    m_next->setText(next ? QStringLiteral("Ensuite / Daarna :  ") + next->bilingual(u"title"_qs).sideBySide() : QString());
}

} // namespace Quorum
