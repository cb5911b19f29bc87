// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schemacheck.h"

#include "schema.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>

#include <algorithm>
#include <atomic>
#include <map>

namespace Quorum {
namespace {

// The context lupdate reads the strings of this file under.
struct CheckText
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Check)
};

// One column as SQLite declares it (PRAGMA table_info).
struct ColumnShape
{
    QString name;
    QString type;
    bool notNull = false;
    QString defaultValue; // as written in the declaration, empty for none
    int primaryKey = 0;

    QString describe() const
    {
        QString words = type.isEmpty() ? u"(no type)"_qs : type;
        if (notNull)
            words += u" NOT NULL"_qs;
        if (!defaultValue.isEmpty())
            words += u" DEFAULT "_qs + defaultValue;
        if (primaryKey)
            words += u" PRIMARY KEY"_qs;
        return words;
    }
};

// A table, index, trigger or view of sqlite_master.
struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql;
    QList<ColumnShape> columns; // tables only
};

using Schema = std::map<QString, SchemaObject>; // by lower-case name: SQLite names ignore case

// The SQL of a definition compared for meaning, not layout: case, runs of spaces and the
// spaces beside punctuation do not count.
QString normalisedSql(const QString &sql)
{
    QString text = sql.simplified().toLower();
    for (const QString &mark : {u"("_qs, u")"_qs, u","_qs, u"="_qs})
        text.replace(u' ' + mark, mark).replace(mark + u' ', mark);
    return text;
}

std::optional<Schema> readSchema(const QSqlDatabase &db, QString *error)
{
    Schema schema;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // sqlite_stat* tables appear after ANALYZE (PRAGMA optimize): statistics, not schema.
    if (!query.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'"_qs)) {
        *error = sqliteDetail(query.lastError().databaseText());
        return std::nullopt;
    }
    while (query.next()) {
        SchemaObject object{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(), {}};
        schema.emplace(object.name.toLower(), object);
    }
    query.finish();
    for (auto &[key, object] : schema) {
        if (object.type != u"table")
            continue;
        QSqlQuery columns(db);
        columns.setForwardOnly(true);
        columns.prepare(u"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(:table)"_qs);
        columns.bindValue(u":table"_qs, object.name);
        if (!columns.exec()) {
            *error = sqliteDetail(columns.lastError().databaseText());
            return std::nullopt;
        }
        while (columns.next())
            object.columns.append({columns.value(0).toString(), columns.value(1).toString().toUpper(),
                                   columns.value(2).toInt() != 0, columns.value(3).toString(), columns.value(4).toInt()});
        columns.finish();
    }
    return schema;
}

// The schema this version builds for `version`: the migrations run in a database in memory.
std::optional<Schema> expectedSchema(int version, QString *error)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("quorum-expected-schema-%1").arg(counter++);
    std::optional<Schema> schema;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            bool built = true;
            for (const Migration &step : migrations()) {
                for (const QString &statement : step.statements) {
                    if (step.version > version || !built)
                        break;
                    built = query.exec(statement);
                    query.finish();
                    if (!built)
                        *error = sqliteDetail(query.lastError().databaseText());
                }
            }
            if (built)
                schema = readSchema(db, error);
        } else {
            *error = sqliteDetail(db.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return schema;
}

QString objectKind(const QString &type)
{
    if (type == u"table")
        return CheckText::tr("table");
    if (type == u"index")
        return CheckText::tr("index");
    if (type == u"trigger")
        return CheckText::tr("trigger");
    if (type == u"view")
        return CheckText::tr("view");
    return type;
}

void compareTable(const SchemaObject &expected, const SchemaObject &actual, QList<SchemaProblem> &problems)
{
    bool columnsDiffer = false;
    for (const ColumnShape &column : expected.columns) {
        const auto found = std::find_if(actual.columns.cbegin(), actual.columns.cend(),
                                        [&](const ColumnShape &c) { return c.name.compare(column.name, Qt::CaseInsensitive) == 0; });
        if (found == actual.columns.cend()) {
            problems.append({expected.name, 0, column.name, CheckText::tr("the column is missing.")});
            columnsDiffer = true;
        } else if (found->type != column.type || found->notNull != column.notNull
                   || found->defaultValue != column.defaultValue || found->primaryKey != column.primaryKey) {
            problems.append({expected.name, 0, column.name,
                             CheckText::tr("declared %1, expected %2.").arg(found->describe(), column.describe())});
            columnsDiffer = true;
        }
    }
    for (const ColumnShape &column : actual.columns) {
        if (std::none_of(expected.columns.cbegin(), expected.columns.cend(),
                         [&](const ColumnShape &c) { return c.name.compare(column.name, Qt::CaseInsensitive) == 0; })) {
            problems.append({expected.name, 0, column.name, CheckText::tr("a column this schema version does not have.")});
            columnsDiffer = true;
        }
    }
    if (!columnsDiffer && normalisedSql(expected.sql) != normalisedSql(actual.sql))
        problems.append({expected.name, 0, {}, CheckText::tr("the table's constraints or references differ from the ones this version expects.")});
}

void compareSchemas(const Schema &expected, const Schema &actual, QList<SchemaProblem> &problems)
{
    for (const auto &[key, object] : expected) {
        const auto found = actual.find(key);
        const QString what = objectKind(object.type) + u' ' + object.name;
        const QString table = object.type == u"table" ? object.name : object.table;
        if (found == actual.end()) {
            problems.append({table, 0, {}, object.type == u"table" ? CheckText::tr("the table is missing.") : CheckText::tr("%1 is missing.").arg(what)});
            continue;
        }
        const SchemaObject &other = found->second;
        if (other.type != object.type) {
            problems.append({table, 0, {}, CheckText::tr("%1 is a %2 here.").arg(what, objectKind(other.type))});
        } else if (object.type == u"table") {
            compareTable(object, other, problems);
        } else if (other.table.compare(object.table, Qt::CaseInsensitive) != 0
                   || normalisedSql(other.sql) != normalisedSql(object.sql)) {
            problems.append({table, 0, {}, CheckText::tr("%1 differs from the one this version expects.").arg(what)});
        }
    }
    for (const auto &[key, object] : actual) {
        if (expected.count(key))
            continue;
        const QString what = objectKind(object.type) + u' ' + object.name;
        problems.append({object.type == u"table" ? QString() : object.table, 0, {},
                         CheckText::tr("%1 is not part of this schema version.").arg(what)});
    }
}

QString quoted(const QVariant &value)
{
    return u'"' + printableText(value.toString(), 40) + u'"';
}

// What is wrong with one stored value, judged by its field's domain; empty when nothing.
QString domainProblem(const Column &column, const QString &storage, const QVariant &value)
{
    const Field &field = *column.field;
    if (storage == u"null") {
        const bool required = field.required && !column.language && field.type != FieldType::Boolean;
        return required ? CheckText::tr("is empty.") : QString();
    }
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::RichText: {
        if (storage != u"text")
            return CheckText::tr("holds %1 where a text is expected.").arg(storage == u"blob" ? CheckText::tr("binary data") : CheckText::tr("a number"));
        const QString text = value.toString();
        if (text.size() > field.maximum)
            return CheckText::tr("is %1 characters long; at most %2 are allowed.").arg(text.size()).arg(field.maximum);
        if (field.required && !column.language && text.trimmed().isEmpty())
            return CheckText::tr("is empty.");
        if (field.validate && !text.trimmed().isEmpty()) {
            if (const Result<QString> canonical = field.validate(text); !canonical)
                return CheckText::tr("%1 is not a valid rule: %2").arg(quoted(text), printableText(canonical.error(), 100));
        }
        return {};
    }
    case FieldType::Integer:
    case FieldType::Reference:
    case FieldType::Boolean: {
        if (storage != u"integer")
            return CheckText::tr("%1 is not a whole number.").arg(quoted(value));
        const qint64 number = value.toLongLong();
        if (field.type == FieldType::Boolean && number != 0 && number != 1)
            return CheckText::tr("is %1, but must be 0 (no) or 1 (yes).").arg(number);
        if (field.type == FieldType::Reference && number <= 0)
            return CheckText::tr("is %1, which is not the id of a record.").arg(number);
        if (field.type == FieldType::Integer && (number < field.minimum || number > field.maximum))
            return CheckText::tr("is %1, outside the allowed range %2 to %3.").arg(number).arg(field.minimum).arg(field.maximum);
        return {};
    }
    case FieldType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (storage != u"text" || !date.isValid() || date.year() < 1900 || date.year() > 2999
            || date.toString(Qt::ISODate) != value.toString())
            return CheckText::tr("%1 is not a date written as YYYY-MM-DD (years 1900 to 2999).").arg(quoted(value));
        return {};
    }
    case FieldType::Time: {
        const QTime time = QTime::fromString(value.toString(), u"HH:mm"_qs);
        if (storage != u"text" || !time.isValid())
            return CheckText::tr("%1 is not a time written as HH:MM.").arg(quoted(value));
        return {};
    }
    case FieldType::DateTime: {
        const QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODate);
        if (storage != u"text" || !instant.isValid() || instant.date().year() < 1900 || instant.date().year() > 2999
            || instant.toUTC().toString(Qt::ISODate) != value.toString())
            return CheckText::tr("%1 is not a moment in UTC written as YYYY-MM-DDTHH:MM:SSZ.").arg(quoted(value));
        return {};
    }
    case FieldType::Choice: {
        QStringList codes;
        for (const Choice &choice : field.choices)
            codes << QString::fromLatin1(choice.code);
        if (storage != u"text" || !codes.contains(value.toString()))
            return CheckText::tr("%1 is not one of the codes %2.").arg(quoted(value), codes.join(u", "_qs));
        return {};
    }
    }
    return {};
}

QSet<QString> columnNames(const SchemaObject &table)
{
    QSet<QString> names;
    for (const ColumnShape &column : table.columns)
        names.insert(column.name.toLower());
    return names;
}

// Every value of every column the schema description knows, in the tables that exist as
// expected; then every reference, to a row that must exist.
void checkValues(const QSqlDatabase &db, const Schema &actual, QList<SchemaProblem> &problems)
{
    for (Entity entity : allEntities) {
        const EntitySpec &spec = entitySpec(entity);
        const auto table = actual.find(spec.table);
        if (table == actual.end() || table->second.type != u"table")
            continue;
        const QSet<QString> present = columnNames(table->second);
        QList<const Column *> columns;
        QStringList select{u"id"_qs};
        for (const Column &column : spec.columns) {
            if (!present.contains(column.name))
                continue;
            columns << &column;
            select << u"typeof(" + column.name + u")" << column.name;
        }
        const bool positioned = spec.ordered && present.contains(u"position"_qs);
        if (positioned)
            select << u"typeof(position)"_qs << u"position"_qs;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT " + select.join(u", ") + u" FROM " + spec.table + u" ORDER BY id")) {
            problems.append({spec.table, 0, {}, CheckText::tr("cannot be read: %1").arg(sqliteDetail(query.lastError().databaseText()))});
            continue;
        }
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            for (int i = 0; i < columns.size(); ++i) {
                const QString message = domainProblem(*columns.at(i), query.value(1 + 2 * i).toString(), query.value(2 + 2 * i));
                if (!message.isEmpty())
                    problems.append({spec.table, id, columns.at(i)->name, message});
            }
            // A required text in two languages needs at least one of them.
            for (const Field &field : spec.fields) {
                if (!field.bilingual || !field.required || !present.contains(field.name + u"_fr")
                    || !present.contains(field.name + u"_nl"))
                    continue;
                const auto half = [&](const QString &name) {
                    for (int i = 0; i < columns.size(); ++i)
                        if (columns.at(i)->name == name)
                            return query.value(2 + 2 * i).toString();
                    return QString();
                };
                if (half(field.name + u"_fr").trimmed().isEmpty() && half(field.name + u"_nl").trimmed().isEmpty())
                    problems.append({spec.table, id, field.name, CheckText::tr("is empty in both French and Dutch.")});
            }
            if (positioned) {
                const int at = 1 + 2 * int(columns.size());
                if (query.value(at).toString() != u"integer" || query.value(at + 1).toLongLong() < 0)
                    problems.append({spec.table, id, u"position"_qs,
                                     CheckText::tr("%1 is not a position (a whole number from 0).").arg(quoted(query.value(at + 1)))});
            }
        }
        query.finish();

        for (const Column *column : columns) {
            const Field &field = *column->field;
            const EntitySpec &target = entitySpec(field.references);
            if (field.type != FieldType::Reference || !actual.count(target.table))
                continue;
            QSqlQuery dangling(db);
            dangling.setForwardOnly(true);
            if (!dangling.exec(u"SELECT id, " + column->name + u" FROM " + spec.table + u" WHERE typeof(" + column->name
                               + u") = 'integer' AND " + column->name + u" > 0 AND " + column->name + u" NOT IN (SELECT id FROM "
                               + target.table + u") ORDER BY id"))
                continue;
            while (dangling.next())
                problems.append({spec.table, dangling.value(0).toLongLong(), column->name,
                                 CheckText::tr("refers to %1 %2, which does not exist.")
                                     .arg(entityLabel(field.references).toLower())
                                     .arg(dangling.value(1).toLongLong())});
            dangling.finish();
        }
    }
}

// SQLite's own checks, last: the structure of the pages, then every declared reference.
void checkIntegrity(const QSqlDatabase &db, QList<SchemaProblem> &problems)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA integrity_check(50)"_qs)) {
        problems.append({{}, 0, {}, CheckText::tr("the file is damaged: %1").arg(sqliteDetail(query.lastError().databaseText()))});
        return;
    }
    while (query.next())
        if (const QString row = query.value(0).toString(); row != u"ok")
            problems.append({{}, 0, {}, CheckText::tr("the file is damaged: %1").arg(sqliteDetail(row))});
    query.finish();

    QSet<QString> reported;
    for (const SchemaProblem &problem : problems)
        reported.insert(problem.table + u'/' + QString::number(problem.row) + u'/' + problem.column);
    if (!query.exec(u"PRAGMA foreign_key_check"_qs)) {
        problems.append({{}, 0, {}, CheckText::tr("the references between records cannot be verified: %1")
                                        .arg(sqliteDetail(query.lastError().databaseText()))});
        return;
    }
    while (query.next()) {
        const QString table = query.value(0).toString();
        const qint64 row = query.value(1).toLongLong();
        const QString parent = query.value(2).toString();
        QSqlQuery key(db);
        key.prepare(u"SELECT \"from\" FROM pragma_foreign_key_list(:table) WHERE id = :id"_qs);
        key.bindValue(u":table"_qs, table);
        key.bindValue(u":id"_qs, query.value(3));
        const QString column = key.exec() && key.next() ? key.value(0).toString() : QString();
        key.finish();
        if (!reported.contains(table + u'/' + QString::number(row) + u'/' + column))
            problems.append({table, row, column, CheckText::tr("refers to a row of %1 that does not exist.").arg(parent)});
    }
    query.finish();
}

} // namespace

QString printableText(const QString &text, int length)
{
    QString result;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            result += QStringLiteral("\\u{%1}").arg(c.unicode(), 0, 16);
        else
            result += c;
        if (length > 0 && result.size() >= length) {
            result = result.left(length - 1) + u'…';
            break;
        }
    }
    return result;
}

QString SchemaProblem::line() const
{
    QStringList place;
    if (!table.isEmpty())
        place << QCoreApplication::translate("Quorum::Check", "table %1").arg(table);
    if (row > 0)
        place << QCoreApplication::translate("Quorum::Check", "row %1").arg(row);
    if (!column.isEmpty())
        place << QCoreApplication::translate("Quorum::Check", "column %1").arg(column);
    return printableText(place.isEmpty() ? message : place.join(u", "_qs) + u": " + message, -1);
}

Result<WorkspaceCheck> checkWorkspaceFile(const QString &path)
{
    auto inspected = inspectWorkspaceFile(path);
    if (!inspected)
        return Result<WorkspaceCheck>::failure(inspected.error());
    WorkspaceCheck check{inspected.value(), {}};

    QString error;
    const std::optional<Schema> expected = expectedSchema(check.file.schemaVersion, &error);
    if (!expected)
        return Result<WorkspaceCheck>::failure(
            CheckText::tr("%1: the expected schema cannot be built: %2").arg(path, error));
    ReadOnlyConnection connection(path);
    if (!connection.opened())
        return Result<WorkspaceCheck>::failure(CheckText::tr("%1: cannot be opened: %2.").arg(path, connection.error()));
    const std::optional<Schema> actual = readSchema(connection.database(), &error);
    if (!actual)
        return Result<WorkspaceCheck>::failure(CheckText::tr("%1 is damaged: %2.").arg(path, error));

    compareSchemas(*expected, *actual, check.problems);
    checkValues(connection.database(), *actual, check.problems);
    checkIntegrity(connection.database(), check.problems);
    return check;
}

} // namespace Quorum
