// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace Quorum {
namespace {

// The SQLite driver runs only the first statement of a string: one statement per entry.
Migration version1()
{
    return {1,
            {
                QStringLiteral("CREATE TABLE sector ("
                               " id INTEGER PRIMARY KEY,"
                               " position INTEGER NOT NULL DEFAULT 0,"
                               " name_fr TEXT NOT NULL DEFAULT '',"
                               " name_nl TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE TABLE bassin ("
                               " id INTEGER PRIMARY KEY,"
                               " position INTEGER NOT NULL DEFAULT 0,"
                               " code TEXT NOT NULL UNIQUE,"
                               " name_fr TEXT NOT NULL DEFAULT '',"
                               " name_nl TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE TABLE council ("
                               " id INTEGER PRIMARY KEY,"
                               " position INTEGER NOT NULL DEFAULT 0,"
                               " kind TEXT NOT NULL,"
                               " name_fr TEXT NOT NULL DEFAULT '',"
                               " name_nl TEXT NOT NULL DEFAULT '',"
                               " acronym_fr TEXT NOT NULL DEFAULT '',"
                               " acronym_nl TEXT NOT NULL DEFAULT '',"
                               " bassin_id INTEGER REFERENCES bassin(id) ON DELETE SET NULL)"),
                QStringLiteral("CREATE TABLE subgroup ("
                               " id INTEGER PRIMARY KEY,"
                               " council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL DEFAULT 0,"
                               " name_fr TEXT NOT NULL DEFAULT '',"
                               " name_nl TEXT NOT NULL DEFAULT '',"
                               " min_seats INTEGER,"
                               " max_seats INTEGER)"),
                QStringLiteral("CREATE INDEX subgroup_council ON subgroup(council_id, position)"),
                QStringLiteral("CREATE TABLE person ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " organisation TEXT NOT NULL DEFAULT '',"
                               " sector_id INTEGER REFERENCES sector(id) ON DELETE SET NULL,"
                               " profession TEXT NOT NULL DEFAULT '',"
                               " function TEXT NOT NULL DEFAULT '',"
                               " bassin_id INTEGER REFERENCES bassin(id) ON DELETE SET NULL,"
                               " language TEXT NOT NULL DEFAULT 'fr',"
                               " gender TEXT)"),
                QStringLiteral("CREATE TABLE membership ("
                               " id INTEGER PRIMARY KEY,"
                               " council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
                               " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                               " role TEXT NOT NULL DEFAULT 'voting',"
                               " subgroup_id INTEGER REFERENCES subgroup(id) ON DELETE SET NULL,"
                               " term_start TEXT,"
                               " term_end TEXT,"
                               " mandatory INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE INDEX membership_council ON membership(council_id)"),
                QStringLiteral("CREATE INDEX membership_person ON membership(person_id)"),
                QStringLiteral("CREATE INDEX membership_subgroup ON membership(subgroup_id)"),
                QStringLiteral("CREATE TABLE meeting ("
                               " id INTEGER PRIMARY KEY,"
                               " council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
                               " session_number INTEGER,"
                               " date TEXT NOT NULL,"
                               " start_time TEXT,"
                               " end_time TEXT,"
                               " place TEXT NOT NULL DEFAULT '',"
                               " objectives_fr TEXT NOT NULL DEFAULT '',"
                               " objectives_nl TEXT NOT NULL DEFAULT '',"
                               " status TEXT NOT NULL DEFAULT 'planned')"),
                QStringLiteral("CREATE INDEX meeting_council ON meeting(council_id, date)"),
                QStringLiteral("CREATE TABLE agenda_item ("
                               " id INTEGER PRIMARY KEY,"
                               " meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL DEFAULT 0,"
                               " kind TEXT NOT NULL DEFAULT 'information',"
                               " title_fr TEXT NOT NULL DEFAULT '',"
                               " title_nl TEXT NOT NULL DEFAULT '',"
                               " notes_fr TEXT NOT NULL DEFAULT '',"
                               " notes_nl TEXT NOT NULL DEFAULT '',"
                               " planned_minutes INTEGER,"
                               " presenter TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position)"),
                QStringLiteral("CREATE TABLE document ("
                               " id INTEGER PRIMARY KEY,"
                               " agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL DEFAULT 0,"
                               " title_fr TEXT NOT NULL DEFAULT '',"
                               " title_nl TEXT NOT NULL DEFAULT '',"
                               " location TEXT NOT NULL DEFAULT '',"
                               " send_ahead INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE INDEX document_agenda_item ON document(agenda_item_id, position)"),
                QStringLiteral("CREATE TABLE workshop ("
                               " id INTEGER PRIMARY KEY,"
                               " meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL DEFAULT 0,"
                               " theme_fr TEXT NOT NULL DEFAULT '',"
                               " theme_nl TEXT NOT NULL DEFAULT '',"
                               " questions_fr TEXT NOT NULL DEFAULT '',"
                               " questions_nl TEXT NOT NULL DEFAULT '',"
                               " room TEXT NOT NULL DEFAULT '',"
                               " facilitator TEXT NOT NULL DEFAULT '',"
                               " capacity INTEGER)"),
                QStringLiteral("CREATE INDEX workshop_meeting ON workshop(meeting_id, position)"),
                // The five Brussels bassins are facts of the territory every workspace shares.
                QStringLiteral("INSERT INTO bassin (id, position, code, name_fr, name_nl) VALUES"
                               " (1, 0, 'north', 'Nord', 'Noord'),"
                               " (2, 1, 'north-east', 'Nord-Est', 'Noord-Oost'),"
                               " (3, 2, 'south-east', 'Sud-Est', 'Zuid-Oost'),"
                               " (4, 3, 'south', 'Sud', 'Zuid'),"
                               " (5, 4, 'centre-west', 'Centre-Ouest', 'Centrum-West')"),
            }};
}

// Live sessions: attendance, the session log, live notes, the council's quorum and
// balance settings.
Migration version2()
{
    return {2,
            {
                QStringLiteral("ALTER TABLE agenda_item ADD COLUMN live_notes_fr TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE agenda_item ADD COLUMN live_notes_nl TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE council ADD COLUMN quorum_rule TEXT NOT NULL DEFAULT 'none'"),
                QStringLiteral("ALTER TABLE council ADD COLUMN max_sector_share INTEGER"),
                QStringLiteral("CREATE TABLE attendance ("
                               " id INTEGER PRIMARY KEY,"
                               " meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
                               " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                               " status TEXT NOT NULL DEFAULT 'present',"
                               " proxy_id INTEGER REFERENCES person(id) ON DELETE SET NULL,"
                               " guest INTEGER NOT NULL DEFAULT 0,"
                               " checked_in_at TEXT)"),
                QStringLiteral("CREATE UNIQUE INDEX attendance_person ON attendance(meeting_id, person_id)"),
                QStringLiteral("CREATE INDEX attendance_proxy ON attendance(proxy_id)"),
                QStringLiteral("CREATE TABLE session_event ("
                               " id INTEGER PRIMARY KEY,"
                               " meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
                               " at TEXT NOT NULL,"
                               " kind TEXT NOT NULL,"
                               " agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,"
                               " minutes INTEGER)"),
                QStringLiteral("CREATE INDEX session_event_meeting ON session_event(meeting_id, at)"),
                QStringLiteral("CREATE INDEX session_event_item ON session_event(agenda_item_id)"),
            }};
}

// The minutes: sections per meeting, the council's funder mention, who a meeting is open
// to and where to register (for the "save the date").
Migration version3()
{
    return {3,
            {
                QStringLiteral("ALTER TABLE council ADD COLUMN funder_fr TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE council ADD COLUMN funder_nl TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE meeting ADD COLUMN audience_fr TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE meeting ADD COLUMN audience_nl TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE meeting ADD COLUMN registration TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE TABLE synthesis_section ("
                               " id INTEGER PRIMARY KEY,"
                               " meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL DEFAULT 0,"
                               " kind TEXT NOT NULL DEFAULT 'other',"
                               " title_fr TEXT NOT NULL DEFAULT '',"
                               " title_nl TEXT NOT NULL DEFAULT '',"
                               " body_fr TEXT NOT NULL DEFAULT '',"
                               " body_nl TEXT NOT NULL DEFAULT '',"
                               " bassin_id INTEGER REFERENCES bassin(id) ON DELETE SET NULL,"
                               " workshop_id INTEGER REFERENCES workshop(id) ON DELETE SET NULL)"),
                QStringLiteral("CREATE INDEX synthesis_section_meeting ON synthesis_section(meeting_id, position)"),
                QStringLiteral("CREATE INDEX synthesis_section_bassin ON synthesis_section(bassin_id)"),
                QStringLiteral("CREATE INDEX synthesis_section_workshop ON synthesis_section(workshop_id)"),
            }};
}

// Decisions: charters, proposals and objections, votes with their options, the electorate
// captured as a vote opens, named ballots and counted tallies.
Migration version4()
{
    return {4,
            {
                QStringLiteral("CREATE TABLE charter ("
                               " id INTEGER PRIMARY KEY,"
                               " council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
                               " version INTEGER NOT NULL DEFAULT 1,"
                               " adopted_on TEXT,"
                               " title_fr TEXT NOT NULL DEFAULT '',"
                               " title_nl TEXT NOT NULL DEFAULT '',"
                               " decision_rule TEXT NOT NULL,"
                               " subgroup_rule TEXT NOT NULL,"
                               " election_rule TEXT NOT NULL,"
                               " notes_fr TEXT NOT NULL DEFAULT '',"
                               " notes_nl TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX charter_council ON charter(council_id, version)"),
                QStringLiteral("CREATE TABLE proposal ("
                               " id INTEGER PRIMARY KEY,"
                               " agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL DEFAULT 0,"
                               " title_fr TEXT NOT NULL DEFAULT '',"
                               " title_nl TEXT NOT NULL DEFAULT '',"
                               " text_fr TEXT NOT NULL DEFAULT '',"
                               " text_nl TEXT NOT NULL DEFAULT '',"
                               " theme_fr TEXT NOT NULL DEFAULT '',"
                               " theme_nl TEXT NOT NULL DEFAULT '',"
                               " author_id INTEGER REFERENCES person(id) ON DELETE SET NULL,"
                               " author_subgroup_id INTEGER REFERENCES subgroup(id) ON DELETE SET NULL,"
                               " status TEXT NOT NULL DEFAULT 'open',"
                               " rationale_fr TEXT NOT NULL DEFAULT '',"
                               " rationale_nl TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX proposal_item ON proposal(agenda_item_id, position)"),
                QStringLiteral("CREATE INDEX proposal_author ON proposal(author_id)"),
                QStringLiteral("CREATE INDEX proposal_author_subgroup ON proposal(author_subgroup_id)"),
                QStringLiteral("CREATE TABLE objection ("
                               " id INTEGER PRIMARY KEY,"
                               " proposal_id INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,"
                               " argument_fr TEXT NOT NULL DEFAULT '',"
                               " argument_nl TEXT NOT NULL DEFAULT '',"
                               " counter_proposal_id INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,"
                               " author_id INTEGER REFERENCES person(id) ON DELETE SET NULL,"
                               " author_subgroup_id INTEGER REFERENCES subgroup(id) ON DELETE SET NULL,"
                               " status TEXT NOT NULL DEFAULT 'standing',"
                               " CHECK (argument_fr <> '' OR argument_nl <> ''))"),
                QStringLiteral("CREATE INDEX objection_proposal ON objection(proposal_id)"),
                QStringLiteral("CREATE INDEX objection_counter ON objection(counter_proposal_id)"),
                QStringLiteral("CREATE INDEX objection_author ON objection(author_id)"),
                QStringLiteral("CREATE INDEX objection_author_subgroup ON objection(author_subgroup_id)"),
                QStringLiteral("ALTER TABLE document ADD COLUMN proposal_id INTEGER REFERENCES proposal(id) ON DELETE SET NULL"),
                QStringLiteral("CREATE INDEX document_proposal ON document(proposal_id)"),
                QStringLiteral("CREATE TABLE vote ("
                               " id INTEGER PRIMARY KEY,"
                               " agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,"
                               " proposal_id INTEGER REFERENCES proposal(id) ON DELETE SET NULL,"
                               " title_fr TEXT NOT NULL DEFAULT '',"
                               " title_nl TEXT NOT NULL DEFAULT '',"
                               " mode TEXT NOT NULL DEFAULT 'hands',"
                               " rule TEXT NOT NULL,"
                               " by_subgroup INTEGER NOT NULL DEFAULT 0,"
                               " subgroup_rule TEXT NOT NULL DEFAULT '',"
                               " status TEXT NOT NULL DEFAULT 'open',"
                               " opened_at TEXT,"
                               " closed_at TEXT,"
                               " members INTEGER,"
                               " present INTEGER,"
                               " quorum_met INTEGER NOT NULL DEFAULT 1,"
                               " evident INTEGER NOT NULL DEFAULT 0,"
                               " ballots INTEGER,"
                               " blank INTEGER,"
                               " standing_objections INTEGER,"
                               " settled_objections INTEGER,"
                               " outcome TEXT,"
                               " rationale_fr TEXT NOT NULL DEFAULT '',"
                               " rationale_nl TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX vote_item ON vote(agenda_item_id, opened_at)"),
                QStringLiteral("CREATE INDEX vote_proposal ON vote(proposal_id)"),
                QStringLiteral("CREATE TABLE vote_option ("
                               " id INTEGER PRIMARY KEY,"
                               " vote_id INTEGER NOT NULL REFERENCES vote(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL DEFAULT 0,"
                               " name_fr TEXT NOT NULL DEFAULT '',"
                               " name_nl TEXT NOT NULL DEFAULT '',"
                               " person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,"
                               " subgroup_id INTEGER REFERENCES subgroup(id) ON DELETE SET NULL,"
                               " proposal_id INTEGER REFERENCES proposal(id) ON DELETE SET NULL)"),
                QStringLiteral("CREATE INDEX vote_option_vote ON vote_option(vote_id, position)"),
                QStringLiteral("CREATE INDEX vote_option_person ON vote_option(person_id)"),
                QStringLiteral("CREATE INDEX vote_option_subgroup ON vote_option(subgroup_id)"),
                QStringLiteral("CREATE INDEX vote_option_proposal ON vote_option(proposal_id)"),
                QStringLiteral("CREATE TABLE vote_elector ("
                               " id INTEGER PRIMARY KEY,"
                               " vote_id INTEGER NOT NULL REFERENCES vote(id) ON DELETE CASCADE,"
                               " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                               " subgroup_id INTEGER REFERENCES subgroup(id) ON DELETE SET NULL,"
                               " proxy_id INTEGER REFERENCES person(id) ON DELETE SET NULL)"),
                QStringLiteral("CREATE UNIQUE INDEX vote_elector_person ON vote_elector(vote_id, person_id)"),
                QStringLiteral("CREATE INDEX vote_elector_person_only ON vote_elector(person_id)"),
                QStringLiteral("CREATE INDEX vote_elector_subgroup ON vote_elector(subgroup_id)"),
                QStringLiteral("CREATE INDEX vote_elector_proxy ON vote_elector(proxy_id)"),
                QStringLiteral("CREATE TABLE ballot ("
                               " id INTEGER PRIMARY KEY,"
                               " vote_id INTEGER NOT NULL REFERENCES vote(id) ON DELETE CASCADE,"
                               " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                               " option_id INTEGER REFERENCES vote_option(id) ON DELETE CASCADE,"
                               " choice TEXT NOT NULL DEFAULT 'for',"
                               " dots INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE UNIQUE INDEX ballot_person ON ballot(vote_id, person_id, ifnull(option_id, 0))"),
                QStringLiteral("CREATE INDEX ballot_person_only ON ballot(person_id)"),
                QStringLiteral("CREATE INDEX ballot_option ON ballot(option_id)"),
                QStringLiteral("CREATE TABLE vote_tally ("
                               " id INTEGER PRIMARY KEY,"
                               " vote_id INTEGER NOT NULL REFERENCES vote(id) ON DELETE CASCADE,"
                               " option_id INTEGER REFERENCES vote_option(id) ON DELETE CASCADE,"
                               " subgroup_id INTEGER REFERENCES subgroup(id) ON DELETE CASCADE,"
                               " votes_for INTEGER NOT NULL DEFAULT 0,"
                               " votes_against INTEGER NOT NULL DEFAULT 0,"
                               " votes_abstain INTEGER NOT NULL DEFAULT 0,"
                               " voice TEXT,"
                               " members INTEGER,"
                               " present INTEGER)"),
                QStringLiteral("CREATE UNIQUE INDEX vote_tally_key ON vote_tally(vote_id, ifnull(option_id, 0), ifnull(subgroup_id, 0))"),
                QStringLiteral("CREATE INDEX vote_tally_option ON vote_tally(option_id)"),
                QStringLiteral("CREATE INDEX vote_tally_subgroup ON vote_tally(subgroup_id)"),
                // A secret vote never holds a named ballot, whatever path the row comes by (an
                // import included): the storage itself refuses it.
                QStringLiteral("CREATE TRIGGER ballot_not_secret BEFORE INSERT ON ballot"
                               " WHEN (SELECT mode FROM vote WHERE id = NEW.vote_id) = 'secret'"
                               " BEGIN SELECT RAISE(ABORT, 'a secret vote has no named ballots'); END"),
                QStringLiteral("CREATE TRIGGER vote_secret_without_ballots BEFORE UPDATE OF mode ON vote"
                               " WHEN NEW.mode = 'secret' AND EXISTS (SELECT 1 FROM ballot WHERE vote_id = NEW.id)"
                               " BEGIN SELECT RAISE(ABORT, 'a secret vote has no named ballots'); END"),
            }};
}

// A closed vote is consistent by construction, whatever path writes it (the app, an import,
// an older version's file being edited): it has its closing time and outcome, and when it
// closes, its electorate holds exactly the members counted present.
Migration version5()
{
    const QString incomplete = QStringLiteral(" WHEN NEW.status = 'closed' AND (NEW.closed_at IS NULL OR NEW.closed_at = ''"
                                              " OR NEW.outcome IS NULL OR NEW.outcome = '')"
                                              " BEGIN SELECT RAISE(ABORT, 'a closed vote has its closing time and outcome'); END");
    return {5,
            {
                u"CREATE TRIGGER vote_closed_complete_insert BEFORE INSERT ON vote"_qs + incomplete,
                u"CREATE TRIGGER vote_closed_complete_update BEFORE UPDATE ON vote"_qs + incomplete,
                QStringLiteral("CREATE TRIGGER vote_closed_electorate BEFORE UPDATE OF status ON vote"
                               " WHEN NEW.status = 'closed' AND OLD.status <> 'closed'"
                               " AND NEW.present IS NOT (SELECT COUNT(*) FROM vote_elector WHERE vote_id = NEW.id)"
                               " BEGIN SELECT RAISE(ABORT, 'a vote closes with the electorate it counted present'); END"),
            }};
}

// Decisions read cheaply (docs/decisions.md "Stored results and search"): a closed vote keeps
// the result it was counted with (vote.result, written as it closes), and the words of every
// decision are in a full-text index. The index holds one row per closed vote (rowid = the
// vote's id) with its texts folded by Quorum (searchFolded) and the unicode61 tokenizer
// folding case and accents again. Its rows are written by Quorum's code, which folds what
// SQL cannot (œ → oe); triggers here name the votes whose words changed, whatever wrote the
// change, and the code rewrites them before the step commits.
Migration version6()
{
    // The votes a change to `what` touches, into the list of decisions to index again.
    const auto mark = [](const QString &trigger, const QString &event, const QString &votes) -> QString {
        // Not INSERT OR IGNORE: inside a foreign key's cascade the outer statement's conflict
        // policy (abort) would override it.
        return u"CREATE TRIGGER "_qs + trigger + u" AFTER "_qs + event
               + u" BEGIN INSERT INTO decision_search_stale (vote_id) SELECT id FROM ("_qs + votes
               + u") AS touched WHERE id NOT IN (SELECT vote_id FROM decision_search_stale); END"_qs;
    };
    const QString byProposal = QStringLiteral(
        "SELECT id FROM vote WHERE proposal_id = %1.id"
        " OR proposal_id IN (SELECT proposal_id FROM objection WHERE counter_proposal_id = %1.id)");
    const QString byAuthor = QStringLiteral(
        "SELECT id FROM vote WHERE proposal_id IN (SELECT id FROM proposal WHERE %2 = %1.id)"
        " OR proposal_id IN (SELECT proposal_id FROM objection WHERE %2 = %1.id"
        " OR counter_proposal_id IN (SELECT id FROM proposal WHERE %2 = %1.id))");
    return {6,
            {
                QStringLiteral("ALTER TABLE vote ADD COLUMN result TEXT"),
                QStringLiteral("CREATE VIRTUAL TABLE decision_search USING fts5(body, themes UNINDEXED,"
                               " tokenize = 'unicode61 remove_diacritics 2')"),
                QStringLiteral("CREATE TABLE decision_search_stale (vote_id INTEGER PRIMARY KEY)"),
                // Every closed vote of an older file: counted once and indexed when it opens.
                QStringLiteral("INSERT INTO decision_search_stale (vote_id) SELECT id FROM vote WHERE status = 'closed'"),
                mark(u"vote_search_insert"_qs, u"INSERT ON vote"_qs, u"SELECT NEW.id AS id"_qs),
                mark(u"vote_search_update"_qs, u"UPDATE ON vote"_qs, u"SELECT NEW.id AS id"_qs),
                QStringLiteral("CREATE TRIGGER vote_search_delete AFTER DELETE ON vote BEGIN"
                               " DELETE FROM decision_search WHERE rowid = OLD.id;"
                               " DELETE FROM decision_search_stale WHERE vote_id = OLD.id; END"),
                mark(u"vote_option_search_insert"_qs, u"INSERT ON vote_option"_qs, u"SELECT NEW.vote_id AS id"_qs),
                mark(u"vote_option_search_update"_qs, u"UPDATE ON vote_option"_qs, u"SELECT NEW.vote_id AS id"_qs),
                mark(u"vote_option_search_delete"_qs, u"DELETE ON vote_option"_qs, u"SELECT OLD.vote_id AS id"_qs),
                mark(u"agenda_item_search"_qs, u"UPDATE OF title_fr, title_nl ON agenda_item"_qs,
                     u"SELECT id FROM vote WHERE agenda_item_id = NEW.id"_qs),
                mark(u"council_search"_qs, u"UPDATE OF name_fr, name_nl ON council"_qs,
                     u"SELECT vote.id FROM vote JOIN agenda_item ON agenda_item.id = vote.agenda_item_id"
                     " JOIN meeting ON meeting.id = agenda_item.meeting_id WHERE meeting.council_id = NEW.id"_qs),
                mark(u"proposal_search"_qs, u"UPDATE ON proposal"_qs, byProposal.arg(u"NEW"_qs)),
                mark(u"objection_search_insert"_qs, u"INSERT ON objection"_qs,
                     u"SELECT id FROM vote WHERE proposal_id = NEW.proposal_id"_qs),
                mark(u"objection_search_update"_qs, u"UPDATE ON objection"_qs,
                     u"SELECT id FROM vote WHERE proposal_id IN (OLD.proposal_id, NEW.proposal_id)"_qs),
                mark(u"objection_search_delete"_qs, u"DELETE ON objection"_qs,
                     u"SELECT id FROM vote WHERE proposal_id = OLD.proposal_id"_qs),
                mark(u"person_search"_qs, u"UPDATE OF name ON person"_qs, byAuthor.arg(u"NEW"_qs, u"author_id"_qs)),
                mark(u"subgroup_search"_qs, u"UPDATE OF name_fr, name_nl ON subgroup"_qs,
                     byAuthor.arg(u"NEW"_qs, u"author_subgroup_id"_qs)
                         + u" OR id IN (SELECT vote_id FROM vote_tally WHERE subgroup_id = NEW.id)"_qs),
            }};
}

// A person's free-text list (profession or function) becomes a bilingual list referenced by
// id: each distinct text (trimmed, ASCII case aside) becomes one entry, named the same in
// both languages until the user renames or merges it, in the order first met.
QStringList textToList(const QString &table, const QString &column)
{
    return {
        u"CREATE TABLE "_qs + table + u" ("
            u" id INTEGER PRIMARY KEY,"
            u" position INTEGER NOT NULL DEFAULT 0,"
            u" name_fr TEXT NOT NULL DEFAULT '',"
            u" name_nl TEXT NOT NULL DEFAULT '')"_qs,
        u"INSERT INTO "_qs + table + u" (position, name_fr, name_nl)"
            u" SELECT ROW_NUMBER() OVER (ORDER BY MIN(id)) - 1, MIN(trim("_qs + column + u")), MIN(trim(" + column + u"))"
            u" FROM person WHERE trim(" + column + u") <> '' GROUP BY lower(trim(" + column + u"))",
        u"ALTER TABLE person ADD COLUMN "_qs + column + u"_id INTEGER REFERENCES " + table + u"(id) ON DELETE SET NULL",
        u"UPDATE person SET "_qs + column + u"_id = (SELECT l.id FROM " + table + u" l WHERE lower(l.name_fr) = lower(trim(person."
            + column + u"))) WHERE trim(" + column + u") <> ''",
        u"CREATE INDEX person_"_qs + column + u" ON person(" + column + u"_id)",
        u"ALTER TABLE person DROP COLUMN "_qs + column,
    };
}

// The council's own settings: professions and functions as bilingual lists, the meeting
// place in both languages (the Dutch documents said "Bruxelles"), the composition rules of
// seed 003 (a seat cap, no open seats) and the balance monitor's smallest shares. Care
// councils take seed 003's rules: at most 25 seats, none of them open.
Migration version7()
{
    QStringList statements = textToList(u"profession"_qs, u"profession"_qs) + textToList(u"function"_qs, u"function"_qs);
    statements << QStringLiteral("ALTER TABLE meeting RENAME COLUMN place TO place_fr")
               << QStringLiteral("ALTER TABLE meeting ADD COLUMN place_nl TEXT NOT NULL DEFAULT ''")
               << QStringLiteral("UPDATE meeting SET place_nl = place_fr")
               << QStringLiteral("ALTER TABLE council ADD COLUMN seat_cap INTEGER")
               << QStringLiteral("ALTER TABLE council ADD COLUMN no_open_seats INTEGER NOT NULL DEFAULT 0")
               << QStringLiteral("ALTER TABLE council ADD COLUMN min_language_share INTEGER")
               << QStringLiteral("ALTER TABLE council ADD COLUMN min_bassin_share INTEGER")
               << QStringLiteral("ALTER TABLE council ADD COLUMN max_function_share INTEGER")
               << QStringLiteral("ALTER TABLE council ADD COLUMN min_gender_share INTEGER")
               << QStringLiteral("UPDATE council SET seat_cap = 25, no_open_seats = 1 WHERE kind = 'care'");
    return {7, statements};
}


// Members from a spreadsheet (issue 18): a person's e-mail address, the key by which a
// re-imported spreadsheet recognises the people it already brought in. Numbered 8 so the
// branches of issue 18 and issue 10 (6 and 7) merge without colliding.
Migration version8()
{
    return {8,
            {
                QStringLiteral("ALTER TABLE person ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
            }};
}

// Minutes a secretary can sign (issue 13): the headcount counted in the room, for the
// participants' sentence of a session where nobody was checked in.
Migration version9()
{
    return {9,
            {
                QStringLiteral("ALTER TABLE meeting ADD COLUMN headcount INTEGER"),
            }};
}

// A council's minutes template (issue 13): its sections, their order and titles.
Migration version10()
{
    return {10,
            {
                QStringLiteral("CREATE TABLE minutes_template ("
                               " id INTEGER PRIMARY KEY,"
                               " council_id INTEGER NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL DEFAULT 0,"
                               " kind TEXT NOT NULL DEFAULT 'objectives',"
                               " title_fr TEXT NOT NULL DEFAULT '',"
                               " title_nl TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX minutes_template_council ON minutes_template(council_id, position)"),
            }};
}

// Who goes where (issue 11): ranked workshop choices, the seats of the split, locked lists.
// The triggers keep one seat, and one choice of each rank, per person and meeting, whatever
// path a row comes by (an import included).
Migration version11()
{
    const auto onePerMeeting = [](const QString &table, const QString &event, const QString &sameKey, const QString &message) -> QString {
        return u"CREATE TRIGGER "_qs + table + u"_one_per_meeting_"_qs + event.section(u' ', 0, 0).toLower() + u" BEFORE "_qs
               + event + u" ON "_qs + table + u" WHEN EXISTS (SELECT 1 FROM "_qs + table
               + u" AS other JOIN workshop AS theirs ON theirs.id = other.workshop_id"
                 u" WHERE other.person_id = NEW.person_id AND other.id IS NOT NEW.id"_qs + sameKey
               + u" AND theirs.meeting_id = (SELECT meeting_id FROM workshop WHERE id = NEW.workshop_id))"
                 u" BEGIN SELECT RAISE(ABORT, '"_qs + message + u"'); END"_qs;
    };
    return {11,
            {
                QStringLiteral("ALTER TABLE workshop ADD COLUMN locked INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("CREATE TABLE workshop_choice ("
                               " id INTEGER PRIMARY KEY,"
                               " workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,"
                               " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                               " rank INTEGER NOT NULL DEFAULT 1 CHECK (rank BETWEEN 1 AND 3))"),
                QStringLiteral("CREATE UNIQUE INDEX workshop_choice_person ON workshop_choice(person_id, workshop_id)"),
                QStringLiteral("CREATE INDEX workshop_choice_workshop ON workshop_choice(workshop_id)"),
                QStringLiteral("CREATE TABLE workshop_seat ("
                               " id INTEGER PRIMARY KEY,"
                               " workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,"
                               " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                               " pinned INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE UNIQUE INDEX workshop_seat_person ON workshop_seat(person_id, workshop_id)"),
                QStringLiteral("CREATE INDEX workshop_seat_workshop ON workshop_seat(workshop_id)"),
                onePerMeeting(u"workshop_choice"_qs, u"INSERT"_qs, u" AND other.rank = NEW.rank"_qs,
                              u"a person has one choice of each rank per meeting"_qs),
                onePerMeeting(u"workshop_choice"_qs, u"UPDATE OF workshop_id, person_id, rank"_qs,
                              u" AND other.rank = NEW.rank"_qs, u"a person has one choice of each rank per meeting"_qs),
                onePerMeeting(u"workshop_seat"_qs, u"INSERT"_qs, QString(), u"a person has one workshop seat per meeting"_qs),
                onePerMeeting(u"workshop_seat"_qs, u"UPDATE OF workshop_id, person_id"_qs, QString(),
                              u"a person has one workshop seat per meeting"_qs),
            }};
}

// What the workshops produced (issue 11): cards and the issues they are grouped into.
Migration version12()
{
    return {12,
            {
                QStringLiteral("ALTER TABLE meeting ADD COLUMN workshop_choices INTEGER"),
                QStringLiteral("CREATE TABLE idea_issue ("
                               " id INTEGER PRIMARY KEY,"
                               " meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL DEFAULT 0,"
                               " name_fr TEXT NOT NULL DEFAULT '',"
                               " name_nl TEXT NOT NULL DEFAULT '',"
                               " proposal_kind TEXT,"
                               " conditions_fr TEXT NOT NULL DEFAULT '',"
                               " conditions_nl TEXT NOT NULL DEFAULT '',"
                               " practices_fr TEXT NOT NULL DEFAULT '',"
                               " practices_nl TEXT NOT NULL DEFAULT '',"
                               " clarify_fr TEXT NOT NULL DEFAULT '',"
                               " clarify_nl TEXT NOT NULL DEFAULT '',"
                               " vote_option_id INTEGER REFERENCES vote_option(id) ON DELETE SET NULL,"
                               " proposal_id INTEGER REFERENCES proposal(id) ON DELETE SET NULL)"),
                QStringLiteral("CREATE INDEX idea_issue_meeting ON idea_issue(meeting_id, position)"),
                QStringLiteral("CREATE INDEX idea_issue_vote_option ON idea_issue(vote_option_id)"),
                QStringLiteral("CREATE INDEX idea_issue_proposal ON idea_issue(proposal_id)"),
                QStringLiteral("CREATE TABLE idea_card ("
                               " id INTEGER PRIMARY KEY,"
                               " meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL DEFAULT 0,"
                               " workshop_id INTEGER REFERENCES workshop(id) ON DELETE SET NULL,"
                               " kind TEXT NOT NULL DEFAULT 'problem',"
                               " text_fr TEXT NOT NULL DEFAULT '',"
                               " text_nl TEXT NOT NULL DEFAULT '',"
                               " said_in TEXT NOT NULL DEFAULT 'fr',"
                               " issue_id INTEGER REFERENCES idea_issue(id) ON DELETE SET NULL,"
                               " lever TEXT,"
                               " sector_id INTEGER REFERENCES sector(id) ON DELETE SET NULL,"
                               " function_id INTEGER REFERENCES function(id) ON DELETE SET NULL,"
                               " bassin_id INTEGER REFERENCES bassin(id) ON DELETE SET NULL)"),
                QStringLiteral("CREATE INDEX idea_card_meeting ON idea_card(meeting_id, position)"),
                QStringLiteral("CREATE INDEX idea_card_workshop ON idea_card(workshop_id)"),
                QStringLiteral("CREATE INDEX idea_card_issue ON idea_card(issue_id)"),
                QStringLiteral("CREATE INDEX idea_card_sector ON idea_card(sector_id)"),
                QStringLiteral("CREATE INDEX idea_card_function ON idea_card(function_id)"),
                QStringLiteral("CREATE INDEX idea_card_bassin ON idea_card(bassin_id)"),
            }};
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {version1(), version2(), version3(), version4(), version5(), version6(), version7(), version8(), version9(), version10(), version11(), version12()};
    return steps;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace Quorum
