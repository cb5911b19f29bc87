// SPDX-License-Identifier: GPL-3.0-or-later
// The members CSV import (core/members/): a spreadsheet from anyone, read, planned against
// a small workspace and, when the plan can be applied, written as one undoable step and
// undone again. Checks beyond "no crash, no leak, no UB": a plan is the same when made twice
// (the preview shows what the import writes), an applied import adds as many people as it
// says, and undoing it gives back exactly the people there were.

#include "fuzzsupport.h"
#include "jsonexchange.h"
#include "members/csvfile.h"
#include "members/memberimport.h"
#include "storage/database.h"
#include "workspace.h"

#include <QFile>

#include <memory>

namespace {

Quorum::Workspace &seededWorkspace()
{
    static std::unique_ptr<Quorum::Workspace> workspace = [] {
        const QString path = QuorumFuzz::scratch().filePath(QStringLiteral("members.quorum"));
        QFile seed(QStringLiteral(QUORUM_FUZZ_WORKSPACE_SEED));
        if (!seed.open(QIODevice::ReadOnly)) {
            fprintf(stderr, "cannot read the seed workspace %s\n", QUORUM_FUZZ_WORKSPACE_SEED);
            abort();
        }
        if (const auto imported = Quorum::importWorkspaceJson(seed.readAll(), QStringLiteral("seed.json"), path);
            !imported) {
            fprintf(stderr, "cannot import the seed workspace: %s\n", qPrintable(imported.error()));
            abort();
        }
        auto opened = Quorum::Workspace::open(path);
        if (!opened) {
            fprintf(stderr, "cannot open the seed workspace: %s\n", qPrintable(opened.error()));
            abort();
        }
        return opened.take();
    }();
    return *workspace;
}

qint64 firstCouncil(const Quorum::Database &database)
{
    const QList<Quorum::Record> councils = database.records(Quorum::Entity::Council);
    QuorumFuzz::require(!councils.isEmpty(), "the seed workspace has a council");
    return councils.first().id;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QuorumFuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Quorum::Result<Quorum::CsvTable> table = Quorum::parseCsv(QuorumFuzz::bytes(data, size));
    if (!table)
        return 0;
    // What the export writes of the rows reads back as a table too.
    QuorumFuzz::require(bool(Quorum::parseCsv(Quorum::writeCsv(table.value().rows))),
                        "written rows read back");

    Quorum::Workspace &workspace = seededWorkspace();
    const Quorum::Database &database = workspace.storage();
    const qint64 council = firstCouncil(database);
    const Quorum::MemberImportPlan plan = Quorum::planMemberImport(database, council, table.value());
    const Quorum::MemberImportPlan again = Quorum::planMemberImport(database, council, table.value());
    QuorumFuzz::require(plan.problems == again.problems && plan.members.size() == again.members.size()
                            && plan.added == again.added && plan.updated == again.updated,
                        "planning twice gives the same plan");
    (void)Quorum::describeProblems(plan);
    (void)Quorum::describeNewListEntries(plan);
    if (!plan.canApply())
        return 0;

    const qint64 people = database.count(Quorum::Entity::Person);
    const Quorum::Result<Quorum::MemberImportSummary> applied = Quorum::applyMemberImport(workspace, plan);
    if (!applied)
        return 0; // refused whole, with a message: nothing to undo
    QuorumFuzz::require(database.count(Quorum::Entity::Person) == people + applied.value().added,
                        "the import adds the people it says");
    if (applied.value().added + applied.value().updated > 0) {
        QuorumFuzz::require(bool(workspace.undo()), "the import undoes");
        QuorumFuzz::require(database.count(Quorum::Entity::Person) == people, "undo gives back the people there were");
    }
    return 0;
}
