// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fresh copy of the demo workspace, open for editing, and its meeting of 13 November 2024
// (the real agenda of seed 001): what the agenda, template and document tests work on.

#include "catchqt.h"

#include "demo.h"
#include "workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace QuorumTest {

struct DemoWorkspace
{
    QTemporaryDir directory;
    std::unique_ptr<Quorum::Workspace> workspace;

    DemoWorkspace()
    {
        REQUIRE(directory.isValid());
        REQUIRE(Quorum::writeDemoWorkspace(path()).ok());
        auto opened = Quorum::Workspace::open(path());
        REQUIRE(opened.ok());
        workspace = opened.take();
    }

    QString path() const { return directory.filePath(QStringLiteral("demo.quorum")); }

    Quorum::Record meeting(const QString &date) const
    {
        for (const Quorum::Record &m : workspace->records(Quorum::Entity::Meeting))
            if (m.text(QStringLiteral("date")) == date)
                return m;
        FAIL("no demo meeting on " << date.toStdString());
        return {};
    }
    Quorum::Record november2024() const { return meeting(QStringLiteral("2024-11-13")); }
};

} // namespace QuorumTest
