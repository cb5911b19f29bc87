// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace opener: any file a user double-clicks or receives by mail. The bytes become
// a file, which is inspected (core/storage/fileinspection.h), opened for writing — migrated
// and locked, as the app does — and read back: every council, meeting, person and vote, and
// each vote counted, which is what the first screens and the history do.

#include "decisions/votes.h"
#include "fuzzsupport.h"
#include "storage/database.h"
#include "storage/fileinspection.h"

#include <QFile>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QuorumFuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = QuorumFuzz::scratch().filePath(QStringLiteral("input.quorum"));
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    {
        QFile file(path);
        QuorumFuzz::require(file.open(QIODevice::WriteOnly) && file.write(QuorumFuzz::bytes(data, size)) == qint64(size),
                            "the input is written");
    }
    if (!Quorum::inspectWorkspaceFile(path))
        return 0;
    auto opened = Quorum::Database::open(path);
    if (!opened)
        return 0;
    const Quorum::Database &database = *opened.value();
    for (Quorum::Entity entity : {Quorum::Entity::Council, Quorum::Entity::Meeting, Quorum::Entity::Person,
                                  Quorum::Entity::AgendaItem, Quorum::Entity::SynthesisSection})
        (void)database.records(entity);
    for (const Quorum::Record &vote : database.records(Quorum::Entity::Vote))
        (void)Quorum::countVote(database, vote.id);
    return 0;
}
