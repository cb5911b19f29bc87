// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisions/voteresult.h"

#include "decisions/votes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

namespace Quorum {
namespace {

QString k(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

CountedResult countedResult(const VoteCount &count)
{
    CountedResult r;
    r.ruleCode = ruleCode(count.rule);
    if (count.subgroupRule)
        r.subgroupRuleCode = ruleCode(*count.subgroupRule);
    r.explanation = count.explanation();
    DecisionNumbers &n = r.numbers;
    n.members = count.electorate.members;
    n.present = count.electorate.present;
    n.quorumMet = count.electorate.quorumMet;
    n.evident = count.tally.evident;
    n.forVotes = count.tally.forVotes;
    n.against = count.tally.against;
    n.abstain = count.tally.abstain;
    n.standingObjections = count.tally.standingObjections;
    n.settledObjections = count.tally.settledObjections;
    auto optionId = [&count](int index) { return index >= 0 && index < count.optionIds.size() ? count.optionIds.at(index) : 0; };
    if (count.decision) {
        n.base = count.decision->base;
        n.required = count.decision->required;
        n.quorumFlagged = count.decision->quorumFlagged;
    } else if (count.subgroups) {
        n.base = count.subgroups->overall.base;
        n.required = count.subgroups->overall.required;
        n.quorumFlagged = count.subgroups->overall.quorumFlagged;
        // The council counted the subgroups' voices, one each: those are its for and against.
        n.forVotes = n.against = n.abstain = 0;
        for (std::size_t i = 0; i < count.subgroups->voices.size(); ++i) {
            const SubgroupVoice &voice = count.subgroups->voices.at(i);
            DecisionSubgroupVoice v{voice.name, voiceCode(voice.voice), outcomeCode(voice.inner.outcome)};
            v.subgroupId = qsizetype(i) < count.subgroupIds.size() ? count.subgroupIds.at(qsizetype(i)) : 0;
            n.subgroups.append(v);
            ++(voice.voice == Voice::For ? n.forVotes : voice.voice == Voice::Against ? n.against : n.abstain);
        }
    } else if (count.election) {
        const ElectionResult &e = *count.election;
        n.base = e.base;
        n.required = e.required;
        n.quorumFlagged = e.quorumFlagged;
        n.seatsFilled = e.seatsFilled;
        n.seatsUndecided = e.seatsUndecided;
        for (const CandidateResult &c : e.candidates) {
            DecisionOption o{{}, c.votes, candidateStatusCode(c.status), c.seat, 0, false};
            o.optionId = optionId(c.index);
            n.options.append(o);
        }
    } else if (count.priority) {
        const PriorityResult &p = *count.priority;
        n.quorumFlagged = p.quorumFlagged;
        n.dotsCast = p.dotsCast;
        n.dotsAvailable = p.dotsAvailable;
        for (const RankedOption &ranked : p.ranking) {
            DecisionOption o{{}, ranked.dots, QString(), 0, ranked.rank, ranked.tied};
            o.optionId = optionId(ranked.index);
            n.options.append(o);
        }
    }
    return r;
}

QString encodeCountedResult(const CountedResult &r)
{
    const DecisionNumbers &n = r.numbers;
    QJsonArray options;
    for (const DecisionOption &o : n.options)
        options.append(QJsonArray{o.optionId, o.votes, o.status, o.seat, o.rank, o.tied});
    QJsonArray subgroups;
    for (const DecisionSubgroupVoice &v : n.subgroups)
        subgroups.append(QJsonArray{v.subgroupId, v.voice, v.innerOutcome});
    const QJsonObject object{{k("rule"), r.ruleCode},
                             {k("subgroupRule"), r.subgroupRuleCode},
                             {k("explanation"), QJsonArray{r.explanation.fr, r.explanation.nl}},
                             {k("for"), n.forVotes},
                             {k("against"), n.against},
                             {k("abstain"), n.abstain},
                             {k("standing"), n.standingObjections},
                             {k("settled"), n.settledObjections},
                             {k("base"), n.base},
                             {k("required"), n.required},
                             {k("flagged"), n.quorumFlagged},
                             {k("seatsFilled"), n.seatsFilled},
                             {k("seatsUndecided"), n.seatsUndecided},
                             {k("dotsCast"), n.dotsCast},
                             {k("dotsAvailable"), n.dotsAvailable},
                             {k("options"), options},
                             {k("subgroups"), subgroups}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<CountedResult> decodeCountedResult(const QString &stored)
{
    if (stored.isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    const QJsonArray explanation = o.value(k("explanation")).toArray();
    if (!o.value(k("rule")).isString() || explanation.size() != 2)
        return std::nullopt;
    CountedResult r;
    r.ruleCode = o.value(k("rule")).toString();
    r.subgroupRuleCode = o.value(k("subgroupRule")).toString();
    r.explanation = {explanation.at(0).toString(), explanation.at(1).toString()};
    DecisionNumbers &n = r.numbers;
    n.forVotes = o.value(k("for")).toInt();
    n.against = o.value(k("against")).toInt();
    n.abstain = o.value(k("abstain")).toInt();
    n.standingObjections = o.value(k("standing")).toInt();
    n.settledObjections = o.value(k("settled")).toInt();
    n.base = o.value(k("base")).toInt();
    n.required = o.value(k("required")).toInt();
    n.quorumFlagged = o.value(k("flagged")).toBool();
    n.seatsFilled = o.value(k("seatsFilled")).toInt();
    n.seatsUndecided = o.value(k("seatsUndecided")).toInt();
    n.dotsCast = o.value(k("dotsCast")).toInt();
    n.dotsAvailable = o.value(k("dotsAvailable")).toInt();
    for (const QJsonValue &value : o.value(k("options")).toArray()) {
        const QJsonArray a = value.toArray();
        if (a.size() != 6)
            return std::nullopt;
        DecisionOption option{{}, a.at(1).toInt(), a.at(2).toString(), a.at(3).toInt(), a.at(4).toInt(), a.at(5).toBool()};
        option.optionId = a.at(0).toInteger();
        n.options.append(option);
    }
    for (const QJsonValue &value : o.value(k("subgroups")).toArray()) {
        const QJsonArray a = value.toArray();
        if (a.size() != 3)
            return std::nullopt;
        DecisionSubgroupVoice voice{{}, a.at(1).toString(), a.at(2).toString()};
        voice.subgroupId = a.at(0).toInteger();
        n.subgroups.append(voice);
    }
    return r;
}

bool sameCount(const CountedResult &a, const CountedResult &b)
{
    const DecisionNumbers &x = a.numbers;
    const DecisionNumbers &y = b.numbers;
    if (a.ruleCode != b.ruleCode || a.subgroupRuleCode != b.subgroupRuleCode)
        return false;
    if (std::tuple(x.forVotes, x.against, x.abstain, x.standingObjections, x.settledObjections, x.base, x.required,
                   x.quorumFlagged, x.seatsFilled, x.seatsUndecided, x.dotsCast, x.dotsAvailable)
        != std::tuple(y.forVotes, y.against, y.abstain, y.standingObjections, y.settledObjections, y.base, y.required,
                      y.quorumFlagged, y.seatsFilled, y.seatsUndecided, y.dotsCast, y.dotsAvailable))
        return false;
    if (x.options.size() != y.options.size() || x.subgroups.size() != y.subgroups.size())
        return false;
    for (qsizetype i = 0; i < x.options.size(); ++i) {
        const DecisionOption &p = x.options.at(i);
        const DecisionOption &q = y.options.at(i);
        if (std::tuple(p.optionId, p.votes, p.status, p.seat, p.rank, p.tied) != std::tuple(q.optionId, q.votes, q.status, q.seat, q.rank, q.tied))
            return false;
    }
    for (qsizetype i = 0; i < x.subgroups.size(); ++i) {
        const DecisionSubgroupVoice &p = x.subgroups.at(i);
        const DecisionSubgroupVoice &q = y.subgroups.at(i);
        if (std::tuple(p.subgroupId, p.voice, p.innerOutcome) != std::tuple(q.subgroupId, q.voice, q.innerOutcome))
            return false;
    }
    return true;
}

} // namespace Quorum
