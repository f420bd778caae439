<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message numerus="yes">
        <location filename="../../src/safespace_desktop/ui/feedback/wording.py" line="106" />
        <source>%n people have now come to their third meeting.</source>
        <translation>
            <numerusform>%n people have now come to their third meeting.</numerusform>
            <numerusform>%n people have now come to their third meeting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safespace_desktop/ui/feedback/wording.py" line="112" />
        <source>%n people have now come to their sixth meeting.</source>
        <translation>
            <numerusform>%n people have now come to their sixth meeting.</numerusform>
            <numerusform>%n people have now come to their sixth meeting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safespace_desktop/ui/account/wording.py" line="17" />
        <location filename="../../src/safespace_desktop/ui/account/wording.py" line="21" />
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safespace_desktop/ui/account/wording.py" line="19" />
        <location filename="../../src/safespace_desktop/ui/account/wording.py" line="21" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n resource(s).</source>
        <translation>
            <numerusform>Imported %n resource.</numerusform>
            <numerusform>Imported %n resources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../src/safespace_desktop/ui/wording/errors.py" line="24" />
        <source>Too many attempts in a row. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many attempts in a row. Please wait %n second before trying again.</numerusform>
            <numerusform>Too many attempts in a row. Please wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ResourcePlurals</name>
    <message numerus="yes">
        <location filename="../../src/safespace_desktop/ui/resources/actions/folders.py" line="32" />
        <source>Imported %n resource(s).</source>
        <translation>
            <numerusform>Imported %n resource.</numerusform>
            <numerusform>Imported %n resources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safespace_desktop/ui/resources/actions/folders.py" line="35" />
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safespace_desktop/ui/resources/actions/folders.py" line="38" />
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safespace_desktop/ui/resources/actions/folders.py" line="41" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
</TS>