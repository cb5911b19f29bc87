// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "models/attendancemodel.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Quorum {

// Picks a person by type-ahead (who represents a member, whom to add to a council): the
// keyboard stays in the search field, Up and Down move through the matches, Enter takes
// the one selected.
class PersonPickerDialog : public QDialog
{
    Q_OBJECT

public:
    struct Candidate
    {
        qint64 personId = 0;
        QString name;
        QString detail; // organisation, to tell namesakes apart
    };

    PersonPickerDialog(const QString &title, const QString &question, const QList<Candidate> &candidates,
                       QWidget *parent = nullptr);
    qint64 selectedPersonId() const;
    QLineEdit *searchField() const { return m_search; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void updateButtons();

    QLineEdit *m_search;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

// Takes down a walk-in guest: name, organisation, sector and language. Only the name is
// needed; what is not known stays unrecorded.
class GuestDialog : public QDialog
{
    Q_OBJECT

public:
    GuestDialog(const QList<std::pair<qint64, QString>> &sectors, Language language, QWidget *parent = nullptr);
    AttendanceModel::Guest guest() const;
    QLineEdit *nameField() const { return m_name; }

private:
    QLineEdit *m_name;
    QLineEdit *m_organisation;
    QComboBox *m_sector;
    QComboBox *m_language;
    QDialogButtonBox *m_buttons;
};

} // namespace Quorum
