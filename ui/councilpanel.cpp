// SPDX-License-Identifier: GPL-3.0-or-later
#include "councilpanel.h"

#include "choicedelegate.h"
#include "models/recordtablemodel.h"
#include "recordtableview.h"
#include "rules/decisionrules.h"
#include "settings/compositionnotice.h"
#include "settings/listsdialog.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QPushButton>
#include <QDataWidgetMapper>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Quorum {

CouncilPanel::CouncilPanel(Workspace *workspace, RecordTableModel *councils, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_councils(councils), m_mapper(new QDataWidgetMapper(this)), m_identity(new QGroupBox(this)),
      m_form(new QFormLayout), m_nameFr(new QLineEdit), m_nameNl(new QLineEdit), m_acronymFr(new QLineEdit),
      m_acronymNl(new QLineEdit), m_kind(new QComboBox), m_bassin(new QComboBox), m_rules(new QGroupBox(this)),
      m_rulesForm(new QFormLayout), m_quorumRule(new QComboBox), m_maxSectorShare(new QLineEdit),
      m_minLanguageShare(new QLineEdit), m_minBassinShare(new QLineEdit), m_maxFunctionShare(new QLineEdit),
      m_minGenderShare(new QLineEdit), m_seatCap(new QLineEdit),
      m_noOpenSeats(new QCheckBox), m_funderFr(new QLineEdit), m_funderNl(new QLineEdit),
      m_listsButton(new QPushButton(this)), m_composition(new CompositionNotice(workspace, this)),
      m_subgroupsLabel(new QLabel(this)),
      m_subgroups(new RecordTableModel(workspace, Entity::Subgroup,
                                       {{u"name_fr"_qs, {}}, {u"name_nl"_qs, {}}, {u"min_seats"_qs, {}}, {u"max_seats"_qs, {}}},
                                       this)),
      m_subgroupsView(new RecordTableView(this)), m_chartersLabel(new QLabel(this)),
      m_charters(new RecordTableModel(workspace, Entity::Charter,
                                      {{u"version"_qs, {}},
                                       {u"adopted_on"_qs, {}},
                                       {u"title_fr"_qs, {}},
                                       {u"title_nl"_qs, {}},
                                       {u"decision_rule"_qs, {}},
                                       {u"subgroup_rule"_qs, {}},
                                       {u"election_rule"_qs, {}}},
                                      this)),
      m_chartersView(new RecordTableView(this))
{
    // The rule codes are exact; beside them, the council's decision rule in words.
    const int ruleColumn = m_charters->columnOf(u"decision_rule"_qs);
    m_charters->addComputedColumn({[] { return tr("Decision rule in words"); },
                                   [this, ruleColumn](int row, int role) -> QVariant {
                                       if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
                                           return {};
                                       const Result<DecisionRule> rule = parseRuleCode(
                                           m_charters->index(row, ruleColumn).data(Qt::EditRole).toString());
                                       return rule ? describeRule(rule.value()).display(m_language) : QVariant();
                                   }});
    connect(m_charters, &QAbstractItemModel::dataChanged, m_charters, [this, ruleColumn](const QModelIndex &topLeft,
                                                                                         const QModelIndex &bottomRight) {
        // Only a change of the code itself (the refresh below reports the words column).
        if (topLeft.column() <= ruleColumn && ruleColumn <= bottomRight.column())
            m_charters->refreshComputedColumns();
    });
    for (QLineEdit *edit : {m_nameFr, m_nameNl, m_acronymFr, m_acronymNl, m_funderFr, m_funderNl})
        edit->setMaxLength(300);
    // Names for tests and accessibility tools to find the fields by.
    for (auto [edit, name] : {std::pair{m_acronymFr, "acronymFr"}, std::pair{m_acronymNl, "acronymNl"},
                              std::pair{m_seatCap, "seatCap"}, std::pair{m_minLanguageShare, "minLanguageShare"},
                              std::pair{m_funderFr, "funderFr"}, std::pair{m_funderNl, "funderNl"}})
        edit->setObjectName(QString::fromLatin1(name));
    // Percentages and seat counts: empty means "not set"; the schema checks the range.
    for (QLineEdit *edit : {m_maxSectorShare, m_maxFunctionShare, m_minLanguageShare, m_minBassinShare, m_minGenderShare, m_seatCap})
        edit->setMaximumWidth(80);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // Labels are made here, not by addRow(QString, …), which makes none for an empty text.
    for (QWidget *field : std::initializer_list<QWidget *>{m_kind, m_nameFr, m_nameNl, m_acronymFr, m_acronymNl, m_bassin}) {
        auto *label = new QLabel;
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_identity->setLayout(m_form);
    m_rulesForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // A quorum rule reads as a whole sentence: the combo has a row of its own, the full
    // width of the form, under its label, so the sentence is never clipped.
    auto *quorumLabel = new QLabel;
    quorumLabel->setObjectName(u"quorumLabel"_qs);
    quorumLabel->setBuddy(m_quorumRule);
    m_rulesForm->addRow(quorumLabel);
    m_rulesForm->addRow(m_quorumRule);
    for (QWidget *field : std::initializer_list<QWidget *>{m_maxSectorShare, m_maxFunctionShare, m_minLanguageShare,
                                                            m_minBassinShare, m_minGenderShare, m_seatCap, m_noOpenSeats,
                                                            m_funderFr, m_funderNl}) {
        auto *label = new QLabel;
        label->setBuddy(field);
        m_rulesForm->addRow(label, field);
    }
    m_rules->setLayout(m_rulesForm);

    // The mapper writes through the model's setData, so form edits are undoable too.
    m_mapper->setModel(councils);
    m_mapper->setItemDelegate(new ChoiceDelegate(this));
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    m_mapper->addMapping(m_kind, councils->columnOf(u"kind"_qs));
    m_mapper->addMapping(m_nameFr, councils->columnOf(u"name_fr"_qs));
    m_mapper->addMapping(m_nameNl, councils->columnOf(u"name_nl"_qs));
    m_mapper->addMapping(m_acronymFr, councils->columnOf(u"acronym_fr"_qs));
    m_mapper->addMapping(m_acronymNl, councils->columnOf(u"acronym_nl"_qs));
    m_mapper->addMapping(m_bassin, councils->columnOf(u"bassin_id"_qs));
    m_mapper->addMapping(m_quorumRule, councils->columnOf(u"quorum_rule"_qs));
    m_mapper->addMapping(m_maxSectorShare, councils->columnOf(u"max_sector_share"_qs));
    m_mapper->addMapping(m_minLanguageShare, councils->columnOf(u"min_language_share"_qs));
    m_mapper->addMapping(m_minBassinShare, councils->columnOf(u"min_bassin_share"_qs));
    m_mapper->addMapping(m_maxFunctionShare, councils->columnOf(u"max_function_share"_qs));
    m_mapper->addMapping(m_minGenderShare, councils->columnOf(u"min_gender_share"_qs));
    m_mapper->addMapping(m_seatCap, councils->columnOf(u"seat_cap"_qs));
    m_mapper->addMapping(m_noOpenSeats, councils->columnOf(u"no_open_seats"_qs));
    m_mapper->addMapping(m_funderFr, councils->columnOf(u"funder_fr"_qs));
    m_mapper->addMapping(m_funderNl, councils->columnOf(u"funder_nl"_qs));
    // Combos and the check box commit as soon as a choice is made, not when focus leaves.
    for (QComboBox *combo : {m_kind, m_bassin, m_quorumRule})
        connect(combo, &QComboBox::activated, m_mapper, &QDataWidgetMapper::submit);
    connect(m_noOpenSeats, &QCheckBox::clicked, m_mapper, &QDataWidgetMapper::submit);
    connect(m_listsButton, &QPushButton::clicked, this, &CouncilPanel::editLists);
    connect(councils, &QAbstractItemModel::dataChanged, this, [this] { m_mapper->revert(); });

    m_subgroupsView->setRecordModel(m_subgroups, m_subgroups);
    m_subgroupsLabel->setBuddy(m_subgroupsView);
    connect(m_subgroupsView, &RecordTableView::failed, this, &CouncilPanel::failed);

    m_chartersView->setRecordModel(m_charters, m_charters);
    m_chartersLabel->setBuddy(m_chartersView);
    m_chartersLabel->setWordWrap(true);
    connect(m_chartersView, &RecordTableView::failed, this, &CouncilPanel::failed);

    auto *forms = new QHBoxLayout;
    forms->addWidget(m_identity, 2);
    forms->addWidget(m_rules, 3);
    auto *subgroupsRow = new QHBoxLayout;
    subgroupsRow->addWidget(m_subgroupsLabel, 1);
    subgroupsRow->addWidget(m_listsButton);
    m_subgroupsLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(forms);
    layout->addLayout(subgroupsRow);
    layout->addWidget(m_subgroupsView, 2);
    layout->addWidget(m_composition);
    layout->addWidget(m_chartersLabel);
    layout->addWidget(m_chartersView, 1);
    retranslate();
}

void CouncilPanel::fillCombos()
{
    // The mapper's delegate edits combos through setEditorData, which looks up the
    // stored value among the item data: fill them with every option first.
    const int row = m_mapper->currentIndex();
    if (row < 0)
        return;
    for (auto [combo, column] : {std::pair{m_kind, u"kind"_qs}, std::pair{m_bassin, u"bassin_id"_qs},
                                 std::pair{m_quorumRule, u"quorum_rule"_qs}}) {
        const QModelIndex index = m_councils->index(row, m_councils->columnOf(column));
        const bool choice = FieldType(index.data(RecordTableModel::FieldTypeRole).toInt()) == FieldType::Choice;
        const QVariantList options =
            index.data(choice ? RecordTableModel::ChoicesRole : RecordTableModel::ReferenceOptionsRole).toList();
        combo->clear();
        for (const QVariant &o : options) {
            const QVariantMap map = o.toMap();
            combo->addItem(map.value(u"label"_qs).toString(), map.value(choice ? u"code"_qs : u"id"_qs));
        }
    }
}

void CouncilPanel::setCouncilRow(int row)
{
    ++m_councilLoads;
    m_mapper->setCurrentIndex(row);
    fillCombos();
    m_mapper->revert();
    m_identity->setEnabled(row >= 0);
    m_rules->setEnabled(row >= 0);
    m_composition->setCouncil(row >= 0 ? std::optional<qint64>(m_councils->recordId(row)) : std::nullopt);
    m_subgroups->setParentId(row >= 0 ? std::optional<qint64>(m_councils->recordId(row)) : std::nullopt);
    m_subgroupsView->fitColumns();
    m_charters->setParentId(row >= 0 ? std::optional<qint64>(m_councils->recordId(row)) : std::nullopt);
    m_chartersView->fitColumns();
    // The codes are for editing; the words column says what they mean, so it stays in view.
    for (const char *rule : {"decision_rule", "subgroup_rule", "election_rule"})
        m_chartersView->setColumnWidth(m_charters->columnOf(QString::fromLatin1(rule)), 140);
}

void CouncilPanel::setLanguage(Language language)
{
    m_language = language;
    m_subgroups->setLanguage(language);
    m_charters->setLanguage(language);
    m_charters->refreshComputedColumns();
    m_composition->setLanguage(language);
    fillCombos();
    m_mapper->revert();
}

void CouncilPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CouncilPanel::retranslate()
{
    m_identity->setTitle(tr("Council"));
    const QList<std::pair<QWidget *, QString>> labels = {
        {m_kind, tr("&Kind:")},
        {m_nameFr, tr("Name (&French):")},
        {m_nameNl, tr("Name (&Dutch):")},
        {m_acronymFr, tr("Acronym (F&rench):")},
        {m_acronymNl, tr("Acronym (Dutc&h):")},
        {m_bassin, tr("&Bassin:")},
    };
    for (const auto &[field, text] : labels)
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    m_rules->setTitle(tr("Rules and balance"));
    const QList<std::pair<QWidget *, QString>> rules = {
        {m_maxSectorShare, tr("Largest sector share (%):")},
        {m_minLanguageShare, tr("Smallest language share (%):")},
        {m_minBassinShare, tr("Smallest bassin share (%):")},
        {m_maxFunctionShare, tr("Largest function share (%):")},
        {m_minGenderShare, tr("Smallest gender share (%):")},
        {m_seatCap, tr("Most seats in all:")},
        {m_noOpenSeats, tr("Seats:")},
        {m_funderFr, tr("Funder's mention (French):")},
        {m_funderNl, tr("Funder's mention (Dutch):")},
    };
    for (const auto &[field, text] : rules)
        if (auto *label = qobject_cast<QLabel *>(m_rulesForm->labelForField(field)))
            label->setText(text);
    if (auto *label = m_rules->findChild<QLabel *>(u"quorumLabel"_qs))
        label->setText(tr("&Quorum:"));
    m_noOpenSeats->setText(tr("No open seats: every vote sits in a cluster"));
    for (QLineEdit *edit : {m_maxSectorShare, m_maxFunctionShare, m_minLanguageShare, m_minBassinShare, m_minGenderShare, m_seatCap})
        edit->setPlaceholderText(tr("none"));
    m_maxSectorShare->setToolTip(tr("The balance monitor warns when one sector holds more of those present."));
    m_minLanguageShare->setToolTip(tr("The balance monitor warns when French or Dutch speakers are missing or hold less."));
    m_minBassinShare->setToolTip(tr("The balance monitor warns when a bassin is missing or holds less of those present."));
    m_maxFunctionShare->setToolTip(tr("The balance monitor warns when one function holds more of those present."));
    m_minGenderShare->setToolTip(tr("The balance monitor warns when women or men hold less of those present."));
    m_seatCap->setToolTip(tr("Voting members in all, as the charter sets it (25 for a care council)."));
    m_listsButton->setText(tr("Sectors, Professions and &Functions…"));
    m_subgroupsLabel->setText(tr("&Subgroups and clusters (one voice each; seat ranges where the charter sets them):"));
    m_subgroups->retranslate();
    m_chartersLabel->setText(tr("C&harter: its dated versions and decision rules. The latest version adopted on or before "
                                "a meeting's date gives the default rules of its votes (rule codes: see the "
                                "documentation)."));
    m_charters->retranslate();
}

void CouncilPanel::editLists()
{
    ListsDialog dialog(m_workspace, m_language, this);
    connect(&dialog, &ListsDialog::failed, this, &CouncilPanel::failed);
    dialog.exec();
}

} // namespace Quorum
