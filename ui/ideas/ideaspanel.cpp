// SPDX-License-Identifier: GPL-3.0-or-later
#include "ideaspanel.h"

#include "ideas/ideaboard.h"
#include "ideas/ideapriorities.h"
#include "models/recordtablemodel.h"
#include "recordtableview.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QDropEvent>
#include <QMimeData>
#include <QEvent>
#include <QHBoxLayout>
#include <QDate>
#include <QInputDialog>
#include <QLocale>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace Quorum {

IdeasPanel::IdeasPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_workshop(new QComboBox), m_kind(new QComboBox), m_saidIn(new QComboBox),
      m_capture(new QLineEdit), m_captureLabel(new QLabel), m_cardsLabel(new QLabel), m_issuesLabel(new QLabel),
      m_cards(new RecordTableModel(workspace, Entity::IdeaCard,
                                   modelColumns({"workshop_id", "kind", "text_fr", "text_nl", "said_in", "issue_id", "lever",
                                                 "sector_id", "function_id", "bassin_id"}),
                                   this)),
      m_issues(new RecordTableModel(workspace, Entity::IdeaIssue,
                                    modelColumns({"name_fr", "name_nl", "proposal_kind", "conditions_fr", "conditions_nl",
                                                  "practices_fr", "practices_nl", "clarify_fr", "clarify_nl"}),
                                    this)),
      m_cardsView(new RecordTableView), m_issuesView(new RecordTableView), m_priorities(new QPushButton),
      m_propose(new QPushButton)
{
    // The dots each issue received in the dot vote on priorities, beside its name.
    m_issues->addComputedColumn({[] { return tr("Dots"); },
                                 [this](int row, int role) -> QVariant {
                                     const qint64 id = m_issues->recordId(row);
                                     if (role != Qt::DisplayRole || !m_dots.contains(id))
                                         return {};
                                     return m_dots.value(id);
                                 }});
    const auto votesChanged = [this](Entity entity) {
        if (entity == Entity::Ballot || entity == Entity::VoteTally || entity == Entity::VoteOption || entity == Entity::IdeaIssue
            || entity == Entity::Vote)
            refreshDots();
    };
    connect(workspace, &Workspace::recordAdded, this, votesChanged);
    connect(workspace, &Workspace::recordRemoved, this, votesChanged);
    connect(workspace, &Workspace::valueChanged, this, votesChanged);
    connect(m_priorities, &QPushButton::clicked, this, [this] {
        const std::optional<qint64> item = askDecisionItem(tr("Set Priorities"));
        if (!item)
            return;
        bool ok = false;
        const int dots = QInputDialog::getInt(this, tr("Set Priorities"), tr("Dots per participant:"), 3, 1, 100, 1, &ok);
        if (ok)
            setPriorities(*item, dots);
    });
    connect(m_propose, &QPushButton::clicked, this, [this] {
        if (const std::optional<qint64> item = askDecisionItem(tr("Put on the Agenda")))
            proposeSelected(*item);
    });
    m_cardsView->setRecordModel(m_cards, m_cards);
    m_issuesView->setRecordModel(m_issues, m_issues);
    for (RecordTableView *view : {m_cardsView, m_issuesView})
        connect(view, &RecordTableView::failed, this, &IdeasPanel::failed);
    m_captureLabel->setBuddy(m_capture);
    m_cardsLabel->setBuddy(m_cardsView);
    m_issuesLabel->setBuddy(m_issuesView);
    m_capture->setClearButtonEnabled(true);
    // The themes are long sentences: the box shows their start, the list shows them whole.
    m_workshop->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workshop->setMinimumContentsLength(24);
    connect(m_capture, &QLineEdit::returnPressed, this, &IdeasPanel::captureTyped);

    auto *group = new QAction(this);
    group->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    group->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(group, &QAction::triggered, this, [this] {
        if (selectedCards().isEmpty())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Issue"), tr("Name of the issue the selected cards are about:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok) {
            BilingualText both;
            both.set(m_language == Language::Dutch ? Language::Dutch : Language::French, name);
            groupSelectedAs(both);
        }
    });
    m_cardsView->addAction(group);
    // Cards dragged onto an issue go into it; the issues' own reordering keeps working.
    m_issuesView->viewport()->installEventFilter(this);
    m_issuesView->setAcceptDrops(true);
    // The workshops of the meeting change under the capture line's choice of workshop.
    const auto workshopsChanged = [this](Entity entity) {
        if (entity == Entity::Workshop)
            refillWorkshops();
    };
    connect(workspace, &Workspace::recordAdded, this, workshopsChanged);
    connect(workspace, &Workspace::recordRemoved, this, workshopsChanged);
    connect(workspace, &Workspace::valueChanged, this, workshopsChanged);

    auto *captureLine = new QHBoxLayout;
    captureLine->addWidget(m_captureLabel);
    captureLine->addWidget(m_workshop);
    captureLine->addWidget(m_kind);
    captureLine->addWidget(m_saidIn);
    captureLine->addWidget(m_capture, 3);
    auto *cardsBox = new QWidget;
    auto *cardsLayout = new QVBoxLayout(cardsBox);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->addLayout(captureLine);
    cardsLayout->addWidget(m_cardsLabel);
    cardsLayout->addWidget(m_cardsView, 1);
    auto *issuesBox = new QWidget;
    auto *issuesLayout = new QVBoxLayout(issuesBox);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    issuesLayout->addWidget(m_issuesLabel);
    issuesLayout->addWidget(m_issuesView, 1);
    auto *issueButtons = new QHBoxLayout;
    issueButtons->addWidget(m_priorities);
    issueButtons->addWidget(m_propose);
    issueButtons->addStretch(1);
    issuesLayout->addLayout(issueButtons);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(cardsBox);
    split->addWidget(issuesBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    retranslate();
}

void IdeasPanel::setMeeting(qint64 meetingId)
{
    if (meetingId == m_meetingId)
        return;
    m_meetingId = meetingId;
    const auto parent = meetingId > 0 ? std::optional<qint64>(meetingId) : std::nullopt;
    m_cards->setParentId(parent);
    m_issues->setParentId(parent);
    m_cardsView->fitColumns();
    m_issuesView->fitColumns();
    refillWorkshops();
    refreshDots();
    setEnabled(meetingId > 0);
}

void IdeasPanel::refreshDots()
{
    m_dots = m_meetingId ? issueDots(m_workspace->storage(), m_meetingId) : QHash<qint64, int>{};
    m_issues->refreshComputedColumns();
}

QList<QPair<qint64, QString>> IdeasPanel::decisionItems() const
{
    QList<QPair<qint64, QString>> items;
    const std::optional<Record> meeting = m_workspace->storage().record(Entity::Meeting, m_meetingId);
    if (!meeting)
        return items;
    for (const Record &other : m_workspace->records(Entity::Meeting, meeting->number(u"council_id"_qs))) {
        if (other.text(u"date"_qs) < meeting->text(u"date"_qs))
            continue;
        for (const Record &item : m_workspace->records(Entity::AgendaItem, other.id))
            if (item.text(u"kind"_qs) == u"decision")
                items.append({item.id, tr("%1 — %2")
                                           .arg(QLocale().toString(QDate::fromString(other.text(u"date"_qs), Qt::ISODate), QLocale::ShortFormat),
                                                item.bilingual(u"title"_qs).display(m_language))});
    }
    return items;
}

std::optional<qint64> IdeasPanel::askDecisionItem(const QString &title)
{
    const QList<QPair<qint64, QString>> items = decisionItems();
    if (items.isEmpty()) {
        emit failed(tr("This meeting and the council's later meetings have no decision item: add one to the agenda first."));
        return std::nullopt;
    }
    QStringList labels;
    for (const auto &item : items)
        labels << item.second;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, title, tr("Decision item:"), labels, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return items.at(labels.indexOf(chosen)).first;
}

void IdeasPanel::setPriorities(qint64 agendaItemId, int dots)
{
    if (auto opened = openIssuePriorities(*m_workspace, m_meetingId, agendaItemId, dots, VoteMode::Named,
                                          QDateTime::currentDateTimeUtc());
        !opened)
        emit failed(opened.error());
    refreshDots();
}

void IdeasPanel::proposeSelected(qint64 agendaItemId)
{
    const qint64 issue = m_issuesView->currentRecordId();
    if (!issue) {
        emit failed(tr("Select the issue to put on the agenda."));
        return;
    }
    if (auto proposed = proposeIssue(*m_workspace, issue, agendaItemId); !proposed)
        emit failed(proposed.error());
}

void IdeasPanel::setLanguage(Language language)
{
    m_language = language;
    m_cards->setLanguage(language);
    m_issues->setLanguage(language);
    refillWorkshops();
}

void IdeasPanel::refillWorkshops()
{
    const qint64 chosen = m_workshop->currentData().toLongLong();
    m_workshop->clear();
    m_workshop->addItem(tr("Plenary"), 0);
    if (m_meetingId)
        for (const Record &workshop : m_workspace->records(Entity::Workshop, m_meetingId))
            m_workshop->addItem(tr("%1. %2").arg(workshop.position() + 1).arg(workshop.bilingual(u"theme"_qs).display(m_language)),
                                workshop.id);
    m_workshop->setCurrentIndex(std::max(0, m_workshop->findData(chosen)));
}

void IdeasPanel::captureTyped()
{
    CardCapture card;
    card.meetingId = m_meetingId;
    card.workshopId = m_workshop->currentData().toLongLong();
    card.kind = m_kind->currentData().toString();
    card.saidIn = m_saidIn->currentData().toString() == u"nl" ? Language::Dutch : Language::French;
    card.text = m_capture->text();
    auto added = captureCard(*m_workspace, card);
    if (!added) {
        emit failed(added.error());
        return;
    }
    m_capture->clear(); // ready for the next card: the workshop, kind and language stay
    m_cardsView->selectRecord(added.value());
    m_capture->setFocus();
}

QList<qint64> IdeasPanel::selectedCards() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_cardsView->selectionModel()->selectedIndexes())
        if (const qint64 id = m_cards->recordId(index.row()); id && !ids.contains(id))
            ids << id;
    if (ids.isEmpty() && m_cardsView->currentRecordId())
        ids << m_cardsView->currentRecordId();
    return ids;
}

void IdeasPanel::groupSelectedAs(const BilingualText &name)
{
    auto made = newIssue(*m_workspace, m_meetingId, name, selectedCards());
    if (!made)
        emit failed(made.error());
    else
        m_issuesView->selectRecord(made.value());
}

// The card ids a drag from the cards' table carries (RecordTableModel's payload), none
// when it carries anything else.
static QList<qint64> draggedCards(const QMimeData *data, qint64 meetingId)
{
    if (!data || !data->hasFormat(RecordTableModel::recordsMimeType()))
        return {};
    QDataStream stream(data->data(RecordTableModel::recordsMimeType()));
    qint32 entity = -1;
    qint64 parent = -1;
    QList<qint64> ids;
    stream >> entity >> parent >> ids;
    if (stream.status() != QDataStream::Ok || entity != qint32(Entity::IdeaCard) || parent != meetingId)
        return {};
    return ids;
}

bool IdeasPanel::dropCards(const QMimeData *data, qint64 issueId)
{
    const QList<qint64> cards = draggedCards(data, m_meetingId);
    if (cards.isEmpty() || !issueId)
        return false;
    if (auto grouped = groupCards(*m_workspace, cards, issueId); !grouped)
        emit failed(grouped.error());
    return true;
}

bool IdeasPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_issuesView->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDropEvent *>(event);
        if (draggedCards(drag->mimeData(), m_meetingId).isEmpty())
            return false; // the issues' own reordering
        const QModelIndex at = m_issuesView->indexAt(drag->position().toPoint());
        if (at.isValid())
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QModelIndex at = m_issuesView->indexAt(drop->position().toPoint());
        if (draggedCards(drop->mimeData(), m_meetingId).isEmpty())
            return false;
        if (at.isValid())
            dropCards(drop->mimeData(), m_issues->recordId(at.row()));
        drop->setDropAction(Qt::IgnoreAction); // the cards stay in their table: only their issue changed
        drop->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void IdeasPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IdeasPanel::retranslate()
{
    const QString kind = m_kind->currentData().toString();
    m_kind->clear();
    m_kind->addItem(tr("Problem seen"), u"problem"_qs);
    m_kind->addItem(tr("Solution"), u"solution"_qs);
    m_kind->addItem(tr("Question"), u"question"_qs);
    m_kind->addItem(tr("Inspiring practice"), u"practice"_qs);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    const QString saidIn = m_saidIn->currentData().toString();
    m_saidIn->clear();
    m_saidIn->addItem(tr("Said in French"), u"fr"_qs);
    m_saidIn->addItem(tr("Said in Dutch"), u"nl"_qs);
    m_saidIn->setCurrentIndex(std::max(0, m_saidIn->findData(saidIn)));
    m_captureLabel->setText(tr("&New card:"));
    m_capture->setPlaceholderText(tr("Type what was said, then Enter"));
    m_cardsLabel->setText(tr("&Cards (Ctrl+G makes an issue of the selected cards, or drag them onto an issue; a card never "
                             "names who said it):"));
    m_issuesLabel->setText(tr("&Issues and the proposals made of them:"));
    m_priorities->setText(tr("Set &Priorities by Dot Vote…"));
    m_priorities->setToolTip(tr("Opens a dot vote among this meeting's issues on a decision item; the dots show beside each issue"));
    m_propose->setText(tr("Put on the A&genda as a Proposal…"));
    m_propose->setToolTip(tr("The selected issue becomes a proposal on a decision item of this meeting or of a later one"));
    m_cards->retranslate();
    m_issues->retranslate();
    refillWorkshops();
}

} // namespace Quorum
