// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/odfpackage.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <zip.h>

#include <ctime>
#include <memory>

namespace Quorum {

namespace {

constexpr char textMimeType[] = "application/vnd.oasis.opendocument.text";

QByteArray manifest(const QList<OdfPart> &parts)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"), QStringLiteral("manifest"));
    const QString ns = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    w.writeStartElement(ns, QStringLiteral("manifest"));
    w.writeAttribute(ns, QStringLiteral("version"), QStringLiteral("1.3"));
    auto entry = [&](const QString &path, const QString &type) {
        w.writeEmptyElement(ns, QStringLiteral("file-entry"));
        w.writeAttribute(ns, QStringLiteral("full-path"), path);
        if (path == u"/")
            w.writeAttribute(ns, QStringLiteral("version"), QStringLiteral("1.3"));
        w.writeAttribute(ns, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QString::fromLatin1(textMimeType));
    for (const OdfPart &part : parts)
        entry(part.path, part.mediaType);
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

struct ArchiveCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

struct SourceFreer
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};

QString failed(const char *what)
{
    return QCoreApplication::translate("Quorum::Documents", "The ODT could not be written (%1).").arg(QString::fromUtf8(what));
}

} // namespace

Result<QByteArray> odfPackage(const QList<OdfPart> &parts)
{
    using R = Result<QByteArray>;
    // Every entry keeps the bytes it points to until the archive is closed: hold them here.
    QList<QByteArray> contents{QByteArray(textMimeType)};
    QStringList names{QStringLiteral("mimetype")};
    for (const OdfPart &part : parts) {
        contents.append(part.bytes);
        names.append(part.path);
    }
    contents.append(manifest(parts));
    names.append(QStringLiteral("META-INF/manifest.xml"));

    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceFreer> memory(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!memory)
        return R::failure(failed(zip_error_strerror(&error)));
    std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open_from_source(memory.get(), ZIP_TRUNCATE, &error));
    if (!archive)
        return R::failure(failed(zip_error_strerror(&error)));
    zip_source_keep(memory.get()); // the archive frees its reference on closing; the bytes are read after

    // 2000-01-01 00:00 local time: a fixed date, so that the same document is the same file.
    std::tm fixed{};
    fixed.tm_year = 100;
    fixed.tm_mday = 1;
    fixed.tm_isdst = -1;
    const time_t when = std::mktime(&fixed);
    for (qsizetype i = 0; i < contents.size(); ++i) {
        zip_source_t *source = zip_source_buffer(archive.get(), contents.at(i).constData(), zip_uint64_t(contents.at(i).size()), 0);
        if (!source)
            return R::failure(failed(zip_strerror(archive.get())));
        const zip_int64_t index = zip_file_add(archive.get(), names.at(i).toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return R::failure(failed(zip_strerror(archive.get())));
        }
        // The mimetype is stored as it is (ODF 1.3, part 2, 3.3); pictures are compressed already.
        const bool stored = i == 0 || names.at(i).endsWith(u".png");
        if (zip_set_file_compression(archive.get(), zip_uint64_t(index), stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) < 0
            || zip_file_set_mtime(archive.get(), zip_uint64_t(index), when, 0) < 0)
            return R::failure(failed(zip_strerror(archive.get())));
    }
    if (zip_close(archive.get()) < 0)
        return R::failure(failed(zip_strerror(archive.get())));
    archive.release(); // zip_close freed it

    zip_source_t *bytes = memory.get();
    if (zip_source_open(bytes) < 0)
        return R::failure(failed(zip_error_strerror(zip_source_error(bytes))));
    QByteArray out;
    char chunk[65536];
    for (;;) {
        const zip_int64_t read = zip_source_read(bytes, chunk, sizeof chunk);
        if (read < 0) {
            zip_source_close(bytes);
            return R::failure(failed(zip_error_strerror(zip_source_error(bytes))));
        }
        if (read == 0)
            break;
        out.append(chunk, qsizetype(read));
    }
    zip_source_close(bytes);
    return out;
}

} // namespace Quorum
