// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;

namespace Quorum {

class RecordTableModel;
class RecordTableView;
class Workspace;

// What the workshops produced (issue 11), for the facilitator or the secretary during or
// after the workshops. Keyboard first: choose the workshop and the kind, type what was said,
// Enter adds the card and the line is ready for the next (the workshop and kind stay).
// The cards below are edited in place like every table (the other language, the issue, the
// function, the speaker's profile — never a name); Ctrl+G makes a new issue of the selected
// cards, or drag them onto an issue. The issues, below them, are worked into proposals. Every change is one undo step.
class IdeasPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IdeasPanel(Workspace *workspace, QWidget *parent = nullptr);
    void setMeeting(qint64 meetingId);
    void setLanguage(Language language);

    QComboBox *workshopBox() const { return m_workshop; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *languageBox() const { return m_saidIn; }
    QLineEdit *captureLine() const { return m_capture; }
    RecordTableView *cardsView() const { return m_cardsView; }
    RecordTableView *issuesView() const { return m_issuesView; }

    // Adds the typed card (Enter in the capture line).
    void captureTyped();
    // A new issue named `name` holding the selected cards (Ctrl+G asks for the name).
    void groupSelectedAs(const BilingualText &name);
    // The decision items priorities and proposals can go on: this meeting's and later ones'
    // of the same council, as {id, label}.
    QList<QPair<qint64, QString>> decisionItems() const;
    // A dot vote among the meeting's issues on `agendaItemId` (the button asks which, and
    // how many dots); the issues' table shows the dots they receive.
    void setPriorities(qint64 agendaItemId, int dots);
    // The selected issue on `agendaItemId` as a proposal (the button asks which item).
    void proposeSelected(qint64 agendaItemId);
    // Cards dragged from the cards' table and dropped on an issue go into it (one step).
    // Returns whether `data` held cards of this meeting.
    bool dropCards(const QMimeData *data, qint64 issueId);
    QPushButton *prioritiesButton() const { return m_priorities; }
    QPushButton *proposeButton() const { return m_propose; }

signals:
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void refillWorkshops();
    QList<qint64> selectedCards() const;
    void refreshDots();
    std::optional<qint64> askDecisionItem(const QString &title);

    Workspace *m_workspace;
    qint64 m_meetingId = 0;
    Language m_language = Language::French;
    QComboBox *m_workshop;
    QComboBox *m_kind;
    QComboBox *m_saidIn;
    QLineEdit *m_capture;
    QLabel *m_captureLabel;
    QLabel *m_cardsLabel;
    QLabel *m_issuesLabel;
    RecordTableModel *m_cards;
    RecordTableModel *m_issues;
    RecordTableView *m_cardsView;
    RecordTableView *m_issuesView;
    QPushButton *m_priorities;
    QPushButton *m_propose;
    QHash<qint64, int> m_dots;
};

} // namespace Quorum
