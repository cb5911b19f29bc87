// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisions/historyexport.h"

#include "decisions/decisionwords.h"
#include "exportfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <map>

namespace Quorum {
namespace {

// ---- JSON ----

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonValue moment(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The meeting's quorum by its attendance (null when none was recorded): counts only, like
// the rest of the history.
QJsonValue quorumJson(const std::optional<QuorumResult> &quorum)
{
    if (!quorum)
        return QJsonValue::Null;
    return QJsonObject{{key("rule"), quorumRuleCode(quorum->rule)},
                       {key("members"), quorum->base},
                       {key("present"), quorum->counted()},
                       {key("represented"), quorum->represented},
                       {key("required"), quorum->required},
                       {key("met"), quorum->met}};
}

QJsonValue authorJson(const std::optional<DecisionAuthor> &author)
{
    if (!author)
        return QJsonValue::Null;
    return QJsonObject{{key("kind"), author->kind == DecisionAuthor::Kind::Person ? key("person") : key("subgroup")},
                       {key("name"), bilingualJson(author->name)}};
}

QJsonValue proposalJson(const DecisionProposal &proposal)
{
    if (proposal.id == 0)
        return QJsonValue::Null;
    return QJsonObject{{key("id"), proposal.id},
                       {key("title"), bilingualJson(proposal.title)},
                       {key("text"), bilingualJson(proposal.text)},
                       {key("theme"), bilingualJson(proposal.theme)},
                       {key("status"), proposal.status},
                       {key("author"), authorJson(proposal.author)}};
}

// The method is the first word of a rule's code (docs/format.md, "Decision rules").
QJsonValue ruleJson(const QString &code, const BilingualText &description)
{
    if (code.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{key("code"), code},
                       {key("method"), code.section(u' ', 0, 0, QString::SectionSkipEmpty)},
                       {key("description"), bilingualJson(description)}};
}

QJsonObject numbersJson(const DecisionHistoryEntry &entry)
{
    const DecisionNumbers &n = entry.numbers;
    const DecisionMethod method = entry.method;
    // A number that does not apply to the method is null, never a misleading 0.
    auto when = [](bool applies, int value) { return applies ? QJsonValue(value) : QJsonValue(QJsonValue::Null); };
    const bool counted = method == DecisionMethod::Majority || method == DecisionMethod::Consensus;
    const bool consent = method == DecisionMethod::Consent;
    const bool election = method == DecisionMethod::Election;
    const bool priority = method == DecisionMethod::Priority;

    QJsonArray candidates;
    QJsonArray options;
    for (const DecisionOption &option : n.options) {
        if (election)
            candidates.append(QJsonObject{{key("name"), bilingualJson(option.name)},
                                          {key("votes"), option.votes},
                                          {key("status"), option.status},
                                          {key("seat"), option.seat > 0 ? QJsonValue(option.seat) : QJsonValue(QJsonValue::Null)}});
        else if (priority)
            options.append(QJsonObject{{key("name"), bilingualJson(option.name)},
                                       {key("dots"), option.votes},
                                       {key("rank"), option.rank},
                                       {key("tied"), option.tied}});
    }
    QJsonArray subgroups;
    for (const DecisionSubgroupVoice &voice : n.subgroups)
        subgroups.append(QJsonObject{
            {key("name"), bilingualJson(voice.name)}, {key("voice"), voice.voice}, {key("outcome"), voice.innerOutcome}});

    return QJsonObject{
        {key("members"), n.members},
        {key("present"), n.present},
        {key("quorum_met"), n.quorumMet},
        {key("quorum_flagged"), n.quorumFlagged},
        {key("evident"), n.evident},
        {key("for"), when(counted, n.forVotes)},
        {key("against"), when(counted, n.against)},
        {key("abstain"), when(counted, n.abstain)},
        {key("objections_standing"), when(consent, n.standingObjections)},
        {key("objections_settled"), when(consent, n.settledObjections)},
        {key("ballots"), optionalInt(n.ballots)},
        {key("blank"), optionalInt(n.blank)},
        {key("base"), n.base},
        {key("required"), n.required},
        {key("seats_filled"), when(election, n.seatsFilled)},
        {key("seats_undecided"), when(election, n.seatsUndecided)},
        {key("dots_cast"), when(priority, n.dotsCast)},
        {key("dots_available"), when(priority, n.dotsAvailable)},
        {key("candidates"), candidates},
        {key("options"), options},
        {key("subgroups"), subgroups},
    };
}

QJsonObject entryJson(const DecisionHistoryEntry &entry)
{
    QJsonArray objections;
    for (const DecisionObjection &objection : entry.objections)
        objections.append(QJsonObject{{key("id"), objection.id},
                                      {key("argument"), bilingualJson(objection.argument)},
                                      {key("status"), objection.status},
                                      {key("author"), authorJson(objection.author)},
                                      {key("counter_proposal"), proposalJson(objection.counterProposal)}});
    return QJsonObject{
        {key("vote_id"), entry.voteId},
        {key("council"), QJsonObject{{key("id"), entry.councilId}, {key("name"), bilingualJson(entry.councilName)}}},
        {key("meeting"),
         QJsonObject{{key("id"), entry.meetingId},
                     {key("date"), entry.meetingDate.toString(Qt::ISODate)},
                     {key("session_number"), entry.sessionNumber > 0 ? QJsonValue(entry.sessionNumber) : QJsonValue(QJsonValue::Null)},
                     {key("quorum"), quorumJson(entry.meetingQuorum)}}},
        {key("agenda_item"), QJsonObject{{key("id"), entry.agendaItemId}, {key("title"), bilingualJson(entry.itemTitle)}}},
        {key("question"), bilingualJson(entry.question)},
        {key("mode"), entry.mode},
        {key("rule"), ruleJson(entry.ruleCode, entry.ruleWords)},
        {key("subgroup_rule"), ruleJson(entry.subgroupRuleCode, entry.subgroupRuleWords)},
        {key("opened_at"), moment(entry.openedAt)},
        {key("closed_at"), moment(entry.closedAt)},
        {key("outcome"), entry.outcome},
        {key("numbers"), numbersJson(entry)},
        {key("explanation"), bilingualJson(entry.explanation)},
        {key("rationale"), bilingualJson(entry.rationale)},
        {key("proposal"), entry.proposal ? proposalJson(*entry.proposal) : QJsonValue(QJsonValue::Null)},
        {key("objections"), objections},
    };
}

// ---- The document ----

// The history's own words: content in its readers' languages, not tr().
DocText words(const char *fr, const char *nl)
{
    return {QString::fromUtf8(fr), QString::fromUtf8(nl)};
}

DocText format(const DocText &sentence, const DocText &a)
{
    return {sentence.fr.arg(a.fr), sentence.nl.arg(a.nl)};
}

DocText format(const DocText &sentence, const DocText &a, const DocText &b)
{
    return {sentence.fr.arg(a.fr, b.fr), sentence.nl.arg(a.nl, b.nl)};
}

DocText number(int n)
{
    return DocText::neutral(QString::number(n));
}

// A code turned into words; the code itself when this version does not know it.
DocText named(const std::map<QString, DocText> &names, const QString &code)
{
    const auto it = names.find(code);
    return it == names.end() ? DocText::neutral(code) : it->second;
}

DocText modeName(const QString &mode)
{
    static const std::map<QString, DocText> names = {
        {u"hands"_qs, words("À main levée", "Handopsteking")},
        {u"named"_qs, words("Vote nominatif", "Hoofdelijke stemming")},
        {u"secret"_qs, words("Vote secret", "Geheime stemming")},
    };
    return named(names, mode);
}

DocText outcomeName(const QString &outcome, DecisionMethod method)
{
    if (outcome == u"adopted" && method == DecisionMethod::Election)
        return words("Élection acquise", "Verkiezing beslist");
    if (outcome == u"adopted" && method == DecisionMethod::Priority)
        return words("Priorités établies", "Prioriteiten vastgelegd");
    static const std::map<QString, DocText> names = {
        {u"adopted"_qs, words("Adoptée", "Aangenomen")},
        {u"rejected"_qs, words("Rejetée", "Verworpen")},
        {u"tie"_qs, words("Égalité : non adoptée", "Staking van stemmen: niet aangenomen")},
        {u"no_quorum"_qs, words("Quorum non atteint : pas de décision", "Quorum niet bereikt: geen beslissing")},
        {u"incomplete"_qs, words("Incomplète : pas de décision", "Onvolledig: geen beslissing")},
        {u"invalid"_qs, words("Chiffres impossibles : pas de décision", "Onmogelijke cijfers: geen beslissing")},
    };
    return named(names, outcome);
}

QColor outcomeColour(const QString &outcome)
{
    if (outcome == u"adopted")
        return QColor(0x15, 0x80, 0x3d);
    if (outcome == u"rejected" || outcome == u"invalid")
        return QColor(0xb9, 0x1c, 0x1c);
    if (outcome == u"tie")
        return QColor(0xb4, 0x53, 0x09);
    return QColor(0x4b, 0x55, 0x63);
}



DocText candidateStatusName(const QString &status)
{
    static const std::map<QString, DocText> names = {
        {u"elected"_qs, words("élu·e", "verkozen")},
        {u"qualified"_qs, words("seuil atteint, sans siège", "drempel bereikt, geen zetel")},
        {u"tied"_qs, words("à égalité : non départagé·e", "gelijke stand: niet beslist")},
        {u"not_qualified"_qs, words("seuil non atteint", "drempel niet bereikt")},
    };
    return named(names, status);
}


Span plain(const DocText &text)
{
    return Span{text, {}, false, {}, false};
}

Span strong(const DocText &text)
{
    return Span{text, {}, true, {}, false};
}

Inline byAuthor(const std::optional<DecisionAuthor> &author)
{
    if (!author)
        return {};
    return {plain(format(words(" (%1)", " (%1)"), DocText::of(author->name)))};
}

void addDecision(Document &doc, const DecisionHistoryEntry &entry)
{
    doc.add(Heading{1, spans(DocText::of(entry.question))});

    Facts facts;
    DocText when = documentDate(entry.meetingDate);
    if (entry.sessionNumber > 0)
        when = format(words("%1, séance n° %2", "%1, vergadering nr. %2"), when, number(entry.sessionNumber));
    facts.rows.append({words("Date", "Datum"), spans(when)});
    facts.rows.append({words("Conseil", "Raad"), spans(DocText::of(entry.councilName))});
    facts.rows.append({words("Point", "Punt"), spans(DocText::of(entry.itemTitle))});
    if (entry.proposal) {
        Inline proposal{strong(DocText::of(entry.proposal->title))};
        proposal += byAuthor(entry.proposal->author);
        if (!entry.proposal->theme.isEmpty())
            proposal.append(plain(format(words(" — thème : %1", " — thema: %1"), DocText::of(entry.proposal->theme))));
        facts.rows.append({words("Proposition", "Voorstel"), proposal});
    }
    facts.rows.append({words("Mode", "Wijze"), spans(modeName(entry.mode))});
    Inline rule = spans(DocText::of(entry.ruleWords.isEmpty() ? BilingualText{entry.ruleCode, entry.ruleCode} : entry.ruleWords));
    if (!entry.subgroupRuleWords.isEmpty())
        rule.append(plain(format(words(" Au sein de chaque sous-groupe : %1", " Binnen elke deelgroep: %1"),
                                 DocText::of(entry.subgroupRuleWords))));
    facts.rows.append({words("Règle", "Regel"), rule});
    const DecisionNumbers &n = entry.numbers;
    if (n.members > 0 || n.present > 0) {
        DocText electorate = format(words("%1 présent·e·s ou représenté·e·s sur %2 membres", "%1 aanwezig of vertegenwoordigd van %2 leden"),
                                    number(n.present), number(n.members));
        if (!n.quorumMet)
            electorate = format(words("%1 — quorum non atteint", "%1 — quorum niet bereikt"), electorate);
        facts.rows.append({words("Présents", "Aanwezig"), spans(electorate)});
    }
    facts.rows.append({words("Résultat", "Resultaat"),
                       Inline{Span{outcomeName(entry.outcome, entry.method), {}, true, outcomeColour(entry.outcome), false}}});
    doc.add(facts);
    if (!entry.explanation.isEmpty())
        doc.add(Paragraph{spans(DocText::of(entry.explanation)), false});

    if (entry.method == DecisionMethod::Election && !n.options.isEmpty()) {
        Table table;
        table.header = {spans(words("Candidat·e", "Kandidaat")), spans(words("Voix", "Stemmen")), spans(words("Résultat", "Resultaat"))};
        table.widths = {50, 15, 35};
        for (const DecisionOption &option : n.options) {
            DocText status = candidateStatusName(option.status);
            if (option.seat > 0)
                status = format(words("%1 (siège %2)", "%1 (zetel %2)"), status, number(option.seat));
            table.rows.append({{spans(DocText::of(option.name)), spans(number(option.votes)), spans(status)},
                               option.status == u"elected"});
        }
        doc.add(table);
    } else if (entry.method == DecisionMethod::Priority && !n.options.isEmpty()) {
        Table table;
        table.header = {spans(words("Rang", "Rang")), spans(words("Option", "Optie")), spans(words("Points", "Punten"))};
        table.widths = {15, 65, 20};
        for (const DecisionOption &option : n.options) {
            DocText rank = number(option.rank);
            if (option.tied)
                rank = format(words("%1 (ex æquo)", "%1 (gedeeld)"), rank);
            table.rows.append({{spans(rank), spans(DocText::of(option.name)), spans(number(option.votes))}, false});
        }
        doc.add(table);
    }
    if (!n.subgroups.isEmpty()) {
        Table table;
        table.header = {spans(words("Sous-groupe", "Deelgroep")), spans(words("Voix", "Stem"))};
        table.widths = {60, 40};
        for (const DecisionSubgroupVoice &voice : n.subgroups) {
            const std::optional<Voice> said = voiceFromCode(voice.voice);
            const DocText word = said ? DocText::of(voiceWord(*said)) : DocText::neutral(voice.voice);
            table.rows.append({{spans(DocText::of(voice.name)), spans(word)}, false});
        }
        doc.add(table);
    }

    if (entry.proposal && !entry.proposal->text.isEmpty()) {
        doc.add(Heading{2, spans(words("Texte de la proposition", "Tekst van het voorstel"))});
        doc.add(Paragraph{spans(DocText::of(entry.proposal->text)), false});
    }

    if (!entry.objections.isEmpty()) {
        doc.add(Heading{2, spans(words("Objections et contre-propositions", "Bezwaren en tegenvoorstellen"))});
        ListBlock list;
        for (const DecisionObjection &objection : entry.objections) {
            Inline item{strong(format(words("Objection %1", "Bezwaar %1"), DocText::of(objectionStatusWord(objection.status))))};
            item += byAuthor(objection.author);
            item.append(plain(words(" : ", ": ")));
            item.append(plain(DocText::of(objection.argument)));
            if (objection.counterProposal.id != 0) {
                const DecisionProposal &counter = objection.counterProposal;
                item.append(plain(DocText::neutral(u"\n"_qs)));
                item.append(strong(words("Contre-proposition : ", "Tegenvoorstel: ")));
                item.append(plain(DocText::of(counter.title)));
                item.append(plain(format(words(" (%1)", " (%1)"), DocText::of(proposalStatusWord(counter.status)))));
                if (!counter.text.isEmpty()) {
                    item.append(plain(DocText::neutral(u"\n"_qs)));
                    item.append(plain(DocText::of(counter.text)));
                }
            }
            list.items.append(item);
        }
        doc.add(list);
    }

    if (!entry.rationale.isEmpty()) {
        doc.add(Heading{2, spans(words("Motivation", "Motivering"))});
        doc.add(Paragraph{spans(DocText::of(entry.rationale)), false});
    }
}

} // namespace

QJsonDocument decisionHistoryJson(const QList<DecisionHistoryEntry> &entries)
{
    QJsonArray decisions;
    for (const DecisionHistoryEntry &entry : entries)
        decisions.append(entryJson(entry));
    return QJsonDocument(QJsonObject{
        {key("format"), key("quorum-decisions")}, {key("version"), decisionHistoryFormatVersion}, {key("decisions"), decisions}});
}

Result<void> writeDecisionHistoryJson(const QList<DecisionHistoryEntry> &entries, const QString &path)
{
    return writeExportFile(path, decisionHistoryJson(entries).toJson(QJsonDocument::Indented));
}

Document decisionHistoryDocument(const QList<DecisionHistoryEntry> &entries, const DecisionHistoryFilter &filter)
{
    const DocText title = words("Historique des décisions", "Beslissingsgeschiedenis");
    Document doc;
    doc.title = title;
    doc.subject = words("Les décisions prises, leurs chiffres, objections, contre-propositions et motivations",
                        "De genomen beslissingen, met hun cijfers, bezwaren, tegenvoorstellen en motiveringen");
    doc.runningHeader = title;
    doc.pageNumber = words("page %1 sur %2", "pagina %1 van %2");

    bool oneCouncil = !entries.isEmpty();
    for (const DecisionHistoryEntry &entry : entries)
        oneCouncil = oneCouncil && entry.councilId == entries.first().councilId;
    if (oneCouncil)
        doc.author = DocText::of(entries.first().councilName);
    if (!entries.isEmpty()) {
        const QDate first = entries.first().meetingDate;
        const QDate last = entries.last().meetingDate;
        doc.runningDate = first == last ? documentDate(first) : format(words("%1 – %2", "%1 – %2"), documentDate(first), documentDate(last));
    }

    // Under the title: what was asked for and how much was found.
    TitleBlock head{spans(title), {}};
    if (oneCouncil)
        head.lines.append(spans(DocText::of(entries.first().councilName)));
    if (filter.meetingDate)
        head.lines.append(spans(format(words("Séance du %1", "Vergadering van %1"), documentDate(*filter.meetingDate))));
    if (filter.from.isValid() && filter.to.isValid())
        head.lines.append(spans(format(words("Du %1 au %2", "Van %1 tot en met %2"), documentDate(filter.from), documentDate(filter.to))));
    else if (filter.from.isValid())
        head.lines.append(spans(format(words("À partir du %1", "Vanaf %1"), documentDate(filter.from))));
    else if (filter.to.isValid())
        head.lines.append(spans(format(words("Jusqu'au %1", "Tot en met %1"), documentDate(filter.to))));
    if (!filter.theme.trimmed().isEmpty())
        head.lines.append(spans(format(words("Thème : %1", "Thema: %1"), DocText::neutral(filter.theme.trimmed()))));
    if (!filter.text.trimmed().isEmpty())
        head.lines.append(spans(format(words("Recherche : « %1 »", "Zoekopdracht: ‘%1’"), DocText::neutral(filter.text.trimmed()))));
    const int found = int(entries.size());
    head.lines.append(spans(found == 0   ? words("Aucune décision", "Geen beslissingen")
                            : found == 1 ? words("1 décision", "1 beslissing")
                                         : format(words("%1 décisions", "%1 beslissingen"), number(found))));
    doc.add(head);

    if (entries.isEmpty()) {
        doc.add(Paragraph{spans(words("Aucune décision ne correspond à ces critères.", "Geen enkele beslissing voldoet aan deze criteria.")),
                          true});
        applyTypography(doc);
        return doc;
    }
    for (const DecisionHistoryEntry &entry : entries)
        addDecision(doc, entry);
    applyTypography(doc);
    return doc;
}

} // namespace Quorum
