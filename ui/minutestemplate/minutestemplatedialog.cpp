// SPDX-License-Identifier: GPL-3.0-or-later
#include "minutestemplatedialog.h"

#include "models/recordtablemodel.h"
#include "recordtableview.h"
#include "synthesis/minutestemplate.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Quorum {

MinutesTemplateDialog::MinutesTemplateDialog(Workspace *workspace, qint64 councilId, Language language, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_councilId(councilId),
      m_model(new RecordTableModel(workspace, Entity::MinutesTemplate,
                                   {{u"kind"_qs, {}}, {u"title_fr"_qs, {}}, {u"title_nl"_qs, {}}}, this)),
      m_view(new RecordTableView(this)), m_start(new QPushButton(this)), m_message(new QLabel(this))
{
    const std::optional<Record> council = workspace->record(Entity::Council, councilId);
    setWindowTitle(tr("Minutes Template — %1").arg(council ? council->bilingual(u"name"_qs).display(language) : QString()));
    m_model->setLanguage(language);
    m_model->setParentId(councilId);
    m_view->setRecordModel(m_model, m_model);

    auto *explanation = new QLabel(
        tr("The sections the drafts of this council's minutes have, in this order. A title left empty keeps "
           "Quorum's; a bassin's round-table entry adds the bassin's name after the title. Without any "
           "section, drafts have all of Quorum's."),
        this);
    explanation->setWordWrap(true);
    auto *label = new QLabel(tr("&Sections (Insert adds, Delete removes, Ctrl+Shift+↑/↓ moves):"), this);
    label->setBuddy(m_view);
    m_start->setText(tr("Start from &Quorum's Sections"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &MinutesTemplateDialog::startFromDefaults);
    connect(m_view, &RecordTableView::failed, this, [this](const QString &error) {
        m_message->setText(error);
        m_message->setVisible(true);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MinutesTemplateDialog::refreshStart);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MinutesTemplateDialog::refreshStart);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MinutesTemplateDialog::refreshStart);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_start, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 520);
    // The kind as wide as its words, the two titles sharing the rest equally.
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    refreshStart();
}

void MinutesTemplateDialog::startFromDefaults()
{
    if (auto created = createDefaultMinutesTemplate(*m_workspace, m_councilId); !created) {
        m_message->setText(created.error());
        m_message->setVisible(true);
        return;
    }
    m_message->setVisible(false);
    m_view->setFocus(Qt::OtherFocusReason);
}

void MinutesTemplateDialog::refreshStart()
{
    m_start->setEnabled(m_model->rowCount() == 0);
}

} // namespace Quorum
