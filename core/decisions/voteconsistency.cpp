// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisions/voteconsistency.h"

#include "decisions/objections.h"
#include "decisions/voteresult.h"
#include "decisions/votes.h"
#include "record.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

#include <map>

namespace Quorum {
namespace {

QString f(const char *name)
{
    return QString::fromLatin1(name);
}

// What a reference must share with the record that holds it.
enum class Scope { Item, Meeting, Council, Vote };

struct ScopedReference
{
    Entity from;
    const char *column;
    Entity to;
    Scope scope;
};

// The references the interface only ever sets within a meeting, a council, an item or a
// vote. An objection's counter-proposal is checked by objectionReferenceProblem, shared
// with the interface's path.
constexpr ScopedReference scopedReferences[] = {
    {Entity::Membership, "subgroup_id", Entity::Subgroup, Scope::Council},
    {Entity::Proposal, "author_subgroup_id", Entity::Subgroup, Scope::Council},
    {Entity::Objection, "author_subgroup_id", Entity::Subgroup, Scope::Council},
    {Entity::Document, "proposal_id", Entity::Proposal, Scope::Meeting},
    {Entity::SessionEvent, "agenda_item_id", Entity::AgendaItem, Scope::Meeting},
    {Entity::SynthesisSection, "workshop_id", Entity::Workshop, Scope::Meeting},
    {Entity::Vote, "proposal_id", Entity::Proposal, Scope::Item},
    {Entity::VoteOption, "proposal_id", Entity::Proposal, Scope::Meeting},
    {Entity::VoteOption, "subgroup_id", Entity::Subgroup, Scope::Council},
    {Entity::VoteElector, "subgroup_id", Entity::Subgroup, Scope::Council},
    {Entity::Ballot, "option_id", Entity::VoteOption, Scope::Vote},
    {Entity::VoteTally, "option_id", Entity::VoteOption, Scope::Vote},
    {Entity::VoteTally, "subgroup_id", Entity::Subgroup, Scope::Council},
    // The ideas board (issue 11): a card of a meeting is said in one of its workshops and
    // grouped into one of its issues; an issue's dot-vote option and proposal stay within the
    // council (they may sit on a later meeting's decision item).
    {Entity::IdeaCard, "workshop_id", Entity::Workshop, Scope::Meeting},
    {Entity::IdeaCard, "issue_id", Entity::IdeaIssue, Scope::Meeting},
    {Entity::IdeaIssue, "vote_option_id", Entity::VoteOption, Scope::Council},
    {Entity::IdeaIssue, "proposal_id", Entity::Proposal, Scope::Council},
};

// The workspace's records that give every other one its place: read once.
class Places
{
public:
    explicit Places(const Database &db)
        : meetings(placesOf(db, Entity::Meeting)), items(placesOf(db, Entity::AgendaItem)),
          proposals(placesOf(db, Entity::Proposal)), workshops(placesOf(db, Entity::Workshop)),
          subgroups(placesOf(db, Entity::Subgroup)), votes(recordsById(db.records(Entity::Vote))),
          options(placesOf(db, Entity::VoteOption)), issues(placesOf(db, Entity::IdeaIssue))
    {
    }

    // Only what places a record (its parents) and names it (a meeting's date), read row by
    // row: fifty years of agenda items are checked without holding their texts.
    static QHash<qint64, Record> placesOf(const Database &db, Entity entity)
    {
        static const QStringList kept{f("council_id"), f("meeting_id"), f("agenda_item_id"), f("proposal_id"), f("vote_id"), f("date")};
        QHash<qint64, Record> result;
        (void)db.forEachRecord(entity, [&](const Record &r) {
            Record slim(entity, {}, r.id);
            for (const QString &column : kept)
                if (const auto it = r.values.constFind(column); it != r.values.cend())
                    slim.values.insert(column, it.value());
            result.insert(r.id, slim);
            return true;
        });
        return result;
    }

    const QHash<qint64, Record> *table(Entity entity) const
    {
        switch (entity) {
        case Entity::Meeting: return &meetings;
        case Entity::AgendaItem: return &items;
        case Entity::Proposal: return &proposals;
        case Entity::Workshop: return &workshops;
        case Entity::Subgroup: return &subgroups;
        case Entity::Vote: return &votes;
        case Entity::VoteOption: return &options;
        case Entity::IdeaIssue: return &issues;
        default: return nullptr;
        }
    }

    // The agenda item, vote, meeting or council a record belongs to (0: none, or unknown).
    qint64 key(Entity entity, const Record &r, Scope scope) const
    {
        switch (entity) {
        case Entity::Meeting: return scope == Scope::Meeting ? r.id : scope == Scope::Council ? r.number(f("council_id")) : 0;
        case Entity::Membership:
        case Entity::Subgroup:
        case Entity::Charter: return scope == Scope::Council ? r.number(f("council_id")) : 0;
        case Entity::AgendaItem:
            if (scope == Scope::Item)
                return r.id;
            return parentKey(Entity::Meeting, r.number(f("meeting_id")), scope);
        case Entity::Workshop:
        case Entity::Attendance:
        case Entity::SessionEvent:
        case Entity::SynthesisSection:
        case Entity::IdeaIssue:
        case Entity::IdeaCard: return parentKey(Entity::Meeting, r.number(f("meeting_id")), scope);
        case Entity::Proposal:
        case Entity::Document: return parentKey(Entity::AgendaItem, r.number(f("agenda_item_id")), scope);
        case Entity::Objection: return parentKey(Entity::Proposal, r.number(f("proposal_id")), scope);
        case Entity::Vote:
            if (scope == Scope::Vote)
                return r.id;
            return parentKey(Entity::AgendaItem, r.number(f("agenda_item_id")), scope);
        case Entity::VoteOption:
        case Entity::VoteElector:
        case Entity::Ballot:
        case Entity::VoteTally:
            if (scope == Scope::Vote)
                return r.number(f("vote_id"));
            return parentKey(Entity::Vote, r.number(f("vote_id")), scope);
        default: return 0;
        }
    }

    // "vote 12 (meeting 2024-11-13)": ids and dates only, never a text a user typed.
    QString name(Entity entity, const Record &r) const
    {
        const qint64 meeting = key(entity, r, Scope::Meeting);
        if (meeting > 0)
            return QCoreApplication::translate("Quorum::VoteConsistency", "%1 %2 (meeting %3)")
                .arg(entityLabel(entity).toLower())
                .arg(r.id)
                .arg(meetings.value(meeting).text(f("date")));
        const qint64 council = key(entity, r, Scope::Council);
        if (council > 0)
            return QCoreApplication::translate("Quorum::VoteConsistency", "%1 %2 (council %3)")
                .arg(entityLabel(entity).toLower())
                .arg(r.id)
                .arg(council);
        return QCoreApplication::translate("Quorum::VoteConsistency", "%1 %2").arg(entityLabel(entity).toLower()).arg(r.id);
    }

    QHash<qint64, Record> meetings, items, proposals, workshops, subgroups, votes, options, issues;

private:
    qint64 parentKey(Entity parent, qint64 parentId, Scope scope) const
    {
        const QHash<qint64, Record> *records = table(parent);
        const auto it = records->constFind(parentId);
        return it == records->cend() ? 0 : key(parent, *it, scope);
    }
};

QString outsideScope(Scope scope)
{
    switch (scope) {
    case Scope::Item: return QCoreApplication::translate("Quorum::VoteConsistency", "belongs to another agenda item");
    case Scope::Meeting: return QCoreApplication::translate("Quorum::VoteConsistency", "belongs to another meeting");
    case Scope::Council: return QCoreApplication::translate("Quorum::VoteConsistency", "belongs to another council");
    case Scope::Vote: return QCoreApplication::translate("Quorum::VoteConsistency", "belongs to another vote");
    }
    return {};
}

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::VoteConsistency)

public:
    explicit Checker(const Database &db) : m_db(db), m_places(db) {}

    QList<RecordProblem> run()
    {
        checkReferences();
        checkObjections();
        QList<qint64> voteIds = m_places.votes.keys();
        std::sort(voteIds.begin(), voteIds.end());
        // Vote by vote (indexed by vote_id): the electors and ballots of fifty years are
        // never all in memory at once.
        for (qint64 id : std::as_const(voteIds))
            checkVote(m_places.votes.value(id), m_db.recordsWhere(Entity::VoteElector, f("vote_id"), id),
                      m_db.recordsWhere(Entity::Ballot, f("vote_id"), id), m_db.recordsWhere(Entity::VoteTally, f("vote_id"), id));
        return m_problems;
    }

private:
    void add(Entity entity, const Record &r, const QString &what)
    {
        m_problems.append({entity, r.id, tr("%1: %2").arg(m_places.name(entity, r), what)});
        m_troubled.insert(m_places.key(entity, r, Scope::Vote));
    }

    void checkReferences()
    {
        for (const ScopedReference &reference : scopedReferences) {
            const QString column = QString::fromLatin1(reference.column);
            const QHash<qint64, Record> &targets = *m_places.table(reference.to);
            const Field *field = entitySpec(reference.from).field(column);
            // Row by row: a table of ballots is not held to check where each points.
            (void)m_db.forEachRecord(reference.from, [&](const Record &r) {
                const qint64 target = r.number(column);
                const auto found = targets.constFind(target);
                if (target == 0 || found == targets.cend())
                    return true; // no reference, or one the storage's foreign keys answer for
                if (m_places.key(reference.from, r, reference.scope) != m_places.key(reference.to, *found, reference.scope))
                    add(reference.from, r,
                        tr("its %1 (%2 %3) %4.")
                            .arg(QCoreApplication::translate("Quorum::Schema", field->label).toLower(),
                                 entityLabel(reference.to).toLower())
                            .arg(target)
                            .arg(outsideScope(reference.scope)));
                return true;
            });
        }
    }

    void checkObjections()
    {
        for (const Record &objection : m_db.records(Entity::Objection))
            if (const std::optional<QString> problem = objectionReferenceProblem(m_db, objection))
                add(Entity::Objection, objection, *problem);
    }

    void checkVote(const Record &vote, const QList<Record> &electors, const QList<Record> &ballots, const QList<Record> &tallies)
    {
        const Result<DecisionRule> parsed = parseRuleCode(vote.text(f("rule")));
        if (!parsed) {
            add(Entity::Vote, vote, tr("its rule cannot be read."));
            return;
        }
        const DecisionRule &rule = parsed.value();
        const bool question = rule.method == DecisionMethod::Consent || rule.method == DecisionMethod::Consensus
                              || rule.method == DecisionMethod::Majority;
        const bool bySubgroup = vote.number(f("by_subgroup")) != 0;
        const int members = int(vote.number(f("members")));
        const int present = int(vote.number(f("present")));
        if (present > members)
            add(Entity::Vote, vote, tr("%1 voters present or represented but only %2 voting members.").arg(present).arg(members));

        // Who could vote: one row per person, no more than the voters present.
        QHash<qint64, qint64> electorSubgroup;
        for (const Record &e : electors) {
            const qint64 person = e.number(f("person_id"));
            if (electorSubgroup.contains(person))
                add(Entity::VoteElector, e, tr("person %1 is an elector of the vote twice.").arg(person));
            electorSubgroup.insert(person, e.number(f("subgroup_id")));
        }
        if (electorSubgroup.size() > present)
            add(Entity::Vote, vote,
                tr("%1 electors but only %2 voters present or represented.").arg(electorSubgroup.size()).arg(present));

        // Named ballots: only in a named vote, only from its electors, one per person and option.
        const bool named = vote.text(f("mode")) == u"named";
        QSet<std::pair<qint64, qint64>> cast;
        QHash<qint64, int> dotsPlaced;
        for (const Record &b : ballots) {
            const qint64 person = b.number(f("person_id"));
            const qint64 option = b.number(f("option_id"));
            const int dots = int(b.number(f("dots")));
            if (!named)
                continue; // said once for the vote, below
            if (!electorSubgroup.contains(person))
                add(Entity::Ballot, b,
                    tr("a ballot from person %1, who was not among the electors of vote %2.").arg(person).arg(vote.id));
            else if (cast.contains({person, option}))
                add(Entity::Ballot, b, tr("a second ballot from person %1 in vote %2.").arg(person).arg(vote.id));
            if ((rule.method != DecisionMethod::Priority && dots != 0) || (question != (option == 0)))
                add(Entity::Ballot, b, tr("a choice this vote does not offer."));
            cast.insert({person, option});
            dotsPlaced[person] += dots;
        }
        if (!named && !ballots.isEmpty())
            add(Entity::Vote, vote, tr("named ballots in a vote that is not named (%1).").arg(ballots.size()));
        if (rule.method == DecisionMethod::Priority)
            for (auto it = dotsPlaced.cbegin(); it != dotsPlaced.cend(); ++it)
                if (it.value() > rule.dots)
                    add(Entity::Vote, vote,
                        tr("person %1 placed %2 dots; each participant has %3.").arg(it.key()).arg(it.value()).arg(rule.dots));

        checkTallies(vote, rule, question, bySubgroup, present, electorSubgroup, tallies);

        if (!vote.value(f("ballots")).isNull() || !vote.value(f("blank")).isNull()) {
            const int counted = int(vote.number(f("ballots")) + vote.number(f("blank")));
            if (counted > present)
                add(Entity::Vote, vote,
                    tr("%1 ballots counted but only %2 voters were present or represented.").arg(counted).arg(present));
        }
        if (vote.number(f("evident")) != 0
            && (vote.text(f("mode")) != u"hands" || rule.method != DecisionMethod::Majority || bySubgroup))
            add(Entity::Vote, vote, tr("an evident majority is recorded only for a show of hands decided by a majority."));

        // The outcome is recounted only from numbers that are possible: one clear message
        // for the first thing wrong, not its consequences too.
        if (vote.text(f("status")) == u"closed" && !m_troubled.contains(vote.id))
            checkOutcome(vote);
    }

    void checkTallies(const Record &vote, const DecisionRule &rule, bool question, bool bySubgroup, int present,
                      const QHash<qint64, qint64> &electorSubgroup, const QList<Record> &tallies)
    {
        QSet<std::pair<qint64, qint64>> cells;
        for (const Record &t : tallies) {
            const qint64 option = t.number(f("option_id"));
            const qint64 subgroup = t.number(f("subgroup_id"));
            if (cells.contains({option, subgroup}))
                add(Entity::VoteTally, t, tr("a second count for the same cell of vote %1.").arg(vote.id));
            cells.insert({option, subgroup});
            if (subgroup > 0 && !bySubgroup) {
                add(Entity::VoteTally, t,
                    tr("counts for a subgroup in vote %1, which is counted for the whole room.").arg(vote.id));
                continue;
            }
            if (question != (option == 0)) {
                add(Entity::VoteTally, t,
                    tr("counts that vote %1 does not offer (an option in a question, or a question in an election or a dot "
                       "vote).")
                        .arg(vote.id));
                continue;
            }
            if (!t.value(f("voice")).isNull() && subgroup == 0) {
                add(Entity::VoteTally, t, tr("a declared voice for the whole room; only a subgroup declares a voice."));
                continue;
            }
            int voters = present;
            if (subgroup > 0) {
                voters = 0;
                for (qint64 own : electorSubgroup)
                    voters += own == subgroup ? 1 : 0;
                // A subgroup's base as captured when the vote opened outlives erased members.
                if (!t.value(f("present")).isNull())
                    voters = qMax(voters, int(t.number(f("present"))));
                if (!t.value(f("members")).isNull() && t.number(f("present")) > t.number(f("members")))
                    add(Entity::VoteTally, t,
                        tr("%1 of the subgroup present but only %2 members.")
                            .arg(t.number(f("present")))
                            .arg(t.number(f("members"))));
            }
            const int limit = rule.method == DecisionMethod::Priority ? voters * rule.dots : voters;
            const int forVotes = int(t.number(f("votes_for")));
            const int against = int(t.number(f("votes_against")));
            const int abstain = int(t.number(f("votes_abstain")));
            if (forVotes + against + abstain <= limit)
                continue;
            const QString numbers = tr("%1 votes counted (%2 for, %3 against, %4 abstaining)")
                                        .arg(forVotes + against + abstain)
                                        .arg(forVotes)
                                        .arg(against)
                                        .arg(abstain);
            if (subgroup > 0)
                add(Entity::Vote, vote,
                    tr("%1 in subgroup %2, but only %3 of its voters were present or represented.")
                        .arg(numbers)
                        .arg(subgroup)
                        .arg(limit));
            else if (option > 0)
                add(Entity::Vote, vote,
                    tr("%1 for option %2, but only %3 could be cast by the voters present or represented.")
                        .arg(numbers)
                        .arg(option)
                        .arg(limit));
            else
                add(Entity::Vote, vote, tr("%1 but only %2 voters were present or represented.").arg(numbers).arg(limit));
        }
    }

    void checkOutcome(const Record &vote)
    {
        const Result<VoteCount> count = countVote(m_db, vote.id);
        if (!count) {
            add(Entity::Vote, vote, tr("it cannot be counted."));
            return;
        }
        const Outcome recounted = count.value().outcome();
        if (recounted == Outcome::Invalid) {
            // The rules explain impossible numbers in the minutes' words; French, as closing does.
            add(Entity::Vote, vote,
                tr("these numbers cannot be right: %1").arg(count.value().explanation().display(Language::French)));
            return;
        }
        const QString stated = vote.text(f("outcome"));
        if (stated.isEmpty())
            add(Entity::Vote, vote,
                tr("closed without an outcome; its counts and rule give \"%1\".").arg(outcomeCode(recounted)));
        else if (outcomeFromCode(stated) != recounted)
            add(Entity::Vote, vote,
                tr("the stated outcome \"%1\" contradicts its counts and rule, which give \"%2\".")
                    .arg(stated, outcomeCode(recounted)));
        // The result stored as it closed is what the history shows: it must be the count's.
        const QString stored = vote.text(f("result"));
        if (stored.isEmpty())
            return; // not counted yet (a bulk write): the history shows the vote's own columns
        const std::optional<CountedResult> result = decodeCountedResult(stored);
        if (!result)
            add(Entity::Vote, vote, tr("its stored result cannot be read."));
        else if (!sameCount(*result, countedResult(count.value())))
            add(Entity::Vote, vote, tr("its stored result differs from what its counts and rule give."));
    }

    const Database &m_db;
    Places m_places;
    QList<RecordProblem> m_problems;
    QSet<qint64> m_troubled; // votes with a problem already: not recounted
};

} // namespace

QList<RecordProblem> decisionRecordProblems(const Database &database)
{
    return Checker(database).run();
}

} // namespace Quorum
