// SPDX-License-Identifier: GPL-3.0-or-later
// How long the minutes of a large meeting take to export to PDF, next to a baseline measured
// in the same run: the same HTML printed by a bare QTextDocument::print() to a QPdfWriter at
// the same resolution and with the same body font as Quorum's layout (bareprint.h).
//
//   bench_minutes [RUNS]
//
// A ten-year workspace is generated in a temporary folder (not timed); its meeting with the
// most agenda items gets its draft minutes, each section lengthened to a few paragraphs.

#include "bareprint.h"
#include "documents/minutes.h"
#include "documents/renderers.h"
#include "generator.h"
#include "storage/database.h"
#include "synthesis/draft.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Quorum;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString longBody(const QString &seed, int paragraphs)
{
    QString html;
    for (int i = 0; i < paragraphs; ++i) {
        html += u"<p><strong>"_qs + seed.toHtmlEscaped() + u" "_qs + QString::number(i + 1) + u".</strong> "_qs;
        for (int s = 0; s < 6; ++s)
            html += u"Les participants ont partagé leurs constats et proposé des pistes d'action concertées pour le secteur. "_qs;
        html += u"<em>Voir la présentation.</em></p><ul><li>Un point d'attention</li><li>Une question ouverte ?</li></ul>"_qs;
    }
    return html;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;

    QTemporaryDir directory;
    const QString path = directory.filePath(u"large.quorum"_qs);
    if (auto generated = generateWorkspaceFile(path, {}); !generated) {
        std::fprintf(stderr, "bench_minutes: %s\n", qPrintable(generated.error()));
        return 1;
    }
    auto opened = Workspace::open(path);
    if (!opened) {
        std::fprintf(stderr, "bench_minutes: %s\n", qPrintable(opened.error()));
        return 1;
    }
    std::unique_ptr<Workspace> workspace = opened.take();
    qint64 meetingId = 0;
    qsizetype most = -1;
    for (const Record &meeting : workspace->records(Entity::Meeting)) {
        const qsizetype items = workspace->records(Entity::AgendaItem, meeting.id).size();
        if (items > most) {
            most = items;
            meetingId = meeting.id;
        }
    }
    // The generator writes minutes for its meetings; a draft is made only where none is.
    if (workspace->records(Entity::SynthesisSection, meetingId).isEmpty())
        if (auto created = createSynthesis(*workspace, meetingId); !created) {
            std::fprintf(stderr, "bench_minutes: %s\n", qPrintable(created.error()));
            return 1;
        }
    const QList<Record> sections = workspace->records(Entity::SynthesisSection, meetingId);
    for (const Record &section : sections) {
        (void)workspace->setValue(Entity::SynthesisSection, section.id, u"body_fr"_qs,
                                  QString(section.text(u"body_fr"_qs) + longBody(section.text(u"title_fr"_qs), 4)));
        (void)workspace->setValue(Entity::SynthesisSection, section.id, u"body_nl"_qs,
                                  QString(section.text(u"body_nl"_qs) + longBody(section.text(u"title_nl"_qs), 4)));
    }

    auto built = buildMinutes(workspace->storage(), meetingId, {DocumentLanguages::Both, MinutesLayout::Columns});
    if (!built) {
        std::fprintf(stderr, "bench_minutes: %s\n", qPrintable(built.error()));
        return 1;
    }
    const Document document = built.take();
    const QString html = richTextHtml(document, DocumentLanguages::Both);

    QList<double> ours;
    QList<double> bare;
    qsizetype bytes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto pdf = renderPdf(document, DocumentLanguages::Both);
        ours.append(timer.nsecsElapsed() / 1e6);
        if (!pdf) {
            std::fprintf(stderr, "bench_minutes: %s\n", qPrintable(pdf.error()));
            return 1;
        }
        bytes = pdf.value().size();

        bare.append(QuorumBench::barePrint(html).ms);
    }
    std::printf("meeting %lld: %lld agenda items, %lld sections, %lld characters of HTML, PDF %lld bytes\n",
                static_cast<long long>(meetingId), static_cast<long long>(most), static_cast<long long>(sections.size()),
                static_cast<long long>(html.size()), static_cast<long long>(bytes));
    std::printf("minutes PDF (renderPdf)            median %8.1f ms over %d runs\n", median(ours), runs);
    std::printf("baseline QTextDocument::print()    median %8.1f ms over %d runs\n", median(bare), runs);
    std::printf("ratio                              %8.2f x\n", median(ours) / median(bare));
    return 0;
}
