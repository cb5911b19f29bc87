// SPDX-License-Identifier: GPL-3.0-or-later
#include "minutespreview.h"

#include "documents/renderers.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace Quorum {
namespace {

// Zoom steps; 1 shows A4 at about its size on a common screen.
constexpr std::array zoomSteps = {0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0};
constexpr int screenDpi = 96;
constexpr int pauseMs = 500; // after the last keystroke, so typing never waits on a layout

QAction *makeAction(QWidget *owner, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(owner);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

MinutesPreview::MinutesPreview(QWidget *parent)
    : QWidget(parent), m_debounce(new QTimer(this)), m_languageLabel(new QLabel(this)), m_languageBox(new QComboBox(this)),
      m_exportButton(new QToolButton(this)), m_export(nullptr), m_exported(new QLabel(this)),
      m_previousButton(new QToolButton(this)), m_nextButton(new QToolButton(this)), m_zoomOutButton(new QToolButton(this)),
      m_zoomInButton(new QToolButton(this)), m_pageLabel(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_view(new QLabel)
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(pauseMs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });

    // French, Dutch, both side by side, both one after the other.
    for (int i = 0; i < 4; ++i)
        m_languageBox->addItem(QString(), i);
    m_languageBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languageLabel->setBuddy(m_languageBox);
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, [this] {
        m_page = 0;
        m_outOfDate = true;
        if (isVisible())
            refresh();
    });

    // Presenter-style keys: Page Up/Down turn pages, Ctrl+Plus/Minus zoom.
    m_previous = makeAction(this, {QKeySequence(Qt::Key_PageUp)});
    m_next = makeAction(this, {QKeySequence(Qt::Key_PageDown)});
    m_zoomIn = makeAction(this, {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut = makeAction(this, {QKeySequence(QKeySequence::ZoomOut)});
    connect(m_previous, &QAction::triggered, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QAction::triggered, this, [this] { showPage(m_page + 1); });
    connect(m_zoomIn, &QAction::triggered, this, [this] { zoomBy(1); });
    // The secretary's last step: send what the preview shows.
    m_export = makeAction(this, {QKeySequence(Qt::CTRL | Qt::Key_E)});
    connect(m_export, &QAction::triggered, this, &MinutesPreview::exportWithDialog);
    connect(m_exportButton, &QToolButton::clicked, m_export, &QAction::trigger);
    m_exported->setTextFormat(Qt::PlainText);
    connect(m_zoomOut, &QAction::triggered, this, [this] { zoomBy(-1); });
    for (auto [button, action] : {std::pair{m_previousButton, m_previous}, std::pair{m_nextButton, m_next},
                                  std::pair{m_zoomOutButton, m_zoomOut}, std::pair{m_zoomInButton, m_zoomIn}}) {
        button->setDefaultAction(action);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_pageLabel->setTextFormat(Qt::PlainText);

    m_view->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_view->setBackgroundRole(QPalette::Dark);
    m_view->setAutoFillBackground(true);
    m_view->setMargin(12);
    m_view->setWordWrap(true);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_scroll);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_languageLabel);
    bar->addWidget(m_languageBox);
    bar->addSpacing(12);
    bar->addWidget(m_previousButton);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_nextButton);
    bar->addStretch();
    bar->addWidget(m_zoomOutButton);
    bar->addWidget(m_zoomInButton);
    bar->addWidget(m_exportButton);
    bar->addWidget(m_exported);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    retranslate();
}

void MinutesPreview::setSource(Source source)
{
    m_source = std::move(source);
    m_page = 0;
    m_outOfDate = true;
    if (isVisible())
        refresh();
}

void MinutesPreview::setLanguages(DocumentLanguages languages)
{
    m_languageBox->setCurrentIndex(languages == DocumentLanguages::French ? 0 : languages == DocumentLanguages::Dutch ? 1 : 2);
}

MinutesOptions MinutesPreview::options() const
{
    switch (m_languageBox->currentIndex()) {
    case 0: return {DocumentLanguages::French, MinutesLayout::Columns};
    case 1: return {DocumentLanguages::Dutch, MinutesLayout::Columns};
    case 3: return {DocumentLanguages::Both, MinutesLayout::Sequential};
    default: return {DocumentLanguages::Both, MinutesLayout::Columns};
    }
}

void MinutesPreview::invalidate()
{
    m_outOfDate = true;
    // Nobody looking: nothing to do until the preview is shown again.
    if (isVisible())
        m_debounce->start();
}

void MinutesPreview::refresh()
{
    m_debounce->stop();
    render();
}

void MinutesPreview::render()
{
    m_outOfDate = false;
    m_pages.clear();
    m_message.clear();
    m_renderedDpi = qRound(screenDpi * m_zoom * devicePixelRatioF());
    if (m_source) {
        const MinutesOptions chosen = options();
        auto document = m_source(chosen);
        if (!document) {
            m_message = document.error();
            updatePage();
            return;
        }
        auto pages = renderPages(document.value(), chosen.languages, m_renderedDpi);
        if (!pages) {
            m_message = pages.error();
            emit failed(pages.error());
            updatePage();
            return;
        }
        m_pages = pages.take();
        ++m_renders;
    }
    m_page = std::clamp(m_page, 0, int(qMax(0, m_pages.size() - 1)));
    updatePage();
}

void MinutesPreview::showPage(int index)
{
    if (m_pages.isEmpty())
        return;
    const int page = std::clamp(index, 0, int(m_pages.size() - 1));
    if (page == m_page)
        return;
    m_page = page;
    updatePage();
    m_scroll->verticalScrollBar()->setValue(0);
}

void MinutesPreview::zoomBy(int steps)
{
    auto it = std::find_if(zoomSteps.cbegin(), zoomSteps.cend(), [this](double z) { return z >= m_zoom - 0.001; });
    int index = int(it - zoomSteps.cbegin());
    index = std::clamp(index + steps, 0, int(zoomSteps.size()) - 1);
    if (zoomSteps.at(index) == m_zoom)
        return;
    m_zoom = zoomSteps.at(index);
    // Drawn again at the new size rather than scaled: text stays sharp at every zoom.
    render();
}

void MinutesPreview::updatePage()
{
    if (m_pages.isEmpty()) {
        m_view->setText(m_message.isEmpty() ? tr("Nothing to preview.") : m_message);
        m_pageLabel->clear();
    } else {
        QPixmap pixmap = QPixmap::fromImage(m_pages.at(m_page));
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        m_view->setPixmap(pixmap);
        m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(m_pages.size()));
    }
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < m_pages.size());
    m_zoomOut->setEnabled(m_zoom > zoomSteps.front());
    m_zoomIn->setEnabled(m_zoom < zoomSteps.back());
    m_zoomOutButton->setToolTip(tr("Zoom out (%1): now %2 %").arg(m_zoomOut->shortcut().toString(QKeySequence::NativeText)).arg(qRound(m_zoom * 100)));
    m_zoomInButton->setToolTip(tr("Zoom in (%1): now %2 %").arg(m_zoomIn->shortcut().toString(QKeySequence::NativeText)).arg(qRound(m_zoom * 100)));
}

void MinutesPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Edits made while it was hidden: drawn now, at once, so what shows is never stale.
    if (m_outOfDate)
        refresh();
}

void MinutesPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

Result<void> MinutesPreview::exportTo(const QString &path)
{
    if (!m_source)
        return Result<void>::failure(tr("Choose a meeting first."));
    const auto format = documentFormatFromFileName(path);
    if (!format)
        return Result<void>::failure(tr("%1: name the file .pdf, .odt, .html or .md.").arg(path));
    const MinutesOptions chosen = options();
    auto document = m_source(chosen);
    if (!document)
        return Result<void>::failure(document.error());
    return writeDocument(document.value(), *format, chosen.languages, path);
}

void MinutesPreview::exportWithDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export the minutes"),
                                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                tr("PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;Markdown (*.md)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_qs;
    if (auto written = exportTo(path); !written) {
        emit failed(written.error());
        return;
    }
    m_exported->setText(tr("Exported to %1").arg(QFileInfo(path).fileName()));
}

void MinutesPreview::retranslate()
{
    m_export->setText(tr("&Export…"));
    m_exportButton->setText(tr("Export… (Ctrl+E)"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageBox->setItemText(0, tr("French"));
    m_languageBox->setItemText(1, tr("Dutch"));
    m_languageBox->setItemText(2, tr("Both, side by side"));
    m_languageBox->setItemText(3, tr("Both, one after the other"));
    m_previous->setText(tr("◀ Previous page"));
    m_next->setText(tr("Next page ▶"));
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomOut->setText(tr("Zoom out"));
    m_previousButton->setToolTip(tr("Previous page (Page Up)"));
    m_nextButton->setToolTip(tr("Next page (Page Down)"));
    updatePage();
}

} // namespace Quorum
