<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <source>Finished; %n file(s) failed.</source>
        <translation>
            <numerusform>Finished; %n file failed.</numerusform>
            <numerusform>Finished; %n files failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchFileTable</name>
    <message numerus="yes">
        <source>%n from the memory</source>
        <translation>
            <numerusform>%n from the memory</numerusform>
            <numerusform>%n from the memory</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConcordanceDialog</name>
    <message numerus="yes">
        <source> (the first %n)</source>
        <translation>
            <numerusform> (the first %n)</numerusform>
            <numerusform> (the first %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message numerus="yes">
        <source>Filled %n repetition(s) from this segment</source>
        <translation>
            <numerusform>Filled %n repetition from this segment</numerusform>
            <numerusform>Filled %n repetitions from this segment</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindMixin</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmed</numerusform>
            <numerusform>%n confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace %n match(es)?</source>
        <translation>
            <numerusform>Replace %n match?</numerusform>
            <numerusform>Replace %n matches?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segments that change: %n</source>
        <translation>
            <numerusform>Segments that change: %n</numerusform>
            <numerusform>Segments that change: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them confirmed: they will be marked Needs review.</source>
        <translation>
            <numerusform>%n of them confirmed: they will be marked Needs review.</numerusform>
            <numerusform>%n of them confirmed: they will be marked Needs review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n segment(s) (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>Replaced in %n segment (Ctrl+Z undoes it)</numerusform>
            <numerusform>Replaced in %n segments (Ctrl+Z undoes it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MTMixin</name>
    <message numerus="yes">
        <source>; %n from the memory</source>
        <translation>
            <numerusform>; %n from the memory</numerusform>
            <numerusform>; %n from the memory</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n left as they are (target language or no text)</source>
        <translation>
            <numerusform>; %n left as they are (target language or no text)</numerusform>
            <numerusform>; %n left as they are (target language or no text)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Machine translation finished: %n segment(s) filled</source>
        <translation>
            <numerusform>Machine translation finished: %n segment filled</numerusform>
            <numerusform>Machine translation finished: %n segments filled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Machine translation cancelled: %n segment(s) filled</source>
        <translation>
            <numerusform>Machine translation cancelled: %n segment filled</numerusform>
            <numerusform>Machine translation cancelled: %n segments filled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MT draft(s)</source>
        <translation>
            <numerusform>%n MT draft</numerusform>
            <numerusform>%n MT drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmed</numerusform>
            <numerusform>%n confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) no translation</source>
        <translation>
            <numerusform>%n needs no translation</numerusform>
            <numerusform>%n need no translation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QaReportDialog</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n segment(s).</source>
        <translation>
            <numerusform>in %n segment.</numerusform>
            <numerusform>in %n segments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message numerus="yes">
        <source>{name}: %n segment(s)</source>
        <translation>
            <numerusform>{name}: %n segment</numerusform>
            <numerusform>{name}: %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n paragraph(s)</source>
        <translation>
            <numerusform> in %n paragraph</numerusform>
            <numerusform> in %n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n document(s)</source>
        <translation>
            <numerusform>wrote %n document</numerusform>
            <numerusform>wrote %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{untranslated} of %n segment(s) are untranslated and keep their source text</source>
        <translation>
            <numerusform>{untranslated} of %n segment are untranslated and keep their source text</numerusform>
            <numerusform>{untranslated} of %n segments are untranslated and keep their source text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n segment(s) translated</source>
        <translation>
            <numerusform>all %n segment translated</numerusform>
            <numerusform>all %n segments translated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already in the target language, kept as they are)</source>
        <translation>
            <numerusform> (%n already in the target language, kept as they are)</numerusform>
            <numerusform> (%n already in the target language, kept as they are)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) lacked formatting tags: they were put at the end of the segment, check them</source>
        <translation>
            <numerusform>%n segment lacked formatting tags: they were put at the end of the segment, check them</numerusform>
            <numerusform>%n segments lacked formatting tags: they were put at the end of the segment, check them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: wrote %n translation unit(s)</source>
        <translation>
            <numerusform>{path}: wrote %n translation unit</numerusform>
            <numerusform>{path}: wrote %n translation units</numerusform>
        </translation>
    </message>
</context>
</TS>
