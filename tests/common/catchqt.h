// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lets Catch2 print Qt values in failure messages instead of "{?}".

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.left(400).toStdString() + '"'; }
};

template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};

template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &value) { return value.toString(Qt::ISODate).toStdString(); }
};

template<>
struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &value)
    {
        if (!value.isValid())
            return "<invalid>";
        if (value.isNull())
            return std::string("<null ") + value.typeName() + ">";
        return std::string(value.typeName()) + "(" + value.toString().toStdString() + ")";
    }
};

} // namespace Catch
