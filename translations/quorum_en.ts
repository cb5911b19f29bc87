<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Quorum::AttendancePanel</name>
    <message numerus="yes">
        <source>Members: %1 present, %2 represented, %3 excused, %4 absent, %5 not checked in. Guests: %n.</source>
        <translation>
            <numerusform>Members: %1 present, %2 represented, %3 excused, %4 absent, %5 not checked in. Guests: %n.</numerusform>
            <numerusform>Members: %1 present, %2 represented, %3 excused, %4 absent, %5 not checked in. Guests: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::AttendanceRules</name>
    <message numerus="yes">
        <source>No quorum is required: %1 of %n member(s) present or represented.</source>
        <translation>
            <numerusform>No quorum is required: %1 of %n member present or represented.</numerusform>
            <numerusform>No quorum is required: %1 of %n members present or represented.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum reached: %1 of %n mandatory partner(s) present or represented (%2 present, %3 represented; more than half, at least %4, needed).</source>
        <translation>
            <numerusform>Quorum reached: %1 of %n mandatory partner present or represented (%2 present, %3 represented; more than half, at least %4, needed).</numerusform>
            <numerusform>Quorum reached: %1 of %n mandatory partners present or represented (%2 present, %3 represented; more than half, at least %4, needed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum not reached: %1 of %n mandatory partner(s) present or represented (%2 present, %3 represented; more than half, at least %4, needed: %5 more).</source>
        <translation>
            <numerusform>Quorum not reached: %1 of %n mandatory partner present or represented (%2 present, %3 represented; more than half, at least %4, needed: %5 more).</numerusform>
            <numerusform>Quorum not reached: %1 of %n mandatory partners present or represented (%2 present, %3 represented; more than half, at least %4, needed: %5 more).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum reached: %1 of %n voting member(s) present or represented (%2 present, %3 represented; more than half, at least %4, needed).</source>
        <translation>
            <numerusform>Quorum reached: %1 of %n voting member present or represented (%2 present, %3 represented; more than half, at least %4, needed).</numerusform>
            <numerusform>Quorum reached: %1 of %n voting members present or represented (%2 present, %3 represented; more than half, at least %4, needed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum not reached: %1 of %n voting member(s) present or represented (%2 present, %3 represented; more than half, at least %4, needed: %5 more).</source>
        <translation>
            <numerusform>Quorum not reached: %1 of %n voting member present or represented (%2 present, %3 represented; more than half, at least %4, needed: %5 more).</numerusform>
            <numerusform>Quorum not reached: %1 of %n voting members present or represented (%2 present, %3 represented; more than half, at least %4, needed: %5 more).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::CommandLine</name>
    <message numerus="yes">
        <source>%1 takes %n file argument(s).</source>
        <translation>
            <numerusform>%1 takes %n file argument.</numerusform>
            <numerusform>%1 takes %n file arguments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n decision(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n decision to %1.</numerusform>
            <numerusform>Wrote %n decisions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: and %n more problem(s).</source>
        <translation>
            <numerusform>%1: and %n more problem.</numerusform>
            <numerusform>%1: and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, cells separated by %3, %n row(s) below the header.</source>
        <translation>
            <numerusform>%1: %2, cells separated by %3, %n row below the header.</numerusform>
            <numerusform>%1: %2, cells separated by %3, %n rows below the header.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not imported, %n problem(s); the workspace is unchanged.</source>
        <translation>
            <numerusform>%1: not imported, %n problem; the workspace is unchanged.</numerusform>
            <numerusform>%1: not imported, %n problems; the workspace is unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %1: %n voting seat(s).</source>
        <translation>
            <numerusform>On %1: %n voting seat.</numerusform>
            <numerusform>On %1: %n voting seats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Commands</name>
    <message numerus="yes">
        <source>Add %n record(s)</source>
        <translation>
            <numerusform>Add %n record</numerusform>
            <numerusform>Add %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::CompositionNotice</name>
    <message numerus="yes">
        <source>The composition does not follow the council&apos;s rules (%n problem(s)):</source>
        <translation>
            <numerusform>The composition does not follow the council&apos;s rules (%n problem):</numerusform>
            <numerusform>The composition does not follow the council&apos;s rules (%n problems):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: hover to read them all.</source>
        <translation>
            <numerusform>…and %n more: hover to read them all.</numerusform>
            <numerusform>…and %n more: hover to read them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::HistoryPanel</name>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ImportMembersDialog</name>
    <message numerus="yes">
        <source>%n problem(s) to correct in the spreadsheet before it can be imported: the file is imported whole or not at all.</source>
        <translation>
            <numerusform>%n problem to correct in the spreadsheet before it can be imported: the file is imported whole or not at all.</numerusform>
            <numerusform>%n problems to correct in the spreadsheet before it can be imported: the file is imported whole or not at all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::MeetingsPanel</name>
    <message numerus="yes">
        <source>%n workshop(s) in parallel in this slot</source>
        <translation>
            <numerusform>%n workshop in this slot</numerusform>
            <numerusform>%n workshops in parallel in this slot</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Members</name>
    <message numerus="yes">
        <source>The file was not imported: %n problem(s).</source>
        <translation>
            <numerusform>The file was not imported: %n problem.</numerusform>
            <numerusform>The file was not imported: %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n member(s)</source>
        <translation>
            <numerusform>Import %n member</numerusform>
            <numerusform>Import %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::MembersPanel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n member(s)</source>
        <translation>
            <numerusform>%1 of %n member</numerusform>
            <numerusform>%1 of %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %1 and their memberships of %n council(s) from this workspace? Their name and organisation are also removed from candidacies and texts that copied them; results keep their counts. This cannot be undone. Use this when someone asks to be forgotten; to end one membership, remove the row instead.</source>
        <translation>
            <numerusform>Erase %1 and their memberships of %n council from this workspace? Their name and organisation are also removed from candidacies and texts that copied them; results keep their counts. This cannot be undone. Use this when someone asks to be forgotten; to end one membership, remove the row instead.</numerusform>
            <numerusform>Erase %1 and their memberships of %n councils from this workspace? Their name and organisation are also removed from candidacies and texts that copied them; results keep their counts. This cannot be undone. Use this when someone asks to be forgotten; to end one membership, remove the row instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Privacy</name>
    <message numerus="yes">
        <source>the records about them (%1); the reference to them removed from %2; %n text(s) that copied their name or organisation rewritten.</source>
        <translation>
            <numerusform>the records about them (%1); the reference to them removed from %2; %n text that copied their name or organisation rewritten.</numerusform>
            <numerusform>the records about them (%1); the reference to them removed from %2; %n texts that copied their name or organisation rewritten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::RecordTableModel</name>
    <message numerus="yes">
        <source>Remove %n record(s)</source>
        <translation>
            <numerusform>Remove %n record</numerusform>
            <numerusform>Remove %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n record(s)</source>
        <translation>
            <numerusform>Move %n record</numerusform>
            <numerusform>Move %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Schedule</name>
    <message numerus="yes">
        <source>%1 · %n item(s) without planned minutes</source>
        <extracomment>The planned summary, then how many agenda items have no planned minutes</extracomment>
        <translation>
            <numerusform>%1 · %n item without planned minutes</numerusform>
            <numerusform>%1 · %n items without planned minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Settings</name>
    <message numerus="yes">
        <source>“%1” is still used by %n person(s): merge it into another entry, or change theirs first.</source>
        <translation>
            <numerusform>“%1” is still used by %n person: merge it into another entry, or change theirs first.</numerusform>
            <numerusform>“%1” is still used by %n people: merge it into another entry, or change theirs first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::VotePanel</name>
    <message numerus="yes">
        <source>%n present or represented and entitled to vote when the vote opened</source>
        <translation>
            <numerusform>%n present or represented and entitled to vote when the vote opened</numerusform>
            <numerusform>%n present or represented and entitled to vote when the vote opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voting members</source>
        <translation>
            <numerusform>%n voting member</numerusform>
            <numerusform>%n voting members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::WhoGoesWherePanel</name>
    <message numerus="yes">
        <source> — %n person(s)</source>
        <translation>
            <numerusform> — %n person</numerusform>
            <numerusform> — %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without a place (%n)</source>
        <translation>
            <numerusform>Without a place (%n)</numerusform>
            <numerusform>Without a place (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s), nobody gave a workshop choice.</source>
        <translation>
            <numerusform>%n participant, nobody gave a workshop choice.</numerusform>
            <numerusform>%n participants, nobody gave a workshop choice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 have their first choice (%3%), %4 one of their choices; %n without a place.</source>
        <translation>
            <numerusform>%1 of %2 have their first choice (%3%), %4 one of their choices; %n without a place.</numerusform>
            <numerusform>%1 of %2 have their first choice (%3%), %4 one of their choices; %n without a place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Workshops</name>
    <message numerus="yes">
        <source>In this session, a participant chooses %n workshop(s).</source>
        <translation>
            <numerusform>In this session, a participant chooses %n workshop.</numerusform>
            <numerusform>In this session, a participant chooses %n workshops.</numerusform>
        </translation>
    </message>
</context>
</TS>
