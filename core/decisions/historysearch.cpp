// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisions/historysearch.h"

namespace Quorum {
namespace {

void addText(QStringList &texts, const BilingualText &text)
{
    if (!text.fr.isEmpty())
        texts << text.fr;
    if (!text.nl.isEmpty() && text.nl != text.fr)
        texts << text.nl;
}

void addProposal(QStringList &texts, const DecisionProposal &proposal)
{
    addText(texts, proposal.title);
    addText(texts, proposal.text);
    addText(texts, proposal.theme);
    if (proposal.author)
        addText(texts, proposal.author->name);
}

// As the unicode61 tokenizer: letters and digits make words, everything else separates.
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isSurrogate();
}

QStringList tokens(const QString &folded)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool inWord = i < folded.size() && isWordCharacter(folded.at(i));
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            words << folded.mid(start, i - start);
            start = -1;
        }
    }
    return words;
}

// One character, folded: its compatibility decomposition (é → e + ◌́, ﬁ → fi, no-break
// space → space) without the combining marks, in lower case. Spaces of every kind are one
// space, so a search word never straddles a line break.
void appendFolded(QString &out, char32_t code)
{
    switch (code) {
    case 0x2018: case 0x2019: case 0x02BC: out += u'\''; return; // ‘ ’ ʼ
    case 0x0152: case 0x0153: out += u"oe"_qs; return;            // Œ œ
    case 0x00C6: case 0x00E6: out += u"ae"_qs; return;            // Æ æ
    case 0x00DF: case 0x1E9E: out += u"ss"_qs; return;            // ß ẞ
    default: break;
    }
    if (QChar::category(code) == QChar::Mark_NonSpacing)
        return;
    if (QChar::isSpace(code)) {
        out += u' ';
        return;
    }
    const QString decomposed = QChar::decomposition(code);
    if (!decomposed.isEmpty()) {
        for (qsizetype i = 0; i < decomposed.size(); ++i) {
            const char16_t high = decomposed.at(i).unicode();
            if (QChar::isHighSurrogate(high) && i + 1 < decomposed.size()) {
                ++i;
                appendFolded(out, QChar::surrogateToUcs4(high, decomposed.at(i).unicode()));
            } else {
                appendFolded(out, high);
            }
        }
        return;
    }
    const char32_t folded = QChar::toCaseFolded(code);
    if (QChar::requiresSurrogates(folded)) {
        out += QChar(QChar::highSurrogate(folded));
        out += QChar(QChar::lowSurrogate(folded));
    } else {
        out += QChar(char16_t(folded));
    }
}

} // namespace

QString searchFolded(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text.at(i).unicode();
        // Most of a text is ASCII: folded here, without Unicode tables.
        if (unit < 0x80) {
            if (unit >= u'A' && unit <= u'Z')
                out += QChar(char16_t(unit + (u'a' - u'A')));
            else
                out += QChar::isSpace(unit) ? QChar(u' ') : QChar(unit);
            continue;
        }
        if (QChar::isHighSurrogate(unit) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            ++i;
            appendFolded(out, QChar::surrogateToUcs4(unit, text.at(i).unicode()));
        } else {
            appendFolded(out, unit);
        }
    }
    return out;
}

QString decisionHaystack(const DecisionHistoryEntry &entry)
{
    QStringList texts;
    addText(texts, entry.councilName);
    addText(texts, entry.itemTitle);
    addText(texts, entry.question);
    addText(texts, entry.ruleWords);
    addText(texts, entry.subgroupRuleWords);
    addText(texts, entry.explanation);
    addText(texts, entry.rationale);
    if (entry.proposal)
        addProposal(texts, *entry.proposal);
    for (const DecisionObjection &objection : entry.objections) {
        addText(texts, objection.argument);
        if (objection.author)
            addText(texts, objection.author->name);
        addProposal(texts, objection.counterProposal);
    }
    for (const DecisionOption &option : entry.numbers.options)
        addText(texts, option.name);
    for (const DecisionSubgroupVoice &voice : entry.numbers.subgroups)
        addText(texts, voice.name);
    return searchFolded(texts.join(u'\n'));
}

QString decisionThemesText(const DecisionHistoryEntry &entry)
{
    if (!entry.proposal)
        return {};
    return u'\n' + searchFolded(entry.proposal->theme.fr.trimmed()) + u'\n' + searchFolded(entry.proposal->theme.nl.trimmed())
           + u'\n';
}

QList<SearchTerm> searchTerms(const QString &text)
{
    const QString folded = searchFolded(text);
    QList<SearchTerm> terms;
    auto add = [&terms](const QString &part, bool prefix) {
        const QStringList words = tokens(part);
        if (!words.isEmpty())
            terms.append(SearchTerm{words, prefix});
    };
    qsizetype i = 0;
    while (i < folded.size()) {
        const QChar c = folded.at(i);
        if (c == u'"') {
            // A phrase up to the closing quote (or the end, when the user has not typed it yet).
            const qsizetype close = folded.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? folded.size() : close;
            add(folded.mid(i + 1, end - i - 1), close < 0);
            i = end + 1;
        } else if (c == u' ') {
            ++i;
        } else {
            qsizetype end = i;
            while (end < folded.size() && folded.at(end) != u' ' && folded.at(end) != u'"')
                ++end;
            // "l'école" is one term: the words l and ecole, in that order.
            add(folded.mid(i, end - i), true);
            i = end;
        }
    }
    return terms;
}

QString ftsExpression(const QList<SearchTerm> &terms)
{
    QStringList parts;
    for (const SearchTerm &term : terms) {
        // Tokens hold letters and digits only; doubling quotes keeps that true whatever comes.
        QString phrase = term.tokens.join(u' ');
        phrase.replace(u'"', u"\"\""_qs);
        parts << u'"' + phrase + u'"' + (term.prefix ? u"*"_qs : QString());
    }
    return parts.join(u' ');
}

bool matchesTerms(const QString &foldedHaystack, const QList<SearchTerm> &terms)
{
    if (terms.isEmpty())
        return true;
    const QStringList words = tokens(foldedHaystack);
    for (const SearchTerm &term : terms) {
        const qsizetype n = term.tokens.size();
        bool found = false;
        for (qsizetype start = 0; !found && start + n <= words.size(); ++start) {
            found = true;
            for (qsizetype j = 0; found && j < n; ++j) {
                const QString &word = words.at(start + j);
                const bool last = j == n - 1;
                found = last && term.prefix ? word.startsWith(term.tokens.at(j)) : word == term.tokens.at(j);
            }
        }
        if (!found)
            return false;
    }
    return true;
}

bool matchesTheme(const DecisionHistoryEntry &entry, const QString &foldedTheme)
{
    if (foldedTheme.isEmpty())
        return true;
    return decisionThemesText(entry).contains(u'\n' + foldedTheme + u'\n');
}

} // namespace Quorum
