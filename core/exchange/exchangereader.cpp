// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/exchangereader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

#include <nlohmann/json.hpp>

#include <iterator>
#include <limits>
#include <vector>

namespace Quorum {
namespace {

using Json = nlohmann::json;

// The file as the tokenizer sees it: buffered reads from the device, with the byte offset
// and line of what was read. It also follows string tokens (a quote opens, an unescaped
// quote closes) and ends the input early when one grows past exchangeMaxStringBytes, so
// that a hostile file never makes the tokenizer hold a huge string.
class DeviceInput
{
public:
    DeviceInput(QIODevice &device, qint64 start) : m_device(device), m_offset(start)
    {
        if (!m_device.seek(start))
            m_readFailed = true;
    }

    bool atEnd()
    {
        if (m_stringTooLong || m_readFailed)
            return true;
        if (m_next < m_filled)
            return false;
        return !refill();
    }
    char current() const { return m_buffer[m_next]; }
    void advance()
    {
        const char c = m_buffer[m_next++];
        ++m_offset;
        if (c == '\n')
            ++m_line;
        if (!m_inString) {
            if (c == '"') {
                m_inString = true;
                m_stringBytes = 0;
            }
            return;
        }
        if (m_escaped)
            m_escaped = false;
        else if (c == '\\')
            m_escaped = true;
        else if (c == '"')
            m_inString = false;
        if (++m_stringBytes > exchangeMaxStringBytes)
            m_stringTooLong = true;
    }

    qint64 offset() const { return m_offset; } // of the next byte
    qint64 line() const { return m_line; }
    bool stringTooLong() const { return m_stringTooLong; }
    bool readFailed() const { return m_readFailed; }
    QString errorString() const { return m_device.errorString(); }

private:
    bool refill()
    {
        constexpr qint64 chunk = 256 * 1024;
        if (m_buffer.size() < chunk)
            m_buffer.resize(chunk);
        const qint64 read = m_device.read(m_buffer.data(), chunk);
        if (read < 0)
            m_readFailed = true;
        m_next = 0;
        m_filled = read > 0 ? qsizetype(read) : 0;
        return m_filled > 0;
    }

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_next = 0;
    qsizetype m_filled = 0;
    qint64 m_offset = 0;
    qint64 m_line = 1;
    bool m_inString = false;
    bool m_escaped = false;
    qint64 m_stringBytes = 0;
    bool m_stringTooLong = false;
    bool m_readFailed = false;
};

// What nlohmann-json's input adapter wants: an input iterator of char. The default one is
// the end; any other compares equal to it once the input is exhausted.
class InputIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = char;

    InputIterator() = default;
    explicit InputIterator(DeviceInput *input) : m_input(input) {}
    char operator*() const { return m_input->current(); }
    InputIterator &operator++()
    {
        m_input->advance();
        return *this;
    }
    bool operator==(const InputIterator &other) const { return ended() == other.ended(); }
    bool operator!=(const InputIterator &other) const { return !(*this == other); }

private:
    bool ended() const { return !m_input || m_input->atEnd(); }
    DeviceInput *m_input = nullptr;
};

// The messages share the exchange's context, with a literal name lupdate can read.
struct ExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Exchange)
};

// Events common to both passes: the depth limit, and the message of whatever stopped the
// parse (ours, or the tokenizer's).
class Handler : public nlohmann::json_sax<Json>
{
public:
    Handler(DeviceInput &input, const QString &sourceName) : m_input(input), m_source(sourceName) {}

    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &error) override
    {
        if (m_error.isEmpty()) {
            // "[json.exception.parse_error.101] parse error at line 1, column 12: syntax error
            // while parsing value - unexpected end of input; ...": the reason is after the place.
            QString reason = QString::fromUtf8(error.what());
            if (const qsizetype colon = reason.indexOf(u": "); colon >= 0)
                reason = reason.mid(colon + 2);
            m_error = ExchangeText::tr("%1: not valid JSON at line %2 (%3).").arg(m_source).arg(m_input.line()).arg(reason);
        }
        return false;
    }

    // Binary values exist only in the tokenizer's binary formats, never in JSON.
    bool binary(binary_t &) override { return fail(ExchangeText::tr("%1: not valid JSON.").arg(m_source)); }

    // The message for a parse that returned false.
    QString failure() const
    {
        if (m_input.stringTooLong())
            return ExchangeText::tr("%1: line %2 holds a text longer than %3 MB, more than any field of a workspace allows; nothing was imported.")
                .arg(m_source)
                .arg(m_input.line())
                .arg(exchangeMaxStringBytes / (1024 * 1024));
        if (m_input.readFailed())
            return ExchangeText::tr("%1: cannot be read (%2).").arg(m_source, m_input.errorString());
        return m_error.isEmpty() ? ExchangeText::tr("%1: not valid JSON at line %2.").arg(m_source).arg(m_input.line()) : m_error;
    }

protected:
    bool enter()
    {
        if (++m_depth <= exchangeMaxDepth)
            return true;
        return fail(ExchangeText::tr("%1: values nested more than %2 levels deep at line %3; a workspace export has at most four.")
                        .arg(m_source)
                        .arg(exchangeMaxDepth)
                        .arg(m_input.line()));
    }
    void leave() { --m_depth; }
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    DeviceInput &m_input;
    const QString &m_source;
    int m_depth = 0;
    QString m_error;
};

// The first pass: everything is checked for syntax and limits; only the root's members are noted.
class ScanHandler : public Handler
{
public:
    ScanHandler(DeviceInput &input, const QString &sourceName, const QSet<QString> &sectionKeys)
        : Handler(input, sourceName), m_sectionKeys(sectionKeys)
    {}
    ExchangeLayout layout;

    bool null() override { return value(QJsonValue::Null); }
    bool boolean(bool v) override { return value(v); }
    bool number_integer(number_integer_t v) override { return value(qint64(v)); }
    bool number_unsigned(number_unsigned_t v) override
    {
        return value(v <= quint64(std::numeric_limits<qint64>::max()) ? QJsonValue(qint64(v)) : QJsonValue(double(v)));
    }
    bool number_float(number_float_t v, const string_t &) override { return value(v); }
    bool string(string_t &v) override
    {
        // Only the root's own strings are kept ("format"); the rest is not converted at all.
        return value(m_depth == 1 ? QJsonValue(QString::fromUtf8(v.data(), qsizetype(v.size()))) : QJsonValue());
    }
    bool start_object(std::size_t) override
    {
        if (m_depth == 0)
            layout.rootIsObject = true;
        else
            value(QJsonObject());
        return enter();
    }
    bool start_array(std::size_t) override
    {
        if (m_depth == 1 && m_sectionKeys.contains(m_key)) {
            layout.sections.insert(m_key, m_input.offset() - 1); // the '[' was the last byte read
        } else if (m_depth > 0) {
            value(QJsonArray());
        }
        return enter();
    }
    bool end_object() override
    {
        leave();
        return true;
    }
    bool end_array() override
    {
        leave();
        return true;
    }
    bool key(string_t &k) override
    {
        if (m_depth == 1)
            m_key = QString::fromUtf8(k.data(), qsizetype(k.size()));
        return true;
    }

private:
    bool value(const QJsonValue &v)
    {
        if (m_depth != 1)
            return true;
        if (m_key == u"format")
            layout.format = v;
        else if (m_key == u"formatVersion")
            layout.version = v;
        else if (m_sectionKeys.contains(m_key))
            layout.sections.insert(m_key, -1);
        else if (!layout.unknownKey)
            layout.unknownKey = m_key;
        return true;
    }

    const QSet<QString> &m_sectionKeys;
    QString m_key;
};

// The second pass over one section: each element is built as a QJsonValue alone and handed on.
class SectionHandler : public Handler
{
public:
    using Each = std::function<Result<void>(const QJsonValue &, qsizetype)>;
    SectionHandler(DeviceInput &input, const QString &sourceName, const Each &each) : Handler(input, sourceName), m_each(each) {}

    bool null() override { return value(QJsonValue::Null); }
    bool boolean(bool v) override { return value(v); }
    bool number_integer(number_integer_t v) override { return value(qint64(v)); }
    bool number_unsigned(number_unsigned_t v) override
    {
        // As Qt's own parser: whole numbers within qint64 stay whole, larger ones become doubles.
        return value(v <= quint64(std::numeric_limits<qint64>::max()) ? QJsonValue(qint64(v)) : QJsonValue(double(v)));
    }
    bool number_float(number_float_t v, const string_t &) override { return value(v); }
    bool string(string_t &v) override { return value(QString::fromUtf8(v.data(), qsizetype(v.size()))); }
    bool start_object(std::size_t) override
    {
        if (m_depth > 0)
            m_open.push_back({true, {}, {}, {}});
        return count() && enter();
    }
    bool start_array(std::size_t) override
    {
        if (m_depth > 0)
            m_open.push_back({false, {}, {}, {}});
        return count() && enter();
    }
    bool key(string_t &k) override
    {
        m_open.back().key = QString::fromUtf8(k.data(), qsizetype(k.size()));
        return true;
    }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

private:
    struct Open
    {
        bool isObject;
        QJsonObject object;
        QJsonArray array;
        QString key;
    };

    bool count()
    {
        if (m_depth < 1 || ++m_values <= exchangeMaxValuesPerRecord)
            return true;
        return fail(ExchangeText::tr("%1: the record at line %2 holds more than %3 values; a workspace record has a few dozen.")
                        .arg(m_source)
                        .arg(m_input.line())
                        .arg(exchangeMaxValuesPerRecord));
    }

    bool close()
    {
        leave();
        if (m_depth == 0)
            return true; // the section's own ']': the parse ends here
        Open done = std::move(m_open.back());
        m_open.pop_back();
        return value(done.isObject ? QJsonValue(done.object) : QJsonValue(done.array));
    }

    bool value(const QJsonValue &v)
    {
        if (m_depth == 0)
            return fail(ExchangeText::tr("%1: not valid JSON.").arg(m_source)); // the section is no array after all
        if (!m_open.empty()) {
            Open &parent = m_open.back();
            if (parent.isObject)
                parent.object.insert(parent.key, v);
            else
                parent.array.append(v);
            return count();
        }
        m_values = 0;
        if (auto handled = m_each(v, m_index++); !handled)
            return fail(handled.error());
        return true;
    }

    const Each &m_each;
    std::vector<Open> m_open; // the containers of the element being read, outermost first
    qsizetype m_index = 0;
    int m_values = 0;
};

} // namespace

Result<ExchangeLayout> scanExchange(QIODevice &in, const QString &sourceName, const QSet<QString> &sectionKeys)
{
    DeviceInput input(in, 0);
    ScanHandler handler(input, sourceName, sectionKeys);
    if (!Json::sax_parse(InputIterator(&input), InputIterator(), &handler))
        return Result<ExchangeLayout>::failure(handler.failure());
    return handler.layout;
}

Result<void> readExchangeSection(QIODevice &in, qint64 offset, const QString &sourceName,
                                 const std::function<Result<void>(const QJsonValue &, qsizetype)> &each)
{
    DeviceInput input(in, offset);
    SectionHandler handler(input, sourceName, each);
    // Not strict: the section ends at its ']', whatever follows it in the file.
    if (!Json::sax_parse(InputIterator(&input), InputIterator(), &handler, nlohmann::json::input_format_t::json, false))
        return Result<void>::failure(handler.failure());
    return {};
}

} // namespace Quorum
