// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace Quorum {

LanguageSwitcher::LanguageSwitcher(QObject *parent) : QObject(parent) {}

Language LanguageSwitcher::systemLanguage()
{
    switch (QLocale::system().language()) {
    case QLocale::French: return Language::French;
    case QLocale::Dutch: return Language::Dutch;
    default: return Language::English;
    }
}

bool LanguageSwitcher::setLanguage(Language language)
{
    QCoreApplication::removeTranslator(&m_quorum);
    QCoreApplication::removeTranslator(&m_qt);
    m_language = language;
    // Belgian variants: dates as 13/11/2024, in the councils' own conventions.
    const QLocale locale(language == Language::French  ? QLocale::French
                         : language == Language::Dutch ? QLocale::Dutch
                                                       : QLocale::English,
                         language == Language::English ? QLocale::UnitedKingdom : QLocale::Belgium);
    QLocale::setDefault(locale);
    // English has a catalogue too: the source strings' plural forms.
    const QString code = languageCode(language);
    const bool loaded = m_quorum.load(u":/i18n/quorum_"_qs + code + u".qm");
    if (loaded)
        QCoreApplication::installTranslator(&m_quorum);
    if (language != Language::English
        && m_qt.load(u"qtbase_"_qs + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    emit languageChanged(language);
    return loaded;
}

} // namespace Quorum
