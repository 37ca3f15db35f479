<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
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
        <source>the sound device stopped (%1)</source>
        <translation>lydenheden stoppede (%1)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>HeelCoach hit an error</source>
        <translation>HeelCoach stødte på en fejl</translation>
    </message>
    <message>
        <source>Something went wrong: %1

The details are in %2</source>
        <translation>Noget gik galt: %1

Detaljerne står i %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HeelCoach guides your training; it does not diagnose. If your heel pain has not eased after 4-6 weeks of training, if you are unsure what it is, or if it limits your daily life, see a physiotherapist or doctor.</source>
        <translation>HeelCoach vejleder din træning, men stiller ingen diagnose. Er smerterne i hælen ikke blevet mindre efter 4-6 ugers træning, er du i tvivl om, hvad det er, eller begrænser de din hverdag, så kontakt en fysioterapeut eller læge.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Forstået</translation>
    </message>
</context>
<context>
    <name>PhaseText</name>
    <message>
        <source>Get ready</source>
        <translation>Gør klar</translation>
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
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Hvil</translation>
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
        <translation>Begge ben (venstre, så højre)</translation>
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
        <source>&amp;Pause at the bottom</source>
        <translation>&amp;Pause i bunden</translation>
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
        <source> s</source>
        <translation> sek.</translation>
    </message>
</context>
<context>
    <name>SetPage</name>
    <message>
        <source>Stop (Esc)</source>
        <translation>Stop (Esc)</translation>
    </message>
    <message>
        <source>Skip rest (N)</source>
        <translation>Spring hvil over (N)</translation>
    </message>
    <message>
        <source>+30 s (+)</source>
        <translation>+30 sek. (+)</translation>
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
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n sæt</numerusform>
            <numerusform>%n sæt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop and discard %n done reps? Esc: stop · Space: keep going</source>
        <translation>
            <numerusform>Stoppe og kassere den udførte gentagelse? Esc: stop · Mellemrum: fortsæt</numerusform>
            <numerusform>Stoppe og kassere %n udførte gentagelser? Esc: stop · Mellemrum: fortsæt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sound is off: %1. Follow the screen.</source>
        <translation>Lyden er slået fra: %1. Følg skærmen.</translation>
    </message>
    <message>
        <source>Muted. M turns the sound back on.</source>
        <translation>Lyden er slået fra. M slår den til igen.</translation>
    </message>
    <message>
        <source>✔ Done!</source>
        <translation>✔ Færdig!</translation>
    </message>
    <message>
        <source>Well done. Every other day builds the tendon.</source>
        <translation>Godt gået. Hver anden dag bygger senen op.</translation>
    </message>
    <message>
        <source>Press Esc to go back</source>
        <translation>Tryk Esc for at gå tilbage</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Tilbage (Esc)</translation>
    </message>
    <message>
        <source>Next: finished</source>
        <translation>Derefter: færdig</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Derefter: %1</translation>
    </message>
    <message>
        <source>Next: set %1 of %2</source>
        <translation>Derefter: sæt %1 af %2</translation>
    </message>
    <message>
        <source>Next: %1 %2</source>
        <translation>Derefter: %1 %2</translation>
    </message>
    <message>
        <source>Paused: the computer stalled for %1 s. Space resumes.</source>
        <translation>Sat på pause: computeren gik i stå i %1 sek. Mellemrum fortsætter.</translation>
    </message>
    <message>
        <source>Paused. Space resumes.</source>
        <translation>Sat på pause. Mellemrum fortsætter.</translation>
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
        <translation>Sig signalerne &amp;med stemme (Op, Hold, Ned, gentagelsen)</translation>
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
        <source>Ten seconds</source>
        <translation>Ti sekunder</translation>
    </message>
    <message>
        <source>Set done</source>
        <translation>Sættet er færdigt</translation>
    </message>
    <message>
        <source>Well done, that was the last set</source>
        <translation>Godt gået, det var sidste sæt</translation>
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
    <name>TodayPage</name>
    <message>
        <source>.</source>
        <comment>decimal separator</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>%1 sets × %2 reps, tempo %3 s (up-hold-down), %4 rest between sets. The session takes %5.</source>
        <translation>%1 sæt × %2 gentagelser, tempo %3 sek. (op-hold-ned), %4 hvil mellem sæt. Træningen tager %5.</translation>
    </message>
    <message>
        <source>Weeks 1-2: 3 × 12, body weight</source>
        <translation>Uge 1-2: 3 × 12, kropsvægt</translation>
    </message>
    <message>
        <source>Weeks 3-4: 4 × 10, with a loaded backpack</source>
        <translation>Uge 3-4: 4 × 10, med rygsæk med vægt</translation>
    </message>
    <message>
        <source>Week 5 on: 5 × 8, heavier backpack</source>
        <translation>Fra uge 5: 5 × 8, tungere rygsæk</translation>
    </message>
    <message>
        <source>Today&apos;s heel raises</source>
        <translation>Dagens hælløft</translation>
    </message>
    <message>
        <source>Program &amp;stage</source>
        <translation>Program&amp;trin</translation>
    </message>
    <message>
        <source>Change sets, reps and tempo</source>
        <translation>Ret sæt, gentagelser og tempo</translation>
    </message>
    <message>
        <source>Sound: volume, ticks, voice</source>
        <translation>Lyd: lydstyrke, tik, stemme</translation>
    </message>
    <message>
        <source>• Forefoot on a step, heel free, a rolled towel under the toes.
• Up in 3 s, hold 2 s, down in 3 s to below the step. No rest between reps.
• Every other day, for at least three months.
• Pain up to 5/10 is fine if the next morning is no worse.
• Listen for the cues; keep your eyes on your feet.</source>
        <translation>• Forfoden på et trin, hælen fri, et sammenrullet håndklæde under tæerne.
• Op på 3 sek., hold 2 sek., ned på 3 sek. til under trinnet. Ingen pause mellem gentagelserne.
• Hver anden dag, i mindst tre måneder.
• Smerte op til 5/10 er i orden, hvis næste morgen ikke er værre.
• Lyt efter signalerne; hold øjnene på fødderne.</translation>
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
        <source>Custom</source>
        <translation>Egen indstilling</translation>
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
</TS>
