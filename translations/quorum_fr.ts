<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>Quorum::AttendanceModel</name>
    <message>
        <source>Choose a person first.</source>
        <translation>Choisissez d&apos;abord une personne.</translation>
    </message>
    <message>
        <source>%1 cannot represent themselves: choose another member who is present.</source>
        <translation>%1 ne peut pas se représenter&#xa0;: choisissez un autre membre présent.</translation>
    </message>
    <message>
        <source>Mark %1 present</source>
        <translation>Marquer %1 présent</translation>
    </message>
    <message>
        <source>Mark %1 excused</source>
        <translation>Marquer %1 excusé</translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation>Marquer %1 absent</translation>
    </message>
    <message>
        <source>Mark %1 represented by %2</source>
        <translation>Marquer %1 représenté par %2</translation>
    </message>
    <message>
        <source>Mark %1 represented</source>
        <translation>Marquer %1 représenté</translation>
    </message>
    <message>
        <source>Remove walk-in guest %1</source>
        <translation>Retirer l&apos;invité sur place %1</translation>
    </message>
    <message>
        <source>Clear the attendance of %1</source>
        <translation>Effacer la présence de %1</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Choisissez d&apos;abord une réunion.</translation>
    </message>
    <message>
        <source>A walk-in guest needs a name.</source>
        <translation>Un invité sur place doit avoir un nom.</translation>
    </message>
    <message>
        <source>Add walk-in guest %1</source>
        <translation>Ajouter l&apos;invité sur place %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Nobody is named to represent %1: this does not count.</source>
        <translation>Personne n&apos;est désigné pour représenter %1&#xa0;: cela ne compte pas.</translation>
    </message>
    <message>
        <source>Nobody can represent themselves: this does not count.</source>
        <translation>Personne ne peut se représenter soi-même&#xa0;: cela ne compte pas.</translation>
    </message>
    <message>
        <source>%1 is not present, so cannot carry this representation.</source>
        <translation>%1 n&apos;est pas présent et ne peut donc pas porter cette procuration.</translation>
    </message>
    <message>
        <source>%1 is a guest, not a member, so cannot carry this representation.</source>
        <translation>%1 est un invité, pas un membre, et ne peut donc pas porter cette procuration.</translation>
    </message>
    <message>
        <source>Walk-in guest: not a member of this council.</source>
        <translation>Invité sur place&#xa0;: pas membre de ce conseil.</translation>
    </message>
    <message>
        <source>Attendance cannot be &quot;%1&quot;.</source>
        <translation>La présence ne peut pas être &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <extracomment>Short column header of the check-in list: the member who represents this person (French &quot;Procuration&quot;, Dutch &quot;Volmacht&quot;); short, beside the attendance column.</extracomment>
        <translation>Procuration</translation>
    </message>
</context>
<context>
    <name>Quorum::AttendancePanel</name>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (invité)</translation>
    </message>
    <message>
        <source>Attendance on %1 — %2</source>
        <translation>Présences du %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nobody present can represent %1 yet: mark their representative present first.</source>
        <translation>Aucune personne présente ne peut encore représenter %1&#xa0;: marquez d&apos;abord son représentant comme présent.</translation>
    </message>
    <message>
        <source>%1: represented by %2.</source>
        <translation>%1&#xa0;: représenté par %2.</translation>
    </message>
    <message>
        <source>%1: not checked in.</source>
        <translation>%1&#xa0;: non pointé.</translation>
    </message>
    <message>
        <source>%1: walk-in guest, present.</source>
        <translation>%1&#xa0;: invité sur place, présent.</translation>
    </message>
    <message numerus="yes">
        <source>Members: %1 present, %2 represented, %3 excused, %4 absent, %5 not checked in. Guests: %n.</source>
        <translation>
            <numerusform>Membres&#xa0;: %1 présents, %2 représentés, %3 excusés, %4 absents, %5 non pointés. %n invité.</numerusform>
            <numerusform>Membres&#xa0;: %1 présents, %2 représentés, %3 excusés, %4 absents, %5 non pointés. %n invités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quorum reached</source>
        <translation>Quorum atteint</translation>
    </message>
    <message>
        <source>Quorum not reached</source>
        <translation>Quorum non atteint</translation>
    </message>
    <message>
        <source>Nobody is checked in yet.</source>
        <translation>Personne n&apos;est encore pointé.</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>Dashed line: the largest share of those present set for one sector (%1%).</source>
        <translation>Ligne pointillée&#xa0;: part maximale des présents fixée pour un même secteur (%1&#xa0;%).</translation>
    </message>
    <message>
        <source>No balance alert: no sector above its share and every bassin present.</source>
        <translation>Aucune alerte d&apos;équilibre&#xa0;: aucun secteur ne dépasse sa part et chaque bassin est présent.</translation>
    </message>
    <message>
        <source>No largest sector share is set for this council: set one in the Council tab to be warned.</source>
        <translation>Aucune part maximale par secteur n&apos;est fixée pour ce conseil&#xa0;: fixez-en une dans l&apos;onglet Conseil pour être averti.</translation>
    </message>
    <message>
        <source>Choose a meeting in the Meetings tab: its check-in list appears here.</source>
        <translation>Choisissez une réunion dans l&apos;onglet Réunions&#xa0;: sa liste de pointage s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Type a name, an organisation or a sector; Enter marks the only match present</source>
        <translation>Tapez un nom, une organisation ou un secteur&#xa0;; Entrée marque présent le seul résultat</translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation>Rechercher une personne à pointer</translation>
    </message>
    <message>
        <source>Walk-in &amp;Guest…</source>
        <translation>&amp;Invité sur place…</translation>
    </message>
    <message>
        <source>Add someone who is not a member (Ctrl+G)</source>
        <translation>Ajouter une personne qui n&apos;est pas membre (Ctrl+G)</translation>
    </message>
    <message>
        <source>Walk-in Guest</source>
        <translation>Invité sur place</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Represented…</source>
        <translation>Représenté…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Mark present (Space or P)</source>
        <translation>Marquer comme présent (Espace ou P)</translation>
    </message>
    <message>
        <source>Mark excused (E)</source>
        <translation>Marquer comme excusé (E)</translation>
    </message>
    <message>
        <source>Mark absent (A)</source>
        <translation>Marquer comme absent (A)</translation>
    </message>
    <message>
        <source>Represented by a member who is present (R)</source>
        <translation>Représenté par un membre présent (R)</translation>
    </message>
    <message>
        <source>Not checked in (Backspace)</source>
        <translation>Non pointé (Retour arrière)</translation>
    </message>
    <message>
        <source>Keys in the list: Space or P present, E excused, A absent, R represented, Backspace clears; letters search again, Up from the top returns to the search.</source>
        <translation>Touches dans la liste&#xa0;: Espace ou P présent, E excusé, A absent, R représenté, Retour arrière efface&#xa0;; les autres lettres relancent la recherche, Flèche haut depuis la première ligne revient à la recherche.</translation>
    </message>
    <message>
        <source>Balance of those present</source>
        <translation>Équilibre des présents</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par&#xa0;:</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représenté par</translation>
    </message>
    <message>
        <source>Who represents %1? Only members who are present can carry a representation.</source>
        <translation>Qui représente %1&#xa0;? Seuls les membres présents peuvent être porteurs d&apos;une procuration.</translation>
    </message>
</context>
<context>
    <name>Quorum::AttendanceRules</name>
    <message numerus="yes">
        <source>No quorum is required: %1 of %n member(s) present or represented.</source>
        <translation>
            <numerusform>Aucun quorum requis&#xa0;: %1 sur %n membre présent ou représenté.</numerusform>
            <numerusform>Aucun quorum requis&#xa0;: %1 sur %n membres présents ou représentés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quorum cannot be reached: no voting member of this council is marked as a mandatory partner.</source>
        <translation>Le quorum ne peut pas être atteint&#xa0;: aucun membre votant de ce conseil n&apos;est marqué comme partenaire obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>Quorum reached: %1 of %n mandatory partner(s) present or represented (%2 present, %3 represented; more than half, at least %4, needed).</source>
        <translation>
            <numerusform>Quorum atteint&#xa0;: %1 sur %n partenaire obligatoire présent ou représenté (%2 présents, %3 représentés&#xa0;; plus de la moitié, au moins %4, requis).</numerusform>
            <numerusform>Quorum atteint&#xa0;: %1 sur %n partenaires obligatoires présents ou représentés (%2 présents, %3 représentés&#xa0;; plus de la moitié, au moins %4, requis).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum not reached: %1 of %n mandatory partner(s) present or represented (%2 present, %3 represented; more than half, at least %4, needed: %5 more).</source>
        <translation>
            <numerusform>Quorum non atteint&#xa0;: %1 sur %n partenaire obligatoire présent ou représenté (%2 présents, %3 représentés&#xa0;; plus de la moitié, au moins %4, requis&#xa0;: encore %5).</numerusform>
            <numerusform>Quorum non atteint&#xa0;: %1 sur %n partenaires obligatoires présents ou représentés (%2 présents, %3 représentés&#xa0;; plus de la moitié, au moins %4, requis&#xa0;: encore %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Quorum cannot be reached: this council has no voting members.</source>
        <translation>Le quorum ne peut pas être atteint&#xa0;: ce conseil n&apos;a pas de membres votants.</translation>
    </message>
    <message numerus="yes">
        <source>Quorum reached: %1 of %n voting member(s) present or represented (%2 present, %3 represented; more than half, at least %4, needed).</source>
        <translation>
            <numerusform>Quorum atteint&#xa0;: %1 sur %n membre votant présent ou représenté (%2 présents, %3 représentés&#xa0;; plus de la moitié, au moins %4, requis).</numerusform>
            <numerusform>Quorum atteint&#xa0;: %1 sur %n membres votants présents ou représentés (%2 présents, %3 représentés&#xa0;; plus de la moitié, au moins %4, requis).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum not reached: %1 of %n voting member(s) present or represented (%2 present, %3 represented; more than half, at least %4, needed: %5 more).</source>
        <translation>
            <numerusform>Quorum non atteint&#xa0;: %1 sur %n membre votant présent ou représenté (%2 présents, %3 représentés&#xa0;; plus de la moitié, au moins %4, requis&#xa0;: encore %5).</numerusform>
            <numerusform>Quorum non atteint&#xa0;: %1 sur %n membres votants présents ou représentés (%2 présents, %3 représentés&#xa0;; plus de la moitié, au moins %4, requis&#xa0;: encore %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Bassin</source>
        <translation>Bassin</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>%1 holds %2% of those present (%3 of %4), more than the %5% set for one sector.</source>
        <translation>%1 représente %2&#xa0;% des présents (%3 sur %4), plus que les %5&#xa0;% fixés pour un secteur.</translation>
    </message>
    <message>
        <source>Nobody from bassin %1 is present.</source>
        <translation>Personne du bassin %1 n&apos;est présent.</translation>
    </message>
    <message>
        <source>%1 holds %2% of those present (%3 of %4), more than the %5% set as the largest share.</source>
        <translation>%1 représente %2&#xa0;% des présents (%3 sur %4), plus que les %5&#xa0;% fixés comme part maximale.</translation>
    </message>
    <message>
        <source>Nobody speaking %1 is present.</source>
        <translation>Personne n’est présent pour la langue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nobody from %1 is present.</source>
        <translation>Personne de %1 n’est présent.</translation>
    </message>
    <message>
        <source>%1 holds %2% of those present (%3 of %4), less than the %5% set as the smallest share.</source>
        <translation>%1 représente %2&#xa0;% des présents (%3 sur %4), moins que les %5&#xa0;% fixés comme part minimale.</translation>
    </message>
</context>
<context>
    <name>Quorum::Check</name>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>the column is missing.</source>
        <translation>la colonne est absente.</translation>
    </message>
    <message>
        <source>declared %1, expected %2.</source>
        <translation>déclaré %1, attendu %2.</translation>
    </message>
    <message>
        <source>a column this schema version does not have.</source>
        <translation>une colonne que cette version du schéma ne comporte pas.</translation>
    </message>
    <message>
        <source>the table&apos;s constraints or references differ from the ones this version expects.</source>
        <translation>les contraintes ou les références de la table diffèrent de celles qu&apos;attend cette version.</translation>
    </message>
    <message>
        <source>the table is missing.</source>
        <translation>la table est absente.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 manque.</translation>
    </message>
    <message>
        <source>%1 is a %2 here.</source>
        <translation>%1 est ici de type %2.</translation>
    </message>
    <message>
        <source>%1 differs from the one this version expects.</source>
        <translation>%1 ne correspond pas à ce qu&apos;attend cette version.</translation>
    </message>
    <message>
        <source>%1 is not part of this schema version.</source>
        <translation>%1 ne fait pas partie de cette version du schéma.</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>est vide.</translation>
    </message>
    <message>
        <source>holds %1 where a text is expected.</source>
        <translation>contient %1 là où un texte est attendu.</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed.</source>
        <translation>compte %1 caractères&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>%1 is not a valid rule: %2</source>
        <translation>%1 n&apos;est pas une règle valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>is %1, but must be 0 (no) or 1 (yes).</source>
        <translation>vaut %1, mais doit valoir 0 (non) ou 1 (oui).</translation>
    </message>
    <message>
        <source>is %1, which is not the id of a record.</source>
        <translation>vaut %1, qui n&apos;est l&apos;identifiant d&apos;aucun élément.</translation>
    </message>
    <message>
        <source>is %1, outside the allowed range %2 to %3.</source>
        <translation>vaut %1, hors de l&apos;intervalle autorisé de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 is not a date written as YYYY-MM-DD (years 1900 to 2999).</source>
        <translation>%1 n&apos;est pas une date au format AAAA-MM-JJ (années 1900 à 2999).</translation>
    </message>
    <message>
        <source>%1 is not a time written as HH:MM.</source>
        <translation>%1 n&apos;est pas une heure au format HH:MM.</translation>
    </message>
    <message>
        <source>%1 is not a moment in UTC written as YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>%1 n&apos;est pas un moment UTC au format AAAA-MM-JJTHH:MM:SSZ.</translation>
    </message>
    <message>
        <source>%1 is not one of the codes %2.</source>
        <translation>%1 ne fait pas partie des codes %2.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>is empty in both French and Dutch.</source>
        <translation>est vide en français comme en néerlandais.</translation>
    </message>
    <message>
        <source>%1 is not a position (a whole number from 0).</source>
        <translation>%1 n&apos;est pas une position (un nombre entier à partir de 0).</translation>
    </message>
    <message>
        <source>refers to %1 %2, which does not exist.</source>
        <translation>renvoie à %1 %2, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>le fichier est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the references between records cannot be verified: %1</source>
        <translation>les références entre éléments ne peuvent pas être vérifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>refers to a row of %1 that does not exist.</source>
        <translation>renvoie à une ligne de %1 qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>%1: the expected schema cannot be built: %2</source>
        <translation>%1&#xa0;: impossible de construire le schéma attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2.</source>
        <translation>%1&#xa0;: ouverture impossible&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 est endommagé&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Quorum::ChoiceDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>(translation missing)</source>
        <translation>(traduction manquante)</translation>
    </message>
</context>
<context>
    <name>Quorum::CommandLine</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1&#xa0;: une valeur est requise.</translation>
    </message>
    <message>
        <source>--lang must be fr, nl or en, not &quot;%1&quot;.</source>
        <translation>--lang doit être fr, nl ou en, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number%2, not &quot;%3&quot;.</source>
        <translation>%1 doit être un nombre entier%2, pas &quot;%3&quot;.</translation>
    </message>
    <message>
        <source> from 1 to 50</source>
        <translation> de 1 à 50</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>option inconnue %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n file argument(s).</source>
        <translation>
            <numerusform>%1 attend %n fichier comme argument.</numerusform>
            <numerusform>%1 attend %n fichiers comme arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>only one workspace file can be opened at a time.</source>
        <translation>un seul fichier d&apos;espace de travail peut être ouvert à la fois.</translation>
    </message>
    <message>
        <source>--demo and a FILE cannot be combined.</source>
        <translation>--demo ne peut pas être combiné avec un FILE.</translation>
    </message>
    <message>
        <source>--years and --seed only apply to generate.</source>
        <translation>--years et --seed ne s&apos;appliquent qu&apos;à generate.</translation>
    </message>
    <message>
        <source>Wrote the demo workspace to %1.</source>
        <translation>Espace de travail de démonstration écrit dans %1.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 councils, %3 people, %4 meetings, %5 agenda items.</source>
        <translation>%1 écrit&#xa0;: %2 conseils, %3 personnes, %4 réunions, %5 points de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>--meeting needs a date written as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--meeting attend une date au format AAAA-MM-JJ, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>no meeting on %1 in this workspace.</source>
        <translation>aucune réunion le %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; the views are %2.</source>
        <translation>vue inconnue &quot;%1&quot;&#xa0;; les vues sont %2.</translation>
    </message>
    <message>
        <source>--at needs a moment written as YYYY-MM-DDTHH:MM, not &quot;%1&quot;.</source>
        <translation>--at attend un moment au format AAAA-MM-JJTHH:MM, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--demo, --screenshot, --view, --meeting and --at only apply when opening the app.</source>
        <translation>--demo, --screenshot, --view, --meeting et --at ne s&apos;appliquent qu&apos;à l&apos;ouverture de l&apos;application.</translation>
    </message>
    <message>
        <source>%1: no meeting on %2 in this workspace.</source>
        <translation>%1&#xa0;: aucune réunion le %2 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Wrote the agenda of %1 to %2.</source>
        <translation>Ordre du jour du %1 écrit dans %2.</translation>
    </message>
    <message>
        <source>--format must be pdf, odt, html or md, not &quot;%1&quot;.</source>
        <translation>--format doit être pdf, odt, html ou md, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--layout must be columns or sequential, not &quot;%1&quot;.</source>
        <translation>--layout doit être columns ou sequential, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>for %1, --lang must be fr, nl or both, not &quot;%2&quot;.</source>
        <translation>pour %1, --lang doit être fr, nl ou both, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 needs --meeting YYYY-MM-DD, the date of the meeting.</source>
        <translation>%1&#xa0;: --meeting AAAA-MM-JJ, la date de la réunion, est requis.</translation>
    </message>
    <message>
        <source>%1 needs -o OUT, the file to write.</source>
        <translation>%1&#xa0;: -o OUT, le fichier à écrire, est requis.</translation>
    </message>
    <message>
        <source>%1 needs --format pdf, odt, html or md (or an OUT ending in .pdf, .odt, .html or .md).</source>
        <translation>%1&#xa0;: --format pdf, odt, html ou md est requis (ou un OUT se terminant par .pdf, .odt, .html ou .md).</translation>
    </message>
    <message>
        <source>--layout only applies to minutes.</source>
        <translation>--layout ne s&apos;applique qu&apos;à minutes.</translation>
    </message>
    <message>
        <source>Wrote the minutes of %1 to %2.</source>
        <translation>Synthèse du %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>--council needs the id of a council, a whole number, not &quot;%1&quot;.</source>
        <translation>--council attend l&apos;identifiant d&apos;un conseil, un nombre entier, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 needs a date written as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 attend une date au format AAAA-MM-JJ, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--council, --from, --to and --search only apply to decisions.</source>
        <translation>--council, --from, --to et --search ne s&apos;appliquent qu&apos;à decisions.</translation>
    </message>
    <message>
        <source>for decisions, --format must be json, md or pdf, not &quot;%1&quot;.</source>
        <translation>pour decisions, --format doit être json, md ou pdf, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>decisions needs --format json, md or pdf (or an OUT ending in .json, .md or .pdf).</source>
        <translation>decisions&#xa0;: --format json, md ou pdf est requis (ou un OUT se terminant par .json, .md ou .pdf).</translation>
    </message>
    <message>
        <source>decisions needs -o OUT for a PDF: a PDF is not written to the terminal.</source>
        <translation>pour un PDF, decisions requiert -o OUT&#xa0;: un PDF ne s&apos;écrit pas dans le terminal.</translation>
    </message>
    <message>
        <source>--from %1 comes after --to %2.</source>
        <translation>--from %1 est postérieur à --to %2.</translation>
    </message>
    <message>
        <source>--format and -o only apply to agenda, minutes and decisions.</source>
        <translation>--format et -o ne s&apos;appliquent qu&apos;à agenda, minutes et decisions.</translation>
    </message>
    <message>
        <source>the standard output cannot be written.</source>
        <translation>impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>%1: no council with id %2 in this workspace.</source>
        <translation>%1&#xa0;: aucun conseil avec l&apos;identifiant %2 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>%1: council %2 has no meeting on %3.</source>
        <translation>%1&#xa0;: le conseil %2 n&apos;a pas de réunion le %3.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n decision(s) to %1.</source>
        <translation>
            <numerusform>%n décision écrite dans %1.</numerusform>
            <numerusform>%n décisions écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--person needs the id of a person, a whole number, not &quot;%1&quot;.</source>
        <translation>--person attend l&apos;identifiant d&apos;une personne, un nombre entier, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 needs --person ID, the id of the person.</source>
        <translation>%1 requiert --person ID, l&apos;identifiant de la personne.</translation>
    </message>
    <message>
        <source>--person applies to person-data and erase-person, --yes to erase-person.</source>
        <translation>--person s&apos;applique à person-data et erase-person, --yes à erase-person.</translation>
    </message>
    <message>
        <source>%1: cannot be written.</source>
        <translation>%1&#xa0;: écriture impossible.</translation>
    </message>
    <message numerus="yes">
        <source>%1: and %n more problem(s).</source>
        <translation>
            <numerusform>%1&#xa0;: et %n autre problème.</numerusform>
            <numerusform>%1&#xa0;: et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a sound Quorum workspace (schema version %2, %3 bytes).</source>
        <translation>%1&#xa0;: espace de travail Quorum valide (version de schéma %2, %3 octets).</translation>
    </message>
    <message>
        <source>%1: no person with id %2 in this workspace.</source>
        <translation>%1&#xa0;: aucune personne avec l&apos;identifiant %2 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Wrote the personal data of person %1 to %2.</source>
        <translation>Données personnelles de la personne %1 écrites dans %2.</translation>
    </message>
    <message>
        <source>%1: would erase person %2 (%3) and %4 Nothing was changed: add --yes to erase; this cannot be undone.</source>
        <translation>%1&#xa0;: effacerait la personne %2 (%3) et %4 Rien n&apos;a été modifié&#xa0;: ajoutez --yes pour effacer&#xa0;; cette opération est irréversible.</translation>
    </message>
    <message>
        <source>%1: erased person %2 and %3</source>
        <translation>%1&#xa0;: personne %2 effacée, ainsi que %3</translation>
    </message>
    <message>
        <source>%1 needs --council ID, the id of the council.</source>
        <translation>%1 requiert --council ID, l’identifiant du conseil.</translation>
    </message>
    <message>
        <source>for composition, --format must be text or json, not &quot;%1&quot;.</source>
        <translation>pour composition, --format doit être text ou json, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>composition needs --council ID, the id of a council.</source>
        <translation>composition requiert --council ID, l’identifiant d’un conseil.</translation>
    </message>
    <message>
        <source>composition prints to the standard output: it takes no -o.</source>
        <translation>composition écrit sur la sortie standard&#xa0;: -o n’est pas accepté.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>des points-virgules</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, cells separated by %3, %n row(s) below the header.</source>
        <translation>
            <numerusform>%1&#xa0;: %2, cellules séparées par %3, %n ligne sous l’en-tête.</numerusform>
            <numerusform>%1&#xa0;: %2, cellules séparées par %3, %n lignes sous l’en-tête.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Colonnes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Columns Quorum does not know (not imported): %1.</source>
        <translation>Colonnes inconnues de Quorum (non importées)&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: not imported, %n problem(s); the workspace is unchanged.</source>
        <translation>
            <numerusform>%1&#xa0;: non importé, %n problème&#xa0;; l’espace de travail n’a pas été modifié.</numerusform>
            <numerusform>%1&#xa0;: non importé, %n problèmes&#xa0;; l’espace de travail n’a pas été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>%1 ajoutés, %2 mis à jour, %3 inchangés</translation>
    </message>
    <message>
        <source>Dry run: would import %1 (%2); nothing was written.</source>
        <translation>Simulation&#xa0;: %1 serait importé (%2)&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Imported %1 into council %2: %3.</source>
        <translation>%1 importé dans le conseil %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Wrote the members of council %1 to %2.</source>
        <translation>Membres du conseil %1 écrits dans %2.</translation>
    </message>
    <message>
        <source>The composition follows every rule of the council.</source>
        <translation>La composition respecte toutes les règles du conseil.</translation>
    </message>
    <message>
        <source>--map needs KIND:VALUE=ENTRY (sector:Astrologie=&quot;Santé mentale&quot;), not &quot;%1&quot;.</source>
        <translation>--map attend TYPE:VALEUR=ENTRÉE (sector:Astrologie=&quot;Santé mentale&quot;), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--dry-run, --map and --create-missing only apply to import-members.</source>
        <translation>--dry-run, --map et --create-missing ne s&apos;appliquent qu&apos;à import-members.</translation>
    </message>
    <message>
        <source>--date only applies to composition.</source>
        <translation>--date ne s&apos;applique qu&apos;à composition.</translation>
    </message>
    <message>
        <source>--map %1: “%2” is not sector, bassin or subgroup.</source>
        <translation>--map %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est ni sector, ni bassin, ni subgroup.</translation>
    </message>
    <message>
        <source>--map %1: no %2 is called “%3” (or has that id).</source>
        <translation>--map %1&#xa0;: aucun·e %2 ne s&apos;appelle «&#xa0;%3&#xa0;» (ni n&apos;a cet id).</translation>
    </message>
    <message numerus="yes">
        <source>On %1: %n voting seat(s).</source>
        <translation>
            <numerusform>Au %1&#xa0;: %n siège votant.</numerusform>
            <numerusform>Au %1&#xa0;: %n sièges votants.</numerusform>
        </translation>
    </message>
    <message>
        <source>--assign only applies to workshops.</source>
        <translation>--assign ne s&apos;applique qu&apos;à workshops.</translation>
    </message>
    <message>
        <source>workshops needs --meeting YYYY-MM-DD, the date of the meeting.</source>
        <translation>workshops a besoin de --meeting AAAA-MM-JJ, la date de la réunion.</translation>
    </message>
    <message>
        <source>for workshops, --format must be json, md, csv or pdf, not &quot;%1&quot;.</source>
        <translation>pour workshops, --format doit être json, md, csv ou pdf, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>workshops needs -o OUT for a PDF: a PDF is not written to the terminal.</source>
        <translation>workshops a besoin de -o SORTIE pour un PDF&#xa0;: un PDF ne s&apos;écrit pas dans le terminal.</translation>
    </message>
    <message>
        <source>%1: the meeting of %2 has no workshops.</source>
        <translation>%1&#xa0;: la réunion du %2 n&apos;a pas d&apos;ateliers.</translation>
    </message>
    <message>
        <source>Wrote the workshop lists of %1 to %2.</source>
        <translation>Listes des ateliers du %1 écrites dans %2.</translation>
    </message>
    <message>
        <source>Usage:
  quorum [FILE]                            open the app (FILE, else the last workspace, else the demo)
  quorum --demo                            open the app on a fresh copy of the demo workspace
  quorum --lang fr|nl|en ...               interface language
  quorum ... --meeting YYYY-MM-DD          open on the meeting of that date
  quorum ... --at YYYY-MM-DDTHH:MM         show sessions as they stood at that moment
  quorum ... --screenshot OUT.png [--view NAME]
                                           render the main window (or a view) to PNG and exit
  quorum demo OUT.quorum                   write the demo workspace
  quorum check FILE                        verify a workspace file: its schema, the values of
                                           every column, its pages; one line per problem
  quorum export-json FILE OUT.json         export a workspace as JSON
  quorum import-json IN.json OUT.quorum    build a workspace from JSON
  quorum generate OUT.quorum [--years N] [--seed S]
                                           write a large synthetic workspace
  quorum agenda FILE --meeting YYYY-MM-DD [--lang fr|nl|both] [--format pdf|odt|html|md] -o OUT
                                           export the send-ahead agenda pack of that meeting;
                                           here --lang is the document&apos;s language (default both)
                                           and --format defaults to OUT&apos;s extension
  quorum minutes FILE --meeting YYYY-MM-DD [--lang fr|nl|both] [--layout columns|sequential]
                 [--format pdf|odt|html|md] -o OUT
                                           export the minutes of that meeting (its draft if none
                                           is written); with both languages, side by side
                                           (columns, the default) or one after the other
  quorum decisions FILE [--meeting YYYY-MM-DD] [--council ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                 [--search TEXT] [--lang fr|nl|both] [--format json|md|pdf] [-o OUT]
                                           export the history of decisions (closed votes), all or
                                           those of a meeting, a council, a period, or containing
                                           every word searched; JSON carries both languages;
                                           without -o, JSON and Markdown go to the standard output
  quorum person-data FILE --person ID [-o OUT.json]
                                           export everything the workspace holds about a person
                                           (to the standard output without -o)
  quorum erase-person FILE --person ID --yes
                                           erase a person and every copy of their name and
                                           organisation; without --yes, say what would be erased
  quorum composition FILE --council ID [--date YYYY-MM-DD] [--format text|json]
                                           check a council&apos;s composition against its rules (as it
                                           stands on --date, today without it): seat ranges, seat
                                           cap, clusters, advisory experts, open seats; exit 1 with
                                           the violations listed
  quorum import-members FILE IN.csv --council ID [--dry-run]
                [--map KIND:VALUE=ENTRY]... [--create-missing]
                                           add or update the council&apos;s members from a spreadsheet
                                           saved as CSV (any line wrong: nothing is imported, every
                                           problem is listed); --dry-run only says what it would do;
                                           a sector, bassin or subgroup no entry is called is mapped
                                           to an entry (--map sector:Astrologie=&quot;Santé mentale&quot;,
                                           by name or id) or created (--create-missing)
  quorum export-members FILE --council ID [-o OUT.csv]
                                           the council&apos;s members as CSV that Excel opens as it is
                                           (UTF-8, semicolons; to the standard output without -o)
  quorum workshops FILE --meeting YYYY-MM-DD [--assign] [--format json|md|csv|pdf] [-o OUT]
                 [--lang fr|nl|both]
                                           who goes where in the meeting&apos;s workshops, with the
                                           choices honoured and each workshop&apos;s balance; --assign
                                           first splits the participants automatically (people
                                           placed by hand and locked lists stay); PDF: a page per
                                           workshop for the doors (needs -o); JSON by default
  quorum ideas FILE --meeting YYYY-MM-DD [--format json|md|pdf] [-o OUT] [--lang fr|nl|both]
                                           what the meeting&apos;s workshops produced: the cards grouped
                                           by issue, with the proposals; JSON by default
  quorum --version
Views: council, members, meetings, agenda, workshops, ideas, console, projector, attendance,
synthesis, preview.
</source>
        <translation>Utilisation&#xa0;:
  quorum [FILE]                            ouvre l&apos;application (FILE, sinon le dernier espace de travail, sinon la démo)
  quorum --demo                            ouvre l&apos;application sur une copie neuve de l&apos;espace de travail de démonstration
  quorum --lang fr|nl|en ...               langue de l&apos;interface
  quorum ... --meeting YYYY-MM-DD          ouvre sur la réunion de cette date
  quorum ... --at YYYY-MM-DDTHH:MM         montre les séances telles qu&apos;elles étaient à ce moment
  quorum ... --screenshot OUT.png [--view NAME]
                                           rend la fenêtre principale (ou une vue) en PNG et quitte
  quorum demo OUT.quorum                   écrit l&apos;espace de travail de démonstration
  quorum check FILE                        vérifie un fichier d&apos;espace de travail&#xa0;: son schéma, les valeurs de
                                           chaque colonne, ses pages&#xa0;; une ligne par problème
  quorum export-json FILE OUT.json         exporte un espace de travail en JSON
  quorum import-json IN.json OUT.quorum    construit un espace de travail à partir de JSON
  quorum generate OUT.quorum [--years N] [--seed S]
                                           écrit un grand espace de travail synthétique
  quorum agenda FILE --meeting YYYY-MM-DD [--lang fr|nl|both] [--format pdf|odt|html|md] -o OUT
                                           exporte le dossier d&apos;ordre du jour à envoyer avant cette réunion&#xa0;;
                                           ici, --lang est la langue du document (both par défaut)
                                           et --format vaut par défaut l&apos;extension de OUT
  quorum minutes FILE --meeting YYYY-MM-DD [--lang fr|nl|both] [--layout columns|sequential]
                 [--format pdf|odt|html|md] -o OUT
                                           exporte la synthèse de cette réunion (son brouillon si aucune
                                           n&apos;est rédigée)&#xa0;; avec les deux langues, côte à côte
                                           (columns, par défaut) ou l&apos;une après l&apos;autre
  quorum decisions FILE [--meeting YYYY-MM-DD] [--council ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                 [--search TEXT] [--lang fr|nl|both] [--format json|md|pdf] [-o OUT]
                                           exporte l&apos;historique des décisions (votes clôturés), toutes ou
                                           celles d&apos;une réunion, d&apos;un conseil, d&apos;une période, ou contenant
                                           chaque mot recherché&#xa0;; le JSON contient les deux langues&#xa0;;
                                           sans -o, JSON et Markdown vont sur la sortie standard
  quorum person-data FILE --person ID [-o OUT.json]
                                           exporte tout ce que l&apos;espace de travail contient sur une personne
                                           (sur la sortie standard sans -o)
  quorum erase-person FILE --person ID --yes
                                           efface une personne et toute copie de son nom et de
                                           son organisation&#xa0;; sans --yes, indique ce qui serait effacé
  quorum composition FILE --council ID [--date YYYY-MM-DD] [--format text|json]
                                           vérifie la composition d&apos;un conseil au regard de ses règles (telle qu&apos;elle
                                           est à la date --date, aujourd&apos;hui sans elle)&#xa0;: fourchettes de sièges, nombre
                                           maximal de sièges, clusters, experts consultatifs, sièges ouverts&#xa0;; quitte
                                           avec le code 1 en listant les non-conformités
  quorum import-members FILE IN.csv --council ID [--dry-run]
                [--map KIND:VALUE=ENTRY]... [--create-missing]
                                           ajoute ou met à jour les membres du conseil depuis une feuille de calcul
                                           enregistrée en CSV (une seule ligne erronée&#xa0;: rien n&apos;est importé, chaque
                                           problème est listé)&#xa0;; avec --dry-run, indique seulement ce qui serait fait&#xa0;;
                                           un secteur, un bassin ou un sous-groupe qu&apos;aucune entrée ne nomme est associé
                                           à une entrée (--map sector:Astrologie=&quot;Santé mentale&quot;, par nom ou par id)
                                           ou créé (--create-missing)
  quorum export-members FILE --council ID [-o OUT.csv]
                                           les membres du conseil en CSV, qu&apos;Excel ouvre tel quel
                                           (UTF-8, points-virgules&#xa0;; sur la sortie standard sans -o)
  quorum workshops FICHIER --meeting AAAA-MM-JJ [--assign] [--format json|md|csv|pdf] [-o SORTIE]
                 [--lang fr|nl|both]
                                           qui va où dans les ateliers de la réunion, avec les choix
                                           respectés et l&apos;équilibre de chaque atelier&#xa0;; --assign
                                           répartit d&apos;abord les participants automatiquement (les
                                           personnes placées à la main et les listes verrouillées
                                           restent)&#xa0;; PDF&#xa0;: une page par atelier pour les portes
                                           (avec -o)&#xa0;; JSON par défaut
  quorum ideas FICHIER --meeting AAAA-MM-JJ [--format json|md|pdf] [-o SORTIE] [--lang fr|nl|both]
                                           ce que les ateliers de la réunion ont produit&#xa0;: les cartes
                                           regroupées par enjeu, avec les propositions&#xa0;; JSON par défaut
  quorum --version
Vues&#xa0;: council, members, meetings, agenda, workshops, ideas, console, projector, attendance,
synthesis, preview.
</translation>
    </message>
    <message>
        <source>ideas needs --meeting YYYY-MM-DD, the date of the meeting.</source>
        <translation>ideas a besoin de --meeting AAAA-MM-JJ, la date de la réunion.</translation>
    </message>
    <message>
        <source>for ideas, --format must be json, md or pdf, not &quot;%1&quot;.</source>
        <translation>pour ideas, --format doit être json, md ou pdf, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>ideas needs -o OUT for a PDF: a PDF is not written to the terminal.</source>
        <translation>ideas a besoin de -o SORTIE pour un PDF&#xa0;: un PDF ne s&apos;écrit pas dans le terminal.</translation>
    </message>
    <message>
        <source>%1 attendance records (%2 walk-in guests, %3 represented), %4 proposals, %5 objections, %6 closed votes (%7 electors, %8 named ballots, %9 counts), %10 minutes sections, %11 workshop choices, %12 workshop seats, %13 cards in %14 issues.</source>
        <translation>%1 présences enregistrées (%2 invités sur place, %3 représentés), %4 propositions, %5 objections, %6 votes clôturés (%7 électeurs, %8 bulletins nominatifs, %9 décomptes), %10 sections de synthèse, %11 choix d&apos;atelier, %12 places en atelier, %13 cartes dans %14 enjeux.</translation>
    </message>
    <message>
        <source>Wrote the ideas of %1 to %2.</source>
        <translation>Idées du %1 écrites dans %2.</translation>
    </message>
</context>
<context>
    <name>Quorum::Commands</name>
    <message>
        <source>Add %1</source>
        <translation>Ajout&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Suppression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n record(s)</source>
        <translation>
            <numerusform>Ajout de %n élément</numerusform>
            <numerusform>Ajout de %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::CompositionNotice</name>
    <message numerus="yes">
        <source>The composition does not follow the council&apos;s rules (%n problem(s)):</source>
        <translation>
            <numerusform>La composition ne respecte pas les règles du conseil (%n problème)&#xa0;:</numerusform>
            <numerusform>La composition ne respecte pas les règles du conseil (%n problèmes)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: hover to read them all.</source>
        <translation>
            <numerusform>…et %n autre&#xa0;: survolez pour les lire tous.</numerusform>
            <numerusform>…et %n autres&#xa0;: survolez pour les lire tous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ConsolePanel</name>
    <message>
        <source>Close the session</source>
        <translation>Clôturer la séance</translation>
    </message>
    <message>
        <source>Close the session now? Its times are kept; it cannot be reopened.</source>
        <translation>Clôturer la séance maintenant&#xa0;? Ses horaires sont conservés&#xa0;; elle ne pourra pas être rouverte.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 to %4</source>
        <translation>%1 — %2, de %3 à %4</translation>
    </message>
    <message>
        <source>Choose a meeting in the Meetings tab to run its session.</source>
        <translation>Choisissez une réunion dans l&apos;onglet Réunions pour mener sa séance.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>Ensuite&#xa0;: fin de la séance</translation>
    </message>
    <message>
        <source>Resume (Ctrl+Space)</source>
        <translation>Reprendre (Ctrl+Espace)</translation>
    </message>
    <message>
        <source>Pause (Ctrl+Space)</source>
        <translation>Pause (Ctrl+Espace)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
    <message>
        <source>Planned %1 min. Start the session with F5.</source>
        <translation>Prévu&#xa0;: %1 min. Ouvrez la séance avec F5.</translation>
    </message>
    <message>
        <source>Planned %1 min, spent %2 min (%3 min).</source>
        <translation>Prévu&#xa0;: %1 min, réel&#xa0;: %2 min (%3 min).</translation>
    </message>
    <message>
        <source>Planned %1 min. So far %2 min spent on items planned for %3 min (%4 min).</source>
        <translation>Prévu&#xa0;: %1 min. Jusqu&apos;ici, %2 min consacrées à des points prévus pour %3 min (%4 min).</translation>
    </message>
    <message>
        <source>&amp;Start the Session</source>
        <translation>&amp;Ouvrir la séance</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>Point &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation>Point &amp;précédent</translation>
    </message>
    <message>
        <source>Pause or &amp;Resume</source>
        <translation>Mettre en pause ou &amp;reprendre</translation>
    </message>
    <message>
        <source>&amp;Extend by 1 Minute</source>
        <translation>Pro&amp;longer d&apos;une minute</translation>
    </message>
    <message>
        <source>Extend by &amp;5 Minutes</source>
        <translation>Prolonger de &amp;5 minutes</translation>
    </message>
    <message>
        <source>S&amp;horten by 1 Minute</source>
        <translation>Racco&amp;urcir d&apos;une minute</translation>
    </message>
    <message>
        <source>S&amp;kip This Item</source>
        <translation>Pass&amp;er ce point</translation>
    </message>
    <message>
        <source>&amp;Jump to an Item…</source>
        <translation>&amp;Aller à un point…</translation>
    </message>
    <message>
        <source>&amp;Close the Session…</source>
        <translation>&amp;Clôturer la séance…</translation>
    </message>
    <message>
        <source>Show the Pro&amp;jector Screen</source>
        <translation>Afficher l&apos;écran du pro&amp;jecteur</translation>
    </message>
    <message>
        <source>&amp;Blank the Projector</source>
        <translation>Écran &amp;noir sur le projecteur</translation>
    </message>
    <message>
        <source>Start (F5)</source>
        <translation>Ouvrir (F5)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>+1 min (Ctrl++)</source>
        <translation>+1 min (Ctrl++)</translation>
    </message>
    <message>
        <source>Close session (Shift+F5)</source>
        <translation>Clôturer la séance (Maj+F5)</translation>
    </message>
    <message>
        <source>&amp;Warn before the end (min):</source>
        <translation>&amp;Avertir avant la fin (min)&#xa0;:</translation>
    </message>
    <message>
        <source>Live notes (&amp;French):</source>
        <translation>Notes en séance (&amp;français)&#xa0;:</translation>
    </message>
    <message>
        <source>Live notes (&amp;Dutch):</source>
        <translation>Notes en séance (&amp;néerlandais)&#xa0;:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Actual times</source>
        <translation>Heures réelles</translation>
    </message>
    <message>
        <source>Planned at</source>
        <translation>Heure prévue</translation>
    </message>
    <message>
        <source>Ctrl+T tags the line for the minutes: sector news, a question from the floor, working-group progress, a decision&apos;s rationale or a bassin&apos;s round-table entry.</source>
        <translation>Ctrl+T étiquette la ligne pour la synthèse : nouvelles du secteur, question de la salle, avancement d&apos;un groupe de travail, motif d&apos;une décision ou tour de table d&apos;un bassin.</translation>
    </message>
</context>
<context>
    <name>Quorum::CouncilPanel</name>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Name (&amp;French):</source>
        <translation>&amp;Nom (français)&#xa0;:</translation>
    </message>
    <message>
        <source>Name (&amp;Dutch):</source>
        <translation>N&amp;om (néerlandais)&#xa0;:</translation>
    </message>
    <message>
        <source>Acronym (F&amp;rench):</source>
        <translation>&amp;Sigle (français)&#xa0;:</translation>
    </message>
    <message>
        <source>Acronym (Dutc&amp;h):</source>
        <translation>S&amp;igle (néerlandais)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bassin:</source>
        <translation>&amp;Bassin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subgroups and clusters (one voice each; seat ranges where the charter sets them):</source>
        <translation>Sous-&amp;groupes et clusters (une voix chacun&#xa0;; fourchettes de sièges là où la charte les fixe)&#xa0;:</translation>
    </message>
    <message>
        <source>Decision rule in words</source>
        <translation>Règle de décision en clair</translation>
    </message>
    <message>
        <source>C&amp;harter: its dated versions and decision rules. The latest version adopted on or before a meeting&apos;s date gives the default rules of its votes (rule codes: see the documentation).</source>
        <translation>C&amp;harte&#xa0;: ses versions datées et ses règles de décision. La dernière version adoptée au plus tard à la date d&apos;une réunion donne les règles par défaut de ses votes (codes des règles&#xa0;: voir la documentation).</translation>
    </message>
    <message>
        <source>Rules and balance</source>
        <translation>Règles et équilibre</translation>
    </message>
    <message>
        <source>Largest sector share (%):</source>
        <translation>Part maximale d’un secteur (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Smallest language share (%):</source>
        <translation>Part minimale d’une langue (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Smallest bassin share (%):</source>
        <translation>Part minimale d’un bassin (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Largest function share (%):</source>
        <translation>Part maximale d’une fonction (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Smallest gender share (%):</source>
        <translation>Part minimale d’un genre (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Most seats in all:</source>
        <translation>Nombre maximal de sièges&#xa0;:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Sièges&#xa0;:</translation>
    </message>
    <message>
        <source>Funder&apos;s mention (French):</source>
        <translation>Mention du financeur (français)&#xa0;:</translation>
    </message>
    <message>
        <source>Funder&apos;s mention (Dutch):</source>
        <translation>Mention du financeur (néerlandais)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum&#xa0;:</translation>
    </message>
    <message>
        <source>No open seats: every vote sits in a cluster</source>
        <translation>Aucun siège ouvert&#xa0;: chaque voix relève d’un cluster</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The balance monitor warns when one sector holds more of those present.</source>
        <translation>Le suivi de l’équilibre avertit quand un secteur dépasse cette part des présents.</translation>
    </message>
    <message>
        <source>The balance monitor warns when French or Dutch speakers are missing or hold less.</source>
        <translation>Le suivi de l’équilibre avertit quand les francophones ou les néerlandophones sont absents ou en dessous de cette part.</translation>
    </message>
    <message>
        <source>The balance monitor warns when a bassin is missing or holds less of those present.</source>
        <translation>Le suivi de l’équilibre avertit quand un bassin est absent ou en dessous de cette part des présents.</translation>
    </message>
    <message>
        <source>The balance monitor warns when one function holds more of those present.</source>
        <translation>Le suivi de l’équilibre avertit quand une fonction dépasse cette part des présents.</translation>
    </message>
    <message>
        <source>The balance monitor warns when women or men hold less of those present.</source>
        <translation>Le suivi de l’équilibre avertit quand les femmes ou les hommes sont en dessous de cette part des présents.</translation>
    </message>
    <message>
        <source>Voting members in all, as the charter sets it (25 for a care council).</source>
        <translation>Nombre total de membres votants, tel que la charte le fixe (25 pour un conseil de soins).</translation>
    </message>
    <message>
        <source>Sectors, Professions and &amp;Functions…</source>
        <translation>Secteurs, professions et &amp;fonctions…</translation>
    </message>
</context>
<context>
    <name>Quorum::DecisionDialogs</name>
    <message>
        <source>%1 in French</source>
        <translation>%1 en français</translation>
    </message>
    <message>
        <source>%1 in Dutch</source>
        <translation>%1 en néerlandais</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
</context>
<context>
    <name>Quorum::DecisionRules</name>
    <message>
        <source>The decision rule is empty.</source>
        <translation>La règle de décision est vide.</translation>
    </message>
    <message>
        <source>Unknown decision method “%1”: expected %2.</source>
        <translation>Méthode de décision «&#xa0;%1&#xa0;» inconnue (attendu&#xa0;: %2).</translation>
    </message>
    <message>
        <source>“%1” in the decision rule is not of the form key=value.</source>
        <translation>«&#xa0;%1&#xa0;» dans la règle de décision n&apos;est pas de la forme clé=valeur.</translation>
    </message>
    <message>
        <source>The key “%1” appears twice in the decision rule.</source>
        <translation>La clé «&#xa0;%1&#xa0;» apparaît deux fois dans la règle de décision.</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2: expected %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur valide pour %2 (attendu&#xa0;: %3).</translation>
    </message>
    <message>
        <source>An election threshold is a fraction such as 2/3, not “simple”.</source>
        <translation>Un seuil d&apos;élection est une fraction comme 2/3, pas «&#xa0;simple&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a valid threshold: write simple or a fraction n/d with 0 &lt; n ≤ d ≤ 100, such as 2/3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un seuil valide&#xa0;: écrivez simple ou une fraction n/d avec 0 &lt; n ≤ d ≤ 100, comme 2/3.</translation>
    </message>
    <message>
        <source>The number of seats must be between 1 and 1000, not “%1”.</source>
        <translation>Le nombre de sièges doit être compris entre 1 et 1000, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The number of dots must be between 1 and 100, not “%1”.</source>
        <translation>Le nombre de points doit être compris entre 1 et 100, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown key “%1” in the decision rule.</source>
        <translation>Clé «&#xa0;%1&#xa0;» inconnue dans la règle de décision.</translation>
    </message>
</context>
<context>
    <name>Quorum::Documents</name>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Cette réunion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>PDF export needs fonts, which a text-only run cannot load.</source>
        <translation>L&apos;export PDF a besoin de polices, qu&apos;une exécution en mode texte ne peut pas charger.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Le PDF n&apos;a pas pu être finalisé.</translation>
    </message>
    <message>
        <source>Pages cannot be drawn at %1 dpi.</source>
        <translation>Les pages ne peuvent pas être dessinées à %1 dpi.</translation>
    </message>
    <message>
        <source>The ODT could not be written (%1).</source>
        <translation>L&apos;ODT n&apos;a pas pu être écrit (%1).</translation>
    </message>
</context>
<context>
    <name>Quorum::Exchange</name>
    <message>
        <source>%1: expected an object.</source>
        <translation>%1&#xa0;: un objet est attendu.</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; must be a positive whole number.</source>
        <translation>%1&#xa0;: &quot;id&quot; doit être un nombre entier positif.</translation>
    </message>
    <message>
        <source>%1: &quot;position&quot; must be a whole number from 0.</source>
        <translation>%1&#xa0;: &quot;position&quot; doit être un nombre entier à partir de 0.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1&#xa0;: champ inconnu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an object with the strings &quot;fr&quot; and &quot;nl&quot;.</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit être un objet contenant les chaînes &quot;fr&quot; et &quot;nl&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit valoir true ou false.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number or null.</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit être un nombre entier ou null.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string or null.</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit être une chaîne de caractères ou null.</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1&#xa0;: écriture impossible (%2).</translation>
    </message>
    <message>
        <source>%1: not a Quorum workspace export (expected a JSON object).</source>
        <translation>%1&#xa0;: ce n&apos;est pas un export d&apos;espace de travail Quorum (objet JSON attendu).</translation>
    </message>
    <message>
        <source>%1: not a Quorum workspace export (&quot;format&quot; is not &quot;%2&quot;).</source>
        <translation>%1&#xa0;: ce n&apos;est pas un export d&apos;espace de travail Quorum (&quot;format&quot; n&apos;est pas &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; is missing or invalid.</source>
        <translation>%1&#xa0;: &quot;formatVersion&quot; est absent ou non valide.</translation>
    </message>
    <message>
        <source>%1: written by a newer Quorum (format version %2; this version reads up to %3).</source>
        <translation>%1&#xa0;: écrit par une version plus récente de Quorum (version de format %2&#xa0;; cette version lit jusqu&apos;à la version %3).</translation>
    </message>
    <message>
        <source>%1: unknown section &quot;%2&quot;.</source>
        <translation>%1&#xa0;: section inconnue &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array.</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit être un tableau.</translation>
    </message>
    <message>
        <source>%1 already exists; Quorum never overwrites a workspace. Choose another name.</source>
        <translation>%1 existe déjà&#xa0;; Quorum n&apos;écrase jamais un espace de travail. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1&#xa0;: le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: cannot be written (the name was taken meanwhile, or the folder is read-only).</source>
        <translation>%1&#xa0;: écriture impossible (le nom a été pris entre-temps, ou le dossier est en lecture seule).</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1&#xa0;: lecture impossible (%2).</translation>
    </message>
    <message>
        <source>%1 is being written by another Quorum process; wait for it to finish.</source>
        <translation>%1 est en cours d&apos;écriture par un autre processus Quorum&#xa0;; attendez qu&apos;il ait terminé.</translation>
    </message>
    <message>
        <source>%1: cannot be written (the folder is read-only).</source>
        <translation>%1&#xa0;: écriture impossible (le dossier est en lecture seule).</translation>
    </message>
    <message>
        <source>%1: cannot be written (its lock file cannot be created).</source>
        <translation>%1&#xa0;: écriture impossible (son fichier de verrou ne peut pas être créé).</translation>
    </message>
    <message>
        <source>%1: more problems not shown: %2.</source>
        <translation>%1&#xa0;: autres problèmes non affichés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at line %2 (%3).</source>
        <translation>%1&#xa0;: JSON non valide à la ligne %2 (%3).</translation>
    </message>
    <message>
        <source>%1: not valid JSON.</source>
        <translation>%1&#xa0;: JSON non valide.</translation>
    </message>
    <message>
        <source>%1: line %2 holds a text longer than %3 MB, more than any field of a workspace allows; nothing was imported.</source>
        <translation>%1&#xa0;: la ligne %2 contient un texte de plus de %3&#xa0;Mo, plus qu’aucun champ d’un espace de travail ne permet&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at line %2.</source>
        <translation>%1&#xa0;: JSON non valide à la ligne %2.</translation>
    </message>
    <message>
        <source>%1: values nested more than %2 levels deep at line %3; a workspace export has at most four.</source>
        <translation>%1&#xa0;: valeurs imbriquées sur plus de %2 niveaux à la ligne %3&#xa0;; un export d’espace de travail en compte au plus quatre.</translation>
    </message>
    <message>
        <source>%1: the record at line %2 holds more than %3 values; a workspace record has a few dozen.</source>
        <translation>%1&#xa0;: l’enregistrement de la ligne %2 contient plus de %3 valeurs&#xa0;; un enregistrement d’espace de travail en a quelques dizaines.</translation>
    </message>
</context>
<context>
    <name>Quorum::Export</name>
    <message>
        <source>%1 is a folder; name the file to write.</source>
        <translation>%1 est un dossier&#xa0;; indiquez le nom du fichier à écrire.</translation>
    </message>
    <message>
        <source>%1 is a workspace: Quorum does not replace it. Choose another name for the export.</source>
        <translation>%1 est un espace de travail&#xa0;: Quorum ne le remplace pas. Choisissez un autre nom pour l&apos;export.</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1&#xa0;: écriture impossible (%2).</translation>
    </message>
    <message>
        <source>%1 belongs to the workspace %2: Quorum does not replace it. Choose another name for the export.</source>
        <translation>%1 fait partie de l&apos;espace de travail %2&#xa0;: Quorum ne le remplace pas. Choisissez un autre nom pour l&apos;export.</translation>
    </message>
</context>
<context>
    <name>Quorum::Generator</name>
    <message>
        <source>The number of years must be between 1 and 50.</source>
        <translation>Le nombre d&apos;années doit être compris entre 1 et 50.</translation>
    </message>
</context>
<context>
    <name>Quorum::GuestDialog</name>
    <message>
        <source>Walk-in guest</source>
        <translation>Invité sur place</translation>
    </message>
    <message>
        <source>A guest is in the room but is not a member: they count in the balance, never in the quorum.</source>
        <translation>Un invité est présent dans la salle mais n&apos;est pas membre&#xa0;: il compte dans l&apos;équilibre, jamais dans le quorum.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Quorum::HistoryPanel</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Any word of a decision, its objections or its rationale</source>
        <translation>N&apos;importe quel mot d&apos;une décision, de ses objections ou de sa motivation</translation>
    </message>
    <message>
        <source>Coun&amp;cil</source>
        <translation>&amp;Conseil</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>The decisions shown, as JSON, Markdown or PDF</source>
        <translation>Les décisions affichées, en JSON, Markdown ou PDF</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Decision details</source>
        <translation>Détails de la décision</translation>
    </message>
    <message>
        <source>All councils</source>
        <translation>Tous les conseils</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message>
        <source>No decision matches. Decisions appear here once their vote is closed.</source>
        <translation>Aucune décision ne correspond. Les décisions apparaissent ici une fois leur vote clôturé.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Proposal: %1 (%2)</source>
        <translation>Proposition&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Objection (%1): %2</source>
        <translation>Objection (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Counter-proposal: %1 (%2)</source>
        <translation>Contre-proposition&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>Motivation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: name the file .json, .md or .pdf.</source>
        <translation>%1&#xa0;: nommez le fichier .json, .md ou .pdf.</translation>
    </message>
    <message>
        <source>Export the decisions</source>
        <translation>Exporter les décisions</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Markdown (*.md);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Quorum::Ideas</name>
    <message>
        <source>Type what was said first: a card needs a text.</source>
        <translation>Tapez d&apos;abord ce qui a été dit&#xa0;: une carte a besoin d&apos;un texte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of card.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de carte.</translation>
    </message>
    <message>
        <source>This meeting is not in the workspace.</source>
        <translation>Cette réunion n&apos;est pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>This workshop is not one of the meeting&apos;s.</source>
        <translation>Cet atelier n&apos;est pas un atelier de cette réunion.</translation>
    </message>
    <message>
        <source>This issue is not one of the meeting&apos;s.</source>
        <translation>Cet enjeu n&apos;est pas un enjeu de cette réunion.</translation>
    </message>
    <message>
        <source>A card to group is no longer in the workspace.</source>
        <translation>Une carte à regrouper n&apos;est plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>This issue is not in the workspace.</source>
        <translation>Cet enjeu n&apos;est pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>A card goes into an issue of its own meeting only.</source>
        <translation>Une carte ne va que dans un enjeu de sa propre réunion.</translation>
    </message>
    <message>
        <source>Group cards</source>
        <translation>Regrouper des cartes</translation>
    </message>
    <message>
        <source>Name the issue in at least one language.</source>
        <translation>Nommez l&apos;enjeu dans au moins une langue.</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>Nouvel enjeu</translation>
    </message>
    <message>
        <source>This agenda item is not in the workspace.</source>
        <translation>Ce point de l&apos;ordre du jour n&apos;est pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Priorities and proposals go on a decision item.</source>
        <translation>Les priorités et les propositions vont sur un point de décision.</translation>
    </message>
    <message>
        <source>Choose a decision item of this meeting or of a later meeting of the council.</source>
        <translation>Choisissez un point de décision de cette réunion ou d&apos;une réunion ultérieure du conseil.</translation>
    </message>
    <message>
        <source>Give each participant between 1 and 100 dots.</source>
        <translation>Donnez à chaque participant entre 1 et 100 gommettes.</translation>
    </message>
    <message>
        <source>Priorities need at least two issues to choose between.</source>
        <translation>Des priorités demandent au moins deux enjeux entre lesquels choisir.</translation>
    </message>
    <message>
        <source>Set priorities among the issues</source>
        <translation>Fixer des priorités parmi les enjeux</translation>
    </message>
    <message>
        <source>This issue is already a proposal on the agenda.</source>
        <translation>Cet enjeu est déjà une proposition à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>Put an issue on the agenda as a proposal</source>
        <translation>Mettre un enjeu à l&apos;ordre du jour comme proposition</translation>
    </message>
</context>
<context>
    <name>Quorum::IdeasPanel</name>
    <message>
        <source>New Issue</source>
        <translation>Nouvel enjeu</translation>
    </message>
    <message>
        <source>Name of the issue the selected cards are about:</source>
        <translation>Nom de l&apos;enjeu dont parlent les cartes choisies&#xa0;:</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Problem seen</source>
        <translation>Problème constaté</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Inspiring practice</source>
        <translation>Pratique inspirante</translation>
    </message>
    <message>
        <source>Said in French</source>
        <translation>Dit en français</translation>
    </message>
    <message>
        <source>Said in Dutch</source>
        <translation>Dit en néerlandais</translation>
    </message>
    <message>
        <source>&amp;New card:</source>
        <translation>&amp;Nouvelle carte&#xa0;:</translation>
    </message>
    <message>
        <source>Type what was said, then Enter</source>
        <translation>Tapez ce qui a été dit, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Issues and the proposals made of them:</source>
        <translation>&amp;Enjeux et propositions qui en sont tirées&#xa0;:</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Set Priorities</source>
        <translation>Fixer des priorités</translation>
    </message>
    <message>
        <source>Dots per participant:</source>
        <translation>Gommettes par participant&#xa0;:</translation>
    </message>
    <message>
        <source>Put on the Agenda</source>
        <translation>Mettre à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This meeting and the council&apos;s later meetings have no decision item: add one to the agenda first.</source>
        <translation>Cette réunion et les réunions suivantes du conseil n&apos;ont pas de point de décision&#xa0;: ajoutez-en un à l&apos;ordre du jour d&apos;abord.</translation>
    </message>
    <message>
        <source>Decision item:</source>
        <translation>Point de décision&#xa0;:</translation>
    </message>
    <message>
        <source>Select the issue to put on the agenda.</source>
        <translation>Choisissez l&apos;enjeu à mettre à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>Set &amp;Priorities by Dot Vote…</source>
        <translation>Fixer des &amp;priorités par gommettes…</translation>
    </message>
    <message>
        <source>Opens a dot vote among this meeting&apos;s issues on a decision item; the dots show beside each issue</source>
        <translation>Ouvre un vote par gommettes entre les enjeux de cette réunion sur un point de décision&#xa0;; les gommettes s&apos;affichent à côté de chaque enjeu</translation>
    </message>
    <message>
        <source>Put on the A&amp;genda as a Proposal…</source>
        <translation>Mettre à l&apos;ordre du jour comme propo&amp;sition…</translation>
    </message>
    <message>
        <source>The selected issue becomes a proposal on a decision item of this meeting or of a later one</source>
        <translation>L&apos;enjeu choisi devient une proposition sur un point de décision de cette réunion ou d&apos;une suivante</translation>
    </message>
    <message>
        <source>&amp;Cards (Ctrl+G makes an issue of the selected cards, or drag them onto an issue; a card never names who said it):</source>
        <translation>&amp;Cartes (Ctrl+G fait un enjeu des cartes choisies, ou faites-les glisser sur un enjeu&#xa0;; une carte ne nomme jamais qui l&apos;a dit)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Quorum::ImportMembersDialog</name>
    <message>
        <source>Choose the spreadsheet, saved as CSV or as tab-separated text.</source>
        <translation>Choisissez la feuille de calcul, enregistrée en CSV ou en texte séparé par des tabulations.</translation>
    </message>
    <message>
        <source>Import Members</source>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <source>Spreadsheets saved as text (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Feuilles de calcul enregistrées en texte (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>not imported (unknown column)</source>
        <translation>non importée (colonne inconnue)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct in the spreadsheet before it can be imported: the file is imported whole or not at all.</source>
        <translation>
            <numerusform>%n problème à corriger dans la feuille de calcul avant de pouvoir l’importer&#xa0;: le fichier est importé en entier ou pas du tout.</numerusform>
            <numerusform>%n problèmes à corriger dans la feuille de calcul avant de pouvoir l’importer&#xa0;: le fichier est importé en entier ou pas du tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>des points-virgules</translation>
    </message>
    <message>
        <source>%1, cells separated by %2. %3 to add, %4 to update, %5 unchanged.</source>
        <translation>%1, cellules séparées par %2. %3 à ajouter, %4 à mettre à jour, %5 inchangés.</translation>
    </message>
    <message>
        <source>&amp;Problems (%1):</source>
        <translation>&amp;Problèmes (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>First &amp;rows of the file (line numbers as in the file):</source>
        <translation>Premières &amp;lignes du fichier (numéros de ligne tels que dans le fichier)&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;lumns:</source>
        <translation>C&amp;olonnes&#xa0;:</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>Créer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Values no entry is called: choose an entry, or create one of that name:</source>
        <translation>&amp;Valeurs qu&apos;aucune entrée ne nomme&#xa0;: choisissez une entrée, ou créez-en une de ce nom&#xa0;:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
</context>
<context>
    <name>Quorum::ListsDialog</name>
    <message>
        <source>Sectors, Professions and Functions</source>
        <translation>Secteurs, professions et fonctions</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation>Nom en néerlandais</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <source>Everyone with the selected entry gets the one you choose, and the selected entry goes.</source>
        <translation>Toutes les personnes qui ont l’entrée sélectionnée reçoivent celle que vous choisissez, et l’entrée sélectionnée disparaît.</translation>
    </message>
    <message>
        <source>Only an entry nobody uses can be removed; merge it otherwise.</source>
        <translation>Seule une entrée que personne n’utilise peut être supprimée&#xa0;; sinon, fusionnez-la.</translation>
    </message>
    <message>
        <source>Rename an entry in the table; the names show in each language&apos;s screens and documents. Undo takes back any change.</source>
        <translation>Renommez une entrée dans le tableau&#xa0;; les noms s’affichent dans les écrans et les documents de chaque langue. Annuler revient sur toute modification.</translation>
    </message>
    <message>
        <source>There is no other entry to merge into.</source>
        <translation>Il n’y a aucune autre entrée avec laquelle fusionner.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» avec&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Quorum::MainWindow</name>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>No temporary folder is available for the demo workspace.</source>
        <translation>Aucun dossier temporaire n&apos;est disponible pour l&apos;espace de travail de démonstration.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Quorum workspaces (*.quorum)</source>
        <translation>Espaces de travail Quorum (*.quorum)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Quorum workspaces (*.quorum);;All files (*)</source>
        <translation>Espaces de travail Quorum (*.quorum);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Enregistrer l&apos;espace de travail sous</translation>
    </message>
    <message>
        <source>Saved as %1. Every change is now written there.</source>
        <translation>Enregistré sous %1. Toutes les modifications y sont désormais enregistrées.</translation>
    </message>
    <message>
        <source>About Quorum</source>
        <translation>À propos de Quorum</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;Runs participatory council sessions and drafts their bilingual minutes, offline, from one workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;Conduit les séances des conseils participatifs et rédige leurs synthèses bilingues, hors ligne, à partir d&apos;un seul fichier d&apos;espace de travail.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Demo workspace (temporary copy: use Save As to keep it) — Quorum</source>
        <translation>Espace de travail de démonstration (copie temporaire&#xa0;: utilisez Enregistrer sous pour la conserver) — Quorum</translation>
    </message>
    <message>
        <source>%1 — Quorum</source>
        <translation>%1 — Quorum</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>Ouvrir l&apos;espace de travail de &amp;démonstration</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;About Quorum</source>
        <translation>À &amp;propos de Quorum</translation>
    </message>
    <message>
        <source>&amp;Council</source>
        <translation>&amp;Conseil</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>&amp;Ateliers</translation>
    </message>
    <message>
        <source>Prepare and run participatory council sessions — agenda, members, meetings and workshops — in French and Dutch, without internet. Everything is kept in one workspace file and saved as you type.</source>
        <translation>Préparez et menez les séances de vos conseils participatifs — ordre du jour, membres, réunions et ateliers — en français et en néerlandais, sans connexion internet. Tout est conservé dans un seul fichier d&apos;espace de travail et enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>Explore the &amp;Demo</source>
        <translation>Découvrir la dé&amp;mo</translation>
    </message>
    <message>
        <source>Co&amp;uncils:</source>
        <translation>&amp;Conseils&#xa0;:</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Meetings and agenda</source>
        <translation>Réunions et ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Session Console</source>
        <translation>Co&amp;nsole de séance</translation>
    </message>
    <message>
        <source>&amp;Projector Screen</source>
        <translation>Écran du pro&amp;jecteur</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>&amp;Présence</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Écran %1&#xa0;: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>The session of %1 was still running: it continues where it was.</source>
        <translation>La séance du %1 était encore en cours&#xa0;: elle reprend là où elle s&apos;était arrêtée.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>Projector on &amp;Screen</source>
        <translation>Projec&amp;teur sur l&apos;écran</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>S&amp;ynthèse</translation>
    </message>
    <message>
        <source>Minutes Pre&amp;view</source>
        <translation>Aperç&amp;u de la synthèse</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>V&amp;otes</source>
        <translation>&amp;Votes</translation>
    </message>
    <message>
        <source>Decision &amp;History</source>
        <translation>&amp;Historique des décisions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Votes of the meeting</source>
        <translation>Votes de la réunion</translation>
    </message>
    <message>
        <source>History of decisions</source>
        <translation>Historique des décisions</translation>
    </message>
    <message>
        <source>%1 Nothing of it was saved: the workspace shows what the file holds.</source>
        <translation>%1 Rien n&apos;en a été enregistré&#xa0;: l&apos;espace de travail montre ce que contient le fichier.</translation>
    </message>
    <message>
        <source>%1 is read-only: it opens for reading, and nothing can be changed in it. Save a copy (File › Save As) to edit.</source>
        <translation>%1 est en lecture seule&#xa0;: il s&apos;ouvre en lecture et rien ne peut y être modifié. Enregistrez une copie (Fichier › Enregistrer sous) pour le modifier.</translation>
    </message>
    <message>
        <source>Workspace in use on another computer</source>
        <translation>Espace de travail utilisé sur un autre ordinateur</translation>
    </message>
    <message>
        <source>%1 is marked as open in Quorum on the computer %2.</source>
        <translation>%1 est indiqué comme ouvert dans Quorum sur l’ordinateur %2.</translation>
    </message>
    <message>
        <source>If Quorum still runs there, taking the file over means two people writing to it at once, which can damage it beyond repair. Take it over only if you are sure that Quorum is closed on %1 (or that computer is off).</source>
        <translation>Si Quorum y tourne encore, reprendre le fichier signifie que deux personnes y écrivent en même temps, ce qui peut l’endommager irrémédiablement. Ne le reprenez que si vous êtes sûr que Quorum est fermé sur %1 (ou que cet ordinateur est éteint).</translation>
    </message>
    <message>
        <source>Take Over the Workspace</source>
        <translation>Reprendre l’espace de travail</translation>
    </message>
    <message>
        <source>Choose the council the members belong to, then import them.</source>
        <translation>Choisissez le conseil auquel appartiennent les membres, puis importez-les.</translation>
    </message>
    <message>
        <source>Import Members</source>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <source>Spreadsheets saved as text (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Feuilles de calcul enregistrées en texte (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Members imported: %1 added, %2 updated, %3 unchanged. Edit › Undo takes the import back.</source>
        <translation>Membres importés&#xa0;: %1 ajoutés, %2 mis à jour, %3 inchangés. Édition › Annuler annule l’importation.</translation>
    </message>
    <message>
        <source>Import &amp;Members…</source>
        <translation>Importer des &amp;membres…</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Idées</translation>
    </message>
</context>
<context>
    <name>Quorum::MeetingsPanel</name>
    <message>
        <source>&amp;Meetings of this council:</source>
        <translation>Ré&amp;unions de ce conseil&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ocuments of the selected item:</source>
        <translation>Documen&amp;ts du point sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>Ate&amp;liers</translation>
    </message>
    <message>
        <source>The meeting has no start time: times count from its start.</source>
        <translation>La réunion n&apos;a pas d&apos;heure de début&#xa0;: les heures sont comptées depuis son début.</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) in parallel in this slot</source>
        <translation>
            <numerusform>%n atelier en parallèle dans ce créneau</numerusform>
            <numerusform>%n ateliers en parallèle dans ce créneau</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the meeting to start from first.</source>
        <translation>Choisissez d&apos;abord la réunion de départ.</translation>
    </message>
    <message>
        <source>%1 (session %2)</source>
        <extracomment>The meeting copied: its date and session number</extracomment>
        <translation>%1 (séance %2)</translation>
    </message>
    <message>
        <source>&amp;New Meeting from This One…</source>
        <translation>&amp;Nouvelle réunion à partir de celle-ci…</translation>
    </message>
    <message>
        <source>Start a new meeting with the hours, place, objectives, agenda and workshops of this one (Ctrl+D)</source>
        <translation>Créer une nouvelle réunion avec les heures, le lieu, les objectifs, l&apos;ordre du jour et les ateliers de celle-ci (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Idées</translation>
    </message>
</context>
<context>
    <name>Quorum::Members</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB): a list of members is read up to %2 MB.</source>
        <translation>Le fichier est trop volumineux (%1&#xa0;Mo)&#xa0;: une liste de membres est lue jusqu’à %2&#xa0;Mo.</translation>
    </message>
    <message>
        <source>The file is not a text file: save the spreadsheet as CSV (or as tab-separated text) and choose that file.</source>
        <translation>Le fichier n’est pas un fichier texte&#xa0;: enregistrez la feuille de calcul en CSV (ou en texte séparé par des tabulations) et choisissez ce fichier.</translation>
    </message>
    <message>
        <source>Line %1 has %2 columns: at most %3 are read. Is this a list of members?</source>
        <translation>La ligne %1 compte %2 colonnes&#xa0;: %3 au maximum sont lues. S’agit-il bien d’une liste de membres&#xa0;?</translation>
    </message>
    <message>
        <source>The file has more than %1 rows: a list of members is read up to %1.</source>
        <translation>Le fichier compte plus de %1 lignes&#xa0;: une liste de membres est lue jusqu’à %1 lignes.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted cell that never closes: the file is cut short or damaged.</source>
        <translation>La ligne %1 ouvre une cellule entre guillemets qui n’est jamais fermée&#xa0;: le fichier est tronqué ou endommagé.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Bassin</source>
        <translation>Bassin</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Sous-groupe</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Début du mandat</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fin du mandat</translation>
    </message>
    <message>
        <source>Mandatory partner</source>
        <translation>Partenaire obligatoire</translation>
    </message>
    <message>
        <source>%1 cells where the header has %2 columns: is a separator missing from a quoted cell?</source>
        <translation>%1 cellules alors que l’en-tête compte %2 colonnes&#xa0;: une cellule contenant un séparateur n’est-elle pas entre guillemets&#xa0;?</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>le nom est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a language Quorum knows (français, Nederlands, English, or fr, nl, en).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une langue connue de Quorum (français, Nederlands, English, ou fr, nl, en).</translation>
    </message>
    <message>
        <source>“%1” is not a gender Quorum knows (femme, homme, non-binaire; vrouw, man, non-binair; F, M, X).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un genre connu de Quorum (femme, homme, non-binaire&#xa0;; vrouw, man, non-binair&#xa0;; F, M, X).</translation>
    </message>
    <message>
        <source>“%1” is not a role Quorum knows (votant, consultatif, animateur, secrétaire; stemgerechtigd, adviserend, facilitator, secretaris).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un rôle connu de Quorum (votant, consultatif, animateur, secrétaire&#xa0;; stemgerechtigd, adviserend, facilitator, secretaris).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 31/12/2025 or 2025-12-31).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (écrivez 31/12/2025 ou 2025-12-31).</translation>
    </message>
    <message>
        <source>the term ends (%1) before it starts (%2).</source>
        <translation>le mandat se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no (oui/non, ja/nee, 1/0).</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni oui ni non (oui/non, ja/nee, 1/0).</translation>
    </message>
    <message>
        <source>professions: %1</source>
        <translation>professions&#xa0;: %1</translation>
    </message>
    <message>
        <source>functions: %1</source>
        <translation>fonctions&#xa0;: %1</translation>
    </message>
    <message>
        <source>New in the lists (rename or merge them later in the settings): %1.</source>
        <extracomment>Followed by &quot;sectors: a; professions: b, c; functions: d&quot;</extracomment>
        <translation>Ajouts aux listes (à renommer ou fusionner plus tard dans les paramètres)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is no council with id %1 in this workspace.</source>
        <translation>Cet espace de travail ne contient aucun conseil d’identifiant %1.</translation>
    </message>
    <message>
        <source>the columns “%1” and “%2” both give the %3.</source>
        <translation>les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» indiquent toutes deux la même donnée (%3).</translation>
    </message>
    <message>
        <source>no column of the first line is one Quorum knows: the first line must name the columns (Nom, Naam or Name; Organisation; E-mail…).</source>
        <translation>aucune colonne de la première ligne n’est connue de Quorum&#xa0;: la première ligne doit nommer les colonnes (Nom, Naam ou Name&#xa0;; Organisation&#xa0;; E-mail…).</translation>
    </message>
    <message>
        <source>no column gives the name (Nom, Naam or Name).</source>
        <translation>aucune colonne ne donne le nom (Nom, Naam ou Name).</translation>
    </message>
    <message>
        <source>The file has a header but no member below it.</source>
        <translation>Le fichier a un en-tête, mais aucun membre en dessous.</translation>
    </message>
    <message>
        <source>the same person as line %1.</source>
        <translation>la même personne qu’à la ligne %1.</translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported: %n problem(s).</source>
        <translation>
            <numerusform>Le fichier n’a pas été importé&#xa0;: %n problème.</numerusform>
            <numerusform>Le fichier n’a pas été importé&#xa0;: %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no member to import.</source>
        <translation>Le fichier ne contient aucun membre à importer.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n member(s)</source>
        <translation>
            <numerusform>Importation de %n membre</numerusform>
            <numerusform>Importation de %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>A problem of an imported spreadsheet: &quot;Line 12: the name is empty.&quot;</extracomment>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is mapped to an entry that does not exist (id %2).</source>
        <translation>«&#xa0;%1&#xa0;» est associé à une entrée qui n&apos;existe pas (id %2).</translation>
    </message>
    <message>
        <source>no bassin is called “%1” (Nord, Nord-Est, Sud-Est, Sud, Centre-Ouest or their Dutch names): map it to a bassin or create it.</source>
        <translation>aucun bassin ne s&apos;appelle «&#xa0;%1&#xa0;» (Nord, Nord-Est, Sud-Est, Sud, Centre-Ouest ou leurs noms néerlandais)&#xa0;: associez-le à un bassin ou créez-le.</translation>
    </message>
    <message>
        <source>this council has no subgroup called “%1” in French or in Dutch: map it to a subgroup or create it.</source>
        <translation>ce conseil n&apos;a pas de sous-groupe appelé «&#xa0;%1&#xa0;» en français ni en néerlandais&#xa0;: associez-le à un sous-groupe ou créez-le.</translation>
    </message>
    <message>
        <source>no sector is called “%1” in French or in Dutch: map it to a sector or create it.</source>
        <translation>aucun secteur ne s&apos;appelle «&#xa0;%1&#xa0;» en français ni en néerlandais&#xa0;: associez-le à un secteur ou créez-le.</translation>
    </message>
    <message>
        <source>sectors: %1</source>
        <translation>secteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>bassins: %1</source>
        <translation>bassins&#xa0;: %1</translation>
    </message>
    <message>
        <source>subgroups: %1</source>
        <translation>sous-groupes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::MembersPanel</name>
    <message>
        <source>Add member</source>
        <translation>Ajout&#xa0;: membre</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n member(s)</source>
        <translation>
            <numerusform>%1 sur %n membre</numerusform>
            <numerusform>%1 sur %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a member by name, organisation, sector, bassin…</source>
        <translation>Rechercher un membre par nom, organisation, secteur, bassin…</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Rechercher un membre</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>&amp;Erase This Person from the Workspace…</source>
        <translation>&amp;Effacer cette personne de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Everyone in this workspace is already a member of this council.</source>
        <translation>Toutes les personnes de cet espace de travail sont déjà membres de ce conseil.</translation>
    </message>
    <message>
        <source>Add an existing person</source>
        <translation>Ajouter une personne existante</translation>
    </message>
    <message>
        <source>Whom do you add to this council? They keep their other memberships.</source>
        <translation>Qui ajoutez-vous à ce conseil&#xa0;? La personne garde ses autres affiliations.</translation>
    </message>
    <message>
        <source>Add an E&amp;xisting Person…</source>
        <translation>Ajouter une personne e&amp;xistante…</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export &amp;Personal Data…</source>
        <translation>Exporter les &amp;données personnelles…</translation>
    </message>
    <message numerus="yes">
        <source>Erase %1 and their memberships of %n council(s) from this workspace? Their name and organisation are also removed from candidacies and texts that copied them; results keep their counts. This cannot be undone. Use this when someone asks to be forgotten; to end one membership, remove the row instead.</source>
        <translation>
            <numerusform>Effacer %1 et son affiliation à %n conseil de cet espace de travail&#xa0;? Son nom et son organisation sont aussi retirés des candidatures et des textes qui les ont copiés&#xa0;; les résultats gardent leurs décomptes. Cette opération est irréversible. Utilisez-la quand quelqu&apos;un demande à être oublié&#xa0;; pour mettre fin à une seule affiliation, supprimez plutôt la ligne.</numerusform>
            <numerusform>Effacer %1 et ses affiliations à %n conseils de cet espace de travail&#xa0;? Son nom et son organisation sont aussi retirés des candidatures et des textes qui les ont copiés&#xa0;; les résultats gardent leurs décomptes. Cette opération est irréversible. Utilisez-la quand quelqu&apos;un demande à être oublié&#xa0;; pour mettre fin à une seule affiliation, supprimez plutôt la ligne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Quorum::MinutesPanel</name>
    <message>
        <source>Missing in French: this section has a title or a text in Dutch only.</source>
        <translation>Manque en français&#xa0;: cette section a un titre ou un texte en néerlandais uniquement.</translation>
    </message>
    <message>
        <source>Missing in Dutch: this section has a title or a text in French only.</source>
        <translation>Manque en néerlandais&#xa0;: cette section a un titre ou un texte en français uniquement.</translation>
    </message>
    <message>
        <source>Choose a meeting in the Meetings tab to preview its minutes.</source>
        <translation>Choisissez une réunion dans l&apos;onglet Réunions pour afficher l&apos;aperçu de sa synthèse.</translation>
    </message>
    <message>
        <source>No minutes yet for this meeting</source>
        <translation>Pas encore de synthèse pour cette réunion</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>Aucune réunion choisie</translation>
    </message>
    <message>
        <source>The minutes are made of sections — objectives, participants, the round table, one summary per workshop, decisions, save the date… — each in French and Dutch. Start the draft from the meeting: it is pre-filled from the agenda, the live notes, the attendance, the workshops and the next meeting, so you edit rather than retype.</source>
        <translation>La synthèse se compose de sections — objectifs, participants, tour de table, un résumé par atelier, décisions, date à retenir… —, chacune en français et en néerlandais. Commencez le brouillon à partir de la réunion&#xa0;: il est prérempli avec l&apos;ordre du jour, les notes prises en séance, les présences, les ateliers et la prochaine réunion, pour que vous corrigiez au lieu de tout retaper.</translation>
    </message>
    <message>
        <source>Choose a meeting in the Meetings tab to write its minutes.</source>
        <translation>Choisissez une réunion dans l&apos;onglet Réunions pour rédiger sa synthèse.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Adresse web ou e-mail (https://…, mailto:…)&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” cannot be linked: only web (http, https) and e-mail (mailto) addresses can.</source>
        <translation>Impossible de créer un lien vers «&#xa0;%1&#xa0;»&#xa0;: seules les adresses web (http, https) et e-mail (mailto) sont acceptées.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Start the &amp;draft from the meeting (Ctrl+Shift+D)</source>
        <translation>Commencer le &amp;brouillon à partir de la réunion (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>Start the &amp;Draft from the Meeting</source>
        <translation>Commencer le &amp;brouillon à partir de la réunion</translation>
    </message>
    <message>
        <source>Se&amp;ctions:</source>
        <translation>Se&amp;ctions&#xa0;:</translation>
    </message>
    <message>
        <source>Insert adds a section, Delete removes it, Ctrl+Shift+↑/↓ or a drag moves it.</source>
        <translation>Inser ajoute une section, Suppr la retire, Ctrl+Maj+↑/↓ ou un glisser la déplace.</translation>
    </message>
    <message>
        <source>Choose a section in the list to edit its texts.</source>
        <translation>Choisissez une section dans la liste pour modifier ses textes.</translation>
    </message>
    <message>
        <source>Title (&amp;French):</source>
        <translation>Titre (&amp;français)&#xa0;:</translation>
    </message>
    <message>
        <source>Title (D&amp;utch):</source>
        <translation>Titre (&amp;néerlandais)&#xa0;:</translation>
    </message>
    <message>
        <source>Text (F&amp;rench):</source>
        <translation>Texte (fr&amp;ançais)&#xa0;:</translation>
    </message>
    <message>
        <source>Text (Dutc&amp;h):</source>
        <translation>Texte (né&amp;erlandais)&#xa0;:</translation>
    </message>
    <message>
        <source>⚠ The French text is missing: this section has a Dutch text only.</source>
        <translation>⚠ Le texte français manque&#xa0;: cette section n&apos;a qu&apos;un texte néerlandais.</translation>
    </message>
    <message>
        <source>⚠ The Dutch text is missing: this section has a French text only.</source>
        <translation>⚠ Le texte néerlandais manque&#xa0;: cette section n&apos;a qu&apos;un texte français.</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Clear formatting</source>
        <translation>Effacer la mise en forme</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The council&apos;s minutes &amp;template… (Ctrl+Shift+T)</source>
        <translation>Le &amp;modèle de synthèse du conseil… (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <source>Edit the Council&apos;s Minutes &amp;Template…</source>
        <translation>Modifier le &amp;modèle de synthèse du conseil…</translation>
    </message>
</context>
<context>
    <name>Quorum::MinutesPreview</name>
    <message>
        <source>Nothing to preview.</source>
        <translation>Rien à afficher en aperçu.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Zoom out (%1): now %2 %</source>
        <translation>Zoom arrière (%1)&#xa0;: maintenant %2&#xa0;%</translation>
    </message>
    <message>
        <source>Zoom in (%1): now %2 %</source>
        <translation>Zoom avant (%1)&#xa0;: maintenant %2&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>Les deux, côte à côte</translation>
    </message>
    <message>
        <source>Both, one after the other</source>
        <translation>Les deux, l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Page précédente</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Page suivante ▶</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Choisissez d&apos;abord une réunion.</translation>
    </message>
    <message>
        <source>%1: name the file .pdf, .odt, .html or .md.</source>
        <translation>%1&#xa0;: nommez le fichier .pdf, .odt, .html ou .md.</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>Exporter la synthèse</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Texte OpenDocument (*.odt);;Page web (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export… (Ctrl+E)</source>
        <translation>Exporter… (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>Quorum::MinutesTemplateDialog</name>
    <message>
        <source>Minutes Template — %1</source>
        <translation>Modèle de synthèse — %1</translation>
    </message>
    <message>
        <source>The sections the drafts of this council&apos;s minutes have, in this order. A title left empty keeps Quorum&apos;s; a bassin&apos;s round-table entry adds the bassin&apos;s name after the title. Without any section, drafts have all of Quorum&apos;s.</source>
        <translation>Les sections des projets de synthèse de ce conseil, dans cet ordre. Un titre laissé vide garde celui de Quorum ; le tour de table d&apos;un bassin ajoute le nom du bassin après le titre. Sans aucune section, les projets ont toutes celles de Quorum.</translation>
    </message>
    <message>
        <source>&amp;Sections (Insert adds, Delete removes, Ctrl+Shift+↑/↓ moves):</source>
        <translation>&amp;Sections (Inser ajoute, Suppr retire, Ctrl+Maj+↑/↓ déplace) :</translation>
    </message>
    <message>
        <source>Start from &amp;Quorum&apos;s Sections</source>
        <translation>Partir des sections de &amp;Quorum</translation>
    </message>
</context>
<context>
    <name>Quorum::NewMeetingDialog</name>
    <message>
        <source>New Meeting from This One</source>
        <translation>Nouvelle réunion à partir de celle-ci</translation>
    </message>
    <message>
        <source>The new meeting takes the hours, place, objectives, agenda and workshops of the meeting of %1. Documents, live notes and workshop facilitators are not copied.</source>
        <translation>La nouvelle réunion reprend les heures, le lieu, les objectifs, l&apos;ordre du jour et les ateliers de la réunion du %1. Les documents, les notes en séance et les animateurs des ateliers ne sont pas copiés.</translation>
    </message>
    <message>
        <source>&amp;Date of the new meeting:</source>
        <translation>&amp;Date de la nouvelle réunion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
</context>
<context>
    <name>Quorum::NoteTagger</name>
    <message>
        <source>&amp;Tag This Line</source>
        <translation>É&amp;tiqueter cette ligne</translation>
    </message>
    <message>
        <source>Sector &amp;News</source>
        <translation>&amp;Nouvelles du secteur</translation>
    </message>
    <message>
        <source>&amp;Question from the Floor</source>
        <translation>&amp;Question de la salle</translation>
    </message>
    <message>
        <source>&amp;Working-Group Progress</source>
        <translation>Avancement d&apos;un &amp;groupe de travail</translation>
    </message>
    <message>
        <source>&amp;Decision Rationale</source>
        <translation>Motif d&apos;une &amp;décision</translation>
    </message>
    <message>
        <source>&amp;Round Table of a Bassin</source>
        <translation>&amp;Tour de table d&apos;un bassin</translation>
    </message>
    <message>
        <source>No &amp;Tag (Stays with Its Item)</source>
        <translation>&amp;Sans étiquette (reste avec son point)</translation>
    </message>
</context>
<context>
    <name>Quorum::Objections</name>
    <message>
        <source>its counter-proposal is the proposal it objects to.</source>
        <translation>sa contre-proposition est la proposition à laquelle elle s&apos;oppose.</translation>
    </message>
    <message>
        <source>the proposal or its counter-proposal does not exist.</source>
        <translation>la proposition ou sa contre-proposition n&apos;existe pas.</translation>
    </message>
    <message>
        <source>its counter-proposal %1 belongs to another agenda item than the proposal %2 it objects to.</source>
        <translation>sa contre-proposition %1 relève d&apos;un autre point de l&apos;ordre du jour que la proposition %2 à laquelle elle s&apos;oppose.</translation>
    </message>
    <message>
        <source>This proposal no longer exists.</source>
        <translation>Cette proposition n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This objection cannot be recorded: %1</source>
        <translation>Cette objection ne peut pas être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Object, with a counter-proposal</source>
        <translation>Objection avec contre-proposition</translation>
    </message>
</context>
<context>
    <name>Quorum::PersonPickerDialog</name>
    <message>
        <source>Type a name…</source>
        <translation>Tapez un nom…</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Rechercher une personne</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Privacy</name>
    <message>
        <source>No such person.</source>
        <translation>Cette personne n&apos;existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>the records about them (%1); the reference to them removed from %2; %n text(s) that copied their name or organisation rewritten.</source>
        <translation>
            <numerusform>les données la concernant (%1)&#xa0;; la référence à cette personne retirée de %2&#xa0;; %n texte qui copiait son nom ou son organisation réécrit.</numerusform>
            <numerusform>les données la concernant (%1)&#xa0;; la référence à cette personne retirée de %2&#xa0;; %n textes qui copiaient son nom ou son organisation réécrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no other record</source>
        <translation>aucun autre élément</translation>
    </message>
    <message>
        <source>Could not erase the person: %1</source>
        <translation>Impossible d&apos;effacer la personne&#xa0;: %1</translation>
    </message>
    <message>
        <source>The person is erased, but traces remain until the journal is emptied: %1</source>
        <translation>La personne est effacée, mais des traces subsistent jusqu&apos;à ce que le journal soit vidé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ProposalDialog</name>
    <message>
        <source>Object, with a counter-proposal</source>
        <translation>Objection avec contre-proposition</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nouvelle proposition</translation>
    </message>
    <message>
        <source>Whoever objects says why and proposes something else. Both are needed: the counter-proposal can then be put to the vote or adopted instead.</source>
        <translation>La personne qui fait objection en donne la raison et propose autre chose. Les deux sont nécessaires&#xa0;: la contre-proposition peut ensuite être mise au vote ou adoptée à la place.</translation>
    </message>
    <message>
        <source>&amp;Argument</source>
        <translation>A&amp;rgument</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>Counter-proposal &amp;title</source>
        <translation>&amp;Titre de la contre-proposition</translation>
    </message>
    <message>
        <source>Counter-proposal title</source>
        <translation>Titre de la contre-proposition</translation>
    </message>
    <message>
        <source>Counter-proposal te&amp;xt</source>
        <translation>Te&amp;xte de la contre-proposition</translation>
    </message>
    <message>
        <source>Counter-proposal text</source>
        <translation>Texte de la contre-proposition</translation>
    </message>
    <message>
        <source>What the council is asked to decide, in French and in Dutch.</source>
        <translation>Ce que le conseil est appelé à décider, en français et en néerlandais.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Objection &amp;by</source>
        <translation>Objection formulée &amp;par</translation>
    </message>
    <message>
        <source>Proposed &amp;by</source>
        <translation>Proposée &amp;par</translation>
    </message>
    <message>
        <source>An objection needs its argument and a counter-proposal.</source>
        <translation>Une objection doit comporter son argument et une contre-proposition.</translation>
    </message>
    <message>
        <source>A proposal needs a title in French or in Dutch.</source>
        <translation>Une proposition doit avoir un titre en français ou en néerlandais.</translation>
    </message>
</context>
<context>
    <name>Quorum::RecordTableModel</name>
    <message>
        <source>Choose where to add the %1 first.</source>
        <translation>Choisissez d&apos;abord où ajouter l&apos;élément (%1).</translation>
    </message>
    <message>
        <source>Missing translation</source>
        <translation>Traduction manquante</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n record(s)</source>
        <translation>
            <numerusform>Suppression de %n élément</numerusform>
            <numerusform>Suppression de %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n record(s)</source>
        <translation>
            <numerusform>Déplacement de %n élément</numerusform>
            <numerusform>Déplacement de %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::RecordTableView</name>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Ajouter une ligne (Inser)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete); Undo brings them back</source>
        <translation>Supprimer les lignes sélectionnées (Suppr)&#xa0;; Annuler permet de les récupérer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Descend&amp;re</translation>
    </message>
</context>
<context>
    <name>Quorum::Schedule</name>
    <message>
        <source>Nothing planned yet.</source>
        <translation>Rien de prévu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Planned: %1 of %2 — ends %3</source>
        <extracomment>Planned length of the agenda, the session&apos;s length, the time the plan ends</extracomment>
        <translation>Prévu&#xa0;: %1 sur %2 — fin à %3</translation>
    </message>
    <message>
        <source>Planned: %1 — ends %2</source>
        <translation>Prévu&#xa0;: %1 — fin à %2</translation>
    </message>
    <message>
        <source>Planned: %1 (the meeting has no start time, so the agenda shows durations from its start)</source>
        <translation>Prévu&#xa0;: %1 (la réunion n&apos;a pas d&apos;heure de début&#xa0;: l&apos;ordre du jour indique donc les durées depuis son début)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s) without planned minutes</source>
        <extracomment>The planned summary, then how many agenda items have no planned minutes</extracomment>
        <translation>
            <numerusform>%1 · %n point sans minutes prévues</numerusform>
            <numerusform>%1 · %n points sans minutes prévues</numerusform>
        </translation>
    </message>
    <message>
        <source>The session ends before it starts: check the meeting&apos;s start and end times.</source>
        <translation>La séance se termine avant de commencer&#xa0;: vérifiez les heures de début et de fin de la réunion.</translation>
    </message>
    <message>
        <source>Overflows the session end by %1: the plan ends at %2, the session at %3.</source>
        <extracomment>Minutes of overflow, the time the plan ends, the session&apos;s end</extracomment>
        <translation>Dépasse la fin de la séance de %1&#xa0;: le programme se termine à %2, la séance à %3.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A planned length under an hour</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A planned length of an hour or more: hours, then minutes on two digits</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <extracomment>A time on a later day than the meeting&apos;s date: &quot;00:15 (+1)&quot;</extracomment>
        <translation>%1 (+%2)</translation>
    </message>
</context>
<context>
    <name>Quorum::Schema</name>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Bassin</source>
        <translation>Bassin</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Regional action council</source>
        <translation>Conseil de l&apos;Action Régionale</translation>
    </message>
    <message>
        <source>Bassin action council</source>
        <translation>Conseil de l&apos;Action du Bassin</translation>
    </message>
    <message>
        <source>Care council</source>
        <translation>Conseil de soins</translation>
    </message>
    <message>
        <source>Change workshop</source>
        <translation>Atelier du Changement</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Autre organe</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Sous-groupe</translation>
    </message>
    <message>
        <source>Minimum seats</source>
        <translation>Sièges min.</translation>
    </message>
    <message>
        <source>Maximum seats</source>
        <translation>Sièges max.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Voting member</source>
        <translation>Membre votant</translation>
    </message>
    <message>
        <source>Advisory member</source>
        <translation>Membre consultatif</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Début du mandat</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fin du mandat</translation>
    </message>
    <message>
        <source>Mandatory partner</source>
        <translation>Partenaire obligatoire</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Icebreaker</source>
        <translation>Brise-glace</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Link or file</source>
        <translation>Lien ou fichier</translation>
    </message>
    <message>
        <source>Send ahead</source>
        <translation>Envoyer à l&apos;avance</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions guides</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A bilingual column header, e.g. &quot;Title (FR)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>%1&#xa0;: texte trop long (%2 caractères)&#xa0;; %3 caractères au maximum peuvent être conservés.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas être vide.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1&#xa0;: la valeur doit être comprise entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 does not name an existing record.</source>
        <translation>%1 ne désigne aucun élément existant.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 doit être oui ou non.</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>%1 doit être une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1 must be a time written as HH:MM.</source>
        <translation>%1 doit être une heure au format HH:MM.</translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;.</source>
        <translation>%1 ne peut pas être &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Quorum rule</source>
        <translation>Règle de quorum</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Pas de quorum</translation>
    </message>
    <message>
        <source>More than half of the mandatory partners present or represented</source>
        <translation>Plus de la moitié des partenaires obligatoires présents ou représentés</translation>
    </message>
    <message>
        <source>More than half of the voting members present or represented</source>
        <translation>Plus de la moitié des membres votants présents ou représentés</translation>
    </message>
    <message>
        <source>Largest sector share (%)</source>
        <translation>Part max. d&apos;un secteur (%)</translation>
    </message>
    <message>
        <source>Live notes</source>
        <translation>Notes en séance</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Représenté</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représenté par</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Session event</source>
        <translation>Événement de séance</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>Séance ouverte</translation>
    </message>
    <message>
        <source>Moved to an item</source>
        <translation>Passage à un point</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prolongé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>Session closed</source>
        <translation>Séance clôturée</translation>
    </message>
    <message>
        <source>%1 must be a moment written as YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>%1 doit être un moment au format AAAA-MM-JJTHH:MM:SSZ.</translation>
    </message>
    <message>
        <source>Funder&apos;s mention</source>
        <translation>Mention du financeur</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Ouvert à</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Lien d&apos;inscription</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Minutes section</source>
        <translation>Section de la synthèse</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Sector news</source>
        <translation>Actualités du secteur</translation>
    </message>
    <message>
        <source>Round table of the bassins</source>
        <translation>Tour de table des bassins</translation>
    </message>
    <message>
        <source>Follow-up of themes</source>
        <translation>Suivi des thématiques</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Workshop summary</source>
        <translation>Synthèse d&apos;atelier</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Documents and tools</source>
        <translation>Documents et outils</translation>
    </message>
    <message>
        <source>Questions from participants</source>
        <translation>Questions des participants</translation>
    </message>
    <message>
        <source>Save the date</source>
        <translation>Save the date</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adoptée le</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Règle de décision</translation>
    </message>
    <message>
        <source>Rule within a subgroup</source>
        <translation>Règle au sein d&apos;un sous-groupe</translation>
    </message>
    <message>
        <source>Election rule</source>
        <translation>Règle d&apos;élection</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Replaced by a counter-proposal</source>
        <translation>Remplacée par une contre-proposition</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Author subgroup</source>
        <translation>Sous-groupe de l&apos;auteur</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>Counter-proposal</source>
        <translation>Contre-proposition</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Maintenue</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Mode de vote</translation>
    </message>
    <message>
        <source>Show of hands, counted</source>
        <translation>À main levée, avec décompte</translation>
    </message>
    <message>
        <source>Named vote</source>
        <translation>Vote nominatif</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>Scrutin secret</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Subgroup voices</source>
        <translation>Voix des sous-groupes</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Voting members</source>
        <translation>Membres votants</translation>
    </message>
    <message>
        <source>Present or represented</source>
        <translation>Présents ou représentés</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>Quorum atteint</translation>
    </message>
    <message>
        <source>Evident majority</source>
        <translation>Majorité évidente</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>Bulletins valables</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <translation>Bulletins blancs</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplète</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Elector</source>
        <translation>Électeur</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Declared voice</source>
        <translation>Voix déclarée</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Standing objections</source>
        <translation>Objections maintenues</translation>
    </message>
    <message>
        <source>Settled objections</source>
        <translation>Objections levées</translation>
    </message>
    <message>
        <source>Counted result</source>
        <translation>Résultat décompté</translation>
    </message>
    <message>
        <source>Most seats in all</source>
        <translation>Nombre max. de sièges</translation>
    </message>
    <message>
        <source>No open seats</source>
        <translation>Aucun siège ouvert</translation>
    </message>
    <message>
        <source>Smallest language share (%)</source>
        <translation>Part min. d’une langue (%)</translation>
    </message>
    <message>
        <source>Smallest bassin share (%)</source>
        <translation>Part min. d’un bassin (%)</translation>
    </message>
    <message>
        <source>Largest function share (%)</source>
        <translation>Part max. d’une fonction (%)</translation>
    </message>
    <message>
        <source>Smallest gender share (%)</source>
        <translation>Part min. d’un genre (%)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Présents comptés</translation>
    </message>
    <message>
        <source>Minutes template section</source>
        <translation>Section du modèle de synthèse</translation>
    </message>
    <message>
        <source>List locked</source>
        <translation>Liste verrouillée</translation>
    </message>
    <message>
        <source>Workshop choice</source>
        <translation>Choix d&apos;atelier</translation>
    </message>
    <message>
        <source>Workshop seat</source>
        <translation>Place en atelier</translation>
    </message>
    <message>
        <source>Placed by hand</source>
        <translation>Placé à la main</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Enjeu</translation>
    </message>
    <message>
        <source>Priority action</source>
        <translation>Action prioritaire</translation>
    </message>
    <message>
        <source>Complementary action</source>
        <translation>Action complémentaire</translation>
    </message>
    <message>
        <source>Conditions for implementation</source>
        <translation>Conditions de mise en œuvre</translation>
    </message>
    <message>
        <source>Inspiring practices</source>
        <translation>Pratiques inspirantes</translation>
    </message>
    <message>
        <source>Points to clarify</source>
        <translation>Points à clarifier</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Problem seen</source>
        <translation>Problème constaté</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Inspiring practice</source>
        <translation>Pratique inspirante</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Said in</source>
        <translation>Dit en</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissance</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Prevention and health promotion</source>
        <translation>Prévention et promotion de la santé</translation>
    </message>
    <message>
        <source>Speaker&apos;s sector</source>
        <translation>Secteur de l&apos;orateur·rice</translation>
    </message>
    <message>
        <source>Speaker&apos;s function</source>
        <translation>Fonction de l&apos;orateur·rice</translation>
    </message>
    <message>
        <source>Speaker&apos;s bassin</source>
        <translation>Bassin de l&apos;orateur·rice</translation>
    </message>
    <message>
        <source>Dot vote option</source>
        <translation>Option du vote par gommettes</translation>
    </message>
    <message>
        <source>Workshop choices</source>
        <translation>Choix d&apos;atelier</translation>
    </message>
</context>
<context>
    <name>Quorum::SessionController</name>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Choisissez d&apos;abord une réunion.</translation>
    </message>
    <message>
        <source>This session is closed.</source>
        <translation>Cette séance est clôturée.</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>La séance est déjà ouverte.</translation>
    </message>
    <message>
        <source>The agenda is empty: add items before starting.</source>
        <translation>L&apos;ordre du jour est vide&#xa0;: ajoutez des points avant d&apos;ouvrir la séance.</translation>
    </message>
    <message>
        <source>This is the last item: close the session when it ends.</source>
        <translation>C&apos;est le dernier point&#xa0;: clôturez la séance quand il se termine.</translation>
    </message>
    <message>
        <source>The session is not running.</source>
        <translation>La séance n&apos;est pas en cours.</translation>
    </message>
    <message>
        <source>This is the first item.</source>
        <translation>C&apos;est le premier point.</translation>
    </message>
    <message>
        <source>This item is not on the agenda.</source>
        <translation>Ce point n&apos;est pas à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>The session has not started.</source>
        <translation>La séance n&apos;est pas encore ouverte.</translation>
    </message>
</context>
<context>
    <name>Quorum::SessionTimerWidget</name>
    <message>
        <source>Not started</source>
        <translation>Séance non ouverte</translation>
    </message>
    <message>
        <source>Session closed</source>
        <translation>Séance clôturée</translation>
    </message>
    <message>
        <source>End of the agenda</source>
        <translation>Fin de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Over time by %1</source>
        <translation>Dépassement de %1</translation>
    </message>
    <message>
        <source>Paused — %1 elapsed of %2</source>
        <translation>En pause — écoulé&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1 elapsed of %2</source>
        <translation>Écoulé&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Settings</name>
    <message>
        <source>This list cannot be edited here.</source>
        <translation>Cette liste ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <source>Give the name in French and in Dutch.</source>
        <translation>Indiquez le nom en français et en néerlandais.</translation>
    </message>
    <message>
        <source>There is already a %1 named “%2”.</source>
        <translation>Il existe déjà une entrée («&#xa0;%1&#xa0;») nommée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer (%1)</translation>
    </message>
    <message>
        <source>Choose another entry to merge into.</source>
        <translation>Choisissez une autre entrée dans laquelle fusionner.</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusionner (%1)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is still used by %n person(s): merge it into another entry, or change theirs first.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est encore utilisé par %n personne&#xa0;: fusionnez-le dans une autre entrée ou modifiez d’abord la sienne.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est encore utilisé par %n personnes&#xa0;: fusionnez-le dans une autre entrée ou modifiez d’abord les leurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Storage</name>
    <message>
        <source>it refers to a record that does not exist.</source>
        <translation>référence à un élément qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the same value is already used by another record.</source>
        <translation>la même valeur est déjà utilisée par un autre élément.</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written (%1).</source>
        <translation>le disque est plein ou inaccessible en écriture (%1).</translation>
    </message>
    <message>
        <source>the file is read-only (%1).</source>
        <translation>le fichier est en lecture seule (%1).</translation>
    </message>
    <message>
        <source>the file is busy in another program (%1).</source>
        <translation>le fichier est utilisé par un autre programme (%1).</translation>
    </message>
    <message>
        <source>%1 is already open in another Quorum window (process %2 on %3). Close it there first, or open a copy.</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre de Quorum (processus %2 sur %3). Fermez-le d&apos;abord dans cette fenêtre, ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation>%1&#xa0;: ouverture impossible (%2).</translation>
    </message>
    <message>
        <source>%1: cannot be prepared for use (%2).</source>
        <translation>%1&#xa0;: impossible de préparer le fichier (%2).</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1&#xa0;: lecture impossible (%2).</translation>
    </message>
    <message>
        <source>%1: cannot be upgraded to schema version %2 (%3).</source>
        <translation>%1&#xa0;: mise à niveau vers la version de schéma %2 impossible (%3).</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1&#xa0;: le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 n&apos;a pas de champ &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 needs a text in French or in Dutch.</source>
        <translation>%1&#xa0;: un texte en français ou en néerlandais est requis.</translation>
    </message>
    <message>
        <source>the new record got no id.</source>
        <translation>le nouvel élément n&apos;a pas reçu d&apos;identifiant.</translation>
    </message>
    <message>
        <source>Could not add the %1: %2</source>
        <translation>Ajout impossible (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no editable field &quot;%2&quot;.</source>
        <translation>%1 n&apos;a pas de champ modifiable &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Could not save the change to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la modification dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>Cet élément (%1) n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Could not remove the %1: %2</source>
        <translation>Suppression impossible (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 records have no order.</source>
        <translation>%1&#xa0;: ces éléments n&apos;ont pas d&apos;ordre.</translation>
    </message>
    <message>
        <source>%1 is the file already open; every change is saved there.</source>
        <translation>%1 est le fichier déjà ouvert&#xa0;; chaque modification y est déjà enregistrée.</translation>
    </message>
    <message>
        <source>%1 is open in another Quorum window and cannot be replaced.</source>
        <translation>%1 est ouvert dans une autre fenêtre de Quorum et ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1&#xa0;: écriture impossible (%2).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Quorum workspace.</source>
        <translation>%1&#xa0;: le fichier est vide, ce n&apos;est pas un espace de travail Quorum.</translation>
    </message>
    <message>
        <source>%1: not a Quorum workspace (not an SQLite database).</source>
        <translation>%1&#xa0;: ce n&apos;est pas un espace de travail Quorum (pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Quorum workspace.</source>
        <translation>%1&#xa0;: une base de données SQLite, mais pas un espace de travail Quorum.</translation>
    </message>
    <message>
        <source>%1: made by a newer version of Quorum (schema version %2; this version reads up to %3). Update Quorum to open it.</source>
        <translation>%1&#xa0;: créé par une version plus récente de Quorum (version de schéma %2&#xa0;; cette version lit jusqu&apos;à la version %3). Mettez Quorum à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1: an unfinished Quorum workspace (no schema).</source>
        <translation>%1&#xa0;: espace de travail Quorum inachevé (pas de schéma).</translation>
    </message>
    <message>
        <source>%1 uses an older schema (version %2): open it once in Quorum to upgrade it.</source>
        <translation>%1 utilise un schéma plus ancien (version %2)&#xa0;: ouvrez-le une fois dans Quorum pour le mettre à jour.</translation>
    </message>
    <message>
        <source>a secret vote has no named ballots.</source>
        <translation>un scrutin secret n&apos;a pas de bulletins nominatifs.</translation>
    </message>
    <message>
        <source>a closed vote needs its closing time and its outcome.</source>
        <translation>un vote clôturé doit avoir son heure de clôture et son résultat.</translation>
    </message>
    <message>
        <source>the vote&apos;s electorate does not match the number of members counted present.</source>
        <translation>le corps électoral du vote ne correspond pas au nombre de membres comptés présents.</translation>
    </message>
    <message>
        <source>%1 is open in Quorum on the computer %2 (process %3), or was when that computer stopped. If Quorum no longer runs there, the file can be taken over.</source>
        <translation>%1 est ouvert dans Quorum sur l&apos;ordinateur %2 (processus %3), ou l&apos;était quand cet ordinateur s&apos;est arrêté. Si Quorum n&apos;y tourne plus, le fichier peut être repris.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for editing (%2 cannot be written).</source>
        <translation>%1 ne peut pas être verrouillé pour modification (%2 ne peut pas être écrit).</translation>
    </message>
    <message>
        <source>another program is reading %1; its journal (%1-wal) is emptied once it closes the file.</source>
        <translation>un autre programme lit %1&#xa0;; son journal (%1-wal) sera vidé dès qu&apos;il fermera le fichier.</translation>
    </message>
    <message>
        <source>The lock of %1 cannot be removed.</source>
        <translation>Le verrou de %1 ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for editing.</source>
        <translation>%1 ne peut pas être verrouillé pour modification.</translation>
    </message>
    <message>
        <source>%1 is read-only: nothing can be changed in it. Save a copy (File › Save As) to edit.</source>
        <translation>%1 est en lecture seule&#xa0;: rien ne peut y être modifié. Enregistrez une copie (Fichier › Enregistrer sous) pour le modifier.</translation>
    </message>
    <message>
        <source>%1 is damaged or unreadable: %2.</source>
        <translation>%1 est endommagé ou illisible&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 est endommagé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: some of its pages are unreadable (%2).</source>
        <translation>%1 est endommagé&#xa0;: certaines de ses pages sont illisibles (%2).</translation>
    </message>
    <message>
        <source>%1 is held locked by another program (not Quorum): close it there, then try again.</source>
        <translation>%1 est verrouillé par un autre programme (pas Quorum)&#xa0;: fermez-le là, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 Nothing is written to a damaged workspace: open a copy you trust, or run &quot;quorum check&quot; on it.</source>
        <translation>%1 Rien n&apos;est écrit dans un espace de travail endommagé&#xa0;: ouvrez une copie fiable, ou lancez «&#xa0;quorum check&#xa0;» sur ce fichier.</translation>
    </message>
</context>
<context>
    <name>Quorum::Synthesis</name>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Cette réunion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are already started: edit them, or remove their sections to start again from a new draft.</source>
        <translation>La synthèse de cette réunion est déjà commencée&#xa0;: modifiez-la, ou supprimez ses sections pour repartir d&apos;un nouveau brouillon.</translation>
    </message>
    <message>
        <source>Draft the minutes</source>
        <translation>Rédiger le brouillon de la synthèse</translation>
    </message>
    <message>
        <source>This council no longer exists.</source>
        <translation>Ce conseil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This council has a minutes template already: edit it, or remove its sections to start again from Quorum&apos;s.</source>
        <translation>Ce conseil a déjà un modèle de synthèse : modifiez-le, ou retirez ses sections pour repartir de celles de Quorum.</translation>
    </message>
    <message>
        <source>Start the minutes template</source>
        <translation>Créer le modèle de synthèse</translation>
    </message>
</context>
<context>
    <name>Quorum::Templates</name>
    <message>
        <source>The meeting to start from no longer exists.</source>
        <translation>La réunion de départ n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Choose a date for the new meeting.</source>
        <translation>Choisissez une date pour la nouvelle réunion.</translation>
    </message>
    <message>
        <source>New meeting on %1</source>
        <extracomment>Undo text; %1 is the new meeting&apos;s date</extracomment>
        <translation>Nouvelle réunion du %1</translation>
    </message>
</context>
<context>
    <name>Quorum::VoteConsistency</name>
    <message>
        <source>%1 %2 (meeting %3)</source>
        <translation>%1 %2 (réunion du %3)</translation>
    </message>
    <message>
        <source>%1 %2 (council %3)</source>
        <translation>%1 %2 (conseil %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>belongs to another agenda item</source>
        <translation>relève d&apos;un autre point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>belongs to another meeting</source>
        <translation>relève d&apos;une autre réunion</translation>
    </message>
    <message>
        <source>belongs to another council</source>
        <translation>relève d&apos;un autre conseil</translation>
    </message>
    <message>
        <source>belongs to another vote</source>
        <translation>relève d&apos;un autre vote</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>its %1 (%2 %3) %4.</source>
        <translation>sa référence «&#xa0;%1&#xa0;» (%2 %3) %4.</translation>
    </message>
    <message>
        <source>its rule cannot be read.</source>
        <translation>sa règle est illisible.</translation>
    </message>
    <message>
        <source>%1 voters present or represented but only %2 voting members.</source>
        <translation>%1 votants présents ou représentés mais seulement %2 membres avec droit de vote.</translation>
    </message>
    <message>
        <source>person %1 is an elector of the vote twice.</source>
        <translation>la personne %1 figure deux fois parmi les électeurs du vote.</translation>
    </message>
    <message>
        <source>%1 electors but only %2 voters present or represented.</source>
        <translation>%1 électeurs mais seulement %2 votants présents ou représentés.</translation>
    </message>
    <message>
        <source>a ballot from person %1, who was not among the electors of vote %2.</source>
        <translation>un bulletin de la personne %1, qui ne faisait pas partie des électeurs du vote %2.</translation>
    </message>
    <message>
        <source>a second ballot from person %1 in vote %2.</source>
        <translation>un second bulletin de la personne %1 dans le vote %2.</translation>
    </message>
    <message>
        <source>a choice this vote does not offer.</source>
        <translation>un choix que ce vote ne propose pas.</translation>
    </message>
    <message>
        <source>named ballots in a vote that is not named (%1).</source>
        <translation>des bulletins nominatifs dans un vote qui n&apos;est pas nominatif (%1).</translation>
    </message>
    <message>
        <source>person %1 placed %2 dots; each participant has %3.</source>
        <translation>la personne %1 a placé %2 points&#xa0;; chaque participant en a %3.</translation>
    </message>
    <message>
        <source>%1 ballots counted but only %2 voters were present or represented.</source>
        <translation>%1 bulletins décomptés mais seuls %2 votants étaient présents ou représentés.</translation>
    </message>
    <message>
        <source>an evident majority is recorded only for a show of hands decided by a majority.</source>
        <translation>une majorité évidente ne s&apos;enregistre que pour un vote à main levée décidé à la majorité.</translation>
    </message>
    <message>
        <source>a second count for the same cell of vote %1.</source>
        <translation>un second décompte pour la même case du vote %1.</translation>
    </message>
    <message>
        <source>counts for a subgroup in vote %1, which is counted for the whole room.</source>
        <translation>des décomptes pour un sous-groupe dans le vote %1, qui est décompté pour toute la salle.</translation>
    </message>
    <message>
        <source>counts that vote %1 does not offer (an option in a question, or a question in an election or a dot vote).</source>
        <translation>des décomptes que le vote %1 ne propose pas (une option dans une question, ou une question dans une élection ou un vote par points).</translation>
    </message>
    <message>
        <source>a declared voice for the whole room; only a subgroup declares a voice.</source>
        <translation>une voix déclarée pour toute la salle&#xa0;; seul un sous-groupe déclare une voix.</translation>
    </message>
    <message>
        <source>%1 of the subgroup present but only %2 members.</source>
        <translation>%1 du sous-groupe présents mais seulement %2 membres.</translation>
    </message>
    <message>
        <source>%1 votes counted (%2 for, %3 against, %4 abstaining)</source>
        <translation>%1 voix décomptées (%2 pour, %3 contre, %4 abstentions)</translation>
    </message>
    <message>
        <source>%1 in subgroup %2, but only %3 of its voters were present or represented.</source>
        <translation>%1 dans le sous-groupe %2, mais seuls %3 de ses votants étaient présents ou représentés.</translation>
    </message>
    <message>
        <source>%1 for option %2, but only %3 could be cast by the voters present or represented.</source>
        <translation>%1 pour l&apos;option %2, mais les votants présents ou représentés ne pouvaient en exprimer que %3.</translation>
    </message>
    <message>
        <source>%1 but only %2 voters were present or represented.</source>
        <translation>%1 mais seuls %2 votants étaient présents ou représentés.</translation>
    </message>
    <message>
        <source>it cannot be counted.</source>
        <translation>il ne peut pas être décompté.</translation>
    </message>
    <message>
        <source>these numbers cannot be right: %1</source>
        <translation>ces nombres ne peuvent pas être exacts&#xa0;: %1</translation>
    </message>
    <message>
        <source>closed without an outcome; its counts and rule give &quot;%1&quot;.</source>
        <translation>clôturé sans résultat&#xa0;; ses décomptes et sa règle donnent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the stated outcome &quot;%1&quot; contradicts its counts and rule, which give &quot;%2&quot;.</source>
        <translation>le résultat indiqué «&#xa0;%1&#xa0;» contredit ses décomptes et sa règle, qui donnent «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>its stored result cannot be read.</source>
        <translation>son résultat enregistré est illisible.</translation>
    </message>
    <message>
        <source>its stored result differs from what its counts and rule give.</source>
        <translation>son résultat enregistré diffère de ce que donnent ses décomptes et sa règle.</translation>
    </message>
</context>
<context>
    <name>Quorum::VoteDialog</name>
    <message>
        <source>New election</source>
        <translation>Nouvelle élection</translation>
    </message>
    <message>
        <source>New dot vote</source>
        <translation>Nouveau vote par points</translation>
    </message>
    <message>
        <source>Put to the vote</source>
        <translation>Mise au vote</translation>
    </message>
    <message>
        <source>Show of hands, counted by tellers</source>
        <translation>Vote à main levée, décompté par les scrutateurs</translation>
    </message>
    <message>
        <source>Secret ballot: only the counts are kept</source>
        <translation>Scrutin secret&#xa0;: seul le décompte est conservé</translation>
    </message>
    <message>
        <source>Named vote: each member&apos;s choice is recorded</source>
        <translation>Vote nominatif&#xa0;: le choix de chaque membre est consigné</translation>
    </message>
    <message>
        <source>%1 (charter)</source>
        <translation>%1 (charte)</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>&amp;Voting</source>
        <translation>&amp;Mode de vote</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Règle</translation>
    </message>
    <message>
        <source>Each subgroup agrees first and gives one &amp;voice</source>
        <translation>Chaque sous-groupe se met d&apos;abord d&apos;accord et donne une seule &amp;voix</translation>
    </message>
    <message>
        <source>Seats in order (chair, then vice-chair)</source>
        <translation>Sièges dans l&apos;ordre (présidence, puis vice-présidence)</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>&amp;Sièges</translation>
    </message>
    <message>
        <source>&amp;Dots per participant</source>
        <translation>&amp;Points par participant</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>En clair</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>&amp;Ouvrir le vote</translation>
    </message>
    <message>
        <source>Each subgroup reaches its own position, then its voice counts once: %1</source>
        <translation>Chaque sous-groupe arrête sa propre position, puis sa voix compte une seule fois&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::VotePanel</name>
    <message>
        <source>&amp;Decision items, proposals and votes</source>
        <translation>Points de &amp;décision, propositions et votes</translation>
    </message>
    <message>
        <source>New &amp;proposal</source>
        <translation>&amp;Nouvelle proposition</translation>
    </message>
    <message>
        <source>A proposal on the selected decision item (Ctrl+Shift+P)</source>
        <translation>Une proposition sur le point de décision sélectionné (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>&amp;Object…</source>
        <translation>&amp;Objection…</translation>
    </message>
    <message>
        <source>An objection with its argument and a counter-proposal (Ctrl+Shift+O)</source>
        <translation>Une objection, avec son argument et une contre-proposition (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>Put to the &amp;vote…</source>
        <translation>Mettre au &amp;vote…</translation>
    </message>
    <message>
        <source>Vote on the selected proposal (Ctrl+Shift+V)</source>
        <translation>Mettre au vote la proposition sélectionnée (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>&amp;Election…</source>
        <translation>É&amp;lection…</translation>
    </message>
    <message>
        <source>Dot vo&amp;te…</source>
        <translation>Vote par po&amp;ints…</translation>
    </message>
    <message>
        <source>Approve the previous &amp;minutes</source>
        <translation>Approuver la &amp;synthèse précédente</translation>
    </message>
    <message>
        <source>Adds the approval of the previous session&apos;s minutes as a decision item</source>
        <translation>Ajoute l&apos;approbation de la synthèse de la séance précédente comme point de décision</translation>
    </message>
    <message>
        <source>Evident majority, not counted</source>
        <translation>Majorité évidente, sans décompte</translation>
    </message>
    <message>
        <source>Candidate or option, as it should appear in the record</source>
        <translation>Candidat ou option, tel que le nom doit figurer dans les résultats</translation>
    </message>
    <message>
        <source>New candidate or option</source>
        <translation>Nouveau candidat ou nouvelle option</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Show on the pro&amp;jector (F6)</source>
        <translation>A&amp;fficher au projecteur (F6)</translation>
    </message>
    <message>
        <source>&amp;Close the vote (Ctrl+Enter)</source>
        <translation>&amp;Clôturer le vote (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Vote entry</source>
        <translation>Saisie du vote</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Objection (%1): %2 → counter-proposal: %3</source>
        <translation>Objection (%1)&#xa0;: %2 → contre-proposition&#xa0;: %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Vote: %1 — %2</source>
        <translation>Vote&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>This meeting has no decision item yet. Give an agenda item the kind &quot;Decision&quot;, or add the approval of the previous minutes.</source>
        <translation>Cette réunion n&apos;a pas encore de point de décision. Donnez le type &quot;Décision&quot; à un point de l&apos;ordre du jour, ou ajoutez l&apos;approbation de la synthèse précédente.</translation>
    </message>
    <message>
        <source>No vote selected. Choose a proposal and put it to the vote.</source>
        <translation>Aucun vote sélectionné. Choisissez une proposition et mettez-la au vote.</translation>
    </message>
    <message>
        <source>Choose a meeting in &quot;Meetings and agenda&quot;.</source>
        <translation>Choisissez une réunion dans &quot;Réunions et ordre du jour&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n present or represented and entitled to vote when the vote opened</source>
        <translation>
            <numerusform>%n présent·e ou représenté·e ayant le droit de vote à l&apos;ouverture du vote</numerusform>
            <numerusform>%n présent·e·s ou représenté·e·s ayant le droit de vote à l&apos;ouverture du vote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voting members</source>
        <translation>
            <numerusform>%n membre votant</numerusform>
            <numerusform>%n membres votants</numerusform>
        </translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>quorum atteint</translation>
    </message>
    <message>
        <source>quorum NOT met</source>
        <translation>quorum NON atteint</translation>
    </message>
    <message>
        <source>A&amp;gree</source>
        <translation>D&apos;&amp;accord</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Pour</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <source>A&amp;gainst</source>
        <translation>Con&amp;tre</translation>
    </message>
    <message>
        <source>&amp;Stand aside</source>
        <translation>Se tenir en &amp;retrait</translation>
    </message>
    <message>
        <source>Abs&amp;tain</source>
        <translation>A&amp;bstention</translation>
    </message>
    <message>
        <source>Consent: adopted when no objection stands. Record objections with their counter-proposals, then close the vote.</source>
        <translation>Consentement&#xa0;: la proposition est adoptée si aucune objection n&apos;est maintenue. Consignez les objections avec leurs contre-propositions, puis clôturez le vote.</translation>
    </message>
    <message>
        <source>Select a member and press 1 (for), 2 (against) or 3 (abstain); Delete clears. Type a name to jump to it.</source>
        <translation>Sélectionnez un membre et appuyez sur 1 (pour), 2 (contre) ou 3 (abstention)&#xa0;; Suppr efface. Tapez un nom pour y accéder directement.</translation>
    </message>
    <message>
        <source>Each subgroup: type its counts, or the voice it agreed on.</source>
        <translation>Pour chaque sous-groupe&#xa0;: tapez son décompte, ou la voix dont il a convenu.</translation>
    </message>
    <message>
        <source>Secret ballot: type the counts of the ballot box.</source>
        <translation>Scrutin secret&#xa0;: tapez le décompte de l&apos;urne.</translation>
    </message>
    <message>
        <source>Type the counts of the tellers.</source>
        <translation>Tapez le décompte des scrutateurs.</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Valid &amp;ballots</source>
        <translation>Bulletins v&amp;alables</translation>
    </message>
    <message>
        <source>B&amp;lank ballots</source>
        <translation>Bulletins &amp;blancs</translation>
    </message>
    <message>
        <source>Add the options, then type the dots each received.</source>
        <translation>Ajoutez les options, puis tapez le nombre de points reçus par chacune.</translation>
    </message>
    <message>
        <source>Add the candidates, then type the votes each received.</source>
        <translation>Ajoutez les candidats, puis tapez le nombre de voix obtenues par chacun.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Sous-groupe</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Type F, A or S (for, against, abstain) to declare the subgroup&apos;s voice; Delete clears it.</source>
        <translation>Tapez F (pour), A (contre) ou S (abstention) pour déclarer la voix du sous-groupe&#xa0;; Suppr l&apos;efface.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>This vote is closed: its record can no longer change.</source>
        <translation>Ce vote est clôturé&#xa0;: ses données ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Tapez un nombre entier.</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document&#xa0;: %1</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>The council&apos;s composition breaks its rules:
%1

Open the vote anyway?</source>
        <translation>La composition du conseil enfreint ses règles&#xa0;:
%1

Ouvrir le vote quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Quorum::Votes</name>
    <message>
        <source>This vote no longer exists.</source>
        <translation>Ce vote n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This vote is closed: its record can no longer change.</source>
        <translation>Ce vote est clôturé&#xa0;: ses données ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>Votes are held on decision items: choose a decision item of the agenda.</source>
        <translation>Les votes portent sur des points de décision&#xa0;: choisissez un point de décision de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Cette réunion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Another vote of this meeting is still open: close it first.</source>
        <translation>Un autre vote de cette réunion est encore ouvert&#xa0;: clôturez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>This proposal does not belong to the item.</source>
        <translation>Cette proposition n&apos;appartient pas à ce point.</translation>
    </message>
    <message>
        <source>This proposal is already %1: it is no longer put to the vote.</source>
        <translation>Cette proposition est déjà %1&#xa0;: elle n&apos;est plus mise au vote.</translation>
    </message>
    <message>
        <source>A proposal is decided by consent, consensus or a majority, not by an election.</source>
        <translation>Une proposition se décide par consentement, par consensus ou à la majorité, pas par une élection.</translation>
    </message>
    <message>
        <source>Choose the proposal to put to the vote.</source>
        <translation>Choisissez la proposition à mettre au vote.</translation>
    </message>
    <message>
        <source>Subgroup voices decide on a proposal, not in an election or a dot vote.</source>
        <translation>Les voix des sous-groupes portent sur une proposition, pas sur une élection ni sur un vote par points.</translation>
    </message>
    <message>
        <source>This council has no subgroups to give their voices.</source>
        <translation>Ce conseil n&apos;a pas de sous-groupes pour donner leur voix.</translation>
    </message>
    <message>
        <source>The quorum is not met, and the rule refuses to vote without it: %1</source>
        <translation>Le quorum n&apos;est pas atteint, et la règle n&apos;autorise pas de vote sans quorum&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open a vote</source>
        <translation>Ouvrir un vote</translation>
    </message>
    <message>
        <source>Only elections and dot votes have candidates or options.</source>
        <translation>Seuls les élections et les votes par points ont des candidats ou des options.</translation>
    </message>
    <message>
        <source>Give the candidate or option a name.</source>
        <translation>Donnez un nom au candidat ou à l&apos;option.</translation>
    </message>
    <message>
        <source>A proposal is voted for, against or abstaining, without options.</source>
        <translation>Une proposition se vote pour, contre ou par abstention, sans options.</translation>
    </message>
    <message>
        <source>Choose a candidate or an option of this vote.</source>
        <translation>Choisissez un candidat ou une option de ce vote.</translation>
    </message>
    <message>
        <source>Only named votes record who chose what; type the counts for this vote.</source>
        <translation>Seuls les votes nominatifs consignent qui a choisi quoi&#xa0;; tapez le décompte de ce vote.</translation>
    </message>
    <message>
        <source>This person was not present and entitled to vote when the vote opened.</source>
        <translation>Cette personne n&apos;était pas présente et habilitée à voter à l&apos;ouverture du vote.</translation>
    </message>
    <message>
        <source>Dots are only placed in a dot vote.</source>
        <translation>Les points ne se placent que dans un vote par points.</translation>
    </message>
    <message>
        <source>Each participant has %1 dots; this would place %2.</source>
        <translation>Chaque participant dispose de %1 points&#xa0;; cela en placerait %2.</translation>
    </message>
    <message>
        <source>Record a choice</source>
        <translation>Consigner un choix</translation>
    </message>
    <message>
        <source>A named vote is counted from each member&apos;s choice, not typed.</source>
        <translation>Un vote nominatif est décompté à partir du choix de chaque membre, il ne se tape pas.</translation>
    </message>
    <message>
        <source>This vote is counted for the whole room, not per subgroup.</source>
        <translation>Ce vote est décompté pour toute la salle, pas par sous-groupe.</translation>
    </message>
    <message>
        <source>This subgroup does not belong to the council.</source>
        <translation>Ce sous-groupe n&apos;appartient pas au conseil.</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>Les décomptes ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>%1 votes counted, but only %2 voters were present when the vote opened.</source>
        <translation>%1 voix décomptées, mais seuls %2 votants étaient présents à l&apos;ouverture du vote.</translation>
    </message>
    <message>
        <source>Type the counts</source>
        <translation>Saisir le décompte</translation>
    </message>
    <message>
        <source>Only a subgroup declares a voice, in a vote by subgroup voices.</source>
        <translation>Seul un sous-groupe déclare une voix, dans un vote par voix des sous-groupes.</translation>
    </message>
    <message>
        <source>Declare a voice</source>
        <translation>Déclarer une voix</translation>
    </message>
    <message>
        <source>%1 ballots counted, but only %2 voters were present when the vote opened.</source>
        <translation>%1 bulletins décomptés, mais seuls %2 votants étaient présents à l&apos;ouverture du vote.</translation>
    </message>
    <message>
        <source>An evident majority is recorded only for a show of hands decided by a majority.</source>
        <translation>Une majorité évidente ne s&apos;enregistre que pour un vote à main levée décidé à la majorité.</translation>
    </message>
    <message>
        <source>These numbers cannot be right: %1</source>
        <translation>Ces chiffres ne peuvent pas être exacts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Clôturer le vote</translation>
    </message>
    <message>
        <source>This is the council&apos;s first meeting: there are no earlier minutes to approve.</source>
        <translation>C&apos;est la première réunion du conseil&#xa0;: il n&apos;y a pas de synthèse antérieure à approuver.</translation>
    </message>
    <message>
        <source>Add the approval of the previous minutes</source>
        <translation>Ajouter l&apos;approbation de la synthèse précédente</translation>
    </message>
    <message>
        <source>Subgroup voices are given openly: choose a show of hands or a named vote.</source>
        <translation>Les voix des sous-groupes sont données ouvertement&#xa0;: choisissez un vote à main levée ou un vote nominatif.</translation>
    </message>
</context>
<context>
    <name>Quorum::WhoGoesWherePanel</name>
    <message>
        <source>%1 (placed by hand)</source>
        <translation>%1 (placé à la main)</translation>
    </message>
    <message>
        <source>1st choice</source>
        <translation>1er choix</translation>
    </message>
    <message>
        <source>2nd choice</source>
        <translation>2e choix</translation>
    </message>
    <message>
        <source>3rd choice</source>
        <translation>3e choix</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>sans choix</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>pas choisi</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message numerus="yes">
        <source> — %n person(s)</source>
        <translation>
            <numerusform> — %n personne</numerusform>
            <numerusform> — %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1 of %2 places</source>
        <translation> — %1 sur %2 places</translation>
    </message>
    <message>
        <source> — list locked</source>
        <translation> — liste verrouillée</translation>
    </message>
    <message numerus="yes">
        <source>Without a place (%n)</source>
        <translation>
            <numerusform>Sans place (%n)</numerusform>
            <numerusform>Sans place (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This meeting has no workshops: add them above.</source>
        <translation>Cette réunion n&apos;a pas d&apos;ateliers&#xa0;: ajoutez-les ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s), nobody gave a workshop choice.</source>
        <translation>
            <numerusform>%n participant, personne n&apos;a choisi d&apos;atelier.</numerusform>
            <numerusform>%n participants, personne n&apos;a choisi d&apos;atelier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 have their first choice (%3%), %4 one of their choices; %n without a place.</source>
        <translation>
            <numerusform>%1 sur %2 ont leur premier choix (%3&#xa0;%), %4 un de leurs choix&#xa0;; %n sans place.</numerusform>
            <numerusform>%1 sur %2 ont leur premier choix (%3&#xa0;%), %4 un de leurs choix&#xa0;; %n sans place.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Split Automatically</source>
        <translation>&amp;Répartir automatiquement</translation>
    </message>
    <message>
        <source>Find a participant by name or organisation (Ctrl+F)</source>
        <translation>Trouver un participant par son nom ou son organisation (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Alt+↓ / Alt+↑ moves the selected person to the next or previous workshop, Delete takes them out, Ctrl+L locks or unlocks a list, Enter edits their choices; or drag a person onto a workshop. Someone moved by hand stays there when the split runs again.</source>
        <translation>Alt+↓ / Alt+↑ déplace la personne choisie vers l&apos;atelier suivant ou précédent, Suppr la retire, Ctrl+L verrouille ou déverrouille une liste, Entrée modifie ses choix&#xa0;; ou faites glisser une personne sur un atelier. Une personne déplacée à la main reste à sa place quand la répartition est refaite.</translation>
    </message>
</context>
<context>
    <name>Quorum::WorkshopChoicesDialog</name>
    <message>
        <source>Workshop Choices</source>
        <translation>Choix d&apos;atelier</translation>
    </message>
    <message>
        <source>Workshops chosen by %1, in order of preference:</source>
        <translation>Ateliers choisis par %1, par ordre de préférence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First choice:</source>
        <translation>&amp;Premier choix&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Second choice:</source>
        <translation>&amp;Deuxième choix&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Third choice:</source>
        <translation>&amp;Troisième choix&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Workshops</name>
    <message>
        <source>This meeting has no workshops to split the participants into.</source>
        <translation>Cette réunion n&apos;a pas d&apos;ateliers entre lesquels répartir les participants.</translation>
    </message>
    <message>
        <source>Nobody to place: mark the participants present or record their workshop choices first.</source>
        <translation>Personne à placer&#xa0;: marquez d&apos;abord les participants présents ou enregistrez leurs choix d&apos;atelier.</translation>
    </message>
    <message>
        <source>Split the participants into the workshops</source>
        <translation>Répartir les participants dans les ateliers</translation>
    </message>
    <message>
        <source>This workshop is not one of the meeting&apos;s.</source>
        <translation>Cet atelier n&apos;est pas un atelier de cette réunion.</translation>
    </message>
    <message>
        <source>The list of &quot;%1&quot; is locked: unlock it to add someone.</source>
        <translation>La liste de «&#xa0;%1&#xa0;» est verrouillée&#xa0;: déverrouillez-la pour y ajouter quelqu&apos;un.</translation>
    </message>
    <message>
        <source>The list of &quot;%1&quot; is locked: unlock it to move someone out.</source>
        <translation>La liste de «&#xa0;%1&#xa0;» est verrouillée&#xa0;: déverrouillez-la pour en retirer quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Place in a workshop</source>
        <translation>Placer dans un atelier</translation>
    </message>
    <message>
        <source>Take out of the workshops</source>
        <translation>Retirer des ateliers</translation>
    </message>
    <message>
        <source>A participant ranks three workshops at most.</source>
        <translation>Un participant classe trois ateliers au plus.</translation>
    </message>
    <message>
        <source>The same workshop cannot be chosen twice.</source>
        <translation>Le même atelier ne peut pas être choisi deux fois.</translation>
    </message>
    <message>
        <source>This person is not in the workspace.</source>
        <translation>Cette personne n&apos;est pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Record workshop choices</source>
        <translation>Enregistrer les choix d&apos;atelier</translation>
    </message>
    <message numerus="yes">
        <source>In this session, a participant chooses %n workshop(s).</source>
        <translation>
            <numerusform>Dans cette séance, un participant choisit %n atelier.</numerusform>
            <numerusform>Dans cette séance, un participant choisit %n ateliers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Workspace</name>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>Cet élément (%1) n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This %1 cannot be moved.</source>
        <translation>Cet élément (%1) ne peut pas être déplacé.</translation>
    </message>
    <message>
        <source>The step was refused.</source>
        <translation>L&apos;étape a été refusée.</translation>
    </message>
    <message>
        <source>Could not undo: %1 The undo history was cleared.</source>
        <translation>Impossible d&apos;annuler&#xa0;: %1 L&apos;historique d&apos;annulation a été effacé.</translation>
    </message>
    <message>
        <source>Could not redo: %1 The undo history was cleared.</source>
        <translation>Impossible de rétablir&#xa0;: %1 L&apos;historique d&apos;annulation a été effacé.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification&#xa0;: %1</translation>
    </message>
</context>
</TS>
