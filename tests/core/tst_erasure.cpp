// SPDX-License-Identifier: GPL-3.0-or-later
// The right to be forgotten, down to the bytes of the file: after an erasure, neither the
// workspace nor its journal holds the person's name or organisation, in any copy.
#include "catchqt.h"
#include "testworkspace.h"

#include "jsonexchange.h"
#include "privacy/erasure.h"

#include <QFile>
#include <QFileInfo>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString candidateName = s("Zyxwvutsrq Quxbaz");
const QString candidateOrganisation = s("Vlekkrompf Société Coopérative");

qint64 insert(Database &db, Record record)
{
    auto id = db.insert(record);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

Record bilingual(Entity entity, QVariantMap values, const char *field, const QString &fr, const QString &nl)
{
    Record record(entity, std::move(values));
    record.setBilingual(s(field), {fr, nl});
    return record;
}

// Every spelling a copy of `text` could take in the file: UTF-8 and UTF-16 (both byte
// orders), as written and in lower case.
QList<QByteArray> spellings(const QString &text)
{
    QList<QByteArray> result;
    for (const QString &variant : {text, text.toLower(), text.toUpper()}) {
        result << variant.toUtf8();
        QByteArray little, big;
        for (QChar c : variant) {
            little.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
            big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        }
        result << little << big;
    }
    return result;
}

// A named election where Zyxwvutsrq stands as a candidate and is voted for by name, with
// copies of the name in free texts, as secretaries write them.
struct ErasureFixture : Fixture
{
    qint64 candidate = 0, voter = 0, colleague = 0, election = 0, candidacy = 0, rival = 0, item = 0, proposal = 0;

    Database &db() { return workspace->storage(); }

    ErasureFixture()
    {
        candidate = insert(db(), Record(Entity::Person, {{s("name"), candidateName},
                                                         {s("organisation"), candidateOrganisation}}));
        voter = insert(db(), Record(Entity::Person, {{s("name"), s("Bram Verbeke")}, {s("organisation"), s("CPAS")}}));
        colleague = insert(db(), Record(Entity::Person, {{s("name"), s("Chloé Martin")}, {s("organisation"), s("CPAS")}}));
        for (qint64 who : {candidate, voter, colleague}) {
            insert(db(), Record(Entity::Membership, {{s("council_id"), councilId}, {s("person_id"), who}}));
            insert(db(), Record(Entity::Attendance, {{s("meeting_id"), meetingId}, {s("person_id"), who}}));
        }
        item = itemIds.at(1);
        REQUIRE(db().update(Entity::AgendaItem, item, s("presenter"), candidateName).ok());
        REQUIRE(db().update(Entity::AgendaItem, item, s("notes_fr"),
                            QString(s("Présentation par zyxwvutsrq  quxbaz (") + candidateOrganisation + s("), puis débat.")))
                    .ok());
        proposal = insert(db(), bilingual(Entity::Proposal, {{s("agenda_item_id"), item}, {s("author_id"), candidate}},
                                          "title", s("Plan de ") + candidateName, s("Plan van ") + candidateName));

        const QString electionRule =
            s("election base=cast threshold=2/3 compare=atleast abstentions=excluded quorum=refuse seats=1 ranked=no");
        election = insert(db(), bilingual(Entity::Vote, {{s("agenda_item_id"), item}, {s("mode"), s("named")},
                                                         {s("rule"), electionRule}, {s("status"), s("closed")},
                                                         {s("members"), 3}, {s("present"), 3}, {s("outcome"), s("adopted")},
                                                         {s("closed_at"), s("2025-03-05T11:10:00Z")}},
                                          "title", s("Élection de la présidence"), s("Verkiezing van het voorzitterschap")));
        const QString label = candidateName + s(" (") + candidateOrganisation + s(")");
        candidacy = insert(db(), bilingual(Entity::VoteOption, {{s("vote_id"), election}, {s("person_id"), candidate}}, "name",
                                           label, label));
        rival = insert(db(), bilingual(Entity::VoteOption, {{s("vote_id"), election}, {s("person_id"), colleague}}, "name",
                                       s("Chloé Martin"), s("Chloé Martin")));
        for (qint64 who : {candidate, voter, colleague})
            insert(db(), Record(Entity::VoteElector, {{s("vote_id"), election}, {s("person_id"), who}}));
        insert(db(), Record(Entity::Ballot, {{s("vote_id"), election}, {s("person_id"), candidate}, {s("option_id"), candidacy}}));
        insert(db(), Record(Entity::Ballot, {{s("vote_id"), election}, {s("person_id"), voter}, {s("option_id"), candidacy}}));
        insert(db(), Record(Entity::Ballot, {{s("vote_id"), election}, {s("person_id"), colleague}, {s("option_id"), rival}}));
        insert(db(), Record(Entity::VoteTally, {{s("vote_id"), election}, {s("option_id"), candidacy}, {s("votes_for"), 2}}));
        insert(db(), Record(Entity::VoteTally, {{s("vote_id"), election}, {s("option_id"), rival}, {s("votes_for"), 1}}));
    }

    // Closes the workspace (its pages reach the file) and opens it again, as a user would
    // on the day of the request.
    void reopen()
    {
        const QString file = workspace->filePath();
        workspace.reset();
        auto opened = Workspace::open(file);
        REQUIRE(opened.ok());
        workspace = opened.take();
    }

    void erase(qint64 personId)
    {
        const Result<void> erased = erasePerson(*workspace, personId);
        INFO(erased.error().toStdString());
        REQUIRE(erased.ok());
    }

    // The bytes of the file and of its journal, if any.
    QByteArray bytes() const
    {
        const QString file = path(s("test.quorum"));
        return readFile(file) + readFile(file + s("-wal"));
    }
};

} // namespace

TEST_CASE("Erasing a person leaves no byte of their name or organisation in the file", "[erasure]")
{
    ErasureFixture f;
    f.reopen();
    // The test can see them before: every spelling it looks for is really there.
    CHECK(f.bytes().contains(candidateName.toUtf8()));
    CHECK(f.bytes().contains(candidateOrganisation.toUtf8()));

    f.erase(f.candidate);
    // Right after the erasure, the workspace still open (a crash now would leave these
    // bytes), then once it is closed.
    for (const bool open : {true, false}) {
        if (!open)
            f.workspace.reset();
        INFO((open ? "open" : "closed"));
        CHECK(QFileInfo(f.path(s("test.quorum-wal"))).size() == 0);
        const QByteArray after = f.bytes();
        REQUIRE(!after.isEmpty());
        for (const QString &secret : {candidateName, candidateOrganisation, s("Zyxwvutsrq"), s("Vlekkrompf")}) {
            for (const QByteArray &spelling : spellings(secret)) {
                INFO(secret.toStdString() << " as " << spelling.toHex().toStdString());
                CHECK_FALSE(after.contains(spelling));
            }
        }
    }
}

TEST_CASE("Erasing a candidate keeps the counts and anonymises the label", "[erasure]")
{
    ErasureFixture f;
    f.erase(f.candidate);
    Database &db = f.db();
    CHECK_FALSE(db.record(Entity::Person, f.candidate));
    const auto option = db.record(Entity::VoteOption, f.candidacy);
    REQUIRE(option);
    CHECK(option->bilingual(s("name")) == erasedPersonWords());
    CHECK(option->value(s("person_id")).isNull());
    // The result stays true: the counts frozen at closing and the outcome are untouched.
    int votesFor = 0;
    for (const Record &tally : db.records(Entity::VoteTally, f.election))
        if (tally.number(s("option_id")) == f.candidacy)
            votesFor = int(tally.number(s("votes_for")));
    CHECK(votesFor == 2);
    CHECK(db.record(Entity::Vote, f.election)->text(s("outcome")) == s("adopted"));
    // Others keep their names and ballots; the rival's label is theirs.
    CHECK(db.record(Entity::VoteOption, f.rival)->bilingual(s("name")).fr == s("Chloé Martin"));
    CHECK(db.records(Entity::Ballot, f.election).size() == 2);
    // Free texts: the name goes wherever it was copied, the rest of the text stays.
    const Record item = *db.record(Entity::AgendaItem, f.item);
    CHECK(item.text(s("presenter")) == erasedPersonWords().sideBySide());
    CHECK(item.text(s("notes_fr")) == s("Présentation par Personne effacée (organisation effacée), puis débat."));
    CHECK(db.record(Entity::Proposal, f.proposal)->bilingual(s("title"))
          == BilingualText{s("Plan de Personne effacée"), s("Plan van Gewiste persoon")});
    // Nothing in a later export either.
    const QByteArray json = exportWorkspaceJson(db);
    CHECK_FALSE(json.contains(candidateName.toUtf8()));
    CHECK_FALSE(json.contains(candidateOrganisation.toUtf8()));
}

TEST_CASE("Erasure is not undoable and touches nobody else", "[erasure]")
{
    ErasureFixture f;
    REQUIRE(f.workspace->setValue(Entity::Person, f.candidate, s("language"), s("nl")).ok());
    REQUIRE(f.workspace->undoStack()->canUndo());
    f.erase(f.voter);
    // Undo would put Bram back, and its history held copies of others' data.
    CHECK_FALSE(f.workspace->undoStack()->canUndo());
    CHECK_FALSE(f.db().record(Entity::Person, f.voter));
    // A shared organisation ("CPAS" is also Chloé's) says nothing about Bram: it stays.
    CHECK(f.db().record(Entity::Person, f.colleague)->text(s("organisation")) == s("CPAS"));
    // Only whole words: his name inside another word is not his name.
    const ErasurePlan plan = planErasure(f.db(), f.candidate);
    for (const TextRewrite &rewrite : plan.rewrites)
        CHECK(rewrite.entity != Entity::Person);
    CHECK(planErasure(f.db(), 9999).person == std::nullopt);
    CHECK_FALSE(erasePerson(*f.workspace, 9999).ok());
}

TEST_CASE("A name inside a longer word is not the name", "[erasure]")
{
    Fixture f;
    Database &db = f.workspace->storage();
    const qint64 ann = insert(db, Record(Entity::Person, {{s("name"), s("Ann")}}));
    REQUIRE(db.update(Entity::AgendaItem, f.itemIds.at(0), s("notes_fr"), s("Annual report by ANN, read by Joann.")).ok());
    const ErasurePlan plan = planErasure(db, ann);
    REQUIRE(plan.rewrites.size() == 1);
    CHECK(plan.rewrites.first().value == s("Annual report by Personne effacée, read by Joann."));
}
