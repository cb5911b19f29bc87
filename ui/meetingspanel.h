// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "result.h"
#include "rules/schedule.h"

#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;

namespace Quorum {

class RecordTableModel;
class RecordTableView;
class WhoGoesWherePanel;
class IdeasPanel;
class Workspace;

// The meetings of the selected council, and for the selected meeting its agenda (with
// the documents of the selected item) and its workshops.
class MeetingsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Agenda, Workshops, Ideas };

    explicit MeetingsPanel(Workspace *workspace, QWidget *parent = nullptr);
    void setCouncil(std::optional<qint64> councilId);
    void setLanguage(Language language);
    void showPage(Page page);
    void selectMeeting(qint64 meetingId);

    RecordTableView *meetingsView() const { return m_meetingsView; }
    RecordTableView *agendaView() const { return m_agendaView; }
    RecordTableView *workshopsView() const { return m_workshopsView; }
    WhoGoesWherePanel *whoGoesWhere() const { return m_whoGoesWhere; }
    IdeasPanel *ideas() const { return m_ideas; }
    RecordTableView *documentsView() const { return m_documentsView; }

    // The meeting whose agenda is shown, if any.
    std::optional<qint64> currentMeetingId() const;

    // The planned schedule of the agenda shown, and the line under the agenda that sums it up.
    const Schedule &schedule() const { return m_schedule; }
    QLabel *scheduleSummary() const { return m_summary; }
    QLabel *scheduleWarning() const { return m_warning; }

    // "New meeting from this one…": asks a date, then creates the meeting.
    QAction *newFromTemplateAction() const { return m_newFromTemplate; }
    // Creates a planned meeting on `date` from the structure of `sourceMeetingId` (one
    // undoable step) and selects it.
    Result<qint64> createFromTemplate(qint64 sourceMeetingId, const QDate &date);

signals:
    void failed(const QString &message);
    // The meeting whose agenda is shown changed (0: none).
    void currentMeetingChanged(qint64 meetingId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void selectDefaultMeeting();
    void meetingChanged(qint64 meetingId);
    void updateSchedule();
    QVariant scheduleCell(int row, int role, bool end) const;
    void newFromTemplate();

    Workspace *m_workspace;
    QLabel *m_meetingsLabel;
    QLabel *m_documentsLabel;
    QTabWidget *m_details;
    RecordTableModel *m_meetings;
    RecordTableModel *m_agenda;
    RecordTableModel *m_documents;
    RecordTableModel *m_workshops;
    RecordTableView *m_meetingsView;
    RecordTableView *m_agendaView;
    RecordTableView *m_documentsView;
    RecordTableView *m_workshopsView;
    WhoGoesWherePanel *m_whoGoesWhere;
    IdeasPanel *m_ideas;
    QLabel *m_summary;
    QLabel *m_warning;
    QAction *m_newFromTemplate;
    Schedule m_schedule;
};

} // namespace Quorum
