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
        <source>Stop and discard %n done reps? Esc: stop · Space: keep going</source>
        <translation>
            <numerusform>Stop and discard the rep you did? Esc: stop · Space: keep going</numerusform>
            <numerusform>Stop and discard %n done reps? Esc: stop · Space: keep going</numerusform>
        </translation>
    </message>
</context>
</TS>
