// SPDX-License-Identifier: GPL-3.0-or-later
#include "newmeetingdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Quorum {

NewMeetingDialog::NewMeetingDialog(const QString &source, const QDate &proposed, QWidget *parent)
    : QDialog(parent), m_explanation(new QLabel), m_date(new QDateEdit)
{
    setWindowTitle(tr("New Meeting from This One"));
    m_explanation->setText(tr("The new meeting takes the hours, place, objectives, agenda and workshops of the meeting "
                              "of %1. Documents, live notes and workshop facilitators are not copied.")
                               .arg(source));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_date->setCalendarPopup(true);
    // The full year, as everywhere dates are kept for years.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"))
        format.replace(u"yy"_qs, u"yyyy"_qs);
    m_date->setDisplayFormat(format);
    m_date->setDate(proposed);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date of the new meeting:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_date->setFocus();
}

QDate NewMeetingDialog::date() const
{
    return m_date->date();
}

std::optional<QDate> NewMeetingDialog::ask(QWidget *parent, const QString &source, const QDate &proposed)
{
    NewMeetingDialog dialog(source, proposed, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.date();
}

} // namespace Quorum
