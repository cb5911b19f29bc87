// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/attendancemodel.h"

#include "clock.h"
#include "workspace.h"

#include <QCollator>
#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <utility>

namespace Quorum {
namespace {


QString field(const char *name)
{
    return QString::fromLatin1(name);
}

const Field &attendanceField(const char *name)
{
    return *entitySpec(Entity::Attendance).field(field(name));
}

const Field &personField(const char *name)
{
    return *entitySpec(Entity::Person).field(field(name));
}

} // namespace

AttendanceModel::AttendanceModel(Workspace *workspace, const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_clock(clock)
{
    Q_ASSERT(clock);
    connect(workspace, &Workspace::recordAdded, this, &AttendanceModel::onRecordAdded);
    connect(workspace, &Workspace::recordRemoved, this, &AttendanceModel::onRecordRemoved);
    connect(workspace, &Workspace::valueChanged, this, &AttendanceModel::onValueChanged);
}

void AttendanceModel::setMeeting(std::optional<qint64> meetingId)
{
    if (meetingId && *meetingId <= 0)
        meetingId.reset();
    if (meetingId == m_meetingId)
        return;
    beginResetModel();
    m_meetingId = meetingId;
    m_rows = load();
    endResetModel();
    emit attendanceChanged();
}

qint64 AttendanceModel::councilId() const
{
    return m_council ? m_council->id : 0;
}

void AttendanceModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    refresh(); // sector names are shown in the language of the interface
}

void AttendanceModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

// Everything one meeting's check-in shows: a handful of small reads, so the model can
// simply read again after any change that concerns it.
QList<AttendanceModel::Row> AttendanceModel::load()
{
    ++m_listReadings;
    m_council.reset();
    m_people.clear();
    m_sectors.clear();
    m_functions.clear();
    m_bassins.clear();
    if (!m_meetingId)
        return {};
    const std::optional<Record> meeting = m_workspace->record(Entity::Meeting, *m_meetingId);
    if (!meeting)
        return {};
    m_council = m_workspace->record(Entity::Council, meeting->number(field("council_id")));
    m_sectors = m_workspace->records(Entity::Sector);
    m_functions = m_workspace->records(Entity::Function);
    m_bassins = m_workspace->records(Entity::Bassin);

    QHash<qint64, Row> rows;
    QList<qint64> order; // persons in the order first met, before sorting
    if (m_council) {
        for (const Record &m : m_workspace->records(Entity::Membership, m_council->id)) {
            const qint64 person = m.number(field("person_id"));
            Row &row = rows[person];
            if (!row.member)
                order.append(person);
            row.member = true;
            const bool voting = m.text(field("role")) == u"voting";
            row.voting = row.voting || voting;
            row.mandatory = row.mandatory || (voting && m.number(field("mandatory")) != 0);
            row.membershipIds.append(m.id);
        }
    }
    for (const Record &a : m_workspace->records(Entity::Attendance, *m_meetingId)) {
        const qint64 person = a.number(field("person_id"));
        if (!rows.contains(person))
            order.append(person);
        rows[person].attendance = a;
    }
    QList<qint64> wanted = order;
    for (const Row &row : std::as_const(rows))
        if (row.attendance && row.attendance->number(field("proxy_id")) > 0)
            wanted.append(row.attendance->number(field("proxy_id")));
    for (const Record &p : m_workspace->recordsWithIds(Entity::Person, wanted))
        m_people.insert(p.id, p);

    QHash<qint64, QString> sectorNames;
    for (const Record &s : std::as_const(m_sectors))
        sectorNames.insert(s.id, s.bilingual(field("name")).display(m_language));

    QList<Row> result;
    for (qint64 person : std::as_const(order)) {
        Row row = rows.value(person);
        const auto found = m_people.constFind(person);
        if (found == m_people.cend())
            continue;
        row.person = *found;
        row.sectorName = sectorNames.value(row.person.number(field("sector_id")));
        if (row.attendance) {
            const qint64 proxy = row.attendance->number(field("proxy_id"));
            row.proxyName = proxy > 0 ? m_people.value(proxy).text(field("name")) : QString();
        }
        result.append(row);
    }
    // Alphabetical as a check-in list on paper: accents and case aside ("Émilie" among the
    // E), whatever collation the system locale offers.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(result.begin(), result.end(), [&](const Row &a, const Row &b) {
        const QString nameA = a.person.text(field("name"));
        const QString nameB = b.person.text(field("name"));
        int c = collator.compare(searchKey(nameA), searchKey(nameB));
        if (c == 0)
            c = collator.compare(nameA, nameB);
        return c != 0 ? c < 0 : a.personId() < b.personId();
    });
    return result;
}

void AttendanceModel::refresh()
{
    applyRows(load());
    announceChange();
}

// Moves the rows to `next` with the finest signals: removals, a reorder, insertions, then
// changed rows. A view keeps its current row and selection through every check-in.
void AttendanceModel::applyRows(QList<Row> next)
{
    QSet<qint64> nextIds;
    for (const Row &r : std::as_const(next))
        nextIds.insert(r.personId());
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (nextIds.contains(m_rows.at(i).personId()))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }

    QHash<qint64, int> currentRow;
    for (int i = 0; i < m_rows.size(); ++i)
        currentRow.insert(m_rows.at(i).personId(), i);
    QList<Row> survivors;
    for (const Row &r : std::as_const(next))
        if (currentRow.contains(r.personId()))
            survivors.append(m_rows.at(currentRow.value(r.personId())));
    bool reordered = false;
    for (int i = 0; i < survivors.size() && !reordered; ++i)
        reordered = survivors.at(i).personId() != m_rows.at(i).personId();
    if (reordered) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QList<qint64> persistentIds;
        for (const QModelIndex &index : persistent)
            persistentIds.append(m_rows.at(index.row()).personId());
        m_rows = survivors;
        QHash<qint64, int> newRow;
        for (int i = 0; i < m_rows.size(); ++i)
            newRow.insert(m_rows.at(i).personId(), i);
        QModelIndexList updated;
        for (qsizetype i = 0; i < persistent.size(); ++i)
            updated.append(index(newRow.value(persistentIds.at(i)), persistent.at(i).column()));
        changePersistentIndexList(persistent, updated);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // The survivors are now in next's order: whatever is missing at a position is new.
    for (int i = 0; i < next.size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i).personId() == next.at(i).personId())
            continue;
        beginInsertRows({}, i, i);
        m_rows.insert(i, next.at(i));
        endInsertRows();
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i) == next.at(i))
            continue;
        m_rows[i] = next.at(i);
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

qint64 AttendanceModel::personId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).personId() : 0;
}

int AttendanceModel::rowOfPerson(qint64 personId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).personId() == personId)
            return i;
    return -1;
}

QString AttendanceModel::personName(qint64 personId) const
{
    return m_people.value(personId).text(field("name"));
}

AttendanceStatus AttendanceModel::status(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).attendance)
        return AttendanceStatus::NotRecorded;
    static const QString column = field("status"); // read per row at every check-in's summary
    return attendanceStatusFromCode(m_rows.at(row).attendance->text(column));
}

bool AttendanceModel::isGuest(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).member;
}

Result<void> AttendanceModel::inMacro(const QString &text, const std::function<Result<void>()> &work)
{
    // A check-in writes its status and its arrival time: the summaries that follow the list
    // (quorum, balance, chart) are recomputed once for the step, not once per value.
    ++m_ownSteps;
    const Result<void> done = m_workspace->inStep(text, work);
    if (--m_ownSteps == 0 && std::exchange(m_changedInStep, false))
        emit attendanceChanged();
    return done;
}

void AttendanceModel::announceChange()
{
    if (m_ownSteps > 0)
        m_changedInStep = true;
    else
        emit attendanceChanged();
}

Result<void> AttendanceModel::setStatus(int row, AttendanceStatus newStatus, qint64 proxyId)
{
    if (row < 0 || row >= m_rows.size() || !m_meetingId)
        return Result<void>::failure(QCoreApplication::translate("Quorum::AttendanceModel", "Choose a person first."));
    if (newStatus == AttendanceStatus::NotRecorded)
        return clearStatus(row);
    const Row current = m_rows.at(row);
    const QString name = current.person.text(field("name"));
    if (newStatus != AttendanceStatus::Represented)
        proxyId = 0;
    if (proxyId == current.personId()) {
        const QString message =
            QCoreApplication::translate("Quorum::AttendanceModel", "%1 cannot represent themselves: choose another member who is present.")
                .arg(name);
        m_workspace->reportFailure(message);
        return Result<void>::failure(message);
    }
    const QString code = attendanceStatusCode(newStatus);
    const QVariant proxy = proxyId > 0 ? QVariant(proxyId) : QVariant();
    if (current.attendance && current.attendance->text(field("status")) == code
        && current.attendance->number(field("proxy_id")) == proxyId)
        return {}; // nothing changes: no empty step on the undo stack

    QString text;
    switch (newStatus) {
    case AttendanceStatus::Present: text = QCoreApplication::translate("Quorum::AttendanceModel", "Mark %1 present").arg(name); break;
    case AttendanceStatus::Excused: text = QCoreApplication::translate("Quorum::AttendanceModel", "Mark %1 excused").arg(name); break;
    case AttendanceStatus::Absent: text = QCoreApplication::translate("Quorum::AttendanceModel", "Mark %1 absent").arg(name); break;
    case AttendanceStatus::Represented:
        text = proxyId > 0 ? QCoreApplication::translate("Quorum::AttendanceModel", "Mark %1 represented by %2").arg(name, personName(proxyId))
                           : QCoreApplication::translate("Quorum::AttendanceModel", "Mark %1 represented").arg(name);
        break;
    case AttendanceStatus::NotRecorded: break;
    }
    // Checked in means in the room: stamped on arrival, kept while present, cleared otherwise.
    const bool present = newStatus == AttendanceStatus::Present;
    const auto arrival = [&]() -> QVariant {
        if (!present)
            return {};
        if (current.attendance && current.attendance->text(field("status")) == u"present"
            && !current.attendance->value(field("checked_in_at")).isNull())
            return current.attendance->value(field("checked_in_at"));
        return m_clock->now();
    }();

    return inMacro(text, [&]() -> Result<void> {
        if (!current.attendance) {
            Record record(Entity::Attendance, {{field("meeting_id"), *m_meetingId},
                                               {field("person_id"), current.personId()},
                                               {field("status"), code},
                                               {field("proxy_id"), proxy},
                                               {field("guest"), current.member ? 0 : 1},
                                               {field("checked_in_at"), arrival}});
            auto added = m_workspace->addRecord(record);
            return added ? Result<void>() : Result<void>::failure(added.error());
        }
        const qint64 id = current.attendance->id;
        // The proxy first: a view never sees "represented" without its proxy.
        // One read of the record for the three values, none after each write.
        return m_workspace->setValues(Entity::Attendance, id,
                                      {{field("proxy_id"), proxy}, {field("status"), QVariant(code)}, {field("checked_in_at"), arrival}});
    });
}

Result<void> AttendanceModel::clearStatus(int row)
{
    if (row < 0 || row >= m_rows.size())
        return Result<void>::failure(QCoreApplication::translate("Quorum::AttendanceModel", "Choose a person first."));
    const Row current = m_rows.at(row);
    if (!current.attendance)
        return {};
    const QString name = current.person.text(field("name"));
    // A walk-in known nowhere else (no membership, no other meeting) leaves with the record:
    // the workspace keeps no personal data it does not need.
    const bool forget = !current.member
                        && m_workspace->recordsWhere(Entity::Membership, field("person_id"), current.personId()).isEmpty()
                        && m_workspace->recordsWhere(Entity::Attendance, field("person_id"), current.personId()).size() == 1;
    const QString text = forget ? QCoreApplication::translate("Quorum::AttendanceModel", "Remove walk-in guest %1").arg(name)
                                : QCoreApplication::translate("Quorum::AttendanceModel", "Clear the attendance of %1").arg(name);
    return inMacro(text, [&] {
        return forget ? m_workspace->removeRecord(Entity::Person, current.personId())
                      : m_workspace->removeRecord(Entity::Attendance, current.attendance->id);
    });
}

Result<qint64> AttendanceModel::addGuest(const Guest &guest)
{
    if (!m_meetingId)
        return Result<qint64>::failure(QCoreApplication::translate("Quorum::AttendanceModel", "Choose a meeting first."));
    const QString name = guest.name.simplified();
    if (name.isEmpty()) {
        const QString message = QCoreApplication::translate("Quorum::AttendanceModel", "A walk-in guest needs a name.");
        return Result<qint64>::failure(message);
    }
    qint64 personId = 0;
    const QDateTime now = m_clock->now();
    auto done = inMacro(QCoreApplication::translate("Quorum::AttendanceModel", "Add walk-in guest %1").arg(name), [&]() -> Result<void> {
        Record person(Entity::Person, {{field("name"), name}, {field("organisation"), guest.organisation.simplified()}});
        if (guest.sectorId > 0)
            person.values.insert(field("sector_id"), guest.sectorId);
        if (!guest.language.isEmpty())
            person.values.insert(field("language"), guest.language);
        auto added = m_workspace->addRecord(person);
        if (!added)
            return Result<void>::failure(added.error());
        personId = added.value();
        auto arrived = m_workspace->addRecord(Record(Entity::Attendance, {{field("meeting_id"), *m_meetingId},
                                                                          {field("person_id"), personId},
                                                                          {field("status"), field("present")},
                                                                          {field("guest"), 1},
                                                                          {field("checked_in_at"), now}}));
        return arrived ? Result<void>() : Result<void>::failure(arrived.error());
    });
    if (!done)
        return Result<qint64>::failure(done.error());
    return personId;
}

QList<qint64> AttendanceModel::proxyCandidates(int row) const
{
    QList<qint64> result;
    const qint64 self = personId(row);
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).member && m_rows.at(i).personId() != self && status(i) == AttendanceStatus::Present)
            result.append(m_rows.at(i).personId());
    return result;
}

QList<AttendanceEntry> AttendanceModel::entries() const
{
    QList<AttendanceEntry> result;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        static const QString proxyColumn = field("proxy_id"); // per row, at every check-in
        if (r.attendance)
            result.append({r.personId(), status(i), r.attendance->number(proxyColumn), !r.member});
    }
    return result;
}

QList<QuorumMember> AttendanceModel::quorumMembers() const
{
    QList<QuorumMember> result;
    for (const Row &r : m_rows)
        if (r.member)
            result.append({r.personId(), r.voting, r.mandatory});
    return result;
}

QuorumRule AttendanceModel::quorumRule() const
{
    return m_council ? quorumRuleFromCode(m_council->text(field("quorum_rule"))) : QuorumRule::None;
}

std::optional<int> AttendanceModel::maxSectorShare() const
{
    if (!m_council || m_council->value(field("max_sector_share")).isNull())
        return std::nullopt;
    return int(m_council->number(field("max_sector_share")));
}

BalanceLimits AttendanceModel::balanceLimits() const
{
    BalanceLimits limits;
    limits.maxSectorShare = maxSectorShare();
    const auto percent = [this](const char *column) -> std::optional<int> {
        if (!m_council || m_council->value(field(column)).isNull())
            return std::nullopt;
        return int(m_council->number(field(column)));
    };
    limits.minLanguageShare = percent("min_language_share");
    limits.minBassinShare = percent("min_bassin_share");
    limits.maxFunctionShare = percent("max_function_share");
    limits.minGenderShare = percent("min_gender_share");
    return limits;
}

QuorumResult AttendanceModel::quorum() const
{
    return evaluateQuorum(quorumRule(), quorumMembers(), entries());
}

Balance AttendanceModel::balance() const
{
    QList<PersonProfile> present;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (status(i) != AttendanceStatus::Present)
            continue;
        // Column names made once: this runs for every person present at every check-in.
        static const QString sector = field("sector_id"), function = field("function_id"), bassin = field("bassin_id"),
                             language = field("language"), gender = field("gender");
        const Record &p = m_rows.at(i).person;
        present.append({p.id, !m_rows.at(i).member, p.number(sector), p.number(function) > 0 ? p.text(function) : QString(),
                        p.number(bassin), p.text(language), p.text(gender)});
    }
    QList<qint64> bassins;
    for (const Record &b : m_bassins)
        bassins.append(b.id);
    return computeBalance(present, bassins, balanceLimits());
}

AttendanceModel::Tally AttendanceModel::tally() const
{
    Tally t;
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool member = m_rows.at(i).member;
        t.members += member ? 1 : 0;
        switch (status(i)) {
        case AttendanceStatus::Present: (member ? t.present : t.guests) += 1; break;
        case AttendanceStatus::Represented: ++t.represented; break;
        case AttendanceStatus::Excused: ++t.excused; break;
        case AttendanceStatus::Absent: ++t.absent; break;
        case AttendanceStatus::NotRecorded: t.pending += member ? 1 : 0; break;
        }
    }
    return t;
}

QString AttendanceModel::bucketLabel(BalanceDimension dimension, const QString &key) const
{
    if (key.isEmpty())
        return QCoreApplication::translate("Quorum::AttendanceModel", "Not recorded");
    const auto named = [&](const QList<Record> &records) {
        for (const Record &r : records)
            if (QString::number(r.id) == key)
                return r.bilingual(field("name")).display(m_language);
        return key;
    };
    switch (dimension) {
    case BalanceDimension::Sector: return named(m_sectors);
    case BalanceDimension::Bassin: return named(m_bassins);
    case BalanceDimension::Language: return choiceLabel(personField("language"), key);
    case BalanceDimension::Gender: return choiceLabel(personField("gender"), key);
    case BalanceDimension::Function: return named(m_functions);
    }
    return key;
}

QList<std::pair<qint64, QString>> AttendanceModel::sectors() const
{
    QList<std::pair<qint64, QString>> result;
    for (const Record &s : m_sectors)
        result.append({s.id, s.bilingual(field("name")).display(m_language)});
    return result;
}

QString AttendanceModel::searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    // "ı" (dotless i, as in Yılmaz) has no decomposition: fold it by hand.
    return folded.toCaseFolded().replace(QChar(0x0131), u'i');
}

QString AttendanceModel::proxyProblemText(ProxyProblem problem, const Row &row) const
{
    switch (problem) {
    case ProxyProblem::None: return {};
    case ProxyProblem::NoProxy:
        return QCoreApplication::translate("Quorum::AttendanceModel", "Nobody is named to represent %1: this does not count.")
            .arg(row.person.text(field("name")));
    case ProxyProblem::SelfProxy:
        return QCoreApplication::translate("Quorum::AttendanceModel", "Nobody can represent themselves: this does not count.");
    case ProxyProblem::ProxyNotPresent:
        return QCoreApplication::translate("Quorum::AttendanceModel", "%1 is not present, so cannot carry this representation.")
            .arg(row.proxyName);
    case ProxyProblem::ProxyIsGuest:
        return QCoreApplication::translate("Quorum::AttendanceModel", "%1 is a guest, not a member, so cannot carry this representation.")
            .arg(row.proxyName);
    }
    return {};
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QString statusCode = row.attendance ? row.attendance->text(field("status")) : QString();
    const qint64 proxyId = row.attendance ? row.attendance->number(field("proxy_id")) : 0;
    const auto problem = [&] {
        if (statusCode != u"represented")
            return ProxyProblem::None;
        return effectivePresence(entries()).problems.value(row.personId(), ProxyProblem::None);
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return row.person.text(field("name"));
        case OrganisationColumn: return row.person.text(field("organisation"));
        case SectorColumn: return row.sectorName;
        case StatusColumn: return statusCode.isEmpty() ? QString() : choiceLabel(attendanceField("status"), statusCode);
        case ProxyColumn: return statusCode == u"represented" ? row.proxyName : QString();
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case StatusColumn: return statusCode;
        case ProxyColumn: return proxyId > 0 ? QVariant(proxyId) : QVariant();
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == ProxyColumn)
            return proxyProblemText(problem(), row);
        if (index.column() == NameColumn && !row.member)
            return QCoreApplication::translate("Quorum::AttendanceModel", "Walk-in guest: not a member of this council.");
        return {};
    case PersonIdRole: return row.personId();
    case StatusCodeRole: return statusCode;
    case ProxyIdRole: return proxyId;
    case GuestRole: return !row.member;
    case VotingRole: return row.voting;
    case MandatoryRole: return row.mandatory;
    case ProxyProblemRole: return int(problem());
    case SearchTextRole:
        return searchKey(row.person.text(field("name")) + u' ' + row.person.text(field("organisation")) + u' '
                         + row.sectorName);
    default: return {};
    }
}

bool AttendanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::EditRole)
        return false;
    const int row = index.row();
    if (index.column() == StatusColumn) {
        const QString code = value.toString().trimmed();
        if (code.isEmpty())
            return clearStatus(row).ok();
        const AttendanceStatus wanted = attendanceStatusFromCode(code);
        if (wanted == AttendanceStatus::NotRecorded) {
            m_workspace->reportFailure(
                QCoreApplication::translate("Quorum::AttendanceModel", "Attendance cannot be \"%1\".").arg(code.left(40)));
            return false;
        }
        const qint64 proxy = wanted == AttendanceStatus::Represented && m_rows.at(row).attendance
                                 ? m_rows.at(row).attendance->number(field("proxy_id"))
                                 : 0;
        return setStatus(row, wanted, proxy).ok();
    }
    if (index.column() == ProxyColumn) {
        const qint64 proxy = value.toLongLong();
        return setStatus(row, AttendanceStatus::Represented, proxy > 0 ? proxy : 0).ok();
    }
    return false;
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto label = [](Entity entity, const char *column) {
        return columnLabel(*entitySpec(entity).column(field(column)));
    };
    switch (section) {
    case NameColumn: return label(Entity::Person, "name");
    case OrganisationColumn: return label(Entity::Person, "organisation");
    case SectorColumn: return label(Entity::Person, "sector_id");
    case StatusColumn: return label(Entity::Attendance, "status");
    case ProxyColumn:
        //: Short column header of the check-in list: the member who represents this person
        //: (French "Procuration", Dutch "Volmacht"); short, beside the attendance column.
        return QCoreApplication::translate("Quorum::AttendanceModel", "Proxy");
    }
    return {};
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == StatusColumn || index.column() == ProxyColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

// ---- Following the workspace ----

bool AttendanceModel::concerns(Entity entity, qint64 id, qint64 parentId) const
{
    if (!m_meetingId)
        return false;
    switch (entity) {
    case Entity::Attendance:
        if (parentId == *m_meetingId)
            return true;
        return std::any_of(m_rows.cbegin(), m_rows.cend(),
                           [id](const Row &r) { return r.attendance && r.attendance->id == id; });
    case Entity::Membership:
        if (m_council && parentId == m_council->id)
            return true;
        return std::any_of(m_rows.cbegin(), m_rows.cend(), [id](const Row &r) { return r.membershipIds.contains(id); });
    case Entity::Person: return m_people.contains(id);
    case Entity::Sector:
    case Entity::Function:
    case Entity::Bassin: return true; // names and the list of bassins to watch
    case Entity::Council: return m_council && id == m_council->id;
    case Entity::Meeting: return id == *m_meetingId;
    default: return false;
    }
}

// A check-in changes one person's attendance: that record is read alone and its row (and
// the rows it represents, whose proxy may now count or not) redrawn, however long the list.
// Returns false when the change needs the list read again (a guest arriving or leaving).
bool AttendanceModel::updateCheckIn(qint64 attendanceId)
{
    const std::optional<Record> attendance = m_workspace->record(Entity::Attendance, attendanceId);
    int row = -1;
    for (int i = 0; i < m_rows.size() && row < 0; ++i) {
        const Row &r = m_rows.at(i);
        if ((r.attendance && r.attendance->id == attendanceId) || (attendance && r.personId() == attendance->number(field("person_id"))))
            row = i;
    }
    if (row < 0 || (!attendance && !m_rows.at(row).member))
        return false;
    if (attendance && attendance->number(field("meeting_id")) != *m_meetingId)
        return true; // another meeting's record: nothing here changes
    // A step's changes are announced once it is committed: the first announcement already
    // read them all, and the others (proxy, status, arrival) have nothing left to redraw.
    if (m_rows.at(row).attendance == attendance)
        return true;
    ++m_rowUpdates;
    Row &changed = m_rows[row];
    changed.attendance = attendance;
    const qint64 proxy = attendance ? attendance->number(field("proxy_id")) : 0;
    if (proxy > 0 && !m_people.contains(proxy))
        if (const std::optional<Record> person = m_workspace->record(Entity::Person, proxy))
            m_people.insert(proxy, *person);
    changed.proxyName = proxy > 0 ? m_people.value(proxy).text(field("name")) : QString();
    const qint64 person = changed.personId();
    for (int i = 0; i < m_rows.size(); ++i)
        if (i == row || (m_rows.at(i).attendance && m_rows.at(i).attendance->number(field("proxy_id")) == person))
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    announceChange();
    return true;
}

void AttendanceModel::onRecordAdded(Entity entity, qint64 id, qint64 parentId)
{
    if (entity == Entity::Attendance && m_meetingId && parentId == *m_meetingId && updateCheckIn(id))
        return;
    if (concerns(entity, id, parentId))
        refresh();
}

void AttendanceModel::onRecordRemoved(Entity entity, qint64 id, qint64 parentId)
{
    if (entity == Entity::Meeting && m_meetingId && id == *m_meetingId) {
        setMeeting(std::nullopt);
        return;
    }
    if (entity == Entity::Attendance && concerns(entity, id, parentId) && updateCheckIn(id))
        return;
    if (concerns(entity, id, parentId))
        refresh();
}

void AttendanceModel::onValueChanged(Entity entity, qint64 id, const QString &, const QVariant &)
{
    // A value change carries no parent: an attendance or membership counts if it is shown.
    if (!concerns(entity, id, -1))
        return;
    if (entity != Entity::Attendance || !updateCheckIn(id))
        refresh();
}

} // namespace Quorum
