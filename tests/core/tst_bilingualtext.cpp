// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "bilingualtext.h"

using namespace Quorum;

TEST_CASE("Bilingual text falls back to the other language when one is missing")
{
    const BilingualText both{QStringLiteral("Accueil"), QStringLiteral("Welkom")};
    CHECK(both.display(Language::French) == QStringLiteral("Accueil"));
    CHECK(both.display(Language::Dutch) == QStringLiteral("Welkom"));
    CHECK(both.display(Language::English) == QStringLiteral("Accueil"));
    CHECK(both.isComplete());

    const BilingualText frenchOnly{QStringLiteral("Pause"), QStringLiteral("  ")};
    CHECK(frenchOnly.display(Language::Dutch) == QStringLiteral("Pause"));
    CHECK_FALSE(frenchOnly.isComplete());
    CHECK_FALSE(frenchOnly.isEmpty());
    CHECK(BilingualText{}.isEmpty());
}

TEST_CASE("Bilingual text side by side joins two different variants once")
{
    CHECK(BilingualText{QStringLiteral("Lunch"), QStringLiteral("Lunch")}.sideBySide() == QStringLiteral("Lunch"));
    CHECK(BilingualText{QStringLiteral("Pause"), QStringLiteral("Pauze")}.sideBySide() == QStringLiteral("Pause / Pauze"));
    CHECK(BilingualText{QString(), QStringLiteral("Pauze")}.sideBySide() == QStringLiteral("Pauze"));
}

TEST_CASE("Language codes round trip and unknown codes are refused")
{
    for (Language language : {Language::French, Language::Dutch, Language::English})
        CHECK(languageFromCode(languageCode(language)) == language);
    CHECK(languageFromCode(QStringLiteral(" NL ")) == Language::Dutch);
    CHECK_FALSE(languageFromCode(QStringLiteral("de")).has_value());
    CHECK_FALSE(languageFromCode(QString()).has_value());
}

TEST_CASE("Setting one variant leaves the other untouched")
{
    BilingualText text{QStringLiteral("a"), QStringLiteral("b")};
    text.set(Language::Dutch, QStringLiteral("c"));
    CHECK(text == BilingualText{QStringLiteral("a"), QStringLiteral("c")});
}
