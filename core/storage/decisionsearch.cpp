// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/decisionsearch.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Quorum {
namespace {

QSqlDatabase connection(const Database &database)
{
    return QSqlDatabase::database(database.connectionName(), false);
}

QString idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

DecisionMatches matchDecisions(const Database &database, const DecisionQuery &query)
{
    // Fixed fragments only; every value is bound.
    QString sql = QStringLiteral("SELECT vote.id, stale.vote_id IS NOT NULL FROM vote"
                                 " JOIN agenda_item ON agenda_item.id = vote.agenda_item_id"
                                 " JOIN meeting ON meeting.id = agenda_item.meeting_id"
                                 " LEFT JOIN decision_search_stale AS stale ON stale.vote_id = vote.id"
                                 " WHERE vote.status = 'closed'");
    QVariantMap bindings;
    if (query.councilId) {
        sql += u" AND meeting.council_id = :council"_qs;
        bindings.insert(u":council"_qs, *query.councilId);
    }
    if (query.from.isValid()) {
        sql += u" AND meeting.date >= :from"_qs;
        bindings.insert(u":from"_qs, dateText(query.from));
    }
    if (query.to.isValid()) {
        sql += u" AND meeting.date <= :to"_qs;
        bindings.insert(u":to"_qs, dateText(query.to));
    }
    if (query.meetingDate) {
        sql += u" AND meeting.date = :day"_qs;
        bindings.insert(u":day"_qs, dateText(*query.meetingDate));
    }
    if (!query.outcome.isEmpty()) {
        sql += u" AND vote.outcome = :outcome"_qs;
        bindings.insert(u":outcome"_qs, query.outcome);
    }
    QStringList indexed;
    if (!query.match.isEmpty()) {
        indexed << u"decision_search MATCH :match"_qs;
        bindings.insert(u":match"_qs, query.match);
    }
    if (!query.foldedTheme.isEmpty()) {
        indexed << u"instr(themes, :theme) > 0"_qs;
        bindings.insert(u":theme"_qs, QString(u'\n' + query.foldedTheme + u'\n'));
    }
    if (!indexed.isEmpty())
        sql += u" AND (stale.vote_id IS NOT NULL OR vote.id IN (SELECT rowid FROM decision_search WHERE "_qs
               + indexed.join(u" AND "_qs) + u"))"_qs;

    DecisionMatches matches;
    QSqlQuery q(connection(database));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qWarning("Quorum: the decision search cannot be prepared: %s", qPrintable(q.lastError().text()));
        matches.failed = true;
        return matches;
    }
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec()) {
        qWarning("Quorum: the decision search failed: %s", qPrintable(q.lastError().text()));
        matches.failed = true;
        return matches;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        matches.voteIds.append(id);
        if (q.value(1).toBool())
            matches.unindexed.insert(id);
    }
    q.finish();
    return matches;
}

QList<qint64> staleDecisions(const Database &database)
{
    QList<qint64> ids;
    QSqlQuery q(connection(database));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT vote_id FROM decision_search_stale ORDER BY vote_id")))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

Result<void> indexDecisions(Database &database, const QList<qint64> &voteIds, const QList<DecisionText> &texts)
{
    if (voteIds.isEmpty())
        return {};
    return database.transaction([&]() -> Result<void> {
        QSqlQuery q(connection(database));
        const QString ids = idArray(voteIds);
        for (const char *statement : {"DELETE FROM decision_search WHERE rowid IN (SELECT value FROM json_each(:ids))",
                                      "DELETE FROM decision_search_stale WHERE vote_id IN (SELECT value FROM json_each(:ids))"}) {
            q.prepare(QString::fromLatin1(statement));
            q.bindValue(u":ids"_qs, ids);
            if (!q.exec())
                return Result<void>::failure(q.lastError().text());
        }
        q.prepare(QStringLiteral("INSERT INTO decision_search (rowid, body, themes) VALUES (:id, :body, :themes)"));
        for (const DecisionText &text : texts) {
            q.bindValue(u":id"_qs, text.voteId);
            q.bindValue(u":body"_qs, text.body);
            q.bindValue(u":themes"_qs, text.themes);
            if (!q.exec())
                return Result<void>::failure(q.lastError().text());
        }
        return {};
    });
}

Result<void> rebuildDecisionSearch(Database &database)
{
    QSqlQuery q(connection(database));
    if (!q.exec(QStringLiteral("INSERT INTO decision_search (decision_search) VALUES ('rebuild')")))
        return Result<void>::failure(q.lastError().text());
    return {};
}

QList<std::pair<QString, QString>> decidedThemes(const Database &database)
{
    QList<std::pair<QString, QString>> themes;
    const Result<void> read = database.readRows(
        // In the order of the proposals' list (position, id), each pair where it first
        // appears: the caller keeps the first spelling of themes that fold alike.
        // position * 2^32 + id orders as (position, id) for ids below 2^32, without the
        // window function that tripled the statement's time.
        QStringLiteral("SELECT theme_fr, theme_nl FROM proposal"
                       " WHERE id IN (SELECT proposal_id FROM vote WHERE status = 'closed')"
                       " GROUP BY theme_fr, theme_nl ORDER BY min(position * 4294967296 + id)"),
        {}, [&](const QVariantList &row) { themes.append({row.at(0).toString(), row.at(1).toString()}); });
    if (!read)
        qWarning("Quorum: the decided themes cannot be read: %s", qPrintable(read.error()));
    return themes;
}

QList<qint64> decisionsLike(const Database &database, const QString &foldedWord)
{
    QList<qint64> ids;
    QSqlQuery q(connection(database));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM decision_search WHERE body LIKE :pattern"));
    q.bindValue(u":pattern"_qs, QString(u'%' + foldedWord + u'%'));
    if (!q.exec())
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

} // namespace Quorum
