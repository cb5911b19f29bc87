// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisions/votes.h"

#include <QWidget>

class QLabel;

namespace Quorum {

class BarChartWidget;

// A vote's question, its result as bars and the result in words: on the console in the
// interface language, on the projector in French and Dutch side by side.
class VoteResultView : public QWidget
{
    Q_OBJECT

public:
    explicit VoteResultView(bool bothLanguages, QWidget *parent = nullptr);
    void showCount(const BilingualText &question, const VoteCount &count, Language language);
    void clear();

    QLabel *questionLabel() const { return m_question; }
    QLabel *headlineLabel() const { return m_headline; }
    QLabel *explanationLabel() const { return m_explanation; }
    BarChartWidget *chart() const { return m_chart; }

private:
    bool m_bothLanguages;
    QLabel *m_question;
    BarChartWidget *m_chart;
    QLabel *m_headline;
    QLabel *m_explanation;
};

} // namespace Quorum
