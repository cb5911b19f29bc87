// SPDX-License-Identifier: GPL-3.0-or-later
// Raising an objection with its counter-proposal, as the vote panel does it.

#include "catchqt.h"
#include "testworkspace.h"

#include "decisions/objections.h"

#include <QUndoStack>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct ObjectionFixture : Fixture
{
    qint64 proposal = 0;
    qint64 sameItem = 0;
    qint64 otherItem = 0;

    ObjectionFixture()
    {
        proposal = addProposal(itemIds.at(1), "Adopter le règlement");
        sameItem = addProposal(itemIds.at(1), "Adopter le règlement en 2025");
        otherItem = addProposal(itemIds.at(2), "Choisir les ateliers");
    }

    qint64 addProposal(qint64 item, const char *title)
    {
        Record p(Entity::Proposal, {{s("agenda_item_id"), item}});
        p.setBilingual(s("title"), {s(title), s(title)});
        const Result<qint64> added = workspace->storage().insert(p);
        REQUIRE(added.ok());
        return added.value();
    }

    static Record objection()
    {
        Record o(Entity::Objection);
        o.setBilingual(s("argument"), {s("Trop tôt"), s("Te vroeg")});
        return o;
    }

    static Record existing(qint64 id) { return Record(Entity::Proposal, {}, id); }
};

} // namespace

TEST_CASE("An objection with a new counter-proposal is one undoable step", "[objections]")
{
    ObjectionFixture f;
    Record counter(Entity::Proposal);
    counter.setBilingual(s("title"), {s("Plus tard"), s("Later")});
    const int steps = f.workspace->undoStack()->count();
    const Result<qint64> raised = raiseObjection(*f.workspace, f.proposal, f.objection(), counter);
    INFO(raised.error().toStdString());
    REQUIRE(raised.ok());
    CHECK(f.workspace->undoStack()->count() == steps + 1);
    const std::optional<Record> stored = f.workspace->record(Entity::Objection, raised.value());
    REQUIRE(stored);
    const std::optional<Record> newCounter = f.workspace->record(Entity::Proposal, stored->number(s("counter_proposal_id")));
    REQUIRE(newCounter);
    CHECK(newCounter->number(s("agenda_item_id")) == f.itemIds.at(1));
    f.workspace->undoStack()->undo();
    CHECK_FALSE(f.workspace->record(Entity::Objection, raised.value()));
    CHECK_FALSE(f.workspace->record(Entity::Proposal, newCounter->id));
}

TEST_CASE("An objection answered by another proposal of the item is recorded", "[objections]")
{
    ObjectionFixture f;
    const Result<qint64> raised = raiseObjection(*f.workspace, f.proposal, f.objection(), f.existing(f.sameItem));
    INFO(raised.error().toStdString());
    REQUIRE(raised.ok());
    CHECK(f.workspace->record(Entity::Objection, raised.value())->number(s("counter_proposal_id")) == f.sameItem);
}

TEST_CASE("A proposal cannot be its own counter-proposal nor answered from another item", "[objections]")
{
    ObjectionFixture f;
    const int steps = f.workspace->undoStack()->count();
    SECTION("itself")
    {
        const Result<qint64> raised = raiseObjection(*f.workspace, f.proposal, f.objection(), f.existing(f.proposal));
        REQUIRE_FALSE(raised.ok());
        CHECK(raised.error().contains(s("the proposal it objects to")));
    }
    SECTION("another item")
    {
        const Result<qint64> raised = raiseObjection(*f.workspace, f.proposal, f.objection(), f.existing(f.otherItem));
        REQUIRE_FALSE(raised.ok());
        CHECK(raised.error().contains(s("another agenda item")));
    }
    CHECK(f.workspace->records(Entity::Objection).isEmpty());
    CHECK(f.workspace->undoStack()->count() == steps);
}
