// SPDX-License-Identifier: GPL-3.0-or-later
#include "ideas/ideaboard.h"

#include "ideas/ideapriorities.h"

#include "storage/database.h"
#include "synthesis/richtext.h"
#include "text/cleantext.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum {
namespace {

struct IdeaText
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Ideas)
};

DocText words(const char *fr, const char *nl)
{
    return {QString::fromUtf8(fr), QString::fromUtf8(nl)};
}

const QStringList cardKinds = {u"problem"_qs, u"solution"_qs, u"question"_qs, u"practice"_qs};

// The kinds as a card is introduced in the documents, in both languages.
DocText kindName(const QString &kind)
{
    if (kind == u"solution")
        return words("Solution", "Oplossing");
    if (kind == u"question")
        return words("Question", "Vraag");
    if (kind == u"practice")
        return words("Pratique inspirante", "Inspirerende praktijk");
    return words("Problème constaté", "Vastgesteld probleem");
}

DocText leverName(const QString &lever)
{
    if (lever == u"knowledge")
        return words("Connaissance", "Kennis");
    if (lever == u"network")
        return words("Réseau", "Netwerk");
    if (lever == u"coordination")
        return words("Coordination", "Coördinatie");
    if (lever == u"prevention")
        return words("Prévention et promotion de la santé", "Preventie en gezondheidsbevordering");
    return {};
}

// A card's text in `language`; said only in the other one, that text marked with its language.
QString cardText(const Record &card, Language language)
{
    const BilingualText text = card.bilingual(u"text"_qs);
    if (!text.in(language).trimmed().isEmpty())
        return text.in(language);
    const Language other = language == Language::Dutch ? Language::French : Language::Dutch;
    return text.in(other) + (other == Language::French ? u" [fr]"_qs : u" [nl]"_qs);
}

QJsonValue reference(const Record &record, const char *column)
{
    const qint64 id = record.number(QString::fromLatin1(column));
    return id ? QJsonValue(id) : QJsonValue();
}

bool belongsTo(const QList<Record> &records, qint64 id)
{
    for (const Record &record : records)
        if (record.id == id)
            return true;
    return false;
}

} // namespace

QList<Record> IdeaBoard::cardsOf(qint64 issueId) const
{
    QList<Record> out;
    for (const Record &card : cards)
        if (card.number(u"issue_id"_qs) == issueId)
            out << card;
    return out;
}

IdeaBoard readIdeaBoard(const Database &database, qint64 meetingId)
{
    IdeaBoard board;
    board.meetingId = meetingId;
    if (const std::optional<Record> meeting = database.record(Entity::Meeting, meetingId))
        board.date = QDate::fromString(meeting->text(u"date"_qs), Qt::ISODate);
    board.workshops = database.records(Entity::Workshop, meetingId);
    board.issues = database.records(Entity::IdeaIssue, meetingId);
    board.cards = database.records(Entity::IdeaCard, meetingId);
    board.dots = issueDots(database, meetingId);
    return board;
}

Result<qint64> captureCard(Workspace &workspace, const CardCapture &card)
{
    using Id = Result<qint64>;
    const QString text = cleanText(card.text).trimmed();
    if (text.isEmpty())
        return Id::failure(IdeaText::tr("Type what was said first: a card needs a text."));
    if (!cardKinds.contains(card.kind))
        return Id::failure(IdeaText::tr("\"%1\" is not a kind of card.").arg(card.kind.left(40)));
    const IdeaBoard board = readIdeaBoard(workspace.storage(), card.meetingId);
    if (!workspace.storage().record(Entity::Meeting, card.meetingId))
        return Id::failure(IdeaText::tr("This meeting is not in the workspace."));
    if (card.workshopId && !belongsTo(board.workshops, card.workshopId))
        return Id::failure(IdeaText::tr("This workshop is not one of the meeting's."));
    if (card.issueId && !belongsTo(board.issues, card.issueId))
        return Id::failure(IdeaText::tr("This issue is not one of the meeting's."));
    Record record(Entity::IdeaCard, {{u"meeting_id"_qs, card.meetingId},
                                     {u"kind"_qs, card.kind},
                                     {u"said_in"_qs, card.saidIn == Language::Dutch ? u"nl"_qs : u"fr"_qs},
                                     {u"position"_qs, int(board.cards.size())}});
    BilingualText both;
    both.set(card.saidIn == Language::Dutch ? Language::Dutch : Language::French, text);
    record.setBilingual(u"text"_qs, both);
    const auto optional = [&](const char *column, qint64 id) {
        if (id)
            record.values.insert(QString::fromLatin1(column), id);
    };
    optional("workshop_id", card.workshopId);
    optional("issue_id", card.issueId);
    optional("sector_id", card.sectorId);
    optional("function_id", card.functionId);
    optional("bassin_id", card.bassinId);
    return workspace.addRecord(record);
}

Result<void> groupCards(Workspace &workspace, const QList<qint64> &cardIds, qint64 issueId)
{
    if (cardIds.isEmpty())
        return {};
    const QList<Record> cards = workspace.storage().recordsWithIds(Entity::IdeaCard, cardIds);
    if (cards.size() != cardIds.size())
        return Result<void>::failure(IdeaText::tr("A card to group is no longer in the workspace."));
    if (issueId) {
        const std::optional<Record> issue = workspace.storage().record(Entity::IdeaIssue, issueId);
        if (!issue)
            return Result<void>::failure(IdeaText::tr("This issue is not in the workspace."));
        for (const Record &card : cards)
            if (card.number(u"meeting_id"_qs) != issue->number(u"meeting_id"_qs))
                return Result<void>::failure(IdeaText::tr("A card goes into an issue of its own meeting only."));
    }
    return workspace.inStep(IdeaText::tr("Group cards"), [&]() -> Result<void> {
        for (const Record &card : cards)
            if (auto set = workspace.setValue(Entity::IdeaCard, card.id, u"issue_id"_qs, issueId ? QVariant(issueId) : QVariant()); !set)
                return set;
        return {};
    });
}

Result<qint64> newIssue(Workspace &workspace, qint64 meetingId, const BilingualText &name, const QList<qint64> &cardIds)
{
    const BilingualText cleaned{cleanText(name.fr).trimmed(), cleanText(name.nl).trimmed()};
    if (cleaned.isEmpty())
        return Result<qint64>::failure(IdeaText::tr("Name the issue in at least one language."));
    if (!workspace.storage().record(Entity::Meeting, meetingId))
        return Result<qint64>::failure(IdeaText::tr("This meeting is not in the workspace."));
    qint64 issueId = 0;
    auto done = workspace.inStep(IdeaText::tr("New issue"), [&]() -> Result<void> {
        Record issue(Entity::IdeaIssue, {{u"meeting_id"_qs, meetingId},
                                         {u"position"_qs, int(workspace.storage().records(Entity::IdeaIssue, meetingId).size())}});
        issue.setBilingual(u"name"_qs, cleaned);
        auto added = workspace.addRecord(issue);
        if (!added)
            return Result<void>::failure(added.error());
        issueId = added.value();
        return groupCards(workspace, cardIds, issueId);
    });
    if (!done)
        return Result<qint64>::failure(done.error());
    return issueId;
}

QByteArray ideaBoardJson(const IdeaBoard &board)
{
    const auto cardJson = [](const Record &card) {
        return QJsonObject{{u"id"_qs, card.id},
                           {u"workshop"_qs, reference(card, "workshop_id")},
                           {u"kind"_qs, card.text(u"kind"_qs)},
                           {u"text"_qs, bilingualJson(card.bilingual(u"text"_qs))},
                           {u"saidIn"_qs, card.text(u"said_in"_qs)},
                           {u"function"_qs, card.text(u"lever"_qs).isEmpty() ? QJsonValue() : QJsonValue(card.text(u"lever"_qs))},
                           {u"profile"_qs, QJsonObject{{u"sector"_qs, reference(card, "sector_id")},
                                                       {u"function"_qs, reference(card, "function_id")},
                                                       {u"bassin"_qs, reference(card, "bassin_id")}}}};
    };
    QJsonArray issues;
    for (const Record &issue : board.issues) {
        QJsonArray cards;
        for (const Record &card : board.cardsOf(issue.id))
            cards.append(cardJson(card));
        const QString kind = issue.text(u"proposal_kind"_qs);
        issues.append(QJsonObject{{u"id"_qs, issue.id},
                                  {u"name"_qs, bilingualJson(issue.bilingual(u"name"_qs))},
                                  {u"proposal"_qs, kind.isEmpty() ? QJsonValue()
                                                                  : QJsonValue(QJsonObject{
                                                                        {u"kind"_qs, kind},
                                                                        {u"conditions"_qs, bilingualJson(issue.bilingual(u"conditions"_qs))},
                                                                        {u"practices"_qs, bilingualJson(issue.bilingual(u"practices"_qs))},
                                                                        {u"clarify"_qs, bilingualJson(issue.bilingual(u"clarify"_qs))}})},
                                  {u"dots"_qs, board.dots.contains(issue.id) ? QJsonValue(board.dots.value(issue.id)) : QJsonValue()},
                                  {u"proposalId"_qs, reference(issue, "proposal_id")},
                                  {u"cards"_qs, cards}});
    }
    QJsonArray loose;
    for (const Record &card : board.cardsOf(0))
        loose.append(cardJson(card));
    QJsonArray workshops;
    for (const Record &workshop : board.workshops)
        workshops.append(QJsonObject{{u"id"_qs, workshop.id}, {u"theme"_qs, bilingualJson(workshop.bilingual(u"theme"_qs))}});
    return QJsonDocument(QJsonObject{{u"format"_qs, u"quorum-ideas"_qs},
                                     {u"formatVersion"_qs, ideaBoardFormatVersion},
                                     {u"meeting"_qs, QJsonObject{{u"id"_qs, board.meetingId}, {u"date"_qs, board.date.toString(Qt::ISODate)}}},
                                     {u"workshops"_qs, workshops},
                                     {u"issues"_qs, issues},
                                     {u"ungrouped"_qs, loose}})
        .toJson(QJsonDocument::Indented);
}

Document ideaBoardDocument(const IdeaBoard &board, const DocText &councilName)
{
    Document doc;
    const DocText title = words("Ce que les ateliers ont produit", "Wat de workshops opleverden");
    doc.title = title;
    doc.author = councilName;
    doc.subject = words("Les contributions des participants, regroupées en enjeux et propositions",
                        "De bijdragen van de deelnemers, gegroepeerd in uitdagingen en voorstellen");
    doc.runningHeader = councilName.isEmpty() ? title : councilName;
    doc.runningDate = documentDate(board.date);
    doc.pageNumber = words("page %1 sur %2", "pagina %1 van %2");
    doc.add(TitleBlock{spans(title), {spans(documentDate(board.date))}});

    const auto cardList = [](const QList<Record> &cards) {
        ListBlock list;
        for (const Record &card : cards) {
            const DocText kind = kindName(card.text(u"kind"_qs));
            const DocText lever = leverName(card.text(u"lever"_qs));
            Inline line{Span{{kind.fr + u"\u00A0: "_qs, kind.nl + u": "_qs}, {}, true}};
            line << Span{{cardText(card, Language::French), cardText(card, Language::Dutch)}};
            if (!lever.isEmpty())
                line << Span{{u" — "_qs + lever.fr, u" — "_qs + lever.nl}, {}, false, {}, true};
            list.items << line;
        }
        return list;
    };
    for (const Record &issue : board.issues) {
        doc.add(Heading{1, spans(DocText::of(issue.bilingual(u"name"_qs)))});
        const QString kind = issue.text(u"proposal_kind"_qs);
        if (board.dots.contains(issue.id))
            doc.add(Paragraph{spans(DocText{u"Vote sur les priorités\u00A0: %1 gommettes"_qs.arg(board.dots.value(issue.id)),
                                            u"Stemming over de prioriteiten: %1 stippen"_qs.arg(board.dots.value(issue.id))}),
                              false});
        if (!kind.isEmpty()) {
            Facts facts;
            facts.rows.append({words("Proposition", "Voorstel"),
                               spans(kind == u"priority" ? words("Action prioritaire", "Prioritaire actie")
                                                         : words("Action complémentaire", "Aanvullende actie"))});
            const std::pair<const char *, DocText> parts[] = {
                {"conditions", words("Conditions de mise en œuvre", "Voorwaarden voor de implementatie")},
                {"practices", words("Pratiques inspirantes", "Inspirerende praktijken")},
                {"clarify", words("Points à clarifier", "Te verduidelijken punten")}};
            for (const auto &[column, label] : parts) {
                const BilingualText value = issue.bilingual(QString::fromLatin1(column));
                if (!value.isEmpty())
                    facts.rows.append({label, spans(DocText{value.display(Language::French), value.display(Language::Dutch)})});
            }
            doc.add(facts);
        }
        const QList<Record> cards = board.cardsOf(issue.id);
        if (cards.isEmpty())
            doc.add(Paragraph{spans(words("Aucune contribution encore.", "Nog geen bijdragen.")), true});
        else
            doc.add(cardList(cards));
    }
    const QList<Record> loose = board.cardsOf(0);
    if (!loose.isEmpty()) {
        doc.add(Heading{1, spans(words("Contributions pas encore regroupées", "Nog niet gegroepeerde bijdragen"))});
        doc.add(cardList(loose));
    }
    if (board.cards.isEmpty())
        doc.add(Paragraph{spans(words("Aucune contribution n'a été saisie pour cette réunion.",
                                      "Voor deze vergadering werden nog geen bijdragen genoteerd.")),
                          true});
    return doc;
}

QString workshopCardsSummary(const QList<Record> &issues, const QList<Record> &cards, Language language)
{
    if (cards.isEmpty())
        return {};
    const auto item = [&](const Record &card) -> QString {
        const DocText kind = kindName(card.text(u"kind"_qs));
        return u"<li><b>"_qs + kind.in(language).toHtmlEscaped() + (language == Language::French ? u"\u00A0:"_qs : u":"_qs)
               + u"</b> "_qs + cardText(card, language).toHtmlEscaped() + u"</li>"_qs;
    };
    QString html;
    QList<qint64> grouped;
    for (const Record &issue : issues) {
        QString list;
        for (const Record &card : cards)
            if (card.number(u"issue_id"_qs) == issue.id)
                list += item(card);
        if (list.isEmpty())
            continue;
        grouped << issue.id;
        html += u"<p><b>"_qs + issue.bilingual(u"name"_qs).display(language).toHtmlEscaped() + u"</b></p><ul>"_qs + list + u"</ul>"_qs;
    }
    QString rest;
    for (const Record &card : cards)
        if (!grouped.contains(card.number(u"issue_id"_qs)))
            rest += item(card);
    if (!rest.isEmpty())
        html += (grouped.isEmpty() ? QString()
                                   : u"<p><b>"_qs + (language == Language::Dutch ? u"Andere bijdragen"_qs : u"Autres contributions"_qs)
                                         + u"</b></p>"_qs)
                + u"<ul>"_qs + rest + u"</ul>"_qs;
    return sanitizeRichText(html);
}

} // namespace Quorum
