// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record.h"
#include "result.h"
#include "rules/attendance.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

#include <optional>

namespace Quorum {

class Clock;
class Workspace;

// The check-in list of one meeting: every member of the meeting's council (one row per
// person, alphabetical) and every walk-in guest who came, with their attendance. Marking a
// status is one undoable workspace edit; arrivals are stamped from the injected clock. The
// model follows the workspace's signals, and feeds the attendance rules (quorum, balance)
// from its rows, so the panel around it never reads storage.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OrganisationColumn, SectorColumn, StatusColumn, ProxyColumn, ColumnCount };
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        StatusCodeRole, // "present"… or empty when not checked in
        ProxyIdRole,    // the representing person's id, or 0
        GuestRole,      // true for a walk-in who is not a member of the council
        VotingRole,     // a voting member
        MandatoryRole,  // a mandatory partner (and voting)
        ProxyProblemRole, // int(ProxyProblem) when a representation does not count
        SearchTextRole, // name, organisation and sector, folded for accent-blind search
    };

    // A walk-in guest as the check-in desk takes them down.
    struct Guest
    {
        QString name;
        QString organisation;
        qint64 sectorId = 0;
        QString language; // "fr", "nl", "en"
    };

    // Counts for the header line of the check-in list.
    struct Tally
    {
        int members = 0;
        int present = 0; // members in the room
        int guests = 0;  // walk-ins in the room
        int represented = 0;
        int excused = 0;
        int absent = 0;
        int pending = 0; // members not checked in yet
    };

    AttendanceModel(Workspace *workspace, const Clock *clock, QObject *parent = nullptr);

    void setMeeting(std::optional<qint64> meetingId);
    std::optional<qint64> meetingId() const { return m_meetingId; }
    qint64 councilId() const;
    void setLanguage(Language language);
    Language language() const { return m_language; }
    // Headers and status labels follow the interface language: call after it changed.
    void retranslate();

    qint64 personId(int row) const;
    int rowOfPerson(qint64 personId) const;
    QString personName(qint64 personId) const;
    AttendanceStatus status(int row) const;
    bool isGuest(int row) const;

    // Each edit is one undoable step, named after the person ("Mark Anna Kowalska present").
    // A person marked present is stamped with the clock's time; any other status clears it.
    Result<void> setStatus(int row, AttendanceStatus status, qint64 proxyId = 0);
    // Removes the row's attendance; a walk-in guest who is known nowhere else is removed
    // with it, so a mistaken arrival leaves no personal data behind.
    Result<void> clearStatus(int row);
    // A new person and their arrival (present, guest), as one step. Returns the person's id.
    Result<qint64> addGuest(const Guest &guest);
    // Members in the room who may represent the person on `row` (not themselves, not guests).
    QList<qint64> proxyCandidates(int row) const;

    // The rules, fed from the rows.
    QList<AttendanceEntry> entries() const;
    QList<QuorumMember> quorumMembers() const;
    QuorumRule quorumRule() const;
    std::optional<int> maxSectorShare() const;
    BalanceLimits balanceLimits() const; // every limit the council set
    QuorumResult quorum() const;
    Balance balance() const;
    Tally tally() const;
    // The display name of a balance bucket: a sector's or bassin's name, a language, a
    // gender, a function as typed, or "Not recorded".
    QString bucketLabel(BalanceDimension dimension, const QString &key) const;
    // The sectors a guest can be given, in their order: id and name.
    QList<std::pair<qint64, QString>> sectors() const;

    // Lower case, without accents: "Médecine" and "medecine" find each other.
    static QString searchKey(const QString &text);
    // How often the list was read whole, and how often one check-in's row alone: a
    // check-in recorded reads one record, not the list.
    int listReadings() const { return m_listReadings; }
    int rowUpdates() const { return m_rowUpdates; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // Anything behind the quorum or the balance changed: a status, a member, the
    // council's rule. Views recompute their summaries on it. Once for each step the model
    // makes itself (a check-in writes several values).
    void attendanceChanged();

private:
    struct Row
    {
        Record person;
        std::optional<Record> attendance;
        bool member = false;
        bool voting = false;
        bool mandatory = false;
        QList<qint64> membershipIds;
        // Resolved for display, so a renamed sector or proxy shows as a changed row.
        QString sectorName;
        QString proxyName;

        qint64 personId() const { return person.id; }
        friend bool operator==(const Row &, const Row &) = default;
    };

    QList<Row> load();
    void refresh();
    bool updateCheckIn(qint64 attendanceId);
    void applyRows(QList<Row> next);
    Result<void> inMacro(const QString &text, const std::function<Result<void>()> &work);
    // attendanceChanged now, or once the model's own step is over.
    void announceChange();
    QString proxyProblemText(ProxyProblem problem, const Row &row) const;

    void onRecordAdded(Entity entity, qint64 id, qint64 parentId);
    void onRecordRemoved(Entity entity, qint64 id, qint64 parentId);
    void onValueChanged(Entity entity, qint64 id, const QString &column, const QVariant &value);
    bool concerns(Entity entity, qint64 id, qint64 parentId) const;

    Workspace *m_workspace;
    const Clock *m_clock;
    std::optional<qint64> m_meetingId;
    Language m_language = Language::French;
    std::optional<Record> m_council;
    QList<Row> m_rows;
    QHash<qint64, Record> m_people;  // everyone shown or named as a proxy
    QList<Record> m_sectors;
    QList<Record> m_functions;
    QList<Record> m_bassins;
    int m_listReadings = 0;
    int m_rowUpdates = 0;
    int m_ownSteps = 0;          // steps of setStatus, clearStatus, addGuest under way
    bool m_changedInStep = false; // attendanceChanged is owed when they end
};

} // namespace Quorum
