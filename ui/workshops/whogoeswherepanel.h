// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"

#include <QTreeWidget>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Quorum {

class Workspace;

// The lists of a session's workshops, where a person can be dropped onto a workshop: the
// drop moves them there by hand (the panel rereads the lists), never as the tree's own move.
class SeatTree : public QTreeWidget
{
    Q_OBJECT

public:
    using QTreeWidget::QTreeWidget;
    std::function<void(qint64 personId, qint64 workshopId)> dropped;

protected:
    void dropEvent(QDropEvent *event) override;
};

// Who goes where (issue 11), for the facilitator at the registration desk: every workshop's
// list and fill, the people without a place, the split's figures. Keyboard first:
//   Alt+Down / Alt+Up  the selected person to the next / previous workshop (placed by hand)
//   Delete             the selected person out of their workshop
//   Ctrl+L             lock or unlock the selected workshop's list
//   Ctrl+F             find a participant by name
//   Enter              the selected person's workshop choices (first, second, third)
// or drag a person onto a workshop. "Split automatically" runs core/workshops' split, whose
// rules its tooltip states; every change is one undoable step.
class WhoGoesWherePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WhoGoesWherePanel(Workspace *workspace, QWidget *parent = nullptr);
    void setMeeting(qint64 meetingId);
    void setLanguage(Language language);

    SeatTree *tree() const { return m_tree; }
    QLineEdit *search() const { return m_search; }
    QPushButton *splitButton() const { return m_split; }
    QLabel *figures() const { return m_figures; }

    void splitAutomatically();
    void moveSelected(int step);
    void takeOutSelected();
    void toggleLockOfSelected();
    void editChoicesOfSelected();
    // Opens the choices of the selected person and returns the dialog (for tests); the panel
    // stores its choices when it is accepted.
    class WorkshopChoicesDialog *openChoices();
    // The person or workshop selected in the tree (0: none).
    qint64 selectedPerson() const;
    qint64 selectedWorkshop() const;
    void selectPerson(qint64 personId);

    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int IsWorkshopRole = Qt::UserRole + 2;

signals:
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void scheduleRebuild();
    void applyFilter();
    void place(qint64 personId, qint64 workshopId);

    Workspace *m_workspace;
    qint64 m_meetingId = 0;
    Language m_language = Language::French;
    bool m_rebuildPending = false;
    QList<qint64> m_workshopOrder;
    SeatTree *m_tree;
    QLineEdit *m_search;
    QPushButton *m_split;
    QLabel *m_figures;
    QLabel *m_hint;
};

} // namespace Quorum
