<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>HeelRaisePage</name>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
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
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n entries could not be read and are not listed; they are kept as they were, in the quarantine part of %1.</source>
        <translation>
            <numerusform>%n entry could not be read and is not listed; it is kept as it was, in the quarantine part of %1.</numerusform>
            <numerusform>%n entries could not be read and are not listed; they are kept as they were, in the quarantine part of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>Go on: %n set(s) left (Space)</source>
        <translation>
            <numerusform>Go on: 1 set left (Space)</numerusform>
            <numerusform>Go on: %n sets left (Space)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowNotices</name>
    <message numerus="yes">
        <source>%n entries in your journal could not be read, so they are not shown. Nothing was deleted: they are kept as they were, in %1.</source>
        <translation>
            <numerusform>%n entry in your journal could not be read, so it is not shown. Nothing was deleted: it is kept as it was, in %1.</numerusform>
            <numerusform>%n entries in your journal could not be read, so they are not shown. Nothing was deleted: they are kept as they were, in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries are not saved yet: the disk refuses them. To keep them, free some space first, then close HeelCoach again. If you close again without freeing space, HeelCoach quits and these entries are lost.</source>
        <translation>
            <numerusform>%n entry is not saved yet: the disk refuses it. To keep it, free some space first, then close HeelCoach again. If you close again without freeing space, HeelCoach quits and this entry is lost.</numerusform>
            <numerusform>%n entries are not saved yet: the disk refuses them. To keep them, free some space first, then close HeelCoach again. If you close again without freeing space, HeelCoach quits and these entries are lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n entries from the copy were added to your journal.</source>
        <translation>
            <numerusform>Merged: %n entry from the copy was added to your journal.</numerusform>
            <numerusform>Merged: %n entries from the copy were added to your journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries were changed both on this computer and on another before they could see each other&apos;s change. Both versions are kept: look in History and delete the one that is wrong.</source>
        <translation>
            <numerusform>%n entry was changed both on this computer and on another before they could see each other&apos;s change. Both versions are kept: look in History and delete the one that is wrong.</numerusform>
            <numerusform>%n entries were changed both on this computer and on another before they could see each other&apos;s change. Both versions are kept: look in History and delete the one that is wrong.</numerusform>
        </translation>
    </message>
</context>
</TS>
