// SPDX-License-Identifier: GPL-3.0-or-later
#include "generation/generatedvotes.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QMap>

#include <map>

namespace Quorum::Generation {
namespace {

QString f(const char *name)
{
    return QString::fromLatin1(name);
}

void add(Record &tally, Voice voice)
{
    const QString column = voice == Voice::For ? f("votes_for") : voice == Voice::Against ? f("votes_against") : f("votes_abstain");
    tally.values.insert(column, tally.number(column) + 1);
}

Record emptyTally(qint64 voteId, qint64 optionId, qint64 subgroupId)
{
    Record tally(Entity::VoteTally, {{f("vote_id"), voteId}, {f("votes_for"), 0}, {f("votes_against"), 0}, {f("votes_abstain"), 0}});
    if (optionId > 0)
        tally.values.insert(f("option_id"), optionId);
    if (subgroupId > 0)
        tally.values.insert(f("subgroup_id"), subgroupId);
    return tally;
}

} // namespace

VoteWriter::VoteWriter(Database &database, QRandomGenerator &random, GeneratorSummary &summary)
    : m_db(database), m_random(random), m_summary(summary)
{
}

Result<qint64> VoteWriter::insert(const Record &record, qint64 *counter)
{
    Result<qint64> id = m_db.insert(record);
    if (id && counter)
        ++*counter;
    return id;
}

Voice VoteWriter::lean(int support)
{
    if (chance(support))
        return Voice::For;
    return chance(60) ? Voice::Against : Voice::Abstain;
}

Result<Outcome> VoteWriter::write(const VotePlan &plan, const VoteRoom &room, const QList<qint64> &subgroupIds)
{
    using R = Result<Outcome>;
    Record vote(Entity::Vote, {{f("agenda_item_id"), plan.itemId},
                               {f("mode"), voteModeCode(plan.mode)},
                               {f("rule"), ruleCode(plan.rule)},
                               {f("by_subgroup"), plan.bySubgroup},
                               {f("subgroup_rule"), plan.bySubgroup ? ruleCode(plan.subgroupRule) : QString()},
                               {f("status"), f("open")},
                               {f("opened_at"), plan.openedAt},
                               {f("members"), room.members},
                               {f("present"), int(room.electors.size())},
                               {f("quorum_met"), room.quorum.met},
                               {f("evident"), plan.evident}});
    if (plan.proposalId > 0)
        vote.values.insert(f("proposal_id"), plan.proposalId);
    vote.setBilingual(f("title"), plan.title);
    const Result<qint64> voteId = insert(vote, &m_summary.votes);
    if (!voteId)
        return R::failure(voteId.error());
    for (const RoomElector &elector : room.electors) {
        Record row(Entity::VoteElector, {{f("vote_id"), voteId.value()}, {f("person_id"), elector.personId}});
        if (elector.subgroupId > 0)
            row.values.insert(f("subgroup_id"), elector.subgroupId);
        if (elector.proxyId > 0)
            row.values.insert(f("proxy_id"), elector.proxyId);
        if (const Result<qint64> added = insert(row, &m_summary.electors); !added)
            return R::failure(added.error());
    }

    if (plan.options.isEmpty()) {
        if (const Result<void> counted = questionCounts(plan, voteId.value(), room, subgroupIds); !counted)
            return R::failure(counted.error());
    } else {
        QList<qint64> optionIds;
        for (const VotePlan::Option &option : plan.options) {
            Record row(Entity::VoteOption, {{f("vote_id"), voteId.value()}});
            row.setBilingual(f("name"), option.name);
            if (option.personId > 0)
                row.values.insert(f("person_id"), option.personId);
            const Result<qint64> added = insert(row, &m_summary.voteOptions);
            if (!added)
                return R::failure(added.error());
            optionIds << added.value();
        }
        if (const Result<void> counted = optionCounts(plan, voteId.value(), room, optionIds); !counted)
            return R::failure(counted.error());
    }

    // Closing as closeVote does: counted by the rules from what is stored, then the time,
    // the outcome and the objections as they stand, the status last.
    const Result<VoteCount> count = countVote(m_db, voteId.value());
    if (!count)
        return R::failure(count.error());
    const Outcome outcome = count.value().outcome();
    if (outcome == Outcome::Invalid)
        return R::failure(QStringLiteral("generated vote %1 cannot be counted: %2")
                              .arg(voteId.value())
                              .arg(count.value().explanation().display(Language::French)));
    QList<std::pair<QString, QVariant>> closing = {{f("closed_at"), plan.closedAt}, {f("outcome"), outcomeCode(outcome)}};
    if (plan.rule.method == DecisionMethod::Consent)
        closing << std::pair{f("standing_objections"), QVariant(count.value().tally.standingObjections)}
                << std::pair{f("settled_objections"), QVariant(count.value().tally.settledObjections)};
    closing << std::pair{f("status"), QVariant(f("closed"))};
    for (const auto &[column, value] : std::as_const(closing))
        if (const Result<void> set = m_db.update(Entity::Vote, voteId.value(), column, value); !set)
            return R::failure(set.error());
    return outcome;
}

Result<void> VoteWriter::questionCounts(const VotePlan &plan, qint64 voteId, const VoteRoom &room,
                                        const QList<qint64> &subgroupIds)
{
    const bool consensus = plan.rule.method == DecisionMethod::Consensus;
    // Consensus: nearly everyone agrees or stands aside; a block is rare.
    auto choose = [&](int support) {
        if (!consensus)
            return lean(support);
        const int r = int(pick(1000));
        return r < 880 ? Voice::For : r < 995 ? Voice::Abstain : Voice::Against;
    };

    // A subgroup's base as openVote captures it, filled below with its counts or voice.
    std::map<qint64, Record> bases;
    if (plan.bySubgroup) {
        for (qint64 subgroup : subgroupIds) {
            int present = 0;
            for (const RoomElector &elector : room.electors)
                present += elector.subgroupId == subgroup ? 1 : 0;
            Record base = emptyTally(voteId, 0, subgroup);
            base.values.insert(f("members"), room.subgroupMembers.value(subgroup));
            base.values.insert(f("present"), present);
            bases.emplace(subgroup, base);
        }
    }

    if (plan.mode == VoteMode::Named) {
        for (const RoomElector &elector : room.electors) {
            if (chance(4))
                continue; // did not give a choice before the vote closed
            Record ballot(Entity::Ballot, {{f("vote_id"), voteId}, {f("person_id"), elector.personId},
                                           {f("choice"), voiceCode(choose(plan.support))}, {f("dots"), 0}});
            if (const Result<qint64> added = insert(ballot, &m_summary.ballots); !added)
                return Result<void>::failure(added.error());
        }
        const FrozenBallots frozen = freezeBallots(m_db, voteId);
        for (Record tally : frozen.tallies) {
            const auto base = bases.find(tally.number(f("subgroup_id")));
            if (base != bases.end()) {
                for (const char *column : {"votes_for", "votes_against", "votes_abstain"})
                    base->second.values.insert(f(column), tally.value(f(column)));
                continue;
            }
            if (const Result<qint64> added = insert(tally, &m_summary.tallies); !added)
                return Result<void>::failure(added.error());
        }
        for (const auto &[column, value] : {std::pair{f("ballots"), frozen.ballots}, std::pair{f("blank"), frozen.blank}})
            if (const Result<void> set = m_db.update(Entity::Vote, voteId, column, value); !set)
                return set;
    } else if (plan.bySubgroup) {
        for (auto &[subgroup, base] : bases) {
            if (base.number(f("present")) == 0)
                continue;
            if (chance(35)) { // agreed among itself: a voice without counts
                base.values.insert(f("voice"), voiceCode(lean(qMax(plan.support, 75))));
                continue;
            }
            for (const RoomElector &elector : room.electors)
                if (elector.subgroupId == subgroup)
                    add(base, choose(qMax(plan.support, 75)));
        }
    } else if (!plan.evident && plan.rule.method != DecisionMethod::Consent) {
        // Tellers count the hands or the ballots; a few hands stay down in a majority vote.
        Record tally = emptyTally(voteId, 0, 0);
        for (int i = 0; i < room.electors.size(); ++i)
            if (consensus || !chance(5))
                add(tally, choose(plan.support));
        if (const Result<qint64> added = insert(tally, &m_summary.tallies); !added)
            return Result<void>::failure(added.error());
    }
    for (const auto &[subgroup, base] : bases)
        if (const Result<qint64> added = insert(base, &m_summary.tallies); !added)
            return Result<void>::failure(added.error());
    return {};
}

Result<void> VoteWriter::optionCounts(const VotePlan &plan, qint64 voteId, const VoteRoom &room,
                                      const QList<qint64> &optionIds)
{
    const bool election = plan.rule.method == DecisionMethod::Election;
    // Some candidates and options draw more support than others.
    QList<int> weights;
    int totalWeight = 0;
    for (int i = 0; i < optionIds.size(); ++i) {
        weights << 1 + int(pick(10));
        totalWeight += weights.last();
    }
    auto drawOption = [&]() {
        int r = int(pick(totalWeight));
        for (int i = 0; i < weights.size(); ++i) {
            if (r < weights.at(i))
                return i;
            r -= weights.at(i);
        }
        return int(weights.size()) - 1;
    };

    // Each voter's support: an election ballot backs up to `seats` candidates (blank when
    // none), a participant spreads every dot.
    QList<int> optionTotals(optionIds.size(), 0);
    int ballots = 0;
    int blank = 0;
    for (const RoomElector &elector : room.electors) {
        if (chance(6))
            continue; // did not take part
        std::map<int, int> support; // option index → dots (1 for a candidate)
        if (election) {
            if (!chance(7)) {
                const int backed = 1 + int(pick(qMin<qsizetype>(plan.rule.seats, optionIds.size())));
                for (int n = 0; n < backed; ++n)
                    support[drawOption()] = 1;
            }
        } else {
            for (int n = 0; n < plan.rule.dots; ++n)
                ++support[drawOption()];
        }
        if (support.empty())
            ++blank;
        else
            ++ballots;
        for (const auto &[index, dots] : support)
            optionTotals[index] += dots;
        if (plan.mode != VoteMode::Named)
            continue;
        if (support.empty()) { // a blank ballot: a choice that backs nobody
            Record ballot(Entity::Ballot, {{f("vote_id"), voteId}, {f("person_id"), elector.personId},
                                           {f("option_id"), optionIds.first()}, {f("choice"), f("abstain")}, {f("dots"), 0}});
            if (const Result<qint64> added = insert(ballot, &m_summary.ballots); !added)
                return Result<void>::failure(added.error());
        }
        for (const auto &[index, dots] : support) {
            Record ballot(Entity::Ballot, {{f("vote_id"), voteId}, {f("person_id"), elector.personId},
                                           {f("option_id"), optionIds.at(index)}, {f("choice"), f("for")},
                                           {f("dots"), election ? 0 : dots}});
            if (const Result<qint64> added = insert(ballot, &m_summary.ballots); !added)
                return Result<void>::failure(added.error());
        }
    }

    if (plan.mode == VoteMode::Named) {
        const FrozenBallots frozen = freezeBallots(m_db, voteId);
        for (const Record &tally : frozen.tallies)
            if (const Result<qint64> added = insert(tally, &m_summary.tallies); !added)
                return Result<void>::failure(added.error());
        ballots = frozen.ballots;
        blank = frozen.blank;
    } else {
        // Tellers count each option and the ballots.
        for (int i = 0; i < optionIds.size(); ++i) {
            Record tally = emptyTally(voteId, optionIds.at(i), 0);
            tally.values.insert(f("votes_for"), optionTotals.at(i));
            if (const Result<qint64> added = insert(tally, &m_summary.tallies); !added)
                return Result<void>::failure(added.error());
        }
    }
    for (const auto &[column, value] : {std::pair{f("ballots"), ballots}, std::pair{f("blank"), blank}})
        if (const Result<void> set = m_db.update(Entity::Vote, voteId, column, value); !set)
            return set;
    return {};
}

} // namespace Quorum::Generation
