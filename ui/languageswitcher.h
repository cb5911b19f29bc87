// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"

#include <QObject>
#include <QTranslator>

namespace Quorum {

// Installs the interface language at run time: our own catalogue and Qt's, and the
// matching locale for dates and numbers. Widgets follow through QEvent::LanguageChange.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    bool setLanguage(Language language);
    Language language() const { return m_language; }
    // The language of the system locale when it is one we speak, else English.
    static Language systemLanguage();

signals:
    void languageChanged(Quorum::Language language);

private:
    Language m_language = Language::English;
    QTranslator m_quorum;
    QTranslator m_qt;
};

} // namespace Quorum
