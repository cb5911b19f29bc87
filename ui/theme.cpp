// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace Quorum {

void applyTheme(QApplication &application, bool dark)
{
    application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    if (dark) {
        p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
        p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Button, QColor(0x33, 0x35, 0x3a));
        p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x35, 0x3a));
        p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    } else {
        p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
        p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
        p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
        p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
        p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
        p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xc5));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x73, 0x7d));
    }
    application.setPalette(p);
}

} // namespace Quorum
