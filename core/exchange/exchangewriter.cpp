// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/exchangewriter.h"

#include "jsonexchange.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

#include <algorithm>
#include <vector>

namespace Quorum {
namespace {

// Collects the text and hands it to the device in large blocks: one write() per record
// would cost a system call each on an unbuffered device.
class BlockWriter
{
public:
    explicit BlockWriter(QIODevice &out) : m_out(out) { m_block.reserve(blockSize + 64 * 1024); }

    void append(const QByteArray &bytes)
    {
        m_block += bytes;
        if (m_block.size() >= blockSize)
            flush();
    }
    void append(const char *bytes) { append(QByteArray::fromRawData(bytes, qsizetype(qstrlen(bytes)))); }

    bool flush()
    {
        if (m_failed)
            return false;
        if (!m_block.isEmpty() && m_out.write(m_block) != m_block.size())
            m_failed = true;
        m_block.clear();
        return !m_failed;
    }
    bool failed() const { return m_failed; }

private:
    static constexpr qsizetype blockSize = 1024 * 1024;
    QIODevice &m_out;
    QByteArray m_block;
    bool m_failed = false;
};

// A record as QJsonDocument::Indented writes it inside the root object's array: the record
// alone, each line moved two levels (eight spaces) in. Strings never span lines (a line
// break is written \n), so the shift is exact, and the escaping is Qt's own.
QByteArray indentedRecord(const Record &record)
{
    const QByteArray alone = QJsonDocument(recordToJson(record)).toJson(QJsonDocument::Indented);
    QByteArray shifted;
    shifted.reserve(alone.size() + alone.count('\n') * 8);
    const QByteArray indent(8, ' ');
    qsizetype start = 0;
    while (start < alone.size()) {
        qsizetype end = alone.indexOf('\n', start);
        if (end < 0)
            end = alone.size();
        shifted += indent;
        shifted += QByteArrayView(alone).sliced(start, end - start);
        if (end + 1 < alone.size())
            shifted += '\n';
        start = end + 1;
    }
    return shifted;
}

QByteArray quoted(const QString &key)
{
    return "    \"" + key.toUtf8() + "\": ";
}

} // namespace

Result<void> writeExchange(const Database &database, QIODevice &out)
{
    // QJsonObject keeps its keys sorted: the sections and the two header keys, in that order.
    struct Section
    {
        QString key;
        std::optional<Entity> entity; // none for the header keys
    };
    std::vector<Section> sections{{u"format"_qs, std::nullopt}, {u"formatVersion"_qs, std::nullopt}};
    for (Entity entity : allEntities)
        sections.push_back({entitySpec(entity).jsonKey, entity});
    std::sort(sections.begin(), sections.end(), [](const Section &a, const Section &b) { return a.key < b.key; });

    BlockWriter writer(out);
    writer.append("{\n");
    for (std::size_t i = 0; i < sections.size(); ++i) {
        const Section &section = sections.at(i);
        writer.append(quoted(section.key));
        if (!section.entity) {
            writer.append(section.key == u"format" ? QByteArray("\"").append(exchangeFormatName).append('"')
                                                    : QByteArray::number(exchangeFormatVersion));
        } else {
            writer.append("[\n");
            bool first = true;
            const Result<void> read = database.forEachRecord(*section.entity, [&](const Record &record) {
                if (!first)
                    writer.append(",\n");
                first = false;
                writer.append(indentedRecord(record));
                return !writer.failed();
            });
            if (!read)
                return read;
            writer.append(first ? "    ]" : "\n    ]");
        }
        writer.append(i + 1 < sections.size() ? ",\n" : "\n");
        if (writer.failed())
            break;
    }
    writer.append("}\n");
    if (!writer.flush())
        return Result<void>::failure(out.errorString());
    return {};
}

} // namespace Quorum
