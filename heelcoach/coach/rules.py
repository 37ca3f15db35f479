"""Every number the coach goes by, in one place, each with where it comes from.

"Guide" is the running clinic's guide to heel spur the program comes from (its article is in
the project's shared folder); the trials are listed in the README. Where a number is
HeelCoach's own choice, because the guide gives none, it says so.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

# The pain zones: the guide's traffic light on whole-number 0-10 ratings.
GREEN_MAX = 2  # guide: green 0-2, go on as planned
YELLOW_MAX = 5  # guide: yellow 3-5, acceptable, keep an eye on it; red is "above 5"
ZONE_EDGES = (GREEN_MAX + 0.5, YELLOW_MAX + 0.5)  # where the bands meet on a graph
PAIN_SCALE_MAX = 10


class Zone(Enum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


def zone_of(pain: int) -> Zone:
    if pain <= GREEN_MAX:
        return Zone.GREEN
    if pain <= YELLOW_MAX:
        return Zone.YELLOW
    return Zone.RED


class Stage(NamedTuple):
    """A phase of the fixed progression (guide; Rathleff et al. 2015)."""

    key: str
    first_week: int
    sets: int
    reps: int  # at that repetition maximum: the last rep of a set is hard
    added_load: bool


PROGRESSION: tuple[Stage, ...] = (
    Stage("weeks-1-2", 1, 3, 12, added_load=False),  # 3 x 12, body weight
    Stage("weeks-3-4", 3, 4, 10, added_load=True),  # 4 x 10 with added weight
    Stage("week-5-on", 5, 5, 8, added_load=True),  # 5 x 8 with more weight
)
MIN_PROGRAM_WEEKS = 12  # guide: keep training at least 3 months

DAYS_BETWEEN_SESSIONS = 2  # guide: every other day (48 h); counted by the calendar
BREAK_DAYS = 10
"""More days than this without a session is a break (illness, travel): the program waits
for the runner instead of moving on without them. HeelCoach's choice."""

# Load, in the trials' way: a repetition maximum, found by feel, in steps of a few books.
LOAD_STEP_KG = 2.5  # HeelCoach's choice: one or two books in the backpack
FIRST_ADDED_LOAD_KG = 5.0  # HeelCoach's choice for a first 10RM guess; feedback corrects it

# Self-dosed training (Riel et al. 2019; the FIX-Heel protocol).
SELF_DOSED_REPS_AT_MOST = 8  # as heavy as possible, no lighter than 8RM
SELF_DOSED_REST_MS = 120_000  # 2 min between sets
SELF_DOSED_SET_LIMIT = 10  # "as many sets as possible"; a session ends sooner with a key

# The next-day rule (guide: pain that is worse the next morning means less load).
USUAL_CHECK_INS = 7  # the runner's usual first-step pain: the mean of the last seven
USUAL_NEEDS_CHECK_INS = 3  # fewer than this and there is no "usual" yet
WORSE_MORNING_POINTS = 2
"""First-step pain this much above the usual is a worse morning. HeelCoach's choice: a
point up or down is everyday noise on a 0-10 scale."""
GOOD_SESSIONS_TO_PROGRESS = 2  # two sessions in green or yellow, no worse morning: go on
FLARES_FOR_STAGE_BACK = 2  # flares among the last three sessions that move a stage back
FLARE_LOOKBACK_SESSIONS = 3

# When to seek help (guide: no improvement after 4-6, or 6-8, weeks of training).
SEEK_HELP_AFTER_WEEKS = 6
MEAN_DAYS = 7  # first-step pain compared as 7-day means: the first week against the last
IMPROVEMENT_POINTS = 1.0
"""A fall in the 7-day mean smaller than this is no improvement. HeelCoach's choice."""
RED_DAYS_IN_A_WEEK = 4  # red first-step pain on most days of the last seven
SEEK_HELP_PUT_OFF_DAYS = 7  # the advice can wait a week, never for ever

# Back to running (guide: the walk/run intervals; ../shared/DOMAIN.md, "Back to running").
WALK_RUN_FIRST_WEEKS = ((60_000, 120_000, 8), (120_000, 60_000, 8), (180_000, 60_000, 6))
"""Run ms, walk ms, cycles: week 1 1/2 x 8-10, week 2 2/1 x 8-10, week 3 3/1 x 6-8. HeelCoach
takes the lower count of each range: the guide asks for no more, and a week can be repeated."""
WEEKLY_RUN_INCREASE = 0.10
"""From week 4, a week's running is at most 10 % more than the week before's: the lower
end of the guide's 10-15 %, because the cap is a convention, not a proven threshold
(Nielsen et al. 2014 linked more than 30 % over two weeks with injury, borderline)."""
LATER_WEEKS_WALK_MS = 60_000  # from week 4: a minute's walk between runs, one walk fewer a week
WALK_RUN_GOAL_MIN = 30
"""Where the plan ends: a continuous 30-minute run, as the NHS Couch to 5K ends (reached in
week 10); later weeks repeat it. HeelCoach's choice: the guide's plan runs on "gradually"."""
RUNS_IN_A_WEEK = 3
"""Walk/run sessions a week, every other day, as in the NHS Couch to 5K; a week is done
after three sessions without a bad day. HeelCoach's choice: the guide gives no count."""

# The guide's four criteria for starting to run again ("no need to be 100 % pain-free").
STABLE_PAIN_DAYS = 7  # first-step pain compared as 7-day means: the last week, the one before
STABLE_PAIN_MARGIN = 0.5
""""Stable or falling": the last week's mean at most this much above the week before's.
HeelCoach's choice: half a point is within a rating's everyday noise."""
CHECK_INS_FOR_A_WEEK = 4  # a week's mean needs check-ins on at least this many of its days
HEEL_RAISE_RECENT_DAYS = 14  # the single-leg heel raise: a session in the last two weeks
ACCEPTABLE_PAIN_MAX = YELLOW_MAX  # guide: acceptable pain is the yellow zone at most
NO_WORSE_MORNING_DAYS = 7  # no worse morning after ordinary activity in the last week
