<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MTMixin</name>
    <message numerus="yes">
        <source>; %n from the memory</source>
        <translation>
            <numerusform>; %n from the memory</numerusform><numerusform>; %n from the memory</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n left as they are (target language or no text)</source>
        <translation>
            <numerusform>; %n left as they are (target language or no text)</numerusform><numerusform>; %n left as they are (target language or no text)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Machine translation finished: %n segment(s) filled</source>
        <translation>
            <numerusform>Machine translation finished: %n segment filled</numerusform><numerusform>Machine translation finished: %n segments filled</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Machine translation cancelled: %n segment(s) filled</source>
        <translation>
            <numerusform>Machine translation cancelled: %n segment filled</numerusform><numerusform>Machine translation cancelled: %n segments filled</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform><numerusform>%n segments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n MT draft(s)</source>
        <translation>
            <numerusform>%n MT draft</numerusform><numerusform>%n MT drafts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmed</numerusform><numerusform>%n confirmed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) no translation</source>
        <translation>
            <numerusform>%n needs no translation</numerusform><numerusform>%n need no translation</numerusform></translation>
    </message>
</context>
</TS>