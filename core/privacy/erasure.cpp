// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/erasure.h"

#include "decisions/decisionindex.h"
#include "storage/database.h"
#include "storage/decisionsearch.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Quorum {
namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

bool isText(const Field &field)
{
    // Codes with a grammar of their own (decision rules) never hold a name.
    return (field.type == FieldType::Text || field.type == FieldType::LongText || field.type == FieldType::RichText)
           && !field.validate;
}

// The person's words as a whole-word, case-insensitive pattern; any run of spaces in the
// name matches any run of spaces in the text. Null when the words are too short to tell
// apart from ordinary text.
std::optional<QRegularExpression> wholeWords(const QString &words)
{
    const QStringList parts = words.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.join(QString()).size() < 2)
        return std::nullopt;
    QStringList escaped;
    for (const QString &part : parts)
        escaped << QRegularExpression::escape(part);
    return QRegularExpression(u"(?<![\\p{L}\\p{N}])"_qs + escaped.join(u"\\s+"_qs) + u"(?![\\p{L}\\p{N}])"_qs,
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

struct Replacement
{
    QRegularExpression pattern;
    BilingualText words;
};

// What a column's text says instead of the person: the words of its language, or both.
QString wordsFor(const Column &column, const BilingualText &words)
{
    if (column.language)
        return words.in(*column.language);
    return words.sideBySide();
}

std::vector<Replacement> replacementsFor(const Database &database, const Record &person)
{
    std::vector<Replacement> found;
    auto add = [&](const QString &words, const BilingualText &instead) {
        // Formatted text stores "&" and "<" escaped: look for that spelling too.
        for (const QString &spelling : {words, words.toHtmlEscaped()})
            if (const auto pattern = wholeWords(spelling))
                if (std::none_of(found.begin(), found.end(),
                                 [&](const Replacement &r) { return r.pattern.pattern() == pattern->pattern(); }))
                    found.push_back({*pattern, instead});
    };
    add(person.text(u"name"_qs), erasedPersonWords());
    // An organisation others belong to says nothing about this person: it stays.
    const QString organisation = person.text(u"organisation"_qs).simplified();
    if (!organisation.isEmpty()) {
        bool shared = false;
        for (const Record &other : database.records(Entity::Person))
            shared = shared
                     || (other.id != person.id
                         && other.text(u"organisation"_qs).simplified().compare(organisation, Qt::CaseInsensitive) == 0);
        if (!shared)
            add(organisation, erasedOrganisationWords());
    }
    return found;
}

} // namespace

BilingualText erasedPersonWords()
{
    return {s("Personne effacée"), s("Gewiste persoon")};
}

BilingualText erasedOrganisationWords()
{
    return {s("organisation effacée"), s("gewiste organisatie")};
}

ErasurePlan planErasure(const Database &database, qint64 personId)
{
    ErasurePlan plan;
    plan.person = database.record(Entity::Person, personId);
    if (!plan.person)
        return plan;
    const std::vector<Replacement> replacements = replacementsFor(database, *plan.person);
    for (Entity entity : allEntities) {
        const EntitySpec &spec = entitySpec(entity);
        // Which records go with the person, and which only lose the reference to them.
        QSet<qint64> removedHere;
        for (const Field &field : spec.fields) {
            if (field.type != FieldType::Reference || field.references != Entity::Person)
                continue;
            for (const Record &record : database.recordsWhere(entity, field.name, personId)) {
                if (field.onDelete == OnDelete::Cascade)
                    removedHere.insert(record.id);
                else
                    ++plan.unlinked[entity];
            }
        }
        if (!removedHere.isEmpty())
            plan.removed[entity] = int(removedHere.size());

        const bool candidacies = entity == Entity::VoteOption;
        for (const Record &record : database.records(entity)) {
            // Their own record goes whole; someone else's may mention them ("assistant of …").
            if (removedHere.contains(record.id) || (entity == Entity::Person && record.id == personId))
                continue;
            const bool standsForThem = candidacies && record.number(u"person_id"_qs) == personId;
            for (const Column &column : spec.columns) {
                // A namesake keeps their own name.
                if (!isText(*column.field) || (entity == Entity::Person && column.name == u"name"))
                    continue;
                const QString before = record.text(column.name);
                QString after = before;
                if (standsForThem && column.field->name == u"name") {
                    // A candidate's label is the person: it goes whole, the counts stay.
                    after = wordsFor(column, erasedPersonWords());
                } else {
                    for (const Replacement &r : replacements)
                        after.replace(r.pattern, wordsFor(column, r.words));
                }
                if (after != before)
                    plan.rewrites.append({entity, record.id, column.name, after.left(column.field->maximum)});
            }
        }
    }
    return plan;
}

QString describeErasurePlan(const ErasurePlan &plan)
{
    if (!plan.person)
        return QCoreApplication::translate("Quorum::Privacy", "No such person.");
    QStringList removed;
    for (const auto &[entity, count] : plan.removed)
        removed << QStringLiteral("%1 × %2").arg(count).arg(entityLabel(entity).toLower());
    QStringList unlinked;
    for (const auto &[entity, count] : plan.unlinked)
        unlinked << QStringLiteral("%1 × %2").arg(count).arg(entityLabel(entity).toLower());
    return QCoreApplication::translate("Quorum::Privacy",
                                       "the records about them (%1); the reference to them removed from %2; %n text(s) "
                                       "that copied their name or organisation rewritten.",
                                       nullptr, int(plan.rewrites.size()))
        .arg(removed.isEmpty() ? QCoreApplication::translate("Quorum::Privacy", "none") : removed.join(u", "_qs),
             unlinked.isEmpty() ? QCoreApplication::translate("Quorum::Privacy", "no other record") : unlinked.join(u", "_qs));
}

Result<void> erasePerson(Workspace &workspace, qint64 personId)
{
    Database &database = workspace.storage();
    const ErasurePlan plan = planErasure(database, personId);
    if (!plan.person)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Workspace", "This %1 no longer exists.")
                                         .arg(entityLabel(Entity::Person).toLower()));
    if (auto secure = database.enableSecureDelete(); !secure)
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Privacy", "Could not erase the person: %1").arg(secure.error()));
    // Views follow through the workspace's signals; a failure rolls every write back.
    auto erased = database.transaction([&]() -> Result<void> {
        for (const TextRewrite &rewrite : plan.rewrites)
            if (auto updated = workspace.applyUpdate(rewrite.entity, rewrite.id, rewrite.column, rewrite.value); !updated)
                return updated;
        auto removed = workspace.applyRemove(Entity::Person, personId);
        if (!removed)
            return Result<void>::failure(removed.error());
        // The decisions that named them are indexed again, and the index rebuilt: its pages
        // would otherwise keep the words it no longer holds.
        if (auto refreshed = refreshDecisionRecords(database); !refreshed)
            return refreshed;
        return rebuildDecisionSearch(database);
    });
    if (!erased)
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Privacy", "Could not erase the person: %1").arg(erased.error()));
    // Undo would bring them back, and its commands hold copies of their data.
    workspace.undoStack()->clear();
    if (auto flushed = database.checkpoint(); !flushed)
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Privacy", "The person is erased, but traces remain until the journal is emptied: %1")
                .arg(flushed.error()));
    return {};
}

} // namespace Quorum
