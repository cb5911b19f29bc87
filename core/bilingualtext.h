// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

class QJsonObject;

namespace Quorum {

// The languages of content and interface. English is the interface's source language;
// content is French and Dutch (English content may follow: add a variant here).
enum class Language { French, Dutch, English };

QString languageCode(Language language);                  // "fr", "nl", "en"
std::optional<Language> languageFromCode(const QString &code);

// One text in its French and Dutch variants: names, titles, objectives, themes, questions.
// Content typed by users is data, never passed through tr().
struct BilingualText
{
    QString fr;
    QString nl;

    const QString &in(Language language) const;
    void set(Language language, const QString &text);
    bool isEmpty() const { return fr.isEmpty() && nl.isEmpty(); }
    bool isComplete() const { return !fr.trimmed().isEmpty() && !nl.trimmed().isEmpty(); }
    // The variant in `language`, else the other one, so a half-translated name still shows.
    QString display(Language language) const;
    // "Français / Nederlands" as slides show both languages side by side.
    QString sideBySide() const;

    friend bool operator==(const BilingualText &, const BilingualText &) = default;
};

// {"fr": …, "nl": …}, as every JSON Quorum writes holds a bilingual text.
QJsonObject bilingualJson(const BilingualText &text);

} // namespace Quorum

Q_DECLARE_METATYPE(Quorum::BilingualText)
