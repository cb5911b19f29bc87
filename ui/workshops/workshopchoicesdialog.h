// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"

#include <QDialog>
#include <QList>

class QComboBox;

namespace Quorum {

struct MeetingWorkshops;

// A participant's ranked workshop choices, as said at the registration desk: a first, a
// second and a third choice, each one of the session's workshops or none. The caller stores
// them (core/workshops setWorkshopChoices) as one undoable step.
class WorkshopChoicesDialog : public QDialog
{
    Q_OBJECT

public:
    // `allowed`: how many choices the session takes (1 to 3), one box each.
    WorkshopChoicesDialog(const MeetingWorkshops &lists, qint64 personId, int allowed, Language language, QWidget *parent = nullptr);
    // The choices as the dialog shows them: first first, none left out, none twice.
    QList<qint64> ranked() const;
    QComboBox *choiceBox(int rank) const { return m_boxes.value(rank); }

private:
    QList<QComboBox *> m_boxes;
};

} // namespace Quorum
