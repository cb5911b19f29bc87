// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/minutes.h"

#include "charts/barchart.h"
#include "storage/database.h"
#include "synthesis/draft.h"
#include "synthesis/richtext.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>

namespace Quorum {
namespace {

// The minutes' own words: content in its readers' language, not tr().
DocText words(const char *fr, const char *nl)
{
    return {QString::fromUtf8(fr), QString::fromUtf8(nl)};
}

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

DocText format(const DocText &sentence, const DocText &a, const DocText &b = {})
{
    if (b.fr.isEmpty() && b.nl.isEmpty())
        return {sentence.fr.arg(a.fr), sentence.nl.arg(a.nl)};
    return {sentence.fr.arg(a.fr, b.fr), sentence.nl.arg(a.nl, b.nl)};
}

DocText only(const DocText &text, Language language)
{
    return DocText::neutral(text.in(language));
}

// A stored section, resolved for the document.
struct Section
{
    QString kind;
    DocText title;
    DocText body;     // rich text
    DocText subtitle; // under a group heading (a bassin, a workshop); empty otherwise
};

// Round-table and workshop sections come as runs under one heading each.
std::optional<DocText> groupHeading(const QString &kind)
{
    if (kind == u"round_table")
        return words("Tour de table des bassins", "Rondetafel van de zorgzones");
    if (kind == u"workshop")
        return words("Synthèse des ateliers", "Samenvatting van de workshops");
    return std::nullopt;
}

class MinutesBuilder
{
public:
    MinutesBuilder(const QList<Section> &sections, const Participation &participation)
        : m_sections(sections), m_participation(participation)
    {
    }

    // Everything under the title block in one language, every text neutral: the caller
    // puts it in a column, after the other language, or alone.
    QList<QList<Block>> sectionsIn(Language language) const
    {
        QList<QList<Block>> result;
        QString group;
        for (const Section &section : m_sections) {
            QList<Block> blocks;
            const std::optional<DocText> heading = section.subtitle.isEmpty() ? std::nullopt : groupHeading(section.kind);
            if (heading && group != section.kind)
                blocks.append(Heading{1, spans(only(*heading, language))});
            group = heading ? section.kind : QString();
            blocks.append(Heading{heading ? 2 : 1, spans(only(heading ? section.subtitle : section.title, language))});
            const QString body = language == Language::Dutch ? (section.body.nl.isEmpty() ? section.body.fr : section.body.nl)
                                                             : (section.body.fr.isEmpty() ? section.body.nl : section.body.fr);
            blocks += richTextBlocks(body);
            if (section.kind == u"participants")
                chart(blocks, language);
            result.append(blocks);
        }
        return result;
    }

    bool columns = false;

private:
    void chart(QList<Block> &blocks, Language language) const
    {
        const QImage image = participationChart(m_participation, language, columns ? 760 : 1200);
        if (image.isNull())
            return;
        Image picture;
        picture.image = image;
        picture.alt = only(words("Participants par secteur", "Deelnemers per sector"), language);
        // No figures: the section's own text states the numbers by sector (the draft's "Par
        // secteur" line), so formats without pictures would say them twice.
        picture.widthShare = columns ? 0.46 : 0.8;
        blocks.append(picture);
    }

    const QList<Section> &m_sections;
    const Participation &m_participation;
};

} // namespace

QString minutesLayoutCode(MinutesLayout layout)
{
    return layout == MinutesLayout::Sequential ? u"sequential"_qs : u"columns"_qs;
}

std::optional<MinutesLayout> minutesLayoutFromCode(const QString &code)
{
    if (code == u"columns")
        return MinutesLayout::Columns;
    if (code == u"sequential")
        return MinutesLayout::Sequential;
    return std::nullopt;
}

QImage participationChart(const Participation &participation, Language language, int width)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()) || !participation.recorded())
        return {};
    BarChart chart;
    QList<BarChartBar> bars;
    const int total = participation.balance.total;
    for (const BalanceBucket &b : participation.balance.buckets(BalanceDimension::Sector))
        bars.append({participation.sectorName(b.key).in(language), double(b.count()),
                     QStringLiteral("%1 · %2%").arg(b.count()).arg(qRound(100.0 * b.count() / qMax(1, total))), false});
    chart.setBars(bars);
    BarChartStyle style;
    // About 10 pt at 200 dpi: sharp on paper at the width the documents give it.
    style.font = QFont(QStringLiteral("DejaVu Sans"));
    style.font.setStyleHint(QFont::SansSerif);
    style.font.setPixelSize(26);
    style.maxLabelShare = 0.45;
    chart.setStyle(style);
    QImage probe(1, 1, QImage::Format_RGB32);
    const QFontMetricsF metrics(style.font, &probe);
    const int height = qMax(60, qCeil(chart.preferredHeight(metrics)));
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setFont(style.font);
        chart.paint(&painter, QRectF(0, 0, width, height));
    }
    return image;
}

Result<Document> buildMinutes(const Database &database, qint64 meetingId, const MinutesOptions &options)
{
    const std::optional<Record> meeting = database.record(Entity::Meeting, meetingId);
    if (!meeting)
        return Result<Document>::failure(QCoreApplication::translate("Quorum::Documents", "This meeting no longer exists."));
    const std::optional<Record> council = database.record(Entity::Council, meeting->number(field("council_id")));
    const DocText councilName = council ? DocText::of(council->bilingual(field("name"))) : DocText{};
    const DocText acronym = council ? DocText::of(council->bilingual(field("acronym"))) : DocText{};
    const QDate date = QDate::fromString(meeting->text(field("date")), Qt::ISODate);
    const qint64 session = meeting->number(field("session_number"));

    QList<Record> records = database.records(Entity::SynthesisSection, meetingId);
    if (records.isEmpty())
        records = draftSynthesis(database, meetingId);
    QList<Section> sections;
    for (const Record &r : records) {
        Section s{r.text(field("kind")), DocText::of(r.bilingual(field("title"))), DocText::of(r.bilingual(field("body"))), {}};
        if (richTextToPlain(s.body.fr).trimmed().isEmpty() && richTextToPlain(s.body.nl).trimmed().isEmpty())
            continue; // nothing to say: no empty heading in what members receive
        if (s.kind == u"round_table" && r.number(field("bassin_id")) > 0) {
            const std::optional<Record> bassin = database.record(Entity::Bassin, r.number(field("bassin_id")));
            s.subtitle = bassin ? DocText::of(bassin->bilingual(field("name"))) : s.title;
        } else if (s.kind == u"workshop") {
            s.subtitle = s.title;
        }
        sections.append(s);
    }
    const Participation participation = meetingParticipation(database, meetingId);

    Document doc;
    doc.title = format(words("%1 — synthèse de la séance du %2", "%1 — samenvatting van de vergadering van %2"), councilName,
                       documentDate(date));
    doc.author = councilName;
    doc.subject = session > 0 ? format(words("Synthèse de la séance n° %1 du %2", "Samenvatting van vergadering nr. %1 van %2"),
                                       DocText::neutral(QString::number(session)), documentDate(date))
                              : format(words("Synthèse de la séance du %1", "Samenvatting van de vergadering van %1"),
                                       documentDate(date));
    doc.runningHeader = acronym.isEmpty() ? councilName : format(words("%1 (%2)", "%1 (%2)"), councilName, acronym);
    doc.runningDate = documentDate(date);
    doc.pageNumber = words("page %1 sur %2", "pagina %1 van %2");

    TitleBlock title{spans(councilName), {}};
    title.lines.append(spans(session > 0 ? format(words("Séance n° %1 — synthèse", "Vergadering nr. %1 — samenvatting"),
                                                  DocText::neutral(QString::number(session)))
                                         : words("Synthèse de la séance", "Samenvatting van de vergadering")));
    title.lines.append(spans(documentDate(date, DateStyle::WithWeekday)));
    if (const DocText place = DocText::of(meeting->bilingual(field("place"))); !place.isEmpty())
        title.lines.append(spans(place));
    auto titleIn = [&](Language language) {
        TitleBlock t{spans(only(councilName, language)), {}};
        for (const Inline &line : title.lines)
            t.lines.append(spans(only(line.first().text, language)));
        return t;
    };

    MinutesBuilder builder(sections, participation);
    if (options.languages != DocumentLanguages::Both) {
        const Language language = options.languages == DocumentLanguages::Dutch ? Language::Dutch : Language::French;
        doc.add(title);
        for (const QList<Block> &blocks : builder.sectionsIn(language))
            for (const Block &block : blocks)
                doc.add(block);
    } else if (options.layout == MinutesLayout::Sequential) {
        // The whole French text, then the whole Dutch text from a new page: each reader
        // reads one language without skipping.
        doc.add(titleIn(Language::French));
        for (const QList<Block> &blocks : builder.sectionsIn(Language::French))
            for (const Block &block : blocks)
                doc.add(block);
        doc.add(PageBreak{});
        doc.add(titleIn(Language::Dutch));
        for (const QList<Block> &blocks : builder.sectionsIn(Language::Dutch))
            for (const Block &block : blocks)
                doc.add(block);
    } else {
        // Section by section, French and Dutch side by side: each starts level in both.
        builder.columns = true;
        doc.add(title);
        const QList<QList<Block>> fr = builder.sectionsIn(Language::French);
        const QList<QList<Block>> nl = builder.sectionsIn(Language::Dutch);
        for (qsizetype i = 0; i < fr.size(); ++i)
            doc.add(Columns{fr.at(i), nl.at(i)});
    }
    applyTypography(doc);
    return doc;
}

} // namespace Quorum
