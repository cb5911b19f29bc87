// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF and its preview lay out pictures given to the QTextDocument as its own resources
// (setRichText), not as PNG data: URIs that were encoded then decoded again on every
// preview: the same text, the same pages and the same pixels as the data: URI HTML.

#include "catchqt.h"

#include "documents/renderers.h"

#include <QImage>
#include <QPainter>
#include <QTextDocument>

using namespace Quorum;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Inline words(const char *fr, const char *nl)
{
    return Inline{Span{DocText{s(fr), s(nl)}, {}, false, {}, false}};
}

QImage picture(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 2, height / 3, Qt::white); // not a flat colour
    return image;
}

QImage drawn(QTextDocument &text)
{
    text.setTextWidth(640);
    QImage image(640, qCeil(text.size().height()) + 1, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    text.drawContents(&painter);
    return image;
}

} // namespace

TEST_CASE("Pictures laid out as document resources match their data URI layout", "[documents]")
{
    struct Case
    {
        const char *name;
        Document document;
    };
    QList<Case> cases;
    {
        Document d;
        d.add(Paragraph{words("Avant", "Voor"), false});
        d.add(Image{picture(40, 20, Qt::blue), {s("Graphique"), s("Grafiek")}, {}, 0.5});
        d.add(Paragraph{words("Après", "Na"), false});
        cases.append({"one picture between paragraphs", d});
    }
    {
        Document d;
        d.add(Heading{2, words("Présences", "Aanwezigheden")});
        d.add(Image{picture(300, 120, Qt::darkGreen), {s("Barres"), s("Staven")}, {}, 1.0});
        d.add(Image{picture(60, 60, Qt::red), {s("Carré"), s("Vierkant")}, {}, 0.25});
        cases.append({"two pictures under a heading", d});
    }
    {
        Document d;
        Columns columns;
        columns.fr = {Paragraph{words("Texte", "Texte"), false}, Image{picture(80, 40, Qt::magenta), {s("Fr"), s("Fr")}, {}, 0.8}};
        columns.nl = {Paragraph{words("Tekst", "Tekst"), false}, Image{picture(80, 40, Qt::cyan), {s("Nl"), s("Nl")}, {}, 0.8}};
        d.add(columns);
        cases.append({"a picture in each language column", d});
    }
    for (const Case &c : cases)
        for (DocumentLanguages languages : {DocumentLanguages::French, DocumentLanguages::Dutch, DocumentLanguages::Both}) {
            INFO("case: " << c.name << " languages " << int(languages));
            QTextDocument fromUris;
            fromUris.setHtml(richTextHtml(c.document, languages));
            QTextDocument fromResources;
            setRichText(fromResources, c.document, languages);
            CHECK(fromResources.toPlainText() == fromUris.toPlainText());
            CHECK(fromResources.toHtml().count(s("<img")) == fromUris.toHtml().count(s("<img")));
            CHECK_FALSE(fromResources.toHtml().contains(s("data:image")));
            const QImage a = drawn(fromUris);
            const QImage b = drawn(fromResources);
            CHECK(a.size() == b.size());
            CHECK(a == b);
        }
}
