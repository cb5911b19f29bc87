// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisiondialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Quorum {
namespace {

// One row of a form: the French field, then the Dutch one, each named for screen readers.
template<typename Edit>
QWidget *pair(Edit *fr, Edit *nl, const QString &name)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    fr->setAccessibleName(QCoreApplication::translate("Quorum::DecisionDialogs", "%1 in French").arg(name));
    nl->setAccessibleName(QCoreApplication::translate("Quorum::DecisionDialogs", "%1 in Dutch").arg(name));
    fr->setPlaceholderText(QCoreApplication::translate("Quorum::DecisionDialogs", "Français"));
    nl->setPlaceholderText(QCoreApplication::translate("Quorum::DecisionDialogs", "Nederlands"));
    layout->addWidget(fr);
    layout->addWidget(nl);
    return row;
}

BilingualFields lineFields()
{
    BilingualFields fields{new QLineEdit, new QLineEdit};
    fields.fr->setMaxLength(300);
    fields.nl->setMaxLength(300);
    return fields;
}

BilingualTextFields textFields(int lines)
{
    BilingualTextFields fields{new QPlainTextEdit, new QPlainTextEdit};
    for (QPlainTextEdit *edit : {fields.fr, fields.nl}) {
        edit->setTabChangesFocus(true); // Tab moves on, as in every other field of the form
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    }
    return fields;
}

} // namespace

BilingualText BilingualFields::text() const
{
    return {fr->text().trimmed(), nl->text().trimmed()};
}

BilingualText BilingualTextFields::text() const
{
    return {fr->toPlainText().trimmed(), nl->toPlainText().trimmed()};
}

ProposalDialog::ProposalDialog(bool objecting, const QList<Author> &authors, QWidget *parent)
    : QDialog(parent), m_objecting(objecting), m_argument(textFields(3)), m_title(lineFields()), m_text(textFields(4)),
      m_theme(lineFields()), m_author(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(objecting ? tr("Object, with a counter-proposal") : tr("New proposal"));
    auto *form = new QFormLayout;
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (objecting) {
        intro->setText(tr("Whoever objects says why and proposes something else. Both are needed: "
                          "the counter-proposal can then be put to the vote or adopted instead."));
        form->addRow(tr("&Argument"), pair(m_argument.fr, m_argument.nl, tr("Argument")));
        form->addRow(tr("Counter-proposal &title"), pair(m_title.fr, m_title.nl, tr("Counter-proposal title")));
        form->addRow(tr("Counter-proposal te&xt"), pair(m_text.fr, m_text.nl, tr("Counter-proposal text")));
    } else {
        intro->setText(tr("What the council is asked to decide, in French and in Dutch."));
        form->addRow(tr("&Title"), pair(m_title.fr, m_title.nl, tr("Title")));
        form->addRow(tr("Te&xt"), pair(m_text.fr, m_text.nl, tr("Text")));
        form->addRow(tr("T&heme"), pair(m_theme.fr, m_theme.nl, tr("Theme")));
    }
    m_author->addItem(tr("Not named"), QVariant());
    for (const Author &author : authors)
        m_author->addItem(author.label, QVariant::fromValue(QPair<qint64, qint64>(author.choice.personId, author.choice.subgroupId)));
    form->addRow(objecting ? tr("Objection &by") : tr("Proposed &by"), m_author);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_title.fr, m_title.nl})
        connect(edit, &QLineEdit::textChanged, this, &ProposalDialog::updateButtons);
    for (QPlainTextEdit *edit : {m_argument.fr, m_argument.nl})
        connect(edit, &QPlainTextEdit::textChanged, this, &ProposalDialog::updateButtons);
    resize(760, objecting ? 460 : 420);
    updateButtons();
    (objecting ? static_cast<QWidget *>(m_argument.fr) : m_title.fr)->setFocus();
}

AuthorChoice ProposalDialog::author() const
{
    const auto ids = m_author->currentData().value<QPair<qint64, qint64>>();
    return {ids.first, ids.second};
}

void ProposalDialog::updateButtons()
{
    const bool titled = !m_title.text().isEmpty();
    const bool argued = !m_objecting || !m_argument.text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(titled && argued);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(
        titled && argued ? QString()
                         : (m_objecting ? tr("An objection needs its argument and a counter-proposal.")
                                        : tr("A proposal needs a title in French or in Dutch.")));
}

VoteDialog::VoteDialog(Kind kind, const CharterRules &charter, const BilingualText &question, bool hasSubgroups,
                       Language language, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_language(language), m_question(lineFields()), m_mode(new QComboBox(this)),
      m_rule(new QComboBox(this)), m_ruleText(new QLabel(this))
{
    setWindowTitle(kind == Kind::Election   ? tr("New election")
                   : kind == Kind::Priority ? tr("New dot vote")
                                            : tr("Put to the vote"));
    m_question.fr->setText(question.fr);
    m_question.nl->setText(question.nl);
    m_mode->addItem(tr("Show of hands, counted by tellers"), int(VoteMode::Hands));
    m_mode->addItem(tr("Secret ballot: only the counts are kept"), int(VoteMode::Secret));
    if (kind == Kind::Proposal) // named ballots are typed per member; elections are counted by tellers
        m_mode->addItem(tr("Named vote: each member's choice is recorded"), int(VoteMode::Named));

    auto majority = [](MajorityBase base, bool simple, Fraction fraction, Comparison comparison) {
        DecisionRule r;
        r.base = base;
        r.simple = simple;
        r.fraction = fraction;
        r.comparison = comparison;
        return r;
    };
    if (kind == Kind::Proposal) {
        DecisionRule consent;
        consent.method = DecisionMethod::Consent;
        DecisionRule consensus;
        consensus.method = DecisionMethod::Consensus;
        m_rules = {charter.decision,
                   consent,
                   consensus,
                   majority(MajorityBase::Cast, true, {1, 2}, Comparison::MoreThan),
                   majority(MajorityBase::Present, false, {1, 2}, Comparison::MoreThan),
                   majority(MajorityBase::Cast, false, {2, 3}, Comparison::AtLeast),
                   majority(MajorityBase::Members, false, {2, 3}, Comparison::AtLeast)};
    } else if (kind == Kind::Election) {
        m_rules = {charter.election};
    } else {
        DecisionRule dots;
        dots.method = DecisionMethod::Priority;
        dots.quorum = QuorumPolicy::Flag;
        m_rules = {dots};
    }
    for (int i = 0; i < m_rules.size(); ++i) {
        const QString words = describeRule(m_rules.at(i)).display(language);
        m_rule->addItem(i == 0 && kind != Kind::Priority
                            ? tr("%1 (charter)").arg(words)
                            : words);
    }
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rule->setMinimumContentsLength(40);
    m_ruleText->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Question"), pair(m_question.fr, m_question.nl, tr("Question")));
    form->addRow(tr("&Voting"), m_mode);
    form->addRow(tr("&Rule"), m_rule);
    if (kind == Kind::Proposal && hasSubgroups) {
        m_bySubgroup = new QCheckBox(tr("Each subgroup agrees first and gives one &voice"), this);
        form->addRow(QString(), m_bySubgroup);
        connect(m_bySubgroup, &QCheckBox::toggled, this, &VoteDialog::updateRuleText);
        // Subgroup voices are given openly: no secret ballot by subgroup.
        connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
            const bool secret = VoteMode(m_mode->currentData().toInt()) == VoteMode::Secret;
            if (secret)
                m_bySubgroup->setChecked(false);
            m_bySubgroup->setEnabled(!secret);
        });
    }
    if (kind == Kind::Election) {
        m_seats = new QSpinBox(this);
        m_seats->setRange(1, 1000);
        m_seats->setValue(charter.election.seats);
        m_ranked = new QCheckBox(tr("Seats in order (chair, then vice-chair)"), this);
        m_ranked->setChecked(charter.election.ranked);
        form->addRow(tr("&Seats"), m_seats);
        form->addRow(QString(), m_ranked);
        connect(m_seats, &QSpinBox::valueChanged, this, &VoteDialog::updateRuleText);
        connect(m_ranked, &QCheckBox::toggled, this, &VoteDialog::updateRuleText);
    }
    if (kind == Kind::Priority) {
        m_dots = new QSpinBox(this);
        m_dots->setRange(1, 100);
        m_dots->setValue(3);
        form->addRow(tr("&Dots per participant"), m_dots);
        connect(m_dots, &QSpinBox::valueChanged, this, &VoteDialog::updateRuleText);
    }
    form->addRow(tr("In words"), m_ruleText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open the vote"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &VoteDialog::updateRuleText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(760, 360);
    updateRuleText();
    m_mode->setFocus();
}

DecisionRule VoteDialog::chosenRule() const
{
    DecisionRule rule = m_rules.value(m_rule->currentIndex(), m_rules.value(0));
    if (m_seats)
        rule.seats = m_seats->value();
    if (m_ranked)
        rule.ranked = m_ranked->isChecked();
    if (m_dots)
        rule.dots = m_dots->value();
    return rule;
}

void VoteDialog::updateRuleText()
{
    QString words = describeRule(chosenRule()).display(m_language);
    if (m_bySubgroup && m_bySubgroup->isChecked())
        words = tr("Each subgroup reaches its own position, then its voice counts once: %1").arg(words);
    m_ruleText->setText(words);
}

VoteSetup VoteDialog::setup() const
{
    VoteSetup setup;
    setup.title = m_question.text();
    setup.mode = VoteMode(m_mode->currentData().toInt());
    setup.rule = chosenRule();
    setup.bySubgroup = m_bySubgroup && m_bySubgroup->isChecked();
    return setup;
}

} // namespace Quorum
