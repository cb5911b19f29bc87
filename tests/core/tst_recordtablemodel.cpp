// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "testworkspace.h"

#include "models/recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QList<ModelColumn> agendaColumns()
{
    return {{QStringLiteral("kind"), {}},
            {QStringLiteral("title_fr"), {}},
            {QStringLiteral("title_nl"), {}},
            {QStringLiteral("planned_minutes"), {}},
            {QStringLiteral("presenter"), {}}};
}

struct MemberFixture : Fixture
{
    qint64 personId = 0;
    qint64 subgroupId = 0;
    qint64 membershipId = 0;
    MemberFixture()
    {
        Database &db = workspace->storage();
        Record subgroup(Entity::Subgroup, {{QStringLiteral("council_id"), councilId}});
        subgroup.setBilingual(QStringLiteral("name"), {QStringLiteral("Santé"), QStringLiteral("Gezondheid")});
        subgroupId = db.insert(subgroup).value();
        personId = db.insert(Record(Entity::Person, {{QStringLiteral("name"), QStringLiteral("Hanne Claes")},
                                                     {QStringLiteral("bassin_id"), 2},
                                                     {QStringLiteral("language"), QStringLiteral("nl")}}))
                       .value();
        membershipId = db.insert(Record(Entity::Membership, {{QStringLiteral("council_id"), councilId},
                                                             {QStringLiteral("person_id"), personId},
                                                             {QStringLiteral("subgroup_id"), subgroupId}}))
                           .value();
    }
};

} // namespace

TEST_CASE("The agenda model passes the item model tester through edits")
{
    Fixture f;
    RecordTableModel model(f.workspace.get(), Entity::AgendaItem, agendaColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0); // no meeting chosen yet
    model.setParentId(f.meetingId);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Title (FR)"));
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Information"));
    CHECK(model.index(0, 0).data(Qt::EditRole).toString() == QStringLiteral("information"));
    CHECK(model.index(2, 1).data().toString() == QStringLiteral("Ateliers"));

    REQUIRE(model.addRecord({{QStringLiteral("title_fr"), QStringLiteral("Lunch")}}).ok());
    CHECK(model.rowCount() == 4);
    REQUIRE(model.moveRow(3, 0).ok());
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("Lunch"));
    REQUIRE(model.removeRows(1, 2));
    CHECK(model.rowCount() == 2);
    CHECK(f.workspace->undoStack()->undoText() == QStringLiteral("Remove 2 record(s)"));
    f.workspace->undoStack()->undo();
    CHECK(model.rowCount() == 4);
}

TEST_CASE("Editing a cell is one undoable workspace edit")
{
    Fixture f;
    RecordTableModel model(f.workspace.get(), Entity::AgendaItem, agendaColumns());
    model.setParentId(f.meetingId);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex minutes = model.index(1, 3);
    REQUIRE(model.setData(minutes, 40));
    CHECK(minutes.data().toLongLong() == 40);
    CHECK(dataChanged.count() == 1);
    CHECK(f.workspace->record(Entity::AgendaItem, f.itemIds.at(1))->number(QStringLiteral("planned_minutes")) == 40);
    f.workspace->undoStack()->undo();
    CHECK(minutes.data().toLongLong() == 15);

    CHECK_FALSE(model.setData(minutes, 99999));
    CHECK(minutes.data().toLongLong() == 15);
    CHECK_FALSE(model.setData(model.index(0, 0), QStringLiteral("karaoke")));
    REQUIRE(model.setData(model.index(0, 0), QStringLiteral("decision")));
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Decision"));
}

TEST_CASE("A half-translated title is flagged in the missing language")
{
    Fixture f;
    RecordTableModel model(f.workspace.get(), Entity::AgendaItem, agendaColumns());
    model.setParentId(f.meetingId);
    REQUIRE(model.setData(model.index(0, 2), QString()));
    CHECK(model.index(0, 2).data(RecordTableModel::MissingTranslationRole).toBool());
    CHECK_FALSE(model.index(0, 1).data(RecordTableModel::MissingTranslationRole).toBool());
    CHECK_FALSE(model.index(1, 2).data(RecordTableModel::MissingTranslationRole).toBool());
    CHECK_FALSE(model.index(0, 3).data(RecordTableModel::MissingTranslationRole).toBool());
}

TEST_CASE("Member rows show and edit their person through the membership")
{
    MemberFixture f;
    RecordTableModel model(f.workspace.get(), Entity::Membership,
                           {{QStringLiteral("name"), QStringLiteral("person_id")},
                            {QStringLiteral("bassin_id"), QStringLiteral("person_id")},
                            {QStringLiteral("language"), QStringLiteral("person_id")},
                            {QStringLiteral("role"), {}},
                            {QStringLiteral("subgroup_id"), {}},
                            {QStringLiteral("mandatory"), {}}});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setParentId(f.councilId);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Hanne Claes"));
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("Nord-Est"));
    model.setLanguage(Language::Dutch);
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("Noord-Oost"));
    CHECK(model.index(0, 4).data().toString() == QStringLiteral("Gezondheid"));
    CHECK(model.index(0, 3).data().toString() == QStringLiteral("Voting member"));
    CHECK(model.index(0, 5).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK(model.flags(model.index(0, 5)).testFlag(Qt::ItemIsUserCheckable));

    REQUIRE(model.setData(model.index(0, 0), QStringLiteral("Hanne Claes-Peeters")));
    CHECK(f.workspace->record(Entity::Person, f.personId)->text(QStringLiteral("name")) == QStringLiteral("Hanne Claes-Peeters"));
    REQUIRE(model.setData(model.index(0, 5), Qt::Checked, Qt::CheckStateRole));
    CHECK(f.workspace->record(Entity::Membership, f.membershipId)->number(QStringLiteral("mandatory")) == 1);

    // Reference options stay within the membership's own council.
    const QVariantList options = model.index(0, 4).data(RecordTableModel::ReferenceOptionsRole).toList();
    REQUIRE(options.size() == 2); // "none" and the one subgroup
    CHECK(options.at(1).toMap().value(QStringLiteral("id")).toLongLong() == f.subgroupId);
}

TEST_CASE("Rows follow renames and removals made elsewhere")
{
    MemberFixture f;
    RecordTableModel model(f.workspace.get(), Entity::Membership,
                           {{QStringLiteral("name"), QStringLiteral("person_id")}, {QStringLiteral("subgroup_id"), {}}});
    model.setParentId(f.councilId);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(f.workspace->setValue(Entity::Person, f.personId, QStringLiteral("name"), QStringLiteral("H. Claes")).ok());
    CHECK(dataChanged.count() >= 1);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("H. Claes"));
    REQUIRE(f.workspace->setValue(Entity::Subgroup, f.subgroupId, QStringLiteral("name_fr"), QStringLiteral("Santé mentale")).ok());
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("Santé mentale"));
    REQUIRE(f.workspace->removeRecord(Entity::Subgroup, f.subgroupId).ok());
    CHECK(model.index(0, 1).data().toString() == QString());
    REQUIRE(f.workspace->removeRecord(Entity::Person, f.personId).ok());
    CHECK(model.rowCount() == 0);
    f.workspace->undoStack()->undo();
    CHECK(model.rowCount() == 1);
}

TEST_CASE("Removing the parent empties a child list")
{
    Fixture f;
    RecordTableModel model(f.workspace.get(), Entity::AgendaItem, agendaColumns());
    model.setParentId(f.meetingId);
    REQUIRE(model.rowCount() == 3);
    REQUIRE(f.workspace->removeRecord(Entity::Meeting, f.meetingId).ok());
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.parentId().has_value());
    CHECK_FALSE(model.addRecord().ok());
}

TEST_CASE("Reordering keeps persistent indexes on their records")
{
    Fixture f;
    RecordTableModel model(f.workspace.get(), Entity::AgendaItem, agendaColumns());
    model.setParentId(f.meetingId);
    const QPersistentModelIndex gouvernance = model.index(1, 1);
    REQUIRE(model.moveRow(1, 2).ok());
    CHECK(gouvernance.row() == 2);
    CHECK(gouvernance.data().toString() == QStringLiteral("Gouvernance"));
    f.workspace->undoStack()->undo();
    CHECK(gouvernance.row() == 1);
}

TEST_CASE("A document is attached to a proposal of its own agenda item only", "[model]")
{
    Fixture f;
    Database &db = f.workspace->storage();
    auto proposal = [&](qint64 item, const char *title) {
        Record p(Entity::Proposal, {{QStringLiteral("agenda_item_id"), item}});
        p.setBilingual(QStringLiteral("title"), {QString::fromUtf8(title), QString::fromUtf8(title)});
        return db.insert(p).value();
    };
    const qint64 own = proposal(f.itemIds.at(1), "Charte");
    const qint64 other = proposal(f.itemIds.at(2), "Ateliers");
    Record document(Entity::Document, {{QStringLiteral("agenda_item_id"), f.itemIds.at(1)}});
    document.setBilingual(QStringLiteral("title"), {QStringLiteral("Projet"), QStringLiteral("Ontwerp")});
    REQUIRE(db.insert(document).ok());

    RecordTableModel model(f.workspace.get(), Entity::Document,
                           {{QStringLiteral("title_fr"), {}}, {QStringLiteral("proposal_id"), {}}});
    model.setParentId(f.itemIds.at(1));
    REQUIRE(model.rowCount() == 1);
    const QVariantList options = model.index(0, 1).data(RecordTableModel::ReferenceOptionsRole).toList();
    QList<QVariant> ids;
    for (const QVariant &o : options)
        ids << o.toMap().value(QStringLiteral("id"));
    CHECK(ids.contains(QVariant(own)));
    CHECK_FALSE(ids.contains(QVariant(other)));
    CHECK(ids.first().isNull()); // "no proposal" comes first

    REQUIRE(model.setData(model.index(0, 1), own));
    CHECK(f.workspace->recordsWhere(Entity::Document, QStringLiteral("proposal_id"), own).size() == 1);
}
