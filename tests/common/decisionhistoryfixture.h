// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A workspace with a history of decisions across two councils and four meetings, built
// record by record: for the history's tests (core) and for the decisions command (cli).

#include "catchqt.h"
#include "testworkspace.h"

#include "decisions/decisionindex.h"
#include "decisions/history.h"

namespace QuorumTest {

using Quorum::BilingualText;
using Quorum::Database;
using Quorum::DecisionHistoryEntry;
using Quorum::DecisionHistoryFilter;
using Quorum::Entity;
using Quorum::Record;
using Quorum::Result;

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

inline BilingualText both(const char *fr, const char *nl)
{
    return {s(fr), s(nl)};
}

// Two councils, four meetings (two of them on the same day), five decisions, one open and
// one cancelled vote:
//   13 Nov 2024  council B  09:00  dot vote on priorities (Logement, Emploi)        closed
//   13 Nov 2024  council A  10:00  majority, hands: working group Mobilité          closed, one objection
//   13 Nov 2024  council A  10:30  majority, named: participatory budget            closed, named ballots
//    5 Mar 2025  council A  10:00  election of the chair, secret                    closed
//    5 Mar 2025  council A  11:00  culture proposal                                 still open
//    5 Mar 2025  council A  11:30  a cancelled vote                                 cancelled
//    4 Jun 2025  council B  14:00  consent on the participation charter             closed, objection withdrawn
//    4 Jun 2025  council B  14:30  majority of subgroup voices on the meeting hours  closed, voices declared
struct HistoryFixture : Fixture
{
    qint64 councilB = 0;
    qint64 meetingA2 = 0;
    qint64 meetingB1 = 0;
    qint64 meetingB2 = 0;
    qint64 eloise = 0;
    qint64 jan = 0;
    qint64 zoe = 0;    // votes by name; never published
    qint64 victor = 0; // votes by name; never published
    qint64 professionals = 0;
    qint64 users = 0;
    qint64 mobility = 0;
    qint64 counter = 0;
    qint64 budget = 0;
    qint64 charter = 0;
    qint64 culture = 0;
    qint64 voteMobility = 0;
    qint64 voteBudget = 0;
    qint64 voteChair = 0;
    qint64 voteOpen = 0;
    qint64 voteCancelled = 0;
    qint64 votePriorities = 0;
    qint64 voteCharter = 0;
    qint64 voteVoices = 0;

    Database &db() { return workspace->storage(); }

    qint64 add(const Record &record)
    {
        const Result<qint64> id = db().insert(record);
        INFO("insert: " << id.error().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    qint64 addMeeting(qint64 council, const char *date, int session)
    {
        return add(Record(Entity::Meeting, {{s("council_id"), council}, {s("date"), s(date)}, {s("session_number"), session}}));
    }

    qint64 addItem(qint64 meeting, const char *fr, const char *nl)
    {
        Record item(Entity::AgendaItem, {{s("meeting_id"), meeting}, {s("kind"), s("decision")}});
        item.setBilingual(s("title"), both(fr, nl));
        return add(item);
    }

    qint64 addPerson(const char *name)
    {
        return add(Record(Entity::Person, {{s("name"), s(name)}}));
    }

    qint64 addProposal(qint64 item, BilingualText title, BilingualText text, BilingualText theme, const char *status,
                       QVariantMap more = {})
    {
        Record proposal(Entity::Proposal, std::move(more));
        proposal.values.insert(s("agenda_item_id"), item);
        proposal.values.insert(s("status"), s(status));
        proposal.setBilingual(s("title"), title);
        proposal.setBilingual(s("text"), text);
        proposal.setBilingual(s("theme"), theme);
        return add(proposal);
    }

    qint64 addVote(qint64 item, qint64 proposal, BilingualText title, const char *mode, const char *rule, const char *status,
                   const char *openedAt, QVariantMap more = {})
    {
        Record vote(Entity::Vote, std::move(more));
        vote.values.insert(s("agenda_item_id"), item);
        if (proposal)
            vote.values.insert(s("proposal_id"), proposal);
        vote.values.insert(s("mode"), s(mode));
        vote.values.insert(s("rule"), s(rule));
        vote.values.insert(s("status"), s(status));
        vote.values.insert(s("opened_at"), s(openedAt));
        vote.setBilingual(s("title"), title);
        return add(vote);
    }

    void addTally(qint64 vote, qint64 option, int forVotes, int against, int abstain)
    {
        Record tally(Entity::VoteTally, {{s("vote_id"), vote}, {s("votes_for"), forVotes}, {s("votes_against"), against},
                                         {s("votes_abstain"), abstain}});
        if (option)
            tally.values.insert(s("option_id"), option);
        add(tally);
    }

    qint64 addOption(qint64 vote, const char *fr, const char *nl)
    {
        Record option(Entity::VoteOption, {{s("vote_id"), vote}});
        option.setBilingual(s("name"), both(fr, nl));
        return add(option);
    }

    HistoryFixture()
    {
        // Council A is the fixture's ("Conseil" / "Raad"), its meeting of 13 November 2024.
        REQUIRE(db().update(Entity::Meeting, meetingId, s("session_number"), 12).ok());
        Record b(Entity::Council, {{s("kind"), s("care")}});
        b.setBilingual(s("name"), both("Conseil de la santé mentale", "Raad voor geestelijke gezondheid"));
        councilB = add(b);
        meetingA2 = addMeeting(councilId, "2025-03-05", 13);
        meetingB1 = addMeeting(councilB, "2024-11-13", 4);
        meetingB2 = addMeeting(councilB, "2025-06-04", 5);
        eloise = addPerson("Éloïse Dupré");
        jan = addPerson("Jan Peeters");
        zoe = addPerson("Zoë Secretvoter");
        victor = addPerson("Victor Stillvoter");
        Record subgroup(Entity::Subgroup, {{s("council_id"), councilB}});
        subgroup.setBilingual(s("name"), both("Professionnels", "Professionals"));
        professionals = add(subgroup);
        subgroup.setBilingual(s("name"), both("Usagers", "Gebruikers"));
        users = add(subgroup);

        // 13 November 2024, council A: the mobility working group, with an objection and its
        // counter-proposal, then the participatory budget by named vote.
        const qint64 itemA1 = addItem(meetingId, "Groupe de travail", "Werkgroep");
        mobility = addProposal(itemA1, both("Créer un groupe de travail Mobilité", "Een werkgroep Mobiliteit oprichten"),
                               both("Le groupe se réunit chaque mois.", "De groep komt maandelijks samen."),
                               both("Mobilité", "Mobiliteit"), "adopted",
                               {{s("author_id"), eloise},
                                {s("rationale_fr"), s("Les déplacements pèsent sur les familles.")},
                                {s("rationale_nl"), s("Verplaatsingen wegen op gezinnen.")}});
        counter = addProposal(itemA1, both("Reporter à septembre", "Uitstellen tot september"),
                              both("Attendre la rentrée.", "Wachten tot na de zomer."), both("Mobilité", "Mobiliteit"),
                              "rejected");
        Record objection(Entity::Objection, {{s("proposal_id"), mobility}, {s("counter_proposal_id"), counter},
                                             {s("author_id"), jan}, {s("status"), s("resolved")}});
        objection.setBilingual(s("argument"), both("Le calendrier est trop serré", "De planning is te krap"));
        add(objection);
        voteMobility = addVote(itemA1, mobility, both("Créer le groupe Mobilité ?", "De werkgroep Mobiliteit oprichten?"), "hands",
                               "majority base=cast threshold=simple abstentions=excluded quorum=refuse", "closed",
                               "2024-11-13T10:00:00Z",
                               {{s("closed_at"), s("2024-11-13T10:10:00Z")}, {s("members"), 15}, {s("present"), 11},
                                {s("outcome"), s("adopted")}});
        addTally(voteMobility, 0, 8, 2, 1);

        const qint64 itemA2 = addItem(meetingId, "Budget", "Begroting");
        budget = addProposal(itemA2, both("Budget participatif", "Participatief budget"), {}, both("Finances", "Financiën"),
                             "adopted");
        voteBudget = addVote(itemA2, budget, both("Adopter le budget participatif ?", "Het participatief budget goedkeuren?"),
                             "named", "majority base=cast threshold=simple abstentions=excluded quorum=refuse", "closed",
                             "2024-11-13T10:30:00Z",
                             {{s("closed_at"), s("2024-11-13T10:40:00Z")}, {s("members"), 15}, {s("present"), 11},
                              {s("outcome"), s("adopted")},
                              {s("rationale_fr"), s("Un budget géré par les participant·e·s.")},
                              {s("rationale_nl"), s("Een budget beheerd door de deelnemers.")}});
        // Who voted what: kept in the workspace, never in the published history.
        for (const auto &[person, choice] : {std::pair{zoe, "for"}, std::pair{victor, "against"}, std::pair{eloise, "for"}}) {
            add(Record(Entity::VoteElector, {{s("vote_id"), voteBudget}, {s("person_id"), person}}));
            add(Record(Entity::Ballot, {{s("vote_id"), voteBudget}, {s("person_id"), person}, {s("choice"), s(choice)}}));
        }
        addTally(voteBudget, 0, 2, 1, 0);

        // 5 March 2025, council A: the chair elected by secret ballot; a vote still open, one cancelled.
        const qint64 itemA3 = addItem(meetingA2, "Présidence", "Voorzitterschap");
        voteChair = addVote(itemA3, 0, both("Élection de la présidence", "Verkiezing van het voorzitterschap"), "secret",
                            "election base=cast threshold=1/2 compare=morethan abstentions=excluded quorum=refuse seats=1 ranked=no",
                            "closed", "2025-03-05T10:00:00Z",
                            {{s("closed_at"), s("2025-03-05T10:30:00Z")}, {s("members"), 15}, {s("present"), 12},
                             {s("ballots"), 11}, {s("blank"), 1}, {s("outcome"), s("adopted")}});
        const qint64 amina = addOption(voteChair, "Amina Benali", "Amina Benali");
        const qint64 marc = addOption(voteChair, "Marc Janssens", "Marc Janssens");
        addTally(voteChair, amina, 8, 0, 0);
        addTally(voteChair, marc, 3, 0, 0);

        const qint64 itemA4 = addItem(meetingA2, "Culture", "Cultuur");
        culture = addProposal(itemA4, both("Sorties culturelles", "Culturele uitstappen"), {}, both("Culture", "Cultuur"), "open");
        voteOpen = addVote(itemA4, culture, both("Organiser des sorties culturelles ?", "Culturele uitstappen organiseren?"), "hands",
                           "majority base=cast threshold=simple abstentions=excluded quorum=refuse", "open", "2025-03-05T11:00:00Z",
                           {{s("members"), 15}, {s("present"), 12}});
        addTally(voteOpen, 0, 9, 0, 0);
        voteCancelled = addVote(itemA4, culture, both("Vote annulé sur la mobilité", "Geannuleerde stemming over mobiliteit"),
                                "hands", "majority base=cast threshold=simple abstentions=excluded quorum=refuse", "cancelled",
                                "2025-03-05T11:30:00Z", {{s("members"), 15}, {s("present"), 12}});

        // 13 November 2024, council B, earlier in the day: priorities by dots.
        const qint64 itemB1 = addItem(meetingB1, "Priorités", "Prioriteiten");
        votePriorities = addVote(itemB1, 0, both("Nos priorités pour 2025", "Onze prioriteiten voor 2025"), "hands",
                                 "priority dots=3 quorum=flag", "closed", "2024-11-13T09:00:00Z",
                                 {{s("closed_at"), s("2024-11-13T09:20:00Z")}, {s("members"), 10}, {s("present"), 6},
                                  {s("ballots"), 5}, {s("outcome"), s("adopted")}});
        const qint64 housing = addOption(votePriorities, "Logement", "Huisvesting");
        const qint64 work = addOption(votePriorities, "Emploi", "Werk");
        addTally(votePriorities, housing, 9, 0, 0);
        addTally(votePriorities, work, 6, 0, 0);

        // 4 June 2025, council B: the charter by consent, after an objection was withdrawn.
        const qint64 itemB2 = addItem(meetingB2, "Charte", "Handvest");
        charter = addProposal(itemB2, both("Charte de participation", "Participatiehandvest"),
                              both("Chaque voix compte.", "Elke stem telt."), both("Gouvernance", "Bestuur"), "adopted",
                              {{s("author_subgroup_id"), professionals}});
        const qint64 revised = addProposal(itemB2, both("Charte révisée", "Herzien handvest"), both("Article 3 réécrit.", "Artikel 3 herschreven."),
                                           both("Gouvernance", "Bestuur"), "withdrawn");
        Record withdrawn(Entity::Objection, {{s("proposal_id"), charter}, {s("counter_proposal_id"), revised},
                                             {s("author_subgroup_id"), professionals}, {s("status"), s("withdrawn")}});
        withdrawn.setBilingual(s("argument"), both("L'article 3 exclut les aidants proches", "Artikel 3 sluit mantelzorgers uit"));
        add(withdrawn);
        voteCharter = addVote(itemB2, charter, both("Adopter la charte ?", "Het handvest aannemen?"), "hands", "consent quorum=refuse",
                              "closed", "2025-06-04T14:00:00Z",
                              {{s("closed_at"), s("2025-06-04T14:15:00Z")}, {s("members"), 10}, {s("present"), 7},
                               {s("outcome"), s("adopted")},
                               {s("rationale_fr"), s("Consentement après retrait de l'objection.")},
                               {s("rationale_nl"), s("Consent na intrekking van het bezwaar.")}});

        // Then each subgroup speaks with one voice, declared without counts.
        voteVoices = addVote(itemB2, 0, both("Se réunir le samedi ?", "Op zaterdag vergaderen?"), "hands",
                             "majority base=cast threshold=simple abstentions=excluded quorum=refuse", "closed",
                             "2025-06-04T14:30:00Z",
                             {{s("closed_at"), s("2025-06-04T14:40:00Z")}, {s("members"), 10}, {s("present"), 7},
                              {s("by_subgroup"), 1}, {s("subgroup_rule"), s("consensus quorum=flag")}, {s("outcome"), s("adopted")}});
        add(Record(Entity::VoteTally, {{s("vote_id"), voteVoices}, {s("subgroup_id"), professionals}, {s("voice"), s("for")}}));
        add(Record(Entity::VoteTally, {{s("vote_id"), voteVoices}, {s("subgroup_id"), users}, {s("voice"), s("abstain")}}));
        // Written record by record, as an import does: counted and indexed as an import is.
        refresh();
    }

    void refresh()
    {
        const Result<void> refreshed = Quorum::refreshDecisionRecords(db());
        INFO("refresh: " << refreshed.error().toStdString());
        REQUIRE(refreshed.ok());
    }

    QList<qint64> ids(const DecisionHistoryFilter &filter = {})
    {
        refresh();
        QList<qint64> result;
        for (const DecisionHistoryEntry &entry : decisionHistory(db(), filter))
            result << entry.voteId;
        return result;
    }

    DecisionHistoryEntry entry(qint64 voteId)
    {
        refresh();
        for (const DecisionHistoryEntry &e : decisionHistory(db()))
            if (e.voteId == voteId)
                return e;
        FAIL("vote " << voteId << " is not in the history");
        return {};
    }
};

} // namespace QuorumTest
