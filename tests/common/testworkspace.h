// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the test programs: a scratch folder and small workspaces to edit.

#include "catchqt.h"

#include "jsonexchange.h"
#include "record.h"
#include "storage/database.h"
#include "workspace.h"

#include <QFile>
#include <QTemporaryDir>

namespace QuorumTest {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A workspace in a fresh temporary folder, with one council, one meeting and a short
// agenda to edit: enough for every rule that needs records.
struct Fixture
{
    QTemporaryDir directory;
    std::unique_ptr<Quorum::Workspace> workspace;
    qint64 councilId = 0;
    qint64 meetingId = 0;
    QList<qint64> itemIds;

    Fixture()
    {
        REQUIRE(directory.isValid());
        auto created = Quorum::Workspace::create(path(QStringLiteral("test.quorum")));
        REQUIRE(created.ok());
        workspace = created.take();
        Quorum::Database &db = workspace->storage();
        Quorum::Record council(Quorum::Entity::Council, {{QStringLiteral("kind"), QStringLiteral("regional")}});
        council.setBilingual(QStringLiteral("name"), {QStringLiteral("Conseil"), QStringLiteral("Raad")});
        councilId = db.insert(council).value();
        meetingId = db.insert(Quorum::Record(Quorum::Entity::Meeting, {{QStringLiteral("council_id"), councilId},
                                                                        {QStringLiteral("date"), QStringLiteral("2024-11-13")}}))
                        .value();
        for (const char *title : {"Accueil", "Gouvernance", "Ateliers"}) {
            Quorum::Record item(Quorum::Entity::AgendaItem, {{QStringLiteral("meeting_id"), meetingId}});
            item.setBilingual(QStringLiteral("title"), {QString::fromUtf8(title), QString::fromUtf8(title) + QStringLiteral(" NL")});
            itemIds << db.insert(item).value();
        }
    }

    QString path(const QString &name) const { return directory.filePath(name); }
    QByteArray json() const { return Quorum::exportWorkspaceJson(const_cast<Fixture *>(this)->workspace->storage()); }
};

} // namespace QuorumTest
