// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/document.h"
#include "documents/minutes.h"

#include <QImage>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QScrollArea;
class QTimer;
class QToolButton;

namespace Quorum {

// The minutes as they will print: the PDF's pages drawn by the PDF renderer itself, one
// page at a time at a readable zoom, in French, Dutch or both. It redraws only while it is
// on screen: edits mark it out of date, and it catches up half a second after the last one
// or as soon as it is shown again.
class MinutesPreview : public QWidget
{
    Q_OBJECT

public:
    // What to preview in the chosen languages and layout: the document, or a message
    // saying why there is none.
    using Source = std::function<Result<Document>(const MinutesOptions &options)>;

    explicit MinutesPreview(QWidget *parent = nullptr);

    void setSource(Source source);
    void setLanguages(DocumentLanguages languages);
    MinutesOptions options() const;
    // Marks the pages out of date; they are redrawn after a short pause, when visible.
    void invalidate();
    // Redraws now (when shown, or for a screenshot).
    void refresh();

    int pageCount() const { return m_pages.size(); }
    int currentPage() const { return m_page; }
    const QList<QImage> &pages() const { return m_pages; }
    double zoom() const { return m_zoom; }
    void showPage(int index);
    // Writes the minutes as previewed (languages, layout) to `path`, in the format its
    // suffix names (.pdf, .odt, .html, .md): the same export as `quorum minutes`.
    Result<void> exportTo(const QString &path);
    void zoomBy(int steps);
    bool isOutOfDate() const { return m_outOfDate; }
    int renderCount() const { return m_renders; }
    QLabel *pageView() const { return m_view; }
    QComboBox *languageBox() const { return m_languageBox; }

signals:
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void exportWithDialog();
    void render();
    void updatePage();
    void retranslate();

    Source m_source;
    QList<QImage> m_pages;
    QString m_message; // why there are no pages
    int m_page = 0;
    double m_zoom = 1.0;
    int m_renderedDpi = 0;
    bool m_outOfDate = true;
    int m_renders = 0;

    QTimer *m_debounce;
    QLabel *m_languageLabel;
    QComboBox *m_languageBox;
    QToolButton *m_exportButton;
    QAction *m_export;
    QLabel *m_exported;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QToolButton *m_zoomOutButton;
    QToolButton *m_zoomInButton;
    QLabel *m_pageLabel;
    QScrollArea *m_scroll;
    QLabel *m_view;
    QAction *m_previous;
    QAction *m_next;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
};

} // namespace Quorum
