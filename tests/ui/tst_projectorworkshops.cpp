// SPDX-License-Identifier: GPL-3.0-or-later
// The projector during a workshops block: every workshop with its room and both themes,
// nothing clipped at 1280×720 or 1920×1080 (the demo's 13 November 2024 session has six).
#include "uitestsupport.h"

#include "mockclock.h"
#include "projector/workshopboard.h"
#include "projectorwindow.h"
#include "session/sessioncontroller.h"

using namespace Quorum;
using namespace QuorumUiTest;

TEST_CASE("Six workshops all show on a 1280x720 and a 1920x1080 projector, whole, in one legible size", "[projector]")
{
    LanguageSwitcher languages;
    MainWindow window{&languages};
    languages.setLanguage(Language::English);
    auto clock = std::make_unique<QuorumTest::MockClock>(QDateTime(QDate(2024, 11, 13), QTime(10, 30), Qt::UTC));
    QuorumTest::MockClock *clockHand = clock.get();
    window.setClock(std::move(clock));
    REQUIRE(window.openDemo());
    REQUIRE(window.showMeeting(QDate(2024, 11, 13)));
    REQUIRE(window.showView(QStringLiteral("console")));
    REQUIRE(window.showView(QStringLiteral("projector")));
    ProjectorWindow *projector = window.projector();
    REQUIRE(projector);
    projector->showNormal();
    projector->resize(1280, 720);
    REQUIRE(QTest::qWaitForWindowExposed(projector));

    // The demo's session is closed; as it stood during its workshops block (its log replayed
    // at the clock's time), the projector shows them.
    SessionController *session = window.session();
    bool inWorkshops = false;
    for (int minutes = 0; minutes < 150 && !inWorkshops; minutes += 5) {
        clockHand->set(QDateTime(QDate(2024, 11, 13), QTime(9, 30), Qt::UTC).addSecs(60 * minutes));
        session->setHistorical(true); // reads the log up to the clock's time, as --at does
        const auto current = session->state().current();
        inWorkshops = current && session->agendaItem(current->itemId)->text(QStringLiteral("kind")) == u"workshops";
    }
    INFO("meeting " << (session->meetingId() ? *session->meetingId() : 0));
    REQUIRE(inWorkshops);
    struct Screen
    {
        QSize size;
        int smallestPixels; // legible from the back of the room on such a projector
    };
    for (const Screen &screen : {Screen{{1280, 720}, 16}, Screen{{1920, 1080}, 24}}) {
        INFO("projector " << screen.size.width() << "×" << screen.size.height());
        projector->resize(screen.size);
        QTest::qWait(50);
        WorkshopBoard *board = projector->workshopBoard();
        REQUIRE(board->isVisible());
        REQUIRE(board->cards().size() == 6);
        for (const WorkshopBoard::Card &card : board->cards()) {
            CHECK_FALSE(card.room.isEmpty());
            CHECK_FALSE(card.themeFr.isEmpty());
            CHECK_FALSE(card.themeNl.isEmpty());
        }
        // Every card inside the board, apart from each other, its text whole at the size drawn.
        const int pixels = board->fittedPixelSize();
        INFO("type size " << pixels << " px, board " << board->width() << "×" << board->height());
        CHECK(board->fits(pixels));
        CHECK(pixels >= screen.smallestPixels);
        for (int i = 0; i < 6; ++i) {
            CHECK(board->rect().contains(board->cardRect(i)));
            for (int j = i + 1; j < 6; ++j)
                CHECK_FALSE(board->cardRect(i).intersects(board->cardRect(j)));
        }
        // The board is on the projector's screen, below the countdown, not cut by the window.
        CHECK(projector->rect().contains(QRect(board->mapTo(projector, QPoint(0, 0)), board->size())));
    }
}
