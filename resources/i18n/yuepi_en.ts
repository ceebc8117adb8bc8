<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CompareExport</name>
        <message numerus="yes">
            <source>%n suggested commitment(s) not yet decided are not listed (tag one with Ctrl+T to list it as unchecked).</source>
            <translation>
                <numerusform>%n suggested commitment not yet decided is not listed (tag it with Ctrl+T to list it as unchecked).</numerusform>
                <numerusform>%n suggested commitments not yet decided are not listed (tag one with Ctrl+T to list it as unchecked).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message numerus="yes">
            <source>%n commitment(s) in the earlier report</source>
            <translation>
                <numerusform>%n commitment in the earlier report</numerusform>
                <numerusform>%n commitments in the earlier report</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 changed on disk and was read again: %n link(s) could not be placed on its new text; they are kept and listed as not found.</source>
            <translation>
                <numerusform>%1 changed on disk and was read again: %n link could not be placed on its new text; it is kept and listed as not found.</numerusform>
                <numerusform>%1 changed on disk and was read again: %n links could not be placed on its new text; they are kept and listed as not found.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message numerus="yes">
            <source>Accept %n suggestion(s)</source>
            <translation>
                <numerusform>Accept %n suggestion</numerusform>
                <numerusform>Accept %n suggestions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reject %n suggestion(s)</source>
            <translation>
                <numerusform>Reject %n suggestion</numerusform>
                <numerusform>Reject %n suggestions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n annotation(s)</source>
            <translation>
                <numerusform>Delete %n annotation</numerusform>
                <numerusform>Delete %n annotations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoffFeature</name>
        <message numerus="yes">
            <source>Exported %n annotation(s) to %1</source>
            <translation>
                <numerusform>Exported %n annotation to %1</numerusform>
                <numerusform>Exported %n annotations to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved the annotated report (%n page(s)) to %1</source>
            <translation>
                <numerusform>Saved the annotated report (%n page) to %1</numerusform>
                <numerusform>Saved the annotated report (%n pages) to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Printed %n page(s).</source>
            <translation>
                <numerusform>Printed %n page.</numerusform>
                <numerusform>Printed %n pages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) of the file could not be read</source>
            <translation>
                <numerusform>%n item of the file could not be read</numerusform>
                <numerusform>%n items of the file could not be read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invalid character(s) replaced</source>
            <translation>
                <numerusform>%n invalid character replaced</numerusform>
                <numerusform>%n invalid characters replaced</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n annotation(s) from %1</source>
            <translation>
                <numerusform>Imported %n annotation from %1</numerusform>
                <numerusform>Imported %n annotations from %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tag conflict(s)</source>
            <translation>
                <numerusform>%n tag conflict</numerusform>
                <numerusform>%n tag conflicts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LearningDialog</name>
        <message numerus="yes">
            <source>%n signal(s)</source>
            <translation>
                <numerusform>%n signal</numerusform>
                <numerusform>%n signals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n report(s)</source>
            <translation>
                <numerusform>%n report</numerusform>
                <numerusform>%n reports</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrphanPanel</name>
        <message numerus="yes">
            <source>Problems in the annotation file: %n item(s) could not be read as they were. The original file was moved aside unchanged.</source>
            <translation>
                <numerusform>Problems in the annotation file: %n item could not be read as it was. The original file was moved aside unchanged.</numerusform>
                <numerusform>Problems in the annotation file: %n items could not be read as they were. The original file was moved aside unchanged.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutlineCorrectionActions</name>
        <message numerus="yes">
            <source>%n outline correction(s) could not be placed: their line is gone from the report. They are listed with the orphaned annotations.</source>
            <translation>
                <numerusform>%n outline correction could not be placed: its line is gone from the report. It is listed with the orphaned annotations.</numerusform>
                <numerusform>%n outline corrections could not be placed: their line is gone from the report. They are listed with the orphaned annotations.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutlineEdits</name>
        <message numerus="yes">
            <source>Delete %n Outline Correction(s)</source>
            <translation>
                <numerusform>Delete %n Outline Correction</numerusform>
                <numerusform>Delete %n Outline Corrections</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuggestionFeature</name>
        <message numerus="yes">
            <source>Accept %n suggestion(s) as %1</source>
            <translation>
                <numerusform>Accept %n suggestion as %1</numerusform>
                <numerusform>Accept %n suggestions as %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message numerus="yes">
            <source>%n suggestion(s) score below %1: lower the minimum score to see them.</source>
            <translation>
                <numerusform>%n suggestion scores below %1: lower the minimum score to see it.</numerusform>
                <numerusform>%n suggestions score below %1: lower the minimum score to see them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagSetDialog</name>
        <message numerus="yes">
            <source>%n annotation(s) use “%1”. What should happen to them?</source>
            <translation>
                <numerusform>%n annotation uses “%1”. What should happen to it?</numerusform>
                <numerusform>%n annotations use “%1”. What should happen to them?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaggingFeature</name>
        <message numerus="yes">
            <source>%n annotation(s) loaded.</source>
            <translation>
                <numerusform>%n annotation loaded.</numerusform>
                <numerusform>%n annotations loaded.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) in the annotation file could not be stored (they came from a broken copy or another program) and were replaced with “�”. Nothing else was changed.</source>
            <translation>
                <numerusform>%n character in the annotation file could not be stored (it came from a broken copy or another program) and was replaced with “�”. Nothing else was changed.</numerusform>
                <numerusform>%n characters in the annotation file could not be stored (they came from a broken copy or another program) and were replaced with “�”. Nothing else was changed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation file item(s) could not be read; they are listed in the Orphaned Annotations pane. Every other annotation was kept.</source>
            <translation>
                <numerusform>%n annotation file item could not be read; it is listed in the Orphaned Annotations pane. Every other annotation was kept.</numerusform>
                <numerusform>%n annotation file items could not be read; they are listed in the Orphaned Annotations pane. Every other annotation was kept.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TextSearch</name>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WordComments</name>
        <message numerus="yes">
            <source>Saved %n comment(s) in the annotated copy %1</source>
            <translation>
                <numerusform>Saved %n comment in the annotated copy %1</numerusform>
                <numerusform>Saved %n comments in the annotated copy %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n orphaned annotation(s) left out</source>
            <translation>
                <numerusform>%n orphaned annotation left out</numerusform>
                <numerusform>%n orphaned annotations left out</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n comment(s) from %1</source>
            <translation>
                <numerusform>Imported %n comment from %1</numerusform>
                <numerusform>Imported %n comments from %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s) of %1 mark text this report does not have. They were kept as orphaned annotations (see Orphaned Annotations):</source>
            <translation>
                <numerusform>%n comment of %1 marks text this report does not have. It was kept as an orphaned annotation (see Orphaned Annotations):</numerusform>
                <numerusform>%n comments of %1 mark text this report does not have. They were kept as orphaned annotations (see Orphaned Annotations):</numerusform>
            </translation>
        </message>
    </context>
</TS>
