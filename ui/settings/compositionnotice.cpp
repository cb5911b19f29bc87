// SPDX-License-Identifier: GPL-3.0-or-later
#include "compositionnotice.h"

#include "workspace.h"

#include <QDate>
#include <QEvent>
#include <QTimer>

namespace Quorum {

CompositionNotice::CompositionNotice(Workspace *workspace, QWidget *parent) : QLabel(parent), m_workspace(workspace)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
    const auto concerned = [](Entity entity) {
        return entity == Entity::Membership || entity == Entity::Subgroup || entity == Entity::Council
               || entity == Entity::Person;
    };
    connect(workspace, &Workspace::recordAdded, this, [this, concerned](Entity e) {
        if (concerned(e))
            scheduleRefresh();
    });
    connect(workspace, &Workspace::recordRemoved, this, [this, concerned](Entity e) {
        if (concerned(e))
            scheduleRefresh();
    });
    connect(workspace, &Workspace::valueChanged, this, [this, concerned](Entity e) {
        if (concerned(e))
            scheduleRefresh();
    });
    connect(workspace, &Workspace::reloadNeeded, this, &CompositionNotice::scheduleRefresh);
}

void CompositionNotice::setCouncil(std::optional<qint64> councilId)
{
    m_councilId = councilId;
    refresh();
}

void CompositionNotice::setLanguage(Language language)
{
    m_language = language;
    refresh();
}

QString CompositionNotice::describe(const CompositionReport &report, Language language)
{
    QStringList lines;
    for (const CompositionViolation &v : report.violations)
        lines << u"⚠ "_qs + v.message.display(language == Language::English ? Language::French : language);
    return lines.join(u'\n');
}

// An import or a merge changes many records in one step: check once, after it.
void CompositionNotice::scheduleRefresh()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        refresh();
    });
}

void CompositionNotice::refresh()
{
    m_report = m_councilId ? checkCouncilComposition(m_workspace->storage(), *m_councilId, QDate::currentDate())
                           : CompositionReport{};
    if (m_report.compliant()) {
        setVisible(false);
        return;
    }
    // A few lines at most, so the tables around keep their room; the tooltip has them all.
    constexpr qsizetype shown = 3;
    CompositionReport first = m_report;
    first.violations = m_report.violations.mid(0, shown);
    QString text = tr("The composition does not follow the council's rules (%n problem(s)):", nullptr,
                      int(m_report.violations.size()))
                   + u'\n' + describe(first, m_language);
    if (m_report.violations.size() > shown)
        text += u'\n' + tr("…and %n more: hover to read them all.", nullptr, int(m_report.violations.size() - shown));
    setText(text);
    // Both languages, as the council works in both.
    QStringList both;
    for (const CompositionViolation &v : m_report.violations)
        both << v.message.fr + u'\n' + v.message.nl;
    setToolTip(both.join(u"\n\n"_qs));
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(dark ? u"#ff8182"_qs : u"#82071e"_qs));
    setVisible(true);
}

void CompositionNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace Quorum
