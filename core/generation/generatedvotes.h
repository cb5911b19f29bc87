// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisions/votes.h"
#include "generator.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

namespace Quorum {

class Database;

namespace Generation {

// One closed vote as the generator imagines it: the question or the candidates, how the
// room leans, when it opened and closed.
struct VotePlan
{
    qint64 itemId = 0;
    qint64 proposalId = 0; // 0: an election or a dot vote
    BilingualText title;
    VoteMode mode = VoteMode::Hands;
    DecisionRule rule;
    bool bySubgroup = false;
    DecisionRule subgroupRule; // when bySubgroup
    bool evident = false;      // a show of hands with an evident majority, no counts
    int support = 70;          // percent of the voters who lean for (questions)
    struct Option
    {
        BilingualText name;
        qint64 personId = 0;
    };
    QList<Option> options; // candidates or dot options
    QDateTime openedAt;
    QDateTime closedAt;
};

// Writes closed votes in bulk: the vote with the electorate captureVoteRoom gives, the
// ballots (named) or the tellers' counts (hands, secret), the subgroup bases and voices,
// then the outcome counted by countVote exactly as closeVote would (named ballots frozen by
// freezeBallots). Never counts by itself.
class VoteWriter
{
public:
    VoteWriter(Database &database, QRandomGenerator &random, GeneratorSummary &summary);
    // The outcome as stored; a failure when the storage refuses or the count is invalid.
    Result<Outcome> write(const VotePlan &plan, const VoteRoom &room, const QList<qint64> &subgroupIds);

private:
    quint32 pick(qsizetype bound) { return m_random.bounded(quint32(bound)); }
    bool chance(int percent) { return int(pick(100)) < percent; }
    Voice lean(int support);
    Result<void> questionCounts(const VotePlan &plan, qint64 voteId, const VoteRoom &room,
                                const QList<qint64> &subgroupIds);
    Result<void> optionCounts(const VotePlan &plan, qint64 voteId, const VoteRoom &room, const QList<qint64> &optionIds);
    Result<qint64> insert(const Record &record, qint64 *counter);

    Database &m_db;
    QRandomGenerator &m_random;
    GeneratorSummary &m_summary;
};

} // namespace Generation
} // namespace Quorum
