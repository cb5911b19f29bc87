// SPDX-License-Identifier: GPL-3.0-or-later
// The right of access: everything the workspace holds about one person, and nothing about
// anyone else or about a secret choice.
#include "catchqt.h"
#include "testworkspace.h"

#include "jsonexchange.h"
#include "privacy/personaldata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Quorum;
using namespace QuorumTest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

qint64 insert(Database &db, Record record)
{
    auto id = db.insert(record);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

qint64 person(Database &db, const char *name)
{
    return insert(db, Record(Entity::Person, {{s("name"), s(name)}, {s("language"), s("fr")}}));
}

Record bilingual(Entity entity, QVariantMap values, const char *field, const char *fr, const char *nl)
{
    Record record(entity, std::move(values));
    record.setBilingual(s(field), {s(fr), s(nl)});
    return record;
}

// Two councils, three people; Amélie is the one who asks for her data.
struct PersonalDataFixture : Fixture
{
    qint64 amelie = 0, bram = 0, chloe = 0;
    qint64 careCouncil = 0, careMeeting = 0;
    qint64 ameliesProposal = 0, bramsProposal = 0, objection = 0;
    qint64 namedVote = 0, secretVote = 0, election = 0, candidacy = 0;
    qint64 ameliesBallot = 0, bramsBallot = 0, bramsMembership = 0;
    QList<qint64> memberships, attendance;

    Database &db() { return workspace->storage(); }

    PersonalDataFixture()
    {
        amelie = person(db(), "Amélie Durand");
        bram = person(db(), "Bram Verbeke");
        chloe = person(db(), "Chloé Martin");
        careCouncil = insert(db(), bilingual(Entity::Council, {{s("kind"), s("care")}}, "name", "Conseil de soins", "Zorgraad"));
        careMeeting = insert(db(), Record(Entity::Meeting, {{s("council_id"), careCouncil}, {s("date"), s("2025-01-20")}}));

        memberships << insert(db(), Record(Entity::Membership, {{s("council_id"), councilId}, {s("person_id"), amelie}}))
                    << insert(db(), Record(Entity::Membership, {{s("council_id"), careCouncil}, {s("person_id"), amelie},
                                                                {s("role"), s("advisory")}}));
        bramsMembership = insert(db(), Record(Entity::Membership, {{s("council_id"), councilId}, {s("person_id"), bram}}));
        insert(db(), Record(Entity::Membership, {{s("council_id"), councilId}, {s("person_id"), chloe}}));

        // Present at the first meeting, excused at the second, and carrying Bram's voice.
        attendance << insert(db(), Record(Entity::Attendance, {{s("meeting_id"), meetingId}, {s("person_id"), amelie},
                                                               {s("status"), s("present")}}))
                   << insert(db(), Record(Entity::Attendance, {{s("meeting_id"), careMeeting}, {s("person_id"), amelie},
                                                               {s("status"), s("excused")}}))
                   << insert(db(), Record(Entity::Attendance, {{s("meeting_id"), meetingId}, {s("person_id"), bram},
                                                               {s("status"), s("represented")}, {s("proxy_id"), amelie}}));
        insert(db(), Record(Entity::Attendance, {{s("meeting_id"), meetingId}, {s("person_id"), chloe}, {s("status"), s("present")}}));

        // Bram proposes; Amélie objects with a counter-proposal of her own.
        const qint64 item = itemIds.at(1);
        bramsProposal = insert(db(), bilingual(Entity::Proposal, {{s("agenda_item_id"), item}, {s("author_id"), bram}},
                                               "title", "Plan de Bram", "Plan van Bram"));
        ameliesProposal = insert(db(), bilingual(Entity::Proposal, {{s("agenda_item_id"), item}, {s("author_id"), amelie}},
                                                 "title", "Plan d'Amélie", "Plan van Amélie"));
        Record objecting = bilingual(Entity::Objection, {{s("proposal_id"), bramsProposal}, {s("counter_proposal_id"), ameliesProposal},
                                                         {s("author_id"), amelie}},
                                     "argument", "Trop cher", "Te duur");
        objection = insert(db(), objecting);

        // A named vote on her proposal: her ballot is hers, Bram's is not.
        namedVote = insert(db(), bilingual(Entity::Vote, {{s("agenda_item_id"), item}, {s("proposal_id"), ameliesProposal},
                                                          {s("mode"), s("named")}, {s("status"), s("closed")},
                                                          {s("closed_at"), s("2025-03-05T11:10:00Z")}, {s("outcome"), s("tie")}},
                                           "title", "Adopter le plan d'Amélie ?", "Het plan van Amélie aannemen?"));
        for (qint64 who : {amelie, bram, chloe})
            insert(db(), Record(Entity::VoteElector, {{s("vote_id"), namedVote}, {s("person_id"), who}}));
        ameliesBallot = insert(db(), Record(Entity::Ballot, {{s("vote_id"), namedVote}, {s("person_id"), amelie}, {s("choice"), s("for")}}));
        bramsBallot = insert(db(), Record(Entity::Ballot, {{s("vote_id"), namedVote}, {s("person_id"), bram}, {s("choice"), s("against")}}));
        insert(db(), Record(Entity::Ballot, {{s("vote_id"), namedVote}, {s("person_id"), chloe}, {s("choice"), s("abstain")}}));

        // A secret vote on Bram's proposal: she could vote, but only counts exist.
        secretVote = insert(db(), bilingual(Entity::Vote, {{s("agenda_item_id"), item}, {s("proposal_id"), bramsProposal},
                                                           {s("mode"), s("secret")}, {s("status"), s("closed")},
                                                           {s("closed_at"), s("2025-03-05T11:20:00Z")}, {s("outcome"), s("tie")}},
                                            "title", "Adopter le plan de Bram ?", "Het plan van Bram aannemen?"));
        insert(db(), Record(Entity::VoteElector, {{s("vote_id"), secretVote}, {s("person_id"), amelie}}));
        insert(db(), Record(Entity::VoteElector, {{s("vote_id"), secretVote}, {s("person_id"), bram}, {s("proxy_id"), amelie}}));
        insert(db(), Record(Entity::VoteTally, {{s("vote_id"), secretVote}, {s("votes_for"), 1}, {s("votes_against"), 1}}));

        // A secret election where she stands as a candidate, against Chloé.
        const QString electionRule =
            s("election base=cast threshold=2/3 compare=atleast abstentions=excluded quorum=refuse seats=1 ranked=no");
        election = insert(db(), bilingual(Entity::Vote, {{s("agenda_item_id"), item}, {s("mode"), s("secret")},
                                                         {s("rule"), electionRule}},
                                          "title", "Élection de la présidence", "Verkiezing van het voorzitterschap"));
        candidacy = insert(db(), bilingual(Entity::VoteOption, {{s("vote_id"), election}, {s("person_id"), amelie}},
                                           "name", "Amélie Durand", "Amélie Durand"));
        const qint64 rival = insert(db(), bilingual(Entity::VoteOption, {{s("vote_id"), election}, {s("person_id"), chloe}},
                                                    "name", "Chloé Martin", "Chloé Martin"));
        insert(db(), Record(Entity::VoteTally, {{s("vote_id"), election}, {s("option_id"), candidacy}, {s("votes_for"), 2}}));
        insert(db(), Record(Entity::VoteTally, {{s("vote_id"), election}, {s("option_id"), rival}, {s("votes_for"), 1}}));
    }
};

const QDateTime exportedAt = QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC);

QList<qint64> ids(const QJsonArray &array)
{
    QList<qint64> result;
    for (const QJsonValue &value : array)
        result << value.toObject().value(s("id")).toInteger();
    std::sort(result.begin(), result.end());
    return result;
}

QList<qint64> sorted(QList<qint64> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QJsonObject byId(const QJsonArray &array, qint64 id)
{
    for (const QJsonValue &value : array)
        if (value.toObject().value(s("id")).toInteger() == id)
            return value.toObject();
    return {};
}

} // namespace

TEST_CASE("Personal data gathers every record that refers to the person", "[personaldata]")
{
    PersonalDataFixture f;
    const QJsonObject root = personalDataJson(f.db(), f.amelie, exportedAt).object();
    CHECK(root.value(s("format")).toString() == s("quorum-personal-data"));
    CHECK(root.value(s("version")).toInt() == 1);
    CHECK(root.value(s("exportedAt")).toString() == s("2025-03-01T09:30:00Z"));
    CHECK(root.value(s("person")).toObject() == recordToJson(*f.db().record(Entity::Person, f.amelie)));

    const QJsonObject records = root.value(s("records")).toObject();
    // Driven by the schema: every entity that can refer to a person has its list, even empty.
    for (Entity entity : allEntities) {
        bool refers = false;
        for (const Field &field : entitySpec(entity).fields)
            refers = refers || (field.type == FieldType::Reference && field.references == Entity::Person);
        INFO(entitySpec(entity).jsonKey.toStdString());
        CHECK(records.value(entitySpec(entity).jsonKey).isArray() == refers);
    }

    CHECK(ids(records.value(s("memberships")).toArray()) == sorted(f.memberships));
    // Her own attendance and the meeting where she carried Bram's voice.
    CHECK(ids(records.value(s("attendance")).toArray()) == sorted(f.attendance));
    CHECK(byId(records.value(s("attendance")).toArray(), f.attendance.at(2)).value(s("proxy_id")).toInteger() == f.amelie);
    CHECK(ids(records.value(s("proposals")).toArray()) == QList<qint64>{f.ameliesProposal});
    CHECK(ids(records.value(s("objections")).toArray()) == QList<qint64>{f.objection});
    CHECK(ids(records.value(s("voteOptions")).toArray()) == QList<qint64>{f.candidacy});
    // An elector of both votes of the proposal, and Bram's proxy in the secret one.
    const QJsonArray electors = records.value(s("voteElectors")).toArray();
    CHECK(electors.size() == 3);
    const QJsonArray ballots = records.value(s("ballots")).toArray();
    REQUIRE(ids(ballots) == QList<qint64>{f.ameliesBallot});
    CHECK(ballots.at(0).toObject().value(s("choice")).toString() == s("for"));

    // Each one exactly as the exchange format writes it.
    CHECK(byId(records.value(s("memberships")).toArray(), f.memberships.at(1))
          == recordToJson(*f.db().record(Entity::Membership, f.memberships.at(1))));
    CHECK(ballots.at(0).toObject() == recordToJson(*f.db().record(Entity::Ballot, f.ameliesBallot)));

    // Context: the councils' names, the meetings' dates, the vote's question.
    const QJsonObject context = root.value(s("context")).toObject();
    const QJsonArray councils = context.value(s("councils")).toArray();
    CHECK(ids(councils) == sorted({f.councilId, f.careCouncil}));
    CHECK(byId(councils, f.careCouncil).value(s("name")).toObject().value(s("nl")).toString() == s("Zorgraad"));
    const QJsonArray meetings = context.value(s("meetings")).toArray();
    CHECK(ids(meetings) == sorted({f.meetingId, f.careMeeting}));
    CHECK(byId(meetings, f.careMeeting).value(s("date")).toString() == s("2025-01-20"));
    CHECK(byId(meetings, f.careMeeting).value(s("council_id")).toInteger() == f.careCouncil);
    const QJsonObject vote = byId(context.value(s("votes")).toArray(), f.namedVote);
    CHECK(vote.value(s("title")).toObject().value(s("fr")).toString() == s("Adopter le plan d'Amélie ?"));
    CHECK(vote.value(s("mode")).toString() == s("named"));
    const QJsonObject item = byId(context.value(s("agendaItems")).toArray(), vote.value(s("agenda_item_id")).toInteger());
    CHECK(item.value(s("meeting_id")).toInteger() == f.meetingId);
    // The proposal she objected to is named, not who wrote it.
    const QJsonObject objected = byId(context.value(s("proposals")).toArray(), f.bramsProposal);
    CHECK(objected.value(s("title")).toObject().value(s("fr")).toString() == s("Plan de Bram"));
    CHECK_FALSE(objected.contains(s("author_id")));
}

TEST_CASE("Personal data leaves out everyone else", "[personaldata]")
{
    PersonalDataFixture f;
    const QJsonDocument document = personalDataJson(f.db(), f.amelie, exportedAt);
    const QByteArray bytes = document.toJson();
    CHECK_FALSE(bytes.contains("Bram Verbeke"));
    CHECK_FALSE(QString::fromUtf8(bytes).contains(s("Chloé Martin")));
    const QJsonObject records = document.object().value(s("records")).toObject();
    CHECK_FALSE(ids(records.value(s("ballots")).toArray()).contains(f.bramsBallot));
    CHECK_FALSE(ids(records.value(s("memberships")).toArray()).contains(f.bramsMembership));
    CHECK_FALSE(ids(records.value(s("proposals")).toArray()).contains(f.bramsProposal));
    for (const QJsonValue &membership : records.value(s("memberships")).toArray())
        CHECK(membership.toObject().value(s("person_id")).toInteger() == f.amelie);

    // Bram's own export holds his ballot, not hers.
    const QJsonObject his = personalDataJson(f.db(), f.bram, exportedAt).object();
    CHECK(ids(his.value(s("records")).toObject().value(s("ballots")).toArray()) == QList<qint64>{f.bramsBallot});

    // Someone who is not there: no person, nothing else.
    const QJsonObject nobody = personalDataJson(f.db(), 9999, exportedAt).object();
    CHECK(nobody.value(s("person")).isNull());
    for (const QJsonValue &list : nobody.value(s("records")).toObject())
        CHECK(list.toArray().isEmpty());
}

TEST_CASE("A secret vote shows that she could vote and never how", "[personaldata]")
{
    PersonalDataFixture f;
    const QJsonObject root = personalDataJson(f.db(), f.amelie, exportedAt).object();
    const QJsonObject records = root.value(s("records")).toObject();
    // Her place in the electorate is hers to know.
    QList<qint64> electorOf;
    for (const QJsonValue &elector : records.value(s("voteElectors")).toArray())
        electorOf << elector.toObject().value(s("vote_id")).toInteger();
    CHECK(electorOf.contains(f.secretVote));
    const QJsonObject secret = byId(root.value(s("context")).toObject().value(s("votes")).toArray(), f.secretVote);
    CHECK(secret.value(s("mode")).toString() == s("secret"));
    // No ballot of a secret vote exists, so none is exported; counts and outcomes never are.
    CHECK(f.db().records(Entity::Ballot, f.secretVote).isEmpty());
    CHECK(f.db().records(Entity::Ballot, f.election).isEmpty());
    for (const QJsonValue &ballot : records.value(s("ballots")).toArray()) {
        const qint64 voteId = ballot.toObject().value(s("vote_id")).toInteger();
        CHECK(f.db().record(Entity::Vote, voteId)->text(s("mode")) != s("secret"));
    }
    CHECK_FALSE(records.contains(s("voteTallies")));
    const QByteArray bytes = QJsonDocument(root).toJson();
    for (const char *key : {"votes_for", "votes_against", "votes_abstain", "outcome", "voice"})
        CHECK_FALSE(bytes.contains(key));
    CHECK(secret.keys() == QStringList({s("agenda_item_id"), s("id"), s("mode"), s("proposal_id"), s("title")}));
}

TEST_CASE("Writing personal data gives a file that parses", "[personaldata]")
{
    PersonalDataFixture f;
    const QString out = f.path(s("amelie-personal-data.json"));
    REQUIRE(writeFile(out, "an earlier export"));
    const Result<void> written = writePersonalData(f.db(), f.amelie, out, exportedAt);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(readFile(out), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(parsed == personalDataJson(f.db(), f.amelie, exportedAt));
    CHECK(parsed.object().value(s("person")).toObject().value(s("name")).toString() == s("Amélie Durand"));

    // Without a time given, it is now.
    REQUIRE(writePersonalData(f.db(), f.amelie, out).ok());
    const QDateTime at = QDateTime::fromString(
        QJsonDocument::fromJson(readFile(out)).object().value(s("exportedAt")).toString(), Qt::ISODate);
    CHECK(at.timeSpec() == Qt::UTC);
    CHECK(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // An unknown person is refused and writes nothing.
    const QString none = f.path(s("nobody.json"));
    CHECK_FALSE(writePersonalData(f.db(), 9999, none).ok());
    CHECK_FALSE(QFile::exists(none));
}

TEST_CASE("Writing personal data onto a workspace is refused and leaves it intact", "[personaldata]")
{
    PersonalDataFixture f;
    // The workspace being read…
    const QString own = f.workspace->storage().path();
    const QByteArray before = readFile(own);
    REQUIRE(before.startsWith("SQLite format 3"));
    const Result<void> refused = writePersonalData(f.db(), f.amelie, own, exportedAt);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(s("workspace")));
    CHECK(readFile(own) == before);
    CHECK(f.db().record(Entity::Person, f.amelie).has_value());

    // …and any other one.
    const QString other = f.path(s("other.quorum"));
    {
        auto created = Database::create(other);
        REQUIRE(created.ok());
    }
    const QByteArray otherBefore = readFile(other);
    REQUIRE(otherBefore.startsWith("SQLite format 3"));
    CHECK_FALSE(writePersonalData(f.db(), f.amelie, other, exportedAt).ok());
    CHECK(readFile(other) == otherBefore);
    CHECK(QDir(f.directory.path()).entryList({s("*.json")}, QDir::Files).isEmpty());
}
