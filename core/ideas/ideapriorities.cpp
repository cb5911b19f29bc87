// SPDX-License-Identifier: GPL-3.0-or-later
#include "ideas/ideapriorities.h"

#include "storage/database.h"
#include "workspace.h"

#include <QCoreApplication>

namespace Quorum {
namespace {

struct PriorityText
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Ideas)
};

// The decision item, if it is one of this meeting or of a later meeting of the same council.
Result<Record> decisionItemFor(const Database &database, qint64 meetingId, qint64 agendaItemId)
{
    using Item = Result<Record>;
    const std::optional<Record> item = database.record(Entity::AgendaItem, agendaItemId);
    const std::optional<Record> meeting = database.record(Entity::Meeting, meetingId);
    if (!item || !meeting)
        return Item::failure(PriorityText::tr("This agenda item is not in the workspace."));
    if (item->text(u"kind"_qs) != u"decision")
        return Item::failure(PriorityText::tr("Priorities and proposals go on a decision item."));
    const std::optional<Record> itemMeeting = database.record(Entity::Meeting, item->number(u"meeting_id"_qs));
    if (!itemMeeting || itemMeeting->number(u"council_id"_qs) != meeting->number(u"council_id"_qs)
        || itemMeeting->text(u"date"_qs) < meeting->text(u"date"_qs))
        return Item::failure(PriorityText::tr("Choose a decision item of this meeting or of a later meeting of the council."));
    return *item;
}

} // namespace

Result<qint64> openIssuePriorities(Workspace &workspace, qint64 meetingId, qint64 agendaItemId, int dots, VoteMode mode,
                                   const QDateTime &now)
{
    using Id = Result<qint64>;
    if (auto item = decisionItemFor(workspace.storage(), meetingId, agendaItemId); !item)
        return Id::failure(item.error());
    if (dots < 1 || dots > 100)
        return Id::failure(PriorityText::tr("Give each participant between 1 and 100 dots."));
    const QList<Record> issues = workspace.storage().records(Entity::IdeaIssue, meetingId);
    if (issues.size() < 2)
        return Id::failure(PriorityText::tr("Priorities need at least two issues to choose between."));
    auto rule = parseRuleCode(u"priority dots=%1"_qs.arg(dots));
    if (!rule)
        return Id::failure(rule.error());
    qint64 voteId = 0;
    auto done = workspace.inStep(PriorityText::tr("Set priorities among the issues"), [&]() -> Result<void> {
        VoteSetup setup;
        setup.agendaItemId = agendaItemId;
        setup.title = {u"Priorités parmi les enjeux"_qs, u"Prioriteiten tussen de uitdagingen"_qs};
        setup.mode = mode;
        setup.rule = rule.value();
        auto opened = openVote(workspace, setup, now);
        if (!opened)
            return Result<void>::failure(opened.error());
        voteId = opened.value();
        for (const Record &issue : issues) {
            auto option = addVoteOption(workspace, voteId, issue.bilingual(u"name"_qs));
            if (!option)
                return Result<void>::failure(option.error());
            if (auto linked = workspace.setValue(Entity::IdeaIssue, issue.id, u"vote_option_id"_qs, option.value()); !linked)
                return linked;
        }
        return {};
    });
    if (!done)
        return Id::failure(done.error());
    return voteId;
}

QHash<qint64, int> issueDots(const Database &database, qint64 meetingId)
{
    QHash<qint64, int> dots;
    QHash<qint64, QList<qint64>> issuesByVote;
    QHash<qint64, qint64> issueOfOption;
    for (const Record &issue : database.records(Entity::IdeaIssue, meetingId)) {
        const qint64 optionId = issue.number(u"vote_option_id"_qs);
        if (!optionId)
            continue;
        if (const std::optional<Record> option = database.record(Entity::VoteOption, optionId)) {
            issuesByVote[option->number(u"vote_id"_qs)] << issue.id;
            issueOfOption.insert(optionId, issue.id);
        }
    }
    for (auto it = issuesByVote.cbegin(); it != issuesByVote.cend(); ++it) {
        const Result<VoteCount> count = countVote(database, it.key());
        if (!count)
            continue;
        for (qsizetype i = 0; i < count.value().optionIds.size(); ++i)
            if (const qint64 issue = issueOfOption.value(count.value().optionIds.at(i)))
                dots.insert(issue, count.value().options.at(size_t(i)).votes);
    }
    return dots;
}

Result<qint64> proposeIssue(Workspace &workspace, qint64 issueId, qint64 agendaItemId)
{
    using Id = Result<qint64>;
    const std::optional<Record> issue = workspace.storage().record(Entity::IdeaIssue, issueId);
    if (!issue)
        return Id::failure(PriorityText::tr("This issue is not in the workspace."));
    if (issue->number(u"proposal_id"_qs) && workspace.storage().record(Entity::Proposal, issue->number(u"proposal_id"_qs)))
        return Id::failure(PriorityText::tr("This issue is already a proposal on the agenda."));
    if (auto item = decisionItemFor(workspace.storage(), issue->number(u"meeting_id"_qs), agendaItemId); !item)
        return Id::failure(item.error());
    // The proposal's text: its parts under seed 004's headings, in each language.
    const auto text = [&](Language language) {
        const bool fr = language == Language::French;
        const std::pair<const char *, QString> parts[] = {
            {"conditions", fr ? u"Conditions de mise en œuvre"_qs : u"Voorwaarden voor de implementatie"_qs},
            {"practices", fr ? u"Pratiques inspirantes"_qs : u"Inspirerende praktijken"_qs},
            {"clarify", fr ? u"Points à clarifier"_qs : u"Te verduidelijken punten"_qs}};
        QStringList out;
        for (const auto &[column, heading] : parts) {
            const QString value = issue->bilingual(QString::fromLatin1(column)).display(language).trimmed();
            if (!value.isEmpty())
                out << heading + (fr ? u"\u00A0: "_qs : u": "_qs) + value;
        }
        return out.join(u"\n\n"_qs);
    };
    qint64 proposalId = 0;
    auto done = workspace.inStep(PriorityText::tr("Put an issue on the agenda as a proposal"), [&]() -> Result<void> {
        Record proposal(Entity::Proposal, {{u"agenda_item_id"_qs, agendaItemId}, {u"status"_qs, u"open"_qs}});
        proposal.setBilingual(u"title"_qs, issue->bilingual(u"name"_qs));
        proposal.setBilingual(u"text"_qs, {text(Language::French), text(Language::Dutch)});
        auto added = workspace.addRecord(proposal);
        if (!added)
            return Result<void>::failure(added.error());
        proposalId = added.value();
        return workspace.setValue(Entity::IdeaIssue, issueId, u"proposal_id"_qs, proposalId);
    });
    if (!done)
        return Id::failure(done.error());
    return proposalId;
}

} // namespace Quorum
