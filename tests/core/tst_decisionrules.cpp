// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "rules/decisionrules.h"

#include <QRegularExpression>

using namespace Quorum;

namespace Catch {

template<>
struct StringMaker<Outcome>
{
    static std::string convert(Outcome value) { return outcomeCode(value).toStdString(); }
};

template<>
struct StringMaker<CandidateStatus>
{
    static std::string convert(CandidateStatus value)
    {
        switch (value) {
        case CandidateStatus::Elected: return "elected";
        case CandidateStatus::Qualified: return "qualified";
        case CandidateStatus::Tied: return "tied";
        case CandidateStatus::NotQualified: return "not qualified";
        }
        return "?";
    }
};

} // namespace Catch

namespace {

using Words = std::vector<const char *>;

// ---- Rules ----

DecisionRule simpleMajority(AbstentionPolicy abstentions = AbstentionPolicy::Excluded,
                            QuorumPolicy quorum = QuorumPolicy::Refuse)
{
    DecisionRule rule;
    rule.method = DecisionMethod::Majority;
    rule.simple = true;
    rule.abstentions = abstentions;
    rule.quorum = quorum;
    return rule;
}

DecisionRule qualified(MajorityBase base, int numerator, int denominator, Comparison comparison,
                       AbstentionPolicy abstentions = AbstentionPolicy::Excluded)
{
    DecisionRule rule;
    rule.method = DecisionMethod::Majority;
    rule.base = base;
    rule.simple = false;
    rule.fraction = {numerator, denominator};
    rule.comparison = comparison;
    rule.abstentions = abstentions;
    return rule;
}

DecisionRule method(DecisionMethod m, QuorumPolicy quorum = QuorumPolicy::Refuse)
{
    DecisionRule rule;
    rule.method = m;
    rule.quorum = quorum;
    return rule;
}

// The care council's seed rules: every election needs at least two thirds of the votes cast.
DecisionRule election(int seats, bool ranked = false, MajorityBase base = MajorityBase::Cast,
                      AbstentionPolicy blank = AbstentionPolicy::Excluded)
{
    DecisionRule rule;
    rule.method = DecisionMethod::Election;
    rule.base = base;
    rule.fraction = {2, 3};
    rule.comparison = Comparison::AtLeast;
    rule.abstentions = blank;
    rule.seats = seats;
    rule.ranked = ranked;
    return rule;
}

DecisionRule withQuorum(DecisionRule rule, QuorumPolicy quorum)
{
    rule.quorum = quorum;
    return rule;
}

DecisionRule withFraction(DecisionRule rule, Fraction fraction)
{
    rule.fraction = fraction;
    return rule;
}

// ---- Inputs ----

Electorate room(int members, int present, bool quorumMet = true)
{
    return {members, present, quorumMet};
}

Tally votes(int forVotes, int against, int abstain)
{
    Tally t;
    t.forVotes = forVotes;
    t.against = against;
    t.abstain = abstain;
    return t;
}

Tally evident()
{
    Tally t;
    t.evident = true;
    return t;
}

Tally objections(int standing, int settled)
{
    Tally t;
    t.standingObjections = standing;
    t.settledObjections = settled;
    return t;
}

BilingualText same(const char *name)
{
    return {QString::fromUtf8(name), QString::fromUtf8(name)};
}

const char *const names[] = {"Anne", "Bruno", "Chloé", "David", "Emma", "Farid", "Greet", "Hugo"};

std::vector<Candidate> candidates(const std::vector<int> &counts)
{
    std::vector<Candidate> list;
    for (std::size_t i = 0; i < counts.size(); ++i)
        list.push_back({same(names[i % 8]), counts[i]});
    return list;
}

ElectionInput ballots(int valid, int blank, const std::vector<int> &counts)
{
    return {candidates(counts), valid, blank};
}

// ---- Explanations ----

// Both languages present, every placeholder filled, French spacing before : ; ? !
void checkWords(const BilingualText &text)
{
    INFO("fr: " << text.fr.toStdString());
    INFO("nl: " << text.nl.toStdString());
    CHECK(text.isComplete());
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    CHECK_FALSE(text.fr.contains(placeholder));
    CHECK_FALSE(text.nl.contains(placeholder));
    static const QRegularExpression plainSpaceBeforePunctuation(QStringLiteral(" [:;?!]"));
    CHECK_FALSE(text.fr.contains(plainSpaceBeforePunctuation));
    CHECK_FALSE(text.nl.contains(QChar(0x00a0)));
    CHECK_FALSE(text.fr.contains(QStringLiteral("  ")));
    CHECK_FALSE(text.nl.contains(QStringLiteral("  ")));
}

void checkContains(const BilingualText &text, const Words &fr, const Words &nl)
{
    checkWords(text);
    for (const char *w : fr) {
        INFO("fr: " << text.fr.toStdString());
        CHECK(text.fr.contains(QString::fromUtf8(w)));
    }
    for (const char *w : nl) {
        INFO("nl: " << text.nl.toStdString());
        CHECK(text.nl.contains(QString::fromUtf8(w)));
    }
}

struct DecideCase
{
    const char *label;
    DecisionRule rule;
    Electorate electorate;
    Tally tally;
    Outcome outcome;
    int base;
    int required;
    bool flagged;
    Words fr;
    Words nl;
};

void run(const std::vector<DecideCase> &table)
{
    for (const DecideCase &c : table) {
        INFO(c.label);
        const Decision d = decide(c.rule, c.electorate, c.tally);
        CHECK(d.outcome == c.outcome);
        CHECK(d.base == c.base);
        CHECK(d.required == c.required);
        CHECK(d.quorumFlagged == c.flagged);
        checkContains(d.explanation, c.fr, c.nl);
    }
}

constexpr auto Cast = MajorityBase::Cast;
constexpr auto Present = MajorityBase::Present;
constexpr auto Members = MajorityBase::Members;
constexpr auto AtLeast = Comparison::AtLeast;
constexpr auto MoreThan = Comparison::MoreThan;
constexpr auto Counted = AbstentionPolicy::Counted;

} // namespace

// ---- Majorities ----

TEST_CASE("A qualified majority is measured exactly in integers at its boundary", "[decisionrules]")
{
    run({
        {"16 of 24 at least two thirds", qualified(Cast, 2, 3, AtLeast), room(30, 27), votes(16, 8, 3),
         Outcome::Adopted, 24, 16, false,
         {"Adoptée\u00a0: 16 voix pour sur 24 votes exprimés, il fallait au moins les deux tiers (16 voix).",
          "3 abstentions ne comptent pas comme votes exprimés.", "Contre\u00a0: 8 voix."},
         {"Aangenomen: 16 stemmen voor op 24 uitgebrachte stemmen; minstens twee derde was nodig (16 stemmen).",
          "3 onthoudingen tellen niet als uitgebrachte stem.", "Tegen: 8 stemmen."}},
        {"16 of 24 more than two thirds", qualified(Cast, 2, 3, MoreThan), room(30, 27), votes(16, 8, 3),
         Outcome::Rejected, 24, 17, false,
         {"Rejetée", "16 voix pour sur 24 votes exprimés", "plus des deux tiers (17 voix)"},
         {"Verworpen", "16 stemmen voor op 24", "meer dan twee derde was nodig (17 stemmen)"}},
        {"12 of 24 present is no absolute majority", qualified(Present, 1, 2, MoreThan), room(30, 24), votes(12, 11, 1),
         Outcome::Rejected, 24, 13, false,
         {"12 voix pour sur 24 membres présents ou représentés", "plus de la moitié (13 voix)",
          "1 abstention compte dans la base"},
         {"12 stemmen voor op 24 aanwezige of vertegenwoordigde leden", "meer dan de helft was nodig (13 stemmen)",
          "1 onthouding telt mee in de basis"}},
        {"13 of 24 present is an absolute majority", qualified(Present, 1, 2, MoreThan), room(30, 24),
         votes(13, 10, 1), Outcome::Adopted, 24, 13, false, {"Adoptée", "13 voix pour sur 24"},
         {"Aangenomen", "13 stemmen voor op 24"}},
        {"5 of 9 is an absolute majority", qualified(Cast, 1, 2, MoreThan), room(12, 9), votes(5, 4, 0),
         Outcome::Adopted, 9, 5, false, {"5 voix pour sur 9 votes exprimés", "(5 voix)"},
         {"5 stemmen voor op 9 uitgebrachte stemmen", "(5 stemmen)"}},
        {"5 of 9 is not two thirds", qualified(Cast, 2, 3, AtLeast), room(12, 9), votes(5, 4, 0), Outcome::Rejected,
         9, 6, false, {"Rejetée", "(6 voix)"}, {"Verworpen", "(6 stemmen)"}},
        {"6 of 9 is exactly two thirds", qualified(Cast, 2, 3, AtLeast), room(12, 9), votes(6, 3, 0),
         Outcome::Adopted, 9, 6, false, {"Adoptée", "6 voix pour sur 9"}, {"Aangenomen", "6 stemmen voor op 9"}},
        {"15 of 20 is not more than three quarters", qualified(Cast, 3, 4, MoreThan), room(25, 20), votes(15, 5, 0),
         Outcome::Rejected, 20, 16, false, {"plus des trois quarts (16 voix)"},
         {"meer dan drie vierde was nodig (16 stemmen)"}},
        {"12 of 20 is at least three fifths", qualified(Cast, 3, 5, AtLeast), room(25, 20), votes(12, 8, 0),
         Outcome::Adopted, 20, 12, false, {"au moins 3/5 (12 voix)"}, {"minstens 3/5 was nodig (12 stemmen)"}},
        {"at least half adopts 10 against 10", qualified(Cast, 1, 2, AtLeast), room(25, 20), votes(10, 10, 0),
         Outcome::Adopted, 20, 10, false, {"au moins la moitié (10 voix)"},
         {"minstens de helft was nodig (10 stemmen)"}},
        {"as many for as against under an absolute majority is a tie", qualified(Cast, 1, 2, MoreThan), room(30, 24),
         votes(12, 12, 0), Outcome::Tie, 24, 13, false, {"Égalité, non adoptée", "Contre\u00a0: 12 voix."},
         {"Staking van stemmen, niet aangenomen", "Tegen: 12 stemmen."}},
    });
}

TEST_CASE("A simple majority needs more for than against and a tie adopts nothing", "[decisionrules]")
{
    run({
        {"10 for 10 against", simpleMajority(), room(25, 22), votes(10, 10, 2), Outcome::Tie, 20, 11, false,
         {"Égalité, non adoptée\u00a0: 10 voix pour et 10 contre sur 20 votes exprimés", "majorité simple", "(11 voix)",
          "2 abstentions ne comptent pas comme votes exprimés."},
         {"Staking van stemmen, niet aangenomen: 10 stemmen voor en 10 tegen op 20 uitgebrachte stemmen",
          "gewone meerderheid", "(11 stemmen)", "2 onthoudingen tellen niet als uitgebrachte stem."}},
        {"10 for 9 against", simpleMajority(), room(25, 22), votes(10, 9, 3), Outcome::Adopted, 19, 10, false,
         {"Adoptée", "10 voix pour et 9 contre sur 19 votes exprimés", "(10 voix)"},
         {"Aangenomen", "10 stemmen voor en 9 tegen op 19 uitgebrachte stemmen", "(10 stemmen)"}},
        {"1 for 0 against", simpleMajority(), room(5, 5), votes(1, 0, 4), Outcome::Adopted, 1, 1, false,
         {"1 voix pour et 0 contre sur 1 vote exprimé", "4 abstentions"},
         {"1 stem voor en 0 tegen op 1 uitgebrachte stem", "4 onthoudingen"}},
    });
}

TEST_CASE("Counting abstentions as votes cast changes the result", "[decisionrules]")
{
    run({
        {"simple majority with abstentions excluded", simpleMajority(), room(25, 22), votes(10, 9, 3), Outcome::Adopted,
         19, 10, false, {"3 abstentions ne comptent pas"}, {"3 onthoudingen tellen niet"}},
        {"simple majority with abstentions counted", simpleMajority(Counted), room(25, 22), votes(10, 9, 3),
         Outcome::Rejected, 22, 13, false,
         {"10 voix pour et 9 contre sur 22 votes exprimés", "contre et d'abstentions réunies (13 voix)",
          "3 abstentions comptent comme votes exprimés et pèsent donc contre."},
         {"10 stemmen voor en 9 tegen op 22 uitgebrachte stemmen", "tegenstemmen en onthoudingen samen (13 stemmen)",
          "3 onthoudingen tellen mee als uitgebrachte stemmen en wegen dus als tegenstemmen."}},
        {"two thirds with abstentions excluded", qualified(Cast, 2, 3, AtLeast), room(30, 26), votes(14, 7, 5),
         Outcome::Adopted, 21, 14, false, {"14 voix pour sur 21 votes exprimés"}, {"14 stemmen voor op 21"}},
        {"two thirds with abstentions counted", qualified(Cast, 2, 3, AtLeast, Counted), room(30, 26), votes(14, 7, 5),
         Outcome::Rejected, 26, 18, false, {"14 voix pour sur 26 votes exprimés", "(18 voix)"},
         {"14 stemmen voor op 26 uitgebrachte stemmen", "(18 stemmen)"}},
        {"only abstentions counted", simpleMajority(Counted), room(5, 5), votes(0, 0, 4), Outcome::Rejected, 4, 5,
         false, {"Rejetée"}, {"Verworpen"}},
    });
}

TEST_CASE("Each base measures the threshold against its own number", "[decisionrules]")
{
    run({
        {"15 of 29 present", qualified(Present, 1, 2, MoreThan), room(40, 29), votes(15, 5, 5), Outcome::Adopted, 29,
         15, false, {"15 voix pour sur 29 membres présents ou représentés", "5 abstentions comptent dans la base"},
         {"15 stemmen voor op 29 aanwezige of vertegenwoordigde leden", "5 onthoudingen tellen mee in de basis"}},
        {"15 of 30 present", qualified(Present, 1, 2, MoreThan), room(40, 30), votes(15, 5, 5), Outcome::Rejected, 30,
         16, false, {"(16 voix)"}, {"(16 stemmen)"}},
        {"26 of 40 members", qualified(Members, 2, 3, AtLeast), room(40, 35), votes(26, 4, 5), Outcome::Rejected, 40,
         27, false, {"26 voix pour sur 40 membres votants du conseil", "(27 voix)"},
         {"26 stemmen voor op 40 stemgerechtigde leden van de raad", "(27 stemmen)"}},
        {"27 of 40 members", qualified(Members, 2, 3, AtLeast), room(40, 35), votes(27, 3, 5), Outcome::Adopted, 40, 27,
         false, {"Adoptée", "27 voix pour sur 40"}, {"Aangenomen", "27 stemmen voor op 40"}},
        {"the same votes pass on votes cast", qualified(Cast, 2, 3, AtLeast), room(40, 35), votes(26, 4, 5),
         Outcome::Adopted, 30, 20, false, {"26 voix pour sur 30 votes exprimés"}, {"26 stemmen voor op 30"}},
    });
}

TEST_CASE("Nothing is adopted without a base", "[decisionrules]")
{
    run({
        {"no votes at all", simpleMajority(), room(20, 15), votes(0, 0, 0), Outcome::Incomplete, 0, 0, false,
         {"Pas encore de décision"}, {"Nog geen beslissing"}},
        {"no votes at all under two thirds of members", qualified(Members, 2, 3, AtLeast), room(20, 15), votes(0, 0, 0),
         Outcome::Incomplete, 0, 0, false, {"Pas encore de décision"}, {"Nog geen beslissing"}},
        {"only abstentions excluded", simpleMajority(), room(5, 5), votes(0, 0, 4), Outcome::Incomplete, 0, 0, false,
         {"aucun vote exprimé", "4 abstentions ne comptent pas"},
         {"geen stem uitgebracht", "4 onthoudingen tellen niet"}},
        {"present not recorded", qualified(Present, 1, 2, MoreThan), room(0, 0), votes(5, 1, 0), Outcome::Incomplete, 0,
         0, false, {"membres présents ou représentés n'est pas connu"},
         {"aanwezige of vertegenwoordigde leden is niet bekend"}},
        {"members not recorded", qualified(Members, 1, 2, MoreThan), room(0, 10), votes(5, 1, 0), Outcome::Incomplete,
         0, 0, false, {"membres votants du conseil n'est pas connu"},
         {"stemgerechtigde leden van de raad is niet bekend"}},
    });
}

TEST_CASE("The quorum refuses or flags the vote as the charter says", "[decisionrules]")
{
    run({
        {"refused", simpleMajority(), room(20, 8, false), votes(6, 1, 1), Outcome::NoQuorum, 0, 0, false,
         {"Pas de vote\u00a0: le quorum n'est pas atteint"}, {"Geen stemming: het quorum is niet bereikt"}},
        {"flagged", simpleMajority(AbstentionPolicy::Excluded, QuorumPolicy::Flag), room(20, 8, false), votes(6, 1, 1),
         Outcome::Adopted, 7, 2, true, {"Adoptée", "Le quorum n'était pas atteint", "le procès-verbal le mentionne"},
         {"Aangenomen", "Het quorum was niet bereikt", "de notulen vermelden dat"}},
        {"flagged and rejected", withQuorum(qualified(Cast, 2, 3, AtLeast), QuorumPolicy::Flag), room(20, 8, false),
         votes(4, 3, 0), Outcome::Rejected, 7, 5, true, {"Rejetée", "quorum"}, {"Verworpen", "quorum"}},
        {"an evident majority without quorum", simpleMajority(), room(20, 8, false), evident(), Outcome::NoQuorum, 0, 0,
         false, {"quorum"}, {"quorum"}},
        {"consent without quorum", method(DecisionMethod::Consent), room(20, 8, false), objections(0, 0),
         Outcome::NoQuorum, 0, 0, false, {"quorum"}, {"quorum"}},
        {"quorum met", simpleMajority(), room(20, 12, true), votes(6, 1, 1), Outcome::Adopted, 7, 2, false, {"Adoptée"},
         {"Aangenomen"}},
    });
    const Decision flagged =
        decide(withQuorum(method(DecisionMethod::Consensus), QuorumPolicy::Flag), room(20, 8, false), votes(8, 0, 0));
    CHECK(flagged.outcome == Outcome::Adopted);
    CHECK(flagged.quorumFlagged);
}

TEST_CASE("An evident majority on a show of hands is adopted without counts", "[decisionrules]")
{
    run({
        {"simple", simpleMajority(), room(30, 25), evident(), Outcome::Adopted, 0, 0, false,
         {"Adoptée\u00a0: majorité évidente à main levée, sans décompte des voix."},
         {"Aangenomen: duidelijke meerderheid bij handopsteking, zonder telling van de stemmen."}},
        {"two thirds", qualified(Members, 2, 3, AtLeast), room(30, 25), evident(), Outcome::Adopted, 0, 0, false,
         {"majorité évidente"}, {"duidelijke meerderheid"}},
        {"consensus", method(DecisionMethod::Consensus), room(30, 25), evident(), Outcome::Adopted, 0, 0, false,
         {"consensus évident"}, {"duidelijke consensus"}},
        {"consent refuses it", method(DecisionMethod::Consent), room(30, 25), evident(), Outcome::Invalid, 0, 0, false,
         {"Résultat impossible", "main levée"}, {"Onmogelijk resultaat", "handopsteking"}},
    });
}

TEST_CASE("Impossible numbers decide nothing", "[decisionrules]")
{
    Tally negativeObjection = objections(-1, 0);
    run({
        {"negative votes", simpleMajority(), room(30, 25), votes(-1, 3, 0), Outcome::Invalid, 0, 0, false,
         {"Résultat impossible\u00a0: un nombre est négatif. Rien n'est décidé."},
         {"Onmogelijk resultaat: een aantal is negatief. Er is niets beslist."}},
        {"negative present", simpleMajority(), room(30, -2), votes(1, 0, 0), Outcome::Invalid, 0, 0, false,
         {"négatif"}, {"negatief"}},
        {"negative objections", method(DecisionMethod::Consent), room(30, 25), negativeObjection, Outcome::Invalid, 0,
         0, false, {"négatif"}, {"negatief"}},
        {"more votes than present", simpleMajority(), room(30, 20), votes(15, 6, 0), Outcome::Invalid, 0, 0, false,
         {"21 voix comptées, mais seulement 20 membres présents ou représentés."},
         {"21 getelde stemmen, maar slechts 20 aanwezige of vertegenwoordigde leden."}},
        {"more present than members", simpleMajority(), room(20, 25), votes(10, 2, 0), Outcome::Invalid, 0, 0, false,
         {"25 membres présents ou représentés, mais seulement 20 membres votants du conseil."},
         {"25 aanwezige of vertegenwoordigde leden, maar slechts 20 stemgerechtigde leden van de raad."}},
        {"more objections than present", method(DecisionMethod::Consent), room(30, 4), objections(5, 0),
         Outcome::Invalid, 0, 0, false, {"5 objections maintenues"}, {"5 gehandhaafde bezwaren"}},
        {"a zero fraction", withFraction(qualified(Cast, 2, 3, AtLeast), {0, 3}), room(30, 20), votes(10, 2, 0),
         Outcome::Invalid, 0, 0, false, {"0/3"}, {"0/3"}},
        {"a fraction above one", withFraction(qualified(Cast, 2, 3, AtLeast), {4, 3}), room(30, 20), votes(10, 2, 0),
         Outcome::Invalid, 0, 0, false, {"4/3"}, {"4/3"}},
        {"an election rule", election(1), room(30, 20), votes(10, 2, 0), Outcome::Invalid, 0, 0, false,
         {"élection"}, {"verkiezing"}},
        {"a priority rule", method(DecisionMethod::Priority), room(30, 20), votes(10, 2, 0), Outcome::Invalid, 0, 0,
         false, {"vote par points"}, {"puntenstemming"}},
        {"invalid before the quorum", simpleMajority(), room(30, 20, false), votes(15, 6, 0), Outcome::Invalid, 0, 0,
         false, {"Résultat impossible"}, {"Onmogelijk resultaat"}},
    });
}

// ---- Consent and consensus ----

TEST_CASE("Consent adopts when no objection stands and keeps settled objections on record", "[decisionrules]")
{
    const DecisionRule consent = method(DecisionMethod::Consent);
    run({
        {"no objection", consent, room(20, 15), objections(0, 0), Outcome::Adopted, 0, 0, false,
         {"Adoptée par consentement"}, {"Aangenomen bij consent"}},
        {"two standing objections", consent, room(20, 15), objections(2, 1), Outcome::Rejected, 0, 0, false,
         {"Non adoptée\u00a0: 2 objections subsistent",
          "1 objection retirée ou résolue reste consignée au procès-verbal."},
         {"Niet aangenomen: er blijven 2 bezwaren over",
          "1 ingetrokken of opgelost bezwaar blijft in de notulen vermeld."}},
        {"one standing objection", consent, room(20, 15), objections(1, 0), Outcome::Rejected, 0, 0, false,
         {"1 objection subsiste"}, {"er blijft 1 bezwaar over"}},
        {"only withdrawn objections", consent, room(20, 15), objections(0, 3), Outcome::Adopted, 0, 0, false,
         {"aucune objection ne subsiste", "3 objections retirées ou résolues restent consignées au procès-verbal."},
         {"er blijft geen bezwaar over", "3 ingetrokken of opgeloste bezwaren blijven in de notulen vermeld."}},
    });
}

TEST_CASE("Consensus needs everyone heard and nobody blocking", "[decisionrules]")
{
    const DecisionRule consensus = method(DecisionMethod::Consensus);
    run({
        {"everyone agrees", consensus, room(12, 12), votes(12, 0, 0), Outcome::Adopted, 0, 0, false,
         {"Adoptée par consensus", "12 d'accord"}, {"Aangenomen bij consensus", "12 akkoord"}},
        {"some stand aside", consensus, room(12, 12), votes(9, 0, 3), Outcome::Adopted, 0, 0, false,
         {"9 d'accord, 3 en retrait, 0 blocage"}, {"9 akkoord, 3 stappen opzij, 0 blokkades"}},
        {"one block", consensus, room(12, 12), votes(9, 1, 2), Outcome::Rejected, 0, 0, false,
         {"Rejetée\u00a0: 1 membre bloque", "1 blocage"}, {"Verworpen: 1 lid blokkeert", "1 blokkade"}},
        {"two blocks", consensus, room(12, 12), votes(8, 2, 2), Outcome::Rejected, 0, 0, false, {"2 membres bloquent"},
         {"2 leden blokkeren"}},
        {"not everyone heard", consensus, room(12, 12), votes(8, 0, 0), Outcome::Incomplete, 0, 0, false,
         {"4 membres présents sur 12 n'ont pas encore donné leur position"},
         {"4 van de 12 aanwezigen hebben zich nog niet uitgesproken"}},
        {"one not heard", consensus, room(12, 12), votes(10, 0, 1), Outcome::Incomplete, 0, 0, false,
         {"1 membre présent sur 12 n'a pas encore donné sa position"},
         {"1 van de 12 aanwezigen heeft zich nog niet uitgesproken"}},
        {"everyone stands aside", consensus, room(5, 5), votes(0, 0, 5), Outcome::Rejected, 0, 0, false,
         {"personne ne soutient la proposition", "5 membres"}, {"niemand steunt het voorstel", "5 leden"}},
        {"nobody heard yet", consensus, room(5, 5), votes(0, 0, 0), Outcome::Incomplete, 0, 0, false,
         {"personne ne s'est encore prononcé"}, {"nog niemand heeft zich uitgesproken"}},
        {"a block before everyone is heard", consensus, room(12, 12), votes(3, 1, 0), Outcome::Rejected, 0, 0, false,
         {"bloque"}, {"blokkeert"}},
        {"attendance not recorded", consensus, room(0, 0), votes(4, 0, 1), Outcome::Adopted, 0, 0, false,
         {"4 d'accord"}, {"4 akkoord"}},
    });
}

// ---- Subgroup voices ----

namespace {

SubgroupInput subgroup(const char *name, int present, Tally tally)
{
    SubgroupInput s;
    s.name = same(name);
    s.electorate = room(present, present);
    s.tally = tally;
    return s;
}

SubgroupInput declared(const char *name, Voice voice)
{
    SubgroupInput s;
    s.name = same(name);
    s.electorate = room(6, 0);
    s.declaredVoice = voice;
    return s;
}

} // namespace

TEST_CASE("Subgroups reach their own result and cast one voice each", "[decisionrules]")
{
    const std::vector<SubgroupInput> groups = {subgroup("Nord", 5, votes(5, 0, 0)), subgroup("Sud", 4, votes(3, 1, 0)),
                                               subgroup("Est", 6, votes(3, 0, 0)), declared("Ouest", Voice::For)};
    const SubgroupDecision d = decideBySubgroups(method(DecisionMethod::Consensus), simpleMajority(), groups, true);
    REQUIRE(d.voices.size() == 4);
    CHECK(d.voices[0].voice == Voice::For);
    CHECK(d.voices[0].inner.outcome == Outcome::Adopted);
    CHECK(d.voices[1].voice == Voice::Against);
    CHECK(d.voices[1].inner.outcome == Outcome::Rejected);
    CHECK(d.voices[2].voice == Voice::Abstain);
    CHECK(d.voices[2].inner.outcome == Outcome::Incomplete);
    CHECK(d.voices[3].voice == Voice::For);
    CHECK(d.voices[3].inner.outcome == Outcome::Incomplete);
    CHECK(d.voices[3].name == same("Ouest"));
    checkContains(d.voices[3].inner.explanation, {"Voix déclarée", "pour"}, {"verklaard", "voor"});

    CHECK(d.overall.outcome == Outcome::Adopted);
    CHECK(d.overall.base == 3);
    CHECK(d.overall.required == 2);
    checkContains(d.overall.explanation,
                  {"Nord vote pour.", "Sud vote contre.",
                   "Est s'abstient\u00a0: le sous-groupe n'a pas trouvé de position commune.",
                   "Ouest vote pour (voix déclarée, sans décompte).", "chaque sous-groupe présent a une voix",
                   "2 voix pour et 1 contre sur 3 votes exprimés", "1 abstention"},
                  {"Nord stemt voor.", "Sud stemt tegen.",
                   "Est onthoudt zich: de deelgroep kwam niet tot een gemeenschappelijk standpunt.",
                   "Ouest stemt voor (verklaarde stem, zonder telling).", "elke aanwezige deelgroep één stem",
                   "2 stemmen voor en 1 tegen op 3 uitgebrachte stemmen", "1 onthouding"});
}

TEST_CASE("Subgroup voices can tie and a tie adopts nothing", "[decisionrules]")
{
    const SubgroupDecision d = decideBySubgroups(
        method(DecisionMethod::Consensus), simpleMajority(),
        {declared("A", Voice::For), subgroup("B", 3, votes(3, 0, 0)), declared("C", Voice::Against),
         subgroup("D", 4, votes(2, 2, 0))},
        true);
    CHECK(d.voices[3].voice == Voice::Against); // a block inside D
    CHECK(d.overall.outcome == Outcome::Tie);
    CHECK(d.overall.base == 4);
    checkContains(d.overall.explanation, {"Égalité", "2 voix pour et 2 contre"},
                  {"Staking van stemmen", "2 stemmen voor en 2 tegen"});
}

TEST_CASE("A subgroup with nobody present casts no voice", "[decisionrules]")
{
    const SubgroupDecision d = decideBySubgroups(
        simpleMajority(), qualified(Present, 1, 2, MoreThan),
        {subgroup("Nord", 5, votes(4, 1, 0)), subgroup("Sud", 0, votes(0, 0, 0)), subgroup("Est", 3, votes(2, 1, 0))},
        true);
    CHECK(d.voices[1].voice == Voice::Abstain);
    CHECK(d.overall.outcome == Outcome::Adopted);
    CHECK(d.overall.base == 2); // two subgroups present
    CHECK(d.overall.required == 2);
    checkContains(d.overall.explanation, {"Sud n'a aucun membre présent et ne vote pas.", "sur 2 sous-groupes présents"},
                  {"Sud heeft geen enkel lid aanwezig en stemt niet.", "op 2 aanwezige deelgroepen"});
}

TEST_CASE("Subgroup voices follow the inner majority and the outer consensus", "[decisionrules]")
{
    const DecisionRule inner = simpleMajority();
    const DecisionRule outer = method(DecisionMethod::Consensus);
    const SubgroupDecision agreed = decideBySubgroups(
        inner, outer, {subgroup("A", 9, votes(6, 2, 1)), subgroup("B", 5, votes(2, 2, 1)), declared("C", Voice::For)},
        true);
    CHECK(agreed.voices[0].voice == Voice::For);
    CHECK(agreed.voices[1].voice == Voice::Abstain); // an inner tie is no common position
    CHECK(agreed.voices[1].inner.outcome == Outcome::Tie);
    CHECK(agreed.overall.outcome == Outcome::Adopted);
    checkContains(agreed.overall.explanation, {"B s'abstient", "2 d'accord, 1 en retrait"},
                  {"B onthoudt zich", "2 akkoord, 1 stapt opzij"});

    const SubgroupDecision blocked = decideBySubgroups(
        inner, outer, {subgroup("A", 9, votes(6, 2, 1)), subgroup("B", 5, votes(1, 3, 1))}, true);
    CHECK(blocked.voices[1].voice == Voice::Against);
    CHECK(blocked.overall.outcome == Outcome::Rejected);

    const SubgroupDecision noQuorum = decideBySubgroups(inner, outer, {subgroup("A", 9, votes(6, 2, 1))}, false);
    CHECK(noQuorum.overall.outcome == Outcome::NoQuorum);
    checkWords(noQuorum.overall.explanation);

    const SubgroupDecision none = decideBySubgroups(inner, simpleMajority(), {}, true);
    CHECK(none.voices.empty());
    CHECK(none.overall.outcome == Outcome::Incomplete);
}

// ---- Elections ----

namespace {

struct Expected
{
    int index;
    CandidateStatus status;
    int seat;
};

struct ElectionCase
{
    const char *label;
    DecisionRule rule;
    Electorate electorate;
    ElectionInput input;
    Outcome outcome;
    int base;
    int required;
    int filled;
    int undecided;
    std::vector<Expected> candidates; // in result order
    Words fr;
    Words nl;
};

constexpr auto Elected = CandidateStatus::Elected;
constexpr auto Qualified = CandidateStatus::Qualified;
constexpr auto Tied = CandidateStatus::Tied;
constexpr auto NotQualified = CandidateStatus::NotQualified;

void run(const std::vector<ElectionCase> &table)
{
    for (const ElectionCase &c : table) {
        INFO(c.label);
        const ElectionResult r = elect(c.rule, c.electorate, c.input);
        CHECK(r.outcome == c.outcome);
        CHECK(r.base == c.base);
        CHECK(r.required == c.required);
        CHECK(r.seatsFilled == c.filled);
        CHECK(r.seatsUndecided == c.undecided);
        REQUIRE(r.candidates.size() == c.candidates.size());
        for (std::size_t i = 0; i < c.candidates.size(); ++i) {
            INFO("position " << i);
            CHECK(r.candidates[i].index == c.candidates[i].index);
            CHECK(r.candidates[i].votes == c.input.candidates[std::size_t(c.candidates[i].index)].votes);
            CHECK(r.candidates[i].status == c.candidates[i].status);
            CHECK(r.candidates[i].seat == c.candidates[i].seat);
        }
        checkContains(r.explanation, c.fr, c.nl);
    }
}

} // namespace

TEST_CASE("A delegation needs at least two thirds of the forum", "[decisionrules]")
{
    run({
        {"supported", election(1), room(40, 30), ballots(30, 0, {20}), Outcome::Adopted, 30, 20, 1, 0,
         {{0, Elected, 1}},
         {"Élection\u00a0: le siège est pourvu.",
          "Base\u00a0: 30 votes exprimés\u00a0; il fallait au moins les deux tiers (20 voix)",
          "Anne\u00a0: 20 voix, obtient un siège."},
         {"Verkiezing: de zetel is ingevuld.",
          "Basis: 30 uitgebrachte stemmen; minstens twee derde was nodig (20 stemmen)",
          "Anne: 20 stemmen, krijgt een zetel."}},
        {"one vote short", election(1), room(40, 30), ballots(30, 0, {19}), Outcome::Rejected, 30, 20, 0, 0,
         {{0, NotQualified, 0}}, {"personne n'est élu", "Anne\u00a0: 19 voix, n'atteint pas le seuil."},
         {"niemand is verkozen", "Anne: 19 stemmen, haalt de drempel niet."}},
        {"on the members present", election(1, false, Present), room(40, 30), ballots(24, 0, {20}), Outcome::Adopted,
         30, 20, 1, 0, {{0, Elected, 1}}, {"Base\u00a0: 30 membres présents ou représentés"},
         {"Basis: 30 aanwezige of vertegenwoordigde leden"}},
        {"on all members", election(1, false, Members), room(40, 30), ballots(24, 0, {20}), Outcome::Rejected, 40, 27,
         0, 0, {{0, NotQualified, 0}}, {"40 membres votants du conseil", "(27 voix)"},
         {"40 stemgerechtigde leden van de raad", "(27 stemmen)"}},
        {"blank ballots excluded", election(1), room(40, 30), ballots(20, 4, {14}), Outcome::Adopted, 20, 14, 1, 0,
         {{0, Elected, 1}}, {"4 bulletins blancs ne comptent pas comme votes exprimés."},
         {"4 blanco stemmen tellen niet als uitgebrachte stem."}},
        {"blank ballots counted", election(1, false, Cast, Counted), room(40, 30), ballots(20, 4, {14}),
         Outcome::Rejected, 24, 16, 0, 0, {{0, NotQualified, 0}}, {"4 bulletins blancs comptent comme votes exprimés."},
         {"4 blanco stemmen tellen mee als uitgebrachte stem."}},
        {"no ballots yet", election(1), room(40, 30), ballots(0, 0, {0}), Outcome::Incomplete, 0, 0, 0, 0, {},
         {"Pas encore de résultat"}, {"Nog geen uitslag"}},
    });
}

TEST_CASE("Optional seats go to those with most votes and a tie at the cut-off is reported", "[decisionrules]")
{
    run({
        {"five qualify for four seats", election(4), room(40, 30), ballots(30, 0, {25, 24, 22, 21, 20, 10}),
         Outcome::Adopted, 30, 20, 4, 0,
         {{0, Elected, 1}, {1, Elected, 2}, {2, Elected, 3}, {3, Elected, 4}, {4, Qualified, 0}, {5, NotQualified, 0}},
         {"Élection\u00a0: les 4 sièges sont pourvus.", "Emma\u00a0: 20 voix, atteint le seuil, mais sans siège.",
          "Farid\u00a0: 10 voix, n'atteint pas le seuil."},
         {"Verkiezing: de 4 zetels zijn ingevuld.", "Emma: 20 stemmen, haalt de drempel, maar krijgt geen zetel.",
          "Farid: 10 stemmen, haalt de drempel niet."}},
        {"three tied for the last two seats", election(4), room(40, 30), ballots(30, 0, {25, 24, 21, 21, 21, 10}),
         Outcome::Tie, 30, 20, 2, 2,
         {{0, Elected, 1}, {1, Elected, 2}, {2, Tied, 0}, {3, Tied, 0}, {4, Tied, 0}, {5, NotQualified, 0}},
         {"Élection\u00a0: 2 sièges sur 4 sont pourvus.",
          "Chloé, David et Emma sont à égalité avec 21 voix pour les 2 derniers sièges\u00a0: rien n'est décidé, et le "
          "conseil doit décider comment les départager.",
          "David\u00a0: 21 voix, à égalité."},
         {"Verkiezing: 2 van de 4 zetels zijn ingevuld.",
          "Chloé, David en Emma staan gelijk met 21 stemmen voor de laatste 2 zetels: er is niets beslist, en de raad "
          "moet beslissen hoe de gelijke stand doorbroken wordt.",
          "David: 21 stemmen, staat gelijk."}},
        {"a tie for the last seat", election(4), room(40, 30), ballots(30, 0, {25, 24, 23, 21, 21}), Outcome::Tie, 30,
         20, 3, 1, {{0, Elected, 1}, {1, Elected, 2}, {2, Elected, 3}, {3, Tied, 0}, {4, Tied, 0}},
         {"David et Emma sont à égalité avec 21 voix pour le dernier siège"},
         {"David en Emma staan gelijk met 21 stemmen voor de laatste zetel"}},
        {"a tie above the cut-off decides nothing", election(4), room(40, 30), ballots(30, 0, {25, 25, 22, 21, 20}),
         Outcome::Adopted, 30, 20, 4, 0,
         {{0, Elected, 1}, {1, Elected, 2}, {2, Elected, 3}, {3, Elected, 4}, {4, Qualified, 0}}, {"les 4 sièges"},
         {"de 4 zetels"}},
        {"a tie within the seats is no tie", election(4), room(40, 30), ballots(30, 0, {21, 21, 21}), Outcome::Adopted,
         30, 20, 3, 0, {{0, Elected, 1}, {1, Elected, 2}, {2, Elected, 3}},
         {"3 sièges sur 4 sont pourvus.", "1 siège reste vacant"},
         {"3 van de 4 zetels zijn ingevuld.", "1 zetel blijft vacant"}},
        {"fewer qualify than seats", election(4), room(40, 30), ballots(30, 0, {25, 21, 10}), Outcome::Adopted, 30, 20,
         2, 0, {{0, Elected, 1}, {1, Elected, 2}, {2, NotQualified, 0}},
         {"Élection\u00a0: 2 sièges sur 4 sont pourvus.",
          "2 sièges restent vacants\u00a0: aucun autre candidat n'atteint le seuil."},
         {"Verkiezing: 2 van de 4 zetels zijn ingevuld.",
          "2 zetels blijven vacant: geen enkele andere kandidaat haalt de drempel."}},
        {"everyone tied for every seat", election(2), room(40, 30), ballots(30, 0, {20, 20, 20}), Outcome::Tie, 30, 20,
         0, 2, {{0, Tied, 0}, {1, Tied, 0}, {2, Tied, 0}},
         {"aucun siège n'est encore pourvu", "Anne, Bruno et Chloé sont à égalité avec 20 voix pour les 2 sièges"},
         {"nog geen enkele zetel is ingevuld", "Anne, Bruno en Chloé staan gelijk met 20 stemmen voor de 2 zetels"}},
        {"nobody qualifies", election(4), room(40, 30), ballots(30, 0, {15, 10}), Outcome::Rejected, 30, 20, 0, 0,
         {{0, NotQualified, 0}, {1, NotQualified, 0}}, {"personne n'est élu, aucun candidat n'atteint le seuil"},
         {"niemand is verkozen, geen enkele kandidaat haalt de drempel"}},
        {"equal votes keep the input order", election(4), room(40, 30), ballots(20, 0, {10, 20, 10}), Outcome::Adopted,
         20, 14, 1, 0, {{1, Elected, 1}, {0, NotQualified, 0}, {2, NotQualified, 0}}, {"Bruno\u00a0: 20 voix"},
         {"Bruno: 20 stemmen"}},
    });
}

TEST_CASE("Chair and vice-chair come from one ranked list", "[decisionrules]")
{
    run({
        {"chair then vice-chair", election(2, true), room(30, 24), ballots(24, 0, {18, 20, 9}), Outcome::Adopted, 24,
         16, 2, 0, {{1, Elected, 1}, {0, Elected, 2}, {2, NotQualified, 0}},
         {"Bruno\u00a0: 20 voix, obtient le siège 1.", "Anne\u00a0: 18 voix, obtient le siège 2."},
         {"Bruno: 20 stemmen, krijgt zetel 1.", "Anne: 18 stemmen, krijgt zetel 2."}},
        {"a tie for the chair", election(2, true), room(30, 24), ballots(24, 0, {18, 18, 17}), Outcome::Tie, 24, 16, 0,
         2, {{0, Tied, 0}, {1, Tied, 0}, {2, Qualified, 0}},
         {"Anne et Bruno sont à égalité avec 18 voix pour les sièges 1 et 2\u00a0: rien n'est décidé, et le conseil "
          "doit décider comment les départager.",
          "Chloé\u00a0: 17 voix, atteint le seuil, mais sans siège."},
         {"Anne en Bruno staan gelijk met 18 stemmen voor de zetels 1 en 2: er is niets beslist, en de raad moet "
          "beslissen hoe de gelijke stand doorbroken wordt."}},
        {"a tie for the vice-chair", election(2, true), room(30, 24), ballots(24, 0, {20, 17, 17}), Outcome::Tie, 24,
         16, 1, 1, {{0, Elected, 1}, {1, Tied, 0}, {2, Tied, 0}},
         {"Anne\u00a0: 20 voix, obtient le siège 1.", "Bruno et Chloé sont à égalité avec 17 voix pour le siège 2"},
         {"Bruno en Chloé staan gelijk met 17 stemmen voor zetel 2"}},
        {"a tie at the top still fills the seat below", election(3, true), room(30, 24), ballots(24, 0, {18, 18, 17}),
         Outcome::Tie, 24, 16, 1, 2, {{0, Tied, 0}, {1, Tied, 0}, {2, Elected, 3}},
         {"Chloé\u00a0: 17 voix, obtient le siège 3."}, {"Chloé: 17 stemmen, krijgt zetel 3."}},
        {"a tie of three for seats two to four", election(4, true), room(30, 24), ballots(24, 0, {20, 17, 17, 17, 16}),
         Outcome::Tie, 24, 16, 1, 3,
         {{0, Elected, 1}, {1, Tied, 0}, {2, Tied, 0}, {3, Tied, 0}, {4, Qualified, 0}},
         {"pour les sièges 2 à 4"}, {"voor de zetels 2 tot 4"}},
        {"only the chair qualifies", election(2, true), room(30, 24), ballots(24, 0, {20, 12}), Outcome::Adopted, 24,
         16, 1, 0, {{0, Elected, 1}, {1, NotQualified, 0}}, {"1 siège sur 2 est pourvu", "1 siège reste vacant"},
         {"1 van de 2 zetels is ingevuld", "1 zetel blijft vacant"}},
    });
}

TEST_CASE("An election with impossible numbers or no quorum elects nobody", "[decisionrules]")
{
    DecisionRule noSeat = election(1);
    noSeat.seats = 0;
    run({
        {"more votes than ballots", election(1), room(40, 30), ballots(20, 0, {25}), Outcome::Invalid, 0, 0, 0, 0, {},
         {"Anne a 25 voix, mais il n'y a que 20 bulletins valables."},
         {"Anne heeft 25 stemmen, maar er zijn slechts 20 geldige stembiljetten."}},
        {"more ballots than present", election(1), room(40, 20), ballots(20, 3, {15}), Outcome::Invalid, 0, 0, 0, 0, {},
         {"23 bulletins (blancs compris), mais seulement 20 membres présents ou représentés."},
         {"23 stembiljetten (blanco inbegrepen), maar slechts 20 aanwezige of vertegenwoordigde leden."}},
        {"no candidates", election(1), room(40, 30), ballots(20, 0, {}), Outcome::Invalid, 0, 0, 0, 0, {},
         {"aucun candidat"}, {"geen enkele kandidaat"}},
        {"no seat", noSeat, room(40, 30), ballots(20, 0, {15}), Outcome::Invalid, 0, 0, 0, 0, {}, {"siège"}, {"zetel"}},
        {"negative votes", election(1), room(40, 30), ballots(20, 0, {-1}), Outcome::Invalid, 0, 0, 0, 0, {},
         {"négatif"}, {"negatief"}},
        {"not an election rule", simpleMajority(), room(40, 30), ballots(20, 0, {15}), Outcome::Invalid, 0, 0, 0, 0, {},
         {"élection"}, {"verkiezing"}},
        {"quorum refused", election(1), room(40, 15, false), ballots(15, 0, {12}), Outcome::NoQuorum, 0, 0, 0, 0, {},
         {"quorum"}, {"quorum"}},
    });
    const ElectionResult flagged =
        elect(withQuorum(election(1), QuorumPolicy::Flag), room(40, 15, false), ballots(15, 0, {12}));
    CHECK(flagged.outcome == Outcome::Adopted);
    CHECK(flagged.quorumFlagged);
    checkContains(flagged.explanation, {"Le quorum n'était pas atteint"}, {"Het quorum was niet bereikt"});
}

// ---- Priority (dots) ----

TEST_CASE("Dot voting ranks options with shared ranks", "[decisionrules]")
{
    DecisionRule rule = method(DecisionMethod::Priority);
    rule.dots = 3;
    const PriorityResult r = rankByDots(rule, room(12, 10), candidates({12, 8, 8, 1}), 10);
    CHECK(r.outcome == Outcome::Adopted);
    CHECK(r.dotsCast == 29);
    CHECK(r.dotsAvailable == 30);
    CHECK_FALSE(r.quorumFlagged);
    REQUIRE(r.ranking.size() == 4);
    const int indices[] = {0, 1, 2, 3};
    const int ranks[] = {1, 2, 2, 4};
    const bool tied[] = {false, true, true, false};
    for (std::size_t i = 0; i < 4; ++i) {
        INFO("position " << i);
        CHECK(r.ranking[i].index == indices[i]);
        CHECK(r.ranking[i].rank == ranks[i]);
        CHECK(r.ranking[i].tied == tied[i]);
    }
    checkContains(r.explanation,
                  {"Classement\u00a0: 1. Anne (12 points)\u00a0; 2. Bruno (8 points)\u00a0; 2. Chloé (8 points)\u00a0; "
                   "4. David (1 point).",
                   "Bruno et Chloé sont à égalité avec 8 points et partagent le rang 2.",
                   "Points placés\u00a0: 29 sur 30 (10 participants × 3 points)."},
                  {"Rangschikking: 1. Anne (12 punten); 2. Bruno (8 punten); 2. Chloé (8 punten); 4. David (1 punt).",
                   "Bruno en Chloé staan gelijk met 8 punten en delen plaats 2.",
                   "Geplaatste punten: 29 van 30 (10 deelnemers × 3 punten)."});
}

TEST_CASE("Dot voting keeps equal options in input order", "[decisionrules]")
{
    const PriorityResult r = rankByDots(method(DecisionMethod::Priority), room(0, 0), candidates({2, 5, 5, 0, 0}), 5);
    CHECK(r.outcome == Outcome::Adopted);
    REQUIRE(r.ranking.size() == 5);
    const int indices[] = {1, 2, 0, 3, 4};
    const int ranks[] = {1, 1, 3, 4, 4};
    for (std::size_t i = 0; i < 5; ++i) {
        INFO("position " << i);
        CHECK(r.ranking[i].index == indices[i]);
        CHECK(r.ranking[i].rank == ranks[i]);
    }
    CHECK_FALSE(r.ranking[2].tied);
    CHECK(r.ranking[3].tied);
    checkWords(r.explanation);
}

TEST_CASE("Dot voting refuses impossible numbers", "[decisionrules]")
{
    struct Row
    {
        const char *label;
        DecisionRule rule;
        Electorate electorate;
        std::vector<int> dots;
        int participants;
        Outcome outcome;
        bool flagged;
        Words fr;
        Words nl;
    };
    DecisionRule priority = method(DecisionMethod::Priority);
    DecisionRule noDots = priority;
    noDots.dots = 0;
    const Row table[] = {
        {"too many dots", priority, room(12, 10), {12, 12, 7}, 10, Outcome::Invalid, false,
         {"31 points placés, plus que les 30 permis (10 participants × 3 points)."},
         {"31 punten geplaatst, meer dan de 30 toegelaten (10 deelnemers × 3 punten)."}},
        {"exactly all dots", priority, room(12, 10), {12, 12, 6}, 10, Outcome::Adopted, false, {"30 sur 30"},
         {"30 van 30"}},
        {"no dots yet", priority, room(12, 10), {0, 0}, 10, Outcome::Incomplete, false, {"aucun point n'a été placé"},
         {"er zijn nog geen punten geplaatst"}},
        {"more participants than present", priority, room(12, 10), {3, 2}, 11, Outcome::Invalid, false,
         {"11 participants, mais seulement 10 membres présents"}, {"11 deelnemers, maar slechts 10 aanwezige"}},
        {"negative dots", priority, room(12, 10), {3, -2}, 5, Outcome::Invalid, false, {"négatif"}, {"negatief"}},
        {"no dot per participant", noDots, room(12, 10), {0}, 5, Outcome::Invalid, false, {"point"}, {"punt"}},
        {"not a priority rule", simpleMajority(), room(12, 10), {1}, 5, Outcome::Invalid, false, {"vote par points"},
         {"puntenstemming"}},
        {"quorum refused", priority, room(12, 3, false), {1}, 3, Outcome::NoQuorum, false, {"quorum"}, {"quorum"}},
        {"quorum flagged", withQuorum(priority, QuorumPolicy::Flag), room(12, 3, false), {1}, 3, Outcome::Adopted, true,
         {"Le quorum n'était pas atteint"}, {"Het quorum was niet bereikt"}},
    };
    for (const Row &row : table) {
        INFO(row.label);
        const PriorityResult r = rankByDots(row.rule, row.electorate, candidates(row.dots), row.participants);
        CHECK(r.outcome == row.outcome);
        CHECK(r.quorumFlagged == row.flagged);
        if (row.outcome != Outcome::Adopted)
            CHECK(r.ranking.empty());
        checkContains(r.explanation, row.fr, row.nl);
    }
}

// ---- Codes ----

namespace {

// parse(code(r)) == r compares only the keys that apply to the method.
void checkSameRule(const DecisionRule &a, const DecisionRule &b)
{
    CHECK(a.method == b.method);
    CHECK(a.quorum == b.quorum);
    if (a.method == DecisionMethod::Majority || a.method == DecisionMethod::Election) {
        CHECK(a.base == b.base);
        CHECK(a.abstentions == b.abstentions);
        const bool simple = a.method == DecisionMethod::Majority && a.simple;
        if (a.method == DecisionMethod::Majority)
            CHECK(a.simple == b.simple);
        if (!simple) {
            CHECK(a.fraction == b.fraction);
            CHECK(a.comparison == b.comparison);
        }
    }
    if (a.method == DecisionMethod::Election) {
        CHECK(a.seats == b.seats);
        CHECK(a.ranked == b.ranked);
    }
    if (a.method == DecisionMethod::Priority)
        CHECK(a.dots == b.dots);
}

} // namespace

TEST_CASE("Rule codes from the format documentation parse to the rules they name", "[decisionrules]")
{
    const Result<DecisionRule> consent = parseRuleCode(QStringLiteral("consent"));
    REQUIRE(consent.ok());
    CHECK(consent.value() == method(DecisionMethod::Consent));

    const Result<DecisionRule> consensus = parseRuleCode(QStringLiteral("consensus"));
    REQUIRE(consensus.ok());
    CHECK(consensus.value().method == DecisionMethod::Consensus);

    const QString simple = QStringLiteral("majority base=cast threshold=simple abstentions=excluded quorum=refuse");
    const Result<DecisionRule> s = parseRuleCode(simple);
    REQUIRE(s.ok());
    CHECK(s.value() == simpleMajority());
    CHECK(ruleCode(s.value()) == simple);

    const QString twoThirds =
        QStringLiteral("majority base=members threshold=2/3 compare=atleast abstentions=counted quorum=flag");
    const Result<DecisionRule> t = parseRuleCode(twoThirds);
    REQUIRE(t.ok());
    DecisionRule expected = qualified(Members, 2, 3, AtLeast, Counted);
    expected.quorum = QuorumPolicy::Flag;
    CHECK(t.value() == expected);
    CHECK(ruleCode(t.value()) == twoThirds);

    const QString seats = QStringLiteral(
        "election base=cast threshold=2/3 compare=atleast abstentions=excluded quorum=refuse seats=4 ranked=no");
    const Result<DecisionRule> e = parseRuleCode(seats);
    REQUIRE(e.ok());
    CHECK(e.value() == election(4));
    CHECK(ruleCode(e.value()) == seats);

    const QString dots = QStringLiteral("priority dots=3 quorum=flag");
    const Result<DecisionRule> p = parseRuleCode(dots);
    REQUIRE(p.ok());
    CHECK(p.value() == withQuorum(method(DecisionMethod::Priority), QuorumPolicy::Flag));
    CHECK(ruleCode(p.value()) == dots);
}

TEST_CASE("Every valid rule survives its code", "[decisionrules]")
{
    DecisionRule fiveDots = method(DecisionMethod::Priority);
    fiveDots.dots = 5;
    DecisionRule big = election(1000, true, Members, Counted);
    big.fraction = {51, 100};
    big.comparison = MoreThan;
    big.quorum = QuorumPolicy::Flag;
    const DecisionRule rules[] = {
        method(DecisionMethod::Consent),
        method(DecisionMethod::Consent, QuorumPolicy::Flag),
        method(DecisionMethod::Consensus),
        method(DecisionMethod::Consensus, QuorumPolicy::Flag),
        simpleMajority(),
        simpleMajority(Counted, QuorumPolicy::Flag),
        qualified(Cast, 1, 2, MoreThan),
        qualified(Present, 1, 2, AtLeast, Counted),
        qualified(Members, 2, 3, AtLeast),
        qualified(Cast, 3, 4, MoreThan, Counted),
        qualified(Present, 100, 100, AtLeast),
        election(1),
        election(4),
        election(2, true),
        election(3, true, Present, Counted),
        big,
        method(DecisionMethod::Priority),
        fiveDots,
    };
    for (const DecisionRule &rule : rules) {
        const QString code = ruleCode(rule);
        INFO(code.toStdString());
        const Result<DecisionRule> parsed = parseRuleCode(code);
        REQUIRE(parsed.ok());
        checkSameRule(rule, parsed.value());
        CHECK(parsed.value() == rule);
        CHECK(ruleCode(parsed.value()) == code);
        checkWords(describeRule(rule));
    }
    CHECK(ruleCode(method(DecisionMethod::Consent)) == u"consent quorum=refuse");
    CHECK(ruleCode(qualified(Cast, 1, 2, MoreThan)) ==
          u"majority base=cast threshold=1/2 compare=morethan abstentions=excluded quorum=refuse");
    CHECK(ruleCode(election(2, true)) ==
          u"election base=cast threshold=2/3 compare=atleast abstentions=excluded quorum=refuse seats=2 ranked=yes");
}

TEST_CASE("Rule codes tolerate spaces and any key order", "[decisionrules]")
{
    const Result<DecisionRule> r =
        parseRuleCode(QStringLiteral("  majority   base = present\tthreshold= 3 / 4  compare =morethan "));
    REQUIRE(r.ok());
    CHECK(r.value() == qualified(Present, 3, 4, MoreThan));

    const Result<DecisionRule> e =
        parseRuleCode(QStringLiteral("election ranked=yes seats=2 compare=atleast threshold=2/3"));
    REQUIRE(e.ok());
    CHECK(e.value() == election(2, true));

    const Result<DecisionRule> d = parseRuleCode(QStringLiteral("priority quorum=flag dots=7"));
    REQUIRE(d.ok());
    CHECK(d.value().dots == 7);
    CHECK(d.value().quorum == QuorumPolicy::Flag);
}

TEST_CASE("Malformed rule codes are refused with a message", "[decisionrules]")
{
    const char *const codes[] = {
        "",
        "   ",
        "Majority",
        "vote base=cast",
        "majority Base=cast",
        "majority colour=blue",
        "majority base",
        "majority base=",
        "majority =cast",
        "majority base=cast base=present",
        "majority base=everyone",
        "majority threshold=0/3",
        "majority threshold=4/3",
        "majority threshold=1/101",
        "majority threshold=2/0",
        "majority threshold=two-thirds",
        "majority threshold=-1/2",
        "majority threshold=1/2/3",
        "majority compare=atmost",
        "majority abstentions=ignored",
        "majority quorum=maybe",
        "election threshold=simple",
        "election seats=0",
        "election seats=1001",
        "election seats=-3",
        "election seats=four",
        "election ranked=true",
        "priority dots=0",
        "priority dots=101",
        "priority dots=+3",
    };
    for (const char *code : codes) {
        INFO(code);
        const Result<DecisionRule> r = parseRuleCode(QString::fromUtf8(code));
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.error().isEmpty());
    }
    CHECK(parseRuleCode(QStringLiteral("election seats=1000")).ok());
    CHECK(parseRuleCode(QStringLiteral("election seats=1")).ok());
    CHECK(parseRuleCode(QStringLiteral("priority dots=100")).ok());
    CHECK(parseRuleCode(QStringLiteral("majority threshold=100/100")).ok());
    CHECK(parseRuleCode(QStringLiteral("election seats=1001")).error().contains(u"1000"));
    CHECK(parseRuleCode(QStringLiteral("vote")).error().contains(u"vote"));
    CHECK(parseRuleCode(QStringLiteral("majority colour=blue")).error().contains(u"colour"));
}

TEST_CASE("Outcome codes round trip", "[decisionrules]")
{
    const Outcome outcomes[] = {Outcome::Adopted, Outcome::Rejected, Outcome::Tie,
                                Outcome::NoQuorum, Outcome::Incomplete, Outcome::Invalid};
    const char *const codes[] = {"adopted", "rejected", "tie", "no_quorum", "incomplete", "invalid"};
    for (std::size_t i = 0; i < 6; ++i) {
        CHECK(outcomeCode(outcomes[i]) == QString::fromLatin1(codes[i]));
        CHECK(outcomeFromCode(QString::fromLatin1(codes[i])) == outcomes[i]);
    }
    CHECK_FALSE(outcomeFromCode(QStringLiteral("Adopted")).has_value());
    CHECK_FALSE(outcomeFromCode(QString()).has_value());
}

TEST_CASE("Each rule is described in one sentence per language", "[decisionrules]")
{
    DecisionRule flagged = qualified(Members, 2, 3, AtLeast, Counted);
    flagged.quorum = QuorumPolicy::Flag;
    DecisionRule priority = method(DecisionMethod::Priority);
    priority.dots = 5;
    struct Row
    {
        DecisionRule rule;
        Words fr;
        Words nl;
    };
    const Row table[] = {
        {simpleMajority(),
         {"Majorité simple", "plus de voix pour que contre", "les abstentions ne comptent pas comme votes exprimés",
          "sans quorum, pas de vote"},
         {"Gewone meerderheid", "meer stemmen voor dan tegen", "onthoudingen tellen niet als uitgebrachte stem",
          "zonder quorum wordt er niet gestemd"}},
        {simpleMajority(Counted), {"les abstentions comptent comme votes exprimés"},
         {"onthoudingen tellen mee als uitgebrachte stem"}},
        {qualified(Cast, 1, 2, MoreThan), {"Majorité absolue des votes exprimés (plus de la moitié)"},
         {"Volstrekte meerderheid van de uitgebrachte stemmen (meer dan de helft)"}},
        {flagged,
         {"Majorité des deux tiers de tous les membres votants du conseil (au moins 2/3)", "comptent dans la base",
          "le procès-verbal le signale"},
         {"Tweederdemeerderheid van alle stemgerechtigde leden van de raad (minstens 2/3)", "tellen mee in de basis",
          "de notulen vermelden het"}},
        {qualified(Present, 3, 4, MoreThan),
         {"Majorité des trois quarts des membres présents ou représentés (plus de 3/4)"},
         {"Drievierdemeerderheid van de aanwezige of vertegenwoordigde leden (meer dan 3/4)"}},
        {qualified(Cast, 3, 5, AtLeast), {"Majorité de 3/5 des votes exprimés (au moins 3/5)"},
         {"Meerderheid van 3/5 van de uitgebrachte stemmen (minstens 3/5)"}},
        {election(4),
         {"Élection à 4 sièges", "au moins les deux tiers des votes exprimés",
          "ceux qui ont le plus de voix l'emportent", "bulletins blancs ne comptent pas"},
         {"Verkiezing voor 4 zetels", "minstens twee derde van de uitgebrachte stemmen", "met de meeste stemmen",
          "blanco stemmen tellen niet"}},
        {election(2, true), {"Élection à 2 sièges", "présidence"}, {"Verkiezing voor 2 zetels", "voorzitter"}},
        {election(1), {"Élection à 1 siège", "le plus de voix"}, {"Verkiezing voor 1 zetel", "de meeste stemmen"}},
        {priority, {"Vote par points", "5 points"}, {"Puntenstemming", "5 punten"}},
        {method(DecisionMethod::Consent), {"Consentement", "aucune objection"}, {"Consent", "geen bezwaar"}},
        {method(DecisionMethod::Consensus), {"Consensus", "personne ne bloque"}, {"Consensus", "niemand blokkeert"}},
    };
    for (const Row &row : table) {
        const BilingualText text = describeRule(row.rule);
        INFO(ruleCode(row.rule).toStdString());
        checkContains(text, row.fr, row.nl);
        // One sentence: it ends with the only full stop.
        CHECK(text.fr.endsWith(u'.'));
        CHECK(text.nl.endsWith(u'.'));
        CHECK(text.fr.count(u'.') == 1);
        CHECK(text.nl.count(u'.') == 1);
    }
}

// ---- Further edges ----

namespace {

const BilingualText flagSentence = {
    QString::fromUtf8("Le quorum n'était pas atteint\u00a0; le vote compte quand même, comme le prévoit le règlement, "
                      "et le procès-verbal le mentionne."),
    QString::fromUtf8("Het quorum was niet bereikt; de stemming telt toch, zoals het reglement bepaalt, en de notulen "
                      "vermelden dat.")};

void checkLacks(const BilingualText &text, const Words &fr, const Words &nl)
{
    for (const char *w : fr) {
        INFO("fr: " << text.fr.toStdString());
        CHECK_FALSE(text.fr.contains(QString::fromUtf8(w)));
    }
    for (const char *w : nl) {
        INFO("nl: " << text.nl.toStdString());
        CHECK_FALSE(text.nl.contains(QString::fromUtf8(w)));
    }
}

void checkEndsWithFlag(const BilingualText &text)
{
    INFO("fr: " << text.fr.toStdString());
    INFO("nl: " << text.nl.toStdString());
    CHECK(text.fr.endsWith(flagSentence.fr));
    CHECK(text.nl.endsWith(flagSentence.nl));
    CHECK(text.fr.count(flagSentence.fr) == 1);
    CHECK(text.nl.count(flagSentence.nl) == 1);
}

} // namespace

TEST_CASE("A simple majority with abstentions counted needs more for than against and abstentions together",
          "[decisionrules]")
{
    run({
        {"10 for beats 5 against and 4 abstentions", simpleMajority(Counted), room(25, 22), votes(10, 5, 4),
         Outcome::Adopted, 19, 10, false,
         {"Adoptée\u00a0: 10 voix pour et 5 contre sur 19 votes exprimés",
          "soit plus de voix pour que de voix contre et d'abstentions réunies (10 voix).",
          "4 abstentions comptent comme votes exprimés et pèsent donc contre."},
         {"Aangenomen: 10 stemmen voor en 5 tegen op 19 uitgebrachte stemmen",
          "dus meer stemmen voor dan tegenstemmen en onthoudingen samen (10 stemmen).",
          "4 onthoudingen tellen mee als uitgebrachte stemmen en wegen dus als tegenstemmen."}},
        {"10 for only equals 6 against and 4 abstentions", simpleMajority(Counted), room(25, 22), votes(10, 6, 4),
         Outcome::Rejected, 20, 11, false,
         {"Rejetée\u00a0: 10 voix pour et 6 contre sur 20 votes exprimés", "réunies (11 voix)"},
         {"Verworpen: 10 stemmen voor en 6 tegen op 20 uitgebrachte stemmen", "samen (11 stemmen)"}},
        {"10 for against 6 and 5 abstentions", simpleMajority(Counted), room(25, 22), votes(10, 6, 5),
         Outcome::Rejected, 21, 12, false, {"Rejetée", "sur 21 votes exprimés", "(12 voix)", "5 abstentions comptent"},
         {"Verworpen", "op 21 uitgebrachte stemmen", "(12 stemmen)", "5 onthoudingen tellen mee"}},
        {"10 for against 5 and 5 abstentions is rejected and not a tie", simpleMajority(Counted), room(25, 22),
         votes(10, 5, 5), Outcome::Rejected, 20, 11, false, {"Rejetée\u00a0: 10 voix pour et 5 contre", "(11 voix)"},
         {"Verworpen: 10 stemmen voor en 5 tegen", "(11 stemmen)"}},
        {"as many for as against is a tie whatever the abstentions", simpleMajority(Counted), room(25, 22),
         votes(8, 8, 2), Outcome::Tie, 18, 11, false,
         {"Égalité, non adoptée\u00a0: 8 voix pour et 8 contre sur 18 votes exprimés",
          "2 abstentions comptent comme votes exprimés"},
         {"Staking van stemmen, niet aangenomen: 8 stemmen voor en 8 tegen op 18 uitgebrachte stemmen",
          "2 onthoudingen tellen mee als uitgebrachte stemmen"}},
        {"one abstention counted", simpleMajority(Counted), room(10, 5), votes(3, 1, 1), Outcome::Adopted, 5, 3, false,
         {"1 abstention compte comme vote exprimé et pèse donc contre."},
         {"1 onthouding telt mee als uitgebrachte stem en weegt dus als tegenstem."}},
        {"the same 10 6 4 with abstentions excluded", simpleMajority(), room(25, 22), votes(10, 6, 4),
         Outcome::Adopted, 16, 7, false,
         {"10 voix pour et 6 contre sur 16 votes exprimés", "plus de voix pour que contre (7 voix).",
          "4 abstentions ne comptent pas comme votes exprimés."},
         {"10 stemmen voor en 6 tegen op 16 uitgebrachte stemmen", "meer stemmen voor dan tegen (7 stemmen).",
          "4 onthoudingen tellen niet als uitgebrachte stem."}},
    });
}

TEST_CASE("A consensus recorded as evident is adopted without a count", "[decisionrules]")
{
    const DecisionRule consensus = method(DecisionMethod::Consensus);
    const Words fr = {"Adoptée par consensus évident\u00a0: personne ne s'y oppose, constaté sans décompte."};
    const Words nl = {"Aangenomen bij duidelijke consensus: niemand verzet zich, vastgesteld zonder telling."};
    run({
        {"everyone present", consensus, room(12, 10), evident(), Outcome::Adopted, 0, 0, false, fr, nl},
        {"attendance not recorded", consensus, room(0, 0), evident(), Outcome::Adopted, 0, 0, false, fr, nl},
        {"quorum flagged", withQuorum(consensus, QuorumPolicy::Flag), room(12, 4, false), evident(), Outcome::Adopted,
         0, 0, true, {"consensus évident", "Le quorum n'était pas atteint"},
         {"duidelijke consensus", "Het quorum was niet bereikt"}},
        {"quorum refused", consensus, room(12, 4, false), evident(), Outcome::NoQuorum, 0, 0, false,
         {"Pas de vote\u00a0: le quorum n'est pas atteint"}, {"Geen stemming: het quorum is niet bereikt"}},
    });
    const Decision d = decide(consensus, room(12, 10), evident());
    CHECK(d.explanation.fr.startsWith(QString::fromUtf8(fr.front())));
    CHECK(d.explanation.nl.startsWith(QString::fromUtf8(nl.front())));
    // No count is invented for an evident consensus.
    checkLacks(d.explanation, {"Décompte\u00a0:", "d'accord", "quorum"}, {"Telling:", "akkoord", "quorum"});
    checkEndsWithFlag(
        decide(withQuorum(consensus, QuorumPolicy::Flag), room(12, 4, false), evident()).explanation);
}

TEST_CASE("Consent without any objection is adopted and settled objections stay on record", "[decisionrules]")
{
    const DecisionRule consent = method(DecisionMethod::Consent);
    run({
        {"nobody objected", consent, room(20, 15), objections(0, 0), Outcome::Adopted, 0, 0, false,
         {"Adoptée par consentement\u00a0: personne n'a soulevé d'objection."},
         {"Aangenomen bij consent: niemand heeft bezwaar gemaakt."}},
        {"one settled objection", consent, room(20, 15), objections(0, 1), Outcome::Adopted, 0, 0, false,
         {"Adoptée par consentement\u00a0: aucune objection ne subsiste.",
          "1 objection retirée ou résolue reste consignée au procès-verbal."},
         {"Aangenomen bij consent: er blijft geen bezwaar over.",
          "1 ingetrokken of opgelost bezwaar blijft in de notulen vermeld."}},
        {"settled objections with attendance not recorded", consent, room(0, 0), objections(0, 2), Outcome::Adopted,
         0, 0, false, {"aucune objection ne subsiste", "2 objections retirées ou résolues restent consignées"},
         {"er blijft geen bezwaar over", "2 ingetrokken of opgeloste bezwaren blijven in de notulen vermeld."}},
        {"votes against are no objections under consent", consent, room(20, 15), votes(3, 2, 0), Outcome::Adopted, 0,
         0, false, {"personne n'a soulevé d'objection"}, {"niemand heeft bezwaar gemaakt"}},
    });
    const Decision none = decide(consent, room(20, 15), objections(0, 0));
    checkLacks(none.explanation, {"procès-verbal", "subsiste"}, {"notulen", "blijft geen bezwaar"});
    const Decision settled = decide(consent, room(20, 15), objections(0, 1));
    checkLacks(settled.explanation, {"personne n'a soulevé"}, {"niemand heeft bezwaar"});
}

TEST_CASE("Two thirds of all members counts absent members against the proposal", "[decisionrules]")
{
    const DecisionRule twoThirds = qualified(Members, 2, 3, AtLeast);
    run({
        {"16 of 24 present is short of 20 of 30 members", twoThirds, room(30, 24), votes(16, 8, 0), Outcome::Rejected,
         30, 20, false,
         {"Rejetée\u00a0: 16 voix pour sur 30 membres votants du conseil, il fallait au moins les deux tiers (20 "
          "voix).",
          "Contre\u00a0: 8 voix."},
         {"Verworpen: 16 stemmen voor op 30 stemgerechtigde leden van de raad; minstens twee derde was nodig (20 "
          "stemmen).",
          "Tegen: 8 stemmen."}},
        {"20 of 30 members is exactly two thirds", twoThirds, room(30, 24), votes(20, 4, 0), Outcome::Adopted, 30, 20,
         false, {"Adoptée\u00a0: 20 voix pour sur 30 membres votants du conseil"},
         {"Aangenomen: 20 stemmen voor op 30 stemgerechtigde leden van de raad"}},
        {"19 of 30 members with abstentions in the base", twoThirds, room(30, 24), votes(19, 3, 2), Outcome::Rejected,
         30, 20, false, {"2 abstentions comptent dans la base, car qui s'abstient est présent."},
         {"2 onthoudingen tellen mee in de basis, want wie zich onthoudt, is aanwezig."}},
        {"everyone present for is still short", twoThirds, room(30, 19), votes(19, 0, 0), Outcome::Rejected, 30, 20,
         false, {"19 voix pour sur 30 membres votants", "(20 voix)", "Contre\u00a0: 0 voix."},
         {"19 stemmen voor op 30 stemgerechtigde leden", "(20 stemmen)", "Tegen: 0 stemmen."}},
        {"as many for as against is a tie", twoThirds, room(30, 24), votes(12, 12, 0), Outcome::Tie, 30, 20, false,
         {"Égalité, non adoptée\u00a0: 12 voix pour sur 30 membres votants du conseil"},
         {"Staking van stemmen, niet aangenomen: 12 stemmen voor op 30 stemgerechtigde leden van de raad"}},
        {"the same 16 of 24 on votes cast", qualified(Cast, 2, 3, AtLeast), room(30, 24), votes(16, 8, 0),
         Outcome::Adopted, 24, 16, false, {"16 voix pour sur 24 votes exprimés"},
         {"16 stemmen voor op 24 uitgebrachte stemmen"}},
    });
}

TEST_CASE("More than two thirds needs one vote beyond the exact fraction", "[decisionrules]")
{
    run({
        {"17 of 24 cast", qualified(Cast, 2, 3, MoreThan), room(30, 26), votes(17, 7, 2), Outcome::Adopted, 24, 17,
         false,
         {"Adoptée\u00a0: 17 voix pour sur 24 votes exprimés, il fallait plus des deux tiers (17 voix).",
          "2 abstentions ne comptent pas comme votes exprimés."},
         {"Aangenomen: 17 stemmen voor op 24 uitgebrachte stemmen; meer dan twee derde was nodig (17 stemmen).",
          "2 onthoudingen tellen niet als uitgebrachte stem."}},
        {"16 of 24 cast", qualified(Cast, 2, 3, MoreThan), room(30, 26), votes(16, 8, 2), Outcome::Rejected, 24, 17,
         false, {"Rejetée\u00a0: 16 voix pour sur 24 votes exprimés", "plus des deux tiers (17 voix)"},
         {"Verworpen: 16 stemmen voor op 24 uitgebrachte stemmen", "meer dan twee derde was nodig (17 stemmen)"}},
        {"17 of 24 present", qualified(Present, 2, 3, MoreThan), room(30, 24), votes(17, 5, 2), Outcome::Adopted, 24,
         17, false, {"17 voix pour sur 24 membres présents ou représentés", "plus des deux tiers (17 voix)"},
         {"17 stemmen voor op 24 aanwezige of vertegenwoordigde leden", "meer dan twee derde was nodig (17 stemmen)"}},
        {"16 of 24 present", qualified(Present, 2, 3, MoreThan), room(30, 24), votes(16, 6, 2), Outcome::Rejected, 24,
         17, false, {"Rejetée", "(17 voix)", "2 abstentions comptent dans la base"},
         {"Verworpen", "(17 stemmen)", "2 onthoudingen tellen mee in de basis"}},
        {"18 of 27 is exactly two thirds and not more", qualified(Cast, 2, 3, MoreThan), room(30, 27), votes(18, 9, 0),
         Outcome::Rejected, 27, 19, false, {"plus des deux tiers (19 voix)"}, {"meer dan twee derde was nodig (19 stemmen)"}},
        {"18 of 27 is at least two thirds", qualified(Cast, 2, 3, AtLeast), room(30, 27), votes(18, 9, 0),
         Outcome::Adopted, 27, 18, false, {"au moins les deux tiers (18 voix)"},
         {"minstens twee derde was nodig (18 stemmen)"}},
    });
}

TEST_CASE("Blank ballots excluded or counted change who qualifies in an election", "[decisionrules]")
{
    run({
        {"three blank excluded", election(2), room(40, 30), ballots(21, 3, {17, 14, 10}), Outcome::Adopted, 21, 14, 2,
         0, {{0, Elected, 1}, {1, Elected, 2}, {2, NotQualified, 0}},
         {"Élection\u00a0: les 2 sièges sont pourvus.",
          "Base\u00a0: 21 votes exprimés\u00a0; il fallait au moins les deux tiers (14 voix) pour obtenir un siège.",
          "3 bulletins blancs ne comptent pas comme votes exprimés.", "Bruno\u00a0: 14 voix, obtient un siège."},
         {"Verkiezing: de 2 zetels zijn ingevuld.",
          "Basis: 21 uitgebrachte stemmen; minstens twee derde was nodig (14 stemmen) om een zetel te krijgen.",
          "3 blanco stemmen tellen niet als uitgebrachte stem.", "Bruno: 14 stemmen, krijgt een zetel."}},
        {"three blank counted", election(2, false, Cast, Counted), room(40, 30), ballots(21, 3, {17, 14, 10}),
         Outcome::Adopted, 24, 16, 1, 0, {{0, Elected, 1}, {1, NotQualified, 0}, {2, NotQualified, 0}},
         {"Élection\u00a0: 1 siège sur 2 est pourvu.",
          "1 siège reste vacant\u00a0: aucun autre candidat n'atteint le seuil.",
          "Base\u00a0: 24 votes exprimés\u00a0; il fallait au moins les deux tiers (16 voix)",
          "3 bulletins blancs comptent comme votes exprimés.", "Bruno\u00a0: 14 voix, n'atteint pas le seuil."},
         {"Verkiezing: 1 van de 2 zetels is ingevuld.",
          "1 zetel blijft vacant: geen enkele andere kandidaat haalt de drempel.",
          "Basis: 24 uitgebrachte stemmen; minstens twee derde was nodig (16 stemmen)",
          "3 blanco stemmen tellen mee als uitgebrachte stem.", "Bruno: 14 stemmen, haalt de drempel niet."}},
        {"one blank excluded", election(1), room(40, 30), ballots(20, 1, {14}), Outcome::Adopted, 20, 14, 1, 0,
         {{0, Elected, 1}}, {"1 bulletin blanc ne compte pas comme vote exprimé."},
         {"1 blanco stem telt niet als uitgebrachte stem."}},
        {"one blank counted", election(1, false, Cast, Counted), room(40, 30), ballots(20, 1, {14}), Outcome::Adopted,
         21, 14, 1, 0, {{0, Elected, 1}}, {"Base\u00a0: 21 votes exprimés", "1 bulletin blanc compte comme vote exprimé."},
         {"Basis: 21 uitgebrachte stemmen", "1 blanco stem telt mee als uitgebrachte stem."}},
    });
}

TEST_CASE("An election on the members present puts blank ballots and silent members in the base", "[decisionrules]")
{
    const Words presentFr = {
        "Élection\u00a0: 2 sièges sur 3 sont pourvus.", "1 siège reste vacant",
        "Base\u00a0: 30 membres présents ou représentés\u00a0; il fallait au moins les deux tiers (20 voix) pour obtenir "
        "un siège.",
        "4 bulletins blancs comptent dans la base, car qui vote blanc est présent.",
        "Chloé\u00a0: 19 voix, n'atteint pas le seuil."};
    const Words presentNl = {
        "Verkiezing: 2 van de 3 zetels zijn ingevuld.", "1 zetel blijft vacant",
        "Basis: 30 aanwezige of vertegenwoordigde leden; minstens twee derde was nodig (20 stemmen) om een zetel te "
        "krijgen.",
        "4 blanco stemmen tellen mee in de basis, want wie blanco stemt, is aanwezig.",
        "Chloé: 19 stemmen, haalt de drempel niet."};
    run({
        {"thirty present", election(3, false, Present), room(40, 30), ballots(24, 4, {22, 20, 19, 12}),
         Outcome::Adopted, 30, 20, 2, 0, {{0, Elected, 1}, {1, Elected, 2}, {2, NotQualified, 0}, {3, NotQualified, 0}},
         presentFr, presentNl},
        {"the blank policy does not change a base of members present", election(3, false, Present, Counted),
         room(40, 30), ballots(24, 4, {22, 20, 19, 12}), Outcome::Adopted, 30, 20, 2, 0,
         {{0, Elected, 1}, {1, Elected, 2}, {2, NotQualified, 0}, {3, NotQualified, 0}}, presentFr, presentNl},
        {"the same ballots on votes cast", election(3), room(40, 30), ballots(24, 4, {22, 20, 19, 12}),
         Outcome::Adopted, 24, 16, 3, 0, {{0, Elected, 1}, {1, Elected, 2}, {2, Elected, 3}, {3, NotQualified, 0}},
         {"Élection\u00a0: les 3 sièges sont pourvus.", "Base\u00a0: 24 votes exprimés",
          "4 bulletins blancs ne comptent pas comme votes exprimés."},
         {"Verkiezing: de 3 zetels zijn ingevuld.", "Basis: 24 uitgebrachte stemmen",
          "4 blanco stemmen tellen niet als uitgebrachte stem."}},
        {"attendance not recorded", election(1, false, Present), room(40, 0), ballots(10, 0, {8}),
         Outcome::Incomplete, 0, 0, 0, 0, {},
         {"Pas encore de résultat\u00a0: le nombre de membres présents ou représentés n'est pas connu."},
         {"Nog geen uitslag: het aantal aanwezige of vertegenwoordigde leden is niet bekend."}},
    });
}

TEST_CASE("Seats nobody qualifies for stay vacant and are stated even beside a tie", "[decisionrules]")
{
    run({
        {"one of three seats vacant", election(3), room(40, 30), ballots(30, 0, {25, 20, 19}), Outcome::Adopted, 30,
         20, 2, 0, {{0, Elected, 1}, {1, Elected, 2}, {2, NotQualified, 0}},
         {"Élection\u00a0: 2 sièges sur 3 sont pourvus.",
          "1 siège reste vacant\u00a0: aucun autre candidat n'atteint le seuil."},
         {"Verkiezing: 2 van de 3 zetels zijn ingevuld.",
          "1 zetel blijft vacant: geen enkele andere kandidaat haalt de drempel."}},
        {"four of five seats vacant", election(5), room(40, 30), ballots(30, 0, {20, 5}), Outcome::Adopted, 30, 20, 1,
         0, {{0, Elected, 1}, {1, NotQualified, 0}},
         {"Élection\u00a0: 1 siège sur 5 est pourvu.", "4 sièges restent vacants\u00a0: aucun autre candidat"},
         {"Verkiezing: 1 van de 5 zetels is ingevuld.", "4 zetels blijven vacant: geen enkele andere kandidaat"}},
        {"a ranked tie and a vacant seat", election(4, true), room(30, 24), ballots(24, 0, {20, 18, 18, 10}),
         Outcome::Tie, 24, 16, 1, 2, {{0, Elected, 1}, {1, Tied, 0}, {2, Tied, 0}, {3, NotQualified, 0}},
         {"Élection\u00a0: 1 siège sur 4 est pourvu.", "1 siège reste vacant\u00a0: aucun autre candidat",
          "Anne\u00a0: 20 voix, obtient le siège 1.",
          "Bruno et Chloé sont à égalité avec 18 voix pour les sièges 2 et 3\u00a0: rien n'est décidé"},
         {"Verkiezing: 1 van de 4 zetels is ingevuld.", "1 zetel blijft vacant: geen enkele andere kandidaat",
          "Anne: 20 stemmen, krijgt zetel 1.",
          "Bruno en Chloé staan gelijk met 18 stemmen voor de zetels 2 en 3: er is niets beslist"}},
    });
    const ElectionResult full = elect(election(2), room(40, 30), ballots(30, 0, {25, 21}));
    CHECK(full.outcome == Outcome::Adopted);
    checkLacks(full.explanation, {"vacant"}, {"vacant"});
}

TEST_CASE("Ranked seats report a three-way tie for the vice-chair but not a tie below the last seat",
          "[decisionrules]")
{
    run({
        {"three tied for the vice-chair", election(2, true), room(30, 24), ballots(24, 0, {20, 17, 17, 17, 16}),
         Outcome::Tie, 24, 16, 1, 1,
         {{0, Elected, 1}, {1, Tied, 0}, {2, Tied, 0}, {3, Tied, 0}, {4, Qualified, 0}},
         {"Élection\u00a0: 1 siège sur 2 est pourvu.", "Anne\u00a0: 20 voix, obtient le siège 1.",
          "Bruno, Chloé et David sont à égalité avec 17 voix pour le siège 2\u00a0: rien n'est décidé, et le conseil "
          "doit décider comment les départager.",
          "Emma\u00a0: 16 voix, atteint le seuil, mais sans siège."},
         {"Verkiezing: 1 van de 2 zetels is ingevuld.", "Anne: 20 stemmen, krijgt zetel 1.",
          "Bruno, Chloé en David staan gelijk met 17 stemmen voor zetel 2: er is niets beslist, en de raad moet "
          "beslissen hoe de gelijke stand doorbroken wordt.",
          "Emma: 16 stemmen, haalt de drempel, maar krijgt geen zetel."}},
        {"a tie below the last ranked seat", election(2, true), room(30, 24), ballots(24, 0, {20, 18, 17, 17}),
         Outcome::Adopted, 24, 16, 2, 0, {{0, Elected, 1}, {1, Elected, 2}, {2, Qualified, 0}, {3, Qualified, 0}},
         {"Élection\u00a0: les 2 sièges sont pourvus.", "Bruno\u00a0: 18 voix, obtient le siège 2.",
          "Chloé\u00a0: 17 voix, atteint le seuil, mais sans siège."},
         {"Verkiezing: de 2 zetels zijn ingevuld.", "Bruno: 18 stemmen, krijgt zetel 2.",
          "Chloé: 17 stemmen, haalt de drempel, maar krijgt geen zetel."}},
        {"the same three unranked tie for the last seat", election(2), room(30, 24),
         ballots(24, 0, {20, 17, 17, 17, 16}), Outcome::Tie, 24, 16, 1, 1,
         {{0, Elected, 1}, {1, Tied, 0}, {2, Tied, 0}, {3, Tied, 0}, {4, Qualified, 0}},
         {"Anne\u00a0: 20 voix, obtient un siège.",
          "Bruno, Chloé et David sont à égalité avec 17 voix pour le dernier siège"},
         {"Anne: 20 stemmen, krijgt een zetel.",
          "Bruno, Chloé en David staan gelijk met 17 stemmen voor de laatste zetel"}},
    });
    const ElectionResult vice = elect(election(2, true), room(30, 24), ballots(24, 0, {20, 17, 17, 17, 16}));
    checkLacks(vice.explanation, {"vacant"}, {"vacant"});
    const ElectionResult below = elect(election(2, true), room(30, 24), ballots(24, 0, {20, 18, 17, 17}));
    checkLacks(below.explanation, {"égalité"}, {"gelijk"});
}

TEST_CASE("Unranked seats filled exactly by the qualifiers report no tie among them", "[decisionrules]")
{
    run({
        {"20 18 18 15 all qualify for four seats", election(4), room(30, 22), ballots(22, 0, {20, 18, 18, 15}),
         Outcome::Adopted, 22, 15, 4, 0, {{0, Elected, 1}, {1, Elected, 2}, {2, Elected, 3}, {3, Elected, 4}},
         {"Élection\u00a0: les 4 sièges sont pourvus.", "Bruno\u00a0: 18 voix, obtient un siège.",
          "Chloé\u00a0: 18 voix, obtient un siège."},
         {"Verkiezing: de 4 zetels zijn ingevuld.", "Bruno: 18 stemmen, krijgt een zetel.",
          "Chloé: 18 stemmen, krijgt een zetel."}},
        {"a tie for the last seat with nobody else qualifying", election(4), room(30, 24),
         ballots(24, 0, {20, 18, 16, 16, 15}), Outcome::Adopted, 24, 16, 4, 0,
         {{0, Elected, 1}, {1, Elected, 2}, {2, Elected, 3}, {3, Elected, 4}, {4, NotQualified, 0}},
         {"les 4 sièges sont pourvus", "David\u00a0: 16 voix, obtient un siège.",
          "Emma\u00a0: 15 voix, n'atteint pas le seuil."},
         {"de 4 zetels zijn ingevuld", "David: 16 stemmen, krijgt een zetel.",
          "Emma: 15 stemmen, haalt de drempel niet."}},
        {"two tied for two seats", election(2), room(30, 24), ballots(24, 0, {17, 17, 10}), Outcome::Adopted, 24, 16,
         2, 0, {{0, Elected, 1}, {1, Elected, 2}, {2, NotQualified, 0}}, {"les 2 sièges sont pourvus"},
         {"de 2 zetels zijn ingevuld"}},
        {"one more qualifier turns the last seat into a tie", election(4), room(30, 24),
         ballots(24, 0, {20, 18, 18, 16, 16}), Outcome::Tie, 24, 16, 3, 1,
         {{0, Elected, 1}, {1, Elected, 2}, {2, Elected, 3}, {3, Tied, 0}, {4, Tied, 0}},
         {"David et Emma sont à égalité avec 16 voix pour le dernier siège"},
         {"David en Emma staan gelijk met 16 stemmen voor de laatste zetel"}},
    });
    for (const ElectionInput &input : {ballots(22, 0, {20, 18, 18, 15}), ballots(24, 0, {20, 18, 16, 16, 15}),
                                       ballots(24, 0, {17, 17, 10})}) {
        const ElectionResult r = elect(election(input.candidates.size() == 3 ? 2 : 4), room(30, 24), input);
        CHECK(r.seatsUndecided == 0);
        checkLacks(r.explanation, {"égalité"}, {"gelijk"});
    }
}

namespace {

struct DotCase
{
    const char *label;
    DecisionRule rule;
    Electorate electorate;
    std::vector<int> dots;
    int participants;
    Outcome outcome;
    int dotsCast;
    int dotsAvailable;
    bool flagged;
    std::vector<int> order; // indices in ranking order
    std::vector<int> ranks;
    Words fr;
    Words nl;
};

void run(const std::vector<DotCase> &table)
{
    for (const DotCase &c : table) {
        INFO(c.label);
        const PriorityResult r = rankByDots(c.rule, c.electorate, candidates(c.dots), c.participants);
        CHECK(r.outcome == c.outcome);
        CHECK(r.dotsCast == c.dotsCast);
        CHECK(r.dotsAvailable == c.dotsAvailable);
        CHECK(r.quorumFlagged == c.flagged);
        REQUIRE(r.ranking.size() == c.order.size());
        for (std::size_t i = 0; i < c.order.size(); ++i) {
            INFO("position " << i);
            CHECK(r.ranking[i].index == c.order[i]);
            CHECK(r.ranking[i].rank == c.ranks[i]);
        }
        checkContains(r.explanation, c.fr, c.nl);
        if (c.flagged)
            checkEndsWithFlag(r.explanation);
    }
}

} // namespace

TEST_CASE("Dot voting with no dots placed ranks nothing", "[decisionrules]")
{
    const DecisionRule priority = method(DecisionMethod::Priority);
    DecisionRule oneDot = priority;
    oneDot.dots = 1;
    run({
        {"ten participants placed nothing", priority, room(12, 10), {0, 0, 0}, 10, Outcome::Incomplete, 0, 30, false,
         {}, {},
         {"Pas encore de classement\u00a0: aucun point n'a été placé.",
          "Points placés\u00a0: 0 sur 30 (10 participants × 3 points)."},
         {"Nog geen rangschikking: er zijn nog geen punten geplaatst.",
          "Geplaatste punten: 0 van 30 (10 deelnemers × 3 punten)."}},
        {"no options and no participants", priority, room(0, 0), {}, 0, Outcome::Incomplete, 0, 0, false, {}, {},
         {"aucun point n'a été placé", "Points placés\u00a0: 0 sur 0 (0 participant × 3 points)."},
         {"er zijn nog geen punten geplaatst", "Geplaatste punten: 0 van 0 (0 deelnemers × 3 punten)."}},
        {"one participant with one dot", oneDot, room(5, 1), {0, 0}, 1, Outcome::Incomplete, 0, 1, false, {}, {},
         {"Points placés\u00a0: 0 sur 1 (1 participant × 1 point)."},
         {"Geplaatste punten: 0 van 1 (1 deelnemer × 1 punt)."}},
    });
    const PriorityResult r = rankByDots(priority, room(12, 10), candidates({0, 0, 0}), 10);
    checkLacks(r.explanation, {"Classement\u00a0:", "égalité"}, {"Rangschikking:", "gelijk"});
}

TEST_CASE("Dot voting without quorum refuses or ranks with the flag as the charter says", "[decisionrules]")
{
    const DecisionRule refuse = method(DecisionMethod::Priority);
    const DecisionRule flag = withQuorum(refuse, QuorumPolicy::Flag);
    run({
        {"refused", refuse, room(12, 3, false), {4, 2, 3}, 3, Outcome::NoQuorum, 0, 0, false, {}, {},
         {"Pas de vote\u00a0: le quorum n'est pas atteint, et le règlement ne permet pas de voter sans quorum."},
         {"Geen stemming: het quorum is niet bereikt, en het reglement laat geen stemming zonder quorum toe."}},
        {"flagged", flag, room(12, 3, false), {4, 2, 3}, 3, Outcome::Adopted, 9, 9, true, {0, 2, 1}, {1, 2, 3},
         {"Classement\u00a0: 1. Anne (4 points)\u00a0; 2. Chloé (3 points)\u00a0; 3. Bruno (2 points).",
          "Points placés\u00a0: 9 sur 9 (3 participants × 3 points)."},
         {"Rangschikking: 1. Anne (4 punten); 2. Chloé (3 punten); 3. Bruno (2 punten).",
          "Geplaatste punten: 9 van 9 (3 deelnemers × 3 punten)."}},
        {"flagged with a shared rank", flag, room(12, 3, false), {3, 3, 1}, 3, Outcome::Adopted, 7, 9, true,
         {0, 1, 2}, {1, 1, 3}, {"Anne et Bruno sont à égalité avec 3 points et partagent le rang 1."},
         {"Anne en Bruno staan gelijk met 3 punten en delen plaats 1."}},
        {"flagged with no dots yet", flag, room(12, 3, false), {0, 0}, 3, Outcome::Incomplete, 0, 9, true, {}, {},
         {"aucun point n'a été placé"}, {"er zijn nog geen punten geplaatst"}},
        {"impossible numbers come before the quorum", refuse, room(12, 3, false), {5, 5}, 3, Outcome::Invalid, 0, 0,
         false, {}, {}, {"Résultat impossible", "10 points placés, plus que les 9 permis"},
         {"Onmogelijk resultaat", "10 punten geplaatst, meer dan de 9 toegelaten"}},
    });
}

TEST_CASE("Subgroups that only declared their voices are all counted as present", "[decisionrules]")
{
    const std::vector<SubgroupInput> groups = {declared("A", Voice::For), declared("B", Voice::For),
                                               declared("C", Voice::Against), declared("D", Voice::Abstain)};
    const Words listedFr = {"A vote pour (voix déclarée, sans décompte).", "B vote pour (voix déclarée, sans décompte).",
                            "C vote contre (voix déclarée, sans décompte).",
                            "D s'abstient (voix déclarée, sans décompte).",
                            "Au conseil, chaque sous-groupe présent a une voix."};
    const Words listedNl = {"A stemt voor (verklaarde stem, zonder telling).",
                            "B stemt voor (verklaarde stem, zonder telling).",
                            "C stemt tegen (verklaarde stem, zonder telling).",
                            "D onthoudt zich (verklaarde stem, zonder telling).",
                            "In de raad heeft elke aanwezige deelgroep één stem."};

    struct Row
    {
        const char *label;
        DecisionRule outer;
        Outcome outcome;
        int base;
        int required;
        Words fr;
        Words nl;
    };
    const Row table[] = {
        {"a simple majority of the voices", simpleMajority(), Outcome::Adopted, 3, 2,
         {"Adoptée\u00a0: 2 voix pour et 1 contre sur 3 votes exprimés",
          "1 abstention ne compte pas comme vote exprimé."},
         {"Aangenomen: 2 stemmen voor en 1 tegen op 3 uitgebrachte stemmen",
          "1 onthouding telt niet als uitgebrachte stem."}},
        {"an absolute majority of the subgroups present", qualified(Present, 1, 2, MoreThan), Outcome::Rejected, 4, 3,
         {"Rejetée\u00a0: 2 voix pour sur 4 sous-groupes présents, il fallait plus de la moitié (3 voix).",
          "1 abstention compte dans la base"},
         {"Verworpen: 2 stemmen voor op 4 aanwezige deelgroepen; meer dan de helft was nodig (3 stemmen).",
          "1 onthouding telt mee in de basis"}},
        {"at least half of all subgroups", qualified(Members, 1, 2, AtLeast), Outcome::Adopted, 4, 2,
         {"2 voix pour sur 4 sous-groupes du conseil", "au moins la moitié (2 voix)"},
         {"2 stemmen voor op 4 deelgroepen van de raad", "minstens de helft was nodig (2 stemmen)"}},
    };
    for (const Row &row : table) {
        INFO(row.label);
        const SubgroupDecision d = decideBySubgroups(method(DecisionMethod::Consensus), row.outer, groups, true);
        REQUIRE(d.voices.size() == 4);
        const Voice expected[] = {Voice::For, Voice::For, Voice::Against, Voice::Abstain};
        for (std::size_t i = 0; i < 4; ++i) {
            INFO("subgroup " << i);
            CHECK(d.voices[i].voice == expected[i]);
            CHECK(d.voices[i].inner.outcome == Outcome::Incomplete);
        }
        checkContains(d.voices[3].inner.explanation, {"Voix déclarée par le sous-groupe, sans décompte\u00a0: abstention."},
                      {"Stem verklaard door de deelgroep, zonder telling: onthouding."});
        CHECK(d.overall.outcome == row.outcome);
        CHECK(d.overall.base == row.base);
        CHECK(d.overall.required == row.required);
        CHECK_FALSE(d.overall.quorumFlagged);
        checkContains(d.overall.explanation, listedFr, listedNl);
        checkContains(d.overall.explanation, row.fr, row.nl);
        checkLacks(d.overall.explanation, {"aucun membre présent"}, {"geen enkel lid aanwezig"});
    }
}

TEST_CASE("Subgroup voices with no subgroup present decide nothing", "[decisionrules]")
{
    const std::vector<SubgroupInput> groups = {subgroup("Nord", 0, votes(0, 0, 0)), subgroup("Sud", 0, votes(0, 0, 0))};
    const Words absentFr = {"Nord n'a aucun membre présent et ne vote pas.",
                            "Sud n'a aucun membre présent et ne vote pas.",
                            "Au conseil, chaque sous-groupe présent a une voix."};
    const Words absentNl = {"Nord heeft geen enkel lid aanwezig en stemt niet.",
                            "Sud heeft geen enkel lid aanwezig en stemt niet.",
                            "In de raad heeft elke aanwezige deelgroep één stem."};
    struct Row
    {
        const char *label;
        DecisionRule outer;
        Words fr;
        Words nl;
    };
    const Row table[] = {
        {"a simple majority", simpleMajority(), {"Pas encore de décision\u00a0: aucun vote n'est encore compté."},
         {"Nog geen beslissing: er is nog geen stem geteld."}},
        {"a majority of the subgroups present", qualified(Present, 1, 2, MoreThan),
         {"Pas encore de décision\u00a0: aucun vote n'est encore compté."},
         {"Nog geen beslissing: er is nog geen stem geteld."}},
        {"two thirds of all subgroups", qualified(Members, 2, 3, AtLeast),
         {"Pas encore de décision\u00a0: aucun vote n'est encore compté."},
         {"Nog geen beslissing: er is nog geen stem geteld."}},
        {"a consensus", method(DecisionMethod::Consensus),
         {"Pas encore de décision\u00a0: personne ne s'est encore prononcé."},
         {"Nog geen beslissing: nog niemand heeft zich uitgesproken."}},
    };
    for (const Row &row : table) {
        INFO(row.label);
        const SubgroupDecision d = decideBySubgroups(method(DecisionMethod::Consensus), row.outer, groups, true);
        REQUIRE(d.voices.size() == 2);
        for (const SubgroupVoice &v : d.voices) {
            CHECK(v.voice == Voice::Abstain);
            CHECK(v.inner.outcome == Outcome::Incomplete);
        }
        CHECK(d.overall.outcome == Outcome::Incomplete);
        CHECK(d.overall.base == 0);
        CHECK(d.overall.required == 0);
        checkContains(d.overall.explanation, absentFr, absentNl);
        checkContains(d.overall.explanation, row.fr, row.nl);
        checkLacks(d.overall.explanation, {"Adoptée", "s'abstient\u00a0:"}, {"Aangenomen", "onthoudt zich:"});
    }
}

TEST_CASE("A flagged quorum on a majority vote still computes the outcome and ends with the flag sentence",
          "[decisionrules]")
{
    const auto flag = [](DecisionRule rule) { return withQuorum(rule, QuorumPolicy::Flag); };
    run({
        {"simple majority adopted", flag(simpleMajority()), room(20, 8, false), votes(6, 1, 1), Outcome::Adopted, 7, 2,
         true, {"Adoptée\u00a0: 6 voix pour et 1 contre sur 7 votes exprimés"},
         {"Aangenomen: 6 stemmen voor en 1 tegen op 7 uitgebrachte stemmen"}},
        {"simple majority tied", flag(simpleMajority()), room(20, 8, false), votes(3, 3, 2), Outcome::Tie, 6, 4, true,
         {"Égalité, non adoptée"}, {"Staking van stemmen, niet aangenomen"}},
        {"absolute majority of those present rejected", flag(qualified(Present, 1, 2, MoreThan)), room(20, 8, false),
         votes(4, 3, 1), Outcome::Rejected, 8, 5, true, {"Rejetée\u00a0: 4 voix pour sur 8 membres présents"},
         {"Verworpen: 4 stemmen voor op 8 aanwezige"}},
        {"two thirds of members rejected", flag(qualified(Members, 2, 3, AtLeast)), room(20, 8, false),
         votes(8, 0, 0), Outcome::Rejected, 20, 14, true, {"8 voix pour sur 20 membres votants du conseil", "(14 voix)"},
         {"8 stemmen voor op 20 stemgerechtigde leden van de raad", "(14 stemmen)"}},
        {"no votes yet", flag(simpleMajority()), room(20, 8, false), votes(0, 0, 0), Outcome::Incomplete, 0, 0, true,
         {"Pas encore de décision"}, {"Nog geen beslissing"}},
        {"an evident majority", flag(simpleMajority()), room(20, 8, false), evident(), Outcome::Adopted, 0, 0, true,
         {"majorité évidente à main levée"}, {"duidelijke meerderheid bij handopsteking"}},
        {"consent", flag(method(DecisionMethod::Consent)), room(20, 8, false), objections(0, 0), Outcome::Adopted, 0, 0,
         true, {"personne n'a soulevé d'objection"}, {"niemand heeft bezwaar gemaakt"}},
    });
    const Decision flagged[] = {
        decide(flag(simpleMajority()), room(20, 8, false), votes(6, 1, 1)),
        decide(flag(simpleMajority()), room(20, 8, false), votes(3, 3, 2)),
        decide(flag(qualified(Present, 1, 2, MoreThan)), room(20, 8, false), votes(4, 3, 1)),
        decide(flag(qualified(Members, 2, 3, AtLeast)), room(20, 8, false), votes(8, 0, 0)),
        decide(flag(simpleMajority()), room(20, 8, false), votes(0, 0, 0)),
        decide(flag(simpleMajority()), room(20, 8, false), evident()),
        decide(flag(method(DecisionMethod::Consent)), room(20, 8, false), objections(0, 0)),
    };
    for (const Decision &d : flagged)
        checkEndsWithFlag(d.explanation);
    // With the quorum met, the flag policy adds nothing.
    const Decision met = decide(flag(simpleMajority()), room(20, 12, true), votes(6, 1, 1));
    CHECK_FALSE(met.quorumFlagged);
    checkLacks(met.explanation, {"quorum"}, {"quorum"});
}

TEST_CASE("Fractions outside the valid range make a qualified majority invalid", "[decisionrules]")
{
    const DecisionRule base = qualified(Cast, 2, 3, AtLeast);
    run({
        {"a negative numerator", withFraction(base, {-1, 2}), room(30, 20), votes(10, 2, 0), Outcome::Invalid, 0, 0,
         false, {"Résultat impossible\u00a0: le seuil -1/2 n'est pas une fraction valable. Rien n'est décidé."},
         {"Onmogelijk resultaat: de drempel -1/2 is geen geldige breuk. Er is niets beslist."}},
        {"a zero denominator", withFraction(base, {1, 0}), room(30, 20), votes(10, 2, 0), Outcome::Invalid, 0, 0, false,
         {"le seuil 1/0 n'est pas une fraction valable"}, {"de drempel 1/0 is geen geldige breuk"}},
        {"zero over zero", withFraction(base, {0, 0}), room(30, 20), votes(10, 2, 0), Outcome::Invalid, 0, 0, false,
         {"0/0"}, {"0/0"}},
        {"a denominator above 100", withFraction(base, {1, 101}), room(30, 20), votes(10, 2, 0), Outcome::Invalid, 0, 0,
         false, {"le seuil 1/101"}, {"de drempel 1/101"}},
        {"101 over 101", withFraction(base, {101, 101}), room(30, 20), votes(10, 2, 0), Outcome::Invalid, 0, 0, false,
         {"101/101"}, {"101/101"}},
        {"a fraction above one", withFraction(base, {3, 2}), room(30, 20), votes(10, 2, 0), Outcome::Invalid, 0, 0,
         false, {"3/2"}, {"3/2"}},
        {"invalid comes before the quorum", withQuorum(withFraction(base, {1, 101}), QuorumPolicy::Refuse),
         room(30, 20, false), votes(10, 2, 0), Outcome::Invalid, 0, 0, false, {"1/101"}, {"1/101"}},
        {"invalid comes before a flagged quorum", withQuorum(withFraction(base, {1, 101}), QuorumPolicy::Flag),
         room(30, 20, false), votes(10, 2, 0), Outcome::Invalid, 0, 0, false, {"1/101"}, {"1/101"}},
        {"100 over 100 is unanimity and valid", withFraction(base, {100, 100}), room(30, 20), votes(20, 0, 0),
         Outcome::Adopted, 20, 20, false, {"au moins 100/100 (20 voix)"}, {"minstens 100/100 was nodig (20 stemmen)"}},
        {"100 over 100 fails with one against", withFraction(base, {100, 100}), room(30, 20), votes(19, 1, 0),
         Outcome::Rejected, 20, 20, false, {"Rejetée"}, {"Verworpen"}},
        {"more than 1 over 100 is valid", qualified(Cast, 1, 100, MoreThan), room(120, 100), votes(1, 99, 0),
         Outcome::Rejected, 100, 2, false, {"plus de 1/100 (2 voix)"}, {"meer dan 1/100 was nodig (2 stemmen)"}},
        {"two of 100 is more than 1 over 100", qualified(Cast, 1, 100, MoreThan), room(120, 100), votes(2, 98, 0),
         Outcome::Adopted, 100, 2, false, {"Adoptée"}, {"Aangenomen"}},
        {"a simple majority ignores its unused fraction", withFraction(simpleMajority(), {0, 0}), room(30, 20),
         votes(5, 3, 0), Outcome::Adopted, 8, 4, false, {"majorité simple"}, {"gewone meerderheid"}},
    });
    run({
        {"an election with a zero denominator", withFraction(election(1), {2, 0}), room(40, 30), ballots(20, 0, {15}),
         Outcome::Invalid, 0, 0, 0, 0, {}, {"le seuil 2/0 n'est pas une fraction valable"},
         {"de drempel 2/0 is geen geldige breuk"}},
    });
}

TEST_CASE("An absolute majority of the members present depends on an odd or even attendance", "[decisionrules]")
{
    const DecisionRule absolute = qualified(Present, 1, 2, MoreThan);
    run({
        {"12 of 23 present", absolute, room(30, 23), votes(12, 10, 1), Outcome::Adopted, 23, 12, false,
         {"Adoptée\u00a0: 12 voix pour sur 23 membres présents ou représentés, il fallait plus de la moitié (12 "
          "voix).",
          "1 abstention compte dans la base, car qui s'abstient est présent."},
         {"Aangenomen: 12 stemmen voor op 23 aanwezige of vertegenwoordigde leden; meer dan de helft was nodig (12 "
          "stemmen).",
          "1 onthouding telt mee in de basis, want wie zich onthoudt, is aanwezig."}},
        {"12 of 23 with the others silent", absolute, room(30, 23), votes(12, 0, 0), Outcome::Adopted, 23, 12, false,
         {"12 voix pour sur 23"}, {"12 stemmen voor op 23"}},
        {"11 of 23 with most silent", absolute, room(30, 23), votes(11, 2, 0), Outcome::Rejected, 23, 12, false,
         {"Rejetée\u00a0: 11 voix pour sur 23", "(12 voix)"}, {"Verworpen: 11 stemmen voor op 23", "(12 stemmen)"}},
        {"11 for 11 against of 23", absolute, room(30, 23), votes(11, 11, 1), Outcome::Tie, 23, 12, false,
         {"Égalité, non adoptée\u00a0: 11 voix pour sur 23"}, {"Staking van stemmen, niet aangenomen: 11 stemmen voor op 23"}},
        {"12 of 24 with nobody against", absolute, room(30, 24), votes(12, 0, 0), Outcome::Rejected, 24, 13, false,
         {"Rejetée\u00a0: 12 voix pour sur 24", "(13 voix)", "Contre\u00a0: 0 voix."},
         {"Verworpen: 12 stemmen voor op 24", "(13 stemmen)", "Tegen: 0 stemmen."}},
        {"12 for 12 against of 24", absolute, room(30, 24), votes(12, 12, 0), Outcome::Tie, 24, 13, false,
         {"Égalité, non adoptée"}, {"Staking van stemmen, niet aangenomen"}},
        {"at least half of 24 present", qualified(Present, 1, 2, AtLeast), room(30, 24), votes(12, 0, 0),
         Outcome::Adopted, 24, 12, false, {"au moins la moitié (12 voix)"}, {"minstens de helft was nodig (12 stemmen)"}},
    });
}

TEST_CASE("Subgroup voices under consent adopt only when no subgroup objects", "[decisionrules]")
{
    const DecisionRule consent = method(DecisionMethod::Consent);
    struct Row
    {
        const char *label;
        std::vector<SubgroupInput> groups;
        Outcome outcome;
        int standing;
    };
    const Row table[] = {
        {"every subgroup for", {declared("A", Voice::For), subgroup("B", 4, votes(3, 1, 0))}, Outcome::Adopted, 0},
        {"one declared against", {declared("A", Voice::For), declared("B", Voice::Against)}, Outcome::Rejected, 1},
        {"one counted against", {declared("A", Voice::For), subgroup("C", 4, votes(1, 3, 0))}, Outcome::Rejected, 1},
        {"two against", {declared("A", Voice::For), declared("B", Voice::Against), subgroup("C", 4, votes(1, 3, 0))},
         Outcome::Rejected, 2},
        {"an abstaining subgroup does not object", {declared("A", Voice::For), declared("B", Voice::Abstain)},
         Outcome::Adopted, 0},
        {"nobody present", {subgroup("A", 0, votes(0, 0, 0)), subgroup("B", 0, votes(0, 0, 0))}, Outcome::Incomplete, 0},
    };
    for (const Row &row : table) {
        INFO(row.label);
        const SubgroupDecision d = decideBySubgroups(simpleMajority(), consent, row.groups, true);
        CHECK(d.overall.outcome == row.outcome);
        CHECK_FALSE(d.overall.explanation.fr.isEmpty());
        CHECK_FALSE(d.overall.explanation.nl.isEmpty());
        if (row.outcome == Outcome::Incomplete) {
            checkContains(d.overall.explanation, {"aucun sous-groupe n'est présent"}, {"geen enkele deelgroep is aanwezig"});
            continue;
        }
        // The words never say "nobody objected" when a subgroup voted against.
        if (row.standing > 0)
            CHECK_FALSE(d.overall.explanation.fr.contains(QString::fromUtf8("personne n'a soulevé d'objection")));
    }
}
