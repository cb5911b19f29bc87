// SPDX-License-Identifier: GPL-3.0-or-later
#include "whogoeswherepanel.h"

#include "workshopchoicesdialog.h"

#include "workshops/workshopassignment.h"
#include "workshops/workshopreport.h"
#include "workspace.h"

#include <QAction>
#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Quorum {

void SeatTree::dropEvent(QDropEvent *event)
{
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    QTreeWidgetItem *dragged = currentItem();
    event->setDropAction(Qt::IgnoreAction);
    event->accept(); // the panel moves the person and rereads the lists: the tree moves nothing itself
    if (!target || !dragged || dragged->data(0, WhoGoesWherePanel::IsWorkshopRole).toBool())
        return;
    QTreeWidgetItem *workshop = target->data(0, WhoGoesWherePanel::IsWorkshopRole).toBool() ? target : target->parent();
    if (workshop && dropped)
        dropped(dragged->data(0, WhoGoesWherePanel::IdRole).toLongLong(), workshop->data(0, WhoGoesWherePanel::IdRole).toLongLong());
}

WhoGoesWherePanel::WhoGoesWherePanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_tree(new SeatTree), m_search(new QLineEdit), m_split(new QPushButton),
      m_figures(new QLabel), m_hint(new QLabel)
{
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->dropped = [this](qint64 person, qint64 workshop) { place(person, workshop); };
    m_search->setClearButtonEnabled(true);
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);

    const auto shortcut = [this](QKeySequence keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelected(+1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelected(-1); });
    shortcut(QKeySequence(Qt::Key_Delete), [this] { takeOutSelected(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { toggleLockOfSelected(); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { editChoicesOfSelected(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_split, &QPushButton::clicked, this, &WhoGoesWherePanel::splitAutomatically);
    connect(m_search, &QLineEdit::textChanged, this, &WhoGoesWherePanel::applyFilter);

    // The lists follow every change that moves someone: seats, choices, a workshop's
    // capacity or lock, who is present, a name.
    const auto concerns = [](Entity entity) {
        return entity == Entity::WorkshopSeat || entity == Entity::WorkshopChoice || entity == Entity::Workshop
               || entity == Entity::Attendance || entity == Entity::Person;
    };
    connect(workspace, &Workspace::recordAdded, this, [=, this](Entity entity) {
        if (concerns(entity))
            scheduleRebuild();
    });
    connect(workspace, &Workspace::recordRemoved, this, [=, this](Entity entity) {
        if (concerns(entity))
            scheduleRebuild();
    });
    connect(workspace, &Workspace::valueChanged, this, [=, this](Entity entity) {
        if (concerns(entity))
            scheduleRebuild();
    });
    connect(workspace, &Workspace::reloadNeeded, this, &WhoGoesWherePanel::scheduleRebuild);

    auto *top = new QHBoxLayout;
    top->addWidget(m_split);
    top->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_figures);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_hint);
    retranslate();
}

void WhoGoesWherePanel::setMeeting(qint64 meetingId)
{
    if (meetingId == m_meetingId)
        return;
    m_meetingId = meetingId;
    rebuild();
}

void WhoGoesWherePanel::setLanguage(Language language)
{
    m_language = language;
    retranslate();
}

void WhoGoesWherePanel::scheduleRebuild()
{
    if (m_rebuildPending || m_meetingId == 0)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildPending = false;
        rebuild();
    });
}

void WhoGoesWherePanel::rebuild()
{
    const qint64 keepPerson = selectedPerson();
    const qint64 keepWorkshop = keepPerson ? 0 : selectedWorkshop();
    m_tree->clear();
    m_workshopOrder.clear();
    if (m_meetingId == 0) {
        m_figures->clear();
        m_split->setEnabled(false);
        return;
    }
    const MeetingWorkshops lists = readMeetingWorkshops(m_workspace->storage(), m_meetingId);
    const SplitOutcome measured = measureAssignment(lists.splitInput(), lists.seats());
    m_split->setEnabled(!lists.workshops.isEmpty() && !lists.participants.isEmpty());

    const auto personItem = [this](const WorkshopParticipant &person, qint64 workshopId) {
        auto *item = new QTreeWidgetItem;
        const qsizetype rank = person.choices.indexOf(workshopId);
        item->setText(0, person.pinned ? tr("%1 (placed by hand)").arg(person.name) : person.name);
        item->setText(1, person.organisation);
        item->setText(2, person.sector.display(m_language));
        item->setText(3, !workshopId ? QString() : rank == 0 ? tr("1st choice") : rank == 1 ? tr("2nd choice")
                                                  : rank == 2 ? tr("3rd choice")
                                                  : person.choices.isEmpty() ? tr("no choice") : tr("not chosen"));
        item->setData(0, IdRole, person.personId);
        item->setData(0, IsWorkshopRole, false);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        return item;
    };
    const auto groupItem = [this](const QString &text, qint64 workshopId) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, text);
        item->setData(0, IdRole, workshopId);
        item->setData(0, IsWorkshopRole, true);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled);
        item->setFirstColumnSpanned(true);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        return item;
    };

    for (const Record &workshop : lists.workshops) {
        m_workshopOrder << workshop.id;
        int size = 0;
        for (const WorkshopParticipant &person : lists.participants)
            size += person.seatWorkshopId == workshop.id ? 1 : 0;
        const QVariant capacity = workshop.value(u"capacity"_qs);
        QString heading = tr("%1. %2").arg(workshop.position() + 1).arg(workshop.bilingual(u"theme"_qs).display(m_language));
        if (!workshop.text(u"room"_qs).isEmpty())
            heading += tr(" — %1").arg(workshop.text(u"room"_qs));
        heading += capacity.isNull() ? tr(" — %n person(s)", nullptr, size)
                                     : tr(" — %1 of %2 places").arg(size).arg(capacity.toInt());
        if (workshop.number(u"locked"_qs) != 0)
            heading += tr(" — list locked");
        QTreeWidgetItem *group = groupItem(heading, workshop.id);
        for (const WorkshopParticipant &person : lists.participants)
            if (person.seatWorkshopId == workshop.id)
                group->addChild(personItem(person, workshop.id));
        group->sortChildren(0, Qt::AscendingOrder);
    }
    if (!measured.unplaced.isEmpty()) {
        QTreeWidgetItem *group = groupItem(tr("Without a place (%n)", nullptr, int(measured.unplaced.size())), 0);
        for (const WorkshopParticipant &person : lists.participants)
            if (!person.seatWorkshopId)
                group->addChild(personItem(person, 0));
        group->sortChildren(0, Qt::AscendingOrder);
    }
    m_tree->expandAll();
    for (int c = 1; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);

    if (lists.workshops.isEmpty()) {
        m_figures->setText(tr("This meeting has no workshops: add them above."));
    } else if (measured.withChoices == 0) {
        m_figures->setText(tr("%n participant(s), nobody gave a workshop choice.", nullptr, int(lists.participants.size())));
    } else {
        const int share = qRound(100.0 * measured.firstChoiceHonoured / measured.withChoices);
        m_figures->setText(tr("%1 of %2 have their first choice (%3%), %4 one of their choices; %n without a place.", nullptr,
                              int(measured.unplaced.size()))
                               .arg(measured.firstChoiceHonoured)
                               .arg(measured.withChoices)
                               .arg(share)
                               .arg(measured.someChoiceHonoured));
    }
    if (keepPerson)
        selectPerson(keepPerson);
    for (int i = 0; keepWorkshop && i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, IdRole).toLongLong() == keepWorkshop)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
    applyFilter();
}

void WhoGoesWherePanel::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    QTreeWidgetItem *firstMatch = nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        int shown = 0;
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *person = group->child(c);
            const bool match = needle.isEmpty() || person->text(0).contains(needle, Qt::CaseInsensitive)
                               || person->text(1).contains(needle, Qt::CaseInsensitive);
            person->setHidden(!match);
            shown += match ? 1 : 0;
            if (match && !needle.isEmpty() && !firstMatch)
                firstMatch = person;
        }
        group->setHidden(!needle.isEmpty() && shown == 0);
    }
    if (firstMatch)
        m_tree->setCurrentItem(firstMatch);
}

qint64 WhoGoesWherePanel::selectedPerson() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && !item->data(0, IsWorkshopRole).toBool() ? item->data(0, IdRole).toLongLong() : 0;
}

qint64 WhoGoesWherePanel::selectedWorkshop() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return 0;
    if (!item->data(0, IsWorkshopRole).toBool())
        item = item->parent();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void WhoGoesWherePanel::selectPerson(qint64 personId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int c = 0; c < group->childCount(); ++c)
            if (group->child(c)->data(0, IdRole).toLongLong() == personId) {
                m_tree->setCurrentItem(group->child(c));
                return;
            }
    }
}

void WhoGoesWherePanel::place(qint64 personId, qint64 workshopId)
{
    if (auto placed = placeInWorkshop(*m_workspace, m_meetingId, personId, workshopId); !placed)
        emit failed(placed.error());
    rebuild();
    selectPerson(personId);
}

void WhoGoesWherePanel::moveSelected(int step)
{
    const qint64 person = selectedPerson();
    if (!person || m_workshopOrder.isEmpty())
        return;
    // From nowhere, Alt+Down goes to the first workshop and Alt+Up to the last.
    const qsizetype at = m_workshopOrder.indexOf(selectedWorkshop());
    const qsizetype next = at < 0 ? (step > 0 ? 0 : m_workshopOrder.size() - 1) : at + step;
    if (next < 0 || next >= m_workshopOrder.size())
        return;
    place(person, m_workshopOrder.at(next));
}

void WhoGoesWherePanel::takeOutSelected()
{
    if (const qint64 person = selectedPerson(); person && selectedWorkshop())
        place(person, 0);
}

void WhoGoesWherePanel::toggleLockOfSelected()
{
    const qint64 workshop = selectedWorkshop();
    if (!workshop)
        return;
    const MeetingWorkshops lists = readMeetingWorkshops(m_workspace->storage(), m_meetingId);
    const Record *record = lists.workshop(workshop);
    if (!record)
        return;
    if (auto set = m_workspace->setValue(Entity::Workshop, workshop, u"locked"_qs, record->number(u"locked"_qs) ? 0 : 1); !set)
        emit failed(set.error());
}

WorkshopChoicesDialog *WhoGoesWherePanel::openChoices()
{
    const qint64 person = selectedPerson();
    if (!person)
        return nullptr;
    auto *dialog = new WorkshopChoicesDialog(readMeetingWorkshops(m_workspace->storage(), m_meetingId), person,
                                             workshopChoicesAllowed(m_workspace->storage(), m_meetingId), m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, person] {
        if (auto set = setWorkshopChoices(*m_workspace, m_meetingId, person, dialog->ranked()); !set)
            emit failed(set.error());
        rebuild();
        selectPerson(person);
    });
    dialog->open();
    return dialog;
}

void WhoGoesWherePanel::editChoicesOfSelected()
{
    openChoices();
}

void WhoGoesWherePanel::splitAutomatically()
{
    if (auto split = assignWorkshops(*m_workspace, m_meetingId); !split)
        emit failed(split.error());
    rebuild();
}

void WhoGoesWherePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WhoGoesWherePanel::retranslate()
{
    m_split->setText(tr("&Split Automatically"));
    // The rules, as printed with the lists: the split is announced, not a black box.
    m_split->setToolTip(workshopSplitCriteria().in(m_language == Language::Dutch ? Language::Dutch : Language::French));
    m_search->setPlaceholderText(tr("Find a participant by name or organisation (Ctrl+F)"));
    m_tree->setHeaderLabels({tr("Name"), tr("Organisation"), tr("Sector"), tr("Choice")});
    m_hint->setText(tr("Alt+↓ / Alt+↑ moves the selected person to the next or previous workshop, Delete takes them out, "
                       "Ctrl+L locks or unlocks a list, Enter edits their choices; or drag a person onto a workshop. "
                       "Someone moved by hand stays there when the split runs again."));
    rebuild();
}

} // namespace Quorum
