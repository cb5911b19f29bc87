// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/pdfmetadata.h"

#include "text/cleantext.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <optional>

namespace Quorum {
namespace {

// A PDF text string that holds any character: UTF-16BE with a byte order mark, in hex.
QByteArray pdfString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : cleanText(text))
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

// XML 1.0 has no way to write NUL or most control characters: one in the XMP packet makes
// it invalid, and the file no longer PDF/A. Older workspaces may still hold them.
QByteArray xml(const QString &text)
{
    return cleanText(text).toHtmlEscaped().toUtf8();
}

struct XrefEntry
{
    qint64 offset = 0;
    QByteArray generation;
    char type = 'f';
};

// The cross-reference table QPdfWriter writes: one "xref" section with one subsection
// starting at object 0, then the trailer.
struct Structure
{
    qint64 xrefOffset = 0;
    std::vector<XrefEntry> entries;
    QByteArray trailer; // from "trailer" up to (not including) "startxref"
    int info = 0;
    int root = 0;
};

std::optional<Structure> parse(const QByteArray &pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return std::nullopt;
    Structure s;
    bool ok = false;
    s.xrefOffset = pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || s.xrefOffset <= 0 || s.xrefOffset >= startxref || !pdf.mid(s.xrefOffset).startsWith("xref"))
        return std::nullopt;
    const qsizetype trailer = pdf.indexOf("trailer", s.xrefOffset);
    if (trailer < 0 || trailer > startxref)
        return std::nullopt;
    const QList<QByteArray> lines = pdf.mid(s.xrefOffset, trailer - s.xrefOffset).split('\n');
    // "xref", "0 N", then N entries "oooooooooo ggggg n ".
    const QList<QByteArray> head = lines.value(1).simplified().split(' ');
    if (head.size() != 2 || head.at(0) != "0")
        return std::nullopt;
    const int count = head.at(1).toInt(&ok);
    if (!ok || count <= 0 || lines.size() < count + 2)
        return std::nullopt;
    for (int i = 0; i < count; ++i) {
        const QList<QByteArray> fields = lines.at(i + 2).simplified().split(' ');
        if (fields.size() != 3 || fields.at(2).size() != 1)
            return std::nullopt;
        s.entries.push_back({fields.at(0).toLongLong(&ok), fields.at(1), fields.at(2).at(0)});
        if (!ok)
            return std::nullopt;
    }
    s.trailer = pdf.mid(trailer, startxref - trailer);
    static const QRegularExpression infoRef(u"/Info (\\d+) 0 R"_qs);
    static const QRegularExpression rootRef(u"/Root (\\d+) 0 R"_qs);
    const QString trailerText = QString::fromLatin1(s.trailer);
    s.info = infoRef.match(trailerText).captured(1).toInt();
    s.root = rootRef.match(trailerText).captured(1).toInt();
    if (s.info <= 0 || s.root <= 0 || s.info >= count || s.root >= count)
        return std::nullopt;
    return s;
}

// The bytes of object `number`, from "N 0 obj" to just after "endobj" and its newline.
std::optional<std::pair<qsizetype, qsizetype>> objectSpan(const QByteArray &pdf, const Structure &s, int number)
{
    if (number <= 0 || number >= int(s.entries.size()) || s.entries.at(number).type != 'n')
        return std::nullopt;
    const qsizetype begin = s.entries.at(number).offset;
    if (!pdf.mid(begin, 24).startsWith(QByteArray(QByteArray::number(number) + " 0 obj")))
        return std::nullopt;
    qsizetype end = pdf.indexOf("endobj", begin);
    if (end < 0)
        return std::nullopt;
    end += 6;
    while (end < pdf.size() && (pdf.at(end) == '\n' || pdf.at(end) == '\r'))
        ++end;
    return std::pair{begin, end};
}

QByteArray object(int number, const QByteArray &body)
{
    return QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
}

} // namespace

QByteArray withPdfMetadata(const QByteArray &pdf, const PdfMetadata &metadata)
{
    const std::optional<Structure> parsed = parse(pdf);
    if (!parsed)
        return pdf;
    const Structure &s = *parsed;
    const auto infoSpan = objectSpan(pdf, s, s.info);
    const auto rootSpan = objectSpan(pdf, s, s.root);
    if (!infoSpan || !rootSpan)
        return pdf;
    const QByteArray info = pdf.mid(infoSpan->first, infoSpan->second - infoSpan->first);
    QByteArray catalog = pdf.mid(rootSpan->first, rootSpan->second - rootSpan->first);

    // Keep the creation date QPdfWriter chose (D:YYYYMMDDHHmmSSZ): it is the one thing
    // that differs between two exports of the same document.
    static const QRegularExpression created(u"/CreationDate \\((D:(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})Z?)\\)"_qs);
    const QRegularExpressionMatch date = created.match(QString::fromLatin1(info));
    if (!date.hasMatch())
        return pdf;
    const QByteArray pdfDate = date.captured(1).toLatin1();
    const QByteArray isoDate = QStringLiteral("%1-%2-%3T%4:%5:%6Z")
                                   .arg(date.captured(2), date.captured(3), date.captured(4), date.captured(5),
                                        date.captured(6), date.captured(7))
                                   .toLatin1();
    static const QRegularExpression metadataRef(u"/Metadata (\\d+) 0 R"_qs);
    const int metadataNumber = metadataRef.match(QString::fromLatin1(catalog)).captured(1).toInt();
    const auto metadataSpan = objectSpan(pdf, s, metadataNumber);
    const QByteArray producer = "Qt " QT_VERSION_STR;

    // The information dictionary.
    QByteArray infoBody = "<<\n/Title " + pdfString(metadata.title) + "\n/Author " + pdfString(metadata.author)
                          + "\n/Subject " + pdfString(metadata.subject) + "\n/Creator " + pdfString(metadata.creator)
                          + "\n/Producer " + pdfString(QString::fromLatin1(producer)) + "\n/CreationDate (" + pdfDate
                          + ")\n/ModDate (" + pdfDate + ")\n>>";

    // The XMP packet: the same facts, as PDF/A requires, and the PDF/A-1b claim QPdfWriter
    // made (its own packet is replaced, so the claim is restated here).
    QByteArray languages;
    for (const QString &language : metadata.languages)
        languages += "<rdf:li>" + xml(language) + "</rdf:li>";
    const QByteArray xmp =
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "<dc:format>application/pdf</dc:format>\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + xml(metadata.title)
        + "</rdf:li></rdf:Alt></dc:title>\n"
          "<dc:creator><rdf:Seq><rdf:li>"
        + xml(metadata.author)
        + "</rdf:li></rdf:Seq></dc:creator>\n"
          "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + xml(metadata.subject) + "</rdf:li></rdf:Alt></dc:description>\n"
        + (languages.isEmpty() ? QByteArray() : "<dc:language><rdf:Bag>" + languages + "</rdf:Bag></dc:language>\n")
        + "</rdf:Description>\n"
          "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreatorTool=\""
        + xml(metadata.creator) + "\" xmp:CreateDate=\"" + isoDate + "\" xmp:ModifyDate=\"" + isoDate
        + "\"/>\n"
          "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" pdf:Producer=\""
        + producer
        + "\"/>\n"
          "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" pdfaid:part=\"1\" "
          "pdfaid:conformance=\"B\"/>\n"
          "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";

    // The catalog, with the document's language.
    if (!metadata.language.isEmpty() && !catalog.contains("/Lang")) {
        const qsizetype close = catalog.lastIndexOf(">>");
        if (close < 0)
            return pdf;
        catalog.insert(close, "/Lang " + pdfString(metadata.language) + "\n");
    }

    std::map<qsizetype, std::pair<qsizetype, QByteArray>> replacements; // begin → (end, new bytes)
    replacements[infoSpan->first] = {infoSpan->second, object(s.info, infoBody)};
    replacements[rootSpan->first] = {rootSpan->second, catalog};
    if (metadataSpan)
        replacements[metadataSpan->first] = {metadataSpan->second,
                                             object(metadataNumber, "<<\n/Type /Metadata /Subtype /XML\n/Length "
                                                                        + QByteArray::number(xmp.size()) + "\n>>\nstream\n"
                                                                        + xmp + "\nendstream")};

    QByteArray out;
    out.reserve(pdf.size() + 4096);
    qsizetype copied = 0;
    for (const auto &[begin, replacement] : replacements) {
        if (begin < copied || replacement.first > s.xrefOffset)
            return pdf; // overlapping objects: not a file this code understands
        out += pdf.mid(copied, begin - copied);
        out += replacement.second;
        copied = replacement.first;
    }
    out += pdf.mid(copied, s.xrefOffset - copied);
    // Where an object starts now: later by what the replacements before it added.
    auto moved = [&](qint64 offset) {
        qint64 added = 0;
        for (auto r = replacements.cbegin(); r != replacements.cend() && r->first < offset; ++r)
            added += r->second.second.size() - (r->second.first - r->first);
        return offset + added;
    };

    // An /ID from the content, so two exports of the same document get the same one.
    QByteArray hashed = out;
    hashed.replace(pdfDate, QByteArray(pdfDate.size(), '0'));
    hashed.replace(isoDate, QByteArray(isoDate.size(), '0'));
    const QByteArray id = QCryptographicHash::hash(hashed, QCryptographicHash::Md5).toHex();

    const qint64 xref = out.size();
    out += "xref\n0 " + QByteArray::number(qint64(s.entries.size())) + "\n";
    for (const XrefEntry &entry : s.entries) {
        const qint64 offset = entry.type == 'n' ? moved(entry.offset) : entry.offset;
        out += QByteArray::number(offset).rightJustified(10, '0') + ' ' + entry.generation + ' ' + entry.type + " \n";
    }
    QString trailer = QString::fromLatin1(s.trailer);
    static const QRegularExpression idArray(u"/ID\\s*\\[[^\\]]*\\]"_qs);
    const QString newId = u"/ID [ <"_qs + QString::fromLatin1(id) + u"> <"_qs + QString::fromLatin1(id) + u"> ]"_qs;
    if (trailer.contains(idArray))
        trailer.replace(idArray, newId);
    else if (const qsizetype close = trailer.lastIndexOf(u">>"_qs); close >= 0)
        trailer.insert(close, newId + u"\n"_qs);
    out += trailer.toLatin1() + "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace Quorum
