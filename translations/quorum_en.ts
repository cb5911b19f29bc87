<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Quorum::CommandLine</name>
    <message numerus="yes">
        <source>%1 takes %n file argument(s).</source>
        <translation>
            <numerusform>%1 takes %n file argument.</numerusform>
            <numerusform>%1 takes %n file arguments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::MembersPanel</name>
    <message numerus="yes">
        <source>Erase %1 and their memberships of %n council(s) from this workspace? Use this when someone asks to be forgotten; to end one membership, remove the row instead.</source>
        <translation>
            <numerusform>Erase %1 and their membership of %n council from this workspace? Use this when someone asks to be forgotten; to end one membership, remove the row instead.</numerusform>
            <numerusform>Erase %1 and their memberships of %n councils from this workspace? Use this when someone asks to be forgotten; to end one membership, remove the row instead.</numerusform>
        </translation>
    </message>
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
</context>
</TS>
