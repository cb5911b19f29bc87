// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "clock.h"
#include "rules/attendance.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Quorum {

class AttendanceModel;
class BarChartWidget;
class CheckInFilter;
class Workspace;

// Check-in at the door and the live state of the room: who is there, whether the council
// has its quorum, and whether the sectors, functions, bassins, languages and genders are
// balanced. Built for the keyboard: type a few letters, Enter marks the one match present;
// in the list, Space or P, E, A, R and Backspace mark and move on to the next person.
class AttendancePanel : public QWidget
{
    Q_OBJECT

public:
    explicit AttendancePanel(Workspace *workspace, QWidget *parent = nullptr);
    ~AttendancePanel() override;

    void setMeeting(std::optional<qint64> meetingId);
    void setLanguage(Language language);

    AttendanceModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *quorumLabel() const { return m_quorum; }
    QLabel *alertsLabel() const { return m_alerts; }
    BarChartWidget *chart() const { return m_chart; }
    QComboBox *dimensionBox() const { return m_dimension; }
    QAction *guestAction() const { return m_guestAction; }

signals:
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool handleSearchKey(class QKeyEvent *event);
    bool handleListKey(class QKeyEvent *event);
    int currentSourceRow() const;
    void mark(AttendanceStatus status);
    void markRepresented();
    void clearCurrent();
    void moveToNextRow();
    void focusSearch(const QString &replacement = {});
    void addGuest();
    void updateSummary();
    void updateChart();
    void updateEmptyState();
    void fitColumns();
    void retranslate();

    SystemClock m_clock;
    Workspace *m_workspace;
    AttendanceModel *m_model;
    CheckInFilter *m_filter;
    Language m_language = Language::French;

    QStackedWidget *m_pages;
    QLabel *m_empty;
    QLabel *m_heading;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_feedback; // what the last key did, for when the list is filtered away
    QPushButton *m_guestButton;
    QAction *m_guestAction;
    QLabel *m_quorum;
    QTableView *m_view;
    QList<QToolButton *> m_markButtons; // present, excused, absent, represented, clear
    QLabel *m_keys;
    QLabel *m_balanceTitle;
    QLabel *m_dimensionLabel;
    QComboBox *m_dimension;
    BarChartWidget *m_chart;
    QLabel *m_chartNote;
    QLabel *m_alerts;
};

} // namespace Quorum
