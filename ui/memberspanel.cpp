// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberspanel.h"

#include "settings/compositionnotice.h"

#include "models/recordtablemodel.h"
#include "persondialogs.h"
#include "privacy/erasure.h"
#include "privacy/personaldata.h"
#include "recordtableview.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Quorum {

MembersPanel::MembersPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_filter(new QLineEdit(this)), m_count(new QLabel(this)),
      m_members(new RecordTableModel(workspace, Entity::Membership,
                                     {{u"name"_qs, u"person_id"_qs},
                                      {u"organisation"_qs, u"person_id"_qs},
                                      {u"sector_id"_qs, u"person_id"_qs},
                                      {u"profession_id"_qs, u"person_id"_qs},
                                      {u"function_id"_qs, u"person_id"_qs},
                                      {u"bassin_id"_qs, u"person_id"_qs},
                                      {u"language"_qs, u"person_id"_qs},
                                      {u"gender"_qs, u"person_id"_qs},
                                      {u"role"_qs, {}},
                                      {u"subgroup_id"_qs, {}},
                                      {u"mandatory"_qs, {}},
                                      {u"term_start"_qs, {}},
                                      {u"term_end"_qs, {}}},
                                     this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new RecordTableView(this))
{
    m_proxy->setSourceModel(m_members);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_view->setRecordModel(m_proxy, m_members);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &MembersPanel::updateCount);
    connect(m_members, &QAbstractItemModel::modelReset, this, &MembersPanel::updateCount);
    connect(m_members, &QAbstractItemModel::rowsInserted, this, &MembersPanel::updateCount);
    connect(m_members, &QAbstractItemModel::rowsRemoved, this, &MembersPanel::updateCount);
    connect(m_view, &RecordTableView::failed, this, &MembersPanel::failed);
    // A new member is a new person and their membership, added as one step.
    disconnect(m_view->addRecordAction(), nullptr, m_view, nullptr);
    connect(m_view->addRecordAction(), &QAction::triggered, this, &MembersPanel::addMember);
    // One person may sit in several councils: add someone already in the workspace.
    m_addExistingAction = new QAction(this);
    m_addExistingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_addExistingAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_addExistingAction);
    connect(m_addExistingAction, &QAction::triggered, this, &MembersPanel::addExistingPerson);
    // Removing a row ends a membership; erasing a person is the right to be forgotten.
    m_eraseAction = new QAction(this);
    m_view->addAction(m_eraseAction);
    connect(m_eraseAction, &QAction::triggered, this, &MembersPanel::eraseCurrentPerson);
    // The right of access, beside the right to be forgotten.
    m_exportPersonalDataAction = new QAction(this);
    m_view->addAction(m_exportPersonalDataAction);
    connect(m_exportPersonalDataAction, &QAction::triggered, this, &MembersPanel::exportCurrentPerson);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    // What the council's rules say of these members (seed 003), kept current as they change.
    m_composition = new CompositionNotice(workspace, this);
    layout->addWidget(m_composition);
    retranslate();
}

void MembersPanel::setCouncil(std::optional<qint64> councilId)
{
    if (councilId == m_members->parentId())
        return;
    m_members->setParentId(councilId);
    m_composition->setCouncil(councilId);
    m_view->fitColumns();
}

void MembersPanel::setLanguage(Language language)
{
    m_members->setLanguage(language);
    m_composition->setLanguage(language);
}

void MembersPanel::addMember()
{
    if (!m_members->parentId())
        return;
    Result<qint64> membership = Result<qint64>::failure({});
    const Result<void> added = m_workspace->inStep(tr("Add member"), [&]() -> Result<void> {
        auto person = m_workspace->addRecord(Record(Entity::Person, {{u"name"_qs, tr("New member")}}));
        membership = person ? m_members->addRecord({{u"person_id"_qs, person.value()}}) : person;
        return membership ? Result<void>() : Result<void>::failure(membership.error());
    });
    if (!added) {
        emit failed(added.error());
        return;
    }
    m_filter->clear();
    m_view->selectRecord(membership.value());
    m_view->edit(m_view->currentIndex().siblingAtColumn(0));
}

void MembersPanel::addExistingPerson()
{
    if (!m_members->parentId())
        return;
    QSet<qint64> members;
    for (int row = 0; row < m_members->rowCount(); ++row)
        members.insert(m_members->recordAt(row).number(u"person_id"_qs));
    QList<PersonPickerDialog::Candidate> candidates;
    for (const Record &person : m_workspace->records(Entity::Person))
        if (!members.contains(person.id))
            candidates.append({person.id, person.text(u"name"_qs), person.text(u"organisation"_qs)});
    if (candidates.isEmpty()) {
        emit failed(tr("Everyone in this workspace is already a member of this council."));
        return;
    }
    PersonPickerDialog dialog(tr("Add an existing person"),
                              tr("Whom do you add to this council? They keep their other memberships."), candidates, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedPersonId() <= 0)
        return;
    auto added = m_members->addRecord({{u"person_id"_qs, dialog.selectedPersonId()}});
    if (!added) {
        emit failed(added.error());
        return;
    }
    m_filter->clear();
    m_view->selectRecord(added.value());
}

std::optional<Record> MembersPanel::currentPerson() const
{
    const int row = m_view->currentSourceRow();
    if (row < 0)
        return std::nullopt;
    return m_workspace->record(Entity::Person, m_members->recordAt(row).number(u"person_id"_qs));
}

void MembersPanel::eraseCurrentPerson()
{
    const auto person = currentPerson();
    if (!person)
        return;
    const qint64 personId = person->id;
    const int councils = int(m_workspace->recordsWhere(Entity::Membership, u"person_id"_qs, personId).size());
    const auto answer = QMessageBox::question(
        this, tr("Erase a person"),
        tr("Erase %1 and their memberships of %n council(s) from this workspace? Their name and organisation are "
           "also removed from candidacies and texts that copied them; results keep their counts. This cannot be "
           "undone. Use this when someone asks to be forgotten; to end one membership, remove the row instead.",
           nullptr, councils)
            .arg(person->text(u"name"_qs)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    // Not an undoable edit: every copy of their data goes, from the file and the history.
    if (auto erased = erasePerson(*m_workspace, personId); !erased)
        emit failed(erased.error());
}

void MembersPanel::exportCurrentPerson()
{
    const auto person = currentPerson();
    if (!person)
        return;
    const qint64 personId = person->id;
    // The person's name proposes the file name; characters no file system takes become "_".
    QString name = person->text(u"name"_qs).simplified();
    for (QChar &c : name)
        if (c.unicode() < 0x20 || QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'_';
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(name + u"-personal-data.json"_qs);
    QString path = QFileDialog::getSaveFileName(this, tr("Export personal data"), suggested, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_qs;
    if (auto written = writePersonalData(m_workspace->storage(), personId, path); !written)
        emit failed(written.error());
}

void MembersPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_members->rowCount();
    m_count->setText(shown == total ? tr("%n member(s)", nullptr, total)
                                    : tr("%1 of %n member(s)", nullptr, total).arg(shown));
}

void MembersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MembersPanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Find a member by name, organisation, sector, bassin…"));
    m_filter->setAccessibleName(tr("Find a member"));
    m_eraseAction->setText(tr("&Erase This Person from the Workspace…"));
    m_exportPersonalDataAction->setText(tr("Export &Personal Data…"));
    m_addExistingAction->setText(tr("Add an E&xisting Person…"));
    m_members->retranslate();
    updateCount();
}

} // namespace Quorum
