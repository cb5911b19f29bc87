// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisions/objections.h"

#include "commands/recordcommands.h"
#include "storage/database.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace Quorum {
namespace {

QString f(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

std::optional<QString> objectionReferenceProblem(const Database &database, const Record &objection)
{
    const qint64 proposalId = objection.number(f("proposal_id"));
    const qint64 counterId = objection.number(f("counter_proposal_id"));
    if (counterId == proposalId)
        return QCoreApplication::translate("Quorum::Objections", "its counter-proposal is the proposal it objects to.");
    const std::optional<Record> proposal = database.record(Entity::Proposal, proposalId);
    const std::optional<Record> counter = database.record(Entity::Proposal, counterId);
    if (!proposal || !counter)
        return QCoreApplication::translate("Quorum::Objections", "the proposal or its counter-proposal does not exist.");
    if (counter->number(f("agenda_item_id")) != proposal->number(f("agenda_item_id")))
        return QCoreApplication::translate(
                   "Quorum::Objections",
                   "its counter-proposal %1 belongs to another agenda item than the proposal %2 it objects to.")
            .arg(counterId)
            .arg(proposalId);
    return std::nullopt;
}

Result<qint64> raiseObjection(Workspace &workspace, qint64 proposalId, Record objection, Record counter)
{
    const std::optional<Record> proposal = workspace.record(Entity::Proposal, proposalId);
    if (!proposal)
        return Result<qint64>::failure(QCoreApplication::translate("Quorum::Objections", "This proposal no longer exists."));
    objection.entity = Entity::Objection;
    objection.values.insert(f("proposal_id"), proposalId);
    if (counter.id > 0) {
        objection.values.insert(f("counter_proposal_id"), counter.id);
        if (const auto problem = objectionReferenceProblem(workspace.storage(), objection))
            return Result<qint64>::failure(
                QCoreApplication::translate("Quorum::Objections", "This objection cannot be recorded: %1").arg(*problem));
        return workspace.addRecord(objection);
    }

    // The counter-proposal and the objection that carries it are one step: undo removes both.
    EditStep step(workspace, QCoreApplication::translate("Quorum::Objections", "Object, with a counter-proposal"));
    counter.entity = Entity::Proposal;
    counter.values.insert(f("agenda_item_id"), proposal->number(f("agenda_item_id")));
    Result<qint64> result = workspace.addRecord(counter);
    if (result) {
        objection.values.insert(f("counter_proposal_id"), result.value());
        if (const auto problem = objectionReferenceProblem(workspace.storage(), objection))
            result = Result<qint64>::failure(
                QCoreApplication::translate("Quorum::Objections", "This objection cannot be recorded: %1").arg(*problem));
        else
            result = workspace.addRecord(objection);
    }
    // One step: a failure takes back the bare counter-proposal too, leaving nothing to redo.
    step.check(result);
    if (const Result<void> ended = step.finish(); !ended && result)
        return Result<qint64>::failure(ended.error());
    return result;
}

} // namespace Quorum
