// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "decisiondialogs.h"
#include "decisions/votes.h"
#include "record.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTableWidgetItem;
class QTreeWidget;

namespace Quorum {

class Clock;
class VoteResultView;
class Workspace;

// Decisions in the room, for the meeting chosen in "Meetings and agenda": the decision items
// with their proposals, objections and counter-proposals, and the vote under way. Entry is
// made for the keyboard: in a named vote, 1 / 2 / 3 record for / against / abstain for the
// selected member and move to the next (type a name to jump to it); counts are typed in
// place. The result is drawn as it builds up and can be put on the projector.
class VotePanel : public QWidget
{
    Q_OBJECT

public:
    VotePanel(Workspace *workspace, const Clock *clock, QWidget *parent = nullptr);
    void setMeeting(std::optional<qint64> meetingId);
    void setLanguage(Language language);

    qint64 currentVoteId() const { return m_voteId; }
    void selectVote(qint64 voteId);
    QTreeWidget *tree() const { return m_tree; }
    QTableWidget *entryTable() const { return m_table; }
    VoteResultView *result() const { return m_result; }
    QPushButton *closeButton() const { return m_close; }
    QSpinBox *countBox(int column) const; // 0 for, 1 against, 2 abstain (or ballots, blank)
    // How many times the tree was built from the workspace, and the entry table laid out
    // anew: a ballot or a count recorded rewrites only the cells that changed.
    int treeBuilds() const { return m_treeBuilds; }
    int entryLayouts() const { return m_entryLayouts; }

    // The actions, as the buttons and keys trigger them (also driven by tests).
    void newProposal();
    void object();
    void putToVote(VoteDialog::Kind kind);
    void addMinutesApproval();
    void closeCurrentVote();

signals:
    void failed(const QString &message);
    void projectVoteRequested(qint64 voteId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void scheduleRefresh(bool tree = true);
    void refresh();
    void rebuildTree();
    void showVote();
    void fillEntry(const Record &vote, const VoteCount &count);
    // Lays the entry table out for `rows` (ids) in `columns`, unless it already shows them.
    void layOutEntry(qint64 voteId, int columns, const QList<qint64> &rows);
    // Writes a cell, keeping its item when there is one: only what differs changes.
    void setCell(int row, int column, const QString &text, bool editable, qint64 id = 0);
    void tableEdited(QTableWidgetItem *item);
    void countsEdited();
    void addOption();
    bool report(const Result<void> &result);
    qint64 selectedId(Entity entity) const;
    qint64 selectedItemId() const;
    QString say(const BilingualText &text) const { return text.display(m_language); }

    Workspace *m_workspace;
    const Clock *m_clock;
    Language m_language = Language::French;
    std::optional<qint64> m_meetingId;
    qint64 m_voteId = 0;
    bool m_refreshPending = false;
    bool m_filling = false;
    bool m_treeOutOfDate = true;
    int m_treeBuilds = 0;
    int m_entryLayouts = 0;
    struct EntryShape
    {
        qint64 voteId = 0;
        int columns = 0;
        QList<qint64> rows;
        bool operator==(const EntryShape &) const = default;
    } m_entryShape;
    // What a named vote's choice cells show, kept so that a ballot rewrites its own cell:
    // the vote whose choices were all written, each ballot's member, each member's row, and
    // the ballots changed or removed since the last update.
    qint64 m_choicesShown = 0;
    QHash<qint64, qint64> m_ballotPeople;
    QHash<qint64, int> m_rowOfPerson;
    QSet<qint64> m_changedBallots;
    QSet<qint64> m_removedBallots;

    QLabel *m_itemsLabel;
    QTreeWidget *m_tree;
    QPushButton *m_newProposal;
    QPushButton *m_object;
    QPushButton *m_vote;
    QPushButton *m_election;
    QPushButton *m_dots;
    QPushButton *m_approval;
    QLabel *m_voteTitle;
    QLabel *m_electorate;
    QLabel *m_help;
    QWidget *m_countsRow;
    QList<QLabel *> m_countLabels;
    QList<QSpinBox *> m_counts;
    QCheckBox *m_evident;
    QTableWidget *m_table;
    QWidget *m_optionRow;
    QLineEdit *m_optionName;
    QPushButton *m_addOption;
    VoteResultView *m_result;
    QPushButton *m_project;
    QPushButton *m_close;
};

} // namespace Quorum
