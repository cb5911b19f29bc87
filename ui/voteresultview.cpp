// SPDX-License-Identifier: GPL-3.0-or-later
#include "voteresultview.h"

#include "barchartwidget.h"
#include "decisions/votechart.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Quorum {

VoteResultView::VoteResultView(bool bothLanguages, QWidget *parent)
    : QWidget(parent), m_bothLanguages(bothLanguages), m_question(new QLabel(this)), m_chart(new BarChartWidget(this)),
      m_headline(new QLabel(this)), m_explanation(new QLabel(this))
{
    for (QLabel *label : {m_question, m_headline, m_explanation}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText); // the question is typed by users
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont title = m_question->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_question->setFont(title);
    m_headline->setFont(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_question);
    // On the projector the bars fill the screen; on the console the words follow the bars
    // at once and the rest of the space stays free.
    layout->addWidget(m_chart, bothLanguages ? 1 : 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_explanation);
    // The room reads the headline; the numbers in words are for the console and the record.
    m_explanation->setVisible(!bothLanguages);
    if (!bothLanguages)
        layout->addStretch(1);
}

void VoteResultView::showCount(const BilingualText &question, const VoteCount &count, Language language)
{
    m_question->setText(m_bothLanguages ? question.sideBySide() : question.display(language));
    m_chart->setChart(voteChart(count, language, m_bothLanguages));
    const BilingualText headline = voteHeadline(count);
    m_headline->setText(m_bothLanguages ? headline.fr + u"\n"_qs + headline.nl : headline.display(language));
    const BilingualText &words = count.explanation();
    m_explanation->setText(m_bothLanguages ? words.fr + u"\n\n"_qs + words.nl : words.display(language));
}

void VoteResultView::clear()
{
    m_question->clear();
    m_headline->clear();
    m_chart->setChart(BarChart());
    m_explanation->clear();
}

} // namespace Quorum
