// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingspanel.h"

#include "models/recordtablemodel.h"
#include "recordtableview.h"
#include "workspace.h"

#include <QDate>
#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Quorum {
namespace {

QList<ModelColumn> columns(std::initializer_list<const char *> names)
{
    QList<ModelColumn> result;
    for (const char *name : names)
        result.append({QString::fromLatin1(name), {}});
    return result;
}

QWidget *labelled(QLabel *label, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    label->setBuddy(content);
    return box;
}

} // namespace

MeetingsPanel::MeetingsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_meetingsLabel(new QLabel), m_documentsLabel(new QLabel),
      m_details(new QTabWidget),
      m_meetings(new RecordTableModel(workspace, Entity::Meeting,
                                      columns({"date", "session_number", "start_time", "end_time", "status", "place",
                                               "objectives_fr", "objectives_nl"}),
                                      this)),
      m_agenda(new RecordTableModel(workspace, Entity::AgendaItem,
                                    columns({"kind", "title_fr", "title_nl", "planned_minutes", "presenter", "notes_fr",
                                             "notes_nl"}),
                                    this)),
      m_documents(new RecordTableModel(workspace, Entity::Document,
                                       columns({"title_fr", "title_nl", "location", "send_ahead"}), this)),
      m_workshops(new RecordTableModel(workspace, Entity::Workshop,
                                       columns({"theme_fr", "theme_nl", "questions_fr", "questions_nl", "room",
                                                "facilitator", "capacity"}),
                                       this)),
      m_meetingsView(new RecordTableView), m_agendaView(new RecordTableView), m_documentsView(new RecordTableView),
      m_workshopsView(new RecordTableView)
{
    m_meetingsView->setRecordModel(m_meetings, m_meetings);
    m_agendaView->setRecordModel(m_agenda, m_agenda);
    m_documentsView->setRecordModel(m_documents, m_documents);
    m_workshopsView->setRecordModel(m_workshops, m_workshops);
    for (RecordTableView *view : {m_meetingsView, m_agendaView, m_documentsView, m_workshopsView})
        connect(view, &RecordTableView::failed, this, &MeetingsPanel::failed);
    m_meetingsView->setNewRecordValues(
        [] { return QVariantMap{{u"date"_qs, QDate::currentDate()}, {u"start_time"_qs, u"09:30"_qs}}; });
    connect(m_meetingsView, &RecordTableView::currentRecordChanged, this, &MeetingsPanel::meetingChanged);
    connect(m_agendaView, &RecordTableView::currentRecordChanged, this, [this](qint64 itemId) {
        m_documents->setParentId(itemId > 0 ? std::optional<qint64>(itemId) : std::nullopt);
        m_documentsView->fitColumns();
    });

    // Documents under the agenda, not beside it: both tables are wide, neither is tall.
    auto *agendaSplit = new QSplitter(Qt::Vertical);
    agendaSplit->addWidget(m_agendaView);
    agendaSplit->addWidget(labelled(m_documentsLabel, m_documentsView));
    agendaSplit->setStretchFactor(0, 3);
    agendaSplit->setStretchFactor(1, 1);
    m_details->addTab(agendaSplit, QString());
    m_details->addTab(m_workshopsView, QString());

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(labelled(m_meetingsLabel, m_meetingsView));
    split->addWidget(m_details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    retranslate();
}

void MeetingsPanel::setCouncil(std::optional<qint64> councilId)
{
    if (councilId == m_meetings->parentId())
        return;
    m_meetings->setParentId(councilId);
    m_meetingsView->fitColumns();
    selectDefaultMeeting();
}

// Opens on the meeting a facilitator most likely wants: the next one planned, else the
// latest held.
void MeetingsPanel::selectDefaultMeeting()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    qint64 chosen = 0;
    for (int row = 0; row < m_meetings->rowCount(); ++row) {
        const Record &meeting = m_meetings->recordAt(row);
        chosen = meeting.id;
        if (meeting.text(u"date"_qs) >= today || meeting.text(u"status"_qs) != u"closed")
            break;
    }
    if (chosen)
        selectMeeting(chosen);
    else
        meetingChanged(0);
}

void MeetingsPanel::selectMeeting(qint64 meetingId)
{
    m_meetingsView->selectRecord(meetingId);
    meetingChanged(meetingId);
}

void MeetingsPanel::meetingChanged(qint64 meetingId)
{
    const auto parent = meetingId > 0 ? std::optional<qint64>(meetingId) : std::nullopt;
    if (m_agenda->parentId() == parent)
        return;
    m_agenda->setParentId(parent);
    m_workshops->setParentId(parent);
    emit currentMeetingChanged(meetingId > 0 ? meetingId : 0);
    m_documents->setParentId(std::nullopt);
    m_agendaView->fitColumns();
    m_workshopsView->fitColumns();
    if (m_agenda->rowCount() > 0)
        m_agendaView->selectRecord(m_agenda->recordId(0));
}

std::optional<qint64> MeetingsPanel::currentMeetingId() const
{
    return m_agenda->parentId();
}

void MeetingsPanel::setLanguage(Language language)
{
    for (RecordTableModel *model : {m_meetings, m_agenda, m_documents, m_workshops})
        model->setLanguage(language);
}

void MeetingsPanel::showPage(Page page)
{
    m_details->setCurrentIndex(page == Page::Agenda ? 0 : 1);
}

void MeetingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MeetingsPanel::retranslate()
{
    m_meetingsLabel->setText(tr("&Meetings of this council:"));
    m_documentsLabel->setText(tr("D&ocuments of the selected item:"));
    m_details->setTabText(0, tr("&Agenda"));
    m_details->setTabText(1, tr("&Workshops"));
    for (RecordTableModel *model : {m_meetings, m_agenda, m_documents, m_workshops})
        model->retranslate();
}

} // namespace Quorum
