// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "testworkspace.h"

#include "generator.h"

#include <QDir>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QByteArray generatedJson(const QTemporaryDir &dir, const QString &name, GeneratorOptions options)
{
    const QString path = dir.filePath(name);
    REQUIRE(generateWorkspaceFile(path, options).ok());
    auto db = Database::open(path);
    REQUIRE(db.ok());
    return exportWorkspaceJson(*db.value());
}

} // namespace

TEST_CASE("The generator is deterministic for a seed and varies with it")
{
    QTemporaryDir dir;
    const QByteArray a = generatedJson(dir, QStringLiteral("a.quorum"), {1, 42});
    const QByteArray b = generatedJson(dir, QStringLiteral("b.quorum"), {1, 42});
    const QByteArray c = generatedJson(dir, QStringLiteral("c.quorum"), {1, 43});
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("One generated year has the shape of a year of council work")
{
    QTemporaryDir dir;
    auto summary = generateWorkspaceFile(dir.filePath(QStringLiteral("year.quorum")), {1, 1});
    REQUIRE(summary.ok());
    CHECK(summary.value().people == 300);
    CHECK(summary.value().councils == 20);
    CHECK(summary.value().meetings > 100);
    CHECK(summary.value().agendaItems > 15 * summary.value().meetings);
    auto db = Database::open(dir.filePath(QStringLiteral("year.quorum")));
    REQUIRE(db.ok());
    CHECK(db.value()->count(Entity::Meeting) == summary.value().meetings);
    CHECK(db.value()->count(Entity::AgendaItem) == summary.value().agendaItems);
    for (const Record &meeting : db.value()->records(Entity::Meeting))
        CHECK(meeting.text(QStringLiteral("date")).startsWith(QStringLiteral("2025-")));
}

TEST_CASE("Ten generated years reach the scale the issue names")
{
    QTemporaryDir dir;
    auto summary = generateWorkspaceFile(dir.filePath(QStringLiteral("ten.quorum")), {});
    REQUIRE(summary.ok());
    CHECK(summary.value().people >= 1000);
    CHECK(summary.value().meetings >= 100);
    CHECK(summary.value().agendaItems >= 10000);
}

TEST_CASE("The generator refuses impossible spans and never overwrites")
{
    QTemporaryDir dir;
    CHECK_FALSE(generateWorkspaceFile(dir.filePath(QStringLiteral("zero.quorum")), {0, 1}).ok());
    CHECK_FALSE(generateWorkspaceFile(dir.filePath(QStringLiteral("many.quorum")), {51, 1}).ok());
    CHECK(QDir(dir.path()).isEmpty());
    const QString taken = dir.filePath(QStringLiteral("taken.quorum"));
    REQUIRE(writeFile(taken, "x"));
    CHECK_FALSE(generateWorkspaceFile(taken, {1, 1}).ok());
    CHECK(readFile(taken) == "x");
}
