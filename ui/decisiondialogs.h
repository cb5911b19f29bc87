// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "decisions/votes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Quorum {

// A French and a Dutch field side by side: every text a council decides on exists in both.
struct BilingualFields
{
    QLineEdit *fr = nullptr;
    QLineEdit *nl = nullptr;
    BilingualText text() const;
};
struct BilingualTextFields
{
    QPlainTextEdit *fr = nullptr;
    QPlainTextEdit *nl = nullptr;
    BilingualText text() const;
};

// Who speaks: a member or a subgroup of the council (or nobody named).
struct AuthorChoice
{
    qint64 personId = 0;
    qint64 subgroupId = 0;
};

// A proposal (title, text, theme, author) or, with `objecting`, an objection: its argument
// and the counter-proposal that must come with it. OK stays disabled until the argument and
// the counter-proposal's title are written: a bare "no" cannot be recorded.
class ProposalDialog : public QDialog
{
    Q_OBJECT

public:
    struct Author
    {
        QString label;
        AuthorChoice choice;
    };
    ProposalDialog(bool objecting, const QList<Author> &authors, QWidget *parent = nullptr);

    BilingualText title() const { return m_title.text(); }
    BilingualText text() const { return m_text.text(); }
    BilingualText theme() const { return m_theme.text(); }
    BilingualText argument() const { return m_argument.text(); }
    AuthorChoice author() const;

    QLineEdit *titleField() const { return m_title.fr; }
    QPlainTextEdit *argumentField() const { return m_argument.fr; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateButtons();

    bool m_objecting;
    BilingualTextFields m_argument;
    BilingualFields m_title;
    BilingualTextFields m_text;
    BilingualFields m_theme;
    QComboBox *m_author;
    QDialogButtonBox *m_buttons;
};

// How a vote is held: the question, named / secret / counted hands, the rule (the charter's
// by default) and, for a proposal, whether subgroups give one voice each.
class VoteDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Proposal, Election, Priority };
    VoteDialog(Kind kind, const CharterRules &charter, const BilingualText &question, bool hasSubgroups,
               Language language, QWidget *parent = nullptr);

    VoteSetup setup() const; // agendaItemId and proposalId left for the caller
    QComboBox *ruleBox() const { return m_rule; }
    QComboBox *modeBox() const { return m_mode; }

private:
    void updateRuleText();
    DecisionRule chosenRule() const;

    Kind m_kind;
    Language m_language;
    BilingualFields m_question;
    QComboBox *m_mode;
    QComboBox *m_rule;
    QCheckBox *m_bySubgroup = nullptr;
    QSpinBox *m_seats = nullptr;
    QCheckBox *m_ranked = nullptr;
    QSpinBox *m_dots = nullptr;
    QLabel *m_ruleText;
    QList<DecisionRule> m_rules;
};

} // namespace Quorum
