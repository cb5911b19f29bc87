// SPDX-License-Identifier: GPL-3.0-or-later
// The history's theme filter reads its themes in one statement (core/storage
// decidedThemes): the same list, in every language, as reading every closed vote and its
// proposal as records did, on the demo and on a generated workspace.

#include "catchqt.h"
#include "demoworkspace.h"

#include "bilingualtext.h"
#include "decisions/history.h"
#include "decisions/historysearch.h"
#include "generator.h"
#include "storage/database.h"
#include "workspace.h"

#include <QCollator>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

using namespace Quorum;
using QuorumTest::DemoWorkspace;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// What decisionThemes did before it read the themes in one statement: every closed vote
// and every proposal it decided, as records. The reference the new reading must match.
QStringList themesFromRecords(const Database &database, Language language)
{
    QSet<qint64> proposalIds;
    for (const Record &vote : database.recordsWhere(Entity::Vote, s("status"), s("closed")))
        proposalIds.insert(vote.number(s("proposal_id")));
    proposalIds.remove(0);
    QList<qint64> ids(proposalIds.cbegin(), proposalIds.cend());
    std::sort(ids.begin(), ids.end());
    if (ids.isEmpty())
        return {};
    QStringList themes;
    QSet<QString> seen;
    for (const Record &proposal : database.recordsWithIds(Entity::Proposal, ids)) {
        const QString theme = proposal.bilingual(s("theme")).display(language).trimmed();
        if (theme.isEmpty() || seen.contains(searchFolded(theme)))
            continue;
        seen.insert(searchFolded(theme));
        themes << theme;
    }
    QCollator collator(language == Language::Dutch ? QLocale(QLocale::Dutch, QLocale::Belgium)
                                                   : QLocale(QLocale::French, QLocale::Belgium));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(themes.begin(), themes.end(), collator);
    return themes;
}

void checkSameThemes(const Database &database)
{
    for (Language language : {Language::French, Language::Dutch, Language::English}) {
        INFO("language " << languageCode(language).toStdString());
        const QStringList expected = themesFromRecords(database, language);
        CHECK(decisionThemes(database, language) == expected);
    }
}

} // namespace

TEST_CASE("Decision themes read in one statement match the records on the demo and generated workspaces", "[decisionthemes]")
{
    struct Case
    {
        const char *name;
        std::function<void(DemoWorkspace &)> change; // on a copy of the demo
    };
    const QList<Case> cases = {
        {"the demo as written", [](DemoWorkspace &) {}},
        // Spellings that fold alike: the first proposal in the list's order gives the one shown.
        {"a decided theme respelled in capitals and without accents",
         [](DemoWorkspace &demo) {
             Database &db = demo.workspace->storage();
             const QList<Record> closed = db.recordsWhere(Entity::Vote, s("status"), s("closed"));
             QList<qint64> proposals;
             for (const Record &vote : closed)
                 if (const qint64 id = vote.number(s("proposal_id")); id && !proposals.contains(id))
                     proposals << id;
             REQUIRE(proposals.size() >= 2);
             const auto first = db.record(Entity::Proposal, proposals.first());
             REQUIRE(first);
             const BilingualText theme = first->bilingual(s("theme"));
             REQUIRE(db.update(Entity::Proposal, proposals.last(), s("theme_fr"), searchFolded(theme.fr).toUpper()).ok());
             REQUIRE(db.update(Entity::Proposal, proposals.last(), s("theme_nl"), theme.nl.toUpper()).ok());
         }},
        // One language missing: the other is shown in its place, as display() does.
        {"a decided theme in French only",
         [](DemoWorkspace &demo) {
             Database &db = demo.workspace->storage();
             qint64 proposal = 0;
             for (const Record &vote : db.recordsWhere(Entity::Vote, s("status"), s("closed")))
                 if (!proposal)
                     proposal = vote.number(s("proposal_id"));
             REQUIRE(proposal);
             REQUIRE(db.update(Entity::Proposal, proposal, s("theme_fr"), s("Énergie citoyenne")).ok());
             REQUIRE(db.update(Entity::Proposal, proposal, s("theme_nl"), s("  ")).ok());
         }},
    };
    for (const Case &c : cases) {
        INFO("case: " << c.name);
        DemoWorkspace demo;
        c.change(demo);
        const Database &db = demo.workspace->storage();
        REQUIRE_FALSE(themesFromRecords(db, Language::French).isEmpty());
        checkSameThemes(db);
    }

    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    for (const GeneratorOptions options : {GeneratorOptions{1, 1}, GeneratorOptions{2, 7}}) {
        INFO("generated, seed " << options.seed);
        const QString path = directory.filePath(QStringLiteral("generated-%1.quorum").arg(options.seed));
        REQUIRE(generateWorkspaceFile(path, options).ok());
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        REQUIRE(themesFromRecords(*opened.value(), Language::French).size() > 1);
        checkSameThemes(*opened.value());
    }
}
