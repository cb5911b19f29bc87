// SPDX-License-Identifier: GPL-3.0-or-later
#include "lists.h"

#include "storage/database.h"
#include "workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <span>

namespace Quorum {
namespace {


// Every field, in every entity, that refers to entries of `list`.
QList<std::pair<Entity, QString>> referencesTo(Entity list)
{
    QList<std::pair<Entity, QString>> result;
    for (Entity entity : allEntities)
        for (const Field &field : entitySpec(entity).fields)
            if (field.type == FieldType::Reference && field.references == list)
                result.append({entity, field.name});
    return result;
}

// Case and accents aside: "Santé mentale" and "sante MENTALE" are one name.
QString folded(const QString &text)
{
    const QString decomposed = text.simplified().normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out.toCaseFolded();
}

QString listName(Entity list)
{
    return entityLabel(list).toLower();
}

Result<void> checkName(const Workspace &workspace, Entity list, qint64 self, const BilingualText &name)
{
    if (!isManagedList(list))
        return Result<void>::failure(QCoreApplication::translate("Quorum::Settings", "This list cannot be edited here."));
    if (name.fr.trimmed().isEmpty() || name.nl.trimmed().isEmpty())
        return Result<void>::failure(QCoreApplication::translate("Quorum::Settings", "Give the name in French and in Dutch."));
    for (const Record &other : workspace.records(list)) {
        if (other.id == self)
            continue;
        const BilingualText existing = other.bilingual(u"name"_qs);
        for (const QString &candidate : {name.fr, name.nl})
            for (const QString &taken : {existing.fr, existing.nl})
                if (folded(candidate) == folded(taken))
                    return Result<void>::failure(QCoreApplication::translate("Quorum::Settings", "There is already a %1 named “%2”.")
                                                     .arg(listName(list), taken));
    }
    return {};
}

std::optional<Record> entry(const Workspace &workspace, Entity list, qint64 id)
{
    return isManagedList(list) ? workspace.record(list, id) : std::nullopt;
}

Result<void> gone()
{
    return Result<void>::failure(QCoreApplication::translate("Quorum::Settings", "This entry no longer exists."));
}

} // namespace

bool isManagedList(Entity entity)
{
    return std::find(managedLists.begin(), managedLists.end(), entity) != managedLists.end();
}

int listEntryUses(const Workspace &workspace, Entity list, qint64 id)
{
    int uses = 0;
    for (const auto &[entity, field] : referencesTo(list))
        uses += int(workspace.recordsWhere(entity, field, id).size());
    return uses;
}

Result<qint64> addListEntry(Workspace &workspace, Entity list, const BilingualText &name)
{
    if (auto checked = checkName(workspace, list, 0, name); !checked)
        return Result<qint64>::failure(checked.error());
    Record record(list, {{u"position"_qs, int(workspace.records(list).size())}});
    record.setBilingual(u"name"_qs, {name.fr.simplified(), name.nl.simplified()});
    return workspace.addRecord(record);
}

Result<void> renameListEntry(Workspace &workspace, Entity list, qint64 id, const BilingualText &name)
{
    if (!entry(workspace, list, id))
        return gone();
    if (auto checked = checkName(workspace, list, id, name); !checked)
        return checked;
    return workspace.inStep(QCoreApplication::translate("Quorum::Settings", "Rename %1").arg(listName(list)), [&]() -> Result<void> {
        if (auto fr = workspace.setValue(list, id, u"name_fr"_qs, name.fr.simplified()); !fr)
            return fr;
        return workspace.setValue(list, id, u"name_nl"_qs, name.nl.simplified());
    });
}

Result<void> moveListEntry(Workspace &workspace, Entity list, qint64 id, int position)
{
    if (!entry(workspace, list, id))
        return gone();
    return workspace.moveRecord(list, id, position);
}

Result<void> mergeListEntries(Workspace &workspace, Entity list, qint64 from, qint64 into)
{
    const std::optional<Record> source = entry(workspace, list, from);
    const std::optional<Record> target = entry(workspace, list, into);
    if (!source || !target)
        return gone();
    if (from == into)
        return Result<void>::failure(QCoreApplication::translate("Quorum::Settings", "Choose another entry to merge into."));
    return workspace.inStep(QCoreApplication::translate("Quorum::Settings", "Merge %1").arg(listName(list)), [&]() -> Result<void> {
        for (const auto &[entity, field] : referencesTo(list))
            for (const Record &r : workspace.recordsWhere(entity, field, from))
                if (auto moved = workspace.setValue(entity, r.id, field, into); !moved)
                    return moved;
        return workspace.removeRecord(list, from);
    });
}

Result<void> removeListEntry(Workspace &workspace, Entity list, qint64 id)
{
    const std::optional<Record> found = entry(workspace, list, id);
    if (!found)
        return gone();
    if (const int uses = listEntryUses(workspace, list, id); uses > 0)
        return Result<void>::failure(
            QCoreApplication::translate("Quorum::Settings", "“%1” is still used by %n person(s): merge it into another entry, or change "
                                                 "theirs first.",
                                        nullptr, uses)
                .arg(found->bilingual(u"name"_qs).sideBySide()));
    return workspace.removeRecord(list, id);
}

namespace {

struct Pair
{
    const char *fr;
    const char *nl;
};

// Seeds 000–003: the sectors named at the regional council, the care council's clusters.
constexpr Pair defaultSectors[] = {
    {"Santé mentale", "Geestelijke gezondheid"},           {"Aide et soins à domicile", "Thuiszorg en -hulp"},
    {"Médecine générale", "Huisartsgeneeskunde"},          {"CPAS", "OCMW"},
    {"Aide aux sans-abri", "Thuislozenzorg"},               {"Promotion de la santé", "Gezondheidspromotie"},
    {"Assuétudes", "Verslavingszorg"},                      {"Hôpitaux", "Ziekenhuizen"},
    {"Soins palliatifs", "Palliatieve zorg"},               {"Mutualités", "Ziekenfondsen"},
    {"Usagers et aidants proches", "Gebruikers en mantelzorgers"}, {"Pouvoirs locaux", "Lokale besturen"},
    {"Handicap", "Handicap"},                               {"Santé périnatale", "Perinatale zorg"},
    {"Action sociale", "Algemeen welzijnswerk"}};
// Seed 003 lists the first-line professions of the health cluster.
constexpr Pair defaultProfessions[] = {
    {"Médecin généraliste", "Huisarts"},        {"Infirmier·ère à domicile", "Thuisverpleegkundige"},
    {"Kinésithérapeute", "Kinesitherapeut"},    {"Dentiste", "Tandarts"},
    {"Pharmacien·ne", "Apotheker"},             {"Podologue", "Podoloog"},
    {"Sage-femme", "Vroedvrouw"},               {"Ergothérapeute", "Ergotherapeut"},
    {"Diététicien·ne", "Diëtist"},              {"Psychologue clinicien·ne", "Klinisch psycholoog"},
    {"Assistant·e social·e", "Maatschappelijk werker"}, {"Coordinateur·rice", "Coördinator"}};
constexpr Pair defaultFunctions[] = {{"Direction", "Directie"},
                                     {"Coordination", "Coördinatie"},
                                     {"Terrain", "Terrein"},
                                     {"Représentation", "Vertegenwoordiging"},
                                     {"Politique", "Beleid"},
                                     {"Expertise", "Expertise"}};

} // namespace

Result<void> seedDefaultLists(Database &database)
{
    const std::pair<Entity, std::span<const Pair>> lists[] = {{Entity::Sector, defaultSectors},
                                                              {Entity::Profession, defaultProfessions},
                                                              {Entity::Function, defaultFunctions}};
    return database.transaction([&]() -> Result<void> {
        for (const auto &[list, names] : lists) {
            if (database.count(list) > 0)
                continue;
            int position = 0;
            for (const Pair &name : names) {
                Record record(list, {{u"position"_qs, position++}});
                record.setBilingual(u"name"_qs, {QString::fromUtf8(name.fr), QString::fromUtf8(name.nl)});
                if (auto inserted = database.insert(record); !inserted)
                    return Result<void>::failure(inserted.error());
            }
        }
        return {};
    });
}

} // namespace Quorum
