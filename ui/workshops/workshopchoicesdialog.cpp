// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopchoicesdialog.h"

#include "workshops/workshopassignment.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Quorum {

WorkshopChoicesDialog::WorkshopChoicesDialog(const MeetingWorkshops &lists, qint64 personId, int allowed, Language language,
                                             QWidget *parent)
    : QDialog(parent)
{
    const WorkshopParticipant *person = nullptr;
    for (const WorkshopParticipant &participant : lists.participants)
        if (participant.personId == personId)
            person = &participant;
    setWindowTitle(tr("Workshop Choices"));
    auto *heading = new QLabel(tr("Workshops chosen by %1, in order of preference:").arg(person ? person->name : QString()));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    auto *form = new QFormLayout;
    const QStringList labels = {tr("&First choice:"), tr("&Second choice:"), tr("&Third choice:")};
    for (int rank = 0; rank < qBound(1, allowed, 3); ++rank) {
        auto *box = new QComboBox;
        box->addItem(tr("(none)"), 0);
        for (const Record &workshop : lists.workshops)
            box->addItem(tr("%1. %2").arg(workshop.position() + 1).arg(workshop.bilingual(u"theme"_qs).display(language)), workshop.id);
        if (person && rank < person->choices.size())
            box->setCurrentIndex(box->findData(person->choices.at(rank)));
        box->setMinimumContentsLength(72); // the themes are long sentences: seen whole
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        form->addRow(labels.at(rank), box);
        m_boxes << box;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QList<qint64> WorkshopChoicesDialog::ranked() const
{
    QList<qint64> ranked;
    for (const QComboBox *box : m_boxes) {
        const qint64 workshop = box->currentData().toLongLong();
        if (workshop && !ranked.contains(workshop))
            ranked << workshop;
    }
    return ranked;
}

} // namespace Quorum
