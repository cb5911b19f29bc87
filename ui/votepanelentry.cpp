// SPDX-License-Identifier: GPL-3.0-or-later
// The vote panel's entry table: one row per elector, option or subgroup, where the
// secretary types ballots and counts; laid out again only when the vote's shape changes.
#include "votepanel.h"

#include "votepanelsupport.h"
#include "workspace.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace Quorum {

using VotePanelSupport::f;
using VotePanelSupport::IdRole;
using VotePanelSupport::isQuestionVote;

void VotePanel::fillEntry(const Record &vote, const VoteCount &count)
{
    m_filling = true;
    const bool open = vote.text(f("status")) == u"open";
    const bool bySubgroup = count.subgroups.has_value();
    const bool question = isQuestionVote(count);
    const bool named = count.mode == VoteMode::Named;
    const int currentRow = m_table->currentRow();
    const int currentColumn = m_table->currentColumn();
    m_countsRow->setVisible(open && !named && (question ? !bySubgroup : true));
    m_optionRow->setVisible(open && !question);
    // Closed, a count is what the bars show; who chose what (named) and each subgroup's
    // numbers stay listed.
    m_table->setVisible(named || bySubgroup || (!question && open));
    m_evident->setVisible(question && count.mode == VoteMode::Hands && count.rule.method == DecisionMethod::Majority);
    m_evident->setChecked(count.tally.evident);
    for (QSpinBox *box : m_counts)
        box->setEnabled(open);

    if (question) {
        const bool consensus = count.rule.method == DecisionMethod::Consensus;
        m_countLabels[0]->setText(consensus ? tr("A&gree") : tr("&For"));
        m_countLabels[1]->setText(consensus ? tr("&Block") : tr("A&gainst"));
        m_countLabels[2]->setText(consensus ? tr("&Stand aside") : tr("Abs&tain"));
        m_countLabels[2]->show();
        m_counts[2]->show();
        m_counts[0]->setValue(count.tally.forVotes);
        m_counts[1]->setValue(count.tally.against);
        m_counts[2]->setValue(count.tally.abstain);
        if (count.rule.method == DecisionMethod::Consent) {
            m_countsRow->hide();
            m_help->setText(tr("Consent: adopted when no objection stands. Record objections with their "
                               "counter-proposals, then close the vote."));
        } else if (named) {
            m_help->setText(tr("Select a member and press 1 (for), 2 (against) or 3 (abstain); Delete clears. "
                               "Type a name to jump to it."));
        } else if (bySubgroup) {
            m_help->setText(tr("Each subgroup: type its counts, or the voice it agreed on."));
        } else {
            m_help->setText(count.mode == VoteMode::Secret ? tr("Secret ballot: type the counts of the ballot box.")
                                                           : tr("Type the counts of the tellers."));
        }
    } else {
        m_countLabels[0]->setText(count.priority ? tr("&Participants") : tr("Valid &ballots"));
        m_countLabels[1]->setText(tr("B&lank ballots"));
        m_countLabels[2]->hide();
        m_counts[2]->hide();
        m_counts[1]->setVisible(!count.priority);
        m_countLabels[1]->setVisible(!count.priority);
        const Record stored = vote;
        m_counts[0]->setValue(int(stored.number(f("ballots"))));
        m_counts[1]->setValue(int(stored.number(f("blank"))));
        m_help->setText(count.priority ? tr("Add the options, then type the dots each received.")
                                       : tr("Add the candidates, then type the votes each received."));
    }

    if (named && question) {
        const Field &choice = *entitySpec(Entity::Ballot).field(f("choice"));
        // The electors are fixed when the vote opens: once listed, a ballot rewrites its
        // member's choice cell only, reading that ballot alone, without reading the vote's
        // ballots or sorting the names again.
        if (m_entryShape.voteId == vote.id && m_entryShape.columns == 2 && m_table->rowCount() == m_entryShape.rows.size()
            && !m_entryShape.rows.isEmpty() && m_choicesShown == vote.id) {
            if (m_rowOfPerson.isEmpty())
                for (int row = 0; row < m_entryShape.rows.size(); ++row)
                    m_rowOfPerson.insert(m_entryShape.rows.at(row), row);
            const auto rowOf = [this](qint64 person) { return m_rowOfPerson.value(person, -1); };
            for (qint64 id : std::as_const(m_removedBallots))
                if (const auto shown = m_ballotPeople.constFind(id); shown != m_ballotPeople.cend()) {
                    if (const int row = rowOf(*shown); row >= 0)
                        setCell(row, 1, QString(), false);
                    m_ballotPeople.erase(shown);
                }
            for (const Record &b : m_workspace->recordsWithIds(Entity::Ballot, m_changedBallots.values())) {
                const int row = rowOf(b.number(f("person_id")));
                if (b.number(f("vote_id")) != vote.id || row < 0)
                    continue;
                m_ballotPeople.insert(b.id, b.number(f("person_id")));
                setCell(row, 1, choiceLabel(choice, b.text(f("choice"))), false);
            }
        } else {
            QHash<qint64, QString> choices;
            m_ballotPeople.clear();
            for (const Record &b : m_workspace->records(Entity::Ballot, vote.id)) {
                choices.insert(b.number(f("person_id")), b.text(f("choice")));
                m_ballotPeople.insert(b.id, b.number(f("person_id")));
            }
            m_choicesShown = vote.id;
            m_rowOfPerson.clear();
            QList<Record> electors = m_workspace->records(Entity::VoteElector, vote.id);
            QList<qint64> ids;
            for (const Record &e : electors)
                ids << e.number(f("person_id"));
            QHash<qint64, QString> names;
            for (const Record &p : m_workspace->recordsWithIds(Entity::Person, ids))
                names.insert(p.id, p.text(f("name")));
            std::sort(electors.begin(), electors.end(), [&](const Record &a, const Record &b) {
                return QString::localeAwareCompare(names.value(a.number(f("person_id"))), names.value(b.number(f("person_id"))))
                       < 0;
            });
            QList<qint64> people;
            for (const Record &e : std::as_const(electors))
                people << e.number(f("person_id"));
            layOutEntry(vote.id, 2, people);
            for (int row = 0; row < people.size(); ++row) {
                const qint64 person = people.at(row);
                setCell(row, 0, names.value(person), false, person);
                setCell(row, 1, choices.contains(person) ? choiceLabel(choice, choices.value(person)) : QString(), false);
            }
        }
        m_table->setHorizontalHeaderLabels({tr("Member"), tr("Choice")});
    } else if (bySubgroup) {
        const QList<Record> subgroups = m_workspace->records(Entity::Subgroup, [&] {
            const auto item = m_workspace->record(Entity::AgendaItem, vote.number(f("agenda_item_id")));
            const auto meeting = item ? m_workspace->record(Entity::Meeting, item->number(f("meeting_id"))) : std::nullopt;
            return meeting ? meeting->number(f("council_id")) : 0;
        }());
        QHash<qint64, Record> tallies;
        for (const Record &t : m_workspace->records(Entity::VoteTally, vote.id))
            if (t.number(f("option_id")) == 0)
                tallies.insert(t.number(f("subgroup_id")), t);
        QList<qint64> ids;
        for (const Record &subgroup : subgroups)
            ids << subgroup.id;
        layOutEntry(vote.id, 5, ids);
        m_table->setHorizontalHeaderLabels({tr("Subgroup"), tr("For"), tr("Against"), tr("Abstain"), tr("Voice")});
        const Field &voice = *entitySpec(Entity::VoteTally).field(f("voice"));
        for (int row = 0; row < subgroups.size(); ++row) {
            const Record &subgroup = subgroups.at(row);
            const Record tally = tallies.value(subgroup.id);
            setCell(row, 0, say(subgroup.bilingual(f("name"))), false, subgroup.id);
            int column = 1;
            for (const char *key : {"votes_for", "votes_against", "votes_abstain"}) {
                // A declared voice has no counts: the cells stay empty rather than show zeros.
                const bool counted = tally.id && tally.text(f("voice")).isEmpty();
                setCell(row, column++, counted ? QString::number(tally.number(f(key))) : QString(), open && !named);
            }
            setCell(row, 4, choiceLabel(voice, tally.text(f("voice"))), false);
            m_table->item(row, 4)->setToolTip(
                tr("Type F, A or S (for, against, abstain) to declare the subgroup's voice; Delete clears it."));
        }
    } else if (!question) {
        layOutEntry(vote.id, 2, count.optionIds);
        m_table->setHorizontalHeaderLabels({count.priority ? tr("Option") : tr("Candidate"), count.priority ? tr("Dots") : tr("Votes")});
        for (int row = 0; row < int(count.options.size()); ++row) {
            setCell(row, 0, say(count.options.at(size_t(row)).name), false, count.optionIds.at(row));
            setCell(row, 1, QString::number(count.options.at(size_t(row)).votes), open);
        }
    } else {
        layOutEntry(vote.id, m_table->columnCount(), {});
    }
    if (!open)
        m_help->setText(tr("This vote is closed: its record can no longer change."));
    // A closed count of the whole room fills no table: a fresh one has no column to stretch
    // (Qt crashes on a section that does not exist).
    if (m_table->columnCount() > 0)
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The cursor stays in its column too: declaring voices goes down the Voice column.
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::clamp(currentRow, 0, m_table->rowCount() - 1),
                                std::clamp(currentColumn, 0, m_table->columnCount() - 1));
    m_filling = false;
}

void VotePanel::layOutEntry(qint64 voteId, int columns, const QList<qint64> &rows)
{
    const EntryShape shape{voteId, columns, rows};
    if (shape == m_entryShape)
        return;
    m_entryShape = shape;
    ++m_entryLayouts;
    m_table->clearContents();
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(rows.size()));
}

void VotePanel::setCell(int row, int column, const QString &text, bool editable, qint64 id)
{
    static const Qt::ItemFlags editableFlags = QTableWidgetItem().flags();
    const Qt::ItemFlags flags = editable ? editableFlags : Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem(text);
        item->setFlags(flags);
        if (id)
            item->setData(IdRole, id);
        m_table->setItem(row, column, item);
        return;
    }
    if (item->text() != text)
        item->setText(text);
    if (item->flags() != flags)
        item->setFlags(flags);
}

} // namespace Quorum
