// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;

namespace Quorum {

// Asks the date of a new meeting started from the structure of another one.
class NewMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    // `source` describes the meeting copied ("13/11/2024, session 2"); `proposed` is the
    // date offered first.
    NewMeetingDialog(const QString &source, const QDate &proposed, QWidget *parent = nullptr);

    QDate date() const;
    QDateEdit *dateEdit() const { return m_date; }

    // Shows the dialog; the chosen date, or nothing when cancelled.
    static std::optional<QDate> ask(QWidget *parent, const QString &source, const QDate &proposed);

private:
    QLabel *m_explanation;
    QDateEdit *m_date;
};

} // namespace Quorum
