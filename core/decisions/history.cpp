// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisions/history.h"

#include "decisions/meetingquorum.h"
#include "decisions/votes.h"
#include "record.h"
#include "storage/database.h"

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

// Numbers and words from the count; the record's own numbers when it cannot be counted
// (a rule this version cannot read): the entry still shows what was stored.
void fillCount(DecisionHistoryEntry &entry, const Record &vote, const Database &database)
{
    DecisionNumbers &n = entry.numbers;
    n.members = int(vote.number(field("members")));
    n.present = int(vote.number(field("present")));
    n.quorumMet = vote.number(field("quorum_met")) != 0;
    n.evident = vote.number(field("evident")) != 0;
    n.ballots = optionalNumber(vote, "ballots");
    n.blank = optionalNumber(vote, "blank");

    const Result<VoteCount> counted = countVote(database, entry.voteId);
    if (!counted) {
        if (const Result<DecisionRule> rule = parseRuleCode(entry.ruleCode)) {
            entry.method = rule.value().method;
            entry.ruleWords = describeRule(rule.value());
        }
        return;
    }
    const VoteCount &count = counted.value();
    entry.method = count.rule.method;
    entry.ruleCode = ruleCode(count.rule);
    entry.ruleWords = describeRule(count.rule);
    if (count.subgroupRule) {
        entry.subgroupRuleCode = ruleCode(*count.subgroupRule);
        entry.subgroupRuleWords = describeRule(*count.subgroupRule);
    }
    if (entry.outcome.isEmpty())
        entry.outcome = outcomeCode(count.outcome());
    entry.explanation = count.explanation();

    n.members = count.electorate.members;
    n.present = count.electorate.present;
    n.quorumMet = count.electorate.quorumMet;
    n.evident = count.tally.evident;
    n.forVotes = count.tally.forVotes;
    n.against = count.tally.against;
    n.abstain = count.tally.abstain;
    n.standingObjections = count.tally.standingObjections;
    n.settledObjections = count.tally.settledObjections;
    auto optionName = [&count](int index) {
        return index >= 0 && std::size_t(index) < count.options.size() ? count.options.at(std::size_t(index)).name
                                                                        : BilingualText{};
    };
    if (count.decision) {
        n.base = count.decision->base;
        n.required = count.decision->required;
        n.quorumFlagged = count.decision->quorumFlagged;
    } else if (count.subgroups) {
        n.base = count.subgroups->overall.base;
        n.required = count.subgroups->overall.required;
        n.quorumFlagged = count.subgroups->overall.quorumFlagged;
        // The council counted the subgroups' voices, one each: those are its for and against.
        n.forVotes = n.against = n.abstain = 0;
        for (const SubgroupVoice &voice : count.subgroups->voices) {
            n.subgroups.append({voice.name, voiceCode(voice.voice), outcomeCode(voice.inner.outcome)});
            ++(voice.voice == Voice::For ? n.forVotes : voice.voice == Voice::Against ? n.against : n.abstain);
        }
    } else if (count.election) {
        const ElectionResult &e = *count.election;
        n.base = e.base;
        n.required = e.required;
        n.quorumFlagged = e.quorumFlagged;
        n.seatsFilled = e.seatsFilled;
        n.seatsUndecided = e.seatsUndecided;
        for (const CandidateResult &c : e.candidates)
            n.options.append({optionName(c.index), c.votes, candidateStatusCode(c.status), c.seat, 0, false});
    } else if (count.priority) {
        const PriorityResult &p = *count.priority;
        n.quorumFlagged = p.quorumFlagged;
        n.dotsCast = p.dotsCast;
        n.dotsAvailable = p.dotsAvailable;
        for (const RankedOption &o : p.ranking)
            n.options.append({optionName(o.index), o.dots, QString(), 0, o.rank, o.tied});
    }
}

void addText(QStringList &texts, const BilingualText &text)
{
    if (!text.fr.isEmpty())
        texts << text.fr;
    if (!text.nl.isEmpty() && text.nl != text.fr)
        texts << text.nl;
}

void addProposal(QStringList &texts, const DecisionProposal &proposal)
{
    addText(texts, proposal.title);
    addText(texts, proposal.text);
    addText(texts, proposal.theme);
    if (proposal.author)
        addText(texts, proposal.author->name);
}

// Every text of the entry in both languages, folded once.
QString haystack(const DecisionHistoryEntry &entry)
{
    QStringList texts;
    addText(texts, entry.councilName);
    addText(texts, entry.itemTitle);
    addText(texts, entry.question);
    addText(texts, entry.ruleWords);
    addText(texts, entry.subgroupRuleWords);
    addText(texts, entry.explanation);
    addText(texts, entry.rationale);
    if (entry.proposal)
        addProposal(texts, *entry.proposal);
    for (const DecisionObjection &objection : entry.objections) {
        addText(texts, objection.argument);
        if (objection.author)
            addText(texts, objection.author->name);
        addProposal(texts, objection.counterProposal);
    }
    for (const DecisionOption &option : entry.numbers.options)
        addText(texts, option.name);
    for (const DecisionSubgroupVoice &voice : entry.numbers.subgroups)
        addText(texts, voice.name);
    return searchFolded(texts.join(u'\n'));
}

// The words of a query, folded; punctuation around a word (quotes, commas) is not part of it.
QStringList queryWords(const QString &query)
{
    QStringList words;
    for (const QString &raw : searchFolded(query).split(u' ', Qt::SkipEmptyParts)) {
        qsizetype start = 0;
        qsizetype end = raw.size();
        while (start < end && raw.at(start).isPunct())
            ++start;
        while (end > start && raw.at(end - 1).isPunct())
            --end;
        if (end > start)
            words << raw.mid(start, end - start);
    }
    return words;
}

bool themeMatches(const std::optional<DecisionProposal> &proposal, const QString &foldedTheme)
{
    if (foldedTheme.isEmpty())
        return true;
    if (!proposal)
        return false;
    return searchFolded(proposal->theme.fr.trimmed()) == foldedTheme
           || searchFolded(proposal->theme.nl.trimmed()) == foldedTheme;
}

// One character, folded: its compatibility decomposition (é → e + ◌́, ﬁ → fi, no-break
// space → space) without the combining marks, in lower case. Spaces of every kind are one
// space, so a search word never straddles a line break.
void appendFolded(QString &out, char32_t code)
{
    switch (code) {
    case 0x2018: case 0x2019: case 0x02BC: out += u'\''; return; // ‘ ’ ʼ
    case 0x0152: case 0x0153: out += u"oe"_qs; return;            // Œ œ
    case 0x00C6: case 0x00E6: out += u"ae"_qs; return;            // Æ æ
    case 0x00DF: case 0x1E9E: out += u"ss"_qs; return;            // ß ẞ
    default: break;
    }
    if (QChar::category(code) == QChar::Mark_NonSpacing)
        return;
    if (QChar::isSpace(code)) {
        out += u' ';
        return;
    }
    const QString decomposed = QChar::decomposition(code);
    if (!decomposed.isEmpty()) {
        for (qsizetype i = 0; i < decomposed.size(); ++i) {
            const char16_t high = decomposed.at(i).unicode();
            if (QChar::isHighSurrogate(high) && i + 1 < decomposed.size()) {
                ++i;
                appendFolded(out, QChar::surrogateToUcs4(high, decomposed.at(i).unicode()));
            } else {
                appendFolded(out, high);
            }
        }
        return;
    }
    const char32_t folded = QChar::toCaseFolded(code);
    if (QChar::requiresSurrogates(folded)) {
        out += QChar(QChar::highSurrogate(folded));
        out += QChar(QChar::lowSurrogate(folded));
    } else {
        out += QChar(char16_t(folded));
    }
}

} // namespace

QString searchFolded(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text.at(i).unicode();
        // Most of a text is ASCII: folded here, without Unicode tables.
        if (unit < 0x80) {
            if (unit >= u'A' && unit <= u'Z')
                out += QChar(char16_t(unit + (u'a' - u'A')));
            else
                out += QChar::isSpace(unit) ? QChar(u' ') : QChar(unit);
            continue;
        }
        if (QChar::isHighSurrogate(unit) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            ++i;
            appendFolded(out, QChar::surrogateToUcs4(unit, text.at(i).unicode()));
        } else {
            appendFolded(out, unit);
        }
    }
    return out;
}

QList<DecisionHistoryEntry> decisionHistory(const Database &database, const DecisionHistoryFilter &filter)
{
    const QList<Record> votes = database.recordsWhere(Entity::Vote, field("status"), QStringLiteral("closed"));
    if (votes.isEmpty())
        return {};

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

    // The cheap filters first: council and dates need no more than the meeting.
    QList<const Record *> kept;
    for (const Record &vote : votes) {
        const Record item = t.items.value(vote.number(field("agenda_item_id")));
        const auto meeting = t.meetings.constFind(item.number(field("meeting_id")));
        if (meeting == t.meetings.cend())
            continue;
        const QDate date = QDate::fromString(meeting->text(field("date")), Qt::ISODate);
        if (filter.councilId && meeting->number(field("council_id")) != *filter.councilId)
            continue;
        if (filter.meetingDate && date != *filter.meetingDate)
            continue;
        if ((filter.from.isValid() && date < filter.from) || (filter.to.isValid() && date > filter.to))
            continue;
        kept.append(&vote);
    }
    if (kept.isEmpty())
        return {};

    // Proposals, their objections and counter-proposals, and who wrote them.
    QSet<qint64> proposalIds;
    for (const Record *vote : std::as_const(kept))
        proposalIds.insert(vote->number(field("proposal_id")));
    proposalIds.remove(0);
    if (!proposalIds.isEmpty()) {
        for (const Record &objection : database.records(Entity::Objection)) {
            const qint64 proposalId = objection.number(field("proposal_id"));
            if (proposalIds.contains(proposalId))
                t.objectionsByProposal[proposalId].append(objection);
        }
    }
    QSet<qint64> allProposals = proposalIds;
    QSet<qint64> personIds;
    QSet<qint64> subgroupIds;
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

    QHash<qint64, std::optional<QuorumResult>> quorums; // once per meeting, however many decisions it took
    QList<DecisionHistoryEntry> entries;
    for (const Record *vote : std::as_const(kept)) {
        DecisionHistoryEntry entry;
        entry.voteId = vote->id;
        const qint64 proposalId = vote->number(field("proposal_id"));
        if (proposalId && t.proposals.contains(proposalId))
            entry.proposal = t.proposal(proposalId);

        const Record &item = t.items[vote->number(field("agenda_item_id"))];
        const Record &meeting = t.meetings[item.number(field("meeting_id"))];
        entry.agendaItemId = item.id;
        entry.itemTitle = item.bilingual(field("title"));
        entry.meetingId = meeting.id;
        entry.meetingDate = QDate::fromString(meeting.text(field("date")), Qt::ISODate);
        entry.sessionNumber = int(meeting.number(field("session_number")));
        if (!quorums.contains(meeting.id))
            quorums.insert(meeting.id, meetingQuorum(database, meeting.id));
        entry.meetingQuorum = quorums.value(meeting.id);
        entry.councilId = meeting.number(field("council_id"));
        entry.councilName = t.councils.value(entry.councilId).bilingual(field("name"));
        entry.question = vote->bilingual(field("title"));
        entry.mode = vote->text(field("mode"));
        entry.ruleCode = vote->text(field("rule"));
        entry.openedAt = QDateTime::fromString(vote->text(field("opened_at")), Qt::ISODate);
        entry.closedAt = QDateTime::fromString(vote->text(field("closed_at")), Qt::ISODate);
        entry.outcome = vote->text(field("outcome"));
        entry.rationale = vote->bilingual(field("rationale"));
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
        fillCount(entry, *vote, database);
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
    return refineDecisions(entries, filter.text, filter.theme);
}

QList<DecisionHistoryEntry> refineDecisions(const QList<DecisionHistoryEntry> &entries, const QString &text,
                                            const QString &theme)
{
    const QString foldedTheme = searchFolded(theme.trimmed());
    const QStringList words = queryWords(text);
    QList<DecisionHistoryEntry> kept;
    for (const DecisionHistoryEntry &entry : entries) {
        if (!themeMatches(entry.proposal, foldedTheme))
            continue;
        if (!words.isEmpty()) {
            const QString all = haystack(entry);
            if (!std::all_of(words.cbegin(), words.cend(), [&all](const QString &word) { return all.contains(word); }))
                continue;
        }
        kept.append(entry);
    }
    return kept;
}

QStringList decisionThemes(const Database &database, Language language)
{
    QSet<qint64> proposalIds;
    for (const Record &vote : database.recordsWhere(Entity::Vote, field("status"), QStringLiteral("closed")))
        proposalIds.insert(vote.number(field("proposal_id")));
    const QList<qint64> ids = distinct(proposalIds);
    if (ids.isEmpty())
        return {};
    QStringList themes;
    QSet<QString> seen;
    for (const Record &proposal : database.recordsWithIds(Entity::Proposal, ids)) {
        const QString theme = proposal.bilingual(field("theme")).display(language).trimmed();
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
