"""The kinds of exercise, one module each: how its plan lays out in time and what it says.

Every plan has `timeline()`; the clock, the driver, the sound and the screen take any
timeline, so nothing outside these modules asks which kind a session is.

* heel_raise: reps with a tempo (up, hold, down), in sets, leg by leg;
* holds: a stretch held so many seconds, so many times, side by side;
* own_pace: reps at the runner's own pace (towel curls), side by side;
* intervals: running and walking in turn (the walk/run return to running);
* stretches: the daily stretch session, the three supplementary exercises in a row.
"""
