// SPDX-License-Identifier: GPL-3.0-or-later
// The decision history across meetings and councils: which votes are decisions, the
// filters (council, theme, period, meeting, full text), the order, what each entry carries,
// and its exports (JSON, the stable interface; Markdown through the document pipeline).

#include "catchqt.h"
#include "decisionhistoryfixture.h"

#include "decisions/history.h"
#include "decisions/historyexport.h"
#include "decisions/votes.h"
#include "documents/renderers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Quorum;
using namespace QuorumTest;
using QuorumTest::s;

namespace {

DecisionHistoryFilter searching(const char *text)
{
    DecisionHistoryFilter filter;
    filter.text = s(text);
    return filter;
}

QJsonObject decisionJson(const QJsonArray &decisions, qint64 voteId)
{
    for (const QJsonValue &value : decisions)
        if (value.toObject().value(s("vote_id")).toInteger() == voteId)
            return value.toObject();
    return {};
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// Every key anywhere in a JSON value.
void collectKeys(const QJsonValue &value, QSet<QString> &keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys.insert(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectKeys(item, keys);
    }
}

} // namespace

TEST_CASE("Only closed votes are decisions and they come by meeting date then opening time", "[decisionhistory]")
{
    HistoryFixture f;
    const QList<qint64> all = f.ids();
    CHECK(all == QList<qint64>({f.votePriorities, f.voteMobility, f.voteBudget, f.voteChair, f.voteCharter, f.voteVoices}));
    CHECK_FALSE(all.contains(f.voteOpen));
    CHECK_FALSE(all.contains(f.voteCancelled));

    // Closing the open vote makes it a decision, in its place in time. (The storage closes
    // a vote only with its time and outcome, and with as many electors as it counted present.)
    REQUIRE(f.db().update(Entity::Vote, f.voteOpen, s("closed_at"), s("2025-03-05T11:10:00Z")).ok());
    REQUIRE(f.db().update(Entity::Vote, f.voteOpen, s("outcome"), s("adopted")).ok());
    REQUIRE(f.db().update(Entity::Vote, f.voteOpen, s("present"), 0).ok());
    REQUIRE(f.db().update(Entity::Vote, f.voteOpen, s("status"), s("closed")).ok());
    CHECK(f.ids()
          == QList<qint64>({f.votePriorities, f.voteMobility, f.voteBudget, f.voteChair, f.voteOpen, f.voteCharter, f.voteVoices}));
}

TEST_CASE("An empty workspace has no history and no themes", "[decisionhistory]")
{
    Fixture f;
    CHECK(decisionHistory(f.workspace->storage()).isEmpty());
    CHECK(decisionThemes(f.workspace->storage(), Language::French).isEmpty());
    const QJsonObject json = decisionHistoryJson({}).object();
    CHECK(json.value(s("format")).toString() == s("quorum-decisions"));
    CHECK(json.value(s("decisions")).toArray().isEmpty());
}

TEST_CASE("The history filters by council and by meeting date", "[decisionhistory]")
{
    HistoryFixture f;
    DecisionHistoryFilter filter;
    filter.councilId = f.councilB;
    CHECK(f.ids(filter) == QList<qint64>({f.votePriorities, f.voteCharter, f.voteVoices}));
    filter.councilId = f.councilId;
    CHECK(f.ids(filter) == QList<qint64>({f.voteMobility, f.voteBudget, f.voteChair}));

    // Two councils met on 13 November 2024.
    DecisionHistoryFilter day;
    day.meetingDate = QDate(2024, 11, 13);
    CHECK(f.ids(day) == QList<qint64>({f.votePriorities, f.voteMobility, f.voteBudget}));
    day.councilId = f.councilId;
    CHECK(f.ids(day) == QList<qint64>({f.voteMobility, f.voteBudget}));
    day.meetingDate = QDate(2024, 11, 14);
    CHECK(f.ids(day).isEmpty());
}

TEST_CASE("The history filters by period with both bounds included", "[decisionhistory]")
{
    HistoryFixture f;
    DecisionHistoryFilter filter;
    filter.from = QDate(2025, 1, 1);
    CHECK(f.ids(filter) == QList<qint64>({f.voteChair, f.voteCharter, f.voteVoices}));
    filter = {};
    filter.to = QDate(2024, 12, 31);
    CHECK(f.ids(filter) == QList<qint64>({f.votePriorities, f.voteMobility, f.voteBudget}));
    filter.from = QDate(2025, 3, 5);
    filter.to = QDate(2025, 3, 5);
    CHECK(f.ids(filter) == QList<qint64>({f.voteChair}));
    filter.from = QDate(2024, 11, 14);
    filter.to = QDate(2025, 3, 4);
    CHECK(f.ids(filter).isEmpty());
    filter.from = QDate(2024, 11, 13);
    filter.to = QDate(2025, 6, 4);
    CHECK(f.ids(filter).size() == 6);
}

TEST_CASE("The history filters by theme in either language whatever the case and accents", "[decisionhistory]")
{
    HistoryFixture f;
    DecisionHistoryFilter filter;
    for (const char *theme : {"Mobilité", "mobilite", "MOBILITEIT", " Mobiliteit "}) {
        filter.theme = s(theme);
        INFO("theme " << theme);
        CHECK(f.ids(filter) == QList<qint64>({f.voteMobility}));
    }
    filter.theme = s("Financiën");
    CHECK(f.ids(filter) == QList<qint64>({f.voteBudget}));
    // A theme is matched whole: part of one is no theme.
    filter.theme = s("Mobi");
    CHECK(f.ids(filter).isEmpty());
    // A decision without a proposal has no theme.
    filter.theme = s("Gouvernance");
    CHECK(f.ids(filter) == QList<qint64>({f.voteCharter}));
    // Themes combine with the other filters.
    filter.councilId = f.councilId;
    CHECK(f.ids(filter).isEmpty());
}

TEST_CASE("The themes offered are those of decided proposals sorted in each language", "[decisionhistory]")
{
    HistoryFixture f;
    // The open vote's theme (Culture) is not offered: choosing it would find nothing.
    CHECK(decisionThemes(f.db(), Language::French) == QStringList({s("Finances"), s("Gouvernance"), s("Mobilité")}));
    CHECK(decisionThemes(f.db(), Language::Dutch) == QStringList({s("Bestuur"), s("Financiën"), s("Mobiliteit")}));
}

TEST_CASE("Full text search ignores case and accents in both languages", "[decisionhistory]")
{
    HistoryFixture f;
    // The proposal's theme and title, typed without accents or in capitals.
    CHECK(f.ids(searching("mobilite")) == QList<qint64>({f.voteMobility}));
    CHECK(f.ids(searching("MOBILITÉ")) == QList<qint64>({f.voteMobility}));
    // An objection's argument, in French and in Dutch.
    CHECK(f.ids(searching("serre")) == QList<qint64>({f.voteMobility}));
    CHECK(f.ids(searching("KRAP")) == QList<qint64>({f.voteMobility}));
    // A counter-proposal, in Dutch.
    CHECK(f.ids(searching("uitstellen")) == QList<qint64>({f.voteMobility}));
    // The rationale, the vote's own and the proposal's.
    CHECK(f.ids(searching("beheerd")) == QList<qint64>({f.voteBudget}));
    CHECK(f.ids(searching("GÉRÉ budget")) == QList<qint64>({f.voteBudget}));
    CHECK(f.ids(searching("familles")) == QList<qint64>({f.voteMobility}));
    // The council's name, and an option of a dot vote.
    CHECK(f.ids(searching("sante mentale")) == QList<qint64>({f.votePriorities, f.voteCharter, f.voteVoices}));
    CHECK(f.ids(searching("huisvesting")) == QList<qint64>({f.votePriorities}));
    // A withdrawn objection and its counter-proposal are part of the record.
    CHECK(f.ids(searching("aidants")) == QList<qint64>({f.voteCharter}));
    CHECK(f.ids(searching("herschreven")) == QList<qint64>({f.voteCharter}));
    // Typographic apostrophes match straight ones, and œ matches oe.
    CHECK(f.ids(searching("l’article")) == QList<qint64>({f.voteCharter}));
    CHECK(searchFolded(s("Œuvre À L’ÉTÉ")) == s("oeuvre a l'ete"));
    CHECK(searchFolded(s("Financiën\u00a0ﬁnale\tStraße")) == s("financien finale strasse"));
    // A vote not closed is never found, whatever its words.
    CHECK(f.ids(searching("culturelles")).isEmpty());
    CHECK(f.ids(searching("annulé")).isEmpty());
}

TEST_CASE("Every word of a search must match somewhere in the entry", "[decisionhistory]")
{
    HistoryFixture f;
    // Both words in one entry, in different texts (the question and the objection).
    CHECK(f.ids(searching("groupe calendrier")) == QList<qint64>({f.voteMobility}));
    // Each word alone matches, but in different decisions: nothing has both.
    REQUIRE(f.ids(searching("calendrier")) == QList<qint64>({f.voteMobility}));
    REQUIRE(f.ids(searching("logement")) == QList<qint64>({f.votePriorities}));
    CHECK(f.ids(searching("calendrier logement")).isEmpty());
    // Punctuation around words and extra spaces do not count; an empty search finds all.
    CHECK(f.ids(searching("  « calendrier »,   serré. ")) == QList<qint64>({f.voteMobility}));
    CHECK(f.ids(searching("   ")).size() == 6);
    // Search and filters combine.
    DecisionHistoryFilter filter = searching("mentale");
    CHECK(f.ids(filter) == QList<qint64>({f.votePriorities, f.voteCharter, f.voteVoices}));
    filter.from = QDate(2025, 1, 1);
    CHECK(f.ids(filter) == QList<qint64>({f.voteCharter, f.voteVoices}));
    filter.text = s("mentale samedi");
    CHECK(f.ids(filter) == QList<qint64>({f.voteVoices}));
    filter.councilId = f.councilId;
    CHECK(f.ids(filter).isEmpty());
}

TEST_CASE("The explanation is searched and is the vote's own count", "[decisionhistory]")
{
    HistoryFixture f;
    for (const qint64 vote : {f.voteMobility, f.voteBudget, f.voteChair, f.votePriorities, f.voteCharter, f.voteVoices}) {
        const Result<VoteCount> count = countVote(f.db(), vote);
        REQUIRE(count.ok());
        const DecisionHistoryEntry e = f.entry(vote);
        CHECK_FALSE(e.explanation.fr.isEmpty());
        CHECK_FALSE(e.explanation.nl.isEmpty());
        CHECK(e.explanation == count.value().explanation());
        CHECK(e.outcome == outcomeCode(count.value().outcome()));
    }
    // A word found only in an explanation: the longest word of the chair's, not elsewhere.
    const DecisionHistoryEntry chair = f.entry(f.voteChair);
    QString longest;
    for (const QString &word : searchFolded(chair.explanation.fr).split(u' ', Qt::SkipEmptyParts))
        if (word.size() > longest.size() && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); }))
            longest = word;
    REQUIRE(longest.size() >= 5);
    CHECK(f.ids(searching(longest.toUtf8().constData())).contains(f.voteChair));
}

TEST_CASE("An entry carries its meeting and question and rule and numbers and proposal and objections", "[decisionhistory]")
{
    HistoryFixture f;
    const DecisionHistoryEntry e = f.entry(f.voteMobility);
    CHECK(e.councilId == f.councilId);
    CHECK(e.councilName == both("Conseil", "Raad"));
    CHECK(e.meetingId == f.meetingId);
    CHECK(e.meetingDate == QDate(2024, 11, 13));
    CHECK(e.sessionNumber == 12);
    CHECK(e.itemTitle == both("Groupe de travail", "Werkgroep"));
    CHECK(e.question == both("Créer le groupe Mobilité ?", "De werkgroep Mobiliteit oprichten?"));
    CHECK(e.mode == s("hands"));
    CHECK(e.method == DecisionMethod::Majority);
    CHECK(e.ruleCode == s("majority base=cast threshold=simple abstentions=excluded quorum=refuse"));
    CHECK(e.ruleWords == describeRule(parseRuleCode(e.ruleCode).value()));
    CHECK(e.subgroupRuleCode.isEmpty());
    CHECK(e.openedAt == QDateTime(QDate(2024, 11, 13), QTime(10, 0), QTimeZone::utc()));
    CHECK(e.closedAt == QDateTime(QDate(2024, 11, 13), QTime(10, 10), QTimeZone::utc()));
    CHECK(e.outcome == s("adopted"));
    CHECK(e.numbers.members == 15);
    CHECK(e.numbers.present == 11);
    CHECK(e.numbers.quorumMet);
    CHECK(e.numbers.forVotes == 8);
    CHECK(e.numbers.against == 2);
    CHECK(e.numbers.abstain == 1);
    CHECK(e.numbers.options.isEmpty());
    // No rationale of its own: the proposal's.
    CHECK(e.rationale == both("Les déplacements pèsent sur les familles.", "Verplaatsingen wegen op gezinnen."));
    REQUIRE(e.proposal.has_value());
    CHECK(e.proposal->id == f.mobility);
    CHECK(e.proposal->title == both("Créer un groupe de travail Mobilité", "Een werkgroep Mobiliteit oprichten"));
    CHECK(e.proposal->text == both("Le groupe se réunit chaque mois.", "De groep komt maandelijks samen."));
    CHECK(e.proposal->theme == both("Mobilité", "Mobiliteit"));
    CHECK(e.proposal->status == s("adopted"));
    REQUIRE(e.proposal->author.has_value());
    CHECK(e.proposal->author->kind == DecisionAuthor::Kind::Person);
    CHECK(e.proposal->author->name == both("Éloïse Dupré", "Éloïse Dupré"));
    REQUIRE(e.objections.size() == 1);
    const DecisionObjection &o = e.objections.first();
    CHECK(o.argument == both("Le calendrier est trop serré", "De planning is te krap"));
    CHECK(o.status == s("resolved"));
    REQUIRE(o.author.has_value());
    CHECK(o.author->name.fr == s("Jan Peeters"));
    CHECK(o.counterProposal.id == f.counter);
    CHECK(o.counterProposal.title == both("Reporter à septembre", "Uitstellen tot september"));
    CHECK(o.counterProposal.text == both("Attendre la rentrée.", "Wachten tot na de zomer."));
    CHECK(o.counterProposal.status == s("rejected"));

    // Its own rationale wins over the proposal's.
    CHECK(f.entry(f.voteBudget).rationale == both("Un budget géré par les participant·e·s.", "Een budget beheerd door de deelnemers."));
}

TEST_CASE("Elections and dot votes and consent keep their own numbers", "[decisionhistory]")
{
    HistoryFixture f;
    const DecisionHistoryEntry chair = f.entry(f.voteChair);
    CHECK(chair.method == DecisionMethod::Election);
    CHECK(chair.mode == s("secret"));
    CHECK_FALSE(chair.proposal.has_value());
    CHECK(chair.numbers.ballots == std::optional<int>(11));
    CHECK(chair.numbers.blank == std::optional<int>(1));
    CHECK(chair.numbers.seatsFilled == 1);
    REQUIRE(chair.numbers.options.size() == 2);
    CHECK(chair.numbers.options.at(0).name.fr == s("Amina Benali"));
    CHECK(chair.numbers.options.at(0).votes == 8);
    CHECK(chair.numbers.options.at(0).status == s("elected"));
    CHECK(chair.numbers.options.at(0).seat == 1);
    CHECK(chair.numbers.options.at(1).votes == 3);
    CHECK(chair.numbers.options.at(1).status == s("not_qualified"));

    const DecisionHistoryEntry dots = f.entry(f.votePriorities);
    CHECK(dots.method == DecisionMethod::Priority);
    CHECK(dots.numbers.dotsCast == 15);
    CHECK(dots.numbers.dotsAvailable == 15);
    REQUIRE(dots.numbers.options.size() == 2);
    CHECK(dots.numbers.options.at(0).name == both("Logement", "Huisvesting"));
    CHECK(dots.numbers.options.at(0).rank == 1);
    CHECK(dots.numbers.options.at(1).name == both("Emploi", "Werk"));
    CHECK(dots.numbers.options.at(1).rank == 2);

    const DecisionHistoryEntry consent = f.entry(f.voteCharter);
    CHECK(consent.method == DecisionMethod::Consent);
    CHECK(consent.numbers.standingObjections == 0);
    CHECK(consent.numbers.settledObjections == 1);
    REQUIRE(consent.objections.size() == 1);
    CHECK(consent.objections.first().status == s("withdrawn"));
    REQUIRE(consent.objections.first().author.has_value());
    CHECK(consent.objections.first().author->kind == DecisionAuthor::Kind::Subgroup);
    CHECK(consent.objections.first().author->name == both("Professionnels", "Professionals"));
    REQUIRE(consent.proposal.has_value());
    REQUIRE(consent.proposal->author.has_value());
    CHECK(consent.proposal->author->kind == DecisionAuthor::Kind::Subgroup);

    // Subgroup voices: the council counts one voice per subgroup.
    const DecisionHistoryEntry voices = f.entry(f.voteVoices);
    CHECK(voices.method == DecisionMethod::Majority);
    CHECK(voices.subgroupRuleCode == s("consensus quorum=flag"));
    CHECK(voices.subgroupRuleWords == describeRule(parseRuleCode(s("consensus quorum=flag")).value()));
    CHECK(voices.outcome == s("adopted"));
    REQUIRE(voices.numbers.subgroups.size() == 2);
    CHECK(voices.numbers.subgroups.at(0).name == both("Professionnels", "Professionals"));
    CHECK(voices.numbers.subgroups.at(0).voice == s("for"));
    CHECK(voices.numbers.subgroups.at(1).name == both("Usagers", "Gebruikers"));
    CHECK(voices.numbers.subgroups.at(1).voice == s("abstain"));
    CHECK(voices.numbers.forVotes == 1);
    CHECK(voices.numbers.against == 0);
    CHECK(voices.numbers.abstain == 1);
}

TEST_CASE("The JSON history has a stable layout with bilingual texts and codes", "[decisionhistory]")
{
    HistoryFixture f;
    const QList<DecisionHistoryEntry> entries = decisionHistory(f.db());
    const QJsonObject root = decisionHistoryJson(entries).object();
    CHECK(keysOf(root) == QStringList({s("decisions"), s("format"), s("version")}));
    CHECK(root.value(s("format")).toString() == s("quorum-decisions"));
    CHECK(root.value(s("version")).toInt() == 1);
    const QJsonArray decisions = root.value(s("decisions")).toArray();
    REQUIRE(decisions.size() == 6);
    // In the history's order.
    CHECK(decisions.at(0).toObject().value(s("vote_id")).toInteger() == f.votePriorities);
    CHECK(decisions.at(4).toObject().value(s("vote_id")).toInteger() == f.voteCharter);
    CHECK(decisions.at(5).toObject().value(s("vote_id")).toInteger() == f.voteVoices);

    const QJsonObject d = decisionJson(decisions, f.voteMobility);
    CHECK(keysOf(d) == QStringList({s("agenda_item"), s("closed_at"), s("council"), s("explanation"), s("meeting"), s("mode"),
                                    s("numbers"), s("objections"), s("opened_at"), s("outcome"), s("proposal"), s("question"),
                                    s("rationale"), s("rule"), s("subgroup_rule"), s("vote_id")}));
    CHECK(d.value(s("council")).toObject().value(s("id")).toInteger() == f.councilId);
    CHECK(d.value(s("council")).toObject().value(s("name")).toObject().value(s("nl")).toString() == s("Raad"));
    const QJsonObject meeting = d.value(s("meeting")).toObject();
    CHECK(meeting.value(s("id")).toInteger() == f.meetingId);
    CHECK(meeting.value(s("date")).toString() == s("2024-11-13"));
    CHECK(meeting.value(s("session_number")).toInt() == 12);
    CHECK(d.value(s("agenda_item")).toObject().value(s("title")).toObject().value(s("fr")).toString() == s("Groupe de travail"));
    CHECK(d.value(s("question")).toObject().value(s("fr")).toString() == s("Créer le groupe Mobilité ?"));
    CHECK(d.value(s("question")).toObject().value(s("nl")).toString() == s("De werkgroep Mobiliteit oprichten?"));
    CHECK(d.value(s("mode")).toString() == s("hands"));
    const QJsonObject rule = d.value(s("rule")).toObject();
    CHECK(rule.value(s("code")).toString() == s("majority base=cast threshold=simple abstentions=excluded quorum=refuse"));
    CHECK(rule.value(s("method")).toString() == s("majority"));
    CHECK(rule.value(s("description")).toObject().value(s("fr")).toString() == entries.at(1).ruleWords.fr);
    CHECK(d.value(s("subgroup_rule")).isNull());
    CHECK(d.value(s("opened_at")).toString() == s("2024-11-13T10:00:00Z"));
    CHECK(d.value(s("closed_at")).toString() == s("2024-11-13T10:10:00Z"));
    CHECK(d.value(s("outcome")).toString() == s("adopted"));
    CHECK(d.value(s("explanation")).toObject().value(s("fr")).toString() == entries.at(1).explanation.fr);
    CHECK(d.value(s("explanation")).toObject().value(s("nl")).toString() == entries.at(1).explanation.nl);
    CHECK(d.value(s("rationale")).toObject().value(s("nl")).toString() == s("Verplaatsingen wegen op gezinnen."));

    const QJsonObject numbers = d.value(s("numbers")).toObject();
    CHECK(keysOf(numbers)
          == QStringList({s("abstain"), s("against"), s("ballots"), s("base"), s("blank"), s("candidates"), s("dots_available"),
                          s("dots_cast"), s("evident"), s("for"), s("members"), s("objections_settled"), s("objections_standing"),
                          s("options"), s("present"), s("quorum_flagged"), s("quorum_met"), s("required"), s("seats_filled"),
                          s("seats_undecided"), s("subgroups")}));
    CHECK(numbers.value(s("members")).toInt() == 15);
    CHECK(numbers.value(s("present")).toInt() == 11);
    CHECK(numbers.value(s("quorum_met")).toBool());
    CHECK(numbers.value(s("for")).toInt() == 8);
    CHECK(numbers.value(s("against")).toInt() == 2);
    CHECK(numbers.value(s("abstain")).toInt() == 1);
    CHECK(numbers.value(s("base")).toInt() == entries.at(1).numbers.base);
    CHECK(numbers.value(s("required")).toInt() == entries.at(1).numbers.required);
    // What does not apply to a majority vote is null or empty, never a made-up zero.
    CHECK(numbers.value(s("seats_filled")).isNull());
    CHECK(numbers.value(s("dots_cast")).isNull());
    CHECK(numbers.value(s("objections_standing")).isNull());
    CHECK(numbers.value(s("ballots")).isNull());
    CHECK(numbers.value(s("candidates")).toArray().isEmpty());

    const QJsonObject proposal = d.value(s("proposal")).toObject();
    CHECK(keysOf(proposal) == QStringList({s("author"), s("id"), s("status"), s("text"), s("theme"), s("title")}));
    CHECK(proposal.value(s("id")).toInteger() == f.mobility);
    CHECK(proposal.value(s("theme")).toObject().value(s("fr")).toString() == s("Mobilité"));
    CHECK(proposal.value(s("status")).toString() == s("adopted"));
    CHECK(proposal.value(s("author")).toObject().value(s("kind")).toString() == s("person"));
    CHECK(proposal.value(s("author")).toObject().value(s("name")).toObject().value(s("fr")).toString() == s("Éloïse Dupré"));
    const QJsonArray objections = d.value(s("objections")).toArray();
    REQUIRE(objections.size() == 1);
    const QJsonObject objection = objections.at(0).toObject();
    CHECK(keysOf(objection) == QStringList({s("argument"), s("author"), s("counter_proposal"), s("id"), s("status")}));
    CHECK(objection.value(s("argument")).toObject().value(s("nl")).toString() == s("De planning is te krap"));
    CHECK(objection.value(s("status")).toString() == s("resolved"));
    const QJsonObject counter = objection.value(s("counter_proposal")).toObject();
    CHECK(counter.value(s("id")).toInteger() == f.counter);
    CHECK(counter.value(s("title")).toObject().value(s("nl")).toString() == s("Uitstellen tot september"));
    CHECK(counter.value(s("status")).toString() == s("rejected"));

    // An election: candidates with their counts and results; no proposal.
    const QJsonObject chair = decisionJson(decisions, f.voteChair);
    CHECK(chair.value(s("proposal")).isNull());
    CHECK(chair.value(s("mode")).toString() == s("secret"));
    CHECK(chair.value(s("rule")).toObject().value(s("method")).toString() == s("election"));
    const QJsonObject chairNumbers = chair.value(s("numbers")).toObject();
    CHECK(chairNumbers.value(s("for")).isNull());
    CHECK(chairNumbers.value(s("ballots")).toInt() == 11);
    CHECK(chairNumbers.value(s("blank")).toInt() == 1);
    CHECK(chairNumbers.value(s("seats_filled")).toInt() == 1);
    const QJsonArray candidates = chairNumbers.value(s("candidates")).toArray();
    REQUIRE(candidates.size() == 2);
    CHECK(keysOf(candidates.at(0).toObject()) == QStringList({s("name"), s("seat"), s("status"), s("votes")}));
    CHECK(candidates.at(0).toObject().value(s("status")).toString() == s("elected"));
    CHECK(candidates.at(0).toObject().value(s("seat")).toInt() == 1);
    CHECK(candidates.at(0).toObject().value(s("votes")).toInt() == 8);
    CHECK(candidates.at(1).toObject().value(s("seat")).isNull());

    // A dot vote: options ranked.
    const QJsonArray options = decisionJson(decisions, f.votePriorities).value(s("numbers")).toObject().value(s("options")).toArray();
    REQUIRE(options.size() == 2);
    CHECK(keysOf(options.at(0).toObject()) == QStringList({s("dots"), s("name"), s("rank"), s("tied")}));
    CHECK(options.at(0).toObject().value(s("dots")).toInt() == 9);
    CHECK(options.at(0).toObject().value(s("rank")).toInt() == 1);

    // Consent: the objections counted; the subgroup as author.
    const QJsonObject consent = decisionJson(decisions, f.voteCharter);
    CHECK(consent.value(s("numbers")).toObject().value(s("objections_settled")).toInt() == 1);
    CHECK(consent.value(s("numbers")).toObject().value(s("for")).isNull());
    CHECK(consent.value(s("objections")).toArray().at(0).toObject().value(s("author")).toObject().value(s("kind")).toString()
          == s("subgroup"));

    // Subgroup voices: the rule inside each subgroup, and each voice.
    const QJsonObject voices = decisionJson(decisions, f.voteVoices);
    CHECK(voices.value(s("subgroup_rule")).toObject().value(s("code")).toString() == s("consensus quorum=flag"));
    CHECK(voices.value(s("subgroup_rule")).toObject().value(s("method")).toString() == s("consensus"));
    const QJsonObject voiceNumbers = voices.value(s("numbers")).toObject();
    CHECK(voiceNumbers.value(s("for")).toInt() == 1);
    CHECK(voiceNumbers.value(s("abstain")).toInt() == 1);
    const QJsonArray subgroups = voiceNumbers.value(s("subgroups")).toArray();
    REQUIRE(subgroups.size() == 2);
    CHECK(keysOf(subgroups.at(0).toObject()) == QStringList({s("name"), s("outcome"), s("voice")}));
    CHECK(subgroups.at(0).toObject().value(s("name")).toObject().value(s("nl")).toString() == s("Professionals"));
    CHECK(subgroups.at(0).toObject().value(s("voice")).toString() == s("for"));
    CHECK(subgroups.at(1).toObject().value(s("voice")).toString() == s("abstain"));
}

TEST_CASE("The JSON history never names who voted what or who could vote", "[decisionhistory]")
{
    HistoryFixture f;
    // The named vote's ballots exist in the workspace…
    REQUIRE(f.db().records(Entity::Ballot, f.voteBudget).size() == 3);
    REQUIRE(f.db().records(Entity::VoteElector, f.voteBudget).size() == 3);
    const QJsonDocument document = decisionHistoryJson(decisionHistory(f.db()));
    const QByteArray bytes = document.toJson();
    // …but the history carries only their count.
    CHECK_FALSE(bytes.contains("Zoë"));
    CHECK_FALSE(bytes.contains("Secretvoter"));
    CHECK_FALSE(bytes.contains("Stillvoter"));
    QSet<QString> keys;
    collectKeys(document.object(), keys);
    for (const char *personal : {"ballot", "choice", "elector", "electors", "person_id", "proxy_id", "voters"})
        CHECK_FALSE(keys.contains(s(personal)));
    const QJsonObject budget = decisionJson(document.object().value(s("decisions")).toArray(), f.voteBudget);
    CHECK(budget.value(s("mode")).toString() == s("named"));
    CHECK(budget.value(s("numbers")).toObject().value(s("for")).toInt() == 2);
    CHECK(budget.value(s("numbers")).toObject().value(s("against")).toInt() == 1);
    // The same holds for the document.
    const QByteArray md = renderMarkdown(decisionHistoryDocument(decisionHistory(f.db())), DocumentLanguages::Both);
    CHECK_FALSE(md.contains("Secretvoter"));
    CHECK_FALSE(md.contains("Stillvoter"));
}

TEST_CASE("The JSON history is written atomically and never over a workspace", "[decisionhistory]")
{
    HistoryFixture f;
    const QList<DecisionHistoryEntry> entries = decisionHistory(f.db());
    const QString out = f.path(s("history.json"));
    REQUIRE(writeFile(out, "an older export"));
    REQUIRE(writeDecisionHistoryJson(entries, out).ok());
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(readFile(out), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(read == decisionHistoryJson(entries));
    // The workspace itself is refused and left as it was.
    const QByteArray before = readFile(f.path(s("test.quorum")));
    const Result<void> refused = writeDecisionHistoryJson(entries, f.path(s("test.quorum")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(s("workspace")));
    CHECK(readFile(f.path(s("test.quorum"))) == before);
}

TEST_CASE("The history document shows each decision with its explanation and objections", "[decisionhistory]")
{
    HistoryFixture f;
    DecisionHistoryFilter filter;
    filter.councilId = f.councilId;
    const QList<DecisionHistoryEntry> entries = decisionHistory(f.db(), filter);
    REQUIRE(entries.size() == 3);
    const Document document = decisionHistoryDocument(entries, filter);
    CHECK(document.title == DocText{s("Historique des décisions"), s("Beslissingsgeschiedenis")});
    CHECK(document.author == DocText{s("Conseil"), s("Raad")});

    // Markdown escapes punctuation with backslashes: compare without them.
    const QString both = QString::fromUtf8(renderMarkdown(document, DocumentLanguages::Both)).remove(u'\\');
    CHECK(both.startsWith(s("# Historique des décisions / Beslissingsgeschiedenis")));
    CHECK(both.contains(s("3 décisions")));
    for (const DecisionHistoryEntry &e : entries) {
        INFO("vote " << e.voteId);
        CHECK(both.contains(frenchTypography(e.question.fr))); // documents set French as French is set
        CHECK(both.contains(e.explanation.fr));
        CHECK(both.contains(e.explanation.nl));
        CHECK(both.contains(e.ruleWords.fr));
    }
    CHECK(both.contains(s("Objections et contre-propositions")));
    CHECK(both.contains(s("Le calendrier est trop serré")));
    CHECK(both.contains(s("Reporter à septembre")));
    CHECK(both.contains(s("Les déplacements pèsent sur les familles.")));
    CHECK(both.contains(s("Amina Benali")));
    CHECK(both.contains(s("13 novembre 2024")));

    // One language: only its words.
    const QString dutch = QString::fromUtf8(renderMarkdown(document, DocumentLanguages::Dutch)).remove(u'\\');
    CHECK(dutch.startsWith(s("# Beslissingsgeschiedenis")));
    CHECK(dutch.contains(entries.first().explanation.nl));
    CHECK(dutch.contains(s("Bezwaren en tegenvoorstellen")));
    CHECK_FALSE(dutch.contains(s("Objections et contre-propositions")));
    CHECK_FALSE(dutch.contains(entries.first().explanation.fr));

    // Nothing found: said so.
    const QString empty = QString::fromUtf8(renderMarkdown(decisionHistoryDocument({}, searching("introuvable")), DocumentLanguages::French));
    CHECK(empty.contains(s("Aucune décision ne correspond à ces critères.")));
    CHECK(empty.contains(s("introuvable")));
}

TEST_CASE("Narrowing decisions already read gives what a full read with the same words gives", "[decisionhistory]")
{
    HistoryFixture f;
    const QList<DecisionHistoryEntry> all = decisionHistory(f.db());
    auto ids = [](const QList<DecisionHistoryEntry> &entries) {
        QList<qint64> result;
        for (const DecisionHistoryEntry &e : entries)
            result << e.voteId;
        return result;
    };
    const QStringList queries = {s(""), s("charte"), s("CHARTE handvest"), s("mobilite"), s("nothing-like-this"), s("e")};
    for (const QString &query : queries) {
        INFO(query.toStdString());
        DecisionHistoryFilter filter;
        filter.text = query;
        CHECK(ids(refineDecisions(all, query, QString())) == ids(decisionHistory(f.db(), filter)));
    }
    for (const QString &theme : decisionThemes(f.db(), Language::French)) {
        INFO(theme.toStdString());
        DecisionHistoryFilter filter;
        filter.theme = theme;
        const QList<qint64> narrowed = ids(refineDecisions(all, QString(), theme));
        CHECK_FALSE(narrowed.isEmpty());
        CHECK(narrowed == ids(decisionHistory(f.db(), filter)));
    }
    CHECK(refineDecisions(all, s("nothing-like-this"), QString()).isEmpty());
}
