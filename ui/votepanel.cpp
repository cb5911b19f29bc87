// SPDX-License-Identifier: GPL-3.0-or-later
#include "votepanel.h"

#include "votepanelsupport.h"

#include "clock.h"
#include "commands/recordcommands.h"
#include "decisions/objections.h"
#include "voteresultview.h"
#include "plaintooltip.h"
#include "settings/compositionnotice.h"
#include "workspace.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocument>
#include <QScopeGuard>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace Quorum {

using VotePanelSupport::f;
using VotePanelSupport::EntityRole;
using VotePanelSupport::IdRole;
using VotePanelSupport::isQuestionVote;

namespace {


// The decision-relevant records: any change to them redraws the panel.
bool concernsDecisions(Entity entity)
{
    switch (entity) {
    case Entity::AgendaItem:
    case Entity::Proposal:
    case Entity::Objection:
    case Entity::Vote:
    case Entity::VoteOption:
    case Entity::VoteElector:
    case Entity::Ballot:
    case Entity::VoteTally:
    case Entity::Charter:
    case Entity::Document: return true;
    default: return false;
    }
}

// The records the tree lists; the others (ballots, counts, electors, options, charters)
// change only what the vote on the right shows.
bool shapesTree(Entity entity)
{
    switch (entity) {
    case Entity::AgendaItem:
    case Entity::Proposal:
    case Entity::Objection:
    case Entity::Vote:
    case Entity::Document: return true;
    default: return false;
    }
}

} // namespace

VotePanel::VotePanel(Workspace *workspace, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_clock(clock), m_itemsLabel(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_newProposal(new QPushButton(this)), m_object(new QPushButton(this)), m_vote(new QPushButton(this)),
      m_election(new QPushButton(this)), m_dots(new QPushButton(this)), m_approval(new QPushButton(this)),
      m_voteTitle(new QLabel(this)), m_electorate(new QLabel(this)), m_help(new QLabel(this)), m_countsRow(new QWidget(this)),
      m_evident(new QCheckBox(this)), m_table(new QTableWidget(this)), m_optionRow(new QWidget(this)),
      m_optionName(new QLineEdit(this)), m_addOption(new QPushButton(this)), m_result(new VoteResultView(false, this)),
      m_project(new QPushButton(this)), m_close(new QPushButton(this))
{
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_itemsLabel->setBuddy(m_tree);
    m_voteTitle->setWordWrap(true);
    m_voteTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_voteTitle->font();
    bold.setBold(true);
    m_voteTitle->setFont(bold);
    m_electorate->setWordWrap(true);
    m_help->setWordWrap(true);
    m_help->setEnabled(false); // a hint, drawn muted

    auto *countsLayout = new QHBoxLayout(m_countsRow);
    countsLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        auto *label = new QLabel(m_countsRow);
        auto *box = new QSpinBox(m_countsRow);
        box->setRange(0, 100000);
        box->setKeyboardTracking(false); // one write when the number is complete
        box->setMinimumWidth(90);
        label->setBuddy(box);
        m_countLabels << label;
        m_counts << box;
        countsLayout->addWidget(label);
        countsLayout->addWidget(box);
        connect(box, &QSpinBox::valueChanged, this, &VotePanel::countsEdited);
    }
    countsLayout->addWidget(m_evident);
    countsLayout->addStretch(1);
    connect(m_evident, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_filling)
            report(setEvident(*m_workspace, m_voteId, on));
    });

    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemChanged, this, &VotePanel::tableEdited);

    auto *optionLayout = new QHBoxLayout(m_optionRow);
    optionLayout->setContentsMargins(0, 0, 0, 0);
    optionLayout->addWidget(m_optionName, 1);
    optionLayout->addWidget(m_addOption);
    m_optionName->setMaxLength(300);
    connect(m_optionName, &QLineEdit::returnPressed, this, &VotePanel::addOption);
    connect(m_addOption, &QPushButton::clicked, this, &VotePanel::addOption);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_itemsLabel);
    leftLayout->addWidget(m_tree, 1);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_newProposal, 0, 0);
    buttons->addWidget(m_object, 0, 1);
    buttons->addWidget(m_vote, 1, 0);
    buttons->addWidget(m_approval, 1, 1);
    buttons->addWidget(m_election, 2, 0);
    buttons->addWidget(m_dots, 2, 1);
    leftLayout->addLayout(buttons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_voteTitle);
    rightLayout->addWidget(m_electorate);
    rightLayout->addWidget(m_help);
    rightLayout->addWidget(m_countsRow);
    rightLayout->addWidget(m_optionRow);
    rightLayout->addWidget(m_table, 2);
    rightLayout->addWidget(m_result, 3);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_project);
    actions->addWidget(m_close);
    rightLayout->addLayout(actions);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 700});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    // The keys the buttons advertise live in shortcuts of their own: a button's shortcut is
    // replaced by the mnemonic of its text at each setText(), that is at each retranslation.
    auto bind = [this](const QKeySequence &keys, QPushButton *button, auto action) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, [button, action] {
            if (button->isEnabled())
                action();
        });
    };
    auto click = [](QPushButton *button) { return [button] { button->click(); }; };
    bind(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), m_newProposal, click(m_newProposal));
    bind(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), m_object, click(m_object));
    bind(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), m_vote, click(m_vote));
    bind(QKeySequence(Qt::Key_F6), m_project, click(m_project));
    // As a click would, closing takes the focus first: a count still being typed in a box
    // or a cell is written before the vote closes on it.
    for (const QKeyCombination keys : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter})
        bind(QKeySequence(keys), m_close, [this] {
            m_close->setFocus(Qt::ShortcutFocusReason);
            m_close->click();
        });
    connect(m_newProposal, &QPushButton::clicked, this, &VotePanel::newProposal);
    connect(m_object, &QPushButton::clicked, this, &VotePanel::object);
    connect(m_vote, &QPushButton::clicked, this, [this] { putToVote(VoteDialog::Kind::Proposal); });
    connect(m_election, &QPushButton::clicked, this, [this] { putToVote(VoteDialog::Kind::Election); });
    connect(m_dots, &QPushButton::clicked, this, [this] { putToVote(VoteDialog::Kind::Priority); });
    connect(m_approval, &QPushButton::clicked, this, &VotePanel::addMinutesApproval);
    connect(m_close, &QPushButton::clicked, this, &VotePanel::closeCurrentVote);
    connect(m_project, &QPushButton::clicked, this, [this] { emit projectVoteRequested(m_voteId); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current && Entity(current->data(0, EntityRole).toInt()) == Entity::Vote)
            m_voteId = current->data(0, IdRole).toLongLong();
        showVote();
    });

    // A ballot or a count recorded redraws the vote's entry and result in place; only a
    // change to what the tree lists rebuilds the tree.
    for (auto signal : {&Workspace::recordAdded, &Workspace::recordRemoved, &Workspace::recordMoved})
        connect(workspace, signal, this, [this](Entity entity) {
            if (concernsDecisions(entity))
                scheduleRefresh(shapesTree(entity));
        });
    // SQLite may give a removed vote's id to the next vote opened: forget it, or the panel
    // would show that vote without anyone choosing it.
    connect(workspace, &Workspace::recordRemoved, this, [this](Entity entity, qint64 id) {
        if (entity == Entity::Vote && id == m_voteId) {
            m_voteId = 0;
            scheduleRefresh(true);
        }
    });
    connect(workspace, &Workspace::valueChanged, this, [this](Entity entity) {
        if (concernsDecisions(entity))
            scheduleRefresh(shapesTree(entity));
    });
    // A ballot recorded, changed or cleared: its member's choice cell alone is written again.
    // Electors come and go only with the vote or a person erased: the entry is listed anew.
    const auto ballotChanged = [this](Entity entity, qint64 id) {
        if (entity == Entity::Ballot)
            m_changedBallots.insert(id);
        else if (entity == Entity::VoteElector)
            m_entryShape = {};
    };
    connect(workspace, &Workspace::recordAdded, this, ballotChanged);
    connect(workspace, &Workspace::valueChanged, this, ballotChanged);
    connect(workspace, &Workspace::recordRemoved, this, [this](Entity entity, qint64 id) {
        if (entity == Entity::Ballot)
            m_removedBallots.insert(id);
        else if (entity == Entity::VoteElector)
            m_entryShape = {};
    });
    retranslate();
    refresh();
}

QSpinBox *VotePanel::countBox(int column) const
{
    return m_counts.value(column);
}

void VotePanel::setMeeting(std::optional<qint64> meetingId)
{
    if (meetingId == m_meetingId)
        return;
    m_meetingId = meetingId;
    m_voteId = 0;
    // The vote still open in this meeting, else its latest: what the room is looking at.
    if (meetingId) {
        QString latest;
        for (const Record &item : m_workspace->records(Entity::AgendaItem, *meetingId))
            for (const Record &vote : m_workspace->records(Entity::Vote, item.id)) {
                const QString key = (vote.text(f("status")) == u"open" ? u"2"_qs : u"1"_qs) + vote.text(f("opened_at"));
                if (key > latest) {
                    latest = key;
                    m_voteId = vote.id;
                }
            }
    }
    refresh();
}

void VotePanel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    refresh();
}

void VotePanel::selectVote(qint64 voteId)
{
    m_voteId = voteId;
    refresh();
}

void VotePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void VotePanel::retranslate()
{
    m_itemsLabel->setText(tr("&Decision items, proposals and votes"));
    m_newProposal->setText(tr("New &proposal"));
    m_newProposal->setToolTip(tr("A proposal on the selected decision item (Ctrl+Shift+P)"));
    m_object->setText(tr("&Object…"));
    m_object->setToolTip(tr("An objection with its argument and a counter-proposal (Ctrl+Shift+O)"));
    m_vote->setText(tr("Put to the &vote…"));
    m_vote->setToolTip(tr("Vote on the selected proposal (Ctrl+Shift+V)"));
    m_election->setText(tr("&Election…"));
    m_dots->setText(tr("Dot vo&te…"));
    m_approval->setText(tr("Approve the previous &minutes"));
    m_approval->setToolTip(tr("Adds the approval of the previous session's minutes as a decision item"));
    m_evident->setText(tr("Evident majority, not counted"));
    m_optionName->setPlaceholderText(tr("Candidate or option, as it should appear in the record"));
    m_optionName->setAccessibleName(tr("New candidate or option"));
    m_addOption->setText(tr("&Add"));
    m_project->setText(tr("Show on the pro&jector (F6)"));
    m_close->setText(tr("&Close the vote (Ctrl+Enter)"));
    m_table->setAccessibleName(tr("Vote entry"));
}

void VotePanel::scheduleRefresh(bool tree)
{
    m_treeOutOfDate = m_treeOutOfDate || tree;
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        if (m_treeOutOfDate)
            rebuildTree();
        showVote();
    });
}

void VotePanel::refresh()
{
    m_choicesShown = 0; // the language or the vote changed: every choice is written again
    rebuildTree();
    showVote();
}

void VotePanel::rebuildTree()
{
    const QSignalBlocker blocker(m_tree);
    const qint64 selectedEntity = m_tree->currentItem() ? m_tree->currentItem()->data(0, EntityRole).toInt() : -1;
    const qint64 selected = m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toLongLong() : 0;
    // What the user folded stays folded when the tree is read again.
    QSet<std::pair<int, qint64>> collapsed;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->childCount() > 0 && !(*it)->isExpanded())
            collapsed.insert({(*it)->data(0, EntityRole).toInt(), (*it)->data(0, IdRole).toLongLong()});
    m_treeOutOfDate = false;
    ++m_treeBuilds;
    m_tree->clear();
    if (!m_meetingId)
        return;
    QTreeWidgetItem *restore = nullptr;
    auto add = [&](QTreeWidgetItem *parent, Entity entity, qint64 id, const QString &text) {
        auto *row = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        row->setText(0, text);
        row->setToolTip(0, plainToolTip(text));
        row->setData(0, EntityRole, int(entity));
        row->setData(0, IdRole, id);
        if ((int(entity) == selectedEntity && id == selected) || (entity == Entity::Vote && id == m_voteId && !restore))
            restore = row;
        return row;
    };
    const Field &proposalStatus = *entitySpec(Entity::Proposal).field(f("status"));
    const Field &objectionStatus = *entitySpec(Entity::Objection).field(f("status"));
    const Field &outcome = *entitySpec(Entity::Vote).field(f("outcome"));
    for (const Record &item : m_workspace->records(Entity::AgendaItem, *m_meetingId)) {
        if (item.text(f("kind")) != u"decision")
            continue;
        QTreeWidgetItem *itemRow = add(nullptr, Entity::AgendaItem, item.id, say(item.bilingual(f("title"))));
        QFont font = itemRow->font(0);
        font.setBold(true);
        itemRow->setFont(0, font);
        for (const Record &proposal : m_workspace->records(Entity::Proposal, item.id)) {
            QTreeWidgetItem *row = add(itemRow, Entity::Proposal, proposal.id,
                                       tr("%1 — %2").arg(say(proposal.bilingual(f("title"))),
                                                         choiceLabel(proposalStatus, proposal.text(f("status")))));
            for (const Record &document : m_workspace->recordsWhere(Entity::Document, f("proposal_id"), proposal.id))
                add(row, Entity::Document, document.id, tr("Document: %1").arg(say(document.bilingual(f("title")))));
            for (const Record &objection : m_workspace->records(Entity::Objection, proposal.id)) {
                const std::optional<Record> counter =
                    m_workspace->record(Entity::Proposal, objection.number(f("counter_proposal_id")));
                add(row, Entity::Objection, objection.id,
                    tr("Objection (%1): %2 → counter-proposal: %3")
                        .arg(choiceLabel(objectionStatus, objection.text(f("status"))), say(objection.bilingual(f("argument"))),
                             counter ? say(counter->bilingual(f("title"))) : QString()));
            }
        }
        for (const Record &vote : m_workspace->records(Entity::Vote, item.id)) {
            const QString state = vote.text(f("status")) == u"open" ? tr("open") : choiceLabel(outcome, vote.text(f("outcome")));
            add(itemRow, Entity::Vote, vote.id, tr("Vote: %1 — %2").arg(say(vote.bilingual(f("title"))), state));
        }
    }
    m_tree->expandAll();
    for (QTreeWidgetItemIterator it(m_tree); !collapsed.isEmpty() && *it; ++it)
        if (collapsed.contains({(*it)->data(0, EntityRole).toInt(), (*it)->data(0, IdRole).toLongLong()}))
            (*it)->setExpanded(false);
    if (restore)
        m_tree->setCurrentItem(restore);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

qint64 VotePanel::selectedId(Entity entity) const
{
    for (QTreeWidgetItem *row = m_tree->currentItem(); row; row = row->parent())
        if (Entity(row->data(0, EntityRole).toInt()) == entity)
            return row->data(0, IdRole).toLongLong();
    return 0;
}

qint64 VotePanel::selectedItemId() const
{
    return selectedId(Entity::AgendaItem);
}

void VotePanel::showVote()
{
    // The ballots heard of since the last time are written now, whatever is shown.
    const auto heard = qScopeGuard([this] {
        m_changedBallots.clear();
        m_removedBallots.clear();
    });
    const std::optional<Record> vote = m_voteId ? m_workspace->record(Entity::Vote, m_voteId) : std::nullopt;
    const bool hasMeeting = m_meetingId.has_value();
    m_newProposal->setEnabled(selectedItemId() > 0);
    m_object->setEnabled(selectedId(Entity::Proposal) > 0);
    m_vote->setEnabled(selectedId(Entity::Proposal) > 0);
    m_election->setEnabled(selectedItemId() > 0);
    m_dots->setEnabled(selectedItemId() > 0);
    m_approval->setEnabled(hasMeeting);
    const Result<VoteCount> count = vote ? countVote(m_workspace->storage(), vote->id) : Result<VoteCount>::failure({});
    const bool open = vote && vote->text(f("status")) == u"open";
    m_close->setEnabled(open);
    m_project->setEnabled(count.ok());
    if (!count) {
        m_voteTitle->setText(hasMeeting ? (m_tree->topLevelItemCount() == 0
                                               ? tr("This meeting has no decision item yet. Give an agenda item the kind "
                                                    "\"Decision\", or add the approval of the previous minutes.")
                                               : tr("No vote selected. Choose a proposal and put it to the vote."))
                                        : tr("Choose a meeting in \"Meetings and agenda\"."));
        m_electorate->clear();
        m_help->clear();
        m_countsRow->hide();
        m_optionRow->hide();
        m_table->hide();
        m_result->clear();
        return;
    }
    m_voteTitle->setText(say(vote->bilingual(f("title"))) + u" — "_qs + say(describeRule(count.value().rule)));
    m_electorate->setText(
        tr("%n present or represented and entitled to vote when the vote opened", nullptr, count.value().electorate.present)
        + u" · "_qs + tr("%n voting members", nullptr, count.value().electorate.members) + u" · "_qs
        + (count.value().electorate.quorumMet ? tr("quorum met") : tr("quorum NOT met")));
    fillEntry(*vote, count.value());
    m_result->showCount(vote->bilingual(f("title")), count.value(), m_language);
}

bool VotePanel::report(const Result<void> &result)
{
    if (!result) {
        emit failed(result.error());
        scheduleRefresh(); // show what is stored, not what was refused
    }
    return result.ok();
}

void VotePanel::countsEdited()
{
    if (m_filling || !m_voteId)
        return;
    const Result<VoteCount> count = countVote(m_workspace->storage(), m_voteId);
    if (!count)
        return;
    if (isQuestionVote(count.value()))
        report(setCounts(*m_workspace, m_voteId, 0, 0, m_counts[0]->value(), m_counts[1]->value(), m_counts[2]->value()));
    else
        report(setBallotCounts(*m_workspace, m_voteId, m_counts[0]->value(), count.value().priority ? 0 : m_counts[1]->value()));
}

void VotePanel::tableEdited(QTableWidgetItem *item)
{
    if (m_filling || !m_voteId || item->column() == 0)
        return;
    bool ok = false;
    const int value = item->text().trimmed().isEmpty() ? 0 : item->text().trimmed().toInt(&ok);
    if (!ok && !item->text().trimmed().isEmpty()) {
        emit failed(tr("Type a whole number."));
        scheduleRefresh();
        return;
    }
    const qint64 id = m_table->item(item->row(), 0)->data(IdRole).toLongLong();
    const Result<VoteCount> count = countVote(m_workspace->storage(), m_voteId);
    if (!count)
        return;
    if (count.value().subgroups) {
        int values[3];
        for (int c = 0; c < 3; ++c)
            values[c] = m_table->item(item->row(), c + 1) ? m_table->item(item->row(), c + 1)->text().toInt() : 0;
        values[item->column() - 1] = value;
        report(setCounts(*m_workspace, m_voteId, 0, id, values[0], values[1], values[2]));
    } else {
        report(setCounts(*m_workspace, m_voteId, id, 0, value, 0, 0));
    }
}

void VotePanel::addOption()
{
    const QString name = m_optionName->text().trimmed();
    if (name.isEmpty() || !m_voteId)
        return;
    // Names of people and delegations are the same in both languages until someone edits them.
    const Result<qint64> added = addVoteOption(*m_workspace, m_voteId, {name, name});
    if (!added) {
        emit failed(added.error());
        return;
    }
    m_optionName->clear();
}

bool VotePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress || !m_voteId)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return false;
    const Result<VoteCount> count = countVote(m_workspace->storage(), m_voteId);
    if (!count || count.value().closed)
        return false;
    const qint64 id = m_table->item(row, 0)->data(IdRole).toLongLong();
    std::optional<Voice> voice;
    bool clear = key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace;
    if (count.value().mode == VoteMode::Named && isQuestionVote(count.value())) {
        if (key->key() == Qt::Key_1 || key->key() == Qt::Key_Plus)
            voice = Voice::For;
        else if (key->key() == Qt::Key_2 || key->key() == Qt::Key_Minus)
            voice = Voice::Against;
        else if (key->key() == Qt::Key_3 || key->key() == Qt::Key_0)
            voice = Voice::Abstain;
        if (!voice && !clear)
            return false;
        const bool done = voice ? report(recordBallot(*m_workspace, m_voteId, id, *voice))
                                : report(clearBallot(*m_workspace, m_voteId, id));
        if (done && voice && row + 1 < m_table->rowCount())
            m_table->setCurrentCell(row + 1, 0); // on to the next member
        return true;
    }
    if (count.value().subgroups && m_table->currentColumn() == 4) {
        if (key->key() == Qt::Key_F)
            voice = Voice::For;
        else if (key->key() == Qt::Key_A)
            voice = Voice::Against;
        else if (key->key() == Qt::Key_S)
            voice = Voice::Abstain;
        if (!voice && !clear)
            return false;
        report(declareVoice(*m_workspace, m_voteId, id, voice));
        return true;
    }
    return false;
}

static QList<ProposalDialog::Author> authorsOf(Workspace &workspace, qint64 councilId, Language language)
{
    QList<ProposalDialog::Author> authors;
    for (const Record &subgroup : workspace.records(Entity::Subgroup, councilId))
        authors.append({subgroup.bilingual(u"name"_qs).display(language), {0, subgroup.id}});
    QList<qint64> people;
    for (const Record &m : workspace.records(Entity::Membership, councilId))
        people << m.number(u"person_id"_qs);
    for (const Record &person : workspace.recordsWithIds(Entity::Person, people))
        authors.append({person.text(u"name"_qs), {person.id, 0}});
    return authors;
}

void VotePanel::newProposal()
{
    const qint64 itemId = selectedItemId();
    if (!itemId || !m_meetingId)
        return;
    const auto meeting = m_workspace->record(Entity::Meeting, *m_meetingId);
    ProposalDialog dialog(false, authorsOf(*m_workspace, meeting ? meeting->number(f("council_id")) : 0, m_language), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Record proposal(Entity::Proposal, {{f("agenda_item_id"), itemId}});
    proposal.setBilingual(f("title"), dialog.title());
    proposal.setBilingual(f("text"), dialog.text());
    proposal.setBilingual(f("theme"), dialog.theme());
    if (dialog.author().personId)
        proposal.values.insert(f("author_id"), dialog.author().personId);
    if (dialog.author().subgroupId)
        proposal.values.insert(f("author_subgroup_id"), dialog.author().subgroupId);
    const Result<qint64> added = m_workspace->addRecord(proposal);
    if (!added)
        emit failed(added.error());
}

void VotePanel::object()
{
    const qint64 proposalId = selectedId(Entity::Proposal);
    const auto proposal = proposalId ? m_workspace->record(Entity::Proposal, proposalId) : std::nullopt;
    if (!proposal || !m_meetingId)
        return;
    const auto meeting = m_workspace->record(Entity::Meeting, *m_meetingId);
    ProposalDialog dialog(true, authorsOf(*m_workspace, meeting ? meeting->number(f("council_id")) : 0, m_language), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Record counter(Entity::Proposal);
    counter.setBilingual(f("title"), dialog.title());
    counter.setBilingual(f("text"), dialog.text());
    counter.setBilingual(f("theme"), proposal->bilingual(f("theme")));
    const AuthorChoice author = dialog.author();
    Record objection(Entity::Objection);
    objection.setBilingual(f("argument"), dialog.argument());
    for (Record *record : {&counter, &objection}) {
        if (author.personId)
            record->values.insert(f("author_id"), author.personId);
        if (author.subgroupId)
            record->values.insert(f("author_subgroup_id"), author.subgroupId);
    }
    if (const Result<qint64> raised = raiseObjection(*m_workspace, proposalId, objection, counter); !raised)
        emit failed(raised.error());
}

void VotePanel::putToVote(VoteDialog::Kind kind)
{
    const qint64 itemId = selectedItemId();
    const qint64 proposalId = kind == VoteDialog::Kind::Proposal ? selectedId(Entity::Proposal) : 0;
    if (!itemId || (kind == VoteDialog::Kind::Proposal && !proposalId) || !m_meetingId)
        return;
    const auto meeting = m_workspace->record(Entity::Meeting, *m_meetingId);
    const qint64 councilId = meeting ? meeting->number(f("council_id")) : 0;
    const QDate meetingDate = QDate::fromString(meeting ? meeting->text(f("date")) : QString(), Qt::ISODate);
    const CharterRules charter = charterRules(m_workspace->storage(), councilId, meetingDate);
    // Seed 003: a council whose composition breaks its rules is told so before it votes.
    const CompositionReport composition = checkCouncilComposition(m_workspace->storage(), councilId, meetingDate);
    if (!composition.compliant()
        && QMessageBox::warning(this, tr("Composition"),
                                tr("The council's composition breaks its rules:\n%1\n\nOpen the vote anyway?")
                                    .arg(CompositionNotice::describe(composition, m_language)),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    BilingualText question;
    if (proposalId) {
        // The tree may still show a proposal an undo has just removed.
        const auto proposal = m_workspace->record(Entity::Proposal, proposalId);
        if (!proposal)
            return;
        question = proposal->bilingual(f("title"));
    } else if (const auto item = m_workspace->record(Entity::AgendaItem, itemId)) {
        question = item->bilingual(f("title"));
    }
    VoteDialog dialog(kind, charter, question, !m_workspace->records(Entity::Subgroup, councilId).isEmpty(), m_language, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    VoteSetup setup = dialog.setup();
    setup.agendaItemId = itemId;
    setup.proposalId = proposalId;
    const Result<qint64> opened = openVote(*m_workspace, setup, m_clock->now());
    if (!opened) {
        emit failed(opened.error());
        return;
    }
    selectVote(opened.value());
    // Where the next keys go: an election or a dot vote starts with its first candidate or
    // option; a question with its counts, else with each member or subgroup. A consent vote
    // by show of hands has nothing to type: the focus stays where it is.
    const Result<VoteCount> count = countVote(m_workspace->storage(), opened.value());
    QWidget *next = nullptr;
    if (count && !isQuestionVote(count.value()))
        next = m_optionName;
    else if (m_countsRow->isVisibleTo(this))
        next = countBox(0);
    else if (m_table->isVisibleTo(this))
        next = m_table;
    if (next)
        next->setFocus();
}

void VotePanel::addMinutesApproval()
{
    if (!m_meetingId)
        return;
    const Result<qint64> item = ensureMinutesApproval(*m_workspace, *m_meetingId);
    if (!item)
        emit failed(item.error());
}

void VotePanel::closeCurrentVote()
{
    if (!m_voteId)
        return;
    const Result<VoteCount> closed = closeVote(*m_workspace, m_voteId, m_clock->now());
    if (!closed)
        emit failed(closed.error());
}

} // namespace Quorum
