// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

namespace Quorum {

// A tab's page whose panel is made the first time it is needed (shown, or asked for by
// --view or a test), not when the workspace opens: a ten-year workspace opens on the tab in
// view without building, loading and laying out the others.
class LazyTab : public QWidget
{
public:
    explicit LazyTab(std::function<QWidget *()> build, QWidget *parent = nullptr);
    // The panel, made now when it does not exist yet.
    QWidget *content();
    bool isBuilt() const { return m_content != nullptr; }

private:
    std::function<QWidget *()> m_build;
    QWidget *m_content = nullptr;
};

} // namespace Quorum
