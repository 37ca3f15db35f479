"""The progress series say exactly what the journal holds."""

from datetime import date, datetime

import pytest

from heelcoach.progress.series import (
    adherence,
    morning_of,
    progress_of,
    stamp,
)


def a_set(at, leg="left", reps=12, load=0.0, pain=None, session=None):
    return {"at": at, "leg": leg, "target_reps": 12, "reps": reps, "load_kg": load,
            "pain": pain, "session": session or at}  # fmt: skip


def test_morning_pain_and_its_seven_day_mean():
    check_ins = [{"date": f"2026-11-{day:02d}", "first_steps_pain": pain}
                 for day, pain in ((1, 8), (2, 6), (3, 7), (9, 1))]  # fmt: skip
    progress = progress_of([], [], check_ins)
    assert progress.morning_pain.y == (8, 6, 7, 1)
    assert progress.morning_pain.x[0] == morning_of(date(2026, 11, 1))
    # the 9th's mean covers the 3rd to the 9th: the 3rd's 7 and the 9th's 1
    assert progress.morning_mean.y == (8, 7, 7, 4)


def test_set_pain_load_and_volume_are_per_session_and_per_leg():
    session = "2026-11-02T18:00:00"
    sets = [
        a_set("2026-11-02T18:00:00", "left", 12, 5.0, 4, session),
        a_set("2026-11-02T18:03:00", "left", 10, 5.0, 2, session),
        a_set("2026-11-02T18:01:00", "right", 12, 7.5, None, session),
    ]
    progress = progress_of(sets, [], [])
    assert progress.set_pain["left"].y == (3.0,)  # the mean of the rated sets
    assert "right" not in progress.set_pain  # no rating: no point
    assert progress.load["left"].y == (5.0,)
    assert progress.load["right"].y == (7.5,)
    assert progress.volume["left"].y == (110.0,)  # (12 + 10) x 5 kg
    assert progress.set_pain["left"].x == (stamp(datetime(2026, 11, 2, 18, 0)),)


def test_sessions_per_week_count_empty_weeks_as_zero():
    sets = [a_set("2026-11-02T18:00:00"), a_set("2026-11-04T18:00:00"),
            a_set("2026-11-04T18:05:00"), a_set("2026-11-18T18:00:00")]  # fmt: skip
    weeks = progress_of(sets, [], []).sessions_per_week
    assert weeks.y == (2, 0, 1)  # the weeks from Monday Nov 2, Nov 9 and Nov 16
    assert weeks.x[0] == stamp(datetime(2026, 11, 2))
    # Nov 2 to 18 is 17 days: 9 sessions planned, every other day; Nov 2, 4 and 18 done.
    assert adherence(progress_of(sets, [], [])) == pytest.approx(3 / 9)


def test_after_one_session_adherence_is_all_there_was_to_do():
    progress = progress_of([a_set("2026-11-24T18:00:00")], [], [])
    assert adherence(progress) == 1.0
    daily = [a_set(f"2026-11-{day}T18:00:00") for day in range(10, 17)]
    assert adherence(progress_of(daily, [], [])) == 1.0  # 4 of 4 counted, not 7 of 4


def test_a_new_journal_is_empty_and_one_entry_is_not():
    assert progress_of([], [], []).is_empty
    assert progress_of([], [], []).span() is None
    one = progress_of([], [], [{"date": "2026-11-25", "first_steps_pain": 3}])
    assert not one.is_empty
    assert one.span() == (morning_of(date(2026, 11, 25)),) * 2


def test_stopped_sets_never_drag_the_load_line_down():
    sets = [
        {"at": "2026-11-20T18:00:00", "leg": "left", "reps": 10, "target_reps": 10,
         "load_kg": 7.5},
        {"at": "2026-11-22T18:00:00", "leg": "left", "reps": 3, "target_reps": 10,
         "load_kg": 0.0, "stopped": True},
        {"at": "2026-11-24T18:00:00", "leg": "left", "reps": 10, "target_reps": 10,
         "load_kg": 10.0},
        {"at": "2026-11-24T18:05:00", "leg": "left", "reps": 2, "target_reps": 10,
         "load_kg": 12.5, "stopped": True},
    ]  # fmt: skip
    assert progress_of(sets, [], []).load["left"].y == (7.5, 10.0)


def test_minutes_run_and_stretch_sessions_are_summed_by_week_and_runs_pain_is_plotted():
    runs = [{"at": at, "run_s": run_s, "pain_during": during, "pain_after": after}
            for at, run_s, during, after in (("2026-11-02T18:00:00", 480, 2, None),
                                             ("2026-11-04T18:00:00", 480, 3, 4),
                                             ("2026-11-17T18:00:00", 960, 6, 5))]  # fmt: skip
    stretches = [{"at": f"2026-11-0{day}T08:0{side}:00", "session": f"2026-11-0{day}T08:00:00"}
                 for day in (2, 3) for side in (0, 1)]  # fmt: skip
    progress = progress_of([], [], [], runs, stretches)
    assert progress.run_minutes_per_week.y == (16, 0, 16)  # the week between counts as none
    assert progress.run_minutes_per_week.x[0] == stamp(datetime(2026, 11, 2))  # a Monday
    assert progress.run_pain_during.y == (2, 3, 6)
    assert progress.run_pain_after.y == (4, 5)
    assert progress.stretches_per_week.y == (2,)  # two sessions, each both sides
    assert not progress.is_empty
    # a run or a stretch is not a heel-raise session: no adherence without heel raises
    assert progress.sessions_per_week.y == ()
    assert adherence(progress) is None
