<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>Quorum::AttendanceModel</name>
    <message>
        <source>Choose a person first.</source>
        <translation>Kies eerst een persoon.</translation>
    </message>
    <message>
        <source>%1 cannot represent themselves: choose another member who is present.</source>
        <translation>%1 kan zichzelf niet vertegenwoordigen: kies een ander aanwezig lid.</translation>
    </message>
    <message>
        <source>Mark %1 present</source>
        <translation>%1 aanwezig melden</translation>
    </message>
    <message>
        <source>Mark %1 excused</source>
        <translation>%1 verontschuldigd melden</translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation>%1 afwezig melden</translation>
    </message>
    <message>
        <source>Mark %1 represented by %2</source>
        <translation>%1 vertegenwoordigd door %2 melden</translation>
    </message>
    <message>
        <source>Mark %1 represented</source>
        <translation>%1 vertegenwoordigd melden</translation>
    </message>
    <message>
        <source>Remove walk-in guest %1</source>
        <translation>Gast ter plaatse %1 verwijderen</translation>
    </message>
    <message>
        <source>Clear the attendance of %1</source>
        <translation>Aanwezigheid van %1 wissen</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Kies eerst een vergadering.</translation>
    </message>
    <message>
        <source>A walk-in guest needs a name.</source>
        <translation>Een gast ter plaatse heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Add walk-in guest %1</source>
        <translation>Gast ter plaatse %1 toevoegen</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>Nobody is named to represent %1: this does not count.</source>
        <translation>Niemand is aangeduid om %1 te vertegenwoordigen: dit telt niet mee.</translation>
    </message>
    <message>
        <source>Nobody can represent themselves: this does not count.</source>
        <translation>Niemand kan zichzelf vertegenwoordigen: dit telt niet mee.</translation>
    </message>
    <message>
        <source>%1 is not present, so cannot carry this representation.</source>
        <translation>%1 is niet aanwezig en kan deze volmacht dus niet dragen.</translation>
    </message>
    <message>
        <source>%1 is a guest, not a member, so cannot carry this representation.</source>
        <translation>%1 is een gast, geen lid, en kan deze volmacht dus niet dragen.</translation>
    </message>
    <message>
        <source>Walk-in guest: not a member of this council.</source>
        <translation>Gast ter plaatse: geen lid van deze raad.</translation>
    </message>
    <message>
        <source>Attendance cannot be &quot;%1&quot;.</source>
        <translation>Aanwezigheid kan niet &quot;%1&quot; zijn.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <extracomment>Short column header of the check-in list: the member who represents this person (French &quot;Procuration&quot;, Dutch &quot;Volmacht&quot;); short, beside the attendance column.</extracomment>
        <translation>Volmacht</translation>
    </message>
</context>
<context>
    <name>Quorum::AttendancePanel</name>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (gast)</translation>
    </message>
    <message>
        <source>Attendance on %1 — %2</source>
        <translation>Aanwezigheid op %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Nobody present can represent %1 yet: mark their representative present first.</source>
        <translation>Nog niemand die aanwezig is kan %1 vertegenwoordigen: markeer eerst de vertegenwoordiger als aanwezig.</translation>
    </message>
    <message>
        <source>%1: represented by %2.</source>
        <translation>%1: vertegenwoordigd door %2.</translation>
    </message>
    <message>
        <source>%1: not checked in.</source>
        <translation>%1: niet aangemeld.</translation>
    </message>
    <message>
        <source>%1: walk-in guest, present.</source>
        <translation>%1: gast ter plaatse, aanwezig.</translation>
    </message>
    <message numerus="yes">
        <source>Members: %1 present, %2 represented, %3 excused, %4 absent, %5 not checked in. Guests: %n.</source>
        <translation>
            <numerusform>Leden: %1 aanwezig, %2 vertegenwoordigd, %3 verontschuldigd, %4 afwezig, %5 niet aangemeld. %n gast.</numerusform>
            <numerusform>Leden: %1 aanwezig, %2 vertegenwoordigd, %3 verontschuldigd, %4 afwezig, %5 niet aangemeld. %n gasten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quorum reached</source>
        <translation>Quorum bereikt</translation>
    </message>
    <message>
        <source>Quorum not reached</source>
        <translation>Quorum niet bereikt</translation>
    </message>
    <message>
        <source>Nobody is checked in yet.</source>
        <translation>Nog niemand is aangemeld.</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Dashed line: the largest share of those present set for one sector (%1%).</source>
        <translation>Stippellijn: het maximale aandeel van de aanwezigen dat voor één sector is vastgelegd (%1%).</translation>
    </message>
    <message>
        <source>No balance alert: no sector above its share and every bassin present.</source>
        <translation>Geen evenwichtswaarschuwing: geen enkele sector boven zijn aandeel en elke zorgzone aanwezig.</translation>
    </message>
    <message>
        <source>No largest sector share is set for this council: set one in the Council tab to be warned.</source>
        <translation>Voor deze raad is geen maximaal aandeel per sector ingesteld: stel er een in op het tabblad Raad om gewaarschuwd te worden.</translation>
    </message>
    <message>
        <source>Choose a meeting in the Meetings tab: its check-in list appears here.</source>
        <translation>Kies een vergadering op het tabblad Vergaderingen: de aanmeldlijst verschijnt hier.</translation>
    </message>
    <message>
        <source>Type a name, an organisation or a sector; Enter marks the only match present</source>
        <translation>Typ een naam, een organisatie of een sector; Enter markeert de enige treffer als aanwezig</translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation>Persoon zoeken om aan te melden</translation>
    </message>
    <message>
        <source>Walk-in &amp;Guest…</source>
        <translation>&amp;Gast ter plaatse…</translation>
    </message>
    <message>
        <source>Add someone who is not a member (Ctrl+G)</source>
        <translation>Iemand toevoegen die geen lid is (Ctrl+G)</translation>
    </message>
    <message>
        <source>Walk-in Guest</source>
        <translation>Gast ter plaatse</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Verontschuldigd</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Represented…</source>
        <translation>Vertegenwoordigd…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Mark present (Space or P)</source>
        <translation>Als aanwezig markeren (Spatie of P)</translation>
    </message>
    <message>
        <source>Mark excused (E)</source>
        <translation>Als verontschuldigd markeren (E)</translation>
    </message>
    <message>
        <source>Mark absent (A)</source>
        <translation>Als afwezig markeren (A)</translation>
    </message>
    <message>
        <source>Represented by a member who is present (R)</source>
        <translation>Vertegenwoordigd door een aanwezig lid (R)</translation>
    </message>
    <message>
        <source>Not checked in (Backspace)</source>
        <translation>Niet aangemeld (Backspace)</translation>
    </message>
    <message>
        <source>Keys in the list: Space or P present, E excused, A absent, R represented, Backspace clears; letters search again, Up from the top returns to the search.</source>
        <translation>Toetsen in de lijst: Spatie of P aanwezig, E verontschuldigd, A afwezig, R vertegenwoordigd, Backspace wist; andere letters zoeken opnieuw, Pijl omhoog op de eerste rij gaat terug naar het zoekveld.</translation>
    </message>
    <message>
        <source>Balance of those present</source>
        <translation>Evenwicht onder de aanwezigen</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Vertegenwoordigd door</translation>
    </message>
    <message>
        <source>Who represents %1? Only members who are present can carry a representation.</source>
        <translation>Wie vertegenwoordigt %1? Alleen aanwezige leden kunnen volmachtdrager zijn.</translation>
    </message>
</context>
<context>
    <name>Quorum::AttendanceRules</name>
    <message numerus="yes">
        <source>No quorum is required: %1 of %n member(s) present or represented.</source>
        <translation>
            <numerusform>Geen quorum vereist: %1 van %n lid aanwezig of vertegenwoordigd.</numerusform>
            <numerusform>Geen quorum vereist: %1 van %n leden aanwezig of vertegenwoordigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quorum cannot be reached: no voting member of this council is marked as a mandatory partner.</source>
        <translation>Het quorum kan niet bereikt worden: geen stemgerechtigd lid van deze raad is als verplichte partner aangeduid.</translation>
    </message>
    <message numerus="yes">
        <source>Quorum reached: %1 of %n mandatory partner(s) present or represented (%2 present, %3 represented; more than half, at least %4, needed).</source>
        <translation>
            <numerusform>Quorum bereikt: %1 van %n verplichte partner aanwezig of vertegenwoordigd (%2 aanwezig, %3 vertegenwoordigd; meer dan de helft, minstens %4, vereist).</numerusform>
            <numerusform>Quorum bereikt: %1 van %n verplichte partners aanwezig of vertegenwoordigd (%2 aanwezig, %3 vertegenwoordigd; meer dan de helft, minstens %4, vereist).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum not reached: %1 of %n mandatory partner(s) present or represented (%2 present, %3 represented; more than half, at least %4, needed: %5 more).</source>
        <translation>
            <numerusform>Quorum niet bereikt: %1 van %n verplichte partner aanwezig of vertegenwoordigd (%2 aanwezig, %3 vertegenwoordigd; meer dan de helft, minstens %4, vereist: nog %5).</numerusform>
            <numerusform>Quorum niet bereikt: %1 van %n verplichte partners aanwezig of vertegenwoordigd (%2 aanwezig, %3 vertegenwoordigd; meer dan de helft, minstens %4, vereist: nog %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Quorum cannot be reached: this council has no voting members.</source>
        <translation>Het quorum kan niet bereikt worden: deze raad heeft geen stemgerechtigde leden.</translation>
    </message>
    <message numerus="yes">
        <source>Quorum reached: %1 of %n voting member(s) present or represented (%2 present, %3 represented; more than half, at least %4, needed).</source>
        <translation>
            <numerusform>Quorum bereikt: %1 van %n stemgerechtigd lid aanwezig of vertegenwoordigd (%2 aanwezig, %3 vertegenwoordigd; meer dan de helft, minstens %4, vereist).</numerusform>
            <numerusform>Quorum bereikt: %1 van %n stemgerechtigde leden aanwezig of vertegenwoordigd (%2 aanwezig, %3 vertegenwoordigd; meer dan de helft, minstens %4, vereist).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum not reached: %1 of %n voting member(s) present or represented (%2 present, %3 represented; more than half, at least %4, needed: %5 more).</source>
        <translation>
            <numerusform>Quorum niet bereikt: %1 van %n stemgerechtigd lid aanwezig of vertegenwoordigd (%2 aanwezig, %3 vertegenwoordigd; meer dan de helft, minstens %4, vereist: nog %5).</numerusform>
            <numerusform>Quorum niet bereikt: %1 van %n stemgerechtigde leden aanwezig of vertegenwoordigd (%2 aanwezig, %3 vertegenwoordigd; meer dan de helft, minstens %4, vereist: nog %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Bassin</source>
        <translation>Zorgzone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>%1 holds %2% of those present (%3 of %4), more than the %5% set for one sector.</source>
        <translation>%1 heeft %2% van de aanwezigen (%3 van %4), meer dan de %5% die voor één sector is vastgelegd.</translation>
    </message>
    <message>
        <source>Nobody from bassin %1 is present.</source>
        <translation>Niemand uit zorgzone %1 is aanwezig.</translation>
    </message>
    <message>
        <source>%1 holds %2% of those present (%3 of %4), more than the %5% set as the largest share.</source>
        <translation>%1 heeft %2% van de aanwezigen (%3 van %4), meer dan de %5% die als maximaal aandeel is vastgelegd.</translation>
    </message>
    <message>
        <source>Nobody speaking %1 is present.</source>
        <translation>Niemand die %1 spreekt is aanwezig.</translation>
    </message>
    <message>
        <source>Nobody from %1 is present.</source>
        <translation>Niemand uit %1 is aanwezig.</translation>
    </message>
    <message>
        <source>%1 holds %2% of those present (%3 of %4), less than the %5% set as the smallest share.</source>
        <translation>%1 heeft %2% van de aanwezigen (%3 van %4), minder dan de %5% die als minimaal aandeel is vastgelegd.</translation>
    </message>
</context>
<context>
    <name>Quorum::Check</name>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>the column is missing.</source>
        <translation>de kolom ontbreekt.</translation>
    </message>
    <message>
        <source>declared %1, expected %2.</source>
        <translation>gedeclareerd als %1, verwacht %2.</translation>
    </message>
    <message>
        <source>a column this schema version does not have.</source>
        <translation>een kolom die deze schemaversie niet heeft.</translation>
    </message>
    <message>
        <source>the table&apos;s constraints or references differ from the ones this version expects.</source>
        <translation>de beperkingen of verwijzingen van de tabel verschillen van die welke deze versie verwacht.</translation>
    </message>
    <message>
        <source>the table is missing.</source>
        <translation>de tabel ontbreekt.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 ontbreekt.</translation>
    </message>
    <message>
        <source>%1 is a %2 here.</source>
        <translation>%1 is hier een %2.</translation>
    </message>
    <message>
        <source>%1 differs from the one this version expects.</source>
        <translation>%1 verschilt van wat deze versie verwacht.</translation>
    </message>
    <message>
        <source>%1 is not part of this schema version.</source>
        <translation>%1 hoort niet bij deze schemaversie.</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>is leeg.</translation>
    </message>
    <message>
        <source>holds %1 where a text is expected.</source>
        <translation>bevat %1 waar een tekst verwacht wordt.</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>binaire gegevens</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed.</source>
        <translation>is %1 tekens lang; hoogstens %2 zijn toegestaan.</translation>
    </message>
    <message>
        <source>%1 is not a valid rule: %2</source>
        <translation>%1 is geen geldige regel: %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 is geen geheel getal.</translation>
    </message>
    <message>
        <source>is %1, but must be 0 (no) or 1 (yes).</source>
        <translation>is %1, maar moet 0 (nee) of 1 (ja) zijn.</translation>
    </message>
    <message>
        <source>is %1, which is not the id of a record.</source>
        <translation>is %1, wat de id van geen enkel item is.</translation>
    </message>
    <message>
        <source>is %1, outside the allowed range %2 to %3.</source>
        <translation>is %1, buiten het toegestane bereik van %2 tot %3.</translation>
    </message>
    <message>
        <source>%1 is not a date written as YYYY-MM-DD (years 1900 to 2999).</source>
        <translation>%1 is geen datum in de vorm JJJJ-MM-DD (jaren 1900 tot 2999).</translation>
    </message>
    <message>
        <source>%1 is not a time written as HH:MM.</source>
        <translation>%1 is geen tijd in de vorm UU:MM.</translation>
    </message>
    <message>
        <source>%1 is not a moment in UTC written as YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>%1 is geen UTC-tijdstip in de vorm JJJJ-MM-DDTUU:MM:SSZ.</translation>
    </message>
    <message>
        <source>%1 is not one of the codes %2.</source>
        <translation>%1 is geen van de codes %2.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>is empty in both French and Dutch.</source>
        <translation>is zowel in het Frans als in het Nederlands leeg.</translation>
    </message>
    <message>
        <source>%1 is not a position (a whole number from 0).</source>
        <translation>%1 is geen positie (een geheel getal vanaf 0).</translation>
    </message>
    <message>
        <source>refers to %1 %2, which does not exist.</source>
        <translation>verwijst naar %1 %2, die niet bestaat.</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>het bestand is beschadigd: %1</translation>
    </message>
    <message>
        <source>the references between records cannot be verified: %1</source>
        <translation>de verwijzingen tussen items kunnen niet gecontroleerd worden: %1</translation>
    </message>
    <message>
        <source>refers to a row of %1 that does not exist.</source>
        <translation>verwijst naar een rij van %1 die niet bestaat.</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabel %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>%1: the expected schema cannot be built: %2</source>
        <translation>%1: het verwachte schema kan niet opgebouwd worden: %2</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2.</source>
        <translation>%1: kan niet geopend worden: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 is beschadigd: %2.</translation>
    </message>
</context>
<context>
    <name>Quorum::ChoiceDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>UU:MM</translation>
    </message>
    <message>
        <source>(translation missing)</source>
        <translation>(vertaling ontbreekt)</translation>
    </message>
</context>
<context>
    <name>Quorum::CommandLine</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 vereist een waarde.</translation>
    </message>
    <message>
        <source>--lang must be fr, nl or en, not &quot;%1&quot;.</source>
        <translation>--lang moet fr, nl of en zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number%2, not &quot;%3&quot;.</source>
        <translation>%1 moet een geheel getal%2 zijn, niet &quot;%3&quot;.</translation>
    </message>
    <message>
        <source> from 1 to 50</source>
        <translation> van 1 tot 50</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>onbekende optie %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n file argument(s).</source>
        <translation>
            <numerusform>%1 verwacht %n bestand als argument.</numerusform>
            <numerusform>%1 verwacht %n bestanden als argument.</numerusform>
        </translation>
    </message>
    <message>
        <source>only one workspace file can be opened at a time.</source>
        <translation>er kan maar één werkruimtebestand tegelijk geopend worden.</translation>
    </message>
    <message>
        <source>--demo and a FILE cannot be combined.</source>
        <translation>--demo en een FILE kunnen niet samen gebruikt worden.</translation>
    </message>
    <message>
        <source>--years and --seed only apply to generate.</source>
        <translation>--years en --seed gelden alleen voor generate.</translation>
    </message>
    <message>
        <source>Wrote the demo workspace to %1.</source>
        <translation>Demowerkruimte weggeschreven naar %1.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 councils, %3 people, %4 meetings, %5 agenda items.</source>
        <translation>%1 weggeschreven: %2 raden, %3 personen, %4 vergaderingen, %5 agendapunten.</translation>
    </message>
    <message>
        <source>--meeting needs a date written as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--meeting verwacht een datum als JJJJ-MM-DD, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>no meeting on %1 in this workspace.</source>
        <translation>geen vergadering op %1 in deze werkruimte.</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; the views are %2.</source>
        <translation>onbekende weergave &quot;%1&quot;; de weergaven zijn %2.</translation>
    </message>
    <message>
        <source>--at needs a moment written as YYYY-MM-DDTHH:MM, not &quot;%1&quot;.</source>
        <translation>--at verwacht een tijdstip als JJJJ-MM-DDTUU:MM, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--demo, --screenshot, --view, --meeting and --at only apply when opening the app.</source>
        <translation>--demo, --screenshot, --view, --meeting en --at gelden alleen bij het openen van de toepassing.</translation>
    </message>
    <message>
        <source>%1: no meeting on %2 in this workspace.</source>
        <translation>%1: geen vergadering op %2 in deze werkruimte.</translation>
    </message>
    <message>
        <source>Wrote the agenda of %1 to %2.</source>
        <translation>Agenda van %1 weggeschreven naar %2.</translation>
    </message>
    <message>
        <source>--format must be pdf, odt, html or md, not &quot;%1&quot;.</source>
        <translation>--format moet pdf, odt, html of md zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--layout must be columns or sequential, not &quot;%1&quot;.</source>
        <translation>--layout moet columns of sequential zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>for %1, --lang must be fr, nl or both, not &quot;%2&quot;.</source>
        <translation>voor %1 moet --lang fr, nl of both zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 needs --meeting YYYY-MM-DD, the date of the meeting.</source>
        <translation>%1 vereist --meeting JJJJ-MM-DD, de datum van de vergadering.</translation>
    </message>
    <message>
        <source>%1 needs -o OUT, the file to write.</source>
        <translation>%1 vereist -o OUT, het bestand dat weggeschreven moet worden.</translation>
    </message>
    <message>
        <source>%1 needs --format pdf, odt, html or md (or an OUT ending in .pdf, .odt, .html or .md).</source>
        <translation>%1 vereist --format pdf, odt, html of md (of een OUT die eindigt op .pdf, .odt, .html of .md).</translation>
    </message>
    <message>
        <source>--layout only applies to minutes.</source>
        <translation>--layout geldt alleen voor minutes.</translation>
    </message>
    <message>
        <source>Wrote the minutes of %1 to %2.</source>
        <translation>Samenvatting van %1 weggeschreven naar %2.</translation>
    </message>
    <message>
        <source>--council needs the id of a council, a whole number, not &quot;%1&quot;.</source>
        <translation>--council verwacht de id van een raad, een geheel getal, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 needs a date written as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 verwacht een datum als JJJJ-MM-DD, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--council, --from, --to and --search only apply to decisions.</source>
        <translation>--council, --from, --to en --search gelden alleen voor decisions.</translation>
    </message>
    <message>
        <source>for decisions, --format must be json, md or pdf, not &quot;%1&quot;.</source>
        <translation>voor decisions moet --format json, md of pdf zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>decisions needs --format json, md or pdf (or an OUT ending in .json, .md or .pdf).</source>
        <translation>decisions vereist --format json, md of pdf (of een OUT die eindigt op .json, .md of .pdf).</translation>
    </message>
    <message>
        <source>decisions needs -o OUT for a PDF: a PDF is not written to the terminal.</source>
        <translation>decisions vereist -o OUT voor een PDF: een PDF wordt niet naar de terminal geschreven.</translation>
    </message>
    <message>
        <source>--from %1 comes after --to %2.</source>
        <translation>--from %1 valt na --to %2.</translation>
    </message>
    <message>
        <source>--format and -o only apply to agenda, minutes and decisions.</source>
        <translation>--format en -o gelden alleen voor agenda, minutes en decisions.</translation>
    </message>
    <message>
        <source>the standard output cannot be written.</source>
        <translation>de standaarduitvoer kan niet geschreven worden.</translation>
    </message>
    <message>
        <source>%1: no council with id %2 in this workspace.</source>
        <translation>%1: geen raad met id %2 in deze werkruimte.</translation>
    </message>
    <message>
        <source>%1: council %2 has no meeting on %3.</source>
        <translation>%1: raad %2 heeft geen vergadering op %3.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n decision(s) to %1.</source>
        <translation>
            <numerusform>%n beslissing weggeschreven naar %1.</numerusform>
            <numerusform>%n beslissingen weggeschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--person needs the id of a person, a whole number, not &quot;%1&quot;.</source>
        <translation>--person verwacht de id van een persoon, een geheel getal, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 needs --person ID, the id of the person.</source>
        <translation>%1 vereist --person ID, de id van de persoon.</translation>
    </message>
    <message>
        <source>--person applies to person-data and erase-person, --yes to erase-person.</source>
        <translation>--person geldt voor person-data en erase-person, --yes voor erase-person.</translation>
    </message>
    <message>
        <source>%1: cannot be written.</source>
        <translation>%1: kan niet geschreven worden.</translation>
    </message>
    <message numerus="yes">
        <source>%1: and %n more problem(s).</source>
        <translation>
            <numerusform>%1: en nog %n probleem.</numerusform>
            <numerusform>%1: en nog %n problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a sound Quorum workspace (schema version %2, %3 bytes).</source>
        <translation>%1: geldige Quorum-werkruimte (schemaversie %2, %3 bytes).</translation>
    </message>
    <message>
        <source>%1: no person with id %2 in this workspace.</source>
        <translation>%1: geen persoon met id %2 in deze werkruimte.</translation>
    </message>
    <message>
        <source>Wrote the personal data of person %1 to %2.</source>
        <translation>Persoonsgegevens van persoon %1 weggeschreven naar %2.</translation>
    </message>
    <message>
        <source>%1: would erase person %2 (%3) and %4 Nothing was changed: add --yes to erase; this cannot be undone.</source>
        <translation>%1: zou persoon %2 (%3) wissen en %4 Er is niets gewijzigd: voeg --yes toe om te wissen; dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>%1: erased person %2 and %3</source>
        <translation>%1: persoon %2 gewist, en %3</translation>
    </message>
    <message>
        <source>%1 needs --council ID, the id of the council.</source>
        <translation>%1 vereist --council ID, de id van de raad.</translation>
    </message>
    <message>
        <source>for composition, --format must be text or json, not &quot;%1&quot;.</source>
        <translation>voor composition moet --format text of json zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>composition needs --council ID, the id of a council.</source>
        <translation>composition vereist --council ID, de id van een raad.</translation>
    </message>
    <message>
        <source>composition prints to the standard output: it takes no -o.</source>
        <translation>composition schrijft naar de standaarduitvoer: -o wordt niet aanvaard.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>komma&apos;s</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntkomma&apos;s</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, cells separated by %3, %n row(s) below the header.</source>
        <translation>
            <numerusform>%1: %2, cellen gescheiden door %3, %n rij onder de kopregel.</numerusform>
            <numerusform>%1: %2, cellen gescheiden door %3, %n rijen onder de kopregel.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Kolommen: %1.</translation>
    </message>
    <message>
        <source>Columns Quorum does not know (not imported): %1.</source>
        <translation>Kolommen die Quorum niet kent (niet geïmporteerd): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: not imported, %n problem(s); the workspace is unchanged.</source>
        <translation>
            <numerusform>%1: niet geïmporteerd, %n probleem; de werkruimte is ongewijzigd.</numerusform>
            <numerusform>%1: niet geïmporteerd, %n problemen; de werkruimte is ongewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>%1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd</translation>
    </message>
    <message>
        <source>Dry run: would import %1 (%2); nothing was written.</source>
        <translation>Simulatie: %1 zou geïmporteerd worden (%2); er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Imported %1 into council %2: %3.</source>
        <translation>%1 geïmporteerd in raad %2: %3.</translation>
    </message>
    <message>
        <source>Wrote the members of council %1 to %2.</source>
        <translation>Leden van raad %1 weggeschreven naar %2.</translation>
    </message>
    <message>
        <source>The composition follows every rule of the council.</source>
        <translation>De samenstelling volgt alle regels van de raad.</translation>
    </message>
    <message>
        <source>--map needs KIND:VALUE=ENTRY (sector:Astrologie=&quot;Santé mentale&quot;), not &quot;%1&quot;.</source>
        <translation>--map verwacht SOORT:WAARDE=ITEM (sector:Astrologie=&quot;Santé mentale&quot;), niet ‘%1’.</translation>
    </message>
    <message>
        <source>--dry-run, --map and --create-missing only apply to import-members.</source>
        <translation>--dry-run, --map en --create-missing gelden alleen voor import-members.</translation>
    </message>
    <message>
        <source>--date only applies to composition.</source>
        <translation>--date geldt alleen voor composition.</translation>
    </message>
    <message>
        <source>--map %1: “%2” is not sector, bassin or subgroup.</source>
        <translation>--map %1: ‘%2’ is geen sector, bassin of subgroup.</translation>
    </message>
    <message>
        <source>--map %1: no %2 is called “%3” (or has that id).</source>
        <translation>--map %1: geen %2 heet ‘%3’ (of heeft dat id).</translation>
    </message>
    <message numerus="yes">
        <source>On %1: %n voting seat(s).</source>
        <translation>
            <numerusform>Op %1: %n stemgerechtigde zetel.</numerusform>
            <numerusform>Op %1: %n stemgerechtigde zetels.</numerusform>
        </translation>
    </message>
    <message>
        <source>--assign only applies to workshops.</source>
        <translation>--assign geldt alleen voor workshops.</translation>
    </message>
    <message>
        <source>workshops needs --meeting YYYY-MM-DD, the date of the meeting.</source>
        <translation>workshops heeft --meeting JJJJ-MM-DD nodig, de datum van de vergadering.</translation>
    </message>
    <message>
        <source>for workshops, --format must be json, md, csv or pdf, not &quot;%1&quot;.</source>
        <translation>voor workshops moet --format json, md, csv of pdf zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>workshops needs -o OUT for a PDF: a PDF is not written to the terminal.</source>
        <translation>workshops heeft -o UIT nodig voor een pdf: een pdf wordt niet naar de terminal geschreven.</translation>
    </message>
    <message>
        <source>%1: the meeting of %2 has no workshops.</source>
        <translation>%1: de vergadering van %2 heeft geen workshops.</translation>
    </message>
    <message>
        <source>Wrote the workshop lists of %1 to %2.</source>
        <translation>Workshoplijsten van %1 geschreven naar %2.</translation>
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
        <translation>Gebruik:
  quorum [FILE]                            opent de toepassing (FILE, anders de laatste werkruimte, anders de demo)
  quorum --demo                            opent de toepassing op een nieuwe kopie van de demowerkruimte
  quorum --lang fr|nl|en ...               taal van de interface
  quorum ... --meeting YYYY-MM-DD          opent op de vergadering van die datum
  quorum ... --at YYYY-MM-DDTHH:MM         toont de zittingen zoals ze op dat moment waren
  quorum ... --screenshot OUT.png [--view NAME]
                                           rendert het hoofdvenster (of een weergave) als PNG en sluit af
  quorum demo OUT.quorum                   schrijft de demowerkruimte weg
  quorum check FILE                        controleert een werkruimtebestand: het schema, de waarden van
                                           elke kolom, de pagina&apos;s; één regel per probleem
  quorum export-json FILE OUT.json         exporteert een werkruimte als JSON
  quorum import-json IN.json OUT.quorum    bouwt een werkruimte op uit JSON
  quorum generate OUT.quorum [--years N] [--seed S]
                                           schrijft een grote synthetische werkruimte weg
  quorum agenda FILE --meeting YYYY-MM-DD [--lang fr|nl|both] [--format pdf|odt|html|md] -o OUT
                                           exporteert het vooraf te versturen agendapakket van die vergadering;
                                           hier is --lang de taal van het document (standaard both)
                                           en --format is standaard de extensie van OUT
  quorum minutes FILE --meeting YYYY-MM-DD [--lang fr|nl|both] [--layout columns|sequential]
                 [--format pdf|odt|html|md] -o OUT
                                           exporteert de samenvatting van die vergadering (het ontwerp als er
                                           nog geen geschreven is); met beide talen naast elkaar
                                           (columns, de standaard) of na elkaar
  quorum decisions FILE [--meeting YYYY-MM-DD] [--council ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                 [--search TEXT] [--lang fr|nl|both] [--format json|md|pdf] [-o OUT]
                                           exporteert de geschiedenis van de beslissingen (afgesloten stemmingen), alle of
                                           die van een vergadering, een raad, een periode, of die elk
                                           gezochte woord bevatten; JSON bevat beide talen;
                                           zonder -o gaan JSON en Markdown naar de standaarduitvoer
  quorum person-data FILE --person ID [-o OUT.json]
                                           exporteert alles wat de werkruimte over een persoon bevat
                                           (naar de standaarduitvoer zonder -o)
  quorum erase-person FILE --person ID --yes
                                           wist een persoon en elke kopie van de naam en
                                           organisatie; zonder --yes wordt gemeld wat gewist zou worden
  quorum composition FILE --council ID [--date YYYY-MM-DD] [--format text|json]
                                           controleert de samenstelling van een raad aan de hand van de regels (zoals ze
                                           is op --date, vandaag zonder die optie): minimum en maximum aantal zetels,
                                           maximaal aantal zetels in totaal, clusters, adviserende experts, open zetels;
                                           sluit af met code 1 en een lijst van de overtredingen
  quorum import-members FILE IN.csv --council ID [--dry-run]
                [--map KIND:VALUE=ENTRY]... [--create-missing]
                                           voegt de leden van de raad toe of werkt ze bij vanuit een rekenblad
                                           opgeslagen als CSV (één foute regel: er wordt niets geïmporteerd, elk
                                           probleem wordt opgesomd); --dry-run meldt alleen wat er zou gebeuren;
                                           een sector, zorgzone of deelgroep waar geen item zo heet, wordt gekoppeld
                                           aan een bestaand item (--map sector:Astrologie=&quot;Santé mentale&quot;, op naam of id)
                                           of aangemaakt (--create-missing)
  quorum export-members FILE --council ID [-o OUT.csv]
                                           de leden van de raad als CSV die Excel zonder meer opent
                                           (UTF-8, puntkomma&apos;s; naar de standaarduitvoer zonder -o)
  quorum workshops BESTAND --meeting JJJJ-MM-DD [--assign] [--format json|md|csv|pdf] [-o UIT]
                 [--lang fr|nl|both]
                                           wie waar gaat in de workshops van de vergadering, met de
                                           gevolgde keuzes en het evenwicht van elke workshop;
                                           --assign verdeelt eerst de deelnemers automatisch (wie met
                                           de hand is geplaatst en vergrendelde lijsten blijven);
                                           pdf: een pagina per workshop voor de deuren (met -o);
                                           standaard JSON
  quorum ideas BESTAND --meeting JJJJ-MM-DD [--format json|md|pdf] [-o UIT] [--lang fr|nl|both]
                                           wat de workshops van de vergadering opleverden: de kaarten
                                           gegroepeerd per uitdaging, met de voorstellen; standaard JSON
  quorum --version
Weergaven: council, members, meetings, agenda, workshops, ideas, console, projector, attendance,
synthesis, preview.
</translation>
    </message>
    <message>
        <source>ideas needs --meeting YYYY-MM-DD, the date of the meeting.</source>
        <translation>ideas heeft --meeting JJJJ-MM-DD nodig, de datum van de vergadering.</translation>
    </message>
    <message>
        <source>for ideas, --format must be json, md or pdf, not &quot;%1&quot;.</source>
        <translation>voor ideas moet --format json, md of pdf zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>ideas needs -o OUT for a PDF: a PDF is not written to the terminal.</source>
        <translation>ideas heeft -o UIT nodig voor een pdf: een pdf wordt niet naar de terminal geschreven.</translation>
    </message>
    <message>
        <source>%1 attendance records (%2 walk-in guests, %3 represented), %4 proposals, %5 objections, %6 closed votes (%7 electors, %8 named ballots, %9 counts), %10 minutes sections, %11 workshop choices, %12 workshop seats, %13 cards in %14 issues.</source>
        <translation>%1 aanwezigheidsregistraties (%2 gasten ter plaatse, %3 vertegenwoordigd), %4 voorstellen, %5 bezwaren, %6 afgesloten stemmingen (%7 kiezers, %8 hoofdelijke stembiljetten, %9 tellingen), %10 onderdelen van de samenvatting, %11 workshopkeuzes, %12 plaatsen in workshops, %13 kaarten in %14 uitdagingen.</translation>
    </message>
    <message>
        <source>Wrote the ideas of %1 to %2.</source>
        <translation>Ideeën van %1 geschreven naar %2.</translation>
    </message>
</context>
<context>
    <name>Quorum::Commands</name>
    <message>
        <source>Add %1</source>
        <translation>Een %1 toevoegen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Een %1 verwijderen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Een %1 verplaatsen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n record(s)</source>
        <translation>
            <numerusform>%n item toevoegen</numerusform>
            <numerusform>%n items toevoegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::CompositionNotice</name>
    <message numerus="yes">
        <source>The composition does not follow the council&apos;s rules (%n problem(s)):</source>
        <translation>
            <numerusform>De samenstelling volgt de regels van de raad niet (%n probleem):</numerusform>
            <numerusform>De samenstelling volgt de regels van de raad niet (%n problemen):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: hover to read them all.</source>
        <translation>
            <numerusform>…en nog %n: wijs met de muis aan om ze allemaal te lezen.</numerusform>
            <numerusform>…en nog %n: wijs met de muis aan om ze allemaal te lezen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ConsolePanel</name>
    <message>
        <source>Close the session</source>
        <translation>Zitting sluiten</translation>
    </message>
    <message>
        <source>Close the session now? Its times are kept; it cannot be reopened.</source>
        <translation>De zitting nu sluiten? De tijden blijven bewaard; ze kan niet heropend worden.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 to %4</source>
        <translation>%1 — %2, van %3 tot %4</translation>
    </message>
    <message>
        <source>Choose a meeting in the Meetings tab to run its session.</source>
        <translation>Kies een vergadering op het tabblad Vergaderingen om de zitting te leiden.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Hierna: %1</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>Hierna: einde van de zitting</translation>
    </message>
    <message>
        <source>Resume (Ctrl+Space)</source>
        <translation>Hervatten (Ctrl+Spatie)</translation>
    </message>
    <message>
        <source>Pause (Ctrl+Space)</source>
        <translation>Pauze (Ctrl+Spatie)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>Planned %1 min. Start the session with F5.</source>
        <translation>Gepland: %1 min. Open de zitting met F5.</translation>
    </message>
    <message>
        <source>Planned %1 min, spent %2 min (%3 min).</source>
        <translation>Gepland: %1 min, besteed: %2 min (%3 min).</translation>
    </message>
    <message>
        <source>Planned %1 min. So far %2 min spent on items planned for %3 min (%4 min).</source>
        <translation>Gepland: %1 min. Tot nu toe %2 min besteed aan punten die gepland waren voor %3 min (%4 min).</translation>
    </message>
    <message>
        <source>&amp;Start the Session</source>
        <translation>&amp;Zitting openen</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>&amp;Volgend punt</translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation>Vo&amp;rig punt</translation>
    </message>
    <message>
        <source>Pause or &amp;Resume</source>
        <translation>Pauzeren of &amp;hervatten</translation>
    </message>
    <message>
        <source>&amp;Extend by 1 Minute</source>
        <translation>Met &amp;1 minuut verlengen</translation>
    </message>
    <message>
        <source>Extend by &amp;5 Minutes</source>
        <translation>Met &amp;5 minuten verlengen</translation>
    </message>
    <message>
        <source>S&amp;horten by 1 Minute</source>
        <translation>Met 1 minuut in&amp;korten</translation>
    </message>
    <message>
        <source>S&amp;kip This Item</source>
        <translation>Dit punt &amp;overslaan</translation>
    </message>
    <message>
        <source>&amp;Jump to an Item…</source>
        <translation>&amp;Naar een punt gaan…</translation>
    </message>
    <message>
        <source>&amp;Close the Session…</source>
        <translation>Zitting &amp;sluiten…</translation>
    </message>
    <message>
        <source>Show the Pro&amp;jector Screen</source>
        <translation>Pro&amp;jectorscherm tonen</translation>
    </message>
    <message>
        <source>&amp;Blank the Projector</source>
        <translation>&amp;Projector op zwart zetten</translation>
    </message>
    <message>
        <source>Start (F5)</source>
        <translation>Openen (F5)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Vorige (Page Up)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Volgende (Page Down)</translation>
    </message>
    <message>
        <source>+1 min (Ctrl++)</source>
        <translation>+1 min (Ctrl++)</translation>
    </message>
    <message>
        <source>Close session (Shift+F5)</source>
        <translation>Zitting sluiten (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Warn before the end (min):</source>
        <translation>&amp;Waarschuwen vóór het einde (min):</translation>
    </message>
    <message>
        <source>Live notes (&amp;French):</source>
        <translation>Notities tijdens de zitting (&amp;Frans):</translation>
    </message>
    <message>
        <source>Live notes (&amp;Dutch):</source>
        <translation>Notities tijdens de zitting (&amp;Nederlands):</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>Actual times</source>
        <translation>Werkelijke tijden</translation>
    </message>
    <message>
        <source>Planned at</source>
        <translation>Gepland om</translation>
    </message>
    <message>
        <source>Ctrl+T tags the line for the minutes: sector news, a question from the floor, working-group progress, a decision&apos;s rationale or a bassin&apos;s round-table entry.</source>
        <translation>Ctrl+T labelt de regel voor het verslag: nieuws uit de sector, vraag uit de zaal, voortgang van een werkgroep, motivering van een beslissing of rondetafel van een zorgzone.</translation>
    </message>
</context>
<context>
    <name>Quorum::CouncilPanel</name>
    <message>
        <source>Council</source>
        <translation>Raad</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Name (&amp;French):</source>
        <translation>&amp;Naam (Frans):</translation>
    </message>
    <message>
        <source>Name (&amp;Dutch):</source>
        <translation>Naa&amp;m (Nederlands):</translation>
    </message>
    <message>
        <source>Acronym (F&amp;rench):</source>
        <translation>&amp;Afkorting (Frans):</translation>
    </message>
    <message>
        <source>Acronym (Dutc&amp;h):</source>
        <translation>Af&amp;korting (Nederlands):</translation>
    </message>
    <message>
        <source>&amp;Bassin:</source>
        <translation>&amp;Zorgzone:</translation>
    </message>
    <message>
        <source>&amp;Subgroups and clusters (one voice each; seat ranges where the charter sets them):</source>
        <translation>Deel&amp;groepen en clusters (elk één stem; minimum en maximum aantal zetels waar het handvest die vastlegt):</translation>
    </message>
    <message>
        <source>Decision rule in words</source>
        <translation>Beslissingsregel in woorden</translation>
    </message>
    <message>
        <source>C&amp;harter: its dated versions and decision rules. The latest version adopted on or before a meeting&apos;s date gives the default rules of its votes (rule codes: see the documentation).</source>
        <translation>&amp;Handvest: de gedateerde versies en beslissingsregels. De laatste versie die uiterlijk op de datum van een vergadering is aangenomen, bepaalt de standaardregels van haar stemmingen (regelcodes: zie de documentatie).</translation>
    </message>
    <message>
        <source>Rules and balance</source>
        <translation>Regels en evenwicht</translation>
    </message>
    <message>
        <source>Largest sector share (%):</source>
        <translation>Maximaal aandeel van een sector (%):</translation>
    </message>
    <message>
        <source>Smallest language share (%):</source>
        <translation>Minimaal aandeel van een taal (%):</translation>
    </message>
    <message>
        <source>Smallest bassin share (%):</source>
        <translation>Minimaal aandeel van een zorgzone (%):</translation>
    </message>
    <message>
        <source>Largest function share (%):</source>
        <translation>Maximaal aandeel van een functie (%):</translation>
    </message>
    <message>
        <source>Smallest gender share (%):</source>
        <translation>Minimaal aandeel van een gender (%):</translation>
    </message>
    <message>
        <source>Most seats in all:</source>
        <translation>Maximaal aantal zetels:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Zetels:</translation>
    </message>
    <message>
        <source>Funder&apos;s mention (French):</source>
        <translation>Vermelding van de financier (Frans):</translation>
    </message>
    <message>
        <source>Funder&apos;s mention (Dutch):</source>
        <translation>Vermelding van de financier (Nederlands):</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum:</translation>
    </message>
    <message>
        <source>No open seats: every vote sits in a cluster</source>
        <translation>Geen open zetels: elke stem hoort bij een cluster</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>The balance monitor warns when one sector holds more of those present.</source>
        <translation>De evenwichtsbewaking waarschuwt wanneer één sector meer dan dit aandeel van de aanwezigen heeft.</translation>
    </message>
    <message>
        <source>The balance monitor warns when French or Dutch speakers are missing or hold less.</source>
        <translation>De evenwichtsbewaking waarschuwt wanneer Franstaligen of Nederlandstaligen ontbreken of onder dit aandeel blijven.</translation>
    </message>
    <message>
        <source>The balance monitor warns when a bassin is missing or holds less of those present.</source>
        <translation>De evenwichtsbewaking waarschuwt wanneer een zorgzone ontbreekt of onder dit aandeel van de aanwezigen blijft.</translation>
    </message>
    <message>
        <source>The balance monitor warns when one function holds more of those present.</source>
        <translation>De evenwichtsbewaking waarschuwt wanneer één functie meer dan dit aandeel van de aanwezigen heeft.</translation>
    </message>
    <message>
        <source>The balance monitor warns when women or men hold less of those present.</source>
        <translation>De evenwichtsbewaking waarschuwt wanneer vrouwen of mannen onder dit aandeel van de aanwezigen blijven.</translation>
    </message>
    <message>
        <source>Voting members in all, as the charter sets it (25 for a care council).</source>
        <translation>Totaal aantal stemgerechtigde leden, zoals het handvest het vastlegt (25 voor een zorgraad).</translation>
    </message>
    <message>
        <source>Sectors, Professions and &amp;Functions…</source>
        <translation>Sectoren, beroepen en &amp;functies…</translation>
    </message>
</context>
<context>
    <name>Quorum::DecisionDialogs</name>
    <message>
        <source>%1 in French</source>
        <translation>%1 in het Frans</translation>
    </message>
    <message>
        <source>%1 in Dutch</source>
        <translation>%1 in het Nederlands</translation>
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
        <translation>De beslissingsregel is leeg.</translation>
    </message>
    <message>
        <source>Unknown decision method “%1”: expected %2.</source>
        <translation>Onbekende beslissingsmethode “%1”: %2 verwacht.</translation>
    </message>
    <message>
        <source>“%1” in the decision rule is not of the form key=value.</source>
        <translation>“%1” in de beslissingsregel heeft niet de vorm sleutel=waarde.</translation>
    </message>
    <message>
        <source>The key “%1” appears twice in the decision rule.</source>
        <translation>De sleutel “%1” komt twee keer voor in de beslissingsregel.</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2: expected %3.</source>
        <translation>“%1” is ongeldig als %2: %3 verwacht.</translation>
    </message>
    <message>
        <source>An election threshold is a fraction such as 2/3, not “simple”.</source>
        <translation>Een verkiezingsdrempel is een breuk zoals 2/3, niet “simple”.</translation>
    </message>
    <message>
        <source>“%1” is not a valid threshold: write simple or a fraction n/d with 0 &lt; n ≤ d ≤ 100, such as 2/3.</source>
        <translation>“%1” is geen geldige drempel: schrijf simple of een breuk n/d met 0 &lt; n ≤ d ≤ 100, zoals 2/3.</translation>
    </message>
    <message>
        <source>The number of seats must be between 1 and 1000, not “%1”.</source>
        <translation>Het aantal zetels moet tussen 1 en 1000 liggen, niet “%1”.</translation>
    </message>
    <message>
        <source>The number of dots must be between 1 and 100, not “%1”.</source>
        <translation>Het aantal punten moet tussen 1 en 100 liggen, niet “%1”.</translation>
    </message>
    <message>
        <source>Unknown key “%1” in the decision rule.</source>
        <translation>Onbekende sleutel “%1” in de beslissingsregel.</translation>
    </message>
</context>
<context>
    <name>Quorum::Documents</name>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Deze vergadering bestaat niet meer.</translation>
    </message>
    <message>
        <source>PDF export needs fonts, which a text-only run cannot load.</source>
        <translation>De PDF-export heeft lettertypen nodig, die in tekstmodus niet geladen kunnen worden.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>De PDF kon niet aangemaakt worden.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>De PDF kon niet afgewerkt worden.</translation>
    </message>
    <message>
        <source>Pages cannot be drawn at %1 dpi.</source>
        <translation>De pagina&apos;s kunnen niet getekend worden op %1 dpi.</translation>
    </message>
    <message>
        <source>The ODT could not be written (%1).</source>
        <translation>Het ODT-bestand kon niet worden geschreven (%1).</translation>
    </message>
</context>
<context>
    <name>Quorum::Exchange</name>
    <message>
        <source>%1: expected an object.</source>
        <translation>%1: object verwacht.</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; must be a positive whole number.</source>
        <translation>%1: &quot;id&quot; moet een positief geheel getal zijn.</translation>
    </message>
    <message>
        <source>%1: &quot;position&quot; must be a whole number from 0.</source>
        <translation>%1: &quot;position&quot; moet een geheel getal vanaf 0 zijn.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1: onbekend veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an object with the strings &quot;fr&quot; and &quot;nl&quot;.</source>
        <translation>%1: &quot;%2&quot; moet een object zijn met de strings &quot;fr&quot; en &quot;nl&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation>%1: &quot;%2&quot; moet true of false zijn.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number or null.</source>
        <translation>%1: &quot;%2&quot; moet een geheel getal of null zijn.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string or null.</source>
        <translation>%1: &quot;%2&quot; moet een string of null zijn.</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: kan niet geschreven worden (%2).</translation>
    </message>
    <message>
        <source>%1: not a Quorum workspace export (expected a JSON object).</source>
        <translation>%1: geen export van een Quorum-werkruimte (JSON-object verwacht).</translation>
    </message>
    <message>
        <source>%1: not a Quorum workspace export (&quot;format&quot; is not &quot;%2&quot;).</source>
        <translation>%1: geen export van een Quorum-werkruimte (&quot;format&quot; is niet &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; is missing or invalid.</source>
        <translation>%1: &quot;formatVersion&quot; ontbreekt of is ongeldig.</translation>
    </message>
    <message>
        <source>%1: written by a newer Quorum (format version %2; this version reads up to %3).</source>
        <translation>%1: geschreven door een nieuwere versie van Quorum (formaatversie %2; deze versie leest tot en met versie %3).</translation>
    </message>
    <message>
        <source>%1: unknown section &quot;%2&quot;.</source>
        <translation>%1: onbekende sectie &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array.</source>
        <translation>%1: &quot;%2&quot; moet een array zijn.</translation>
    </message>
    <message>
        <source>%1 already exists; Quorum never overwrites a workspace. Choose another name.</source>
        <translation>%1 bestaat al; Quorum overschrijft nooit een werkruimte. Kies een andere naam.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: de map bestaat niet.</translation>
    </message>
    <message>
        <source>%1: cannot be written (the name was taken meanwhile, or the folder is read-only).</source>
        <translation>%1: kan niet geschreven worden (de naam is intussen in gebruik, of de map is alleen-lezen).</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kan niet gelezen worden (%2).</translation>
    </message>
    <message>
        <source>%1 is being written by another Quorum process; wait for it to finish.</source>
        <translation>%1 wordt door een ander Quorum-proces geschreven; wacht tot het klaar is.</translation>
    </message>
    <message>
        <source>%1: cannot be written (the folder is read-only).</source>
        <translation>%1: kan niet geschreven worden (de map is alleen-lezen).</translation>
    </message>
    <message>
        <source>%1: cannot be written (its lock file cannot be created).</source>
        <translation>%1: kan niet geschreven worden (het vergrendelingsbestand kan niet aangemaakt worden).</translation>
    </message>
    <message>
        <source>%1: more problems not shown: %2.</source>
        <translation>%1: meer problemen niet getoond: %2.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at line %2 (%3).</source>
        <translation>%1: geen geldige JSON op regel %2 (%3).</translation>
    </message>
    <message>
        <source>%1: not valid JSON.</source>
        <translation>%1: geen geldige JSON.</translation>
    </message>
    <message>
        <source>%1: line %2 holds a text longer than %3 MB, more than any field of a workspace allows; nothing was imported.</source>
        <translation>%1: regel %2 bevat een tekst van meer dan %3 MB, meer dan enig veld van een werkruimte toelaat; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at line %2.</source>
        <translation>%1: geen geldige JSON op regel %2.</translation>
    </message>
    <message>
        <source>%1: values nested more than %2 levels deep at line %3; a workspace export has at most four.</source>
        <translation>%1: waarden meer dan %2 niveaus diep genest op regel %3; een export van een werkruimte heeft er hoogstens vier.</translation>
    </message>
    <message>
        <source>%1: the record at line %2 holds more than %3 values; a workspace record has a few dozen.</source>
        <translation>%1: het record op regel %2 bevat meer dan %3 waarden; een record van een werkruimte heeft er enkele tientallen.</translation>
    </message>
</context>
<context>
    <name>Quorum::Export</name>
    <message>
        <source>%1 is a folder; name the file to write.</source>
        <translation>%1 is een map; geef het bestand een naam.</translation>
    </message>
    <message>
        <source>%1 is a workspace: Quorum does not replace it. Choose another name for the export.</source>
        <translation>%1 is een werkruimte: Quorum vervangt die niet. Kies een andere naam voor de export.</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: kan niet geschreven worden (%2).</translation>
    </message>
    <message>
        <source>%1 belongs to the workspace %2: Quorum does not replace it. Choose another name for the export.</source>
        <translation>%1 hoort bij de werkruimte %2: Quorum vervangt het niet. Kies een andere naam voor de export.</translation>
    </message>
</context>
<context>
    <name>Quorum::Generator</name>
    <message>
        <source>The number of years must be between 1 and 50.</source>
        <translation>Het aantal jaren moet tussen 1 en 50 liggen.</translation>
    </message>
</context>
<context>
    <name>Quorum::GuestDialog</name>
    <message>
        <source>Walk-in guest</source>
        <translation>Gast ter plaatse</translation>
    </message>
    <message>
        <source>A guest is in the room but is not a member: they count in the balance, never in the quorum.</source>
        <translation>Een gast is in de zaal aanwezig maar is geen lid: een gast telt mee voor het evenwicht, nooit voor het quorum.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisatie:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>Quorum::HistoryPanel</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Any word of a decision, its objections or its rationale</source>
        <translation>Een woord uit een beslissing, uit de bezwaren of uit de motivering</translation>
    </message>
    <message>
        <source>Coun&amp;cil</source>
        <translation>&amp;Raad</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>T&amp;ot</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>elke datum</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>The decisions shown, as JSON, Markdown or PDF</source>
        <translation>De getoonde beslissingen, als JSON, Markdown of PDF</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Raad</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitslag</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <source>Decision details</source>
        <translation>Details van de beslissing</translation>
    </message>
    <message>
        <source>All councils</source>
        <translation>Alle raden</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n beslissing</numerusform>
            <numerusform>%n beslissingen</numerusform>
        </translation>
    </message>
    <message>
        <source>No decision matches. Decisions appear here once their vote is closed.</source>
        <translation>Geen enkele beslissing komt overeen. Beslissingen verschijnen hier zodra de stemming erover afgesloten is.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Proposal: %1 (%2)</source>
        <translation>Voorstel: %1 (%2)</translation>
    </message>
    <message>
        <source>Objection (%1): %2</source>
        <translation>Bezwaar (%1): %2</translation>
    </message>
    <message>
        <source>Counter-proposal: %1 (%2)</source>
        <translation>Tegenvoorstel: %1 (%2)</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>Motivering: %1</translation>
    </message>
    <message>
        <source>%1: name the file .json, .md or .pdf.</source>
        <translation>%1: geef het bestand de extensie .json, .md of .pdf.</translation>
    </message>
    <message>
        <source>Export the decisions</source>
        <translation>De beslissingen exporteren</translation>
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
        <translation>Typ eerst wat er gezegd werd: een kaart heeft een tekst nodig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of card.</source>
        <translation>&quot;%1&quot; is geen soort kaart.</translation>
    </message>
    <message>
        <source>This meeting is not in the workspace.</source>
        <translation>Deze vergadering staat niet in de werkruimte.</translation>
    </message>
    <message>
        <source>This workshop is not one of the meeting&apos;s.</source>
        <translation>Deze workshop hoort niet bij deze vergadering.</translation>
    </message>
    <message>
        <source>This issue is not one of the meeting&apos;s.</source>
        <translation>Deze uitdaging hoort niet bij deze vergadering.</translation>
    </message>
    <message>
        <source>A card to group is no longer in the workspace.</source>
        <translation>Een te groeperen kaart staat niet meer in de werkruimte.</translation>
    </message>
    <message>
        <source>This issue is not in the workspace.</source>
        <translation>Deze uitdaging staat niet in de werkruimte.</translation>
    </message>
    <message>
        <source>A card goes into an issue of its own meeting only.</source>
        <translation>Een kaart gaat alleen naar een uitdaging van haar eigen vergadering.</translation>
    </message>
    <message>
        <source>Group cards</source>
        <translation>Kaarten groeperen</translation>
    </message>
    <message>
        <source>Name the issue in at least one language.</source>
        <translation>Geef de uitdaging een naam in minstens één taal.</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>Nieuwe uitdaging</translation>
    </message>
    <message>
        <source>This agenda item is not in the workspace.</source>
        <translation>Dit agendapunt staat niet in de werkruimte.</translation>
    </message>
    <message>
        <source>Priorities and proposals go on a decision item.</source>
        <translation>Prioriteiten en voorstellen horen bij een beslissingspunt.</translation>
    </message>
    <message>
        <source>Choose a decision item of this meeting or of a later meeting of the council.</source>
        <translation>Kies een beslissingspunt van deze vergadering of van een latere vergadering van de raad.</translation>
    </message>
    <message>
        <source>Give each participant between 1 and 100 dots.</source>
        <translation>Geef elke deelnemer tussen 1 en 100 stippen.</translation>
    </message>
    <message>
        <source>Priorities need at least two issues to choose between.</source>
        <translation>Prioriteiten vragen minstens twee uitdagingen om tussen te kiezen.</translation>
    </message>
    <message>
        <source>Set priorities among the issues</source>
        <translation>Prioriteiten bepalen tussen de uitdagingen</translation>
    </message>
    <message>
        <source>This issue is already a proposal on the agenda.</source>
        <translation>Deze uitdaging staat al als voorstel op de agenda.</translation>
    </message>
    <message>
        <source>Put an issue on the agenda as a proposal</source>
        <translation>Een uitdaging als voorstel op de agenda zetten</translation>
    </message>
</context>
<context>
    <name>Quorum::IdeasPanel</name>
    <message>
        <source>New Issue</source>
        <translation>Nieuwe uitdaging</translation>
    </message>
    <message>
        <source>Name of the issue the selected cards are about:</source>
        <translation>Naam van de uitdaging waarover de gekozen kaarten gaan:</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenaire</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Problem seen</source>
        <translation>Vastgesteld probleem</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Inspiring practice</source>
        <translation>Inspirerende praktijk</translation>
    </message>
    <message>
        <source>Said in French</source>
        <translation>In het Frans gezegd</translation>
    </message>
    <message>
        <source>Said in Dutch</source>
        <translation>In het Nederlands gezegd</translation>
    </message>
    <message>
        <source>&amp;New card:</source>
        <translation>&amp;Nieuwe kaart:</translation>
    </message>
    <message>
        <source>Type what was said, then Enter</source>
        <translation>Typ wat er gezegd werd, dan Enter</translation>
    </message>
    <message>
        <source>&amp;Issues and the proposals made of them:</source>
        <translation>&amp;Uitdagingen en de voorstellen die eruit volgen:</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
    <message>
        <source>Set Priorities</source>
        <translation>Prioriteiten bepalen</translation>
    </message>
    <message>
        <source>Dots per participant:</source>
        <translation>Stippen per deelnemer:</translation>
    </message>
    <message>
        <source>Put on the Agenda</source>
        <translation>Op de agenda zetten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This meeting and the council&apos;s later meetings have no decision item: add one to the agenda first.</source>
        <translation>Deze vergadering en de latere vergaderingen van de raad hebben geen beslissingspunt: voeg er eerst een toe aan de agenda.</translation>
    </message>
    <message>
        <source>Decision item:</source>
        <translation>Beslissingspunt:</translation>
    </message>
    <message>
        <source>Select the issue to put on the agenda.</source>
        <translation>Kies de uitdaging die op de agenda moet.</translation>
    </message>
    <message>
        <source>Set &amp;Priorities by Dot Vote…</source>
        <translation>&amp;Prioriteiten bepalen met stippen…</translation>
    </message>
    <message>
        <source>Opens a dot vote among this meeting&apos;s issues on a decision item; the dots show beside each issue</source>
        <translation>Opent een stemming met stippen tussen de uitdagingen van deze vergadering op een beslissingspunt; de stippen staan naast elke uitdaging</translation>
    </message>
    <message>
        <source>Put on the A&amp;genda as a Proposal…</source>
        <translation>Als &amp;voorstel op de agenda zetten…</translation>
    </message>
    <message>
        <source>The selected issue becomes a proposal on a decision item of this meeting or of a later one</source>
        <translation>De gekozen uitdaging wordt een voorstel op een beslissingspunt van deze of een latere vergadering</translation>
    </message>
    <message>
        <source>&amp;Cards (Ctrl+G makes an issue of the selected cards, or drag them onto an issue; a card never names who said it):</source>
        <translation>&amp;Kaarten (Ctrl+G maakt een uitdaging van de gekozen kaarten, of sleep ze naar een uitdaging; een kaart noemt nooit wie het zei):</translation>
    </message>
</context>
<context>
    <name>Quorum::ImportMembersDialog</name>
    <message>
        <source>Choose the spreadsheet, saved as CSV or as tab-separated text.</source>
        <translation>Kies het rekenblad, opgeslagen als CSV of als tekst gescheiden door tabs.</translation>
    </message>
    <message>
        <source>Import Members</source>
        <translation>Leden importeren</translation>
    </message>
    <message>
        <source>Spreadsheets saved as text (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Rekenbladen opgeslagen als tekst (*.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Geen bestand gekozen.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>not imported (unknown column)</source>
        <translation>niet geïmporteerd (onbekende kolom)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct in the spreadsheet before it can be imported: the file is imported whole or not at all.</source>
        <translation>
            <numerusform>%n probleem te verbeteren in het rekenblad voordat het geïmporteerd kan worden: het bestand wordt volledig of helemaal niet geïmporteerd.</numerusform>
            <numerusform>%n problemen te verbeteren in het rekenblad voordat het geïmporteerd kan worden: het bestand wordt volledig of helemaal niet geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>komma&apos;s</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntkomma&apos;s</translation>
    </message>
    <message>
        <source>%1, cells separated by %2. %3 to add, %4 to update, %5 unchanged.</source>
        <translation>%1, cellen gescheiden door %2. %3 toe te voegen, %4 bij te werken, %5 ongewijzigd.</translation>
    </message>
    <message>
        <source>&amp;Problems (%1):</source>
        <translation>&amp;Problemen (%1):</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>First &amp;rows of the file (line numbers as in the file):</source>
        <translation>Eerste &amp;rijen van het bestand (regelnummers zoals in het bestand):</translation>
    </message>
    <message>
        <source>Co&amp;lumns:</source>
        <translation>Ko&amp;lommen:</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Geïmporteerd als</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>‘%1’ aanmaken</translation>
    </message>
    <message>
        <source>&amp;Values no entry is called: choose an entry, or create one of that name:</source>
        <translation>&amp;Waarden waar geen item zo heet: kies een item, of maak er een met die naam aan:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
</context>
<context>
    <name>Quorum::ListsDialog</name>
    <message>
        <source>Sectors, Professions and Functions</source>
        <translation>Sectoren, beroepen en functies</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Naam in het Frans</translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation>Naam in het Nederlands</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Samenvoegen met…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Naar &amp;boven</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Naar &amp;onder</translation>
    </message>
    <message>
        <source>Everyone with the selected entry gets the one you choose, and the selected entry goes.</source>
        <translation>Iedereen met het geselecteerde item krijgt het item dat u kiest, en het geselecteerde item verdwijnt.</translation>
    </message>
    <message>
        <source>Only an entry nobody uses can be removed; merge it otherwise.</source>
        <translation>Alleen een item dat niemand gebruikt, kan verwijderd worden; voeg het anders samen.</translation>
    </message>
    <message>
        <source>Rename an entry in the table; the names show in each language&apos;s screens and documents. Undo takes back any change.</source>
        <translation>Wijzig de naam van een item in de tabel; de namen verschijnen in de schermen en documenten van elke taal. Met Ongedaan maken draait u elke wijziging terug.</translation>
    </message>
    <message>
        <source>There is no other entry to merge into.</source>
        <translation>Er is geen ander item om mee samen te voegen.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>“%1” samenvoegen met:</translation>
    </message>
</context>
<context>
    <name>Quorum::MainWindow</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>No temporary folder is available for the demo workspace.</source>
        <translation>Er is geen tijdelijke map beschikbaar voor de demowerkruimte.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <source>Quorum workspaces (*.quorum)</source>
        <translation>Quorum-werkruimten (*.quorum)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <source>Quorum workspaces (*.quorum);;All files (*)</source>
        <translation>Quorum-werkruimten (*.quorum);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Werkruimte opslaan als</translation>
    </message>
    <message>
        <source>Saved as %1. Every change is now written there.</source>
        <translation>Opgeslagen als %1. Elke wijziging wordt voortaan daar bewaard.</translation>
    </message>
    <message>
        <source>About Quorum</source>
        <translation>Over Quorum</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;Runs participatory council sessions and drafts their bilingual minutes, offline, from one workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;Leidt de zittingen van participatieve raden en stelt er de tweetalige samenvattingen van op, offline, vanuit één werkruimtebestand.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Demo workspace (temporary copy: use Save As to keep it) — Quorum</source>
        <translation>Demowerkruimte (tijdelijke kopie: kies Opslaan als om ze te bewaren) — Quorum</translation>
    </message>
    <message>
        <source>%1 — Quorum</source>
        <translation>%1 — Quorum</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recente werkruimten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>&amp;Demowerkruimte openen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan a&amp;ls…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Donker thema</translation>
    </message>
    <message>
        <source>&amp;About Quorum</source>
        <translation>&amp;Over Quorum</translation>
    </message>
    <message>
        <source>&amp;Council</source>
        <translation>&amp;Raad</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Leden</translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation>&amp;Vergaderingen</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>&amp;Workshops</translation>
    </message>
    <message>
        <source>Prepare and run participatory council sessions — agenda, members, meetings and workshops — in French and Dutch, without internet. Everything is kept in one workspace file and saved as you type.</source>
        <translation>Bereid de zittingen van participatieve raden voor en leid ze — agenda, leden, vergaderingen en workshops — in het Frans en het Nederlands, zonder internet. Alles staat in één werkruimtebestand en wordt meteen bewaard tijdens het typen.</translation>
    </message>
    <message>
        <source>Explore the &amp;Demo</source>
        <translation>De demo &amp;verkennen</translation>
    </message>
    <message>
        <source>Co&amp;uncils:</source>
        <translation>&amp;Raden:</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Raad</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Meetings and agenda</source>
        <translation>Vergaderingen en agenda</translation>
    </message>
    <message>
        <source>&amp;Session Console</source>
        <translation>&amp;Zittingsconsole</translation>
    </message>
    <message>
        <source>&amp;Projector Screen</source>
        <translation>&amp;Projectorscherm</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>Aa&amp;nwezigheid</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Scherm %1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>The session of %1 was still running: it continues where it was.</source>
        <translation>De zitting van %1 was nog bezig: ze gaat verder waar ze gebleven was.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Zitting</translation>
    </message>
    <message>
        <source>Projector on &amp;Screen</source>
        <translation>Projector op &amp;beeldscherm</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Zitting</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <source>Minutes Pre&amp;view</source>
        <translation>V&amp;oorbeeld van de samenvatting</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>V&amp;otes</source>
        <translation>S&amp;temmingen</translation>
    </message>
    <message>
        <source>Decision &amp;History</source>
        <translation>Beslissings&amp;geschiedenis</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <source>Votes of the meeting</source>
        <translation>Stemmingen van de vergadering</translation>
    </message>
    <message>
        <source>History of decisions</source>
        <translation>Beslissingsgeschiedenis</translation>
    </message>
    <message>
        <source>%1 Nothing of it was saved: the workspace shows what the file holds.</source>
        <translation>%1 Er is niets van opgeslagen: de werkruimte toont wat het bestand bevat.</translation>
    </message>
    <message>
        <source>%1 is read-only: it opens for reading, and nothing can be changed in it. Save a copy (File › Save As) to edit.</source>
        <translation>%1 is alleen-lezen: het opent om te lezen en er kan niets in gewijzigd worden. Bewaar een kopie (Bestand › Opslaan als) om te bewerken.</translation>
    </message>
    <message>
        <source>Workspace in use on another computer</source>
        <translation>Werkruimte in gebruik op een andere computer</translation>
    </message>
    <message>
        <source>%1 is marked as open in Quorum on the computer %2.</source>
        <translation>%1 staat als geopend in Quorum op de computer %2.</translation>
    </message>
    <message>
        <source>If Quorum still runs there, taking the file over means two people writing to it at once, which can damage it beyond repair. Take it over only if you are sure that Quorum is closed on %1 (or that computer is off).</source>
        <translation>Als Quorum daar nog draait, betekent het overnemen van het bestand dat twee mensen er tegelijk in schrijven, wat het onherstelbaar kan beschadigen. Neem het alleen over als u zeker weet dat Quorum op %1 gesloten is (of dat die computer uit staat).</translation>
    </message>
    <message>
        <source>Take Over the Workspace</source>
        <translation>De werkruimte overnemen</translation>
    </message>
    <message>
        <source>Choose the council the members belong to, then import them.</source>
        <translation>Kies de raad waartoe de leden behoren en importeer ze dan.</translation>
    </message>
    <message>
        <source>Import Members</source>
        <translation>Leden importeren</translation>
    </message>
    <message>
        <source>Spreadsheets saved as text (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Rekenbladen opgeslagen als tekst (*.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Members imported: %1 added, %2 updated, %3 unchanged. Edit › Undo takes the import back.</source>
        <translation>Leden geïmporteerd: %1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd. Met Bewerken › Ongedaan maken draait u de import terug.</translation>
    </message>
    <message>
        <source>Import &amp;Members…</source>
        <translation>Leden &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Ideeën</translation>
    </message>
</context>
<context>
    <name>Quorum::MeetingsPanel</name>
    <message>
        <source>&amp;Meetings of this council:</source>
        <translation>V&amp;ergaderingen van deze raad:</translation>
    </message>
    <message>
        <source>D&amp;ocuments of the selected item:</source>
        <translation>Do&amp;cumenten van het geselecteerde agendapunt:</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>Work&amp;shops</translation>
    </message>
    <message>
        <source>The meeting has no start time: times count from its start.</source>
        <translation>De vergadering heeft geen beginuur: de tijden tellen vanaf het begin.</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) in parallel in this slot</source>
        <translation>
            <numerusform>%n workshop parallel in dit tijdslot</numerusform>
            <numerusform>%n workshops parallel in dit tijdslot</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the meeting to start from first.</source>
        <translation>Kies eerst de vergadering die als basis dient.</translation>
    </message>
    <message>
        <source>%1 (session %2)</source>
        <extracomment>The meeting copied: its date and session number</extracomment>
        <translation>%1 (zitting %2)</translation>
    </message>
    <message>
        <source>&amp;New Meeting from This One…</source>
        <translation>&amp;Nieuwe vergadering op basis van deze…</translation>
    </message>
    <message>
        <source>Start a new meeting with the hours, place, objectives, agenda and workshops of this one (Ctrl+D)</source>
        <translation>Een nieuwe vergadering aanmaken met de uren, de plaats, de doelstellingen, de agenda en de workshops van deze vergadering (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Ideeën</translation>
    </message>
</context>
<context>
    <name>Quorum::Members</name>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB): a list of members is read up to %2 MB.</source>
        <translation>Het bestand is te groot (%1 MB): een ledenlijst wordt gelezen tot %2 MB.</translation>
    </message>
    <message>
        <source>The file is not a text file: save the spreadsheet as CSV (or as tab-separated text) and choose that file.</source>
        <translation>Het bestand is geen tekstbestand: sla het rekenblad op als CSV (of als tekst gescheiden door tabs) en kies dat bestand.</translation>
    </message>
    <message>
        <source>Line %1 has %2 columns: at most %3 are read. Is this a list of members?</source>
        <translation>Regel %1 heeft %2 kolommen: er worden er hoogstens %3 gelezen. Is dit wel een ledenlijst?</translation>
    </message>
    <message>
        <source>The file has more than %1 rows: a list of members is read up to %1.</source>
        <translation>Het bestand heeft meer dan %1 rijen: een ledenlijst wordt gelezen tot %1 rijen.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted cell that never closes: the file is cut short or damaged.</source>
        <translation>Regel %1 opent een cel tussen aanhalingstekens die nooit gesloten wordt: het bestand is afgebroken of beschadigd.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is een map, geen bestand.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kan niet gelezen worden (%2).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Bassin</source>
        <translation>Zorgzone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Deelgroep</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Begin mandaat</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Einde mandaat</translation>
    </message>
    <message>
        <source>Mandatory partner</source>
        <translation>Verplichte partner</translation>
    </message>
    <message>
        <source>%1 cells where the header has %2 columns: is a separator missing from a quoted cell?</source>
        <translation>%1 cellen terwijl de kopregel %2 kolommen heeft: staat een cel met een scheidingsteken niet tussen aanhalingstekens?</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>de naam is leeg.</translation>
    </message>
    <message>
        <source>“%1” is not a language Quorum knows (français, Nederlands, English, or fr, nl, en).</source>
        <translation>“%1” is geen taal die Quorum kent (français, Nederlands, English, of fr, nl, en).</translation>
    </message>
    <message>
        <source>“%1” is not a gender Quorum knows (femme, homme, non-binaire; vrouw, man, non-binair; F, M, X).</source>
        <translation>“%1” is geen gender dat Quorum kent (femme, homme, non-binaire; vrouw, man, non-binair; F, M, X).</translation>
    </message>
    <message>
        <source>“%1” is not a role Quorum knows (votant, consultatif, animateur, secrétaire; stemgerechtigd, adviserend, facilitator, secretaris).</source>
        <translation>“%1” is geen rol die Quorum kent (votant, consultatif, animateur, secrétaire; stemgerechtigd, adviserend, facilitator, secretaris).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is geen e-mailadres.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 31/12/2025 or 2025-12-31).</source>
        <translation>“%1” is geen datum (schrijf 31/12/2025 of 2025-12-31).</translation>
    </message>
    <message>
        <source>the term ends (%1) before it starts (%2).</source>
        <translation>het mandaat eindigt (%1) voordat het begint (%2).</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no (oui/non, ja/nee, 1/0).</source>
        <translation>“%1” is geen ja of nee (oui/non, ja/nee, 1/0).</translation>
    </message>
    <message>
        <source>professions: %1</source>
        <translation>beroepen: %1</translation>
    </message>
    <message>
        <source>functions: %1</source>
        <translation>functies: %1</translation>
    </message>
    <message>
        <source>New in the lists (rename or merge them later in the settings): %1.</source>
        <extracomment>Followed by &quot;sectors: a; professions: b, c; functions: d&quot;</extracomment>
        <translation>Nieuw in de lijsten (later te hernoemen of samen te voegen in de instellingen): %1.</translation>
    </message>
    <message>
        <source>There is no council with id %1 in this workspace.</source>
        <translation>Er is geen raad met id %1 in deze werkruimte.</translation>
    </message>
    <message>
        <source>the columns “%1” and “%2” both give the %3.</source>
        <translation>de kolommen “%1” en “%2” geven allebei hetzelfde gegeven (%3).</translation>
    </message>
    <message>
        <source>no column of the first line is one Quorum knows: the first line must name the columns (Nom, Naam or Name; Organisation; E-mail…).</source>
        <translation>geen enkele kolom van de eerste regel is bekend bij Quorum: de eerste regel moet de kolommen benoemen (Nom, Naam of Name; Organisation; E-mail…).</translation>
    </message>
    <message>
        <source>no column gives the name (Nom, Naam or Name).</source>
        <translation>geen enkele kolom geeft de naam (Nom, Naam of Name).</translation>
    </message>
    <message>
        <source>The file has a header but no member below it.</source>
        <translation>Het bestand heeft een kopregel, maar geen enkel lid eronder.</translation>
    </message>
    <message>
        <source>the same person as line %1.</source>
        <translation>dezelfde persoon als op regel %1.</translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported: %n problem(s).</source>
        <translation>
            <numerusform>Het bestand is niet geïmporteerd: %n probleem.</numerusform>
            <numerusform>Het bestand is niet geïmporteerd: %n problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no member to import.</source>
        <translation>Het bestand bevat geen leden om te importeren.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n member(s)</source>
        <translation>
            <numerusform>%n lid importeren</numerusform>
            <numerusform>%n leden importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>A problem of an imported spreadsheet: &quot;Line 12: the name is empty.&quot;</extracomment>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>“%1” is mapped to an entry that does not exist (id %2).</source>
        <translation>‘%1’ is gekoppeld aan een item dat niet bestaat (id %2).</translation>
    </message>
    <message>
        <source>no bassin is called “%1” (Nord, Nord-Est, Sud-Est, Sud, Centre-Ouest or their Dutch names): map it to a bassin or create it.</source>
        <translation>geen zorgzone heet ‘%1’ (Noord, Noord-Oost, Zuid-Oost, Zuid, Centrum-West of hun Franse namen): koppel de waarde aan een zorgzone of maak ze aan.</translation>
    </message>
    <message>
        <source>this council has no subgroup called “%1” in French or in Dutch: map it to a subgroup or create it.</source>
        <translation>deze raad heeft geen deelgroep die in het Frans of het Nederlands ‘%1’ heet: koppel de waarde aan een deelgroep of maak ze aan.</translation>
    </message>
    <message>
        <source>no sector is called “%1” in French or in Dutch: map it to a sector or create it.</source>
        <translation>geen sector heet ‘%1’ in het Frans of het Nederlands: koppel de waarde aan een sector of maak ze aan.</translation>
    </message>
    <message>
        <source>sectors: %1</source>
        <translation>sectoren: %1</translation>
    </message>
    <message>
        <source>bassins: %1</source>
        <translation>zorgzones: %1</translation>
    </message>
    <message>
        <source>subgroups: %1</source>
        <translation>deelgroepen: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::MembersPanel</name>
    <message>
        <source>Add member</source>
        <translation>Een lid toevoegen</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nieuw lid</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n member(s)</source>
        <translation>
            <numerusform>%1 van %n lid</numerusform>
            <numerusform>%1 van %n leden</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a member by name, organisation, sector, bassin…</source>
        <translation>Zoek een lid op naam, organisatie, sector, zorgzone…</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Lid zoeken</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Een persoon wissen</translation>
    </message>
    <message>
        <source>&amp;Erase This Person from the Workspace…</source>
        <translation>Deze persoon &amp;wissen uit de werkruimte…</translation>
    </message>
    <message>
        <source>Everyone in this workspace is already a member of this council.</source>
        <translation>Iedereen in deze werkruimte is al lid van deze raad.</translation>
    </message>
    <message>
        <source>Add an existing person</source>
        <translation>Een bestaande persoon toevoegen</translation>
    </message>
    <message>
        <source>Whom do you add to this council? They keep their other memberships.</source>
        <translation>Wie voegt u toe aan deze raad? De persoon behoudt de andere lidmaatschappen.</translation>
    </message>
    <message>
        <source>Add an E&amp;xisting Person…</source>
        <translation>Een be&amp;staande persoon toevoegen…</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export &amp;Personal Data…</source>
        <translation>&amp;Persoonsgegevens exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>Erase %1 and their memberships of %n council(s) from this workspace? Their name and organisation are also removed from candidacies and texts that copied them; results keep their counts. This cannot be undone. Use this when someone asks to be forgotten; to end one membership, remove the row instead.</source>
        <translation>
            <numerusform>%1 en het lidmaatschap van %n raad uit deze werkruimte wissen? De naam en organisatie worden ook verwijderd uit kandidaturen en teksten die ze overnamen; de resultaten behouden hun tellingen. Dit kan niet ongedaan gemaakt worden. Gebruik dit wanneer iemand vraagt om vergeten te worden; om één lidmaatschap te beëindigen, verwijdert u beter de rij.</numerusform>
            <numerusform>%1 en de lidmaatschappen van %n raden uit deze werkruimte wissen? De naam en organisatie worden ook verwijderd uit kandidaturen en teksten die ze overnamen; de resultaten behouden hun tellingen. Dit kan niet ongedaan gemaakt worden. Gebruik dit wanneer iemand vraagt om vergeten te worden; om één lidmaatschap te beëindigen, verwijdert u beter de rij.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Quorum::MinutesPanel</name>
    <message>
        <source>Missing in French: this section has a title or a text in Dutch only.</source>
        <translation>Ontbreekt in het Frans: dit onderdeel heeft alleen een titel of tekst in het Nederlands.</translation>
    </message>
    <message>
        <source>Missing in Dutch: this section has a title or a text in French only.</source>
        <translation>Ontbreekt in het Nederlands: dit onderdeel heeft alleen een titel of tekst in het Frans.</translation>
    </message>
    <message>
        <source>Choose a meeting in the Meetings tab to preview its minutes.</source>
        <translation>Kies een vergadering op het tabblad Vergaderingen om een voorbeeld van de samenvatting te zien.</translation>
    </message>
    <message>
        <source>No minutes yet for this meeting</source>
        <translation>Nog geen samenvatting voor deze vergadering</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>Geen vergadering gekozen</translation>
    </message>
    <message>
        <source>The minutes are made of sections — objectives, participants, the round table, one summary per workshop, decisions, save the date… — each in French and Dutch. Start the draft from the meeting: it is pre-filled from the agenda, the live notes, the attendance, the workshops and the next meeting, so you edit rather than retype.</source>
        <translation>De samenvatting bestaat uit onderdelen — doelstellingen, deelnemers, de tafelronde, één samenvatting per workshop, beslissingen, save the date… — telkens in het Frans en het Nederlands. Start het concept vanuit de vergadering: het wordt vooraf ingevuld met de agenda, de notities van tijdens de zitting, de aanwezigheden, de workshops en de volgende vergadering, zodat u bewerkt in plaats van alles opnieuw te typen.</translation>
    </message>
    <message>
        <source>Choose a meeting in the Meetings tab to write its minutes.</source>
        <translation>Kies een vergadering op het tabblad Vergaderingen om de samenvatting ervan op te stellen.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Web or e-mail address (https://…, mailto:…):</source>
        <translation>Web- of e-mailadres (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>“%1” cannot be linked: only web (http, https) and e-mail (mailto) addresses can.</source>
        <translation>“%1” kan niet gelinkt worden: alleen web- (http, https) en e-mailadressen (mailto) kunnen dat.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Start the &amp;draft from the meeting (Ctrl+Shift+D)</source>
        <translation>&amp;Concept starten vanuit de vergadering (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Start the &amp;Draft from the Meeting</source>
        <translation>&amp;Concept starten vanuit de vergadering</translation>
    </message>
    <message>
        <source>Se&amp;ctions:</source>
        <translation>&amp;Onderdelen:</translation>
    </message>
    <message>
        <source>Insert adds a section, Delete removes it, Ctrl+Shift+↑/↓ or a drag moves it.</source>
        <translation>Insert voegt een onderdeel toe, Delete verwijdert het, Ctrl+Shift+↑/↓ of slepen verplaatst het.</translation>
    </message>
    <message>
        <source>Choose a section in the list to edit its texts.</source>
        <translation>Kies een onderdeel in de lijst om de teksten ervan te bewerken.</translation>
    </message>
    <message>
        <source>Title (&amp;French):</source>
        <translation>Titel (&amp;Frans):</translation>
    </message>
    <message>
        <source>Title (D&amp;utch):</source>
        <translation>Titel (&amp;Nederlands):</translation>
    </message>
    <message>
        <source>Text (F&amp;rench):</source>
        <translation>Tekst (F&amp;rans):</translation>
    </message>
    <message>
        <source>Text (Dutc&amp;h):</source>
        <translation>Tekst (Nederland&amp;s):</translation>
    </message>
    <message>
        <source>⚠ The French text is missing: this section has a Dutch text only.</source>
        <translation>⚠ De Franse tekst ontbreekt: dit onderdeel heeft alleen een Nederlandse tekst.</translation>
    </message>
    <message>
        <source>⚠ The Dutch text is missing: this section has a French text only.</source>
        <translation>⚠ De Nederlandse tekst ontbreekt: dit onderdeel heeft alleen een Franse tekst.</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lijst</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lijst</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Clear formatting</source>
        <translation>Opmaak wissen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The council&apos;s minutes &amp;template… (Ctrl+Shift+T)</source>
        <translation>Het verslag&amp;sjabloon van de raad… (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Edit the Council&apos;s Minutes &amp;Template…</source>
        <translation>Verslag&amp;sjabloon van de raad bewerken…</translation>
    </message>
</context>
<context>
    <name>Quorum::MinutesPreview</name>
    <message>
        <source>Nothing to preview.</source>
        <translation>Niets om te tonen in het voorbeeld.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Zoom out (%1): now %2 %</source>
        <translation>Uitzoomen (%1): nu %2 %</translation>
    </message>
    <message>
        <source>Zoom in (%1): now %2 %</source>
        <translation>Inzoomen (%1): nu %2 %</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>Beide, naast elkaar</translation>
    </message>
    <message>
        <source>Both, one after the other</source>
        <translation>Beide, na elkaar</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Vorige pagina</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Volgende pagina ▶</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Vorige pagina (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Volgende pagina (Page Down)</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Kies eerst een vergadering.</translation>
    </message>
    <message>
        <source>%1: name the file .pdf, .odt, .html or .md.</source>
        <translation>%1: geef het bestand de extensie .pdf, .odt, .html of .md.</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>De samenvatting exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;OpenDocument-tekst (*.odt);;Webpagina (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export… (Ctrl+E)</source>
        <translation>Exporteren… (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>Quorum::MinutesTemplateDialog</name>
    <message>
        <source>Minutes Template — %1</source>
        <translation>Verslagsjabloon — %1</translation>
    </message>
    <message>
        <source>The sections the drafts of this council&apos;s minutes have, in this order. A title left empty keeps Quorum&apos;s; a bassin&apos;s round-table entry adds the bassin&apos;s name after the title. Without any section, drafts have all of Quorum&apos;s.</source>
        <translation>De secties van de ontwerpverslagen van deze raad, in deze volgorde. Een lege titel behoudt die van Quorum; de rondetafel van een zorgzone voegt de naam van de zorgzone toe na de titel. Zonder secties hebben de ontwerpen alle secties van Quorum.</translation>
    </message>
    <message>
        <source>&amp;Sections (Insert adds, Delete removes, Ctrl+Shift+↑/↓ moves):</source>
        <translation>&amp;Secties (Insert voegt toe, Delete verwijdert, Ctrl+Shift+↑/↓ verplaatst):</translation>
    </message>
    <message>
        <source>Start from &amp;Quorum&apos;s Sections</source>
        <translation>Vertrekken van de secties van &amp;Quorum</translation>
    </message>
</context>
<context>
    <name>Quorum::NewMeetingDialog</name>
    <message>
        <source>New Meeting from This One</source>
        <translation>Nieuwe vergadering op basis van deze</translation>
    </message>
    <message>
        <source>The new meeting takes the hours, place, objectives, agenda and workshops of the meeting of %1. Documents, live notes and workshop facilitators are not copied.</source>
        <translation>De nieuwe vergadering neemt de uren, de plaats, de doelstellingen, de agenda en de workshops over van de vergadering van %1. Documenten, notities tijdens de zitting en facilitators van workshops worden niet gekopieerd.</translation>
    </message>
    <message>
        <source>&amp;Date of the new meeting:</source>
        <translation>&amp;Datum van de nieuwe vergadering:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Aan&amp;maken</translation>
    </message>
</context>
<context>
    <name>Quorum::NoteTagger</name>
    <message>
        <source>&amp;Tag This Line</source>
        <translation>Deze regel &amp;labelen</translation>
    </message>
    <message>
        <source>Sector &amp;News</source>
        <translation>&amp;Nieuws uit de sector</translation>
    </message>
    <message>
        <source>&amp;Question from the Floor</source>
        <translation>&amp;Vraag uit de zaal</translation>
    </message>
    <message>
        <source>&amp;Working-Group Progress</source>
        <translation>Voortgang van een &amp;werkgroep</translation>
    </message>
    <message>
        <source>&amp;Decision Rationale</source>
        <translation>Motivering van een &amp;beslissing</translation>
    </message>
    <message>
        <source>&amp;Round Table of a Bassin</source>
        <translation>&amp;Rondetafel van een zorgzone</translation>
    </message>
    <message>
        <source>No &amp;Tag (Stays with Its Item)</source>
        <translation>&amp;Geen label (blijft bij het agendapunt)</translation>
    </message>
</context>
<context>
    <name>Quorum::Objections</name>
    <message>
        <source>its counter-proposal is the proposal it objects to.</source>
        <translation>het tegenvoorstel is het voorstel waartegen het bezwaar gericht is.</translation>
    </message>
    <message>
        <source>the proposal or its counter-proposal does not exist.</source>
        <translation>het voorstel of het tegenvoorstel bestaat niet.</translation>
    </message>
    <message>
        <source>its counter-proposal %1 belongs to another agenda item than the proposal %2 it objects to.</source>
        <translation>het tegenvoorstel %1 hoort bij een ander agendapunt dan het voorstel %2 waartegen het bezwaar gericht is.</translation>
    </message>
    <message>
        <source>This proposal no longer exists.</source>
        <translation>Dit voorstel bestaat niet meer.</translation>
    </message>
    <message>
        <source>This objection cannot be recorded: %1</source>
        <translation>Dit bezwaar kan niet vastgelegd worden: %1</translation>
    </message>
    <message>
        <source>Object, with a counter-proposal</source>
        <translation>Bezwaar maken, met een tegenvoorstel</translation>
    </message>
</context>
<context>
    <name>Quorum::PersonPickerDialog</name>
    <message>
        <source>Type a name…</source>
        <translation>Typ een naam…</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Een persoon zoeken</translation>
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
        <translation>Deze persoon bestaat niet.</translation>
    </message>
    <message numerus="yes">
        <source>the records about them (%1); the reference to them removed from %2; %n text(s) that copied their name or organisation rewritten.</source>
        <translation>
            <numerusform>de gegevens over die persoon (%1); de verwijzing naar die persoon verwijderd uit %2; %n tekst die de naam of organisatie overnam herschreven.</numerusform>
            <numerusform>de gegevens over die persoon (%1); de verwijzing naar die persoon verwijderd uit %2; %n teksten die de naam of organisatie overnamen herschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>no other record</source>
        <translation>geen ander item</translation>
    </message>
    <message>
        <source>Could not erase the person: %1</source>
        <translation>De persoon kon niet gewist worden: %1</translation>
    </message>
    <message>
        <source>The person is erased, but traces remain until the journal is emptied: %1</source>
        <translation>De persoon is gewist, maar er blijven sporen tot het journaal geleegd is: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ProposalDialog</name>
    <message>
        <source>Object, with a counter-proposal</source>
        <translation>Bezwaar maken, met een tegenvoorstel</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nieuw voorstel</translation>
    </message>
    <message>
        <source>Whoever objects says why and proposes something else. Both are needed: the counter-proposal can then be put to the vote or adopted instead.</source>
        <translation>Wie bezwaar maakt, zegt waarom en stelt iets anders voor. Beide zijn nodig: het tegenvoorstel kan dan ter stemming voorgelegd worden of in de plaats aangenomen worden.</translation>
    </message>
    <message>
        <source>&amp;Argument</source>
        <translation>&amp;Argument</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>Counter-proposal &amp;title</source>
        <translation>Titel van het &amp;tegenvoorstel</translation>
    </message>
    <message>
        <source>Counter-proposal title</source>
        <translation>Titel van het tegenvoorstel</translation>
    </message>
    <message>
        <source>Counter-proposal te&amp;xt</source>
        <translation>Te&amp;kst van het tegenvoorstel</translation>
    </message>
    <message>
        <source>Counter-proposal text</source>
        <translation>Tekst van het tegenvoorstel</translation>
    </message>
    <message>
        <source>What the council is asked to decide, in French and in Dutch.</source>
        <translation>Waarover de raad moet beslissen, in het Frans en in het Nederlands.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>Objection &amp;by</source>
        <translation>Bezwaar &amp;door</translation>
    </message>
    <message>
        <source>Proposed &amp;by</source>
        <translation>Voorgesteld &amp;door</translation>
    </message>
    <message>
        <source>An objection needs its argument and a counter-proposal.</source>
        <translation>Een bezwaar heeft een argument en een tegenvoorstel nodig.</translation>
    </message>
    <message>
        <source>A proposal needs a title in French or in Dutch.</source>
        <translation>Een voorstel heeft een titel in het Frans of in het Nederlands nodig.</translation>
    </message>
</context>
<context>
    <name>Quorum::RecordTableModel</name>
    <message>
        <source>Choose where to add the %1 first.</source>
        <translation>Kies eerst waar het nieuwe item (%1) moet komen.</translation>
    </message>
    <message>
        <source>Missing translation</source>
        <translation>Vertaling ontbreekt</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n record(s)</source>
        <translation>
            <numerusform>%n item verwijderen</numerusform>
            <numerusform>%n items verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n record(s)</source>
        <translation>
            <numerusform>%n item verplaatsen</numerusform>
            <numerusform>%n items verplaatsen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::RecordTableView</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Een rij toevoegen (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete); Undo brings them back</source>
        <translation>De geselecteerde rijen verwijderen (Delete); met Ongedaan maken komen ze terug</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
</context>
<context>
    <name>Quorum::Schedule</name>
    <message>
        <source>Nothing planned yet.</source>
        <translation>Nog niets gepland.</translation>
    </message>
    <message>
        <source>Planned: %1 of %2 — ends %3</source>
        <extracomment>Planned length of the agenda, the session&apos;s length, the time the plan ends</extracomment>
        <translation>Gepland: %1 van %2 — eindigt om %3</translation>
    </message>
    <message>
        <source>Planned: %1 — ends %2</source>
        <translation>Gepland: %1 — eindigt om %2</translation>
    </message>
    <message>
        <source>Planned: %1 (the meeting has no start time, so the agenda shows durations from its start)</source>
        <translation>Gepland: %1 (de vergadering heeft geen beginuur, dus de agenda toont de duur vanaf het begin)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s) without planned minutes</source>
        <extracomment>The planned summary, then how many agenda items have no planned minutes</extracomment>
        <translation>
            <numerusform>%1 · %n agendapunt zonder geplande minuten</numerusform>
            <numerusform>%1 · %n agendapunten zonder geplande minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>The session ends before it starts: check the meeting&apos;s start and end times.</source>
        <translation>De zitting eindigt voor ze begint: controleer het begin- en einduur van de vergadering.</translation>
    </message>
    <message>
        <source>Overflows the session end by %1: the plan ends at %2, the session at %3.</source>
        <extracomment>Minutes of overflow, the time the plan ends, the session&apos;s end</extracomment>
        <translation>Overschrijdt het einde van de zitting met %1: de planning eindigt om %2, de zitting om %3.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A planned length under an hour</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A planned length of an hour or more: hours, then minutes on two digits</extracomment>
        <translation>%1 u %2 min</translation>
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
        <translation>Sector</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Bassin</source>
        <translation>Zorgzone</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Raad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Regional action council</source>
        <translation>Regionale Actieraad</translation>
    </message>
    <message>
        <source>Bassin action council</source>
        <translation>Zorgzone Actieraad</translation>
    </message>
    <message>
        <source>Care council</source>
        <translation>Zorgraad</translation>
    </message>
    <message>
        <source>Change workshop</source>
        <translation>Veranderatelier</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Ander orgaan</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Afkorting</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Deelgroep</translation>
    </message>
    <message>
        <source>Minimum seats</source>
        <translation>Min. zetels</translation>
    </message>
    <message>
        <source>Maximum seats</source>
        <translation>Max. zetels</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non-binair</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Lidmaatschap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Voting member</source>
        <translation>Stemgerechtigd lid</translation>
    </message>
    <message>
        <source>Advisory member</source>
        <translation>Adviserend lid</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaris</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Begin mandaat</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Einde mandaat</translation>
    </message>
    <message>
        <source>Mandatory partner</source>
        <translation>Verplichte partner</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Zitting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Bespreking</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Icebreaker</source>
        <translation>IJsbreker</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Rondetafel</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Link or file</source>
        <translation>Link of bestand</translation>
    </message>
    <message>
        <source>Send ahead</source>
        <translation>Vooraf versturen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Leidende vragen</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A bilingual column header, e.g. &quot;Title (FR)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>%1 is te lang (%2 tekens); er kunnen maximaal %3 tekens bewaard worden.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 moet een geheel getal zijn.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 moet tussen %2 en %3 liggen.</translation>
    </message>
    <message>
        <source>%1 does not name an existing record.</source>
        <translation>%1 verwijst niet naar een bestaand item.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 moet ja of nee zijn.</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>%1 moet een datum zijn in de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>%1 must be a time written as HH:MM.</source>
        <translation>%1 moet een tijd zijn in de vorm UU:MM.</translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;.</source>
        <translation>%1 mag niet &quot;%2&quot; zijn.</translation>
    </message>
    <message>
        <source>Quorum rule</source>
        <translation>Quorumregel</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Geen quorum</translation>
    </message>
    <message>
        <source>More than half of the mandatory partners present or represented</source>
        <translation>Meer dan de helft van de verplichte partners aanwezig of vertegenwoordigd</translation>
    </message>
    <message>
        <source>More than half of the voting members present or represented</source>
        <translation>Meer dan de helft van de stemgerechtigde leden aanwezig of vertegenwoordigd</translation>
    </message>
    <message>
        <source>Largest sector share (%)</source>
        <translation>Max. aandeel van een sector (%)</translation>
    </message>
    <message>
        <source>Live notes</source>
        <translation>Notities tijdens de zitting</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Verontschuldigd</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Vertegenwoordigd</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Vertegenwoordigd door</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Session event</source>
        <translation>Gebeurtenis van de zitting</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>Zitting geopend</translation>
    </message>
    <message>
        <source>Moved to an item</source>
        <translation>Naar een punt gegaan</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Hervat</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Session closed</source>
        <translation>Zitting gesloten</translation>
    </message>
    <message>
        <source>%1 must be a moment written as YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>%1 moet een tijdstip zijn in de vorm JJJJ-MM-DDTUU:MM:SSZ.</translation>
    </message>
    <message>
        <source>Funder&apos;s mention</source>
        <translation>Vermelding van de financier</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Toegankelijk voor</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Inschrijvingslink</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Minutes section</source>
        <translation>Onderdeel van de samenvatting</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Sector news</source>
        <translation>Nieuws uit de sector</translation>
    </message>
    <message>
        <source>Round table of the bassins</source>
        <translation>Rondetafel van de zorgzones</translation>
    </message>
    <message>
        <source>Follow-up of themes</source>
        <translation>Opvolging van de thema&apos;s</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <source>Workshop summary</source>
        <translation>Samenvatting van een workshop</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <source>Documents and tools</source>
        <translation>Documenten en tools</translation>
    </message>
    <message>
        <source>Questions from participants</source>
        <translation>Vragen van de deelnemers</translation>
    </message>
    <message>
        <source>Save the date</source>
        <translation>Save the date</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Onthouding</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Handvest</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Aangenomen op</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Beslissingsregel</translation>
    </message>
    <message>
        <source>Rule within a subgroup</source>
        <translation>Regel binnen een deelgroep</translation>
    </message>
    <message>
        <source>Election rule</source>
        <translation>Verkiezingsregel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Verworpen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Replaced by a counter-proposal</source>
        <translation>Vervangen door een tegenvoorstel</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Indiener</translation>
    </message>
    <message>
        <source>Author subgroup</source>
        <translation>Deelgroep van de indiener</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>Counter-proposal</source>
        <translation>Tegenvoorstel</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Gehandhaafd</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Stemwijze</translation>
    </message>
    <message>
        <source>Show of hands, counted</source>
        <translation>Handopsteking, geteld</translation>
    </message>
    <message>
        <source>Named vote</source>
        <translation>Hoofdelijke stemming</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>Geheime stemming</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Subgroup voices</source>
        <translation>Stemmen van de deelgroepen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Voting members</source>
        <translation>Stemgerechtigde leden</translation>
    </message>
    <message>
        <source>Present or represented</source>
        <translation>Aanwezig of vertegenwoordigd</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>Quorum bereikt</translation>
    </message>
    <message>
        <source>Evident majority</source>
        <translation>Duidelijke meerderheid</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>Geldige stembiljetten</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <translation>Blanco stembiljetten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitslag</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Gelijke stand</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Onvolledig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ongeldig</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Afvaardiging</translation>
    </message>
    <message>
        <source>Elector</source>
        <translation>Kiezer</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Stembiljet</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Declared voice</source>
        <translation>Opgegeven stem</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Telling</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Standing objections</source>
        <translation>Gehandhaafde bezwaren</translation>
    </message>
    <message>
        <source>Settled objections</source>
        <translation>Ingetrokken of opgeloste bezwaren</translation>
    </message>
    <message>
        <source>Counted result</source>
        <translation>Getelde uitslag</translation>
    </message>
    <message>
        <source>Most seats in all</source>
        <translation>Max. aantal zetels</translation>
    </message>
    <message>
        <source>No open seats</source>
        <translation>Geen open zetels</translation>
    </message>
    <message>
        <source>Smallest language share (%)</source>
        <translation>Min. aandeel van een taal (%)</translation>
    </message>
    <message>
        <source>Smallest bassin share (%)</source>
        <translation>Min. aandeel van een zorgzone (%)</translation>
    </message>
    <message>
        <source>Largest function share (%)</source>
        <translation>Max. aandeel van een functie (%)</translation>
    </message>
    <message>
        <source>Smallest gender share (%)</source>
        <translation>Min. aandeel van een gender (%)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Geteld aantal aanwezigen</translation>
    </message>
    <message>
        <source>Minutes template section</source>
        <translation>Sectie van het verslagsjabloon</translation>
    </message>
    <message>
        <source>List locked</source>
        <translation>Lijst vergrendeld</translation>
    </message>
    <message>
        <source>Workshop choice</source>
        <translation>Workshopkeuze</translation>
    </message>
    <message>
        <source>Workshop seat</source>
        <translation>Plaats in een workshop</translation>
    </message>
    <message>
        <source>Placed by hand</source>
        <translation>Met de hand geplaatst</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Uitdaging</translation>
    </message>
    <message>
        <source>Priority action</source>
        <translation>Prioritaire actie</translation>
    </message>
    <message>
        <source>Complementary action</source>
        <translation>Aanvullende actie</translation>
    </message>
    <message>
        <source>Conditions for implementation</source>
        <translation>Voorwaarden voor de implementatie</translation>
    </message>
    <message>
        <source>Inspiring practices</source>
        <translation>Inspirerende praktijken</translation>
    </message>
    <message>
        <source>Points to clarify</source>
        <translation>Te verduidelijken punten</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Problem seen</source>
        <translation>Vastgesteld probleem</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>Inspiring practice</source>
        <translation>Inspirerende praktijk</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Bijdrage</translation>
    </message>
    <message>
        <source>Said in</source>
        <translation>Gezegd in</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coördinatie</translation>
    </message>
    <message>
        <source>Prevention and health promotion</source>
        <translation>Preventie en gezondheidsbevordering</translation>
    </message>
    <message>
        <source>Speaker&apos;s sector</source>
        <translation>Sector van de spreker</translation>
    </message>
    <message>
        <source>Speaker&apos;s function</source>
        <translation>Functie van de spreker</translation>
    </message>
    <message>
        <source>Speaker&apos;s bassin</source>
        <translation>Zorgzone van de spreker</translation>
    </message>
    <message>
        <source>Dot vote option</source>
        <translation>Optie van de stemming met stippen</translation>
    </message>
    <message>
        <source>Workshop choices</source>
        <translation>Workshopkeuzes</translation>
    </message>
</context>
<context>
    <name>Quorum::SessionController</name>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Kies eerst een vergadering.</translation>
    </message>
    <message>
        <source>This session is closed.</source>
        <translation>Deze zitting is gesloten.</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>De zitting is al geopend.</translation>
    </message>
    <message>
        <source>The agenda is empty: add items before starting.</source>
        <translation>De agenda is leeg: voeg eerst agendapunten toe.</translation>
    </message>
    <message>
        <source>This is the last item: close the session when it ends.</source>
        <translation>Dit is het laatste punt: sluit de zitting wanneer het afgelopen is.</translation>
    </message>
    <message>
        <source>The session is not running.</source>
        <translation>De zitting is niet bezig.</translation>
    </message>
    <message>
        <source>This is the first item.</source>
        <translation>Dit is het eerste punt.</translation>
    </message>
    <message>
        <source>This item is not on the agenda.</source>
        <translation>Dit punt staat niet op de agenda.</translation>
    </message>
    <message>
        <source>The session has not started.</source>
        <translation>De zitting is nog niet geopend.</translation>
    </message>
</context>
<context>
    <name>Quorum::SessionTimerWidget</name>
    <message>
        <source>Not started</source>
        <translation>Zitting nog niet geopend</translation>
    </message>
    <message>
        <source>Session closed</source>
        <translation>Zitting gesloten</translation>
    </message>
    <message>
        <source>End of the agenda</source>
        <translation>Einde van de agenda</translation>
    </message>
    <message>
        <source>Over time by %1</source>
        <translation>Tijd overschreden met %1</translation>
    </message>
    <message>
        <source>Paused — %1 elapsed of %2</source>
        <translation>Gepauzeerd — %1 van %2 verstreken</translation>
    </message>
    <message>
        <source>%1 elapsed of %2</source>
        <translation>%1 van %2 verstreken</translation>
    </message>
</context>
<context>
    <name>Quorum::Settings</name>
    <message>
        <source>This list cannot be edited here.</source>
        <translation>Deze lijst kan hier niet worden bewerkt.</translation>
    </message>
    <message>
        <source>Give the name in French and in Dutch.</source>
        <translation>Geef de naam in het Frans en in het Nederlands.</translation>
    </message>
    <message>
        <source>There is already a %1 named “%2”.</source>
        <translation>Er is al een item (%1) met de naam “%2”.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Dit item bestaat niet meer.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Hernoemen (%1)</translation>
    </message>
    <message>
        <source>Choose another entry to merge into.</source>
        <translation>Kies een ander item om mee samen te voegen.</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Samenvoegen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is still used by %n person(s): merge it into another entry, or change theirs first.</source>
        <translation>
            <numerusform>“%1” wordt nog gebruikt door %n persoon: voeg het samen met een ander item of wijzig eerst diens gegevens.</numerusform>
            <numerusform>“%1” wordt nog gebruikt door %n personen: voeg het samen met een ander item of wijzig eerst hun gegevens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Storage</name>
    <message>
        <source>it refers to a record that does not exist.</source>
        <translation>verwijzing naar een item dat niet bestaat.</translation>
    </message>
    <message>
        <source>the same value is already used by another record.</source>
        <translation>dezelfde waarde wordt al door een ander item gebruikt.</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written (%1).</source>
        <translation>de schijf is vol of niet beschrijfbaar (%1).</translation>
    </message>
    <message>
        <source>the file is read-only (%1).</source>
        <translation>het bestand is alleen-lezen (%1).</translation>
    </message>
    <message>
        <source>the file is busy in another program (%1).</source>
        <translation>het bestand is in gebruik door een ander programma (%1).</translation>
    </message>
    <message>
        <source>%1 is already open in another Quorum window (process %2 on %3). Close it there first, or open a copy.</source>
        <translation>%1 is al geopend in een ander Quorum-venster (proces %2 op %3). Sluit het daar eerst, of open een kopie.</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation>%1: kan niet geopend worden (%2).</translation>
    </message>
    <message>
        <source>%1: cannot be prepared for use (%2).</source>
        <translation>%1: kan niet klaargemaakt worden voor gebruik (%2).</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kan niet gelezen worden (%2).</translation>
    </message>
    <message>
        <source>%1: cannot be upgraded to schema version %2 (%3).</source>
        <translation>%1: kan niet bijgewerkt worden naar schemaversie %2 (%3).</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: de map bestaat niet.</translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation>Kan niet schrijven naar %1: %2</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 heeft geen veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 needs a text in French or in Dutch.</source>
        <translation>%1: een tekst in het Frans of in het Nederlands is vereist.</translation>
    </message>
    <message>
        <source>the new record got no id.</source>
        <translation>het nieuwe item kreeg geen id.</translation>
    </message>
    <message>
        <source>Could not add the %1: %2</source>
        <translation>Toevoegen mislukt (%1): %2</translation>
    </message>
    <message>
        <source>%1 has no editable field &quot;%2&quot;.</source>
        <translation>%1 heeft geen bewerkbaar veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Could not save the change to %1: %2</source>
        <translation>Kan de wijziging niet opslaan in %1: %2</translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>Dit item (%1) bestaat niet meer.</translation>
    </message>
    <message>
        <source>Could not remove the %1: %2</source>
        <translation>Verwijderen mislukt (%1): %2</translation>
    </message>
    <message>
        <source>%1 records have no order.</source>
        <translation>%1: deze items hebben geen volgorde.</translation>
    </message>
    <message>
        <source>%1 is the file already open; every change is saved there.</source>
        <translation>%1 is het bestand dat al geopend is; elke wijziging wordt daar al bewaard.</translation>
    </message>
    <message>
        <source>%1 is open in another Quorum window and cannot be replaced.</source>
        <translation>%1 is geopend in een ander Quorum-venster en kan niet vervangen worden.</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: kan niet geschreven worden (%2).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kan niet vervangen worden.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kan niet geschreven worden.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: bestand niet gevonden.</translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation>%1: geen bestand.</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Quorum workspace.</source>
        <translation>%1: het bestand is leeg, geen Quorum-werkruimte.</translation>
    </message>
    <message>
        <source>%1: not a Quorum workspace (not an SQLite database).</source>
        <translation>%1: geen Quorum-werkruimte (geen SQLite-database).</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Quorum workspace.</source>
        <translation>%1: een SQLite-database, maar geen Quorum-werkruimte.</translation>
    </message>
    <message>
        <source>%1: made by a newer version of Quorum (schema version %2; this version reads up to %3). Update Quorum to open it.</source>
        <translation>%1: gemaakt met een nieuwere versie van Quorum (schemaversie %2; deze versie leest tot en met versie %3). Werk Quorum bij om het bestand te openen.</translation>
    </message>
    <message>
        <source>%1: an unfinished Quorum workspace (no schema).</source>
        <translation>%1: onvoltooide Quorum-werkruimte (geen schema).</translation>
    </message>
    <message>
        <source>%1 uses an older schema (version %2): open it once in Quorum to upgrade it.</source>
        <translation>%1 gebruikt een ouder schema (versie %2): open het één keer in Quorum om het bij te werken.</translation>
    </message>
    <message>
        <source>a secret vote has no named ballots.</source>
        <translation>een geheime stemming heeft geen hoofdelijke stembiljetten.</translation>
    </message>
    <message>
        <source>a closed vote needs its closing time and its outcome.</source>
        <translation>een afgesloten stemming heeft een sluitingstijd en een uitslag nodig.</translation>
    </message>
    <message>
        <source>the vote&apos;s electorate does not match the number of members counted present.</source>
        <translation>het aantal stemgerechtigden van de stemming komt niet overeen met het aantal leden dat aanwezig geteld is.</translation>
    </message>
    <message>
        <source>%1 is open in Quorum on the computer %2 (process %3), or was when that computer stopped. If Quorum no longer runs there, the file can be taken over.</source>
        <translation>%1 is geopend in Quorum op de computer %2 (proces %3), of was dat toen die computer stopte. Als Quorum daar niet meer draait, kan het bestand overgenomen worden.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for editing (%2 cannot be written).</source>
        <translation>%1 kan niet vergrendeld worden om te bewerken (%2 kan niet geschreven worden).</translation>
    </message>
    <message>
        <source>another program is reading %1; its journal (%1-wal) is emptied once it closes the file.</source>
        <translation>een ander programma leest %1; het journaal (%1-wal) wordt geleegd zodra het het bestand sluit.</translation>
    </message>
    <message>
        <source>The lock of %1 cannot be removed.</source>
        <translation>De vergrendeling van %1 kan niet verwijderd worden.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for editing.</source>
        <translation>%1 kan niet vergrendeld worden om te bewerken.</translation>
    </message>
    <message>
        <source>%1 is read-only: nothing can be changed in it. Save a copy (File › Save As) to edit.</source>
        <translation>%1 is alleen-lezen: er kan niets in gewijzigd worden. Sla een kopie op (Bestand › Opslaan als) om te bewerken.</translation>
    </message>
    <message>
        <source>%1 is damaged or unreadable: %2.</source>
        <translation>%1 is beschadigd of onleesbaar: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 is beschadigd: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: some of its pages are unreadable (%2).</source>
        <translation>%1 is beschadigd: sommige pagina&apos;s zijn onleesbaar (%2).</translation>
    </message>
    <message>
        <source>%1 is held locked by another program (not Quorum): close it there, then try again.</source>
        <translation>%1 wordt vergrendeld door een ander programma (niet Quorum): sluit het daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 Nothing is written to a damaged workspace: open a copy you trust, or run &quot;quorum check&quot; on it.</source>
        <translation>%1 Er wordt niets geschreven in een beschadigde werkruimte: open een kopie die u vertrouwt, of voer er ‘quorum check’ op uit.</translation>
    </message>
</context>
<context>
    <name>Quorum::Synthesis</name>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Deze vergadering bestaat niet meer.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are already started: edit them, or remove their sections to start again from a new draft.</source>
        <translation>De samenvatting van deze vergadering is al begonnen: bewerk ze, of verwijder de onderdelen ervan om opnieuw te beginnen met een nieuw concept.</translation>
    </message>
    <message>
        <source>Draft the minutes</source>
        <translation>Concept van de samenvatting opstellen</translation>
    </message>
    <message>
        <source>This council no longer exists.</source>
        <translation>Deze raad bestaat niet meer.</translation>
    </message>
    <message>
        <source>This council has a minutes template already: edit it, or remove its sections to start again from Quorum&apos;s.</source>
        <translation>Deze raad heeft al een verslagsjabloon: bewerk het, of verwijder de secties om opnieuw te vertrekken van die van Quorum.</translation>
    </message>
    <message>
        <source>Start the minutes template</source>
        <translation>Verslagsjabloon aanmaken</translation>
    </message>
</context>
<context>
    <name>Quorum::Templates</name>
    <message>
        <source>The meeting to start from no longer exists.</source>
        <translation>De vergadering die als basis dient, bestaat niet meer.</translation>
    </message>
    <message>
        <source>Choose a date for the new meeting.</source>
        <translation>Kies een datum voor de nieuwe vergadering.</translation>
    </message>
    <message>
        <source>New meeting on %1</source>
        <extracomment>Undo text; %1 is the new meeting&apos;s date</extracomment>
        <translation>Nieuwe vergadering op %1</translation>
    </message>
</context>
<context>
    <name>Quorum::VoteConsistency</name>
    <message>
        <source>%1 %2 (meeting %3)</source>
        <translation>%1 %2 (vergadering van %3)</translation>
    </message>
    <message>
        <source>%1 %2 (council %3)</source>
        <translation>%1 %2 (raad %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>belongs to another agenda item</source>
        <translation>hoort bij een ander agendapunt</translation>
    </message>
    <message>
        <source>belongs to another meeting</source>
        <translation>hoort bij een andere vergadering</translation>
    </message>
    <message>
        <source>belongs to another council</source>
        <translation>hoort bij een andere raad</translation>
    </message>
    <message>
        <source>belongs to another vote</source>
        <translation>hoort bij een andere stemming</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>its %1 (%2 %3) %4.</source>
        <translation>het veld “%1” (%2 %3) %4.</translation>
    </message>
    <message>
        <source>its rule cannot be read.</source>
        <translation>de regel kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>%1 voters present or represented but only %2 voting members.</source>
        <translation>%1 stemgerechtigden aanwezig of vertegenwoordigd maar slechts %2 stemgerechtigde leden.</translation>
    </message>
    <message>
        <source>person %1 is an elector of the vote twice.</source>
        <translation>persoon %1 staat twee keer bij de stemgerechtigden van de stemming.</translation>
    </message>
    <message>
        <source>%1 electors but only %2 voters present or represented.</source>
        <translation>%1 stemgerechtigden maar slechts %2 aanwezig of vertegenwoordigd.</translation>
    </message>
    <message>
        <source>a ballot from person %1, who was not among the electors of vote %2.</source>
        <translation>een stembiljet van persoon %1, die niet bij de stemgerechtigden van stemming %2 hoorde.</translation>
    </message>
    <message>
        <source>a second ballot from person %1 in vote %2.</source>
        <translation>een tweede stembiljet van persoon %1 in stemming %2.</translation>
    </message>
    <message>
        <source>a choice this vote does not offer.</source>
        <translation>een keuze die deze stemming niet biedt.</translation>
    </message>
    <message>
        <source>named ballots in a vote that is not named (%1).</source>
        <translation>hoofdelijke stembiljetten in een stemming die niet hoofdelijk is (%1).</translation>
    </message>
    <message>
        <source>person %1 placed %2 dots; each participant has %3.</source>
        <translation>persoon %1 plaatste %2 punten; elke deelnemer heeft er %3.</translation>
    </message>
    <message>
        <source>%1 ballots counted but only %2 voters were present or represented.</source>
        <translation>%1 stembiljetten geteld maar er waren maar %2 stemgerechtigden aanwezig of vertegenwoordigd.</translation>
    </message>
    <message>
        <source>an evident majority is recorded only for a show of hands decided by a majority.</source>
        <translation>een duidelijke meerderheid wordt alleen vastgelegd bij een handopsteking waarbij bij meerderheid beslist wordt.</translation>
    </message>
    <message>
        <source>a second count for the same cell of vote %1.</source>
        <translation>een tweede telling voor dezelfde cel van stemming %1.</translation>
    </message>
    <message>
        <source>counts for a subgroup in vote %1, which is counted for the whole room.</source>
        <translation>tellingen voor een deelgroep in stemming %1, die voor de hele zaal geteld wordt.</translation>
    </message>
    <message>
        <source>counts that vote %1 does not offer (an option in a question, or a question in an election or a dot vote).</source>
        <translation>tellingen die stemming %1 niet biedt (een optie bij een vraag, of een vraag bij een verkiezing of een puntenstemming).</translation>
    </message>
    <message>
        <source>a declared voice for the whole room; only a subgroup declares a voice.</source>
        <translation>een opgegeven stem voor de hele zaal; alleen een deelgroep geeft een stem op.</translation>
    </message>
    <message>
        <source>%1 of the subgroup present but only %2 members.</source>
        <translation>%1 van de deelgroep aanwezig maar slechts %2 leden.</translation>
    </message>
    <message>
        <source>%1 votes counted (%2 for, %3 against, %4 abstaining)</source>
        <translation>%1 stemmen geteld (%2 voor, %3 tegen, %4 onthoudingen)</translation>
    </message>
    <message>
        <source>%1 in subgroup %2, but only %3 of its voters were present or represented.</source>
        <translation>%1 in deelgroep %2, maar er waren maar %3 van de stemgerechtigden aanwezig of vertegenwoordigd.</translation>
    </message>
    <message>
        <source>%1 for option %2, but only %3 could be cast by the voters present or represented.</source>
        <translation>%1 voor optie %2, maar de aanwezige of vertegenwoordigde stemgerechtigden konden er maar %3 uitbrengen.</translation>
    </message>
    <message>
        <source>%1 but only %2 voters were present or represented.</source>
        <translation>%1 maar er waren maar %2 stemgerechtigden aanwezig of vertegenwoordigd.</translation>
    </message>
    <message>
        <source>it cannot be counted.</source>
        <translation>ze kan niet geteld worden.</translation>
    </message>
    <message>
        <source>these numbers cannot be right: %1</source>
        <translation>deze aantallen kunnen niet kloppen: %1</translation>
    </message>
    <message>
        <source>closed without an outcome; its counts and rule give &quot;%1&quot;.</source>
        <translation>afgesloten zonder uitslag; de tellingen en de regel geven “%1”.</translation>
    </message>
    <message>
        <source>the stated outcome &quot;%1&quot; contradicts its counts and rule, which give &quot;%2&quot;.</source>
        <translation>de vermelde uitslag “%1” is in strijd met de tellingen en de regel, die “%2” geven.</translation>
    </message>
    <message>
        <source>its stored result cannot be read.</source>
        <translation>de opgeslagen uitslag kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>its stored result differs from what its counts and rule give.</source>
        <translation>de opgeslagen uitslag verschilt van wat de tellingen en de regel geven.</translation>
    </message>
</context>
<context>
    <name>Quorum::VoteDialog</name>
    <message>
        <source>New election</source>
        <translation>Nieuwe verkiezing</translation>
    </message>
    <message>
        <source>New dot vote</source>
        <translation>Nieuwe puntenstemming</translation>
    </message>
    <message>
        <source>Put to the vote</source>
        <translation>Ter stemming voorleggen</translation>
    </message>
    <message>
        <source>Show of hands, counted by tellers</source>
        <translation>Handopsteking, geteld door stemopnemers</translation>
    </message>
    <message>
        <source>Secret ballot: only the counts are kept</source>
        <translation>Geheime stemming: alleen de telling wordt bewaard</translation>
    </message>
    <message>
        <source>Named vote: each member&apos;s choice is recorded</source>
        <translation>Hoofdelijke stemming: de keuze van elk lid wordt vastgelegd</translation>
    </message>
    <message>
        <source>%1 (charter)</source>
        <translation>%1 (handvest)</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Vraag</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>&amp;Voting</source>
        <translation>&amp;Stemwijze</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Regel</translation>
    </message>
    <message>
        <source>Each subgroup agrees first and gives one &amp;voice</source>
        <translation>Elke deelgroep komt eerst tot een akkoord en geeft één st&amp;em</translation>
    </message>
    <message>
        <source>Seats in order (chair, then vice-chair)</source>
        <translation>Zetels in volgorde (voorzitter, dan ondervoorzitter)</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>&amp;Zetels</translation>
    </message>
    <message>
        <source>&amp;Dots per participant</source>
        <translation>&amp;Punten per deelnemer</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>In woorden</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>Stemming &amp;openen</translation>
    </message>
    <message>
        <source>Each subgroup reaches its own position, then its voice counts once: %1</source>
        <translation>Elke deelgroep bepaalt eerst een eigen standpunt; daarna telt de stem van de deelgroep één keer: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::VotePanel</name>
    <message>
        <source>&amp;Decision items, proposals and votes</source>
        <translation>&amp;Beslissingspunten, voorstellen en stemmingen</translation>
    </message>
    <message>
        <source>New &amp;proposal</source>
        <translation>&amp;Nieuw voorstel</translation>
    </message>
    <message>
        <source>A proposal on the selected decision item (Ctrl+Shift+P)</source>
        <translation>Een voorstel over het geselecteerde beslissingspunt (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Object…</source>
        <translation>Be&amp;zwaar maken…</translation>
    </message>
    <message>
        <source>An objection with its argument and a counter-proposal (Ctrl+Shift+O)</source>
        <translation>Een bezwaar, met een argument en een tegenvoorstel (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Put to the &amp;vote…</source>
        <translation>Ter &amp;stemming voorleggen…</translation>
    </message>
    <message>
        <source>Vote on the selected proposal (Ctrl+Shift+V)</source>
        <translation>Over het geselecteerde voorstel stemmen (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Election…</source>
        <translation>Ver&amp;kiezing…</translation>
    </message>
    <message>
        <source>Dot vo&amp;te…</source>
        <translation>&amp;Puntenstemming…</translation>
    </message>
    <message>
        <source>Approve the previous &amp;minutes</source>
        <translation>Vorige samenvatting &amp;goedkeuren</translation>
    </message>
    <message>
        <source>Adds the approval of the previous session&apos;s minutes as a decision item</source>
        <translation>Voegt de goedkeuring van de samenvatting van de vorige zitting toe als beslissingspunt</translation>
    </message>
    <message>
        <source>Evident majority, not counted</source>
        <translation>Duidelijke meerderheid, niet geteld</translation>
    </message>
    <message>
        <source>Candidate or option, as it should appear in the record</source>
        <translation>Kandidaat of optie, zoals die vastgelegd moet worden</translation>
    </message>
    <message>
        <source>New candidate or option</source>
        <translation>Nieuwe kandidaat of optie</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Show on the pro&amp;jector (F6)</source>
        <translation>Tonen op de pro&amp;jector (F6)</translation>
    </message>
    <message>
        <source>&amp;Close the vote (Ctrl+Enter)</source>
        <translation>Stemming &amp;afsluiten (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Vote entry</source>
        <translation>Invoer van de stemming</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Objection (%1): %2 → counter-proposal: %3</source>
        <translation>Bezwaar (%1): %2 → tegenvoorstel: %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Vote: %1 — %2</source>
        <translation>Stemming: %1 — %2</translation>
    </message>
    <message>
        <source>This meeting has no decision item yet. Give an agenda item the kind &quot;Decision&quot;, or add the approval of the previous minutes.</source>
        <translation>Deze vergadering heeft nog geen beslissingspunt. Geef een agendapunt de soort &quot;Beslissing&quot;, of voeg de goedkeuring van de vorige samenvatting toe.</translation>
    </message>
    <message>
        <source>No vote selected. Choose a proposal and put it to the vote.</source>
        <translation>Geen stemming geselecteerd. Kies een voorstel en leg het ter stemming voor.</translation>
    </message>
    <message>
        <source>Choose a meeting in &quot;Meetings and agenda&quot;.</source>
        <translation>Kies een vergadering in &quot;Vergaderingen en agenda&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n present or represented and entitled to vote when the vote opened</source>
        <translation>
            <numerusform>%n aanwezig of vertegenwoordigd en stemgerechtigd bij de opening van de stemming</numerusform>
            <numerusform>%n aanwezig of vertegenwoordigd en stemgerechtigd bij de opening van de stemming</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voting members</source>
        <translation>
            <numerusform>%n stemgerechtigd lid</numerusform>
            <numerusform>%n stemgerechtigde leden</numerusform>
        </translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>quorum bereikt</translation>
    </message>
    <message>
        <source>quorum NOT met</source>
        <translation>quorum NIET bereikt</translation>
    </message>
    <message>
        <source>A&amp;gree</source>
        <translation>&amp;Instemmen</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Voor</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>B&amp;lokkeren</translation>
    </message>
    <message>
        <source>A&amp;gainst</source>
        <translation>T&amp;egen</translation>
    </message>
    <message>
        <source>&amp;Stand aside</source>
        <translation>&amp;Opzijstappen</translation>
    </message>
    <message>
        <source>Abs&amp;tain</source>
        <translation>Ont&amp;houding</translation>
    </message>
    <message>
        <source>Consent: adopted when no objection stands. Record objections with their counter-proposals, then close the vote.</source>
        <translation>Consent: aangenomen wanneer geen enkel bezwaar gehandhaafd blijft. Leg de bezwaren met hun tegenvoorstellen vast en sluit dan de stemming af.</translation>
    </message>
    <message>
        <source>Select a member and press 1 (for), 2 (against) or 3 (abstain); Delete clears. Type a name to jump to it.</source>
        <translation>Selecteer een lid en druk op 1 (voor), 2 (tegen) of 3 (onthouding); Delete wist. Typ een naam om ernaar te springen.</translation>
    </message>
    <message>
        <source>Each subgroup: type its counts, or the voice it agreed on.</source>
        <translation>Per deelgroep: typ de telling, of de stem waarover de deelgroep een akkoord bereikte.</translation>
    </message>
    <message>
        <source>Secret ballot: type the counts of the ballot box.</source>
        <translation>Geheime stemming: typ de telling van de stembus.</translation>
    </message>
    <message>
        <source>Type the counts of the tellers.</source>
        <translation>Typ de telling van de stemopnemers.</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Deelnemers</translation>
    </message>
    <message>
        <source>Valid &amp;ballots</source>
        <translation>Geldige ste&amp;mbiljetten</translation>
    </message>
    <message>
        <source>B&amp;lank ballots</source>
        <translation>Blan&amp;co stembiljetten</translation>
    </message>
    <message>
        <source>Add the options, then type the dots each received.</source>
        <translation>Voeg de opties toe en typ dan het aantal punten dat elke optie kreeg.</translation>
    </message>
    <message>
        <source>Add the candidates, then type the votes each received.</source>
        <translation>Voeg de kandidaten toe en typ dan het aantal stemmen dat elke kandidaat kreeg.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Deelgroep</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Onthouding</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>Type F, A or S (for, against, abstain) to declare the subgroup&apos;s voice; Delete clears it.</source>
        <translation>Typ F, A of S (voor, tegen, onthouding) om de stem van de deelgroep op te geven; Delete wist ze.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>This vote is closed: its record can no longer change.</source>
        <translation>Deze stemming is afgesloten: de gegevens ervan kunnen niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Typ een geheel getal.</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Samenstelling</translation>
    </message>
    <message>
        <source>The council&apos;s composition breaks its rules:
%1

Open the vote anyway?</source>
        <translation>De samenstelling van de raad schendt de regels:
%1

De stemming toch openen?</translation>
    </message>
</context>
<context>
    <name>Quorum::Votes</name>
    <message>
        <source>This vote no longer exists.</source>
        <translation>Deze stemming bestaat niet meer.</translation>
    </message>
    <message>
        <source>This vote is closed: its record can no longer change.</source>
        <translation>Deze stemming is afgesloten: de gegevens ervan kunnen niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>Votes are held on decision items: choose a decision item of the agenda.</source>
        <translation>Er wordt gestemd over beslissingspunten: kies een beslissingspunt van de agenda.</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Deze vergadering bestaat niet meer.</translation>
    </message>
    <message>
        <source>Another vote of this meeting is still open: close it first.</source>
        <translation>Er is nog een andere stemming van deze vergadering open: sluit die eerst af.</translation>
    </message>
    <message>
        <source>This proposal does not belong to the item.</source>
        <translation>Dit voorstel hoort niet bij dit punt.</translation>
    </message>
    <message>
        <source>This proposal is already %1: it is no longer put to the vote.</source>
        <translation>Dit voorstel is al %1: het wordt niet meer ter stemming voorgelegd.</translation>
    </message>
    <message>
        <source>A proposal is decided by consent, consensus or a majority, not by an election.</source>
        <translation>Over een voorstel wordt beslist bij consent, consensus of meerderheid, niet via een verkiezing.</translation>
    </message>
    <message>
        <source>Choose the proposal to put to the vote.</source>
        <translation>Kies het voorstel dat ter stemming voorgelegd wordt.</translation>
    </message>
    <message>
        <source>Subgroup voices decide on a proposal, not in an election or a dot vote.</source>
        <translation>De stemmen van de deelgroepen beslissen over een voorstel, niet in een verkiezing of een puntenstemming.</translation>
    </message>
    <message>
        <source>This council has no subgroups to give their voices.</source>
        <translation>Deze raad heeft geen deelgroepen die hun stem kunnen geven.</translation>
    </message>
    <message>
        <source>The quorum is not met, and the rule refuses to vote without it: %1</source>
        <translation>Het quorum is niet bereikt en de regel staat geen stemming zonder quorum toe: %1</translation>
    </message>
    <message>
        <source>Open a vote</source>
        <translation>Een stemming openen</translation>
    </message>
    <message>
        <source>Only elections and dot votes have candidates or options.</source>
        <translation>Alleen verkiezingen en puntenstemmingen hebben kandidaten of opties.</translation>
    </message>
    <message>
        <source>Give the candidate or option a name.</source>
        <translation>Geef de kandidaat of de optie een naam.</translation>
    </message>
    <message>
        <source>A proposal is voted for, against or abstaining, without options.</source>
        <translation>Over een voorstel wordt gestemd met voor, tegen of onthouding, zonder opties.</translation>
    </message>
    <message>
        <source>Choose a candidate or an option of this vote.</source>
        <translation>Kies een kandidaat of een optie van deze stemming.</translation>
    </message>
    <message>
        <source>Only named votes record who chose what; type the counts for this vote.</source>
        <translation>Alleen bij een hoofdelijke stemming wordt vastgelegd wie wat koos; typ voor deze stemming de telling in.</translation>
    </message>
    <message>
        <source>This person was not present and entitled to vote when the vote opened.</source>
        <translation>Deze persoon was niet aanwezig en stemgerechtigd bij de opening van de stemming.</translation>
    </message>
    <message>
        <source>Dots are only placed in a dot vote.</source>
        <translation>Punten worden alleen verdeeld in een puntenstemming.</translation>
    </message>
    <message>
        <source>Each participant has %1 dots; this would place %2.</source>
        <translation>Elke deelnemer heeft %1 punten; hiermee zouden er %2 verdeeld worden.</translation>
    </message>
    <message>
        <source>Record a choice</source>
        <translation>Een keuze vastleggen</translation>
    </message>
    <message>
        <source>A named vote is counted from each member&apos;s choice, not typed.</source>
        <translation>Een hoofdelijke stemming wordt geteld op basis van de keuze van elk lid, niet ingetypt.</translation>
    </message>
    <message>
        <source>This vote is counted for the whole room, not per subgroup.</source>
        <translation>Deze stemming wordt voor de hele zaal geteld, niet per deelgroep.</translation>
    </message>
    <message>
        <source>This subgroup does not belong to the council.</source>
        <translation>Deze deelgroep hoort niet bij de raad.</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>Een telling kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>%1 votes counted, but only %2 voters were present when the vote opened.</source>
        <translation>%1 stemmen geteld, maar er waren maar %2 stemgerechtigden aanwezig bij de opening van de stemming.</translation>
    </message>
    <message>
        <source>Type the counts</source>
        <translation>Telling invoeren</translation>
    </message>
    <message>
        <source>Only a subgroup declares a voice, in a vote by subgroup voices.</source>
        <translation>Alleen een deelgroep geeft een stem op, bij een stemming met stemmen van de deelgroepen.</translation>
    </message>
    <message>
        <source>Declare a voice</source>
        <translation>Een stem opgeven</translation>
    </message>
    <message>
        <source>%1 ballots counted, but only %2 voters were present when the vote opened.</source>
        <translation>%1 stembiljetten geteld, maar er waren maar %2 stemgerechtigden aanwezig bij de opening van de stemming.</translation>
    </message>
    <message>
        <source>An evident majority is recorded only for a show of hands decided by a majority.</source>
        <translation>Een duidelijke meerderheid wordt alleen vastgelegd bij een handopsteking waarbij bij meerderheid beslist wordt.</translation>
    </message>
    <message>
        <source>These numbers cannot be right: %1</source>
        <translation>Deze aantallen kunnen niet kloppen: %1</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Stemming afsluiten</translation>
    </message>
    <message>
        <source>This is the council&apos;s first meeting: there are no earlier minutes to approve.</source>
        <translation>Dit is de eerste vergadering van de raad: er is geen eerdere samenvatting om goed te keuren.</translation>
    </message>
    <message>
        <source>Add the approval of the previous minutes</source>
        <translation>De goedkeuring van de vorige samenvatting toevoegen</translation>
    </message>
    <message>
        <source>Subgroup voices are given openly: choose a show of hands or a named vote.</source>
        <translation>Deelgroepen geven hun stem openlijk: kies een handopsteking of een hoofdelijke stemming.</translation>
    </message>
</context>
<context>
    <name>Quorum::WhoGoesWherePanel</name>
    <message>
        <source>%1 (placed by hand)</source>
        <translation>%1 (met de hand geplaatst)</translation>
    </message>
    <message>
        <source>1st choice</source>
        <translation>1e keuze</translation>
    </message>
    <message>
        <source>2nd choice</source>
        <translation>2e keuze</translation>
    </message>
    <message>
        <source>3rd choice</source>
        <translation>3e keuze</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>geen keuze</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>niet gekozen</translation>
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
            <numerusform> — %n persoon</numerusform>
            <numerusform> — %n personen</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1 of %2 places</source>
        <translation> — %1 van %2 plaatsen</translation>
    </message>
    <message>
        <source> — list locked</source>
        <translation> — lijst vergrendeld</translation>
    </message>
    <message numerus="yes">
        <source>Without a place (%n)</source>
        <translation>
            <numerusform>Zonder plaats (%n)</numerusform>
            <numerusform>Zonder plaats (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This meeting has no workshops: add them above.</source>
        <translation>Deze vergadering heeft geen workshops: voeg ze hierboven toe.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s), nobody gave a workshop choice.</source>
        <translation>
            <numerusform>%n deelnemer, niemand koos een workshop.</numerusform>
            <numerusform>%n deelnemers, niemand koos een workshop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 have their first choice (%3%), %4 one of their choices; %n without a place.</source>
        <translation>
            <numerusform>%1 van %2 hebben hun eerste keuze (%3%), %4 een van hun keuzes; %n zonder plaats.</numerusform>
            <numerusform>%1 van %2 hebben hun eerste keuze (%3%), %4 een van hun keuzes; %n zonder plaats.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Split Automatically</source>
        <translation>Automatisch &amp;verdelen</translation>
    </message>
    <message>
        <source>Find a participant by name or organisation (Ctrl+F)</source>
        <translation>Een deelnemer zoeken op naam of organisatie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Alt+↓ / Alt+↑ moves the selected person to the next or previous workshop, Delete takes them out, Ctrl+L locks or unlocks a list, Enter edits their choices; or drag a person onto a workshop. Someone moved by hand stays there when the split runs again.</source>
        <translation>Alt+↓ / Alt+↑ verplaatst de gekozen persoon naar de volgende of vorige workshop, Delete haalt hem eruit, Ctrl+L vergrendelt of ontgrendelt een lijst, Enter wijzigt zijn keuzes; of sleep een persoon naar een workshop. Wie met de hand is verplaatst, blijft staan als de verdeling opnieuw gebeurt.</translation>
    </message>
</context>
<context>
    <name>Quorum::WorkshopChoicesDialog</name>
    <message>
        <source>Workshop Choices</source>
        <translation>Workshopkeuzes</translation>
    </message>
    <message>
        <source>Workshops chosen by %1, in order of preference:</source>
        <translation>Workshops gekozen door %1, in volgorde van voorkeur:</translation>
    </message>
    <message>
        <source>&amp;First choice:</source>
        <translation>&amp;Eerste keuze:</translation>
    </message>
    <message>
        <source>&amp;Second choice:</source>
        <translation>&amp;Tweede keuze:</translation>
    </message>
    <message>
        <source>&amp;Third choice:</source>
        <translation>&amp;Derde keuze:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
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
        <translation>Deze vergadering heeft geen workshops om de deelnemers over te verdelen.</translation>
    </message>
    <message>
        <source>Nobody to place: mark the participants present or record their workshop choices first.</source>
        <translation>Niemand te plaatsen: duid eerst de deelnemers als aanwezig aan of noteer hun workshopkeuzes.</translation>
    </message>
    <message>
        <source>Split the participants into the workshops</source>
        <translation>De deelnemers over de workshops verdelen</translation>
    </message>
    <message>
        <source>This workshop is not one of the meeting&apos;s.</source>
        <translation>Deze workshop hoort niet bij deze vergadering.</translation>
    </message>
    <message>
        <source>The list of &quot;%1&quot; is locked: unlock it to add someone.</source>
        <translation>De lijst van &quot;%1&quot; is vergrendeld: ontgrendel ze om iemand toe te voegen.</translation>
    </message>
    <message>
        <source>The list of &quot;%1&quot; is locked: unlock it to move someone out.</source>
        <translation>De lijst van &quot;%1&quot; is vergrendeld: ontgrendel ze om iemand eruit te halen.</translation>
    </message>
    <message>
        <source>Place in a workshop</source>
        <translation>In een workshop plaatsen</translation>
    </message>
    <message>
        <source>Take out of the workshops</source>
        <translation>Uit de workshops halen</translation>
    </message>
    <message>
        <source>A participant ranks three workshops at most.</source>
        <translation>Een deelnemer rangschikt hoogstens drie workshops.</translation>
    </message>
    <message>
        <source>The same workshop cannot be chosen twice.</source>
        <translation>Dezelfde workshop kan niet twee keer gekozen worden.</translation>
    </message>
    <message>
        <source>This person is not in the workspace.</source>
        <translation>Deze persoon staat niet in de werkruimte.</translation>
    </message>
    <message>
        <source>Record workshop choices</source>
        <translation>Workshopkeuzes noteren</translation>
    </message>
    <message numerus="yes">
        <source>In this session, a participant chooses %n workshop(s).</source>
        <translation>
            <numerusform>In deze zitting kiest een deelnemer %n workshop.</numerusform>
            <numerusform>In deze zitting kiest een deelnemer %n workshops.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Workspace</name>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>Dit item (%1) bestaat niet meer.</translation>
    </message>
    <message>
        <source>This %1 cannot be moved.</source>
        <translation>Dit item (%1) kan niet verplaatst worden.</translation>
    </message>
    <message>
        <source>The step was refused.</source>
        <translation>De stap werd geweigerd.</translation>
    </message>
    <message>
        <source>Could not undo: %1 The undo history was cleared.</source>
        <translation>Ongedaan maken mislukt: %1 De geschiedenis voor ongedaan maken is gewist.</translation>
    </message>
    <message>
        <source>Could not redo: %1 The undo history was cleared.</source>
        <translation>Opnieuw uitvoeren mislukt: %1 De geschiedenis voor ongedaan maken is gewist.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
</context>
</TS>
