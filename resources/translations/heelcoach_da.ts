<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AudioExport</name>
    <message>
        <source>Save as audio</source>
        <translation>Gem som lydfil</translation>
    </message>
    <message>
        <source>Still saving the last file: a moment.</source>
        <translation>Den forrige fil er ved at blive gemt. Et øjeblik.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Gemmer %1…</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 blev ikke gemt: %2</translation>
    </message>
    <message>
        <source>Saved %1: every cue at its place, to play anywhere.</source>
        <translation>%1 er gemt med alle signaler på deres plads, så du kan afspille den hvor som helst.</translation>
    </message>
</context>
<context>
    <name>BackupChoice</name>
    <message>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Which backup should replace your journal? HeelCoach keeps a copy of it each day, for the last seven days.</source>
        <translation>Hvilken sikkerhedskopi skal erstatte din dagbog? HeelCoach gemmer en kopi af den hver dag og beholder de seneste syv dage.</translation>
    </message>
    <message>
        <source>HeelCoach has kept no daily backup yet: choose a backup file.</source>
        <translation>HeelCoach har endnu ikke gemt nogen daglig sikkerhedskopi: vælg en fil med en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>En anden fil…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
</context>
<context>
    <name>CalendarNames</name>
    <message>
        <source>Mon</source>
        <translation>man</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tir</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lør</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>søn</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Saved: %1/10. Thank you.</source>
        <translation>Gemt: %1/10. Tak.</translation>
    </message>
    <message>
        <source>How much did your heel hurt during your first steps out of bed today? 0-10</source>
        <translation>Hvor ondt gjorde hælen ved de første skridt ud af sengen i morges? 0-10</translation>
    </message>
    <message>
        <source>Good morning: today&apos;s check-in</source>
        <translation>God morgen: dagens morgentjek</translation>
    </message>
    <message>
        <source>Today&apos;s check-in</source>
        <translation>Dagens morgentjek</translation>
    </message>
    <message>
        <source>Worse than usual after the last session</source>
        <translation>Værre end normalt efter sidste træning</translation>
    </message>
    <message>
        <source>Ideally before you get up: stretch the sole of the foot, 30 s, 3 times.</source>
        <translation>Helst inden du står op: stræk svangsenen, 30 sek., 3 gange.</translation>
    </message>
    <message>
        <source>Fascia stretch now</source>
        <translation>Stræk svangsenen nu</translation>
    </message>
    <message>
        <source>Something else is wrong…</source>
        <translation>Er der noget andet galt…</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <source>.</source>
        <comment>decimal separator</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>søndag</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>januar</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>februar</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>marts</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>august</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>september</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>november</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>december</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a short date: the day, the month</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a short date and its year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a weekday</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a date</comment>
        <translation>den %1</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marts</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>august</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <comment>a long date: weekday, day, month, year</comment>
        <translation>%1 den %2. %3 %4</translation>
    </message>
    <message>
        <source>Weeks 1-2: 3 × 12 at body weight</source>
        <translation>Uge 1-2: 3 × 12 med kropsvægt</translation>
    </message>
    <message>
        <source>Weeks 3-4: 4 × 10 with added weight</source>
        <translation>Uge 3-4: 4 × 10 med ekstra vægt</translation>
    </message>
    <message>
        <source>Week 5 on: 5 × 8 with more weight</source>
        <translation>Fra uge 5: 5 × 8 med mere vægt</translation>
    </message>
    <message>
        <source>Weeks 1-2</source>
        <comment>the phase&apos;s name in a sentence</comment>
        <translation>uge 1-2</translation>
    </message>
    <message>
        <source>Weeks 3-4</source>
        <comment>the phase&apos;s name in a sentence</comment>
        <translation>uge 3-4</translation>
    </message>
    <message>
        <source>Week 5 on</source>
        <comment>the phase&apos;s name in a sentence</comment>
        <translation>fra uge 5</translation>
    </message>
    <message>
        <source>sets to failure with %1 kg</source>
        <translation>sæt til udmattelse med %1 kg</translation>
    </message>
    <message>
        <source>sets to failure at body weight</source>
        <translation>sæt til udmattelse med kropsvægt</translation>
    </message>
    <message>
        <source>%1 × %2 with %3 kg</source>
        <translation>%1 × %2 med %3 kg</translation>
    </message>
    <message>
        <source>%1 × %2 at body weight</source>
        <translation>%1 × %2 med kropsvægt</translation>
    </message>
    <message>
        <source>sets to failure</source>
        <translation>sæt til udmattelse</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 kg in the backpack</source>
        <translation>%1 kg i rygsækken</translation>
    </message>
    <message>
        <source>body weight, no backpack</source>
        <translation>kropsvægt, ingen rygsæk</translation>
    </message>
    <message>
        <source>Week %1: past the %2 weeks, keep it going</source>
        <translation>Uge %1: du er forbi de %2 uger – bliv ved</translation>
    </message>
    <message>
        <source>Week %1 of at least %2</source>
        <translation>Uge %1 af mindst %2</translation>
    </message>
    <message>
        <source>Stopped today before the last set: do the rest with Go on.</source>
        <translation>Stoppet i dag før sidste sæt: tag resten med Fortsæt.</translation>
    </message>
    <message>
        <source>Done today. Next session %1.</source>
        <translation>Færdig for i dag. Næste træning %1.</translation>
    </message>
    <message>
        <source>Rest day: next session %1.</source>
        <translation>Hviledag: næste træning %1.</translation>
    </message>
    <message>
        <source>Training day.</source>
        <translation>Træningsdag.</translation>
    </message>
    <message>
        <source>Self-dosed</source>
        <translation>Selvdoseret</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Din plan</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Week 1: the programme starts with your first session</source>
        <translation>Uge 1: programmet starter med din første træning</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Næste træning</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 · today&apos;s set: %2</source>
        <translation>%1 · din egen plan i dag: %2</translation>
    </message>
    <message>
        <source>the sets %1 reached %2/10</source>
        <translation>%1 nåede smerten %2/10 under sættene</translation>
    </message>
    <message>
        <source>the pain after the session %1 was still %2/10</source>
        <translation>efter træningen %1 var smerten stadig %2/10</translation>
    </message>
    <message>
        <source>this morning</source>
        <translation>i morges</translation>
    </message>
    <message>
        <source>%1 you noted the heel was worse than usual after the session</source>
        <translation>%1 noterede du, at hælen var værre end normalt efter træningen</translation>
    </message>
    <message>
        <source>%1 the first steps were %2/10, above your usual %3/10</source>
        <translation>%1 var smerten ved de første skridt %2/10, højere end normalt (%3/10)</translation>
    </message>
    <message>
        <source>%1. Flare-ups close together: back to %2 for now, instead of %3.</source>
        <translation>%1. Flere forværringer tæt på hinanden: indtil videre tilbage til %2 i stedet for %3.</translation>
    </message>
    <message>
        <source>%1: lighter this time, %2 instead of %3.</source>
        <translation>%1. Derfor lettere denne gang: %2 i stedet for %3.</translation>
    </message>
    <message>
        <source>Your first steps were in the red (6/10 or more) on %1 of the last 7 days, and still are</source>
        <translation>De første skridt har været i rød zone (6/10 eller mere) på %1 af de sidste 7 dage, og det er de stadig</translation>
    </message>
    <message>
        <source>One session, then a rest day: the heel recovers in between.</source>
        <translation>Én træning, så en hviledag: hælen skal have tid til at komme sig imellem.</translation>
    </message>
    <message>
        <source>Setbacks are normal: ease off a little and carry on.</source>
        <translation>Tilbagefald er helt normalt: skru lidt ned, og fortsæt.</translation>
    </message>
    <message>
        <source>After two sessions that go well, the programme moves on.</source>
        <translation>Når du har haft to gode træninger, går programmet videre.</translation>
    </message>
    <message>
        <source>The heel flared up after a recent session: the programme waits for two sessions that go well before it moves on.</source>
        <translation>Hælen blev værre efter en af de seneste træninger: programmet venter på to gode træninger, før det går videre.</translation>
    </message>
    <message>
        <source>A new phase is due, but it waits for two sessions that go well.</source>
        <translation>Det er tid til en ny fase, men den venter, til du har haft to gode træninger.</translation>
    </message>
    <message>
        <source>No check-in since the session %1, so how your heel took it is not known yet. Answer the morning check-in; until then, no added weight.</source>
        <translation>Intet morgentjek siden træningen %1, så vi ved endnu ikke, hvordan hælen har taget det. Besvar morgentjekket; indtil da ingen ekstra vægt.</translation>
    </message>
    <message>
        <source>No check-in after the session %1: the programme moves on after two sessions with a check-in after each.</source>
        <translation>Intet morgentjek efter træningen %1: programmet går først videre efter to træninger med et morgentjek efter hver.</translation>
    </message>
    <message>
        <source>The last sessions went well: one more set, %1 sets this time.</source>
        <translation>De seneste træninger gik godt: et sæt mere, %1 sæt denne gang.</translation>
    </message>
    <message>
        <source>%1 days without heel raises: the programme picks up where you left off.</source>
        <translation>%1 dage uden hælløft: programmet fortsætter, hvor du slap.</translation>
    </message>
    <message>
        <source>Your first steps were in the red (6/10 or more) on %1 of the last 7 days: no added weight until they settle.</source>
        <translation>De første skridt har været i rød zone (6/10 eller mere) på %1 af de sidste 7 dage: ingen ekstra vægt, før smerten falder til ro.</translation>
    </message>
    <message>
        <source>This phase adds weight: start with %1 kg in a backpack; the last reps of a set should be hard.</source>
        <translation>I denne fase kommer der vægt på: start med %1 kg i en rygsæk; de sidste gentagelser i hvert sæt skal være hårde.</translation>
    </message>
    <message>
        <source>You could not finish last time: %1 kg this time.</source>
        <translation>Du kunne ikke gennemføre sidste gang, så %1 kg denne gang.</translation>
    </message>
    <message>
        <source>The last sets felt easy: %1 kg this time.</source>
        <translation>De sidste sæt føltes lette, så %1 kg denne gang.</translation>
    </message>
    <message>
        <source>A new phase, a little heavier: %1 kg.</source>
        <translation>Ny fase, lidt tungere: %1 kg.</translation>
    </message>
    <message>
        <source>Self-dosed: as heavy as you can, as long as you manage at least 8 reps; as many sets as you can with 2 min rest, each to failure.</source>
        <translation>Selvdoseret: så tungt du kan, så længe du klarer mindst 8 gentagelser; så mange sæt du kan, hvert til udmattelse, med 2 min. hvil imellem.</translation>
    </message>
    <message>
        <source>Your best set reached %1 reps, fewer than 8: too heavy, so %2 kg this time.</source>
        <translation>Dit bedste sæt var på %1 gentagelser, færre end 8: for tungt, så %2 kg denne gang.</translation>
    </message>
    <message>
        <source>Your best set reached %1 reps, 12 or more: too light, so %2 kg this time.</source>
        <translation>Dit bedste sæt var på %1 gentagelser, 12 eller flere: for let, så %2 kg denne gang.</translation>
    </message>
    <message>
        <source>L</source>
        <comment>the left leg, in a word</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the right leg, in a word</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 gentagelse</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>%1 gentagelser</translation>
    </message>
    <message>
        <source>yesterday morning</source>
        <translation>i går morges</translation>
    </message>
    <message>
        <source>%1 morning</source>
        <translation>%1 morgen</translation>
    </message>
    <message>
        <source>the morning of %1</source>
        <translation>morgenen den %1</translation>
    </message>
    <message>
        <source>Your last two sessions stayed in green or yellow and no morning after was worse.</source>
        <translation>Dine to seneste træninger holdt sig i grøn eller gul zone, og ingen af morgenerne efter var værre.</translation>
    </message>
    <message>
        <source>That set hurt %1/10: in the next sets, press Enter to end the set before the pain goes above 5/10.</source>
        <translation>Sættet gjorde %1/10 ondt: i de næste sæt skal du afslutte sættet med Enter, før smerten kommer over 5/10.</translation>
    </message>
    <message>
        <source>That set hurt %1/10, so the sets to come are lighter: take %2 kg out of the backpack, %3 kg left.</source>
        <translation>Sættet gjorde %1/10 ondt, så de næste sæt bliver lettere: tag %2 kg ud af rygsækken, så der er %3 kg tilbage.</translation>
    </message>
    <message>
        <source>That set hurt %1/10, so the sets to come are lighter: %2 reps instead of %3.</source>
        <translation>Sættet gjorde %1/10 ondt, så de næste sæt bliver lettere: %2 gentagelser i stedet for %3.</translation>
    </message>
    <message>
        <source>Reps per set (pain): %1</source>
        <translation>Gentagelser pr. sæt (smerte): %1</translation>
    </message>
    <message>
        <source>%1 of %2 reps</source>
        <translation>%1 af %2 gentagelser</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>body weight</source>
        <translation>kropsvægt</translation>
    </message>
    <message>
        <source>Highest pain: not rated yet</source>
        <translation>Højeste smerte: ikke angivet endnu</translation>
    </message>
    <message>
        <source>Highest pain %1/10</source>
        <translation>Højeste smerte %1/10</translation>
    </message>
    <message>
        <source>Highest pain %1/10, last time %2/10</source>
        <translation>Højeste smerte %1/10, sidst %2/10</translation>
    </message>
    <message>
        <source>Next session %1</source>
        <translation>Næste træning %1</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <source>Back to the lighter plan (L)</source>
        <translation>Tilbage til den lettere plan (L)</translation>
    </message>
    <message>
        <source>I feel fine: the full session (L)</source>
        <translation>Jeg har det fint: fuld træning (L)</translation>
    </message>
    <message>
        <source>Programme… (Ctrl+G)</source>
        <translation>Program… (Ctrl+G)</translation>
    </message>
    <message>
        <source>Remind me in a week</source>
        <translation>Mind mig om det om en uge</translation>
    </message>
    <message>
        <source>A clinician has seen it</source>
        <translation>En behandler har set på det</translation>
    </message>
</context>
<context>
    <name>CueSound</name>
    <message>
        <source>the cue sounds could not be read (%1)</source>
        <translation>signalerne kunne ikke læses (%1)</translation>
    </message>
</context>
<context>
    <name>CueStream</name>
    <message>
        <source>QtMultimedia could not be loaded (%1)</source>
        <translation>QtMultimedia kunne ikke indlæses (%1)</translation>
    </message>
    <message>
        <source>no sound output device was found</source>
        <translation>der blev ikke fundet nogen lydudgang</translation>
    </message>
    <message>
        <source>%1 cannot play 16-bit mono sound at 48 kHz</source>
        <translation>%1 kan ikke afspille 16-bit mono-lyd ved 48 kHz</translation>
    </message>
    <message>
        <source>the sound output plays nothing</source>
        <translation>lydudgangen spiller ingenting</translation>
    </message>
    <message>
        <source>the sound device stopped (%1)</source>
        <translation>lydenheden stoppede (%1)</translation>
    </message>
</context>
<context>
    <name>DateAxis</name>
    <message>
        <source>%1 %2</source>
        <comment>a day and its month on the axis</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>DiskProblem</name>
    <message>
        <source>the journal is read-only (the notice at the top says why)</source>
        <translation>dagbogen er skrivebeskyttet (beskeden øverst forklarer hvorfor)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <source>you do not have permission for it</source>
        <translation>du har ikke tilladelse til det</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>disken meldte en fejl</translation>
    </message>
    <message>
        <source>a symbolic link is in the way</source>
        <translation>et symbolsk link står i vejen</translation>
    </message>
    <message>
        <source>a folder on the way there does not exist</source>
        <translation>en af mapperne på vejen derhen findes ikke</translation>
    </message>
    <message>
        <source>a file or folder of that name is in the way</source>
        <translation>en fil eller mappe med det navn står i vejen</translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <source>Done (Enter)</source>
        <translation>Færdig (Enter)</translation>
    </message>
    <message>
        <source>%1 · week %2</source>
        <translation>%1 · uge %2</translation>
    </message>
    <message>
        <source>Stretches stopped</source>
        <translation>Strækøvelser stoppet</translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation>Strækøvelser færdige</translation>
    </message>
    <message>
        <source>Warm-up walk</source>
        <translation>Gå dig varm</translation>
    </message>
    <message>
        <source>Walk %1 of %2</source>
        <translation>Gå %1 af %2</translation>
    </message>
    <message>
        <source>Run %1 of %2</source>
        <translation>Løb %1 af %2</translation>
    </message>
    <message>
        <source>%1 · 10-15 times</source>
        <translation>%1 · 10-15 gange</translation>
    </message>
    <message>
        <source>%1 · hold %2 of %3</source>
        <translation>%1 · stræk %2 af %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Næste: %1</translation>
    </message>
    <message>
        <source>Next: %1 %2</source>
        <translation>Næste: %1 %2</translation>
    </message>
    <message>
        <source>Stop now? What you have done is saved. Esc: stop · Space: keep going</source>
        <translation>Vil du stoppe? Det, du har lavet, bliver gemt. Esc: stop · Mellemrum: fortsæt</translation>
    </message>
    <message>
        <source>Enter: done with this foot</source>
        <translation>Enter: færdig med denne fod</translation>
    </message>
</context>
<context>
    <name>ExerciseParts</name>
    <message>
        <source>%1 min run. Keep the heel raises going every other day.</source>
        <translation>%1 min. løb. Fortsæt med hælløftene hver anden dag.</translation>
    </message>
</context>
<context>
    <name>ExerciseRecorder</name>
    <message>
        <source>How much did the heel hurt during the run? 0-10</source>
        <translation>Hvor ondt gjorde hælen under løbet? 0-10</translation>
    </message>
    <message>
        <source>And how does it feel now, after the run? 0-10</source>
        <translation>Og hvor ondt gør den nu, efter løbet? 0-10</translation>
    </message>
</context>
<context>
    <name>ExerciseText</name>
    <message>
        <source>Heel raises</source>
        <translation>Hælløft</translation>
    </message>
    <message>
        <source>Calf stretch against a wall</source>
        <translation>Lægstræk mod væg</translation>
    </message>
    <message>
        <source>Plantar fascia stretch</source>
        <translation>Svangsenestræk</translation>
    </message>
    <message>
        <source>Towel toe curls</source>
        <translation>Tåkrøl med håndklæde</translation>
    </message>
    <message>
        <source>Walk/run</source>
        <translation>Gå/løb</translation>
    </message>
    <message>
        <source>Forefoot on a step, a rolled towel under the toes. Rise 3 s, hold 2 s, lower 3 s until the heel is below the step.</source>
        <translation>Forfoden på et trin og et sammenrullet håndklæde under tæerne. 3 sek. op, hold 2 sek., 3 sek. ned, til hælen er under trinnet.</translation>
    </message>
    <message>
        <source>Hands on the wall, the leg to stretch straight behind you, heel down. Lean in until you feel the calf. Hold 30 s, 3 times each side.</source>
        <translation>Stå med hænderne mod væggen og det ben, du strækker, strakt bagud med hælen i gulvet. Læn dig frem, til du mærker stræk i læggen. Hold 30 sek., 3 gange på hver side.</translation>
    </message>
    <message>
        <source>Sitting, before you get up: pull the toes back towards the shin, by hand or with a towel, until you feel the sole. Hold 30 s, 3 times.</source>
        <translation>Siddende, inden du står op: træk tæerne op mod skinnebenet med hånden eller et håndklæde, til du mærker stræk under foden. Hold 30 sek., 3 gange.</translation>
    </message>
    <message>
        <source>Sitting, a towel flat under one foot: gather it towards you with the toes, 10-15 times, at your own pace, then the other foot. Press Enter when done with each foot.</source>
        <translation>Sid med et håndklæde fladt under den ene fod: saml det ind mod dig med tæerne, 10-15 gange, i dit eget tempo, og gør det derefter med den anden fod. Tryk Enter, når du er færdig med hver fod.</translation>
    </message>
    <message>
        <source>Week %1: a continuous run of %2 min, after a 5 min walk (%3 min in all)</source>
        <translation>Uge %1: 5 min. gang, derefter %2 min. sammenhængende løb (%3 min. i alt)</translation>
    </message>
    <message>
        <source>Week %1: %2 min run / %3 min walk × %4, after a 5 min walk (%5 min in all)</source>
        <translation>Uge %1: 5 min. gang, derefter %2 min. løb / %3 min. gang × %4 (%5 min. i alt)</translation>
    </message>
    <message>
        <source>Walk briskly, then run and walk in turn as the sounds say. Easy pace: you can talk while you run.</source>
        <translation>Gå først rask til, og løb og gå så på skift, når lydene siger til. Roligt tempo: du skal kunne snakke, mens du løber.</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>Not yet: %1. Press Start walk/run again to go anyway.</source>
        <translation>Ikke endnu: %1. Tryk på Start gå/løb igen, hvis du vil løbe alligevel.</translation>
    </message>
    <message>
        <source>You ran yesterday or today: a rest day comes between runs. Press Start walk/run again to go anyway.</source>
        <translation>Du har løbet i går eller i dag, og der skal være en hviledag mellem løbeturene. Tryk på Start gå/løb igen, hvis du vil løbe alligevel.</translation>
    </message>
    <message>
        <source>Not all four are met yet: the guide would keep to the heel raises a little longer. Press Start walk/run again to go anyway.</source>
        <translation>Ikke alle fire kriterier er opfyldt endnu: ifølge guiden bør du holde dig til hælløftene lidt endnu. Tryk på Start gå/løb igen, hvis du vil løbe alligevel.</translation>
    </message>
    <message>
        <source>Stretches and running</source>
        <translation>Stræk og løb</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Tilbage (Esc)</translation>
    </message>
    <message>
        <source>Stretches, alongside the heel raises</source>
        <translation>Stræk som supplement til hælløftene</translation>
    </message>
    <message>
        <source>Weeks 1-3 follow the guide. From week 4 the runs get longer: at most 10% more running each week (the careful end of the guide&apos;s 10-15%; this limit is a rule of thumb, not a proven threshold), and no run more than a third longer than the longest run the week before. Run three times a week with a rest day between runs; a week of the plan lasts at least seven days. After a bad day (red pain, or a worse morning after a run) you go back a week and carry on from there. After more than two weeks without a run you go back a week; after more than four, back to week 1. Keep doing the heel raises every other day alongside.</source>
        <translation>Uge 1-3 følger guiden. Fra uge 4 bliver løbeturene længere: højst 10 % mere løb om ugen (den forsigtige ende af guidens 10-15 %; det er en tommelfingerregel, ikke en bevist grænse), og ingen løbetur bliver mere end en tredjedel længere end den længste løbetur ugen før. Løb tre gange om ugen med en hviledag mellem løbeturene; en uge i planen varer mindst syv dage. Efter en dårlig dag (smerte i rød zone eller en værre morgen efter en løbetur) går du en uge tilbage og fortsætter derfra. Efter mere end to uger uden løb går du en uge tilbage; efter mere end fire uger går du helt tilbage til uge 1. Fortsæt med hælløftene hver anden dag ved siden af.</translation>
    </message>
    <message>
        <source>Start the stretches (about 10 min)</source>
        <translation>Start strækøvelserne (ca. 10 min.)</translation>
    </message>
    <message>
        <source>Only the morning&apos;s fascia stretch</source>
        <translation>Kun morgenens svangsenestræk</translation>
    </message>
    <message>
        <source>Back to running</source>
        <translation>Tilbage til løb</translation>
    </message>
    <message>
        <source>I walk every day without significant pain</source>
        <translation>Jeg går hver dag uden nævneværdige smerter</translation>
    </message>
    <message>
        <source>A single-leg heel raise with acceptable pain: not known yet (no heel-raise session with a pain rating in the last two weeks)</source>
        <translation>Hælløft på ét ben med acceptabel smerte: endnu ukendt (ingen træning med hælløft og smertevurdering de sidste to uger)</translation>
    </message>
    <message>
        <source>Pain stable or falling over 1-2 weeks: first steps averaged %1 the week before and %2 in the last 7 days</source>
        <translation>Smerten stabil eller faldende over 1-2 uger: første skridt i gennemsnit %1 ugen før og %2 de sidste 7 dage</translation>
    </message>
    <message>
        <source>All four are met: you can start running.</source>
        <translation>Alle fire kriterier er opfyldt: du kan begynde at løbe.</translation>
    </message>
    <message>
        <source>When all four are met, start with:</source>
        <translation>Når alle fire kriterier er opfyldt, kan du starte med:</translation>
    </message>
    <message>
        <source>No worse morning after ordinary activity: needs check-ins on 4 of the last 7 days</source>
        <translation>Ingen værre morgen efter almindelig aktivitet: kræver morgentjek på 4 af de sidste 7 dage</translation>
    </message>
    <message>
        <source>Start walk/run</source>
        <translation>Start gå/løb</translation>
    </message>
    <message>
        <source>Save a session as audio…</source>
        <translation>Gem en træning som lydfil…</translation>
    </message>
    <message>
        <source>Daily walking without significant pain (you say)</source>
        <translation>Daglig gang uden nævneværdige smerter (siger du)</translation>
    </message>
    <message>
        <source>A single-leg heel raise with acceptable pain: %1/10 at the last session (%2)</source>
        <translation>Hælløft på ét ben med acceptabel smerte: %1/10 ved sidste træning (%2)</translation>
    </message>
    <message>
        <source>Pain stable or falling over 1-2 weeks: needs check-ins on 4 days of each of the last two weeks</source>
        <translation>Smerten stabil eller faldende over 1-2 uger: kræver morgentjek på 4 dage i hver af de sidste to uger</translation>
    </message>
</context>
<context>
    <name>GuidedSession</name>
    <message>
        <source>Yes, count it</source>
        <translation>Ja, tæl det med</translation>
    </message>
    <message>
        <source>No, I was just trying it out</source>
        <translation>Nej, jeg prøvede det bare af</translation>
    </message>
    <message>
        <source>Count this as today&apos;s session?</source>
        <translation>Skal det tælle som dagens træning?</translation>
    </message>
</context>
<context>
    <name>HeelQuestionsPanel</name>
    <message>
        <source>Before you start: do you have any of these? Tick each one you have.</source>
        <translation>Før du går i gang: har du noget af dette? Sæt kryds ved det, du har.</translation>
    </message>
    <message>
        <source>Something else is wrong? Tick each one you have.</source>
        <translation>Er der noget andet galt? Sæt kryds ved det, du har.</translation>
    </message>
    <message>
        <source>How &amp;long has your heel hurt?</source>
        <translation>Hvor &amp;længe har hælen gjort ondt?</translation>
    </message>
    <message>
        <source>&amp;Which heel?</source>
        <translation>&amp;Hvilken hæl?</translation>
    </message>
    <message>
        <source>Less than 6 weeks</source>
        <translation>Under 6 uger</translation>
    </message>
    <message>
        <source>6 weeks to 3 months</source>
        <translation>6 uger til 3 måneder</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>3 to 12 months</source>
        <translation>3 til 12 måneder</translation>
    </message>
    <message>
        <source>More than a year</source>
        <translation>Mere end et år</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Venstre</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Højre</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Begge</translation>
    </message>
    <message>
        <source>Save the answers</source>
        <translation>Gem svarene</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
</context>
<context>
    <name>HeelRaisePage</name>
    <message>
        <source>Skip rest (N)</source>
        <translation>Spring hvilet over (N)</translation>
    </message>
    <message>
        <source>+30 s (+)</source>
        <translation>+30 sek. (+)</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Sæt %1</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Gentagelse %1</translation>
    </message>
    <message>
        <source>To failure</source>
        <translation>Til udmattelse</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Sæt %1 af %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Gentagelse %1 af %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n gentagelse</numerusform>
            <numerusform>%n gentagelser</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 next</source>
        <translation>Skift side: %1</translation>
    </message>
    <message>
        <source>Well done. Now a rest day: the heel recovers before the next session.</source>
        <translation>Godt gået. Nu en hviledag, så hælen kan komme sig før næste træning.</translation>
    </message>
    <message>
        <source>%1 · Esc: back</source>
        <translation>%1 · Esc: tilbage</translation>
    </message>
    <message>
        <source>Stop now? Esc: stop · Space: keep going</source>
        <translation>Vil du stoppe? Esc: stop · Mellemrum: fortsæt</translation>
    </message>
    <message>
        <source>Enter: that was my last rep · F: that was my last set</source>
        <translation>Enter: det var min sidste gentagelse · F: det var mit sidste sæt</translation>
    </message>
    <message>
        <source>You can do the rest today with Go on · Esc: back</source>
        <translation>Du kan tage resten i dag med Fortsæt · Esc: tilbage</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Næste: %1</translation>
    </message>
    <message>
        <source>Next: set %1 of %2</source>
        <translation>Næste: sæt %1 af %2</translation>
    </message>
    <message>
        <source>Next: %1 %2</source>
        <translation>Næste: %1 %2</translation>
    </message>
    <message>
        <source>1: count it · Esc or 2: just trying it out, save nothing · Space: keep going</source>
        <translation>1: tæl det med · Esc eller 2: jeg prøvede det bare af, gem intet · Mellemrum: fortsæt</translation>
    </message>
    <message numerus="yes">
        <source>Stop now? The %n reps done are saved. Esc: stop · Space: keep going</source>
        <translation>
            <numerusform>Vil du stoppe? Den gentagelse, du har lavet, bliver gemt. Esc: stop · Mellemrum: fortsæt</numerusform>
            <numerusform>Vil du stoppe? De %n gentagelser, du har lavet, bliver gemt. Esc: stop · Mellemrum: fortsæt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeelRaiseRecorder</name>
    <message>
        <source>And how does the heel feel now, after the session? 0-10</source>
        <translation>Og hvor ondt gør hælen nu, efter træningen? 0-10</translation>
    </message>
    <message>
        <source>How much did it hurt during that set (%1)? 0-10</source>
        <translation>Hvor ondt gjorde det under sættet (%1)? 0-10</translation>
    </message>
    <message>
        <source>Could you have done more (%1)?</source>
        <translation>Kunne du have taget flere gentagelser (%1)?</translation>
    </message>
    <message>
        <source>Yes, easily</source>
        <translation>Ja, sagtens</translation>
    </message>
    <message>
        <source>Just right</source>
        <translation>Tilpas</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Kunne ikke gennemføre</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Choose one entry of a day to delete: open the day (→) and pick the set, session or check-in.</source>
        <translation>Du sletter én post ad gangen: fold dagen ud (→), og vælg sættet, træningen eller morgentjekket.</translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Slettet. Med Fortryd (Ctrl+Z) får du den tilbage.</translation>
    </message>
    <message>
        <source>Corrected. Undo (Ctrl+Z) puts the old value back.</source>
        <translation>Rettet. Med Fortryd (Ctrl+Z) får du den gamle værdi tilbage.</translation>
    </message>
    <message>
        <source>The entry is back.</source>
        <translation>Posten er tilbage.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <source>Undone: %1 is %2 again.</source>
        <translation>Fortrudt: %1 er %2 igen.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gemt i %1</translation>
    </message>
    <message>
        <source>Nothing here yet: your sets and check-ins will be listed here as you train.</source>
        <translation>Intet her endnu: dine sæt og morgentjek kommer til at stå her, efterhånden som du træner.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be read and are not listed; they are kept as they were, in the quarantine part of %1.</source>
        <translation>
            <numerusform>%n post kunne ikke læses og vises ikke; den er gemt uændret i karantænedelen af %1.</numerusform>
            <numerusform>%n poster kunne ikke læses og vises ikke; de er gemt uændret i karantænedelen af %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Type a date, year first (2026-03 or 2026-03-14), to go to that day. Enter corrects the chosen entry, Del deletes it, Ctrl+Z undoes.</source>
        <translation>Skriv en dato med året først (2026-03 eller 2026-03-14) for at gå til den dag. Enter retter den valgte post, Del sletter den, Ctrl+Z fortryder.</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Tilbage (Esc)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Slet (Del)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Fortryd (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportér CSV…</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Tag sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Gendan en sikkerhedskopi…</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>HeelCoach is already running with the data folder %1.</source>
        <translation>HeelCoach kører allerede med datamappen %1.</translation>
    </message>
    <message>
        <source>its lock file is a folder or a link</source>
        <translation>låsefilen er en mappe eller et link</translation>
    </message>
    <message>
        <source>HeelCoach cannot use its data folder %1: %2.</source>
        <translation>HeelCoach kan ikke bruge sin datamappe %1: %2.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Gentagelser</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Vægt (kg)</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Smerte (0-10)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>body weight</source>
        <translation>kropsvægt</translation>
    </message>
    <message>
        <source>First steps: %1</source>
        <translation>Første skridt: %1</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grøn</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gul</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rød</translation>
    </message>
    <message>
        <source>Sets: %1</source>
        <translation>Sæt: %1</translation>
    </message>
    <message>
        <source>pain up to %1</source>
        <translation>smerte op til %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Bagefter: %1</translation>
    </message>
    <message>
        <source>Stretch sessions: %1</source>
        <translation>Stræktræninger: %1</translation>
    </message>
    <message>
        <source>Run: %1 min</source>
        <translation>Løb: %1 min.</translation>
    </message>
    <message>
        <source>Morning check-in (first steps)</source>
        <translation>Morgentjek (første skridt)</translation>
    </message>
    <message>
        <source>worse after the session</source>
        <translation>værre efter træningen</translation>
    </message>
    <message>
        <source>Session stopped early (pain after it)</source>
        <translation>Træning stoppet før tid (smerte bagefter)</translation>
    </message>
    <message>
        <source>Session done (pain after it)</source>
        <translation>Træning færdig (smerte bagefter)</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>venstre ben</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>højre ben</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>begge ben</translation>
    </message>
    <message>
        <source>Set, %1</source>
        <translation>Sæt, %1</translation>
    </message>
    <message>
        <source>to failure</source>
        <translation>til udmattelse</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>stoppet før tid</translation>
    </message>
    <message>
        <source>felt easy</source>
        <translation>føltes let</translation>
    </message>
    <message>
        <source>could not finish</source>
        <translation>kunne ikke gennemføre</translation>
    </message>
    <message>
        <source>%1 s each</source>
        <translation>%1 sek. hver</translation>
    </message>
    <message>
        <source>Walk/run, week %1: %2 of %3 min run</source>
        <translation>Gå/løb, uge %1: %2 af %3 min. løb</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>efter: %1</translation>
    </message>
</context>
<context>
    <name>JournalViews</name>
    <message>
        <source>That backup was not restored, and nothing changed: %1</source>
        <translation>Sikkerhedskopien blev ikke gendannet, og intet er ændret: %1</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>filen %1</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>sikkerhedskopien fra %1</translation>
    </message>
    <message>
        <source>Restored %1. Your journal as it was is kept in %2.</source>
        <translation>Gendannet: %1. Din dagbog, som den var før, er gemt i %2.</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Kunne ikke gemme %1</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Learn: heel pain and what helps</source>
        <translation>Viden om hælsmerter, og hvad der hjælper</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Tilbage (Esc)</translation>
    </message>
</context>
<context>
    <name>PainPrompt</name>
    <message>
        <source>%1/10 is green: fine.</source>
        <translation>%1/10 er i grøn zone: fint.</translation>
    </message>
    <message>
        <source>%1/10 is yellow: acceptable, keep an eye on it.</source>
        <translation>%1/10 er i gul zone: acceptabelt, men hold øje med det.</translation>
    </message>
    <message>
        <source>%1/10 is red: too much.</source>
        <translation>%1/10 er i rød zone: for meget.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
    <message>
        <source>Keys 1-%1, or skip.</source>
        <translation>Tast 1-%1, eller spring over.</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst imaginable. Keys 0-9; 1 then 0 for 10.</source>
        <translation>0 = ingen smerte, 10 = værst tænkelige smerte. Tast 0-9; 1 og så 0 for 10.</translation>
    </message>
</context>
<context>
    <name>PhaseText</name>
    <message>
        <source>Get ready</source>
        <translation>Gør dig klar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Hold low</source>
        <translation>Hold nede</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Hvil</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Stræk</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Slip</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Skift side</translation>
    </message>
    <message>
        <source>Curl</source>
        <translation>Saml</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Løb</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Gå</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Venstre ben</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Højre ben</translation>
    </message>
    <message>
        <source>Left leg only</source>
        <translation>Kun venstre ben</translation>
    </message>
    <message>
        <source>Right leg only</source>
        <translation>Kun højre ben</translation>
    </message>
    <message>
        <source>Both legs (left, then right)</source>
        <translation>Begge ben (først venstre, så højre)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 sek.</translation>
    </message>
</context>
<context>
    <name>PlanDetails</name>
    <message>
        <source>S&amp;ets</source>
        <translation>S&amp;æt</translation>
    </message>
    <message>
        <source>&amp;Reps per set</source>
        <translation>&amp;Gentagelser pr. sæt</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Op</translation>
    </message>
    <message>
        <source>&amp;Hold at the top</source>
        <translation>&amp;Hold i toppen</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Ned</translation>
    </message>
    <message>
        <source>Hold at the botto&amp;m</source>
        <translation>Hold i b&amp;unden</translation>
    </message>
    <message>
        <source>Rest &amp;between sets</source>
        <translation>H&amp;vil mellem sæt</translation>
    </message>
    <message>
        <source>Get-ready &amp;count-in</source>
        <translation>Nedtælling &amp;før start</translation>
    </message>
    <message>
        <source>Added &amp;weight (backpack)</source>
        <translation>&amp;Ekstra vægt (rygsæk)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> sek.</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
</context>
<context>
    <name>ProgramMenu</name>
    <message>
        <source>&amp;Repeat this week</source>
        <translation>&amp;Gentag denne uge</translation>
    </message>
    <message>
        <source>Two ways to train</source>
        <translation>To måder at træne på</translation>
    </message>
    <message>
        <source>Programme: s&amp;tep by step (recommended)</source>
        <translation>Program: trin for trin (&amp;anbefalet)</translation>
    </message>
    <message>
        <source>Go &amp;back to the previous phase</source>
        <translation>Gå tilbage til forrige &amp;fase</translation>
    </message>
    <message>
        <source>M&amp;ove on to the next phase</source>
        <translation>Gå videre til &amp;næste fase</translation>
    </message>
    <message>
        <source>Choose the &amp;start date…</source>
        <translation>Vælg &amp;startdato…</translation>
    </message>
    <message>
        <source>Programme: as &amp;heavy as you can each time</source>
        <translation>Program: så &amp;tungt som muligt hver gang</translation>
    </message>
    <message>
        <source>&amp;Why these two programmes?</source>
        <translation>Hv&amp;orfor to programmer?</translation>
    </message>
    <message>
        <source>Start the programme &amp;again from week 1…</source>
        <translation>Start programmet igen fra &amp;uge 1…</translation>
    </message>
    <message>
        <source>&amp;Painful heel</source>
        <translation>Smertende &amp;hæl</translation>
    </message>
    <message>
        <source>Re&amp;minders…</source>
        <translation>&amp;Påmindelser…</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Venstre</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;Højre</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>&amp;Begge</translation>
    </message>
    <message>
        <source>&amp;Not given</source>
        <translation>&amp;Ikke angivet</translation>
    </message>
    <message>
        <source>Step by step: the sets, reps and backpack weight rise on a fixed plan, week by week. This is the programme tested in the trial behind the guide (Rathleff and colleagues, 2015), and HeelCoach&apos;s choice unless you pick the other.

As heavy as you can each time: as many sets as you can, each one until you cannot do one more good rep, with a weight you choose that still allows 8. A later trial (Riel and colleagues, 2019) found it worked as well. Press Enter after your last rep.</source>
        <translation>Trin for trin: antallet af sæt og gentagelser og vægten i rygsækken øges efter en fast plan, uge for uge. Det er programmet, der blev afprøvet i forsøget bag guiden (Rathleff og kolleger, 2015), og det, HeelCoach bruger, medmindre du vælger det andet.

Så tungt som muligt hver gang: så mange sæt, du kan, og hvert sæt, til du ikke kan lave én god gentagelse mere. Vægten vælger du selv, men du skal stadig kunne lave 8 gentagelser med den. Et senere forsøg (Riel og kolleger, 2019) fandt, at det virkede lige så godt. Tryk Enter efter din sidste gentagelse.</translation>
    </message>
    <message>
        <source>The programme&apos;s weeks will count from today, and Today will show week 1&apos;s sets. Your journal keeps everything you have recorded.</source>
        <translation>Programmets uger tælles fra i dag, og forsiden viser sættene for uge 1. Din dagbog beholder alt, hvad du har registreret.</translation>
    </message>
    <message>
        <source>Start again from week 1?</source>
        <translation>Vil du starte igen fra uge 1?</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>First steps in the morning</source>
        <translation>Første skridt om morgenen</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Efter træningen</translation>
    </message>
    <message>
        <source>During a run</source>
        <translation>Under løb</translation>
    </message>
    <message>
        <source>After a run</source>
        <translation>Efter løb</translation>
    </message>
    <message>
        <source>Sessions in the week</source>
        <translation>Træninger i ugen</translation>
    </message>
    <message>
        <source>Minutes run in the week</source>
        <translation>Løbeminutter i ugen</translation>
    </message>
    <message>
        <source>Stretch sessions in the week</source>
        <translation>Stræktræninger i ugen</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>Gennemsnit over 7 dage</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Venstre ben</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Højre ben</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Begge ben</translation>
    </message>
    <message>
        <source>During the sets, %1</source>
        <translation>Under sættene, %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 uger</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 måneder</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Tilbage (Esc)</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Gem grafen som PNG…</translation>
    </message>
    <message>
        <source>Report for your physiotherapist (PDF)…</source>
        <translation>Rapport til din fysioterapeut (PDF)…</translation>
    </message>
    <message>
        <source>Nothing to show yet. After your first sets and morning check-ins, this is where you see whether the pain eases as the load goes up.</source>
        <translation>Intet at vise endnu. Når du har lavet de første sæt og morgentjek, kan du her følge, om smerten aftager, mens belastningen øges.</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Smerte (0-10)</translation>
    </message>
    <message>
        <source>Added weight (kg)</source>
        <translation>Ekstra vægt (kg)</translation>
    </message>
    <message>
        <source>Work per session: reps × added kg (reps alone at body weight)</source>
        <translation>Arbejde pr. træning: gentagelser × ekstra kg (kun gentagelser ved kropsvægt)</translation>
    </message>
    <message>
        <source>Sessions per week (plan: every other day)</source>
        <translation>Træninger pr. uge (plan: hver anden dag)</translation>
    </message>
    <message>
        <source>Minutes run per week (walk/run)</source>
        <translation>Løbeminutter pr. uge (gå/løb)</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>HeelCoach training report</source>
        <translation>HeelCoach-træningsrapport</translation>
    </message>
    <message>
        <source>HeelCoach: heavy slow heel raises</source>
        <translation>HeelCoach: tunge, langsomme hælløft</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Back to running: the four criteria today</source>
        <translation>Tilbage til løb: de fire kriterier i dag</translation>
    </message>
    <message>
        <source>Flare-ups (the next-day rule)</source>
        <translation>Forværringer (reglen om næste morgen)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>first-step pain stayed at %1</source>
        <translation>smerten ved de første skridt lå stabilt på %1</translation>
    </message>
    <message>
        <source>first-step pain about the same (from %1 to %2)</source>
        <translation>smerten ved de første skridt var omtrent den samme (fra %1 til %2)</translation>
    </message>
    <message>
        <source>first-step pain eased from %1 to %2</source>
        <translation>smerten ved de første skridt faldt fra %1 til %2</translation>
    </message>
    <message>
        <source>first-step pain rose from %1 to %2</source>
        <translation>smerten ved de første skridt steg fra %1 til %2</translation>
    </message>
    <message>
        <source>over a week</source>
        <translation>på en uge</translation>
    </message>
    <message>
        <source>over %1 weeks</source>
        <translation>på %1 uger</translation>
    </message>
    <message>
        <source>at body weight throughout</source>
        <translation>kun kropsvægt i hele perioden</translation>
    </message>
    <message>
        <source>added weight stayed at %1 kg</source>
        <translation>den ekstra vægt lå fast på %1 kg</translation>
    </message>
    <message>
        <source>added weight went from %1 to %2 kg</source>
        <translation>den ekstra vægt gik fra %1 til %2 kg</translation>
    </message>
    <message>
        <source>%1% of the planned sessions</source>
        <translation>%1 % af de planlagte træninger</translation>
    </message>
    <message>
        <source>%1 min run</source>
        <translation>%1 min. løb</translation>
    </message>
    <message>
        <source>%1 stretch sessions</source>
        <translation>%1 stræktræninger</translation>
    </message>
    <message>
        <source>In this period: %1.</source>
        <translation>I perioden: %1.</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>HeelCoach: heel raises today</source>
        <translation>HeelCoach: hælløft i dag</translation>
    </message>
    <message>
        <source>HeelCoach: how were your first steps?</source>
        <translation>HeelCoach: hvordan var de første skridt?</translation>
    </message>
    <message>
        <source>How much did your heel hurt during your first steps out of bed today? 0-10</source>
        <translation>Hvor ondt gjorde hælen ved de første skridt ud af sengen i morges? 0-10</translation>
    </message>
    <message>
        <source>Open HeelCoach to answer.</source>
        <translation>Åbn HeelCoach for at svare.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>this computer does not run systemd, which the reminders need</source>
        <translation>denne computer kører ikke systemd, som påmindelserne kræver</translation>
    </message>
    <message>
        <source>your desktop&apos;s background service (systemd), which reminders need, did not answer; try again in a moment</source>
        <translation>skrivebordets baggrundstjeneste (systemd), som påmindelserne har brug for, svarede ikke; prøv igen om lidt</translation>
    </message>
    <message>
        <source>your desktop&apos;s background service (systemd), which reminders need, is not running in this session</source>
        <translation>skrivebordets baggrundstjeneste (systemd), som påmindelserne har brug for, kører ikke i denne session</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Påmindelser</translation>
    </message>
    <message>
        <source>Remind me on &amp;training days, at</source>
        <translation>Påmindelse på &amp;træningsdage kl.</translation>
    </message>
    <message>
        <source>Remind me of the morning &amp;check-in, at</source>
        <translation>Påmindelse om &amp;morgentjekket kl.</translation>
    </message>
    <message>
        <source>A desktop notification says what today holds, even when HeelCoach is closed. Nothing is shown on rest days, or once the day&apos;s session (or check-in) is done.</source>
        <translation>En besked på skrivebordet fortæller, hvad dagen byder på – også når HeelCoach er lukket. Der kommer ingen besked på hviledage, eller når dagens træning (eller morgentjek) er klaret.</translation>
    </message>
    <message>
        <source>The reminders could not be set up: %1</source>
        <translation>Påmindelserne kunne ikke sættes op: %1</translation>
    </message>
</context>
<context>
    <name>ReportSection</name>
    <message>
        <source>left</source>
        <translation>venstre</translation>
    </message>
    <message>
        <source>right</source>
        <translation>højre</translation>
    </message>
    <message>
        <source>both</source>
        <translation>begge</translation>
    </message>
    <message>
        <source>less than 6 weeks</source>
        <translation>under 6 uger</translation>
    </message>
    <message>
        <source>6 weeks to 3 months</source>
        <translation>6 uger til 3 måneder</translation>
    </message>
    <message>
        <source>3 to 12 months</source>
        <translation>3 til 12 måneder</translation>
    </message>
    <message>
        <source>more than a year</source>
        <translation>mere end et år</translation>
    </message>
    <message>
        <source>sets at %1/10</source>
        <translation>sæt på %1/10</translation>
    </message>
    <message>
        <source>%1/10 after the session</source>
        <translation>%1/10 efter træningen</translation>
    </message>
    <message>
        <source>a morning worse than usual</source>
        <translation>en morgen værre end normalt</translation>
    </message>
    <message>
        <source>first steps %1 (usual %2)</source>
        <translation>første skridt %1 (normalt %2)</translation>
    </message>
    <message>
        <source>Heel pain for %1 (said on %2).</source>
        <translation>Hælsmerter i %1 (oplyst den %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Red flags asked on %1: %2.</source>
        <translation>Spurgt til røde flag den %1: %2.</translation>
    </message>
    <message>
        <source>A clinician has seen them (said on %1).</source>
        <translation>En behandler har set på dem (oplyst den %1).</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Uge for uge</translation>
    </message>
    <message>
        <source>Left: highest pain</source>
        <translation>Venstre: højeste smerte</translation>
    </message>
    <message>
        <source>Left: kg</source>
        <translation>Venstre: kg</translation>
    </message>
    <message>
        <source>Right: highest pain</source>
        <translation>Højre: højeste smerte</translation>
    </message>
    <message>
        <source>Right: kg</source>
        <translation>Højre: kg</translation>
    </message>
    <message>
        <source>Each leg: the highest pain of its sets, the heaviest load</source>
        <translation>Hvert ben: højeste smerte i sættene, tungeste belastning</translation>
    </message>
    <message>
        <source>see a clinician first</source>
        <translation>kontakt først en behandler</translation>
    </message>
    <message>
        <source>seek help</source>
        <translation>søg hjælp</translation>
    </message>
    <message>
        <source>ease off</source>
        <translation>skru ned</translation>
    </message>
    <message>
        <source>keep the plan</source>
        <translation>hold planen</translation>
    </message>
    <message>
        <source>go on</source>
        <translation>fortsæt</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: the full session</source>
        <translation>nej: hele træningen</translation>
    </message>
    <message>
        <source>own plan</source>
        <translation>egen plan</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Træning</translation>
    </message>
    <message>
        <source>The coach said</source>
        <translation>Appens råd</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>As advised</source>
        <translation>Som anbefalet</translation>
    </message>
    <message>
        <source>The coach&apos;s verdicts</source>
        <translation>Appens vurderinger</translation>
    </message>
    <message>
        <source>Walk/run</source>
        <translation>Gå/løb</translation>
    </message>
    <message>
        <source>Min run / planned</source>
        <translation>Min. løb / planlagt</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Smerte under</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Smerte efter</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>The walk/run log</source>
        <translation>Gå/løb-log</translation>
    </message>
    <message>
        <source>%1 heel-raise sessions in %2 weeks.</source>
        <translation>%1 træninger med hælløft på %2 uger.</translation>
    </message>
    <message>
        <source>First steps (mean of the week): %1 in week %2, %3 in week %4. %5</source>
        <translation>Første skridt (ugens gennemsnit): %1 i uge %2, %3 i uge %4. %5</translation>
    </message>
    <message>
        <source>no training advice until a clinician has seen the runner</source>
        <translation>ingen træningsråd, før en behandler har set løberen</translation>
    </message>
    <message>
        <source>self-dosed, each set to failure</source>
        <translation>selvdoseret, hvert sæt til udmattelse</translation>
    </message>
    <message>
        <source>Current prescription (programme week %1): %2; %3, tempo %4 s up-hold-down, every other day; legs: %5.</source>
        <translation>Nuværende dosering (programuge %1): %2; %3, tempo %4 sek. op-hold-ned, hver anden dag; ben: %5.</translation>
    </message>
    <message>
        <source>Programme started %1.</source>
        <translation>Programmet startede den %1.</translation>
    </message>
    <message>
        <source>Painful heel: %1.</source>
        <translation>Smertende hæl: %1.</translation>
    </message>
    <message>
        <source>The coach today: %1.</source>
        <translation>Appens råd i dag: %1.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>Advised to see a clinician; reminder postponed on %1.</source>
        <translation>Rådet til at kontakte en behandler; påmindelsen blev udskudt den %1.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Første skridt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Træninger</translation>
    </message>
    <message>
        <source>Reps / target</source>
        <translation>Gentagelser / mål</translation>
    </message>
    <message>
        <source>Highest pain</source>
        <translation>Højeste smerte</translation>
    </message>
    <message>
        <source>Worse mornings</source>
        <translation>Værre morgener</translation>
    </message>
    <message>
        <source>Stopped sets</source>
        <translation>Stoppede sæt</translation>
    </message>
</context>
<context>
    <name>RestoreQuestion</name>
    <message>
        <source>nothing recorded</source>
        <translation>intet registreret</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>Heel-raise sets</source>
        <translation>Sæt med hælløft</translation>
    </message>
    <message>
        <source>Heel-raise sessions</source>
        <translation>Træninger med hælløft</translation>
    </message>
    <message>
        <source>Morning check-ins</source>
        <translation>Morgentjek</translation>
    </message>
    <message>
        <source>Walk/runs</source>
        <translation>Gå/løb-træninger</translation>
    </message>
    <message>
        <source>Stretch sessions</source>
        <translation>Stræktræninger</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>The backup</source>
        <translation>Sikkerhedskopien</translation>
    </message>
    <message>
        <source>Your journal now</source>
        <translation>Din dagbog nu</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Replace your journal with %1?</source>
        <translation>Vil du erstatte din dagbog med %1?</translation>
    </message>
    <message>
        <source>Everything in your journal now is replaced. A copy of it as it is now is kept in the backups folder first.</source>
        <translation>Alt, hvad din dagbog indeholder nu, bliver erstattet. Først gemmes en kopi af den, som den er nu, i mappen backups.</translation>
    </message>
    <message>
        <source>&amp;Replace my journal</source>
        <translation>&amp;Erstat min dagbog</translation>
    </message>
</context>
<context>
    <name>Running</name>
    <message>
        <source>Daily walking without significant pain: you said so on %1; is it still so?</source>
        <translation>Daglig gang uden nævneværdige smerter: det svarede du den %1; gælder det stadig?</translation>
    </message>
    <message>
        <source>No worse morning after ordinary activity: 1 worse morning in the last 7 days</source>
        <translation>Ingen værre morgen efter almindelig aktivitet: 1 værre morgen de sidste 7 dage</translation>
    </message>
    <message>
        <source>No worse morning after ordinary activity: %1 worse mornings in the last 7 days</source>
        <translation>Ingen værre morgen efter almindelig aktivitet: %1 værre morgener de sidste 7 dage</translation>
    </message>
    <message>
        <source>not until a physiotherapist or doctor has seen you</source>
        <translation>først når en fysioterapeut eller læge har set dig</translation>
    </message>
    <message>
        <source>not while the heel raises are on the lighter plan</source>
        <translation>først når hælløftene ikke længere er på den lettere plan</translation>
    </message>
    <message>
        <source>not while your first steps have been in the red in the last 7 days</source>
        <translation>først når de første skridt ikke har været i rød zone i 7 dage</translation>
    </message>
    <message>
        <source>Not yet: %1.</source>
        <translation>Ikke endnu: %1.</translation>
    </message>
    <message>
        <source>A rest day from running today: the next walk/run is:</source>
        <translation>Hviledag fra løb i dag. Næste gå/løb:</translation>
    </message>
    <message>
        <source>Walk/run today:</source>
        <translation>Gå/løb i dag:</translation>
    </message>
    <message>
        <source>All four criteria for running again are met: walk/run can begin.</source>
        <translation>Alle fire kriterier for at løbe igen er opfyldt: du kan begynde på gå/løb.</translation>
    </message>
    <message>
        <source>Walk/run: not today, %1.</source>
        <translation>Gå/løb: ikke i dag, %1.</translation>
    </message>
    <message>
        <source>Walk/run: a rest day from running today; next: %1</source>
        <translation>Gå/løb: hviledag fra løb i dag; næste gang: %1</translation>
    </message>
    <message>
        <source>Walk/run today, alongside the heel raises. %1</source>
        <translation>Gå/løb i dag ud over hælløftene. %1</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>A set is running: the screen stays on</source>
        <translation>Et sæt er i gang: skærmen slukker ikke</translation>
    </message>
</context>
<context>
    <name>SessionNote</name>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>A note on this session:</source>
        <translation>En note om denne træning:</translation>
    </message>
    <message>
        <source>optional, e.g. new shoes, stiff left heel</source>
        <translation>valgfri, fx nye sko, stiv venstre hæl</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Stop (Esc)</source>
        <translation>Stop (Esc)</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Fuld skærm (F11)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (mellemrum)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Fortsæt (mellemrum)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Tilbage (Esc)</translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation>❚❚ Sat på pause</translation>
    </message>
    <message>
        <source>Next: finished</source>
        <translation>Næste: færdig</translation>
    </message>
    <message>
        <source>■ Stopped after %1</source>
        <translation>■ Stoppet efter %1</translation>
    </message>
    <message>
        <source>✔ Done!</source>
        <translation>✔ Færdig!</translation>
    </message>
    <message>
        <source>Press Esc to go back</source>
        <translation>Tryk Esc for at gå tilbage</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>Paused: the computer stalled for %1 s. Space resumes.</source>
        <translation>Sat på pause: computeren hang i %1 sek. Tryk mellemrum for at fortsætte.</translation>
    </message>
    <message>
        <source>Paused. Space resumes.</source>
        <translation>Sat på pause. Tryk mellemrum for at fortsætte.</translation>
    </message>
    <message>
        <source>Sound is off: %1. Follow the screen.</source>
        <translation>Ingen lyd: %1. Følg med på skærmen.</translation>
    </message>
    <message>
        <source>Muted. M turns the sound back on.</source>
        <translation>Lyden er slået fra. Tryk M for at slå den til igen.</translation>
    </message>
</context>
<context>
    <name>SoundPanel</name>
    <message>
        <source>Spoken cues are not available: %1. The beeps still play.</source>
        <translation>Stemmen er ikke tilgængelig: %1. Bippene lyder stadig.</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Lydstyrke</translation>
    </message>
    <message>
        <source>&amp;Mute (M)</source>
        <translation>Lyd &amp;af (M)</translation>
    </message>
    <message>
        <source>&amp;Tick every second inside a phase</source>
        <translation>T&amp;ik hvert sekund i en fase</translation>
    </message>
    <message>
        <source>Spea&amp;k the cues (Up, Hold, Down, the rep)</source>
        <translation>Sig signalerne &amp;med stemme (Op, Hold, Ned, gentagelsens nummer)</translation>
    </message>
    <message>
        <source>Test s&amp;ound</source>
        <translation>Afprøv l&amp;yd</translation>
    </message>
</context>
<context>
    <name>SpokenCues</name>
    <message>
        <source>Up, %1</source>
        <translation>Op, %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Stretch, %1</source>
        <translation>Stræk, %1</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Slip</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Skift side</translation>
    </message>
    <message>
        <source>Curl the towel in, at your own pace</source>
        <translation>Saml håndklædet ind med tæerne, i dit eget tempo</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Løb</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Gå</translation>
    </message>
    <message>
        <source>Ten seconds</source>
        <translation>Ti sekunder</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halvvejs</translation>
    </message>
    <message>
        <source>Set done</source>
        <translation>Sættet er færdigt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Well done, that was the last set</source>
        <translation>Godt gået, det var sidste sæt</translation>
    </message>
    <message>
        <source>Well done, that is all for today</source>
        <translation>Godt gået, det var alt for i dag</translation>
    </message>
    <message>
        <source>speech could not be loaded (%1)</source>
        <translation>tale kunne ikke indlæses (%1)</translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <translation>der er ingen talemotor installeret</translation>
    </message>
    <message>
        <source>the speech engine did not start (%1)</source>
        <translation>talemotoren startede ikke (%1)</translation>
    </message>
</context>
<context>
    <name>StartDateDialog</name>
    <message>
        <source>Programme start</source>
        <translation>Programstart</translation>
    </message>
    <message>
        <source>The programme counts its weeks from this day:</source>
        <translation>Programmets uger tælles fra denne dag:</translation>
    </message>
</context>
<context>
    <name>TodayCoach</name>
    <message>
        <source>First, the questions about your heel above: answer them or press Not now. Press Start again to train anyway.</source>
        <translation>Besvar først spørgsmålene om din hæl ovenfor, eller tryk på Ikke nu. Tryk på Start igen, hvis du vil træne alligevel.</translation>
    </message>
    <message>
        <source>Your answers call for a clinician before training. Press Start again to train anyway.</source>
        <translation>Ud fra dine svar bør en behandler se på det, før du træner. Tryk på Start igen, hvis du vil træne alligevel.</translation>
    </message>
    <message>
        <source>You trained today already. The heel recovers between sessions: press Start again to train anyway.</source>
        <translation>Du har allerede trænet i dag, og hælen skal have tid til at komme sig mellem træningerne. Tryk på Start igen, hvis du vil træne alligevel.</translation>
    </message>
    <message>
        <source>Today is a rest day: the heel recovers between sessions. Press Start again to train anyway.</source>
        <translation>I dag er en hviledag: hælen skal have tid til at komme sig mellem træningerne. Tryk på Start igen, hvis du vil træne alligevel.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>.</source>
        <comment>decimal separator</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>Sets to failure, tempo %1 s (up-hold-down), %2 rest between sets. Press Enter after your last rep to end a set, and F after your last set to end the session.</source>
        <translation>Sæt til udmattelse, tempo %1 sek. (op-hold-ned), %2 hvil mellem sættene. Tryk Enter efter sidste gentagelse for at afslutte et sæt, og F efter sidste sæt for at afslutte træningen.</translation>
    </message>
    <message>
        <source>1 set × %1 reps, tempo %2 s (up-hold-down). The session takes %3.</source>
        <translation>1 sæt × %1 gentagelser, tempo %2 sek. (op-hold-ned). Træningen tager %3.</translation>
    </message>
    <message>
        <source>%1 sets × %2 reps, tempo %3 s (up-hold-down), %4 rest between sets. The session takes %5.</source>
        <translation>%1 sæt × %2 gentagelser, tempo %3 sek. (op-hold-ned), %4 hvil mellem sættene. Træningen tager %5.</translation>
    </message>
    <message>
        <source>Added weight: %1 kg.</source>
        <translation>Ekstra vægt: %1 kg.</translation>
    </message>
    <message>
        <source>Body weight.</source>
        <translation>Kropsvægt.</translation>
    </message>
    <message>
        <source>Today&apos;s heel raises</source>
        <translation>Dagens hælløft</translation>
    </message>
    <message>
        <source>Change sets, reps and tempo</source>
        <translation>Tilpas sæt, gentagelser og tempo</translation>
    </message>
    <message>
        <source>Sound: volume, ticks, voice</source>
        <translation>Lyd: lydstyrke, tik, stemme</translation>
    </message>
    <message>
        <source>Stretches &amp;&amp; running (Ctrl+R)</source>
        <translation>Stræk &amp;&amp; løb (Ctrl+R)</translation>
    </message>
    <message numerus="yes">
        <source>Go on: %n set(s) left (Space)</source>
        <translation>
            <numerusform>Fortsæt: 1 sæt tilbage (mellemrum)</numerusform>
            <numerusform>Fortsæt: %n sæt tilbage (mellemrum)</numerusform>
        </translation>
    </message>
    <message>
        <source>• Forefoot on a step, heel free, a rolled towel under the toes.
• Up in 3 s, hold 2 s, down in 3 s to below the step. No rest between reps.
• Every other day, for at least 12 weeks.
• Pain up to 5/10 is fine if the next morning is no worse.
• Listen for the cues; keep your eyes on your feet.</source>
        <translation>• Forfoden på et trin, hælen fri og et sammenrullet håndklæde under tæerne.
• 3 sek. op, hold 2 sek., 3 sek. ned til under trinnet. Intet hvil mellem gentagelserne.
• Hver anden dag i mindst 12 uger.
• Smerte op til 5/10 er i orden, hvis næste morgen ikke er værre.
• Lyt efter signalerne, og hold øjnene på fødderne.</translation>
    </message>
    <message>
        <source>&amp;Legs</source>
        <translation>&amp;Ben</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>History (Ctrl+H)</source>
        <translation>Historik (Ctrl+H)</translation>
    </message>
    <message>
        <source>Progress (Ctrl+P)</source>
        <translation>Fremskridt (Ctrl+P)</translation>
    </message>
    <message>
        <source>Learn (F1)</source>
        <translation>Viden (F1)</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Start (mellemrum)</translation>
    </message>
    <message>
        <source>How to do a heavy slow heel raise</source>
        <translation>Sådan laver du et tungt, langsomt hælløft</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>See a physiotherapist or doctor before you train</source>
        <translation>Kontakt en fysioterapeut eller læge, før du træner</translation>
    </message>
    <message>
        <source>Time to see a physiotherapist or doctor</source>
        <translation>Tid til at kontakte en fysioterapeut eller læge</translation>
    </message>
    <message>
        <source>Ease off today</source>
        <translation>Skru ned i dag</translation>
    </message>
    <message>
        <source>Ease off next time</source>
        <translation>Skru ned næste gang</translation>
    </message>
    <message>
        <source>Keep the plan as it is</source>
        <translation>Hold fast i planen</translation>
    </message>
    <message>
        <source>Go on as planned</source>
        <translation>Fortsæt som planlagt</translation>
    </message>
    <message>
        <source>Start the programme</source>
        <translation>Start programmet</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <comment>the last two of a list: &apos;a, b, and c&apos;</comment>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>You said you have %1. That needs a clinician&apos;s look, not a programme: HeelCoach gives no training advice until one has seen you. Once they have, say so in HeelCoach.</source>
        <translation>Du har svaret, at du har %1. Det skal en behandler se på – det klarer et program ikke. HeelCoach giver ingen træningsråd, før en behandler har set dig. Når det er sket, kan du markere det i HeelCoach.</translation>
    </message>
    <message>
        <source>after %1 weeks of training your first-step pain has not fallen (average %2 over the last 7 days, %3 in your first check-ins)</source>
        <translation>efter %1 ugers træning er smerten ved de første skridt ikke faldet (gennemsnit %2 de sidste 7 dage, %3 ved dine første morgentjek)</translation>
    </message>
    <message>
        <source>numbness or tingling</source>
        <translation>følelsesløshed eller prikken</translation>
    </message>
    <message>
        <source>burning or electric-shock pain</source>
        <translation>brændende smerter eller smerter som elektriske stød</translation>
    </message>
    <message>
        <source>pain at rest or at night</source>
        <translation>smerter i hvile eller om natten</translation>
    </message>
    <message>
        <source>swelling or redness</source>
        <translation>hævelse eller rødme</translation>
    </message>
    <message>
        <source>pain after a fall or an injury</source>
        <translation>smerter efter et fald eller en skade</translation>
    </message>
    <message>
        <source>fever</source>
        <translation>feber</translation>
    </message>
    <message>
        <source>your first steps were in the red on %1 of the last 14 days</source>
        <translation>de første skridt var i rød zone på %1 af de sidste 14 dage</translation>
    </message>
    <message>
        <source>%1 flare-ups in four weeks: the right load is hard to find</source>
        <translation>%1 forværringer på fire uger: den rigtige belastning er svær at ramme</translation>
    </message>
    <message>
        <source>Meanwhile, keep to %1 and add no weight.</source>
        <translation>I mellemtiden: hold dig til %1, og øg ikke vægten.</translation>
    </message>
    <message>
        <source>%1: no training advice until a clinician has seen you</source>
        <translation>%1: ingen træningsråd, før en behandler har set dig</translation>
    </message>
    <message>
        <source>the full session, your choice</source>
        <translation>hele træningen, dit valg</translation>
    </message>
    <message>
        <source>lighter</source>
        <translation>lettere</translation>
    </message>
</context>
<context>
    <name>WindowExercises</name>
    <message>
        <source>%1, week %2</source>
        <translation>%1, uge %2</translation>
    </message>
    <message>
        <source>Today&apos;s %1</source>
        <translation>Dagens %1</translation>
    </message>
    <message>
        <source>The stretches</source>
        <translation>Strækøvelserne</translation>
    </message>
</context>
<context>
    <name>WindowJournal</name>
    <message>
        <source>Not recorded: the journal could not be opened (see the top).</source>
        <translation>Ikke gemt: dagbogen kunne ikke åbnes (se øverst).</translation>
    </message>
    <message>
        <source>Not recorded: the journal is read-only (see the top).</source>
        <translation>Ikke gemt: dagbogen er skrivebeskyttet (se øverst).</translation>
    </message>
    <message>
        <source>Not saved yet: the disk refused it. Kept until it can be saved.</source>
        <translation>Ikke gemt endnu: disken afviste det. Det bliver bevaret, indtil det kan gemmes.</translation>
    </message>
</context>
<context>
    <name>WindowNotices</name>
    <message>
        <source>HeelCoach guides your training; it does not diagnose. If your heel pain has not eased after 4-6 weeks of training, if you are unsure what it is, or if it limits your daily life, see a physiotherapist or doctor.</source>
        <translation>HeelCoach vejleder dig i træningen, men stiller ikke en diagnose. Er smerterne i hælen ikke blevet mindre efter 4-6 ugers træning, er du i tvivl om, hvad det er, eller begrænser de din hverdag, så kontakt en fysioterapeut eller læge.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Forstået</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Your journal could not be read, so a new one was started. Nothing was deleted: the old file is kept as %1.</source>
        <translation>Din dagbog kunne ikke læses, så en ny er startet. Intet er slettet: den gamle fil er gemt som %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in your journal could not be read, so they are not shown. Nothing was deleted: they are kept as they were, in %1.</source>
        <translation>
            <numerusform>%n post i din dagbog kunne ikke læses, så den vises ikke. Intet er slettet: den er gemt, som den var, i %1.</numerusform>
            <numerusform>%n poster i din dagbog kunne ikke læses, så de vises ikke. Intet er slettet: de er gemt, som de var, i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your journal %1 cannot be opened (%2), so nothing you do is recorded now. Nothing in it was changed.</source>
        <translation>Din dagbog %1 kan ikke åbnes (%2), så intet af det, du gør, bliver gemt nu. Intet i den er ændret.</translation>
    </message>
    <message>
        <source>Your journal was written by a newer HeelCoach (journal version %1; this one reads up to %2). It is shown and can be exported, but nothing is saved to it: update HeelCoach to record again.</source>
        <translation>Din dagbog er skrevet af en nyere HeelCoach (dagbogsversion %1; denne kan læse op til %2). Den vises og kan eksporteres, men intet gemmes i den: opdatér HeelCoach for at gemme igen.</translation>
    </message>
    <message>
        <source>The version mark in your journal is damaged, so HeelCoach cannot tell which version wrote it. It is shown and can be exported, but nothing is saved to it. To record again, restore a backup (History, Ctrl+H).</source>
        <translation>Versionsmærket i din dagbog er beskadiget, så HeelCoach kan ikke se, hvilken version der skrev den. Den vises og kan eksporteres, men intet gemmes i den. Gendan en sikkerhedskopi (Historik, Ctrl+H) for at gemme igen.</translation>
    </message>
    <message>
        <source>Your journal is from an older HeelCoach and must be brought up to this version, but it could not first be copied to %1. It is shown and can be exported, but nothing is saved to it until that copy can be made.</source>
        <translation>Din dagbog er fra en ældre HeelCoach og skal bringes op til denne version, men den kunne ikke først kopieres til %1. Den vises og kan eksporteres, men intet gemmes i den, før den kopi kan laves.</translation>
    </message>
    <message>
        <source>Your journal %1 is read-only. It is shown and can be exported, but nothing is saved to it until it is writable again.</source>
        <translation>Din dagbog %1 er skrivebeskyttet. Den vises og kan eksporteres, men intet gemmes i den, før den kan skrives i igen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are not saved yet: the disk refuses them. To keep them, free some space first, then close HeelCoach again. If you close again without freeing space, HeelCoach quits and these entries are lost.</source>
        <translation>
            <numerusform>%n post er ikke gemt endnu: disken afviser den. Vil du beholde den, så ryd først lidt plads, og luk derefter HeelCoach igen. Lukker du igen uden at rydde plads, afsluttes HeelCoach, og posten går tabt.</numerusform>
            <numerusform>%n poster er ikke gemt endnu: disken afviser dem. Vil du beholde dem, så ryd først lidt plads, og luk derefter HeelCoach igen. Lukker du igen uden at rydde plads, afsluttes HeelCoach, og posterne går tabt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your sync tool left a second copy of your journal beside it, %1, after this computer and another changed the journal at the same time. It may hold entries your journal lacks. Merge them in? Nothing is deleted, and the copy is kept.</source>
        <translation>Dit synkroniseringsprogram har lagt en ekstra kopi af din dagbog, %1, ved siden af den, fordi dagbogen blev ændret på denne computer og på en anden på samme tid. Kopien kan indeholde poster, som din dagbog mangler. Vil du flette dem ind? Intet bliver slettet, og kopien bevares.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <source>&amp;Merge it in</source>
        <translation>&amp;Flet ind</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n entries from the copy were added to your journal.</source>
        <translation>
            <numerusform>Flettet: %n post fra kopien er føjet til din dagbog.</numerusform>
            <numerusform>Flettet: %n poster fra kopien er føjet til din dagbog.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy is kept in %1.</source>
        <translation>Kopien er gemt i %1.</translation>
    </message>
    <message>
        <source>The copy %1 could not be merged: %2. It is left as it was.</source>
        <translation>Kopien %1 kunne ikke flettes ind: %2. Den er ladt urørt.</translation>
    </message>
    <message>
        <source>Your journal is %1 MiB, close to the %2 MiB HeelCoach can keep. Keep a backup (History, Ctrl+H), then delete entries you no longer need.</source>
        <translation>Din dagbog fylder %1 MiB, tæt på de %2 MiB, som HeelCoach kan rumme. Tag en sikkerhedskopi (Historik, Ctrl+H), og slet derefter poster, du ikke længere har brug for.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were changed both on this computer and on another before they could see each other&apos;s change. Both versions are kept: look in History and delete the one that is wrong.</source>
        <translation>
            <numerusform>%n post blev ændret både på denne computer og på en anden, før computerne nåede at se hinandens ændringer. Begge udgaver er gemt: se under Historik, og slet den, der er forkert.</numerusform>
            <numerusform>%n poster blev ændret både på denne computer og på en anden, før computerne nåede at se hinandens ændringer. Begge udgaver af hver post er gemt: se under Historik, og slet den forkerte udgave af hver.</numerusform>
        </translation>
    </message>
    <message>
        <source>HeelCoach can remind you on training days with a desktop notification, even when it is closed.</source>
        <translation>HeelCoach kan minde dig om træningsdagene med en besked på skrivebordet, også når appen er lukket.</translation>
    </message>
    <message>
        <source>This was not saved. %1</source>
        <translation>Dette blev ikke gemt. %1</translation>
    </message>
    <message>
        <source>What could not be saved before is saved now.</source>
        <translation>Det, der ikke kunne gemmes før, er gemt nu.</translation>
    </message>
    <message>
        <source>Could not save to the journal: %1</source>
        <translation>Kunne ikke gemme i dagbogen: %1</translation>
    </message>
    <message>
        <source>It is kept, and saved as soon as the disk takes it.</source>
        <translation>Det er bevaret og gemmes, så snart disken tager imod det.</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Nej tak</translation>
    </message>
    <message>
        <source>Set up &amp;reminders…</source>
        <translation>Sæt &amp;påmindelser op…</translation>
    </message>
    <message>
        <source>Something went wrong inside HeelCoach (%1). What you were doing goes on where it can. The details are in %2.</source>
        <translation>Der opstod en fejl i HeelCoach (%1). Det, du var i gang med, fortsætter så vidt muligt. Detaljerne står i %2.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so HeelCoach starts with its defaults. The old file is kept as %1.</source>
        <translation>Dine indstillinger kunne ikke læses, så HeelCoach starter med standardindstillingerne. Den gamle fil er gemt som %1.</translation>
    </message>
</context>
</TS>
