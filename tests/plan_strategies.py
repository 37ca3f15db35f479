"""Hypothesis strategies for set plans."""

from hypothesis import strategies as st

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo

phase_ms = st.integers(min_value=1, max_value=10_000)

tempos = st.builds(
    Tempo,
    up_ms=phase_ms,
    hold_ms=phase_ms,
    down_ms=phase_ms,
    bottom_pause_ms=st.one_of(st.just(0), phase_ms),
)

plans = st.builds(
    SetPlan,
    sets=st.integers(min_value=1, max_value=6),
    reps=st.integers(min_value=1, max_value=15),
    legs=st.sampled_from(LegMode),
    tempo=tempos,
    count_in_ms=st.sampled_from([0, 1, 999, 3000, 5000, 12_345]),
    rest_ms=st.sampled_from([0, 1, 9_999, 10_001, 120_000]),
    load_kg=st.sampled_from([0.0, 7.5, 100.0]),
    to_failure=st.just(False),  # a timeline of fixed reps: to failure has its own tests
)
