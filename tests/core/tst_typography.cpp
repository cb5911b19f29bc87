// SPDX-License-Identifier: GPL-3.0-or-later
// Each language's typography in documents (issue 13): "1er juillet" in French, Dutch dates
// as Dutch writes them, and French punctuation kept on its line by non-breaking spaces.

#include "catchqt.h"
#include "demoworkspace.h"

#include "documents/minutes.h"
#include "documents/renderers.h"
#include "text/typography.h"

#include <vector>

using namespace Quorum;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString nbsp = QString(QChar(0x00A0));

} // namespace

TEST_CASE("Dates are written out as each language writes them")
{
    struct Case
    {
        const char *date;
        Language language;
        DateStyle style;
        const char *expected;
    };
    const std::vector<Case> cases = {
        {"2025-07-01", Language::French, DateStyle::DayMonthYear, "1er juillet 2025"},
        {"2025-07-01", Language::French, DateStyle::WithWeekday, "mardi 1er juillet 2025"},
        {"2025-07-01", Language::Dutch, DateStyle::DayMonthYear, "1 juli 2025"},
        {"2025-07-01", Language::Dutch, DateStyle::WithWeekday, "dinsdag 1 juli 2025"},
        {"2024-11-13", Language::French, DateStyle::WithWeekday, "mercredi 13 novembre 2024"},
        {"2024-11-13", Language::Dutch, DateStyle::DayMonthYear, "13 november 2024"},
        {"2026-02-21", Language::French, DateStyle::DayMonthYear, "21 février 2026"},
        {"2025-07-01", Language::English, DateStyle::DayMonthYear, "1 July 2025"},
        {"not a date", Language::French, DateStyle::DayMonthYear, ""},
    };
    for (const Case &c : cases) {
        INFO(c.date << " " << int(c.language));
        CHECK(writtenDate(QDate::fromString(s(c.date), Qt::ISODate), c.language, c.style) == s(c.expected));
    }
}

TEST_CASE("French punctuation keeps to its line and typed text keeps its letters")
{
    struct Case
    {
        const char *text;
        QString expected;
    };
    const std::vector<Case> cases = {
        {"Lieu : Bruxelles", s("Lieu") + nbsp + s(": Bruxelles")},
        {"Créer le groupe ? Oui ! Ensuite ; enfin", s("Créer le groupe") + nbsp + s("? Oui") + nbsp + s("! Ensuite") + nbsp
                                                         + s("; enfin")},
        {"« Santé mentale »", s("«") + nbsp + s("Santé mentale") + nbsp + s("»")},
        {"Séance n° 2", s("Séance n°") + nbsp + s("2")},
        {"N° 12 et n° A", s("N°") + nbsp + s("12 et n° A")}, // a number follows, or not
        // What has no space before the sign is left as typed: addresses, times, codes.
        {"https://example.be/?page=1 à 10:30", s("https://example.be/?page=1 à 10:30")},
        {"majority base=present;quorum!", s("majority base=present;quorum!")},
        {" : au début", nbsp + s(": au début")},
        {"", s("")},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        CHECK(frenchTypography(s(c.text)) == c.expected);
        CHECK(frenchTypography(c.expected) == c.expected); // applying it twice changes nothing
    }
}

TEST_CASE("The minutes write the first of the month and French punctuation as French sets them")
{
    QuorumTest::DemoWorkspace demo;
    const Database &db = demo.workspace->storage();
    std::optional<qint64> july;
    for (const Record &meeting : db.records(Entity::Meeting))
        if (meeting.text(u"date"_qs) == u"2025-07-01"_qs)
            july = meeting.id;
    REQUIRE(july);
    auto document = buildMinutes(db, *july, {});
    REQUIRE(document.ok());
    const QString fr = QString::fromUtf8(renderMarkdown(document.value(), DocumentLanguages::French));
    const QString nl = QString::fromUtf8(renderMarkdown(document.value(), DocumentLanguages::Dutch));
    CHECK(fr.contains(s("mardi 1er juillet 2025")));
    CHECK(nl.contains(s("dinsdag 1 juli 2025")));
    CHECK_FALSE(nl.contains(s("1er")));
    // No French colon, semicolon, question or exclamation mark after an ordinary space.
    for (const char *sign : {" :", " ;", " ?", " !"}) {
        INFO(sign);
        CHECK_FALSE(fr.contains(s(sign)));
    }
    CHECK(fr.contains(nbsp + s(":")));
}
