<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>Quorum::ChoiceDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(translation missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::CommandLine</name>
    <message>
        <source>Usage:
  quorum [FILE]                            open the app (FILE, else the last workspace, else the demo)
  quorum --demo                            open the app on a fresh copy of the demo workspace
  quorum --lang fr|nl|en ...               interface language
  quorum ... --screenshot OUT.png [--view NAME]
                                           render the main window (or a view) to PNG and exit
  quorum demo OUT.quorum                   write the demo workspace
  quorum check FILE                        verify a workspace file
  quorum export-json FILE OUT.json         export a workspace as JSON
  quorum import-json IN.json OUT.quorum    build a workspace from JSON
  quorum generate OUT.quorum [--years N] [--seed S]
                                           write a large synthetic workspace
  quorum --version
Views: council, members, meetings, agenda, workshops.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be fr, nl or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number%2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from 1 to 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n file argument(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>only one workspace file can be opened at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and a FILE cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo, --screenshot and --view only apply when opening the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years and --seed only apply to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the demo workspace to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a sound Quorum workspace (schema version %2, %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 councils, %3 people, %4 meetings, %5 agenda items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Commands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::CouncilPanel</name>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;French):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;Dutch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym (F&amp;rench):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym (D&amp;utch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bassin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subgroups and clusters (one voice each; seat ranges where the charter sets them):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Exchange</name>
    <message>
        <source>%1: expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;position&quot; must be a whole number from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an object with the strings &quot;fr&quot; and &quot;nl&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at line %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Quorum workspace export (expected a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Quorum workspace export (&quot;format&quot; is not &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written by a newer Quorum (format version %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown section &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; Quorum never overwrites a workspace. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written (the name was taken meanwhile, or the folder is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Generator</name>
    <message>
        <source>The number of years must be between 1 and 50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::MainWindow</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder is available for the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum workspaces (*.quorum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum workspaces (*.quorum);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. Every change is now written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;Runs participatory council sessions and drafts their bilingual minutes, offline, from one workspace file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace (temporary copy: use Save As to keep it) — Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare and run participatory council sessions — agenda, members, meetings and workshops — in French and Dutch, without internet. Everything is kept in one workspace file and saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;uncils:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::MeetingsPanel</name>
    <message>
        <source>&amp;Meetings of this council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ocuments of the selected item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::MembersPanel</name>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Find a member by name, organisation, sector, bassin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::RecordTableModel</name>
    <message>
        <source>Choose where to add the %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::RecordTableView</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete); Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Schema</name>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bassin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional action council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bassin action council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icebreaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A bilingual column header, e.g. &quot;Title (FR)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not name an existing record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a time written as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Storage</name>
    <message>
        <source>it refers to a record that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same value is already used by another record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full or cannot be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is busy in another program (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Quorum window (process %2 on %3). Close it there first, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be prepared for use (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be upgraded to schema version %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a text in French or in Dutch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new record got no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no editable field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records have no order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the file already open; every change is saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Quorum window and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Quorum workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Quorum workspace (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged or unreadable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Quorum workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: made by a newer version of Quorum (schema version %2; this version reads up to %3). Update Quorum to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an unfinished Quorum workspace (no schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Workspace</name>
    <message>
        <source>This %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
