// SPDX-License-Identifier: GPL-3.0-or-later
// NUL and control characters at every door text comes in by: an import, an edit, pasted
// rich text, and the metadata of a PDF/A file.

#include "catchqt.h"
#include "testworkspace.h"

#include "documents/renderers.h"
#include "jsonexchange.h"
#include "synthesis/richtext.h"
#include "text/cleantext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

using namespace Quorum;
using namespace QuorumTest;

namespace {

// NUL, BEL, ESC (an ANSI colour), DEL and two C1 characters (NEL, CSI) around plain words.
const QString hostile = QString(u"A\u0000B\u0007C\u001b[31mD\u007fE\u0085F\u009bG"_qs);
const QString cleaned = u"ABC[31mDEFG"_qs;

bool hasControl(const QString &text)
{
    for (const QChar c : text)
        if (isUnwantedControl(c))
            return true;
    return false;
}

// Sets `key` of the first record of `section` in an export, a bilingual field's French half.
QByteArray withFrenchText(const QByteArray &json, const QString &section, const QString &key, const QString &text)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray records = root.value(section).toArray();
    QJsonObject record = records.at(0).toObject();
    QJsonObject bilingual = record.value(key).toObject();
    bilingual.insert(u"fr"_qs, text);
    record.insert(key, bilingual);
    records.replace(0, record);
    root.insert(section, records);
    return QJsonDocument(root).toJson();
}

// The XMP packet of a PDF, as bytes.
QByteArray xmpPacket(const QByteArray &pdf)
{
    const qsizetype begin = pdf.indexOf("<x:xmpmeta");
    const qsizetype end = pdf.indexOf("</x:xmpmeta>");
    REQUIRE(begin >= 0);
    REQUIRE(end > begin);
    return pdf.mid(begin, end + qsizetype(sizeof("</x:xmpmeta>")) - 1 - begin);
}

} // namespace

TEST_CASE("Text is cleaned of NUL and control characters but keeps tabs and line breaks", "[hostile]")
{
    CHECK(cleanText(hostile) == cleaned);
    CHECK(cleanText(u"a\tb\nc"_qs) == u"a\tb\nc"_qs);
    CHECK(cleanText(u"a\r\nb\rc"_qs) == u"a\nb\nc"_qs);
    CHECK(cleanText(u"Réunion — Vergadering ’"_qs) == u"Réunion — Vergadering ’"_qs);
    CHECK(visibleControls(u"a\u001b[31mb\tc\nd"_qs) == u"a\\x1b[31mb\tc\nd"_qs);
    CHECK(visibleControls(u"a\u009bb\rc"_qs) == u"a\\x9bb\\x0dc"_qs);
}

TEST_CASE("A JSON import stores titles without NUL and control characters", "[hostile][jsonexchange]")
{
    Fixture f;
    QByteArray json = withFrenchText(f.json(), u"agendaItems"_qs, u"title"_qs, hostile);
    json = withFrenchText(json, u"councils"_qs, u"name"_qs, hostile + u"\tH"_qs);
    REQUIRE(json.contains("\\u0000"));
    const QString out = f.path(u"imported.quorum"_qs);
    auto imported = importWorkspaceJson(json, u"hostile.json"_qs, out);
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());

    auto database = Database::open(out);
    REQUIRE(database.ok());
    const Record item = *database.value()->record(Entity::AgendaItem, f.itemIds.at(0));
    CHECK(item.text(u"title_fr"_qs) == cleaned);
    const Record council = *database.value()->record(Entity::Council, f.councilId);
    CHECK(council.text(u"name_fr"_qs) == cleaned + u"\tH"_qs);
}

TEST_CASE("An edit stores text without NUL and control characters", "[hostile]")
{
    Fixture f;
    REQUIRE(f.workspace->setValue(Entity::AgendaItem, f.itemIds.at(1), u"title_nl"_qs, hostile).ok());
    CHECK(f.workspace->storage().record(Entity::AgendaItem, f.itemIds.at(1))->text(u"title_nl"_qs) == cleaned);
}

TEST_CASE("Rich text drops control characters even when written as entities", "[hostile][richtext]")
{
    const QString html = sanitizeRichText(u"<p>a&#27;[31mb&#7;c\u0000d\u0085e</p><ul><li>f&#x1f;\u009bg</li></ul>"_qs);
    INFO(html.toStdString());
    CHECK_FALSE(hasControl(html));
    CHECK(richTextToPlain(html) == u"a[31mbcde\n- fg"_qs);
    CHECK_FALSE(hasControl(richTextFromPlain(hostile)));
}

TEST_CASE("A PDF whose metadata held control characters has valid XMP", "[hostile][documents][pdf]")
{
    Document document;
    document.title = {hostile, hostile};
    document.author = {u"Conseil\u0000"_qs, u"Raad\u0001"_qs};
    document.subject = {u"Sujet\u001b[0m"_qs, u"Onderwerp\u0085"_qs};
    document.pageNumber = {u"page %1 sur %2"_qs, u"pagina %1 van %2"_qs};
    document.add(Paragraph{spans(DocText{u"Texte"_qs, u"Tekst"_qs}), false});
    auto pdf = renderPdf(document, DocumentLanguages::French);
    REQUIRE(pdf.ok());
    const QByteArray xmp = xmpPacket(pdf.value());
    QXmlStreamReader reader(xmp);
    QString title;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"title")
            title = reader.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    INFO(reader.errorString().toStdString());
    CHECK_FALSE(reader.hasError());
    CHECK(title == cleaned);
}
