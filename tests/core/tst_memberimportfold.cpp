// SPDX-License-Identifier: GPL-3.0-or-later
// The import folds names (case, accents, punctuation aside) on every row: the quick fold of
// Latin-1 text must give exactly what Unicode's decomposition gives.

#include "catchqt.h"

#include "members/memberfields.h"

using namespace Quorum;

TEST_CASE("Latin-1 text folds exactly as Unicode decomposition folds it")
{
    // Every Latin-1 character alone, between letters and beside spaces.
    for (char16_t c = 0; c < 256; ++c) {
        const QString alone(QChar{c});
        CHECK(foldedKey(alone) == foldedKeyByUnicode(alone));
        const QString inside = u"a"_qs + QChar(c) + u"B "_qs + QChar(c) + QChar(c) + u" é"_qs;
        CHECK(foldedKey(inside) == foldedKeyByUnicode(inside));
    }
    const QStringList samples = {u"Hélène D'Hondt-12"_qs,   u"  FRANÇOIS   Straße "_qs,  u"Maison médicale n°12"_qs,
                                 u"assistant·e social·e"_qs, u"Æsop ØRSTED ÿ ª º ¹ ½ µ"_qs, u"\t Zoë\u00a0Noël\r\n"_qs,
                                 QString(),                  u""_qs,                       u"-- ;; --"_qs};
    for (const QString &sample : samples)
        CHECK(foldedKey(sample) == foldedKeyByUnicode(sample));
    CHECK(foldedKey(u"Santé  MENTALE"_qs) == u"sante mentale"_qs);
}

TEST_CASE("Text beyond Latin-1 is folded through Unicode decomposition")
{
    // Œ, ’ and a combining accent are not Latin-1: the general fold applies.
    CHECK(foldedKey(u"Œuvre d’Hélène"_qs) == foldedKeyByUnicode(u"Œuvre d’Hélène"_qs));
    CHECK(foldedKey(u"He\u0301le\u0300ne"_qs) == u"helene"_qs);
    CHECK(foldedKey(u"ﬁnance"_qs) == u"finance"_qs); // a ligature decomposes to its letters
}
