// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingspanel.h"

#include "ideas/ideaspanel.h"
#include "workshops/whogoeswherepanel.h"

#include "kindbadgedelegate.h"
#include "models/recordtablemodel.h"
#include "newmeetingdialog.h"
#include "recordtableview.h"
#include "templates.h"
#include "workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Quorum {
namespace {

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
                                      modelColumns({"date", "session_number", "start_time", "end_time", "status", "place_fr", "place_nl",
                                               "objectives_fr", "objectives_nl", "audience_fr", "audience_nl",
                                               "registration", "workshop_choices"}),
                                      this)),
      m_agenda(new RecordTableModel(workspace, Entity::AgendaItem,
                                    modelColumns({"kind", "title_fr", "title_nl", "planned_minutes", "presenter", "notes_fr",
                                             "notes_nl"}),
                                    this)),
      m_documents(new RecordTableModel(workspace, Entity::Document,
                                       modelColumns({"title_fr", "title_nl", "location", "send_ahead", "proposal_id"}), this)),
      m_workshops(new RecordTableModel(workspace, Entity::Workshop,
                                       modelColumns({"theme_fr", "theme_nl", "questions_fr", "questions_nl", "room",
                                                "facilitator", "capacity", "locked"}),
                                       this)),
      m_meetingsView(new RecordTableView), m_agendaView(new RecordTableView), m_documentsView(new RecordTableView),
      m_workshopsView(new RecordTableView), m_whoGoesWhere(new WhoGoesWherePanel(workspace)), m_ideas(new IdeasPanel(workspace)), m_summary(new QLabel), m_warning(new QLabel), m_newFromTemplate(new QAction(this))
{
    // The planned start and end of each item, computed from the meeting's start and the
    // planned minutes before it; read-only, shown first as an agenda reads.
    const int startColumn = m_agenda->addComputedColumn(
        {[] { return QCoreApplication::translate("Quorum::Schema", "Start"); },
         [this](int row, int role) { return scheduleCell(row, role, false); }});
    const int endColumn = m_agenda->addComputedColumn(
        {[] { return QCoreApplication::translate("Quorum::Schema", "End"); },
         [this](int row, int role) { return scheduleCell(row, role, true); }});
    m_meetingsView->setRecordModel(m_meetings, m_meetings);
    m_agendaView->setRecordModel(m_agenda, m_agenda);
    m_documentsView->setRecordModel(m_documents, m_documents);
    m_workshopsView->setRecordModel(m_workshops, m_workshops);
    m_agendaView->horizontalHeader()->moveSection(startColumn, 0);
    m_agendaView->horizontalHeader()->moveSection(endColumn, 1);
    m_agendaView->setItemDelegateForColumn(m_agenda->columnOf(u"kind"_qs), new KindBadgeDelegate(m_agendaView));
    for (RecordTableView *view : {m_meetingsView, m_agendaView, m_documentsView, m_workshopsView})
        connect(view, &RecordTableView::failed, this, &MeetingsPanel::failed);
    m_meetingsView->setNewRecordValues(
        [] { return QVariantMap{{u"date"_qs, QDate::currentDate()}, {u"start_time"_qs, u"09:30"_qs}}; });
    connect(m_meetingsView, &RecordTableView::currentRecordChanged, this, &MeetingsPanel::meetingChanged);
    connect(m_agendaView, &RecordTableView::currentRecordChanged, this, [this](qint64 itemId) {
        m_documents->setParentId(itemId > 0 ? std::optional<qint64>(itemId) : std::nullopt);
        m_documentsView->fitColumns();
    });

    // The schedule follows every change that moves a time: items added, removed, moved or
    // re-planned, the meeting's hours, its workshops.
    connect(m_agenda, &QAbstractItemModel::modelReset, this, &MeetingsPanel::updateSchedule);
    connect(m_agenda, &QAbstractItemModel::rowsInserted, this, &MeetingsPanel::updateSchedule);
    connect(m_agenda, &QAbstractItemModel::rowsRemoved, this, &MeetingsPanel::updateSchedule);
    connect(m_agenda, &QAbstractItemModel::layoutChanged, this, &MeetingsPanel::updateSchedule);
    connect(m_agenda, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (!m_agenda->isComputedColumn(topLeft.column())) // not our own refresh
            updateSchedule();
    });
    connect(m_workshops, &QAbstractItemModel::modelReset, this, &MeetingsPanel::updateSchedule);
    connect(m_workshops, &QAbstractItemModel::rowsInserted, this, &MeetingsPanel::updateSchedule);
    connect(m_workshops, &QAbstractItemModel::rowsRemoved, this, &MeetingsPanel::updateSchedule);
    connect(workspace, &Workspace::valueChanged, this, [this](Entity entity, qint64 id, const QString &column) {
        if (entity == Entity::Meeting && m_agenda->parentId() == id && (column == u"start_time" || column == u"end_time"))
            updateSchedule();
    });

    // A new session from the structure of the selected one.
    m_newFromTemplate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_newFromTemplate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_meetingsView->addAction(m_newFromTemplate);
    connect(m_newFromTemplate, &QAction::triggered, this, &MeetingsPanel::newFromTemplate);
    connect(m_meetingsView, &RecordTableView::currentRecordChanged, this,
            [this](qint64 id) { m_newFromTemplate->setEnabled(id > 0); });
    m_newFromTemplate->setEnabled(false);

    m_summary->setTextFormat(Qt::PlainText);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    QFont warningFont = m_warning->font();
    warningFont.setBold(true);
    m_warning->setFont(warningFont);
    m_warning->hide();

    // Documents under the agenda, not beside it: both tables are wide, neither is tall.
    auto *agendaBox = new QWidget;
    auto *agendaLayout = new QVBoxLayout(agendaBox);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    agendaLayout->addWidget(m_agendaView, 1);
    auto *scheduleLine = new QHBoxLayout;
    scheduleLine->addWidget(m_summary);
    scheduleLine->addWidget(m_warning, 1);
    agendaLayout->addLayout(scheduleLine);
    auto *agendaSplit = new QSplitter(Qt::Vertical);
    agendaSplit->addWidget(agendaBox);
    agendaSplit->addWidget(labelled(m_documentsLabel, m_documentsView));
    agendaSplit->setStretchFactor(0, 3);
    agendaSplit->setStretchFactor(1, 1);
    m_details->addTab(agendaSplit, QString());
    // The workshops above, who goes where below: the programme is short, the lists are long.
    auto *workshopSplit = new QSplitter(Qt::Vertical);
    workshopSplit->addWidget(m_workshopsView);
    workshopSplit->addWidget(m_whoGoesWhere);
    workshopSplit->setStretchFactor(0, 2);
    workshopSplit->setStretchFactor(1, 3);
    m_details->addTab(workshopSplit, QString());
    connect(m_whoGoesWhere, &WhoGoesWherePanel::failed, this, &MeetingsPanel::failed);
    m_details->addTab(m_ideas, QString());
    connect(m_ideas, &IdeasPanel::failed, this, &MeetingsPanel::failed);

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
    m_whoGoesWhere->setMeeting(meetingId > 0 ? meetingId : 0);
    m_ideas->setMeeting(meetingId > 0 ? meetingId : 0);
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

QVariant MeetingsPanel::scheduleCell(int row, int role, bool end) const
{
    if (row < 0 || row >= m_schedule.items.size())
        return {};
    const ScheduledItem &item = m_schedule.items.at(row);
    switch (role) {
    case Qt::DisplayRole: return scheduleTime(item, end);
    case Qt::ToolTipRole:
        if (!item.start)
            return tr("The meeting has no start time: times count from its start.");
        if (item.parallel > 0)
            return tr("%n workshop(s) in parallel in this slot", nullptr, item.parallel);
        return {};
    case Qt::ForegroundRole:
        // Past the session's end: the overflowing part of the plan stands out.
        if (m_schedule.sessionEnd && m_schedule.overflows()
            && (end ? item.endOffset : item.startOffset) > *m_schedule.sessionMinutes)
            return QColor(0xb9, 0x1c, 0x1c);
        return {};
    default: return {};
    }
}

void MeetingsPanel::updateSchedule()
{
    ScheduleInput input;
    if (const auto meetingId = m_agenda->parentId()) {
        if (const std::optional<Record> meeting = m_workspace->record(Entity::Meeting, *meetingId)) {
            const QTime start = QTime::fromString(meeting->text(u"start_time"_qs), u"HH:mm"_qs);
            const QTime end = QTime::fromString(meeting->text(u"end_time"_qs), u"HH:mm"_qs);
            if (start.isValid())
                input.start = start;
            if (end.isValid())
                input.end = end;
        }
        input.workshops = m_workshops->parentId() == meetingId ? m_workshops->rowCount() : 0;
    }
    for (int row = 0; row < m_agenda->rowCount(); ++row) {
        const Record &item = m_agenda->recordAt(row);
        const QVariant minutes = item.value(u"planned_minutes"_qs);
        input.items.append({item.text(u"kind"_qs), minutes.isNull() ? std::nullopt : std::optional<int>(minutes.toInt()), row});
    }
    m_schedule = computeSchedule(input);
    m_agenda->refreshComputedColumns();

    const bool shown = m_agenda->parentId().has_value();
    m_summary->setVisible(shown);
    m_summary->setText(shown ? m_schedule.summary() : QString());
    const QString warning = shown ? m_schedule.warning() : QString();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    // Red that reads on both the light and the dark palette.
    QPalette palette = m_warning->palette();
    palette.setColor(QPalette::WindowText,
                     m_warning->palette().color(QPalette::Window).lightness() > 128 ? QColor(0xb9, 0x1c, 0x1c) : QColor(0xff, 0x8a, 0x80));
    m_warning->setPalette(palette);
}

Result<qint64> MeetingsPanel::createFromTemplate(qint64 sourceMeetingId, const QDate &date)
{
    auto created = createMeetingFromTemplate(*m_workspace, sourceMeetingId, date);
    if (!created) {
        emit failed(created.error());
        return created;
    }
    selectMeeting(created.value());
    m_meetingsView->setFocus();
    return created;
}

void MeetingsPanel::newFromTemplate()
{
    const qint64 source = m_meetingsView->currentRecordId();
    const std::optional<Record> meeting = source > 0 ? m_workspace->record(Entity::Meeting, source) : std::nullopt;
    if (!meeting) {
        emit failed(tr("Choose the meeting to start from first."));
        return;
    }
    const QDate date = QDate::fromString(meeting->text(u"date"_qs), Qt::ISODate);
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"))
        format.replace(u"yy"_qs, u"yyyy"_qs);
    const QString label = meeting->value(u"session_number"_qs).isNull()
                              ? QLocale().toString(date, format)
                              //: The meeting copied: its date and session number
                              : tr("%1 (session %2)").arg(QLocale().toString(date, format)).arg(meeting->number(u"session_number"_qs));
    const std::optional<QDate> chosen = NewMeetingDialog::ask(this, label, suggestedFollowUpDate(date));
    if (chosen)
        (void)createFromTemplate(source, *chosen);
}

void MeetingsPanel::setLanguage(Language language)
{
    for (RecordTableModel *model : {m_meetings, m_agenda, m_documents, m_workshops})
        model->setLanguage(language);
    m_whoGoesWhere->setLanguage(language);
    m_ideas->setLanguage(language);
}

void MeetingsPanel::showPage(Page page)
{
    m_details->setCurrentIndex(page == Page::Agenda ? 0 : page == Page::Workshops ? 1 : 2);
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
    m_details->setTabText(2, tr("&Ideas"));
    m_newFromTemplate->setText(tr("&New Meeting from This One…"));
    m_newFromTemplate->setToolTip(tr("Start a new meeting with the hours, place, objectives, agenda and workshops of this "
                                     "one (Ctrl+D)"));
    updateSchedule();
    for (RecordTableModel *model : {m_meetings, m_agenda, m_documents, m_workshops})
        model->retranslate();
}

} // namespace Quorum
