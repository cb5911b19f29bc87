// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisions/decisionindex.h"

#include "decisions/historysearch.h"
#include "decisions/voteresult.h"
#include "decisions/votes.h"
#include "storage/database.h"
#include "storage/decisionsearch.h"

namespace Quorum {

Result<void> refreshDecisionRecords(Database &database)
{
    if (database.isReadOnly())
        return {};
    const QList<qint64> stale = staleDecisions(database);
    if (stale.isEmpty())
        return {};
    return database.transaction([&]() -> Result<void> {
        QList<qint64> closed;
        for (const Record &vote : database.recordsWithIds(Entity::Vote, stale)) {
            if (vote.text(u"status"_qs) != u"closed")
                continue;
            closed.append(vote.id);
            if (!vote.text(u"result"_qs).isEmpty())
                continue; // counted when it closed: never again
            // A vote this version cannot count keeps its own columns only.
            if (const Result<VoteCount> count = countVote(database, vote.id))
                if (auto stored = database.update(Entity::Vote, vote.id, u"result"_qs,
                                                  encodeCountedResult(countedResult(count.value())));
                    !stored)
                    return stored;
        }
        QList<DecisionText> texts;
        for (const DecisionHistoryEntry &entry : readDecisionEntries(database, closed))
            texts.append(DecisionText{entry.voteId, decisionHaystack(entry), decisionThemesText(entry)});
        return indexDecisions(database, stale, texts);
    });
}

} // namespace Quorum
