// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <array>

namespace Quorum {
namespace {

// Headers as coordination offices write them, folded (foldedKey). The first three of each
// list are what Quorum writes in French, Dutch and English.
struct ColumnWords
{
    MemberColumn column;
    const char *label; // for the interface, context "Quorum::Members"
    std::array<const char *, 3> written;
    std::vector<const char *> alsoRead;
};

const std::vector<ColumnWords> &columnWords()
{
    static const std::vector<ColumnWords> words = {
        {MemberColumn::Name, QT_TRANSLATE_NOOP("Quorum::Members", "Name"), {"Nom", "Naam", "Name"},
         {"nom complet", "nom et prenom", "prenom et nom", "volledige naam", "naam en voornaam", "voornaam en naam",
          "full name"}},
        {MemberColumn::FirstName, QT_TRANSLATE_NOOP("Quorum::Members", "First name"), {"Prénom", "Voornaam", "First name"},
         {"firstname", "given name"}},
        {MemberColumn::LastName, QT_TRANSLATE_NOOP("Quorum::Members", "Last name"),
         {"Nom de famille", "Achternaam", "Last name"}, {"familienaam", "lastname", "surname", "family name"}},
        {MemberColumn::Organisation, QT_TRANSLATE_NOOP("Quorum::Members", "Organisation"),
         {"Organisation", "Organisatie", "Organisation"}, {"organization", "organisme", "institution", "instelling"}},
        {MemberColumn::Sector, QT_TRANSLATE_NOOP("Quorum::Members", "Sector"), {"Secteur", "Sector", "Sector"}, {}},
        {MemberColumn::Function, QT_TRANSLATE_NOOP("Quorum::Members", "Function"), {"Fonction", "Functie", "Function"},
         {"job title"}},
        {MemberColumn::Profession, QT_TRANSLATE_NOOP("Quorum::Members", "Profession"),
         {"Profession", "Beroep", "Profession"}, {"metier"}},
        {MemberColumn::Bassin, QT_TRANSLATE_NOOP("Quorum::Members", "Bassin"), {"Bassin", "Zorgzone", "Bassin"},
         {"bassin d aide et de soins", "care zone", "zone"}},
        {MemberColumn::Language, QT_TRANSLATE_NOOP("Quorum::Members", "Language"), {"Langue", "Taal", "Language"},
         {"langue de contact", "contacttaal", "role linguistique", "taalrol"}},
        {MemberColumn::Gender, QT_TRANSLATE_NOOP("Quorum::Members", "Gender"), {"Genre", "Gender", "Gender"},
         {"sexe", "geslacht", "sex"}},
        {MemberColumn::Email, QT_TRANSLATE_NOOP("Quorum::Members", "E-mail"), {"E-mail", "E-mail", "E-mail"},
         {"email", "mail", "courriel", "adresse e mail", "adresse email", "adresse courriel", "e mailadres", "emailadres",
          "mailadres", "e mail address", "email address"}},
        {MemberColumn::Role, QT_TRANSLATE_NOOP("Quorum::Members", "Role"), {"Rôle", "Rol", "Role"}, {}},
        {MemberColumn::Subgroup, QT_TRANSLATE_NOOP("Quorum::Members", "Subgroup"), {"Sous-groupe", "Deelgroep", "Subgroup"},
         {"cluster", "sub group", "sousgroupe"}},
        {MemberColumn::TermStart, QT_TRANSLATE_NOOP("Quorum::Members", "Term start"),
         {"Début de mandat", "Begin mandaat", "Term start"},
         {"debut du mandat", "debut", "start mandaat", "aanvang mandaat", "begin", "start of term", "mandate start"}},
        {MemberColumn::TermEnd, QT_TRANSLATE_NOOP("Quorum::Members", "Term end"),
         {"Fin de mandat", "Einde mandaat", "Term end"},
         {"fin du mandat", "fin", "eind mandaat", "einde", "end of term", "mandate end"}},
        {MemberColumn::Mandatory, QT_TRANSLATE_NOOP("Quorum::Members", "Mandatory partner"),
         {"Partenaire obligatoire", "Verplichte partner", "Mandatory partner"},
         {"obligatoire", "verplicht", "mandatory"}},
    };
    return words;
}

// Cell values: the stored code, the words written in fr/nl/en, and other words read.
struct ValueWords
{
    const char *code;
    std::array<const char *, 3> written;
    std::vector<const char *> alsoRead;
};

const std::vector<ValueWords> languageWords = {
    {"fr", {"français", "Frans", "French"}, {"fr", "f", "francais", "francophone", "franstalig"}},
    {"nl", {"néerlandais", "Nederlands", "Dutch"}, {"nl", "n", "neerlandais", "vlaams", "nederlandstalig", "neerlandophone"}},
    {"en", {"anglais", "Engels", "English"}, {"en", "e", "anglophone", "engelstalig"}},
};
const std::vector<ValueWords> genderWords = {
    {"female", {"femme", "vrouw", "woman"}, {"f", "v", "w", "female", "feminin", "vrouwelijk"}},
    {"male", {"homme", "man", "man"}, {"m", "h", "male", "masculin", "mannelijk"}},
    {"nonbinary", {"non-binaire", "non-binair", "non-binary"}, {"x", "nonbinary", "nonbinaire", "nonbinair"}},
};
const std::vector<ValueWords> roleWords = {
    {"voting", {"votant", "stemgerechtigd", "voting"},
     {"membre votant", "membre effectif", "effectif", "membre", "stemgerechtigd lid", "effectief lid", "effectief", "lid",
      "voting member", "member"}},
    {"advisory", {"consultatif", "adviserend", "advisory"},
     {"membre consultatif", "voix consultative", "expert", "expert invite", "adviserend lid", "raadgevend", "deskundige",
      "advisory member"}},
    {"facilitator", {"animateur", "facilitator", "facilitator"}, {"animatrice", "facilitateur", "moderator", "moderateur"}},
    {"secretary", {"secrétaire", "secretaris", "secretary"}, {}},
};

int languageIndex(Language language)
{
    return language == Language::French ? 0 : language == Language::Dutch ? 1 : 2;
}

std::optional<QString> codeFromCell(const std::vector<ValueWords> &table, const QString &cell)
{
    // Every word of every table folded once, not once per cell of a 10,000-row file.
    static QHash<const std::vector<ValueWords> *, QHash<QString, QString>> folded;
    QHash<QString, QString> &codes = folded[&table];
    if (codes.isEmpty()) {
        for (const ValueWords &value : table) {
            for (const char *word : value.written)
                codes.insert(foldedKey(QString::fromUtf8(word)), QString::fromLatin1(value.code));
            for (const char *word : value.alsoRead)
                codes.insert(QString::fromLatin1(word), QString::fromLatin1(value.code));
        }
    }
    const auto found = codes.constFind(foldedKey(cell));
    return found == codes.constEnd() ? std::nullopt : std::optional<QString>(*found);
}

} // namespace

QString foldedKeyByUnicode(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.isLetterOrNumber() ? c : QChar(u' ');
    }
    return out.toCaseFolded().simplified();
}

QString foldedKey(const QString &text)
{
    // Text of Latin-1 characters only (nearly every name, organisation and sector of a
    // Belgian spreadsheet) folds character by character: no Latin-1 character is a
    // combining mark, each decomposes to a base character and marks, so the decomposition
    // of the text is that of its characters one after the other. Each character's fold is
    // the general one's, computed once; the import folds a name on every row, and the
    // decomposition was most of that cost.
    static const std::array<QString, 256> latin1 = [] {
        std::array<QString, 256> folds;
        for (char16_t c = 0; c < 256; ++c) {
            const QString decomposed = QString(QChar(c)).normalized(QString::NormalizationForm_KD);
            QString kept;
            for (const QChar d : decomposed)
                if (d.category() != QChar::Mark_NonSpacing)
                    kept += d.isLetterOrNumber() ? d : QChar(u' ');
            folds[c] = kept.toCaseFolded();
        }
        return folds;
    }();
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() > 0xff)
            return foldedKeyByUnicode(text);
        out += latin1[c.unicode()];
    }
    return out.simplified();
}

std::optional<MemberColumn> memberColumnFromHeader(const QString &header)
{
    static const QHash<QString, MemberColumn> known = [] {
        QHash<QString, MemberColumn> map;
        for (const ColumnWords &words : columnWords()) {
            for (const char *word : words.written)
                map.insert(foldedKey(QString::fromUtf8(word)), words.column);
            for (const char *word : words.alsoRead)
                map.insert(QString::fromLatin1(word), words.column);
        }
        // "Sector" is English and Dutch alike, "Gender" too: one entry each is enough.
        return map;
    }();
    const auto found = known.constFind(foldedKey(header));
    if (found == known.constEnd())
        return std::nullopt;
    return *found;
}

QString memberColumnHeader(MemberColumn column, Language language)
{
    for (const ColumnWords &words : columnWords())
        if (words.column == column)
            return QString::fromUtf8(words.written.at(size_t(languageIndex(language))));
    return {};
}

QString memberColumnLabel(MemberColumn column)
{
    for (const ColumnWords &words : columnWords())
        if (words.column == column)
            return QCoreApplication::translate("Quorum::Members", words.label);
    return {};
}

std::optional<QString> languageCodeFromCell(const QString &cell)
{
    return codeFromCell(languageWords, cell);
}

std::optional<QString> genderCodeFromCell(const QString &cell)
{
    return codeFromCell(genderWords, cell);
}

std::optional<QString> roleCodeFromCell(const QString &cell)
{
    return codeFromCell(roleWords, cell);
}

std::optional<bool> yesNoFromCell(const QString &cell)
{
    const QString key = foldedKey(cell);
    for (const char *yes : {"oui", "ja", "yes", "1", "x", "vrai", "waar", "true", "o", "j", "y"})
        if (key == QLatin1String(yes))
            return true;
    for (const char *no : {"non", "nee", "no", "0", "faux", "onwaar", "false", "n"})
        if (key == QLatin1String(no))
            return false;
    return std::nullopt;
}

std::optional<QDate> dateFromCell(const QString &cell)
{
    const QString text = cell.trimmed();
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        static const QRegularExpression dayFirst(u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"_qs);
        const QRegularExpressionMatch match = dayFirst.match(text);
        if (match.hasMatch())
            date = QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    }
    if (!date.isValid() || date.year() < 1900 || date.year() > 2999)
        return std::nullopt;
    return date;
}

QString cellForCode(MemberColumn column, const QString &code, Language language)
{
    const std::vector<ValueWords> *table = column == MemberColumn::Language ? &languageWords
                                           : column == MemberColumn::Gender ? &genderWords
                                           : column == MemberColumn::Role   ? &roleWords
                                                                            : nullptr;
    if (table)
        for (const ValueWords &value : *table)
            if (code == QLatin1String(value.code))
                return QString::fromUtf8(value.written.at(size_t(languageIndex(language))));
    return code;
}

QString yesNoCell(bool value, Language language)
{
    static const char *const words[3][2] = {{"non", "oui"}, {"nee", "ja"}, {"no", "yes"}};
    return QString::fromLatin1(words[languageIndex(language)][value ? 1 : 0]);
}

bool isPlausibleEmail(const QString &text)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_qs);
    return shape.match(text).hasMatch();
}

} // namespace Quorum
