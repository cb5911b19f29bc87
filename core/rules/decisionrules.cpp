// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/decisionrules.h"

#include <QStringList>

#include <algorithm>
#include <array>

// The explanations are content: they go into the minutes and onto the projector in the
// readers' languages whatever the interface language, so they are French and Dutch data,
// never tr(). French typography wants a no-break space (U+00A0) before : ; ? !
// This file is longer than most because every sentence exists twice, whole, with its own
// singular and plural: sentences are never glued together from fragments. The rule codes
// and the result codes are in rulecodes.cpp.

namespace Quorum {
namespace {

// ---- Words ----

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString num(qint64 n)
{
    return QString::number(n);
}

// French takes the singular for 0 and 1, Dutch only for 1.
QString frForm(qint64 n, const char *one, const char *many)
{
    return u8(n <= 1 ? one : many);
}
QString nlForm(qint64 n, const char *one, const char *many)
{
    return u8(n == 1 ? one : many);
}
// The number fills %1; a singular may leave it out ("le siège", "de zetel").
QString withNumber(const QString &form, qint64 n)
{
    return form.contains(u"%1") ? form.arg(n) : form;
}
QString frCount(qint64 n, const char *one, const char *many)
{
    return withNumber(frForm(n, one, many), n);
}
QString nlCount(qint64 n, const char *one, const char *many)
{
    return withNumber(nlForm(n, one, many), n);
}

// An explanation built sentence by sentence, each sentence whole in its language.
class Sentences
{
public:
    void add(const QString &fr, const QString &nl)
    {
        m_fr.append(fr);
        m_nl.append(nl);
    }
    void add(const BilingualText &text) { add(text.fr, text.nl); }
    BilingualText text() const { return {m_fr.join(u' '), m_nl.join(u' ')}; }

private:
    QStringList m_fr;
    QStringList m_nl;
};

BilingualText votes(qint64 n)
{
    return {frCount(n, "%1 voix", "%1 voix"), nlCount(n, "%1 stem", "%1 stemmen")};
}

BilingualText points(qint64 n)
{
    return {frCount(n, "%1 point", "%1 points"), nlCount(n, "%1 punt", "%1 punten")};
}

// Who holds the votes a result counts: members, or subgroups casting one voice each.
enum class Voters { Members, Subgroups };

// "24 votes exprimés" / "24 uitgebrachte stemmen": a count of what the base measures.
BilingualText baseCount(MajorityBase base, qint64 n, Voters voters = Voters::Members)
{
    if (voters == Voters::Subgroups && base == MajorityBase::Present)
        return {frCount(n, "%1 sous-groupe présent", "%1 sous-groupes présents"),
                nlCount(n, "%1 aanwezige deelgroep", "%1 aanwezige deelgroepen")};
    if (voters == Voters::Subgroups && base == MajorityBase::Members)
        return {frCount(n, "%1 sous-groupe du conseil", "%1 sous-groupes du conseil"),
                nlCount(n, "%1 deelgroep van de raad", "%1 deelgroepen van de raad")};
    switch (base) {
    case MajorityBase::Cast:
        return {frCount(n, "%1 vote exprimé", "%1 votes exprimés"),
                nlCount(n, "%1 uitgebrachte stem", "%1 uitgebrachte stemmen")};
    case MajorityBase::Present:
        return {frCount(n, "%1 membre présent ou représenté", "%1 membres présents ou représentés"),
                nlCount(n, "%1 aanwezig of vertegenwoordigd lid", "%1 aanwezige of vertegenwoordigde leden")};
    case MajorityBase::Members:
        return {frCount(n, "%1 membre votant du conseil", "%1 membres votants du conseil"),
                nlCount(n, "%1 stemgerechtigd lid van de raad", "%1 stemgerechtigde leden van de raad")};
    }
    return {};
}

// "des votes exprimés" / "van de uitgebrachte stemmen": the base after a fraction.
BilingualText baseOf(MajorityBase base)
{
    switch (base) {
    case MajorityBase::Cast: return {u8("des votes exprimés"), u8("van de uitgebrachte stemmen")};
    case MajorityBase::Present:
        return {u8("des membres présents ou représentés"), u8("van de aanwezige of vertegenwoordigde leden")};
    case MajorityBase::Members:
        return {u8("de tous les membres votants du conseil"), u8("van alle stemgerechtigde leden van de raad")};
    }
    return {};
}

struct FractionWords
{
    int numerator;
    int denominator;
    const char *frAtLeast;
    const char *frMoreThan;
    const char *nlAtLeast;
    const char *nlMoreThan;
};

// French contracts "plus de les deux tiers" into "plus des deux tiers": whole phrases.
constexpr std::array knownFractions = {
    FractionWords{1, 2, "au moins la moitié", "plus de la moitié", "minstens de helft", "meer dan de helft"},
    FractionWords{2, 3, "au moins les deux tiers", "plus des deux tiers", "minstens twee derde", "meer dan twee derde"},
    FractionWords{3, 4, "au moins les trois quarts", "plus des trois quarts", "minstens drie vierde",
                  "meer dan drie vierde"},
};


// "au moins les deux tiers" / "minstens twee derde".
BilingualText fractionWords(Fraction f, Comparison c)
{
    const bool atLeast = c == Comparison::AtLeast;
    for (const FractionWords &k : knownFractions)
        if (k.numerator == f.numerator && k.denominator == f.denominator)
            return {u8(atLeast ? k.frAtLeast : k.frMoreThan), u8(atLeast ? k.nlAtLeast : k.nlMoreThan)};
    const QString digits = fractionCode(f);
    return {u8(atLeast ? "au moins %1" : "plus de %1").arg(digits),
            u8(atLeast ? "minstens %1" : "meer dan %1").arg(digits)};
}

// "A, B et C" / "A, B en C".
BilingualText joinNames(const std::vector<BilingualText> &names)
{
    QStringList fr;
    QStringList nl;
    for (const BilingualText &name : names) {
        fr.append(name.fr);
        nl.append(name.nl);
    }
    if (fr.size() < 2)
        return {fr.join(QString()), nl.join(QString())};
    const QString lastFr = fr.takeLast();
    const QString lastNl = nl.takeLast();
    return {u8("%1 et %2").arg(fr.join(QStringLiteral(", ")), lastFr),
            u8("%1 en %2").arg(nl.join(QStringLiteral(", ")), lastNl)};
}

// A name in each language, falling back to the other one, or "Candidat 3" when empty.
BilingualText nameOr(const BilingualText &name, const char *frFallback, const char *nlFallback, int number)
{
    if (name.isEmpty())
        return {u8(frFallback).arg(number), u8(nlFallback).arg(number)};
    return {name.display(Language::French), name.display(Language::Dutch)};
}

// ---- Arithmetic: integers only, so 16 of 24 is exactly two thirds ----


bool meets(qint64 forVotes, qint64 base, Fraction f, Comparison c)
{
    const qint64 lhs = forVotes * f.denominator;
    const qint64 rhs = qint64(f.numerator) * base;
    return c == Comparison::AtLeast ? lhs >= rhs : lhs > rhs;
}

// The fewest votes that meet the threshold.
qint64 requiredVotes(qint64 base, Fraction f, Comparison c)
{
    const qint64 product = qint64(f.numerator) * base;
    return c == Comparison::AtLeast ? (product + f.denominator - 1) / f.denominator : product / f.denominator + 1;
}

// ---- Common sentences ----

BilingualText impossible(const BilingualText &reason)
{
    return {u8("Résultat impossible\u00a0: %1 Rien n'est décidé.").arg(reason.fr),
            u8("Onmogelijk resultaat: %1 Er is niets beslist.").arg(reason.nl)};
}

BilingualText negativeNumber()
{
    return {u8("un nombre est négatif."), u8("een aantal is negatief.")};
}

BilingualText badFraction(Fraction f)
{
    const QString digits = fractionCode(f);
    return {u8("le seuil %1 n'est pas une fraction valable.").arg(digits),
            u8("de drempel %1 is geen geldige breuk.").arg(digits)};
}

BilingualText noQuorum()
{
    return {u8("Pas de vote\u00a0: le quorum n'est pas atteint, et le règlement ne permet pas de voter sans quorum."),
            u8("Geen stemming: het quorum is niet bereikt, en het reglement laat geen stemming zonder quorum toe.")};
}

BilingualText quorumFlag()
{
    return {u8("Le quorum n'était pas atteint\u00a0; le vote compte quand même, comme le prévoit le règlement, "
               "et le procès-verbal le mentionne."),
            u8("Het quorum was niet bereikt; de stemming telt toch, zoals het reglement bepaalt, en de notulen "
               "vermelden dat.")};
}

BilingualText quorumClause(QuorumPolicy policy)
{
    if (policy == QuorumPolicy::Refuse)
        return {u8("sans quorum, pas de vote"), u8("zonder quorum wordt er niet gestemd")};
    return {u8("sans quorum, le vote compte mais le procès-verbal le signale"),
            u8("zonder quorum telt de stemming, maar de notulen vermelden het")};
}

// The electorate itself: no negative count, no more present than members.
std::optional<BilingualText> electorateProblem(const Electorate &e)
{
    if (e.members < 0 || e.present < 0)
        return negativeNumber();
    if (e.members > 0 && e.present > e.members) {
        const BilingualText present = baseCount(MajorityBase::Present, e.present);
        const BilingualText members = baseCount(MajorityBase::Members, e.members);
        return BilingualText{u8("%1, mais seulement %2.").arg(present.fr, members.fr),
                             u8("%1, maar slechts %2.").arg(present.nl, members.nl)};
    }
    return std::nullopt;
}

// "12 participants, mais seulement 10 membres présents ou représentés."
BilingualText moreThanPresent(const BilingualText &what, int present)
{
    const BilingualText p = baseCount(MajorityBase::Present, present);
    return {u8("%1, mais seulement %2.").arg(what.fr, p.fr), u8("%1, maar slechts %2.").arg(what.nl, p.nl)};
}

// ---- decide() ----

std::optional<BilingualText> tallyProblem(const DecisionRule &rule, const Electorate &e, const Tally &t)
{
    if (rule.method == DecisionMethod::Election || rule.method == DecisionMethod::Priority)
        return BilingualText{u8("une élection ou un vote par points ne se décide pas comme une proposition."),
                             u8("een verkiezing of een puntenstemming wordt niet als een voorstel beslist.")};
    if (rule.method == DecisionMethod::Majority && !rule.simple && !validFraction(rule.fraction))
        return badFraction(rule.fraction);
    if (t.forVotes < 0 || t.against < 0 || t.abstain < 0 || t.standingObjections < 0 || t.settledObjections < 0)
        return negativeNumber();
    if (auto problem = electorateProblem(e))
        return problem;
    const qint64 counted = qint64(t.forVotes) + t.against + t.abstain;
    if (e.present > 0 && counted > e.present)
        return moreThanPresent({frCount(counted, "%1 voix comptée", "%1 voix comptées"),
                                nlCount(counted, "%1 getelde stem", "%1 getelde stemmen")},
                               e.present);
    if (rule.method == DecisionMethod::Consent && e.present > 0 && t.standingObjections > e.present)
        return moreThanPresent({frCount(t.standingObjections, "%1 objection maintenue", "%1 objections maintenues"),
                                nlCount(t.standingObjections, "%1 gehandhaafd bezwaar", "%1 gehandhaafde bezwaren")},
                               e.present);
    if (t.evident && rule.method == DecisionMethod::Consent)
        return BilingualText{
            u8("une évidence à main levée ne vaut que pour un vote à la majorité ou un consensus, "
               "pas pour un consentement."),
            u8("een duidelijke meerderheid bij handopsteking geldt alleen voor een meerderheidsstemming "
               "of een consensus, niet voor consent.")};
    return std::nullopt;
}

BilingualText settledSentence(int settled)
{
    return {frCount(settled, "%1 objection retirée ou résolue reste consignée au procès-verbal.",
                    "%1 objections retirées ou résolues restent consignées au procès-verbal."),
            nlCount(settled, "%1 ingetrokken of opgelost bezwaar blijft in de notulen vermeld.",
                    "%1 ingetrokken of opgeloste bezwaren blijven in de notulen vermeld.")};
}

Decision decideByConsent(const Tally &t)
{
    Decision d;
    Sentences s;
    if (t.standingObjections > 0) {
        d.outcome = Outcome::Rejected;
        s.add(frForm(t.standingObjections,
                     "Non adoptée\u00a0: %1 objection subsiste, et le consentement demande qu'aucune "
                     "objection ne reste.",
                     "Non adoptée\u00a0: %1 objections subsistent, et le consentement demande qu'aucune objection "
                     "ne reste.")
                  .arg(t.standingObjections),
              nlForm(t.standingObjections,
                     "Niet aangenomen: er blijft %1 bezwaar over, en consent vraagt dat er geen "
                     "bezwaar overblijft.",
                     "Niet aangenomen: er blijven %1 bezwaren over, en consent vraagt dat er geen bezwaar overblijft.")
                  .arg(t.standingObjections));
    } else if (t.settledObjections > 0) {
        d.outcome = Outcome::Adopted;
        s.add(u8("Adoptée par consentement\u00a0: aucune objection ne subsiste."),
              u8("Aangenomen bij consent: er blijft geen bezwaar over."));
    } else {
        d.outcome = Outcome::Adopted;
        s.add(u8("Adoptée par consentement\u00a0: personne n'a soulevé d'objection."),
              u8("Aangenomen bij consent: niemand heeft bezwaar gemaakt."));
    }
    if (t.settledObjections > 0)
        s.add(settledSentence(t.settledObjections));
    d.explanation = s.text();
    return d;
}

BilingualText consensusCount(const Tally &t)
{
    return {u8("Décompte\u00a0: %1 d'accord, %2 en retrait, %3.")
                .arg(num(t.forVotes), num(t.abstain), frCount(t.against, "%1 blocage", "%1 blocages")),
            u8("Telling: %1 akkoord, %2, %3.")
                .arg(num(t.forVotes), nlCount(t.abstain, "%1 stapt opzij", "%1 stappen opzij"),
                     nlCount(t.against, "%1 blokkade", "%1 blokkades"))};
}

Decision decideByConsensus(const Electorate &e, const Tally &t)
{
    Decision d;
    Sentences s;
    if (t.evident) {
        d.outcome = Outcome::Adopted;
        s.add(u8("Adoptée par consensus évident\u00a0: personne ne s'y oppose, constaté sans décompte."),
              u8("Aangenomen bij duidelijke consensus: niemand verzet zich, vastgesteld zonder telling."));
        d.explanation = s.text();
        return d;
    }
    const int heard = t.forVotes + t.abstain;
    if (t.against > 0) {
        d.outcome = Outcome::Rejected;
        s.add(frForm(t.against, "Rejetée\u00a0: %1 membre bloque, et le consensus demande que personne ne bloque.",
                     "Rejetée\u00a0: %1 membres bloquent, et le consensus demande que personne ne bloque.")
                  .arg(t.against),
              nlForm(t.against, "Verworpen: %1 lid blokkeert, en consensus vraagt dat niemand blokkeert.",
                     "Verworpen: %1 leden blokkeren, en consensus vraagt dat niemand blokkeert.")
                  .arg(t.against));
        s.add(consensusCount(t));
    } else if (heard == 0) {
        d.outcome = Outcome::Incomplete;
        s.add(u8("Pas encore de décision\u00a0: personne ne s'est encore prononcé."),
              u8("Nog geen beslissing: nog niemand heeft zich uitgesproken."));
    } else if (e.present > 0 && heard < e.present) {
        d.outcome = Outcome::Incomplete;
        const int missing = e.present - heard;
        s.add(frForm(missing,
                     "Pas encore de décision\u00a0: %1 membre présent sur %2 n'a pas encore donné sa position, "
                     "et le consensus demande d'entendre tout le monde.",
                     "Pas encore de décision\u00a0: %1 membres présents sur %2 n'ont pas encore donné leur position, "
                     "et le consensus demande d'entendre tout le monde.")
                  .arg(num(missing), num(e.present)),
              nlForm(missing,
                     "Nog geen beslissing: %1 van de %2 aanwezigen heeft zich nog niet uitgesproken, en "
                     "consensus vraagt dat iedereen gehoord wordt.",
                     "Nog geen beslissing: %1 van de %2 aanwezigen hebben zich nog niet uitgesproken, en consensus "
                     "vraagt dat iedereen gehoord wordt.")
                  .arg(num(missing), num(e.present)));
        s.add(consensusCount(t));
    } else if (t.forVotes == 0) {
        d.outcome = Outcome::Rejected;
        s.add(frCount(t.abstain,
                      "Rejetée\u00a0: personne ne soutient la proposition, le seul membre qui s'est "
                      "prononcé se tient en retrait.",
                      "Rejetée\u00a0: personne ne soutient la proposition, les %1 membres qui se sont prononcés se "
                      "tiennent tous en retrait."),
              nlCount(t.abstain,
                      "Verworpen: niemand steunt het voorstel, het enige lid dat zich uitsprak, stapt opzij.",
                      "Verworpen: niemand steunt het voorstel, alle %1 leden die zich uitspraken, stappen opzij."));
    } else {
        d.outcome = Outcome::Adopted;
        s.add(u8("Adoptée par consensus\u00a0: personne ne bloque."),
              u8("Aangenomen bij consensus: niemand blokkeert."));
        s.add(consensusCount(t));
    }
    d.explanation = s.text();
    return d;
}

// What abstentions did to a counted majority vote.
BilingualText abstentionSentence(const DecisionRule &rule, int abstain)
{
    if (!rule.simple && rule.base != MajorityBase::Cast)
        return {frForm(abstain, "%1 abstention compte dans la base, car qui s'abstient est présent.",
                       "%1 abstentions comptent dans la base, car qui s'abstient est présent.")
                    .arg(abstain),
                nlForm(abstain, "%1 onthouding telt mee in de basis, want wie zich onthoudt, is aanwezig.",
                       "%1 onthoudingen tellen mee in de basis, want wie zich onthoudt, is aanwezig.")
                    .arg(abstain)};
    if (rule.abstentions == AbstentionPolicy::Counted)
        return {frForm(abstain, "%1 abstention compte comme vote exprimé et pèse donc contre.",
                       "%1 abstentions comptent comme votes exprimés et pèsent donc contre.")
                    .arg(abstain),
                nlForm(abstain, "%1 onthouding telt mee als uitgebrachte stem en weegt dus als tegenstem.",
                       "%1 onthoudingen tellen mee als uitgebrachte stemmen en wegen dus als tegenstemmen.")
                    .arg(abstain)};
    return {frForm(abstain, "%1 abstention ne compte pas comme vote exprimé.",
                   "%1 abstentions ne comptent pas comme votes exprimés.")
                .arg(abstain),
            nlForm(abstain, "%1 onthouding telt niet als uitgebrachte stem.",
                   "%1 onthoudingen tellen niet als uitgebrachte stem.")
                .arg(abstain)};
}

BilingualText outcomeHead(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Adopted: return {u8("Adoptée"), u8("Aangenomen")};
    case Outcome::Rejected: return {u8("Rejetée"), u8("Verworpen")};
    case Outcome::Tie: return {u8("Égalité, non adoptée"), u8("Staking van stemmen, niet aangenomen")};
    case Outcome::NoQuorum: return {u8("Pas de vote"), u8("Geen stemming")};
    case Outcome::Incomplete: return {u8("Pas encore de décision"), u8("Nog geen beslissing")};
    case Outcome::Invalid: return {u8("Résultat impossible"), u8("Onmogelijk resultaat")};
    }
    return {};
}

Decision decideByMajority(const DecisionRule &rule, const Electorate &e, const Tally &t, Voters voters)
{
    Decision d;
    Sentences s;
    if (t.evident) {
        d.outcome = Outcome::Adopted;
        s.add(u8("Adoptée\u00a0: majorité évidente à main levée, sans décompte des voix."),
              u8("Aangenomen: duidelijke meerderheid bij handopsteking, zonder telling van de stemmen."));
        d.explanation = s.text();
        return d;
    }
    const bool counted = rule.abstentions == AbstentionPolicy::Counted;
    const qint64 cast = qint64(t.forVotes) + t.against + (counted ? t.abstain : 0);
    if (qint64(t.forVotes) + t.against + t.abstain == 0) {
        d.outcome = Outcome::Incomplete;
        s.add(u8("Pas encore de décision\u00a0: aucun vote n'est encore compté."),
              u8("Nog geen beslissing: er is nog geen stem geteld."));
        d.explanation = s.text();
        return d;
    }

    qint64 base = cast;
    if (!rule.simple && rule.base == MajorityBase::Present)
        base = e.present;
    else if (!rule.simple && rule.base == MajorityBase::Members)
        base = e.members;
    if (base == 0) {
        // Never "adopted with 0 votes": without a base there is nothing to measure.
        d.outcome = Outcome::Incomplete;
        if (rule.simple || rule.base == MajorityBase::Cast) {
            s.add(u8("Pas encore de décision\u00a0: aucun vote exprimé."),
                  u8("Nog geen beslissing: er is geen stem uitgebracht."));
            if (t.abstain > 0)
                s.add(abstentionSentence(rule, t.abstain));
        } else if (rule.base == MajorityBase::Present) {
            s.add(u8("Pas encore de décision\u00a0: le nombre de membres présents ou représentés n'est pas connu."),
                  u8("Nog geen beslissing: het aantal aanwezige of vertegenwoordigde leden is niet bekend."));
        } else {
            s.add(u8("Pas encore de décision\u00a0: le nombre de membres votants du conseil n'est pas connu."),
                  u8("Nog geen beslissing: het aantal stemgerechtigde leden van de raad is niet bekend."));
        }
        d.explanation = s.text();
        return d;
    }

    bool adopted = false;
    qint64 required = 0;
    if (rule.simple) {
        required = qint64(t.against) + (counted ? t.abstain : 0) + 1;
        adopted = t.forVotes >= required;
    } else {
        required = requiredVotes(base, rule.fraction, rule.comparison);
        adopted = meets(t.forVotes, base, rule.fraction, rule.comparison);
    }
    d.base = int(base);
    d.required = int(required);
    if (adopted)
        d.outcome = Outcome::Adopted;
    else
        d.outcome = t.forVotes == t.against && t.forVotes > 0 ? Outcome::Tie : Outcome::Rejected;

    const BilingualText head = outcomeHead(d.outcome);
    const BilingualText forCount = votes(t.forVotes);
    const BilingualText needed = votes(required);
    const BilingualText over = baseCount(rule.simple ? MajorityBase::Cast : rule.base, base, voters);
    if (rule.simple) {
        s.add((counted ? u8("%1\u00a0: %2 pour et %3 contre sur %4, il fallait une majorité simple, soit plus de voix "
                            "pour que de voix contre et d'abstentions réunies (%5).")
                       : u8("%1\u00a0: %2 pour et %3 contre sur %4, il fallait une majorité simple, soit plus de voix "
                            "pour que contre (%5)."))
                  .arg(head.fr, forCount.fr, num(t.against), over.fr, needed.fr),
              (counted ? u8("%1: %2 voor en %3 tegen op %4; een gewone meerderheid was nodig, dus meer stemmen voor "
                            "dan tegenstemmen en onthoudingen samen (%5).")
                       : u8("%1: %2 voor en %3 tegen op %4; een gewone meerderheid was nodig, dus meer stemmen voor "
                            "dan tegen (%5)."))
                  .arg(head.nl, forCount.nl, num(t.against), over.nl, needed.nl));
    } else {
        const BilingualText threshold = fractionWords(rule.fraction, rule.comparison);
        s.add(u8("%1\u00a0: %2 pour sur %3, il fallait %4 (%5).")
                  .arg(head.fr, forCount.fr, over.fr, threshold.fr, needed.fr),
              u8("%1: %2 voor op %3; %4 was nodig (%5).").arg(head.nl, forCount.nl, over.nl, threshold.nl, needed.nl));
        const BilingualText againstCount = votes(t.against);
        s.add(u8("Contre\u00a0: %1.").arg(againstCount.fr), u8("Tegen: %1.").arg(againstCount.nl));
    }
    if (t.abstain > 0)
        s.add(abstentionSentence(rule, t.abstain));
    d.explanation = s.text();
    return d;
}

// ---- Elections ----

std::optional<BilingualText> electionProblem(const DecisionRule &rule, const Electorate &e, const ElectionInput &in)
{
    if (rule.method != DecisionMethod::Election)
        return BilingualText{u8("la règle n'est pas celle d'une élection."), u8("de regel is geen verkiezing.")};
    if (!validFraction(rule.fraction))
        return badFraction(rule.fraction);
    if (rule.seats < 1)
        return BilingualText{u8("il faut au moins un siège à pourvoir."),
                             u8("er moet minstens één zetel te begeven zijn.")};
    if (in.candidates.empty())
        return BilingualText{u8("il n'y a aucun candidat."), u8("er is geen enkele kandidaat.")};
    if (in.ballots < 0 || in.blank < 0)
        return negativeNumber();
    for (const Candidate &c : in.candidates)
        if (c.votes < 0)
            return negativeNumber();
    if (auto problem = electorateProblem(e))
        return problem;
    int number = 0;
    for (const Candidate &c : in.candidates) {
        ++number;
        if (c.votes > in.ballots) {
            const BilingualText name = nameOr(c.name, "Candidat %1", "Kandidaat %1", number);
            const BilingualText got = votes(c.votes);
            return BilingualText{frForm(in.ballots, "%1 a %2, mais il n'y a que %3 bulletin valable.",
                                        "%1 a %2, mais il n'y a que %3 bulletins valables.")
                                     .arg(name.fr, got.fr, num(in.ballots)),
                                 nlForm(in.ballots, "%1 heeft %2, maar er is slechts %3 geldig stembiljet.",
                                        "%1 heeft %2, maar er zijn slechts %3 geldige stembiljetten.")
                                     .arg(name.nl, got.nl, num(in.ballots))};
        }
    }
    const qint64 papers = qint64(in.ballots) + in.blank;
    if (e.present > 0 && papers > e.present)
        return moreThanPresent(
            {frCount(papers, "%1 bulletin (blancs compris)", "%1 bulletins (blancs compris)"),
             nlCount(papers, "%1 stembiljet (blanco inbegrepen)", "%1 stembiljetten (blanco inbegrepen)")},
            e.present);
    return std::nullopt;
}

qint64 electionBase(const DecisionRule &rule, const Electorate &e, const ElectionInput &in)
{
    switch (rule.base) {
    case MajorityBase::Present: return e.present;
    case MajorityBase::Members: return e.members;
    case MajorityBase::Cast: break;
    }
    return qint64(in.ballots) + (rule.abstentions == AbstentionPolicy::Counted ? in.blank : 0);
}

BilingualText blankSentence(const DecisionRule &rule, int blank)
{
    if (rule.base != MajorityBase::Cast)
        return {frForm(blank, "%1 bulletin blanc compte dans la base, car qui vote blanc est présent.",
                       "%1 bulletins blancs comptent dans la base, car qui vote blanc est présent.")
                    .arg(blank),
                nlForm(blank, "%1 blanco stem telt mee in de basis, want wie blanco stemt, is aanwezig.",
                       "%1 blanco stemmen tellen mee in de basis, want wie blanco stemt, is aanwezig.")
                    .arg(blank)};
    if (rule.abstentions == AbstentionPolicy::Counted)
        return {frForm(blank, "%1 bulletin blanc compte comme vote exprimé.",
                       "%1 bulletins blancs comptent comme votes exprimés.")
                    .arg(blank),
                nlForm(blank, "%1 blanco stem telt mee als uitgebrachte stem.",
                       "%1 blanco stemmen tellen mee als uitgebrachte stem.")
                    .arg(blank)};
    return {frForm(blank, "%1 bulletin blanc ne compte pas comme vote exprimé.",
                   "%1 bulletins blancs ne comptent pas comme votes exprimés.")
                .arg(blank),
            nlForm(blank, "%1 blanco stem telt niet als uitgebrachte stem.",
                   "%1 blanco stemmen tellen niet als uitgebrachte stem.")
                .arg(blank)};
}

BilingualText candidateStatus(const CandidateResult &c, bool ranked)
{
    switch (c.status) {
    case CandidateStatus::Elected:
        if (ranked)
            return {u8("obtient le siège %1").arg(c.seat), u8("krijgt zetel %1").arg(c.seat)};
        return {u8("obtient un siège"), u8("krijgt een zetel")};
    case CandidateStatus::Tied: return {u8("à égalité"), u8("staat gelijk")};
    case CandidateStatus::Qualified:
        return {u8("atteint le seuil, mais sans siège"), u8("haalt de drempel, maar krijgt geen zetel")};
    case CandidateStatus::NotQualified: return {u8("n'atteint pas le seuil"), u8("haalt de drempel niet")};
    }
    return {};
}

// A group of qualified candidates with equal votes that a tie leaves undecided.
struct TieGroup
{
    std::size_t first = 0; // into the sorted results
    std::size_t size = 0;
    int firstSeat = 0;     // ranked: the first seat they compete for
    int undecided = 0;     // seats this tie leaves open
    int electedBefore = 0; // non-ranked: seats already taken by candidates with more votes
};

// "les sièges 1 et 2" / "de zetels 1 en 2", or "les 2 derniers sièges" when unordered.
BilingualText contestedSeats(const TieGroup &tie, bool ranked)
{
    const int u = tie.undecided;
    if (ranked) {
        const int last = tie.firstSeat + u - 1;
        if (u == 1)
            return {u8("le siège %1").arg(tie.firstSeat), u8("zetel %1").arg(tie.firstSeat)};
        if (u == 2)
            return {u8("les sièges %1 et %2").arg(tie.firstSeat).arg(last),
                    u8("de zetels %1 en %2").arg(tie.firstSeat).arg(last)};
        return {u8("les sièges %1 à %2").arg(tie.firstSeat).arg(last),
                u8("de zetels %1 tot %2").arg(tie.firstSeat).arg(last)};
    }
    if (tie.electedBefore == 0)
        return {frCount(u, "le siège", "les %1 sièges"), nlCount(u, "de zetel", "de %1 zetels")};
    return {frCount(u, "le dernier siège", "les %1 derniers sièges"),
            nlCount(u, "de laatste zetel", "de laatste %1 zetels")};
}

// ---- Priority ----

std::optional<BilingualText> priorityProblem(const DecisionRule &rule, const Electorate &e,
                                             const std::vector<Candidate> &options, int participants, qint64 dotsCast)
{
    if (rule.method != DecisionMethod::Priority)
        return BilingualText{u8("la règle n'est pas celle d'un vote par points."),
                             u8("de regel is geen puntenstemming.")};
    if (rule.dots < 1)
        return BilingualText{u8("la règle doit donner au moins un point par participant."),
                             u8("de regel moet minstens één punt per deelnemer geven.")};
    if (participants < 0)
        return negativeNumber();
    for (const Candidate &o : options)
        if (o.votes < 0)
            return negativeNumber();
    if (auto problem = electorateProblem(e))
        return problem;
    if (e.present > 0 && participants > e.present)
        return moreThanPresent({frCount(participants, "%1 participant", "%1 participants"),
                                nlCount(participants, "%1 deelnemer", "%1 deelnemers")},
                               e.present);
    const qint64 available = qint64(participants) * rule.dots;
    if (dotsCast > available) {
        const BilingualText each = points(rule.dots);
        return BilingualText{
            frForm(dotsCast, "%1 point placé, plus que les %2 permis (%3 × %4).",
                   "%1 points placés, plus que les %2 permis (%3 × %4).")
                .arg(num(dotsCast), num(available), frCount(participants, "%1 participant", "%1 participants"),
                     each.fr),
            nlForm(dotsCast, "%1 punt geplaatst, meer dan de %2 toegelaten (%3 × %4).",
                   "%1 punten geplaatst, meer dan de %2 toegelaten (%3 × %4).")
                .arg(num(dotsCast), num(available), nlCount(participants, "%1 deelnemer", "%1 deelnemers"), each.nl)};
    }
    return std::nullopt;
}

} // namespace

// ---- Public functions ----

BilingualText describeRule(const DecisionRule &rule)
{
    const BilingualText quorum = quorumClause(rule.quorum);
    switch (rule.method) {
    case DecisionMethod::Consent:
        return {u8("Consentement\u00a0: la proposition est adoptée si aucune objection ne subsiste\u00a0; %1.")
                    .arg(quorum.fr),
                u8("Consent: het voorstel is aangenomen als er geen bezwaar overblijft; %1.").arg(quorum.nl)};
    case DecisionMethod::Consensus:
        return {u8("Consensus\u00a0: la proposition est adoptée si chacun est d'accord ou se tient en retrait et que "
                   "personne ne bloque\u00a0; %1.")
                    .arg(quorum.fr),
                u8("Consensus: het voorstel is aangenomen als iedereen akkoord gaat of opzijstapt en niemand "
                   "blokkeert; %1.")
                    .arg(quorum.nl)};
    case DecisionMethod::Priority: {
        const BilingualText each = points(rule.dots);
        return {u8("Vote par points\u00a0: chaque participant répartit %1 entre les options, classées selon les points "
                   "reçus\u00a0; %2.")
                    .arg(each.fr, quorum.fr),
                u8("Puntenstemming: elke deelnemer verdeelt %1 over de opties, die gerangschikt worden volgens de "
                   "ontvangen punten; %2.")
                    .arg(each.nl, quorum.nl)};
    }
    case DecisionMethod::Election: {
        const BilingualText threshold = fractionWords(rule.fraction, rule.comparison);
        const BilingualText of = baseOf(rule.base);
        BilingualText order;
        if (rule.seats <= 1)
            order = {u8("si plusieurs candidats atteignent ce seuil, celui qui a le plus de voix l'emporte"),
                     u8("halen meerdere kandidaten die drempel, dan wint wie de meeste stemmen heeft")};
        else if (rule.ranked)
            order = {
                u8("les sièges sont ordonnés (présidence, puis vice-présidence…) et attribués dans l'ordre des voix"),
                u8("de zetels zijn gerangschikt (voorzitter, dan ondervoorzitter…) en worden toegekend in volgorde "
                   "van de stemmen")};
        else
            order = {u8("si plus de candidats atteignent ce seuil qu'il n'y a de sièges, ceux qui ont le plus de voix "
                        "l'emportent"),
                     u8("halen meer kandidaten die drempel dan er zetels zijn, dan winnen de kandidaten met de meeste "
                        "stemmen")};
        BilingualText blank = {u8("les bulletins blancs ne comptent pas comme votes exprimés"),
                               u8("blanco stemmen tellen niet als uitgebrachte stem")};
        if (rule.base != MajorityBase::Cast)
            blank = {u8("les bulletins blancs comptent dans la base, car qui vote blanc est présent"),
                     u8("blanco stemmen tellen mee in de basis, want wie blanco stemt, is aanwezig")};
        else if (rule.abstentions == AbstentionPolicy::Counted)
            blank = {u8("les bulletins blancs comptent comme votes exprimés"),
                     u8("blanco stemmen tellen mee als uitgebrachte stem")};
        return {frForm(rule.seats,
                       "Élection à %1 siège\u00a0: chaque candidat doit obtenir %2 %3\u00a0; %4\u00a0; %5\u00a0; %6.",
                       "Élection à %1 sièges\u00a0: chaque candidat doit obtenir %2 %3\u00a0; %4\u00a0; %5\u00a0; %6.")
                    .arg(num(rule.seats), threshold.fr, of.fr, order.fr, blank.fr, quorum.fr),
                nlForm(rule.seats, "Verkiezing voor %1 zetel: elke kandidaat moet %2 %3 halen; %4; %5; %6.",
                       "Verkiezing voor %1 zetels: elke kandidaat moet %2 %3 halen; %4; %5; %6.")
                    .arg(num(rule.seats), threshold.nl, of.nl, order.nl, blank.nl, quorum.nl)};
    }
    case DecisionMethod::Majority: break;
    }

    const bool counted = rule.abstentions == AbstentionPolicy::Counted;
    BilingualText abstentions = counted ? BilingualText{u8("les abstentions comptent comme votes exprimés"),
                                                        u8("onthoudingen tellen mee als uitgebrachte stem")}
                                        : BilingualText{u8("les abstentions ne comptent pas comme votes exprimés"),
                                                        u8("onthoudingen tellen niet als uitgebrachte stem")};
    BilingualText head;
    if (rule.simple) {
        head = counted
            ? BilingualText{u8("Majorité simple, soit plus de voix pour que de voix contre et d'abstentions réunies"),
                            u8("Gewone meerderheid, dus meer stemmen voor dan tegenstemmen en onthoudingen samen")}
            : BilingualText{u8("Majorité simple, soit plus de voix pour que contre"),
                            u8("Gewone meerderheid, dus meer stemmen voor dan tegen")};
    } else {
        const Fraction f = rule.fraction;
        const bool atLeast = rule.comparison == Comparison::AtLeast;
        BilingualText name;
        if (f == Fraction{1, 2})
            name = atLeast ? BilingualText{u8("Majorité de la moitié"), u8("Meerderheid van de helft")}
                           : BilingualText{u8("Majorité absolue"), u8("Volstrekte meerderheid")};
        else if (f == Fraction{2, 3})
            name = {u8("Majorité des deux tiers"), u8("Tweederdemeerderheid")};
        else if (f == Fraction{3, 4})
            name = {u8("Majorité des trois quarts"), u8("Drievierdemeerderheid")};
        else
            name = {u8("Majorité de %1").arg(fractionCode(f)), u8("Meerderheid van %1").arg(fractionCode(f))};
        const BilingualText of = baseOf(rule.base);
        const BilingualText how = f == Fraction{1, 2}
            ? fractionWords(f, rule.comparison)
            : BilingualText{u8(atLeast ? "au moins %1" : "plus de %1").arg(fractionCode(f)),
                            u8(atLeast ? "minstens %1" : "meer dan %1").arg(fractionCode(f))};
        head = {u8("%1 %2 (%3)").arg(name.fr, of.fr, how.fr), u8("%1 %2 (%3)").arg(name.nl, of.nl, how.nl)};
        if (rule.base != MajorityBase::Cast)
            abstentions = {u8("les abstentions comptent dans la base, car qui s'abstient est présent"),
                           u8("onthoudingen tellen mee in de basis, want wie zich onthoudt, is aanwezig")};
    }
    return {u8("%1\u00a0; %2\u00a0; %3.").arg(head.fr, abstentions.fr, quorum.fr),
            u8("%1; %2; %3.").arg(head.nl, abstentions.nl, quorum.nl)};
}

namespace {

Decision decideAs(const DecisionRule &rule, const Electorate &electorate, const Tally &tally, Voters voters)
{
    Decision d;
    if (const std::optional<BilingualText> problem = tallyProblem(rule, electorate, tally)) {
        d.outcome = Outcome::Invalid;
        d.explanation = impossible(*problem);
        return d;
    }
    if (!electorate.quorumMet && rule.quorum == QuorumPolicy::Refuse) {
        d.outcome = Outcome::NoQuorum;
        d.explanation = noQuorum();
        return d;
    }
    switch (rule.method) {
    case DecisionMethod::Consent: d = decideByConsent(tally); break;
    case DecisionMethod::Consensus: d = decideByConsensus(electorate, tally); break;
    case DecisionMethod::Majority: d = decideByMajority(rule, electorate, tally, voters); break;
    case DecisionMethod::Election:
    case DecisionMethod::Priority: break; // refused by tallyProblem()
    }
    if (!electorate.quorumMet) {
        d.quorumFlagged = true;
        const BilingualText flag = quorumFlag();
        d.explanation = {d.explanation.fr + u' ' + flag.fr, d.explanation.nl + u' ' + flag.nl};
    }
    return d;
}

} // namespace

Decision decide(const DecisionRule &rule, const Electorate &electorate, const Tally &tally)
{
    return decideAs(rule, electorate, tally, Voters::Members);
}

SubgroupDecision decideBySubgroups(const DecisionRule &inner, const DecisionRule &outer,
                                   const std::vector<SubgroupInput> &subgroups, bool quorumMet)
{
    SubgroupDecision result;
    Sentences s;
    Electorate council{int(subgroups.size()), 0, quorumMet};
    Tally voices;
    int number = 0;
    for (const SubgroupInput &group : subgroups) {
        ++number;
        const BilingualText name = nameOr(group.name, "Sous-groupe %1", "Deelgroep %1", number);
        SubgroupVoice voice;
        voice.name = group.name;
        bool present = true;
        if (group.declaredVoice) {
            voice.voice = *group.declaredVoice;
            BilingualText said;
            switch (voice.voice) {
            case Voice::For:
                said = {u8("pour"), u8("voor")};
                s.add(u8("%1 vote pour (voix déclarée, sans décompte).").arg(name.fr),
                      u8("%1 stemt voor (verklaarde stem, zonder telling).").arg(name.nl));
                break;
            case Voice::Against:
                said = {u8("contre"), u8("tegen")};
                s.add(u8("%1 vote contre (voix déclarée, sans décompte).").arg(name.fr),
                      u8("%1 stemt tegen (verklaarde stem, zonder telling).").arg(name.nl));
                break;
            case Voice::Abstain:
                said = {u8("abstention"), u8("onthouding")};
                s.add(u8("%1 s'abstient (voix déclarée, sans décompte).").arg(name.fr),
                      u8("%1 onthoudt zich (verklaarde stem, zonder telling).").arg(name.nl));
                break;
            }
            voice.inner.outcome = Outcome::Incomplete;
            voice.inner.explanation = {u8("Voix déclarée par le sous-groupe, sans décompte\u00a0: %1.").arg(said.fr),
                                       u8("Stem verklaard door de deelgroep, zonder telling: %1.").arg(said.nl)};
        } else {
            voice.inner = decide(inner, group.electorate, group.tally);
            const Tally &t = group.tally;
            // A subgroup whose attendance was not recorded but whose members were counted
            // is there all the same.
            present = group.electorate.present > 0 || t.forVotes > 0 || t.against > 0 || t.abstain > 0 || t.evident
                || t.standingObjections > 0 || t.settledObjections > 0;
            if (!present) {
                voice.voice = Voice::Abstain;
                s.add(u8("%1 n'a aucun membre présent et ne vote pas.").arg(name.fr),
                      u8("%1 heeft geen enkel lid aanwezig en stemt niet.").arg(name.nl));
            } else if (voice.inner.outcome == Outcome::Adopted) {
                voice.voice = Voice::For;
                s.add(u8("%1 vote pour.").arg(name.fr), u8("%1 stemt voor.").arg(name.nl));
            } else if (voice.inner.outcome == Outcome::Rejected) {
                voice.voice = Voice::Against;
                s.add(u8("%1 vote contre.").arg(name.fr), u8("%1 stemt tegen.").arg(name.nl));
            } else {
                voice.voice = Voice::Abstain;
                s.add(u8("%1 s'abstient\u00a0: le sous-groupe n'a pas trouvé de position commune.").arg(name.fr),
                      u8("%1 onthoudt zich: de deelgroep kwam niet tot een gemeenschappelijk standpunt.").arg(name.nl));
            }
        }
        if (present) {
            ++council.present;
            switch (voice.voice) {
            case Voice::For: ++voices.forVotes; break;
            case Voice::Against: ++voices.against; break;
            case Voice::Abstain: ++voices.abstain; break;
            }
        }
        result.voices.push_back(voice);
    }
    if (outer.method == DecisionMethod::Consent) {
        // By consent among subgroups, a subgroup voting against is an objection that stands.
        voices.standingObjections = voices.against;
        if (council.present == 0) {
            result.overall.outcome = Outcome::Incomplete;
            s.add(u8("Pas encore de décision\u00a0: aucun sous-groupe n'est présent."),
                  u8("Nog geen beslissing: geen enkele deelgroep is aanwezig."));
            result.overall.explanation = s.text();
            return result;
        }
    }
    result.overall = decideAs(outer, council, voices, Voters::Subgroups);
    Sentences atCouncil;
    atCouncil.add(u8("Au conseil, chaque sous-groupe présent a une voix."),
                  u8("In de raad heeft elke aanwezige deelgroep één stem."));
    atCouncil.add(result.overall.explanation);
    result.councilResult = atCouncil.text();
    s.add(result.councilResult);
    result.overall.explanation = s.text();
    return result;
}

ElectionResult elect(const DecisionRule &rule, const Electorate &electorate, const ElectionInput &input)
{
    ElectionResult r;
    if (const std::optional<BilingualText> problem = electionProblem(rule, electorate, input)) {
        r.outcome = Outcome::Invalid;
        r.explanation = impossible(*problem);
        return r;
    }
    if (!electorate.quorumMet && rule.quorum == QuorumPolicy::Refuse) {
        r.outcome = Outcome::NoQuorum;
        r.explanation = noQuorum();
        return r;
    }
    r.quorumFlagged = !electorate.quorumMet;
    Sentences s;
    const qint64 base = electionBase(rule, electorate, input);

    if (base == 0) {
        r.outcome = Outcome::Incomplete;
        if (rule.base == MajorityBase::Cast)
            s.add(u8("Pas encore de résultat\u00a0: aucun bulletin n'est compté."),
                  u8("Nog geen uitslag: er is nog geen stembiljet geteld."));
        else if (rule.base == MajorityBase::Present)
            s.add(u8("Pas encore de résultat\u00a0: le nombre de membres présents ou représentés n'est pas connu."),
                  u8("Nog geen uitslag: het aantal aanwezige of vertegenwoordigde leden is niet bekend."));
        else
            s.add(u8("Pas encore de résultat\u00a0: le nombre de membres votants du conseil n'est pas connu."),
                  u8("Nog geen uitslag: het aantal stemgerechtigde leden van de raad is niet bekend."));
        if (r.quorumFlagged)
            s.add(quorumFlag());
        r.explanation = s.text();
        return r;
    }
    r.base = int(base);
    r.required = int(requiredVotes(base, rule.fraction, rule.comparison));

    for (std::size_t i = 0; i < input.candidates.size(); ++i) {
        CandidateResult c;
        c.index = int(i);
        c.votes = input.candidates[i].votes;
        if (meets(c.votes, base, rule.fraction, rule.comparison))
            c.status = CandidateStatus::Qualified;
        r.candidates.push_back(c);
    }
    std::stable_sort(r.candidates.begin(), r.candidates.end(),
                     [](const CandidateResult &a, const CandidateResult &b) { return a.votes > b.votes; });
    // Reaching the threshold is monotonic in votes, so the qualifiers come first.
    const auto qualifies = [](const CandidateResult &c) { return c.status == CandidateStatus::Qualified; };
    const std::size_t qualifiers = std::size_t(std::count_if(r.candidates.begin(), r.candidates.end(), qualifies));
    const std::size_t seats = std::size_t(rule.seats);
    std::vector<TieGroup> ties;

    if (!rule.ranked || seats == 1) {
        // Unordered seats: only the cut-off matters; ties above it change nothing.
        std::size_t elected = std::min(qualifiers, seats);
        if (qualifiers > seats && r.candidates[seats].votes == r.candidates[seats - 1].votes) {
            const int cut = r.candidates[seats - 1].votes;
            std::size_t first = seats - 1;
            while (first > 0 && r.candidates[first - 1].votes == cut)
                --first;
            std::size_t end = seats;
            while (end < qualifiers && r.candidates[end].votes == cut)
                ++end;
            for (std::size_t i = first; i < end; ++i)
                r.candidates[i].status = CandidateStatus::Tied;
            ties.push_back({first, end - first, int(first) + 1, int(seats - first), int(first)});
            elected = first;
        }
        for (std::size_t i = 0; i < elected; ++i) {
            r.candidates[i].status = CandidateStatus::Elected;
            r.candidates[i].seat = int(i) + 1;
        }
    } else {
        // Ordered seats (chair, vice-chair…): every group of qualifiers with equal votes
        // competes for the seats at its position. A single candidate takes the next seat; a
        // group is Tied and leaves min(group size, seats left) seats undecided. Seats above a
        // tie are filled, and so are the seats below it when the whole group fits within
        // the seats: however the council breaks the tie, the group occupies exactly those
        // positions, so the next candidate's seat is already known. When the group runs
        // past the last seat, everyone after it merely qualified.
        std::size_t seat = 1;
        std::size_t i = 0;
        while (i < qualifiers && seat <= seats) {
            std::size_t end = i + 1;
            while (end < qualifiers && r.candidates[end].votes == r.candidates[i].votes)
                ++end;
            const std::size_t size = end - i;
            if (size == 1) {
                r.candidates[i].status = CandidateStatus::Elected;
                r.candidates[i].seat = int(seat);
            } else {
                for (std::size_t k = i; k < end; ++k)
                    r.candidates[k].status = CandidateStatus::Tied;
                ties.push_back({i, size, int(seat), int(std::min(size, seats - seat + 1)), 0});
            }
            seat += size;
            i = end;
        }
    }

    for (const CandidateResult &c : r.candidates)
        if (c.status == CandidateStatus::Elected)
            ++r.seatsFilled;
    for (const TieGroup &t : ties)
        r.seatsUndecided += t.undecided;
    r.outcome = r.seatsUndecided > 0 ? Outcome::Tie : r.seatsFilled > 0 ? Outcome::Adopted : Outcome::Rejected;

    // The result, then the base and threshold, then each candidate, then the ties.
    const int vacant = rule.seats - r.seatsFilled - r.seatsUndecided;
    if (r.outcome == Outcome::Rejected)
        s.add(u8("Élection\u00a0: personne n'est élu, aucun candidat n'atteint le seuil."),
              u8("Verkiezing: niemand is verkozen, geen enkele kandidaat haalt de drempel."));
    else if (r.seatsFilled == rule.seats)
        s.add(
            frCount(rule.seats, "Élection\u00a0: le siège est pourvu.", "Élection\u00a0: les %1 sièges sont pourvus."),
            nlCount(rule.seats, "Verkiezing: de zetel is ingevuld.", "Verkiezing: de %1 zetels zijn ingevuld."));
    else if (r.seatsFilled == 0)
        s.add(u8("Élection\u00a0: aucun siège n'est encore pourvu."),
              u8("Verkiezing: nog geen enkele zetel is ingevuld."));
    else
        s.add(frForm(r.seatsFilled, "Élection\u00a0: %1 siège sur %2 est pourvu.",
                     "Élection\u00a0: %1 sièges sur %2 sont pourvus.")
                  .arg(num(r.seatsFilled), num(rule.seats)),
              nlForm(r.seatsFilled, "Verkiezing: %1 van de %2 zetels is ingevuld.",
                     "Verkiezing: %1 van de %2 zetels zijn ingevuld.")
                  .arg(num(r.seatsFilled), num(rule.seats)));
    if (vacant > 0 && r.outcome != Outcome::Rejected)
        s.add(frForm(vacant, "%1 siège reste vacant\u00a0: aucun autre candidat n'atteint le seuil.",
                     "%1 sièges restent vacants\u00a0: aucun autre candidat n'atteint le seuil.")
                  .arg(vacant),
              nlForm(vacant, "%1 zetel blijft vacant: geen enkele andere kandidaat haalt de drempel.",
                     "%1 zetels blijven vacant: geen enkele andere kandidaat haalt de drempel.")
                  .arg(vacant));

    const BilingualText over = baseCount(rule.base, base);
    const BilingualText threshold = fractionWords(rule.fraction, rule.comparison);
    const BilingualText needed = votes(r.required);
    s.add(u8("Base\u00a0: %1\u00a0; il fallait %2 (%3) pour obtenir un siège.").arg(over.fr, threshold.fr, needed.fr),
          u8("Basis: %1; %2 was nodig (%3) om een zetel te krijgen.").arg(over.nl, threshold.nl, needed.nl));
    if (input.blank > 0)
        s.add(blankSentence(rule, input.blank));

    const bool ranked = rule.ranked && rule.seats > 1;
    const auto nameOf = [&input](const CandidateResult &c) {
        return nameOr(input.candidates[std::size_t(c.index)].name, "Candidat %1", "Kandidaat %1", c.index + 1);
    };
    for (const CandidateResult &c : r.candidates) {
        const BilingualText name = nameOf(c);
        const BilingualText got = votes(c.votes);
        const BilingualText status = candidateStatus(c, ranked);
        s.add(u8("%1\u00a0: %2, %3.").arg(name.fr, got.fr, status.fr),
              u8("%1: %2, %3.").arg(name.nl, got.nl, status.nl));
    }
    for (const TieGroup &t : ties) {
        std::vector<BilingualText> names;
        for (std::size_t k = t.first; k < t.first + t.size; ++k)
            names.push_back(nameOf(r.candidates[k]));
        const BilingualText who = joinNames(names);
        const BilingualText got = votes(r.candidates[t.first].votes);
        const BilingualText contested = contestedSeats(t, ranked);
        s.add(u8("%1 sont à égalité avec %2 pour %3\u00a0: rien n'est décidé, et le conseil doit décider comment les "
                 "départager.")
                  .arg(who.fr, got.fr, contested.fr),
              u8("%1 staan gelijk met %2 voor %3: er is niets beslist, en de raad moet beslissen hoe de gelijke stand "
                 "doorbroken wordt.")
                  .arg(who.nl, got.nl, contested.nl));
    }
    if (r.quorumFlagged)
        s.add(quorumFlag());
    r.explanation = s.text();
    return r;
}

PriorityResult rankByDots(const DecisionRule &rule, const Electorate &electorate, const std::vector<Candidate> &options,
                          int participants)
{
    PriorityResult r;
    qint64 dotsCast = 0;
    for (const Candidate &o : options)
        dotsCast += o.votes;
    if (const std::optional<BilingualText> problem
        = priorityProblem(rule, electorate, options, participants, dotsCast)) {
        r.outcome = Outcome::Invalid;
        r.explanation = impossible(*problem);
        return r;
    }
    if (!electorate.quorumMet && rule.quorum == QuorumPolicy::Refuse) {
        r.outcome = Outcome::NoQuorum;
        r.explanation = noQuorum();
        return r;
    }
    r.quorumFlagged = !electorate.quorumMet;
    r.dotsCast = int(dotsCast);
    r.dotsAvailable = participants * rule.dots;
    Sentences s;
    if (dotsCast == 0) {
        r.outcome = Outcome::Incomplete;
        s.add(u8("Pas encore de classement\u00a0: aucun point n'a été placé."),
              u8("Nog geen rangschikking: er zijn nog geen punten geplaatst."));
    } else {
        r.outcome = Outcome::Adopted;
        for (std::size_t i = 0; i < options.size(); ++i)
            r.ranking.push_back({int(i), options[i].votes, 0, false});
        std::stable_sort(r.ranking.begin(), r.ranking.end(),
                         [](const RankedOption &a, const RankedOption &b) { return a.dots > b.dots; });
        std::vector<std::pair<std::size_t, std::size_t>> ties; // [first, end) of each shared rank
        for (std::size_t i = 0; i < r.ranking.size();) {
            std::size_t end = i + 1;
            while (end < r.ranking.size() && r.ranking[end].dots == r.ranking[i].dots)
                ++end;
            for (std::size_t k = i; k < end; ++k) {
                r.ranking[k].rank = int(i) + 1;
                r.ranking[k].tied = end - i > 1;
            }
            if (end - i > 1)
                ties.emplace_back(i, end);
            i = end;
        }
        const auto nameOf = [&options](const RankedOption &o) {
            return nameOr(options[std::size_t(o.index)].name, "Option %1", "Optie %1", o.index + 1);
        };
        QStringList fr;
        QStringList nl;
        for (const RankedOption &o : r.ranking) {
            const BilingualText name = nameOf(o);
            const BilingualText got = points(o.dots);
            fr.append(u8("%1. %2 (%3)").arg(num(o.rank), name.fr, got.fr));
            nl.append(u8("%1. %2 (%3)").arg(num(o.rank), name.nl, got.nl));
        }
        s.add(u8("Classement\u00a0: %1.").arg(fr.join(u8("\u00a0; "))),
              u8("Rangschikking: %1.").arg(nl.join(u8("; "))));
        for (const auto &[first, end] : ties) {
            std::vector<BilingualText> names;
            for (std::size_t k = first; k < end; ++k)
                names.push_back(nameOf(r.ranking[k]));
            const BilingualText who = joinNames(names);
            const BilingualText got = points(r.ranking[first].dots);
            s.add(u8("%1 sont à égalité avec %2 et partagent le rang %3.")
                      .arg(who.fr, got.fr, num(r.ranking[first].rank)),
                  u8("%1 staan gelijk met %2 en delen plaats %3.").arg(who.nl, got.nl, num(r.ranking[first].rank)));
        }
    }
    const BilingualText each = points(rule.dots);
    s.add(
        u8("Points placés\u00a0: %1 sur %2 (%3 × %4).")
            .arg(num(dotsCast), num(r.dotsAvailable), frCount(participants, "%1 participant", "%1 participants"),
                 each.fr),
        u8("Geplaatste punten: %1 van %2 (%3 × %4).")
            .arg(num(dotsCast), num(r.dotsAvailable), nlCount(participants, "%1 deelnemer", "%1 deelnemers"), each.nl));
    if (r.quorumFlagged)
        s.add(quorumFlag());
    r.explanation = s.text();
    return r;
}

} // namespace Quorum
