// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "composition/composition.h"

#include <QLabel>

#include <optional>

namespace Quorum {

class Workspace;

// Where members are edited: the council's composition against its rules (seed 003), kept
// current as memberships, clusters and the council's rules change. Hidden when compliant.
class CompositionNotice : public QLabel
{
    Q_OBJECT

public:
    explicit CompositionNotice(Workspace *workspace, QWidget *parent = nullptr);
    void setCouncil(std::optional<qint64> councilId);
    void setLanguage(Language language);
    const CompositionReport &report() const { return m_report; }

    // The violations as a member reads them, one a line, in `language` (the other in brackets
    // when it differs is left to the tooltip): what a notice or a confirmation shows.
    static QString describe(const CompositionReport &report, Language language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();

    Workspace *m_workspace;
    std::optional<qint64> m_councilId;
    Language m_language = Language::French;
    CompositionReport m_report;
    bool m_pending = false;
};

} // namespace Quorum
