// SPDX-License-Identifier: GPL-3.0-or-later
#include "generation/generatednotes.h"

#include "notes/notetags.h"

namespace Quorum::Generation {

BilingualText generatedLiveNotes(const QString &kind, qint64 itemNumber, const BilingualText &theme, const QList<Record> &bassins)
{
    QStringList fr;
    QStringList nl;
    auto tagged = [&](NoteTag tag, const QString &frText, const QString &nlText, const QString &bassinFr = {},
                      const QString &bassinNl = {}) {
        fr << notePrefix(tag, Language::French, bassinFr) + frText;
        nl << notePrefix(tag, Language::Dutch, bassinNl) + nlText;
    };
    if (kind == u"information") {
        tagged(NoteTag::SectorNews, u"Le réseau « %1 » lance un appel à projets."_qs.arg(theme.fr),
               u"Het netwerk ‘%1’ lanceert een projectoproep."_qs.arg(theme.nl));
        fr << u"Présentation suivie d'un échange avec la salle."_qs;
        nl << u"Presentatie gevolgd door een uitwisseling met de zaal."_qs;
    } else if (kind == u"round_table") {
        for (qsizetype i = 0; i < qMin<qsizetype>(2, bassins.size()); ++i) {
            const Record &bassin = bassins.at((itemNumber + 2 * i) % bassins.size());
            tagged(NoteTag::RoundTable, u"avancées sur « %1 », besoin de soutien régional."_qs.arg(theme.fr),
                   u"vooruitgang rond ‘%1’, nood aan gewestelijke steun."_qs.arg(theme.nl), bassin.text(u"name_fr"_qs),
                   bassin.text(u"name_nl"_qs));
        }
    } else if (kind == u"discussion") {
        tagged(NoteTag::WorkingGroup, u"Le groupe de travail « %1 » a rendu ses premiers constats."_qs.arg(theme.fr),
               u"De werkgroep ‘%1’ heeft zijn eerste vaststellingen voorgesteld."_qs.arg(theme.nl));
    } else if (kind == u"decision") {
        tagged(NoteTag::DecisionRationale, u"Proposition retenue après les avis des sous-groupes."_qs,
               u"Voorstel aangenomen na de adviezen van de deelgroepen."_qs);
    } else {
        return {};
    }
    if (itemNumber % 3 == 0)
        tagged(NoteTag::Question, u"Comment associer les usagers à « %1 » ?"_qs.arg(theme.fr),
               u"Hoe betrekken we de gebruikers bij ‘%1’?"_qs.arg(theme.nl));
    return {fr.join(u'\n'), nl.join(u'\n')};
}

} // namespace Quorum::Generation
