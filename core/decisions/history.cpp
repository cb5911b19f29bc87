// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisions/history.h"

#include "decisions/historysearch.h"
#include "decisions/meetingquorum.h"
#include "decisions/voteresult.h"
#include "record.h"
#include "storage/database.h"
#include "storage/decisionsearch.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

namespace Quorum {
namespace {

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

QList<qint64> distinct(QSet<qint64> ids)
{
    ids.remove(0);
    QList<qint64> list(ids.cbegin(), ids.cend());
    std::sort(list.begin(), list.end());
    return list;
}

std::optional<int> optionalNumber(const Record &record, const char *column)
{
    const QVariant value = record.value(field(column));
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    return value.toInt();
}

// The records every entry refers to, each table read once.
struct Tables
{
    QHash<qint64, Record> councils;
    QHash<qint64, Record> meetings;
    QHash<qint64, Record> items;
    QHash<qint64, Record> proposals;
    QHash<qint64, Record> people;
    QHash<qint64, Record> subgroups;
    QHash<qint64, Record> options; // of the votes read, for their stored results
    QHash<qint64, QList<Record>> objectionsByProposal;

    std::optional<DecisionAuthor> author(const Record &record) const
    {
        if (const qint64 personId = record.number(field("author_id")); personId && people.contains(personId)) {
            const QString name = people.value(personId).text(field("name"));
            return DecisionAuthor{DecisionAuthor::Kind::Person, {name, name}};
        }
        if (const qint64 subgroupId = record.number(field("author_subgroup_id")); subgroupId && subgroups.contains(subgroupId))
            return DecisionAuthor{DecisionAuthor::Kind::Subgroup, subgroups.value(subgroupId).bilingual(field("name"))};
        return std::nullopt;
    }

    DecisionProposal proposal(qint64 id) const
    {
        DecisionProposal result;
        const auto it = proposals.constFind(id);
        if (it == proposals.cend())
            return result;
        result.id = id;
        result.title = it->bilingual(field("title"));
        result.text = it->bilingual(field("text"));
        result.theme = it->bilingual(field("theme"));
        result.status = it->text(field("status"));
        result.author = author(*it);
        return result;
    }
};


// Numbers and words from the result stored when the vote closed; the record's own numbers
// when it has none (written by a bulk path that has not counted it yet, or a rule this
// version cannot read): the entry still shows what was stored.
void fillResult(DecisionHistoryEntry &entry, const Record &vote, const Tables &t)
{
    DecisionNumbers &n = entry.numbers;
    if (const std::optional<CountedResult> stored = decodeCountedResult(vote.text(field("result")))) {
        n = stored->numbers;
        entry.ruleCode = stored->ruleCode;
        entry.subgroupRuleCode = stored->subgroupRuleCode;
        entry.explanation = stored->explanation;
    }
    n.members = int(vote.number(field("members")));
    n.present = int(vote.number(field("present")));
    n.quorumMet = vote.number(field("quorum_met")) != 0;
    n.evident = vote.number(field("evident")) != 0;
    n.ballots = optionalNumber(vote, "ballots");
    n.blank = optionalNumber(vote, "blank");
    if (const Result<DecisionRule> rule = parseRuleCode(entry.ruleCode)) {
        entry.method = rule.value().method;
        entry.ruleWords = describeRule(rule.value());
    }
    if (!entry.subgroupRuleCode.isEmpty())
        if (const Result<DecisionRule> rule = parseRuleCode(entry.subgroupRuleCode))
            entry.subgroupRuleWords = describeRule(rule.value());
    for (DecisionOption &option : n.options)
        option.name = t.options.value(option.optionId).bilingual(field("name"));
    for (DecisionSubgroupVoice &voice : n.subgroups)
        voice.name = t.subgroups.value(voice.subgroupId).bilingual(field("name"));
}

// The quorum of each meeting by its attendance, as the minutes state it: every meeting's
// attendance and every council's memberships read at once.
QHash<qint64, std::optional<QuorumResult>> meetingQuorums(const Database &database, const Tables &t)
{
    QSet<qint64> councilIds; // of the meetings read, not every council of the workspace
    for (const Record &meeting : t.meetings)
        councilIds.insert(meeting.number(field("council_id")));
    QHash<qint64, QList<Record>> memberships;
    for (const Record &m : database.recordsWithParents(Entity::Membership, distinct(councilIds)))
        memberships[m.number(field("council_id"))].append(m);
    QHash<qint64, QList<Record>> attendance;
    for (const Record &a : database.recordsWithParents(Entity::Attendance, t.meetings.keys()))
        attendance[a.number(field("meeting_id"))].append(a);
    QHash<qint64, std::optional<QuorumResult>> quorums;
    for (const Record &meeting : t.meetings) {
        const auto council = t.councils.constFind(meeting.number(field("council_id")));
        if (council == t.councils.cend() || attendance.value(meeting.id).isEmpty())
            continue; // never checked in: no quorum to state (value() gives nullopt)
        const MeetingRoll roll = meetingRoll(*council, memberships.value(council->id), attendance.value(meeting.id));
        quorums.insert(meeting.id, evaluateQuorum(roll.rule, roll.members, roll.attendance));
    }
    return quorums;
}

DecisionQuery sqlQuery(const DecisionHistoryFilter &filter)
{
    DecisionQuery query;
    query.councilId = filter.councilId;
    query.from = filter.from;
    query.to = filter.to;
    query.meetingDate = filter.meetingDate;
    query.outcome = filter.outcome;
    query.foldedTheme = searchFolded(filter.theme.trimmed());
    query.match = ftsExpression(searchTerms(filter.text));
    return query;
}

// Decisions written since the index was refreshed are matched here, in memory, the same way.
QList<DecisionHistoryEntry> checkUnindexed(QList<DecisionHistoryEntry> entries, const QSet<qint64> &unindexed,
                                           const QString &text, const QString &theme)
{
    if (unindexed.isEmpty())
        return entries;
    const QList<SearchTerm> terms = searchTerms(text);
    const QString foldedTheme = searchFolded(theme.trimmed());
    entries.removeIf([&](const DecisionHistoryEntry &entry) {
        return unindexed.contains(entry.voteId)
               && (!matchesTheme(entry, foldedTheme) || !matchesTerms(decisionHaystack(entry), terms));
    });
    return entries;
}

} // namespace

QList<DecisionHistoryEntry> readDecisionEntries(const Database &database, const QList<qint64> &voteIds)
{
    if (voteIds.isEmpty())
        return {};
    const QList<Record> votes = database.recordsWithIds(Entity::Vote, voteIds);
    Tables t;
    QSet<qint64> itemIds;
    for (const Record &vote : votes)
        itemIds.insert(vote.number(field("agenda_item_id")));
    t.items = recordsById(database.recordsWithIds(Entity::AgendaItem, distinct(itemIds)));
    QSet<qint64> meetingIds;
    for (const Record &item : std::as_const(t.items))
        meetingIds.insert(item.number(field("meeting_id")));
    t.meetings = recordsById(database.recordsWithIds(Entity::Meeting, distinct(meetingIds)));
    t.councils = recordsById(database.records(Entity::Council));

    // Proposals, their objections and counter-proposals, and who wrote them; the options
    // and subgroups the stored results name.
    QSet<qint64> proposalIds;
    QSet<qint64> subgroupIds;
    QList<qint64> votesWithOptions;
    for (const Record &vote : votes) {
        proposalIds.insert(vote.number(field("proposal_id")));
        const QString result = vote.text(field("result"));
        if (result.contains(u"\"options\":[["))
            votesWithOptions.append(vote.id);
        if (result.contains(u"\"subgroups\":[["))
            if (const std::optional<CountedResult> stored = decodeCountedResult(result))
                for (const DecisionSubgroupVoice &voice : stored->numbers.subgroups)
                    subgroupIds.insert(voice.subgroupId);
    }
    t.options = recordsById(database.recordsWithParents(Entity::VoteOption, votesWithOptions));
    for (const Record &objection : database.recordsWithParents(Entity::Objection, distinct(proposalIds)))
        t.objectionsByProposal[objection.number(field("proposal_id"))].append(objection);
    QSet<qint64> allProposals = proposalIds;
    QSet<qint64> personIds;
    for (const QList<Record> &objections : std::as_const(t.objectionsByProposal)) {
        for (const Record &objection : objections) {
            allProposals.insert(objection.number(field("counter_proposal_id")));
            personIds.insert(objection.number(field("author_id")));
            subgroupIds.insert(objection.number(field("author_subgroup_id")));
        }
    }
    t.proposals = recordsById(database.recordsWithIds(Entity::Proposal, distinct(allProposals)));
    for (const Record &proposal : std::as_const(t.proposals)) {
        personIds.insert(proposal.number(field("author_id")));
        subgroupIds.insert(proposal.number(field("author_subgroup_id")));
    }
    if (const QList<qint64> ids = distinct(personIds); !ids.isEmpty())
        t.people = recordsById(database.recordsWithIds(Entity::Person, ids));
    if (const QList<qint64> ids = distinct(subgroupIds); !ids.isEmpty())
        t.subgroups = recordsById(database.recordsWithIds(Entity::Subgroup, ids));
    const QHash<qint64, std::optional<QuorumResult>> quorums = meetingQuorums(database, t);

    QList<DecisionHistoryEntry> entries;
    for (const Record &vote : votes) {
        const auto item = t.items.constFind(vote.number(field("agenda_item_id")));
        if (item == t.items.cend() || !t.meetings.contains(item->number(field("meeting_id"))))
            continue;
        const Record &meeting = t.meetings[item->number(field("meeting_id"))];
        DecisionHistoryEntry entry;
        entry.voteId = vote.id;
        const qint64 proposalId = vote.number(field("proposal_id"));
        if (proposalId && t.proposals.contains(proposalId))
            entry.proposal = t.proposal(proposalId);
        entry.agendaItemId = item->id;
        entry.itemTitle = item->bilingual(field("title"));
        entry.meetingId = meeting.id;
        entry.meetingDate = QDate::fromString(meeting.text(field("date")), Qt::ISODate);
        entry.sessionNumber = int(meeting.number(field("session_number")));
        entry.meetingQuorum = quorums.value(meeting.id);
        entry.councilId = meeting.number(field("council_id"));
        entry.councilName = t.councils.value(entry.councilId).bilingual(field("name"));
        entry.question = vote.bilingual(field("title"));
        entry.mode = vote.text(field("mode"));
        entry.ruleCode = vote.text(field("rule"));
        entry.openedAt = QDateTime::fromString(vote.text(field("opened_at")), Qt::ISODate);
        entry.closedAt = QDateTime::fromString(vote.text(field("closed_at")), Qt::ISODate);
        entry.outcome = vote.text(field("outcome"));
        entry.rationale = vote.bilingual(field("rationale"));
        if (entry.rationale.isEmpty() && proposalId && t.proposals.contains(proposalId))
            entry.rationale = t.proposals.value(proposalId).bilingual(field("rationale"));
        for (const Record &objection : t.objectionsByProposal.value(proposalId)) {
            DecisionObjection o;
            o.id = objection.id;
            o.argument = objection.bilingual(field("argument"));
            o.status = objection.text(field("status"));
            o.author = t.author(objection);
            o.counterProposal = t.proposal(objection.number(field("counter_proposal_id")));
            entry.objections.append(o);
        }
        fillResult(entry, vote, t);
        entries.append(std::move(entry));
    }

    const auto instant = [](const QDateTime &moment) {
        return moment.isValid() ? moment.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    };
    std::stable_sort(entries.begin(), entries.end(), [&instant](const DecisionHistoryEntry &a, const DecisionHistoryEntry &b) {
        if (a.meetingDate != b.meetingDate)
            return a.meetingDate < b.meetingDate;
        if (instant(a.openedAt) != instant(b.openedAt))
            return instant(a.openedAt) < instant(b.openedAt);
        return a.voteId < b.voteId;
    });
    return entries;
}

QList<DecisionHistoryEntry> decisionHistory(const Database &database, const DecisionHistoryFilter &filter)
{
    // Every filter runs in SQL, the words through the full-text index.
    const DecisionMatches matches = matchDecisions(database, sqlQuery(filter));
    return checkUnindexed(readDecisionEntries(database, matches.voteIds), matches.unindexed, filter.text, filter.theme);
}

QList<DecisionHistoryEntry> refineDecisions(const QList<DecisionHistoryEntry> &entries, const QString &text,
                                            const QString &theme)
{
    const QList<SearchTerm> terms = searchTerms(text);
    const QString foldedTheme = searchFolded(theme.trimmed());
    QList<DecisionHistoryEntry> kept;
    for (const DecisionHistoryEntry &entry : entries)
        if (matchesTheme(entry, foldedTheme) && matchesTerms(decisionHaystack(entry), terms))
            kept.append(entry);
    return kept;
}

QList<DecisionHistoryEntry> refineDecisions(const Database &database, const QList<DecisionHistoryEntry> &entries,
                                            const QString &text, const QString &theme)
{
    const QString foldedTheme = searchFolded(theme.trimmed());
    DecisionQuery query;
    query.match = ftsExpression(searchTerms(text));
    if (query.match.isEmpty()) {
        QList<DecisionHistoryEntry> kept = entries;
        kept.removeIf([&](const DecisionHistoryEntry &entry) { return !matchesTheme(entry, foldedTheme); });
        return kept;
    }
    const DecisionMatches matches = matchDecisions(database, query);
    const QSet<qint64> found(matches.voteIds.cbegin(), matches.voteIds.cend());
    QList<DecisionHistoryEntry> kept;
    for (const DecisionHistoryEntry &entry : entries)
        if (found.contains(entry.voteId) && matchesTheme(entry, foldedTheme))
            kept.append(entry);
    return checkUnindexed(kept, matches.unindexed, text, theme);
}

QString decisionSearchExpression(const QString &text)
{
    return ftsExpression(searchTerms(text));
}

QStringList decisionThemes(const Database &database, Language language)
{
    // The distinct pairs in one statement: reading every closed vote and proposal as
    // records was 45 % of opening the history at ten years.
    QStringList themes;
    QSet<QString> seen;
    for (const auto &[fr, nl] : decidedThemes(database)) {
        const QString theme = BilingualText{fr, nl}.display(language).trimmed();
        if (theme.isEmpty() || seen.contains(searchFolded(theme)))
            continue;
        seen.insert(searchFolded(theme));
        themes << theme;
    }
    QCollator collator(language == Language::Dutch ? QLocale(QLocale::Dutch, QLocale::Belgium)
                                                   : QLocale(QLocale::French, QLocale::Belgium));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(themes.begin(), themes.end(), collator);
    return themes;
}

} // namespace Quorum
