<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SetPage</name>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop now? The %n reps done are saved. Esc: stop · Space: keep going</source>
        <translation>
            <numerusform>Stop now? The rep done is saved. Esc: stop · Space: keep going</numerusform>
            <numerusform>Stop now? The %n reps done are saved. Esc: stop · Space: keep going</numerusform>
        </translation>
    </message>
</context>
</TS>
