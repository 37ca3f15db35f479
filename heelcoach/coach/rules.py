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


def went_red(pain: object) -> bool:
    """A pain answer in the red zone (an entry not yet answered is not)."""
    return type(pain) is int and zone_of(pain) is Zone.RED


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

# Self-dosed training (Riel et al. 2019, J Physiother 65:144: "as heavy a load as possible,
# but no heavier than 8 repetition maximum"; the FIX-Heel protocol).
SELF_DOSED_REPS_AT_MOST = 8  # a set's target: to failure at about 8RM
SELF_DOSED_FEWEST_REPS = 8  # a best set under 8 reps: heavier than 8RM, a step lighter
SELF_DOSED_TOO_LIGHT_REPS = 12  # a best set of 12 or more: far lighter than 8RM, a step up
SELF_DOSED_REST_MS = 120_000  # 2 min between sets
SELF_DOSED_SET_LIMIT = 10  # "as many sets as possible"; a session ends sooner with a key

# The next-day rule (guide: pain that is worse the next morning means less load).
USUAL_CHECK_INS = 7  # the runner's usual first-step pain: the mean of the last seven
USUAL_NEEDS_CHECK_INS = 3  # a usual of fewer check-ins than this is a short one
WORSE_MORNING_POINTS = 2
"""First-step pain this much above a usual of three check-ins or more is a worse morning.
HeelCoach's choice: a point up or down is everyday noise on a 0-10 scale."""
WORSE_JUMP_POINTS = 3
"""A jump this large is a worse morning above any earlier morning at all, from the second
session on: no waiting for a history. HeelCoach's choice."""
RED_MORNINGS_TO_REDUCE = 3
"""Red first steps (6 or more, whatever the runner's usual) on this many of the last seven
days reduce the load; one or two hold it (guide: red means reduce; ../shared/DOMAIN.md).
HeelCoach's choice of "several"."""
RED_MORNING_DAYS = 7  # the window those red mornings are counted in
GOOD_SESSIONS_TO_PROGRESS = 2  # two sessions in green or yellow, no worse morning: go on
FLARES_FOR_STAGE_BACK = 2  # flares among the last three sessions that move a stage back
FLARE_LOOKBACK_SESSIONS = 3

# When to seek help (guide: no improvement after 4-6, or 6-8, weeks of training; hard to
# find the right load; pain that limits daily life).
SEEK_HELP_AFTER_WEEKS = 6
MEAN_DAYS = 7  # the last seven days' mean of first-step pain
EARLIEST_CHECK_INS = 7  # against the mean of the earliest seven check-ins there are,
NO_FALL_SPAN_DAYS = 28  # those of four weeks ago or earlier (effect on pain: 4-6 weeks)
IMPROVEMENT_POINTS = 1.0
"""A fall in first-step pain smaller than this is no improvement. HeelCoach's choice."""
RED_DAYS_FOR_HELP = 8  # red first steps on most days (8 of 14) of the last two weeks
RED_DAYS_WINDOW = 14
FLARES_FOR_HELP = 3  # three flare-ups within four weeks: the right load is hard to find
FLARES_WINDOW_DAYS = 28
SEEK_HELP_PUT_OFF_DAYS = 7  # the advice can wait a week, never for ever

# A try is not a session: stopped within the first set, before half its reps.
TRY_SHARE_OF_A_SET = 0.5

# A set in the red during a session (guide: red, reduce the load): the sets still to come
# are lighter, a load step less, or at body weight a third fewer reps. HeelCoach's choice.
LIGHTER_SETS_REPS_SHARE = 2 / 3

# Back to running (guide: the walk/run intervals; ../shared/DOMAIN.md, "Back to running").
WALK_RUN_FIRST_WEEKS = ((60_000, 120_000, 8), (120_000, 60_000, 8), (180_000, 60_000, 6))
"""Run ms, walk ms, cycles: week 1 1/2 x 8-10, week 2 2/1 x 8-10, week 3 3/1 x 6-8. HeelCoach
takes the lower count of each range: the guide asks for no more, and a week can be repeated."""
WEEKLY_RUN_INCREASE = 0.10
"""From week 4, a week's running is at most 10 % more than the week before's: the lower
end of the guide's 10-15 %, because the cap is a convention, not a proven threshold
(Nielsen et al. 2014 linked more than 30 % over two weeks with injury, borderline)."""
LONGEST_RUN_GROWTH = 1 / 3
"""The longest run of a week is at most a third longer than the week before's, in whole
minutes (a minute left over joins it). HeelCoach's choice: the total's 10 % cap alone let
12 minutes become 26 in a week."""
LATER_WEEKS_WALK_MS = 60_000  # from week 4: a minute's walk between runs
WALK_RUN_GOAL_MIN = 30
"""Where the plan ends: a continuous 30-minute run, as the NHS Couch to 5K ends (reached in
week 12); later weeks repeat it. HeelCoach's choice: the guide's plan runs on "gradually"."""
RUNS_IN_A_WEEK = 3
"""Walk/run sessions a week, with a rest day between, as in the NHS Couch to 5K; a week is
done after three sessions without a bad day. HeelCoach's choice: the guide gives no count."""
DAYS_BETWEEN_RUNS = 2  # never a run the day after a run (NHS Couch to 5K)
WALK_RUN_WEEK_DAYS = 7  # a week of the plan lasts seven days at least
RUN_BREAK_BACK_A_WEEK_DAYS = 14  # more than two weeks without a run: a week back
RUN_BREAK_BACK_TO_START_DAYS = 28  # more than four: back to week 1

# The guide's four criteria for starting to run again ("no need to be 100 % pain-free").
STABLE_PAIN_DAYS = 7  # first-step pain compared as 7-day means: the last week, the one before
STABLE_PAIN_MARGIN = 1.0
""""Stable or falling": the last week's mean at most a point above the week before's, or
every morning of the last week in the green (../shared/DOMAIN.md: a rating's day-to-day
noise is about a point)."""
CHECK_INS_FOR_A_WEEK = 4  # a week's mean needs check-ins on at least this many of its days
HEEL_RAISE_RECENT_DAYS = 14  # the single-leg heel raise: a session in the last two weeks
ACCEPTABLE_PAIN_MAX = YELLOW_MAX  # guide: acceptable pain is the yellow zone at most
NO_WORSE_MORNING_DAYS = 7  # no worse morning after ordinary activity in the last week
WALKING_ANSWER_DAYS = 14  # "I walk every day without significant pain" holds two weeks
