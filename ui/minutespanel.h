// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextEdit;
class QToolBar;

namespace Quorum {

class MinutesPreview;
class RecordTableModel;
class RecordTableView;
class SectionListProxy;
class Workspace;

// The minutes of the chosen meeting: its sections in a list (add, remove, reorder), the
// selected one's French and Dutch texts side by side in rich-text editors, and a print
// preview of the PDF. Every keystroke is written to the workspace at once; successive
// keystrokes in one text are one undo step.
class MinutesPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Editor, Preview };

    explicit MinutesPanel(Workspace *workspace, QWidget *parent = nullptr);

    void setMeeting(std::optional<qint64> meetingId);
    std::optional<qint64> meetingId() const { return m_meetingId; }
    void setLanguage(Language language);
    void showPage(Page page);

    // Starts the minutes from the meeting's agenda, notes and records (one undo step).
    void createDraft();
    // Opens the template of the meeting's council: which sections its drafts have.
    void editTemplate();

    RecordTableModel *sections() const { return m_sections; }
    RecordTableView *sectionsView() const { return m_sectionsView; }
    qint64 currentSectionId() const { return m_sectionId; }
    QTextEdit *bodyEditor(Language language) const;
    QLineEdit *titleEditor(Language language) const;
    QLabel *missingBanner(Language language) const;
    QPushButton *draftButton() const { return m_draftButton; }
    QPushButton *templateButton() const { return m_templateButton; }
    QStackedWidget *pages() const { return m_pages; }
    MinutesPreview *preview() const { return m_preview; }
    QTabWidget *modes() const { return m_modes; }
    QAction *boldAction() const { return m_bold; }
    QAction *italicAction() const { return m_italic; }
    QAction *bulletsAction() const { return m_bullets; }
    QAction *numberedAction() const { return m_numbered; }
    QAction *linkAction() const { return m_link; }
    QAction *clearFormattingAction() const { return m_clear; }

    // Whether one language of a section is missing: a title or a text empty in it while
    // the other language has one.
    static bool missesLanguage(const QString &fr, const QString &nl, bool rich);

signals:
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmptyState();
    void sectionChanged(qint64 sectionId);
    void loadSection();
    void loadBody(Language language);
    void loadTitle(Language language);
    void save(const char *field, Language language, const QString &value);
    void updateBanners();
    void updateFormatActions();
    void valueChanged(qint64 id, const QString &column);
    QTextEdit *activeEditor() const;
    void toggleBold();
    void toggleItalic();
    void toggleList(bool ordered);
    void insertLink();
    void clearFormatting();

    Workspace *m_workspace;
    Language m_language = Language::French;
    std::optional<qint64> m_meetingId;
    qint64 m_sectionId = 0;
    bool m_writing = false; // our own write-through: the editors already show it

    RecordTableModel *m_sections;
    SectionListProxy *m_proxy;
    QTabWidget *m_modes;
    QStackedWidget *m_pages;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_draftButton;
    QPushButton *m_templateButton;
    QAction *m_editTemplate = nullptr;
    QAction *m_draft;
    RecordTableView *m_sectionsView;
    QLabel *m_sectionsLabel;
    QLabel *m_sectionsHint;
    QWidget *m_editor;
    QLabel *m_noSection;
    QLabel *m_titleFrLabel;
    QLabel *m_titleNlLabel;
    QLineEdit *m_titleFr;
    QLineEdit *m_titleNl;
    QToolBar *m_toolbar;
    QLabel *m_bodyFrLabel;
    QLabel *m_bodyNlLabel;
    QLabel *m_missingFr;
    QLabel *m_missingNl;
    QTextEdit *m_bodyFr;
    QTextEdit *m_bodyNl;
    QTextEdit *m_lastEditor; // the text the toolbar acts on
    QAction *m_bold;
    QAction *m_italic;
    QAction *m_bullets;
    QAction *m_numbered;
    QAction *m_link;
    QAction *m_clear;
    MinutesPreview *m_preview;
};

} // namespace Quorum
