// SPDX-License-Identifier: GPL-3.0-or-later
#include "listsdialog.h"

#include "models/recordtablemodel.h"
#include "recordtableview.h"
#include "settings/lists.h"
#include "workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Quorum {

ListsDialog::ListsDialog(Workspace *workspace, Language language, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_language(language), m_tabs(new QTabWidget(this)),
      m_nameFr(new QLineEdit(this)), m_nameNl(new QLineEdit(this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_merge(new QPushButton(this)), m_up(new QPushButton(this)),
      m_down(new QPushButton(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Sectors, Professions and Functions"));
    for (Entity list : managedLists) {
        auto *model = new RecordTableModel(workspace, list, {{u"name_fr"_qs, {}}, {u"name_nl"_qs, {}}}, this);
        model->setLanguage(language);
        model->addComputedColumn({[] { return tr("People"); }, [this, model, list](int row, int role) -> QVariant {
                                      if (role != Qt::DisplayRole)
                                          return {};
                                      return m_uses.value(int(list)).value(model->recordId(row));
                                  }});
        auto *view = new RecordTableView;
        view->setRecordModel(model, model);
        // Removing goes through removeListEntry, which refuses while people use the entry;
        // the table's own Delete would silently clear their sector.
        view->removeAction(view->removeRecordAction());
        disconnect(view->addRecordAction(), nullptr, view, nullptr);
        connect(view->addRecordAction(), &QAction::triggered, m_nameFr, qOverload<>(&QWidget::setFocus));
        connect(view, &RecordTableView::failed, this, &ListsDialog::showMessage);
        m_tabs->addTab(view, entityLabel(list));
        m_lists.append({list, model, view});
    }
    countUses();
    // Anyone's sector, profession or function may change while the dialog is open (undo).
    const auto recount = [this] {
        if (m_countPending)
            return;
        m_countPending = true;
        QTimer::singleShot(0, this, [this] {
            m_countPending = false;
            countUses();
        });
    };
    connect(workspace, &Workspace::valueChanged, this, recount);
    connect(workspace, &Workspace::recordAdded, this, recount);
    connect(workspace, &Workspace::recordRemoved, this, recount);

    m_nameFr->setMaxLength(300);
    m_nameNl->setMaxLength(300);
    m_nameFr->setPlaceholderText(tr("Name in French"));
    m_nameNl->setPlaceholderText(tr("Name in Dutch"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_merge->setText(tr("&Merge Into…"));
    m_up->setText(tr("Move &Up"));
    m_down->setText(tr("Move &Down"));
    m_merge->setToolTip(tr("Everyone with the selected entry gets the one you choose, and the selected entry goes."));
    m_remove->setToolTip(tr("Only an entry nobody uses can be removed; merge it otherwise."));
    connect(m_add, &QPushButton::clicked, this, &ListsDialog::add);
    connect(m_nameNl, &QLineEdit::returnPressed, this, &ListsDialog::add);
    connect(m_remove, &QPushButton::clicked, this, &ListsDialog::removeCurrent);
    connect(m_merge, &QPushButton::clicked, this, &ListsDialog::mergeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { current().view->moveUpAction()->trigger(); });
    connect(m_down, &QPushButton::clicked, this, [this] { current().view->moveDownAction()->trigger(); });
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);

    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_nameFr, 1);
    newRow->addWidget(m_nameNl, 1);
    newRow->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_up, m_down, m_merge, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Rename an entry in the table; the names show in each language's screens and "
                                    "documents. Undo takes back any change."),
                                 this));
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    layout->addLayout(newRow);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(640, 520);
}

RecordTableView *ListsDialog::view(Entity list) const
{
    for (const Tab &tab : m_lists)
        if (tab.list == list)
            return tab.view;
    return nullptr;
}

const ListsDialog::Tab &ListsDialog::current() const
{
    return m_lists.at(std::clamp(m_tabs->currentIndex(), 0, int(m_lists.size()) - 1));
}

// One pass over the people, not one query per cell painted.
void ListsDialog::countUses()
{
    m_uses.clear();
    for (const Record &person : m_workspace->records(Entity::Person)) {
        m_uses[int(Entity::Sector)][person.number(u"sector_id"_qs)] += 1;
        m_uses[int(Entity::Profession)][person.number(u"profession_id"_qs)] += 1;
        m_uses[int(Entity::Function)][person.number(u"function_id"_qs)] += 1;
    }
    for (const Tab &tab : std::as_const(m_lists))
        tab.model->refreshComputedColumns();
}

void ListsDialog::showMessage(const QString &error)
{
    m_message->setText(error);
    m_message->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("QLabel { color: #cf222e; }"));
    m_message->setVisible(!error.isEmpty());
}

void ListsDialog::add()
{
    const Tab &tab = current();
    const Result<qint64> added = addListEntry(*m_workspace, tab.list, {m_nameFr->text(), m_nameNl->text()});
    if (!added) {
        showMessage(added.error());
        return;
    }
    showMessage({});
    m_nameFr->clear();
    m_nameNl->clear();
    tab.view->selectRecord(added.value());
}

void ListsDialog::removeCurrent()
{
    const Tab &tab = current();
    const qint64 id = tab.view->currentRecordId();
    if (id <= 0)
        return;
    const Result<void> removed = removeListEntry(*m_workspace, tab.list, id);
    showMessage(removed ? QString() : removed.error());
}

void ListsDialog::mergeCurrent()
{
    const Tab &tab = current();
    const qint64 from = tab.view->currentRecordId();
    if (from <= 0)
        return;
    QStringList names;
    QList<qint64> ids;
    for (const Record &r : m_workspace->records(tab.list)) {
        if (r.id == from)
            continue;
        names << recordLabel(r, m_language);
        ids << r.id;
    }
    if (ids.isEmpty()) {
        showMessage(tr("There is no other entry to merge into."));
        return;
    }
    const auto source = m_workspace->record(tab.list, from);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Merge"), tr("Merge “%1” into:").arg(source ? recordLabel(*source, m_language) : QString()), names, 0,
        false, &ok);
    if (!ok)
        return;
    const Result<void> merged = mergeListEntries(*m_workspace, tab.list, from, ids.at(names.indexOf(chosen)));
    showMessage(merged ? QString() : merged.error());
}

} // namespace Quorum
