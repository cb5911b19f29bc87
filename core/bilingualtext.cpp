// SPDX-License-Identifier: GPL-3.0-or-later
#include "bilingualtext.h"

#include <QJsonObject>

namespace Quorum {

QString languageCode(Language language)
{
    switch (language) {
    case Language::French: return QStringLiteral("fr");
    case Language::Dutch: return QStringLiteral("nl");
    case Language::English: return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"fr")
        return Language::French;
    if (c == u"nl")
        return Language::Dutch;
    if (c == u"en")
        return Language::English;
    return std::nullopt;
}

const QString &BilingualText::in(Language language) const
{
    // English content is not stored yet; English readers see the French variant.
    return language == Language::Dutch ? nl : fr;
}

void BilingualText::set(Language language, const QString &text)
{
    (language == Language::Dutch ? nl : fr) = text;
}

QString BilingualText::display(Language language) const
{
    const QString &preferred = in(language);
    if (!preferred.trimmed().isEmpty())
        return preferred;
    return language == Language::Dutch ? fr : nl;
}

QString BilingualText::sideBySide() const
{
    if (fr.isEmpty() || nl.isEmpty() || fr == nl)
        return fr.isEmpty() ? nl : fr;
    return fr + u" / " + nl;
}

QJsonObject bilingualJson(const BilingualText &text)
{
    return {{QStringLiteral("fr"), text.fr}, {QStringLiteral("nl"), text.nl}};
}

} // namespace Quorum
