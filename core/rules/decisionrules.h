// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "result.h"

#include <QString>

#include <optional>
#include <vector>

namespace Quorum {

// How a council decides: pure functions over plain numbers (no storage, no signals), so
// every boundary is tested in a table (tests/core/tst_decisionrules.cpp). The decisions
// service (core/decisions) feeds them from a workspace; the record keeps the rule's code,
// so a result can be recomputed and checked years later.
//
// Every result carries its explanation in French and Dutch: the numbers, the base and the
// rule in words a member understands. They are part of the record (minutes, history,
// projector), written in the readers' languages whatever the interface language.

enum class DecisionMethod {
    Consent,   // adopted when no objection stands
    Consensus, // everyone agrees or stands aside
    Majority,  // for reaches a threshold of a stated base
    Election,  // candidates to N seats, each must reach a threshold
    Priority,  // each participant spreads K dots over options; a ranking results
};

// What a majority or an election threshold is measured against.
enum class MajorityBase {
    Cast,    // valid votes cast (for + against, plus abstentions when they count as cast)
    Present, // entitled members present or represented when the vote opened
    Members, // all voting members of the council
};

enum class Comparison { AtLeast, MoreThan };

// Whether an abstention (or a blank ballot) is a vote cast. Excluded: it is not, so it is
// out of a "votes cast" base and out of a simple majority. Counted: it is a vote cast, so
// it is in the base and, in effect, weighs against. With a base of members present or of
// all members, abstainers are in the base either way (they are present).
enum class AbstentionPolicy { Excluded, Counted };

// What happens when the council's quorum is not met as the vote opens (per the charter).
enum class QuorumPolicy {
    Refuse, // no vote: the outcome is NoQuorum
    Flag,   // the vote counts, and the record says the quorum was not met
};

struct Fraction
{
    int numerator = 1;
    int denominator = 2;
    friend bool operator==(const Fraction &, const Fraction &) = default;
};
bool validFraction(Fraction f);   // 0 < numerator <= denominator <= 100
QString fractionCode(Fraction f); // "2/3"

struct DecisionRule
{
    DecisionMethod method = DecisionMethod::Majority;
    MajorityBase base = MajorityBase::Cast;
    // Majority: true = simple majority (more for than against; base and comparison do not
    // apply). false = `fraction` of the base, "at least" or "more than" as stated.
    // An absolute majority is {1/2, MoreThan}; two thirds {2/3, AtLeast}.
    // Election: the threshold each candidate must reach is always `fraction` (simple is
    // ignored).
    bool simple = true;
    Fraction fraction;
    Comparison comparison = Comparison::MoreThan;
    AbstentionPolicy abstentions = AbstentionPolicy::Excluded;
    QuorumPolicy quorum = QuorumPolicy::Refuse;
    int seats = 1;       // Election: seats to fill (>= 1)
    bool ranked = false; // Election: seats are ordered (chair, then vice-chair)
    int dots = 3;        // Priority: dots per participant (>= 1)

    friend bool operator==(const DecisionRule &, const DecisionRule &) = default;
};

// The stable text form stored in files and exchanged in JSON (docs/format.md), e.g.
//   "consent", "consensus",
//   "majority base=cast threshold=simple abstentions=excluded quorum=refuse",
//   "majority base=members threshold=2/3 compare=atleast abstentions=counted quorum=flag",
//   "election base=cast threshold=2/3 compare=atleast abstentions=excluded quorum=refuse seats=4 ranked=no",
//   "priority dots=3 quorum=flag".
// The method comes first, then key=value pairs in any order; keys that do not apply to
// the method may be omitted and take the defaults above. ruleCode writes the canonical
// form (every applicable key, in the order above), so parse(code(r)) == r for every valid
// rule, comparing only the keys that apply. Fractions must have 0 < numerator <=
// denominator <= 100.
QString ruleCode(const DecisionRule &rule);
Result<DecisionRule> parseRuleCode(const QString &code); // translated message on failure

// "Majorité des deux tiers des votes exprimés (au moins 2/3)…" / "Tweederdemeerderheid…":
// the rule in one sentence per language, abstentions and quorum policy included.
BilingualText describeRule(const DecisionRule &rule);

// ---- Inputs ----

// Who could vote when the vote opened.
struct Electorate
{
    int members = 0;        // voting members of the council
    int present = 0;        // of them, present or represented
    bool quorumMet = true;  // the council's quorum as the vote opened
};

// What was counted for one question. For consent, `against` is unused: objections are
// counted in `standingObjections` and `settledObjections` (withdrawn or resolved, kept in
// the record). For consensus, for = agree, against = block, abstain = stand aside.
struct Tally
{
    int forVotes = 0;
    int against = 0;
    int abstain = 0;
    bool evident = false; // a show of hands with an evident majority, recorded without counts
    int standingObjections = 0;
    int settledObjections = 0;
};

enum class Outcome {
    Adopted,
    Rejected,
    Tie,        // as many for as against and the rule does not adopt: explicitly not adopted
    NoQuorum,   // refused: the quorum was not met and the charter refuses
    Incomplete, // nothing to decide on yet (no valid vote cast, consensus not everyone heard)
    Invalid,    // impossible numbers (more votes than voters present…); nothing is decided
};

QString outcomeCode(Outcome outcome); // "adopted", "rejected", "tie", "no_quorum", "incomplete", "invalid"
std::optional<Outcome> outcomeFromCode(const QString &code);

struct Decision
{
    Outcome outcome = Outcome::Incomplete;
    int base = 0;              // what the threshold was measured against (0 when not applicable)
    int required = 0;          // the fewest votes for that would have adopted (0 when not applicable)
    bool quorumFlagged = false; // quorum not met, counted anyway because the charter says "flag"
    BilingualText explanation; // outcome, numbers, base and rule, in words
};

// Consent, Consensus and Majority. Election and Priority rules give Invalid here.
// Checks first: impossible numbers (negative, or more votes than present when present > 0)
// give Invalid; then the quorum; then the rule. An evident majority is accepted for
// Majority and Consensus only.
Decision decide(const DecisionRule &rule, const Electorate &electorate, const Tally &tally);

// ---- Subgroup voices ----

// Each subgroup reaches its own result by `inner` (consensus by default), then casts one
// voice; the voices are counted by `outer` with one vote per subgroup. A subgroup whose
// result is Adopted votes for, Rejected against; any other result (tie, incomplete…) is
// an abstention, and the explanation says the subgroup reached no common position.
// A subgroup may also declare its voice directly (it agreed among itself without counts).
enum class Voice { For, Against, Abstain };
QString voiceCode(Voice voice); // "for", "against", "abstain": ballots, tallies, files
std::optional<Voice> voiceFromCode(const QString &code);

struct SubgroupInput
{
    BilingualText name;
    Electorate electorate; // the subgroup's own members and those present
    Tally tally;
    std::optional<Voice> declaredVoice; // when set, the tally is not used
};

struct SubgroupVoice
{
    BilingualText name;
    Voice voice = Voice::Abstain;
    Decision inner; // the subgroup's own result (Incomplete with an explanation when declared)
};

struct SubgroupDecision
{
    std::vector<SubgroupVoice> voices;
    Decision overall; // explanation lists the voices, then the council's result
    BilingualText councilResult; // the council's result alone, for a sentence in the minutes
};

// The outer electorate is built from the subgroups: members = number of subgroups, present
// = subgroups with at least one member present (or with a declared voice); quorumMet is the
// council's.
SubgroupDecision decideBySubgroups(const DecisionRule &inner, const DecisionRule &outer,
                                   const std::vector<SubgroupInput> &subgroups, bool quorumMet);

// ---- Elections ----

struct Candidate
{
    BilingualText name; // a person or a whole delegation
    int votes = 0;      // ballots supporting this candidate (approval: a ballot may support several)
};

struct ElectionInput
{
    std::vector<Candidate> candidates;
    int ballots = 0; // valid ballots cast, blank ones excluded
    int blank = 0;   // blank ballots (abstentions)
};

enum class CandidateStatus {
    Elected,      // has a seat (see seat)
    Qualified,    // reached the threshold, but others with more votes took the seats
    Tied,         // reached the threshold, tied at the cut-off (or for an ordered seat): not decided
    NotQualified, // below the threshold
};

QString candidateStatusCode(CandidateStatus status); // "elected", "qualified", "tied", "not_qualified"

struct CandidateResult
{
    int index = 0; // into ElectionInput::candidates
    int votes = 0;
    CandidateStatus status = CandidateStatus::NotQualified;
    int seat = 0; // 1-based seat when elected (ranked: 1 = chair, 2 = vice-chair…), else 0
};

struct ElectionResult
{
    Outcome outcome = Outcome::Incomplete; // Adopted when every seat is filled, Tie when a tie
                                           // leaves seats undecided, Rejected when nobody
                                           // qualified, NoQuorum/Invalid as for decide()
    int base = 0;
    int required = 0;  // fewest votes a candidate needs
    int seatsFilled = 0;
    int seatsUndecided = 0; // seats a tie leaves open
    bool quorumFlagged = false;
    std::vector<CandidateResult> candidates; // most votes first; equal votes in input order
    BilingualText explanation;
};

// Each candidate must reach `fraction` of the base (`comparison` as stated). When more
// qualify than there are seats, those with most votes win; a tie at the cut-off is
// reported (Tied), never decided silently. With `ranked`, seat order matters, so a tie
// between qualified candidates for any seat up to `seats` is reported too.
// Invalid: a candidate with more votes than ballots, ballots + blank above present (when
// present > 0), seats < 1, no candidates.
ElectionResult elect(const DecisionRule &rule, const Electorate &electorate, const ElectionInput &input);

// ---- Priority (dot) voting ----

struct RankedOption
{
    int index = 0; // into the options
    int dots = 0;
    int rank = 0;  // 1-based; options with equal dots share a rank ("1, 2, 2, 4")
    bool tied = false;
};

struct PriorityResult
{
    Outcome outcome = Outcome::Incomplete; // Adopted when ranked, Incomplete with no dots,
                                           // Invalid / NoQuorum as for decide()
    int dotsCast = 0;
    int dotsAvailable = 0; // participants × rule.dots
    bool quorumFlagged = false;
    std::vector<RankedOption> ranking; // most dots first; equal dots in input order
    BilingualText explanation;
};

// `options[i].votes` are the dots an option received; `participants` those who placed dots.
// Invalid: more dots than participants × K, participants above present (when present > 0),
// negative numbers.
PriorityResult rankByDots(const DecisionRule &rule, const Electorate &electorate,
                          const std::vector<Candidate> &options, int participants);

} // namespace Quorum
