// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON importer (core/jsonexchange.h): a workspace export from anyone, loaded into a
// fresh workspace. Every input runs inside an outer transaction that is then rolled back,
// so one freshly created database serves the whole run (creating one per input would make
// the fuzzer a hundred times slower) and each input still meets an empty workspace.

#include "fuzzsupport.h"
#include "jsonexchange.h"
#include "storage/database.h"

#include <memory>

namespace {

Quorum::Database &freshDatabase()
{
    static std::unique_ptr<Quorum::Database> database = [] {
        auto created = Quorum::Database::create(QuorumFuzz::scratch().filePath(QStringLiteral("import.quorum")));
        if (!created) {
            fprintf(stderr, "cannot create the workspace: %s\n", qPrintable(created.error()));
            abort();
        }
        return created.take();
    }();
    return *database;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QuorumFuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Quorum::Database &database = freshDatabase();
    const QByteArray json = QuorumFuzz::bytes(data, size);
    bool loaded = false;
    const Quorum::Result<void> rolledBack = database.transaction([&]() -> Quorum::Result<void> {
        loaded = bool(Quorum::loadWorkspaceJson(database, json, QStringLiteral("fuzz.json")));
        // What was accepted must export again (the export reads every record it wrote).
        if (loaded)
            QuorumFuzz::require(!Quorum::exportWorkspaceJson(database).isEmpty(), "an imported workspace exports");
        return Quorum::Result<void>::failure(QStringLiteral("rolled back"));
    });
    QuorumFuzz::require(!rolledBack, "the outer transaction rolls back");
    return 0;
}
