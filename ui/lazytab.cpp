// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazytab.h"

#include <QVBoxLayout>

namespace Quorum {

LazyTab::LazyTab(std::function<QWidget *()> build, QWidget *parent) : QWidget(parent), m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyTab::content()
{
    if (m_content)
        return m_content;
    m_content = m_build();
    m_build = nullptr; // what it captured is no longer needed
    layout()->addWidget(m_content);
    // A child added to a page already on screen would only appear on the next event loop.
    if (isVisible())
        m_content->show();
    return m_content;
}

} // namespace Quorum
