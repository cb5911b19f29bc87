// SPDX-License-Identifier: GPL-3.0-or-later
// The text forms of the decision rules and their results: rule codes (stored in files and
// exchanged in JSON, docs/format.md) and the codes of outcomes, voices and candidates.
// The sentences that explain a result are in decisionrules.cpp.
#include "rules/decisionrules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <array>

namespace Quorum {
namespace {

// ---- Rule codes ----

struct Code
{
    int value;
    const char *code;
};

constexpr std::array methodCodes = {
    Code{int(DecisionMethod::Consent), "consent"},   Code{int(DecisionMethod::Consensus), "consensus"},
    Code{int(DecisionMethod::Majority), "majority"}, Code{int(DecisionMethod::Election), "election"},
    Code{int(DecisionMethod::Priority), "priority"},
};
constexpr std::array baseCodes = {Code{int(MajorityBase::Cast), "cast"}, Code{int(MajorityBase::Present), "present"},
                                  Code{int(MajorityBase::Members), "members"}};
constexpr std::array compareCodes
    = {Code{int(Comparison::AtLeast), "atleast"}, Code{int(Comparison::MoreThan), "morethan"}};
constexpr std::array abstentionCodes
    = {Code{int(AbstentionPolicy::Excluded), "excluded"}, Code{int(AbstentionPolicy::Counted), "counted"}};
constexpr std::array quorumCodes = {Code{int(QuorumPolicy::Refuse), "refuse"}, Code{int(QuorumPolicy::Flag), "flag"}};
constexpr std::array yesNoCodes = {Code{1, "yes"}, Code{0, "no"}};
constexpr std::array outcomeCodes = {
    Code{int(Outcome::Adopted), "adopted"},
    Code{int(Outcome::Rejected), "rejected"},
    Code{int(Outcome::Tie), "tie"},
    Code{int(Outcome::NoQuorum), "no_quorum"},
    Code{int(Outcome::Incomplete), "incomplete"},
    Code{int(Outcome::Invalid), "invalid"},
};

constexpr std::array voiceCodes = {
    Code{int(Voice::For), "for"},
    Code{int(Voice::Against), "against"},
    Code{int(Voice::Abstain), "abstain"},
};

constexpr std::array candidateStatusCodes = {
    Code{int(CandidateStatus::Elected), "elected"},
    Code{int(CandidateStatus::Qualified), "qualified"},
    Code{int(CandidateStatus::Tied), "tied"},
    Code{int(CandidateStatus::NotQualified), "not_qualified"},
};

template<std::size_t N>
QString codeOf(const std::array<Code, N> &codes, int value)
{
    for (const Code &c : codes)
        if (c.value == value)
            return QString::fromLatin1(c.code);
    return {};
}

template<std::size_t N>
std::optional<int> valueOf(const std::array<Code, N> &codes, const QString &code)
{
    for (const Code &c : codes)
        if (code == QLatin1String(c.code))
            return c.value;
    return std::nullopt;
}

template<std::size_t N>
QString choices(const std::array<Code, N> &codes)
{
    QStringList list;
    for (const Code &c : codes)
        list.append(QString::fromLatin1(c.code));
    return list.join(QStringLiteral(", "));
}

// Plain decimal digits only: no sign, no spaces, no "0x".
std::optional<int> digits(const QString &text)
{
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    return text.toInt();
}

std::optional<Fraction> parseFraction(const QString &text)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() != 2)
        return std::nullopt;
    const std::optional<int> n = digits(parts.at(0));
    const std::optional<int> d = digits(parts.at(1));
    if (!n || !d)
        return std::nullopt;
    const Fraction f{*n, *d};
    return validFraction(f) ? std::optional<Fraction>(f) : std::nullopt;
}

} // namespace

bool validFraction(Fraction f)
{
    return f.numerator > 0 && f.numerator <= f.denominator && f.denominator <= 100;
}

QString fractionCode(Fraction f)
{
    return QStringLiteral("%1/%2").arg(f.numerator).arg(f.denominator);
}

QString ruleCode(const DecisionRule &rule)
{
    QStringList parts{codeOf(methodCodes, int(rule.method))};
    const auto add = [&parts](const char *key, const QString &value) {
        parts.append(QString(QString::fromLatin1(key) + u'=' + value));
    };
    const bool counts = rule.method == DecisionMethod::Majority || rule.method == DecisionMethod::Election;
    if (counts) {
        add("base", codeOf(baseCodes, int(rule.base)));
        const bool simple = rule.method == DecisionMethod::Majority && rule.simple;
        add("threshold", simple ? QStringLiteral("simple") : fractionCode(rule.fraction));
        if (!simple)
            add("compare", codeOf(compareCodes, int(rule.comparison)));
        add("abstentions", codeOf(abstentionCodes, int(rule.abstentions)));
    }
    if (rule.method == DecisionMethod::Priority)
        add("dots", QString::number(rule.dots));
    // Every method checks the quorum as the vote opens, consent and consensus included,
    // so the policy is part of every code.
    add("quorum", codeOf(quorumCodes, int(rule.quorum)));
    if (rule.method == DecisionMethod::Election) {
        add("seats", QString::number(rule.seats));
        add("ranked", codeOf(yesNoCodes, rule.ranked ? 1 : 0));
    }
    return parts.join(u' ');
}

Result<DecisionRule> parseRuleCode(const QString &code)
{
    using R = Result<DecisionRule>;
    // Tolerate spaces around "=" and "/" as well as between pairs.
    static const QRegularExpression spacedOperator(QStringLiteral("\\s*([=/])\\s*"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = code.trimmed();
    text.replace(spacedOperator, QStringLiteral("\\1"));
    const QStringList words = text.split(spaces, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return R::failure(QCoreApplication::translate("Quorum::DecisionRules", "The decision rule is empty."));

    DecisionRule rule;
    const std::optional<int> method = valueOf(methodCodes, words.first());
    if (!method)
        return R::failure(
            QCoreApplication::translate("Quorum::DecisionRules", "Unknown decision method “%1”: expected %2.")
                .arg(words.first(), choices(methodCodes)));
    rule.method = DecisionMethod(*method);

    QStringList seen;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &word = words.at(i);
        const qsizetype equals = word.indexOf(u'=');
        if (equals <= 0 || equals == word.size() - 1)
            return R::failure(QCoreApplication::translate("Quorum::DecisionRules",
                                                          "“%1” in the decision rule is not of the form key=value.")
                                  .arg(word));
        const QString key = word.left(equals);
        const QString value = word.mid(equals + 1);
        if (seen.contains(key))
            return R::failure(
                QCoreApplication::translate("Quorum::DecisionRules", "The key “%1” appears twice in the decision rule.")
                    .arg(key));
        seen.append(key);

        const auto badValue = [&key, &value](const QString &expected) {
            return R::failure(
                QCoreApplication::translate("Quorum::DecisionRules", "“%1” is not a valid %2: expected %3.")
                    .arg(value, key, expected));
        };
        if (key == u"base") {
            const std::optional<int> v = valueOf(baseCodes, value);
            if (!v)
                return badValue(choices(baseCodes));
            rule.base = MajorityBase(*v);
        } else if (key == u"threshold") {
            if (value == u"simple") {
                if (rule.method == DecisionMethod::Election)
                    return R::failure(QCoreApplication::translate("Quorum::DecisionRules",
                                                                  "An election threshold is a fraction such as 2/3, "
                                                                  "not “simple”."));
                rule.simple = true;
                continue;
            }
            const std::optional<Fraction> f = parseFraction(value);
            if (!f)
                return R::failure(
                    QCoreApplication::translate("Quorum::DecisionRules",
                                                "“%1” is not a valid threshold: write simple or a fraction "
                                                "n/d with 0 < n ≤ d ≤ 100, such as 2/3.")
                        .arg(value));
            rule.fraction = *f;
            // An election always uses its fraction; `simple` only means something for a majority.
            if (rule.method != DecisionMethod::Election)
                rule.simple = false;
        } else if (key == u"compare") {
            const std::optional<int> v = valueOf(compareCodes, value);
            if (!v)
                return badValue(choices(compareCodes));
            rule.comparison = Comparison(*v);
        } else if (key == u"abstentions") {
            const std::optional<int> v = valueOf(abstentionCodes, value);
            if (!v)
                return badValue(choices(abstentionCodes));
            rule.abstentions = AbstentionPolicy(*v);
        } else if (key == u"quorum") {
            const std::optional<int> v = valueOf(quorumCodes, value);
            if (!v)
                return badValue(choices(quorumCodes));
            rule.quorum = QuorumPolicy(*v);
        } else if (key == u"seats") {
            const std::optional<int> v = digits(value);
            if (!v || *v < 1 || *v > 1000)
                return R::failure(
                    QCoreApplication::translate("Quorum::DecisionRules",
                                                "The number of seats must be between 1 and 1000, not “%1”.")
                        .arg(value));
            rule.seats = *v;
        } else if (key == u"ranked") {
            const std::optional<int> v = valueOf(yesNoCodes, value);
            if (!v)
                return badValue(choices(yesNoCodes));
            rule.ranked = *v == 1;
        } else if (key == u"dots") {
            const std::optional<int> v = digits(value);
            if (!v || *v < 1 || *v > 100)
                return R::failure(QCoreApplication::translate("Quorum::DecisionRules",
                                                              "The number of dots must be between 1 and 100, not “%1”.")
                                      .arg(value));
            rule.dots = *v;
        } else {
            return R::failure(
                QCoreApplication::translate("Quorum::DecisionRules", "Unknown key “%1” in the decision rule.")
                    .arg(key));
        }
    }
    return rule;
}

QString outcomeCode(Outcome outcome)
{
    return codeOf(outcomeCodes, int(outcome));
}

std::optional<Outcome> outcomeFromCode(const QString &code)
{
    const std::optional<int> v = valueOf(outcomeCodes, code);
    return v ? std::optional<Outcome>(Outcome(*v)) : std::nullopt;
}

QString voiceCode(Voice voice)
{
    return codeOf(voiceCodes, int(voice));
}

std::optional<Voice> voiceFromCode(const QString &code)
{
    const std::optional<int> v = valueOf(voiceCodes, code);
    return v ? std::optional<Voice>(Voice(*v)) : std::nullopt;
}

QString candidateStatusCode(CandidateStatus status)
{
    return codeOf(candidateStatusCodes, int(status));
}

} // namespace Quorum
