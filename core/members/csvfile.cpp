// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvfile.h"

#include "text/cleantext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace Quorum {
namespace {

struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Members)
};

template<typename T = CsvTable>
Result<T> refuse(const QString &message)
{
    return Result<T>::failure(message);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// UTF-8 when the bytes are valid UTF-8 (what LibreOffice and Excel's "CSV UTF-8" write),
// else Windows-1252: Excel's "CSV (separator: semicolon)" in a French or Dutch Windows.
// Latin-1 is a subset of it for every letter a council's names hold (é, ë, ç, ß), and
// Windows-1252 adds œ, €, and the typographic apostrophe ’ Excel puts in "l’ASBL".
QString decode(const QByteArray &bytes, QString *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = u"UTF-8 (BOM)"_qs;
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *encoding = u"UTF-16"_qs;
        QStringDecoder utf16(QStringDecoder::Utf16); // follows the BOM's byte order
        return utf16(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        *encoding = u"UTF-8"_qs;
        return text;
    }
    QStringDecoder windows("windows-1252");
    if (windows.isValid()) {
        *encoding = u"Windows-1252"_qs;
        return windows(bytes);
    }
    *encoding = u"Latin-1"_qs; // a Qt built without ICU: the letters still come through
    return QString::fromLatin1(bytes);
}

// Text has few control characters; a picture, an archive or a database has many (and NULs,
// which no spreadsheet writes into CSV). A byte that is not UTF-8 becomes U+FFFD and counts as
// odd; a U+FFFD the file really holds (as Quorum's own export writes one it read) is text.
bool looksBinary(const QByteArray &bytes, const QString &text, const QString &encoding)
{
    if (encoding != u"UTF-16" && bytes.left(65536).contains('\0'))
        return true;
    qsizetype odd = 0;
    qsizetype replacements = 0;
    const qsizetype sample = qMin<qsizetype>(text.size(), 65536);
    for (qsizetype i = 0; i < sample; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0xFFFD)
            ++replacements;
        else if (c == 0 || (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'))
            ++odd;
    }
    // The sample's characters take at most 3 bytes each in UTF-8.
    const qsizetype written = encoding.startsWith(u"UTF-8"_qs) ? bytes.left(3 * sample + 3).count("\xEF\xBF\xBD") : 0;
    odd += qMax<qsizetype>(0, replacements - written);
    return odd * 100 > sample; // more than 1 %
}

// The separator the header line uses most, outside quotes: ';' then ',' then tab on a tie.
QChar detectSeparator(const QString &text)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return u'\t';
    if (commas > semicolons)
        return u',';
    return u';';
}

bool emptyRow(const QStringList &row)
{
    for (const QString &cell : row)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

Result<CsvTable> parseCsv(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return refuse(CsvText::tr("The file is empty."));
    if (bytes.size() > csvMaximumBytes)
        return refuse(CsvText::tr("The file is too large (%1 MB): a list of members is read up to %2 MB.")
                          .arg(megabytes(bytes.size()), megabytes(csvMaximumBytes)));
    CsvTable table;
    const QString text = decode(bytes, &table.encoding);
    if (looksBinary(bytes, text, table.encoding))
        return refuse(CsvText::tr("The file is not a text file: save the spreadsheet as CSV (or as tab-separated text) "
                                  "and choose that file."));
    table.separator = detectSeparator(text);

    QStringList row;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the field began with a quote
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    auto endField = [&] {
        // Control characters go as they go wherever text enters (cleanText): a cell keeps no
        // escape or unit separator that the export would write back as a "binary" file. A
        // byte-order mark inside the text (two exports pasted together) goes too: invisible,
        // and written back at the start of a cell it would be read as the file's own mark.
        QString cell = cleanText(field);
        cell.remove(QChar(0xFEFF));
        row << cell;
        field.clear();
        wasQuoted = false;
    };
    auto endRow = [&]() -> Result<void> {
        endField();
        if (row.size() > csvMaximumColumns)
            return Result<void>::failure(CsvText::tr("Line %1 has %2 columns: at most %3 are read. Is this a list of members?")
                                             .arg(rowLine)
                                             .arg(row.size())
                                             .arg(csvMaximumColumns));
        if (!emptyRow(row)) {
            if (table.rows.size() >= csvMaximumRows)
                return Result<void>::failure(CsvText::tr("The file has more than %1 rows: a list of members is read up to %1.")
                                                 .arg(csvMaximumRows));
            table.rows << row;
            table.lines << rowLine;
        }
        row.clear();
        return {};
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                // The quoted text up to the next quote at once, its line breaks counted.
                qsizetype end = text.indexOf(u'"', i);
                if (end < 0)
                    end = size;
                for (qsizetype j = i; j < end; ++j) {
                    const QChar d = text.at(j);
                    if (d == u'\n' || (d == u'\r' && !(j + 1 < size && text.at(j + 1) == u'\n')))
                        ++line;
                }
                field += QStringView(text).sliced(i, end - i);
                i = end - 1;
            }
            continue;
        }
        if (c == table.separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            if (auto ended = endRow(); !ended)
                return refuse(ended.error());
            ++line;
            rowLine = line;
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteLine = line;
        } else {
            // A quote inside an unquoted field, or text after a closing quote: kept as written.
            // The run of ordinary characters up to the next separator or line end at once:
            // a 10,000-row file is read cell by cell, not character by character.
            qsizetype end = i + 1;
            while (end < size) {
                const QChar d = text.at(end);
                if (d == table.separator || d == u'\r' || d == u'\n')
                    break;
                ++end;
            }
            field += QStringView(text).sliced(i, end - i);
            i = end - 1;
        }
    }
    if (quoted)
        return refuse(CsvText::tr("Line %1 opens a quoted cell that never closes: the file is cut short or damaged.")
                          .arg(quoteLine));
    if (!field.isEmpty() || !row.isEmpty() || wasQuoted) {
        if (auto ended = endRow(); !ended)
            return refuse(ended.error());
    }
    if (table.rows.isEmpty())
        return refuse(CsvText::tr("The file is empty."));
    return table;
}

Result<CsvTable> readCsvFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(CsvText::tr("%1 does not exist.").arg(path));
    if (info.isDir())
        return refuse(CsvText::tr("%1 is a folder, not a file.").arg(path));
    // Checked before reading: a 100 MB file is refused without being loaded.
    if (info.size() > csvMaximumBytes)
        return refuse(CsvText::tr("The file is too large (%1 MB): a list of members is read up to %2 MB.")
                          .arg(megabytes(info.size()), megabytes(csvMaximumBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(CsvText::tr("%1 cannot be read (%2).").arg(path, file.errorString()));
    const QByteArray bytes = file.read(csvMaximumBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return refuse(CsvText::tr("%1 cannot be read (%2).").arg(path, file.errorString()));
    return parseCsv(bytes);
}

namespace {
bool startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}
} // namespace

QString protectFormula(const QString &cell)
{
    return startsLikeFormula(cell) ? u'\'' + cell : cell;
}

QString unprotectFormula(const QString &cell)
{
    if (cell.size() > 1 && cell.front() == u'\'' && startsLikeFormula(cell.mid(1)))
        return cell.mid(1);
    return cell;
}

QByteArray writeCsv(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &raw : row) {
            const QString cell = protectFormula(raw);
            // Quoted when it holds any separator a reader might take for the file's (a comma
            // or a tab too, not only ours), a quote or a line break: a header cell with commas
            // would otherwise make the file read as comma-separated.
            const bool quote = std::any_of(cell.cbegin(), cell.cend(), [](QChar c) {
                return c == u';' || c == u',' || c == u'\t' || c == u'"' || c == u'\n' || c == u'\r';
            });
            if (quote)
                cells << u'"' + QString(cell).replace(u"\""_qs, u"\"\""_qs) + u'"';
            else
                cells << cell;
        }
        text += cells.join(u';') + u"\r\n";
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace Quorum
