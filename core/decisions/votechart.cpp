// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisions/votechart.h"

#include "decisions/decisionwords.h"

namespace Quorum {
namespace {

BilingualText words(const char *fr, const char *nl)
{
    return {QString::fromUtf8(fr), QString::fromUtf8(nl)};
}

// A bar's label starts with a capital: "Pour", "Voor".
BilingualText capitalised(BilingualText word)
{
    for (QString *text : {&word.fr, &word.nl})
        if (!text->isEmpty())
            (*text)[0] = text->at(0).toUpper();
    return word;
}

BarChartBar bar(const QString &label, int value, bool highlighted = false)
{
    return {label, double(value), QString::number(value), highlighted};
}

} // namespace

QString recordWord(const BilingualText &word, Language language, bool bothLanguages)
{
    return bothLanguages ? word.sideBySide() : word.display(language);
}

BilingualText voteHeadline(const VoteCount &count)
{
    BilingualText head;
    // "A, B, C" in each language: the options at these indexes.
    auto names = [&](const std::vector<int> &indexes) {
        QStringList fr, nl;
        for (int index : indexes) {
            fr << count.options.at(size_t(index)).name.display(Language::French);
            nl << count.options.at(size_t(index)).name.display(Language::Dutch);
        }
        return BilingualText{fr.join(u", "_qs), nl.join(u", "_qs)};
    };
    const Outcome outcome = count.outcome();
    if (outcome == Outcome::NoQuorum)
        head = words("Pas de vote\u00a0: le quorum n'est pas atteint", "Geen stemming: het quorum is niet bereikt");
    else if (outcome == Outcome::Invalid)
        head = words("Ces chiffres sont impossibles", "Deze cijfers kunnen niet");
    else if (outcome == Outcome::Incomplete)
        head = words("Pas encore de résultat", "Nog geen uitslag");
    else if (count.election) {
        std::vector<int> seated;
        for (const CandidateResult &c : count.election->candidates)
            if (c.status == CandidateStatus::Elected)
                seated.push_back(c.index);
        const BilingualText elected = names(seated);
        head = elected.fr.isEmpty() ? words("Personne n'est élu", "Niemand is verkozen")
                                    : BilingualText{QString::fromUtf8("Élu·e·s\u00a0: %1").arg(elected.fr),
                                                    QString::fromUtf8("Verkozen: %1").arg(elected.nl)};
        if (const int open = count.election->seatsUndecided; open > 0) {
            const QString plural = open > 1 ? u"s"_qs : QString();
            head = {head.fr + QString::fromUtf8(" — égalité, %1 siège%2 à départager").arg(open).arg(plural),
                    head.nl + QString::fromUtf8(" — gelijke stand, %1 zetel%2 open").arg(open).arg(plural)};
        }
    } else if (count.priority) {
        std::vector<int> top;
        for (const RankedOption &o : count.priority->ranking)
            if (o.rank == 1)
                top.push_back(o.index);
        const BilingualText first = names(top);
        head = {QString::fromUtf8("En tête\u00a0: %1").arg(first.fr), QString::fromUtf8("Bovenaan: %1").arg(first.nl)};
    } else if (outcome == Outcome::Adopted)
        head = words("Adoptée", "Aangenomen");
    else if (outcome == Outcome::Tie)
        head = words("Égalité\u00a0: non adoptée", "Gelijke stand: niet aangenomen");
    else
        head = words("Rejetée", "Verworpen");
    if (!count.closed)
        head = {QString::fromUtf8("Provisoire\u00a0: %1").arg(head.fr), QString::fromUtf8("Voorlopig: %1").arg(head.nl)};
    return head;
}

BarChart voteChart(const VoteCount &count, Language language, bool bothLanguages)
{
    auto say = [&](const BilingualText &word) { return recordWord(word, language, bothLanguages); };
    BarChart chart;
    QList<BarChartBar> bars;
    if (count.election) {
        for (const CandidateResult &c : count.election->candidates)
            bars << bar(say(count.options.at(size_t(c.index)).name), c.votes);
        chart.setThreshold(count.election->required > 0 ? std::optional<double>(count.election->required) : std::nullopt);
        chart.setMaximum(std::max(count.election->base, 1));
    } else if (count.priority) {
        for (const RankedOption &o : count.priority->ranking)
            bars << bar(say(count.options.at(size_t(o.index)).name), o.dots);
    } else if (count.subgroups) {
        int voices[3] = {0, 0, 0};
        for (const SubgroupVoice &v : count.subgroups->voices)
            ++voices[int(v.voice)];
        for (Voice voice : {Voice::For, Voice::Against, Voice::Abstain})
            bars << bar(say(capitalised(voiceWord(voice))), voices[int(voice)]);
        chart.setThreshold(count.subgroups->overall.required > 0
                               ? std::optional<double>(count.subgroups->overall.required)
                               : std::nullopt);
        chart.setMaximum(std::max(int(count.subgroups->voices.size()), 1));
    } else {
        const bool consensus = count.rule.method == DecisionMethod::Consensus;
        if (count.rule.method == DecisionMethod::Consent) {
            bars << bar(say(words("Objections maintenues", "Gehandhaafde bezwaren")), count.tally.standingObjections, true)
                 << bar(say(words("Objections levées", "Ingetrokken of opgeloste bezwaren")), count.tally.settledObjections);
        } else if (!count.tally.evident) {
            bars << bar(say(consensus ? words("D'accord", "Akkoord") : capitalised(voiceWord(Voice::For))), count.tally.forVotes)
                 << bar(say(consensus ? words("Bloque", "Blokkeert") : capitalised(voiceWord(Voice::Against))),
                        count.tally.against)
                 << bar(say(consensus ? words("Se tient à l'écart", "Staat opzij") : capitalised(voiceWord(Voice::Abstain))),
                        count.tally.abstain);
        }
        if (count.decision && count.decision->required > 0 && !count.decision->quorumFlagged)
            chart.setThreshold(double(count.decision->required));
        if (count.electorate.present > 0 && count.rule.method != DecisionMethod::Consent)
            chart.setMaximum(count.electorate.present);
    }
    chart.setBars(bars);
    chart.setEmptyText(say(count.tally.evident ? words("Majorité évidente, sans décompte", "Duidelijke meerderheid, niet geteld")
                                               : words("Pas encore de voix", "Nog geen stemmen")));
    return chart;
}

} // namespace Quorum
