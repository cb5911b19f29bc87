// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Quorum {

// The columns of a members spreadsheet, and the words spreadsheets use for them and their
// values in French, Dutch and English. These words are the spreadsheet's vocabulary, not
// the interface's: they are recognised whatever language Quorum speaks, so never tr()'d.
enum class MemberColumn {
    Name, FirstName, LastName, Organisation, Sector, Function, Profession, Bassin, Language, Gender, Email, Role,
    Subgroup, TermStart, TermEnd, Mandatory
};
inline constexpr MemberColumn allMemberColumns[] = {
    MemberColumn::Name,     MemberColumn::FirstName, MemberColumn::LastName,  MemberColumn::Organisation,
    MemberColumn::Sector,   MemberColumn::Function,  MemberColumn::Profession, MemberColumn::Bassin,
    MemberColumn::Language, MemberColumn::Gender,    MemberColumn::Email,     MemberColumn::Role,
    MemberColumn::Subgroup, MemberColumn::TermStart, MemberColumn::TermEnd,   MemberColumn::Mandatory};

// Lower case, accents, punctuation and runs of spaces aside: "Prénom", "PRENOM" and
// "pré-nom " compare equal; so do "Santé mentale" and "sante   mentale".
QString foldedKey(const QString &text);
// The same fold through Unicode's decomposition of the whole text, whatever it holds:
// what foldedKey() does for text beyond Latin-1 (and what its tests compare it with).
QString foldedKeyByUnicode(const QString &text);

// The column a header names, if Quorum knows it.
std::optional<MemberColumn> memberColumnFromHeader(const QString &header);
// The header Quorum writes for a column in `language` (what memberColumnFromHeader reads back).
QString memberColumnHeader(MemberColumn column, Language language);
// The column's name in the interface's language (translated), for the import preview.
QString memberColumnLabel(MemberColumn column);

// Values typed in a spreadsheet, read into the codes the workspace stores. nullopt: not
// recognised; an empty cell is never passed.
std::optional<QString> languageCodeFromCell(const QString &cell); // fr, nl, en
std::optional<QString> genderCodeFromCell(const QString &cell);   // female, male, nonbinary
std::optional<QString> roleCodeFromCell(const QString &cell);     // voting, advisory, facilitator, secretary
std::optional<bool> yesNoFromCell(const QString &cell);
// 2025-01-31, 31/01/2025, 31-01-2025 or 31.01.2025 (Excel writes dates in the locale's form).
std::optional<QDate> dateFromCell(const QString &cell);

// The word written for a stored code in `language`, read back by the functions above.
QString cellForCode(MemberColumn column, const QString &code, Language language);
QString yesNoCell(bool value, Language language);

// A plausible e-mail address: one @, something before, a dot after, no spaces.
bool isPlausibleEmail(const QString &text);

} // namespace Quorum
