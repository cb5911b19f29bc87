// SPDX-License-Identifier: GPL-3.0-or-later
// The ODT is the copy a secretary edits and sends on, so it is checked with the program
// that opens it: LibreOffice (Debian's libreoffice-writer-nogui, installed by the README's
// test command) converts each ODT Quorum writes to PDF, and that PDF must hold every word of
// the same document exported as HTML (every section, title and body, in each language
// rendered), on about as many pages as Quorum's own PDF. The words are taken from the HTML
// rather than from Quorum's PDF because that PDF also carries, clipped out of sight, the
// lines next to each page break of the neighbouring page, which pdftotext reads as well.

#include "catchqt.h"
#include "documentcli.h"
#include "poppler.h"

#include <QDir>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

using QuorumTest::Outcome;

// A text as a reader compares it: ligatures unfolded, hyphens dropped with the line break
// after them (pdftotext joins a word hyphenated at a line's end, and extracts a non-breaking
// hyphen from one PDF and not from another).
QString flattened(const QString &text)
{
    QString flat = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression hyphens(u"[-\u2010\u2011\u00ad]\\s*"_qs);
    return flat.remove(hyphens);
}

QMap<QString, int> wordCounts(const QString &text)
{
    const QString flat = flattened(text);
    static const QRegularExpression word(u"\\w+"_qs, QRegularExpression::UseUnicodePropertiesOption);
    QMap<QString, int> counts;
    for (auto match = word.globalMatch(flat); match.hasNext();)
        ++counts[match.next().captured()];
    return counts;
}

// The words of `expected` that `actual` lacks. A long word LibreOffice had to break where no
// break is allowed (a web address, a word wider than its table cell) comes out as two; it
// counts as there when the text, its line breaks removed, holds it.
QStringList missingWords(const QMap<QString, int> &expected, const QString &actualText)
{
    const QMap<QString, int> actual = wordCounts(actualText);
    QString squashed = flattened(actualText);
    squashed.remove(QRegularExpression(u"\\s+"_qs));
    QStringList missing;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (actual.value(it.key()) < it.value() && !(it.key().size() >= 4 && squashed.contains(it.key())))
            missing << it.key() + u" ×"_qs + QString::number(it.value() - actual.value(it.key()));
    return missing;
}

struct Export
{
    QString command; // agenda or minutes
    QString meeting;
    QStringList options;
    QString name;
};

// The text a browser shows of Quorum's HTML export: the body, tags removed, entities read.
QString htmlBodyText(const QByteArray &html)
{
    QString text = QString::fromUtf8(html);
    text = text.mid(text.indexOf(u"<body"_qs));
    static const QRegularExpression tag(u"<[^>]*>"_qs);
    text.replace(tag, u" "_qs);
    return text.replace(u"&lt;"_qs, u"<"_qs).replace(u"&gt;"_qs, u">"_qs).replace(u"&quot;"_qs, u"\""_qs)
        .replace(u"&#39;"_qs, u"'"_qs).replace(u"&nbsp;"_qs, u" "_qs).replace(u"&amp;"_qs, u"&"_qs);
}

// How many pictures a PDF holds (pdfimages -list: one line per image drawn, by object number;
// a transparency mask is no picture of its own, and Quorum's PDF draws a picture next to a
// page break on both pages, clipped out of sight on one: see docs/decisions.md).
qsizetype pictureCount(const QString &pdf)
{
    const QStringList lines = QuorumTest::popplerTool(u"pdfimages"_qs, {u"-list"_qs, pdf}).split(u'\n', Qt::SkipEmptyParts);
    QSet<QString> objects;
    for (const QString &line : lines) {
        const QStringList columns = line.simplified().split(u' ');
        if (columns.size() > 10 && columns.at(2) == u"image")
            objects.insert(columns.at(10));
    }
    return objects.size();
}

} // namespace

TEST_CASE("LibreOffice opens every ODT whole - both languages and every section", "[cli][libreoffice]")
{
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_qs);
    {
        INFO("soffice is missing: install libreoffice-writer-nogui (the README's test command does)");
        REQUIRE_FALSE(soffice.isEmpty());
    }

    QuorumTest::DocumentCli cli;
    const QList<Export> exports{
        {u"minutes"_qs, u"2024-11-13"_qs, {u"--lang"_qs, u"both"_qs}, u"minutes-2024-both"_qs},
        {u"minutes"_qs, u"2024-11-13"_qs, {u"--lang"_qs, u"both"_qs, u"--layout"_qs, u"sequential"_qs}, u"minutes-2024-sequential"_qs},
        {u"minutes"_qs, u"2025-07-01"_qs, {u"--lang"_qs, u"both"_qs}, u"minutes-2025-both"_qs},
        {u"minutes"_qs, u"2025-07-01"_qs, {u"--lang"_qs, u"fr"_qs}, u"minutes-2025-fr"_qs},
        {u"minutes"_qs, u"2025-07-01"_qs, {u"--lang"_qs, u"nl"_qs}, u"minutes-2025-nl"_qs},
        {u"agenda"_qs, u"2025-07-01"_qs, {u"--lang"_qs, u"both"_qs}, u"agenda-2025-both"_qs},
        {u"agenda"_qs, u"2025-07-01"_qs, {u"--lang"_qs, u"nl"_qs}, u"agenda-2025-nl"_qs},
    };
    QStringList odts;
    for (const Export &e : exports) {
        for (const QString &format : {u"odt"_qs, u"pdf"_qs, u"html"_qs}) {
            const Outcome written = cli.document(e.command, e.options + QStringList{u"-o"_qs, e.name + u"."_qs + format}, e.meeting);
            INFO(e.name.toStdString() << "." << format.toStdString() << ": " << written.err.toStdString());
            REQUIRE(written.exitCode == 0);
        }
        odts << cli.path(e.name + u".odt"_qs);
    }

    // One LibreOffice for every file, with a profile of its own (never the user's). Its first
    // start makes that profile: minutes on a loaded CI machine, not seconds.
    QTemporaryDir profile;
    REQUIRE(profile.isValid());
    const QString converted = cli.path(u"libreoffice"_qs);
    QuorumTest::toolOutputWithin(soffice, QStringList{u"-env:UserInstallation=file://"_qs + profile.path(), u"--headless"_qs,
                                                u"--convert-to"_qs, u"pdf"_qs, u"--outdir"_qs, converted}
                                        + odts,
                               10 * 60 * 1000);

    for (const Export &e : exports) {
        INFO(e.name.toStdString());
        const QString ours = cli.path(e.name + u".pdf"_qs);
        const QString theirs = QDir(converted).filePath(e.name + u".pdf"_qs);
        REQUIRE(QFileInfo::exists(theirs));
        const QMap<QString, int> expected = wordCounts(htmlBodyText(QuorumTest::readFile(cli.path(e.name + u".html"_qs))));
        REQUIRE(expected.size() > 100);
        const QStringList missing = missingWords(expected, QuorumTest::popplerTool(u"pdftotext"_qs, {theirs, u"-"_qs}));
        INFO("words of the document missing from LibreOffice's PDF: " << missing.join(u", "_qs).toStdString());
        CHECK(missing.isEmpty());
        const int pages = QuorumTest::pdfPageCount(ours);
        const int openedPages = QuorumTest::pdfPageCount(theirs);
        INFO("pages: Quorum " << pages << ", LibreOffice " << openedPages);
        CHECK(qAbs(pages - openedPages) <= 1);
        // The charts are there too: as many pictures as in Quorum's PDF.
        CHECK(pictureCount(theirs) == pictureCount(ours));
    }
}
