"""What is left of a heel-raise session stopped today."""

from datetime import date

from heelcoach.coach.resume import Resume, resume_of

DAY = date(2026, 11, 25)
STAMP = "2026-11-25T18:00:00"


def a_set(minute, leg, stopped=False, session=STAMP):
    return {"at": f"2026-11-25T18:{minute:02d}:00", "leg": leg, "reps": 12,
            "stopped": stopped, "session": session}  # fmt: skip


def test_a_set_stopped_on_its_second_leg_is_done_again_with_the_sets_after_it():
    sets = [a_set(1, "left"), a_set(2, "right"), a_set(4, "left"), a_set(5, "right", True)]
    sessions = [(7, {"at": "2026-11-25T18:06:00", "stopped": True})]
    assert resume_of(sets, sessions, DAY, 3, ["left", "right"]) == Resume(STAMP, 7, 1, 2)


def test_a_session_run_to_its_end_or_on_another_day_leaves_nothing_to_go_on_with():
    sets = [a_set(1, "left")]
    ended = [(7, {"at": "2026-11-25T18:06:00", "stopped": False})]
    assert resume_of(sets, ended, DAY, 3, ["left"]) is None
    stopped = [(7, {"at": "2026-11-25T18:06:00", "stopped": True})]
    assert resume_of(sets, stopped, date(2026, 11, 26), 3, ["left"]) is None
    assert resume_of(sets, stopped, DAY, 1, ["left"]) is None  # the one set was done


def test_only_the_last_session_of_the_day_counts():
    sets = [a_set(1, "left"), a_set(30, "left", session="2026-11-25T18:29:00")]
    sessions = [(7, {"at": "2026-11-25T18:06:00", "stopped": True}),
                (8, {"at": "2026-11-25T18:31:00", "stopped": False})]  # fmt: skip
    assert resume_of(sets, sessions, DAY, 3, ["left"]) is None


def test_a_session_whose_pain_went_red_is_not_gone_on_with_the_same_day():
    stopped = [(7, {"at": "2026-11-25T18:06:00", "stopped": True})]
    sets = [a_set(1, "left"), {**a_set(4, "left", True), "pain": 10}]
    assert resume_of(sets, stopped, DAY, 3, ["left"]) is None
    sets[1]["pain"] = 4  # yellow: the rest may follow
    assert resume_of(sets, stopped, DAY, 3, ["left"]) == Resume(STAMP, 7, 1, 2)
    after = [(7, {"at": "2026-11-25T18:06:00", "stopped": True, "pain_after": 7})]
    assert resume_of(sets, after, DAY, 3, ["left"]) is None  # the heel after it, in the red
