"""The cue track puts every sound at its cue's exact sample, however it is cut into pieces."""

from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from heelcoach.audio.cue_track import CueTrack, sample_index
from heelcoach.audio.sound_bank import SoundBank, sound_name
from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo
from heelcoach.core.timeline import Cue, CueKind, Phase

BANK = SoundBank({name: array("h", [1000 + n] * 30) for n, name in enumerate(
    ("up", "hold", "down", "pause", "tick", "count", "rest_ending", "set_complete",
     "session_complete"))})  # fmt: skip
SHORT = SetPlan(sets=2, reps=2, legs=LegMode.BOTH, tempo=Tempo(100, 100, 100),
                count_in_ms=3000, rest_ms=12_000)  # fmt: skip


def test_every_sounding_cue_starts_at_its_exact_sample():
    timeline = SHORT.timeline()
    track = CueTrack(timeline.cues, BANK)
    sounding = [cue for cue in timeline.cues if sound_name(cue)]
    assert track.onsets == [cue.offset_ms * 48 for cue in sounding]
    whole = track.render(0, sample_index(timeline.total_ms) + 100)
    for cue in sounding:
        start = sample_index(cue.offset_ms)
        assert whole[start - 1] == 0 or cue.offset_ms == 0
        assert whole[start] != 0


def test_an_hour_in_the_cue_is_still_on_its_sample():
    late = Cue(3_600_000 + 1, CueKind.PHASE_START, Phase.UP)
    track = CueTrack([late], BANK)
    assert track.onsets == [172_800_048]
    piece = track.render(172_800_040, 20)
    assert list(piece[:8]) == [0] * 8 and piece[8] == BANK.sounds["up"][0]


@settings(max_examples=50)
@given(st.lists(st.integers(min_value=1, max_value=5000), min_size=1, max_size=40))
def test_pieces_of_any_size_join_to_the_whole_track(piece_sizes):
    track = CueTrack(SHORT.timeline().cues, BANK)
    total = sum(piece_sizes)
    joined, first = array("h"), 0
    for size in piece_sizes:
        joined.extend(track.render(first, size))
        first += size
    assert joined == track.render(0, total)


def test_cues_on_the_same_sample_are_mixed_and_clipped():
    loud = SoundBank({"up": array("h", [30000] * 10), "tick": array("h", [5000] * 20)})
    cues = [Cue(1, CueKind.PHASE_START, Phase.UP), Cue(1, CueKind.TICK, Phase.UP)]
    out = CueTrack(cues, loud).render(40, 40)
    assert list(out[:8]) == [0] * 8
    assert list(out[8:18]) == [32767] * 10  # 30000 + 5000, clipped
    assert list(out[18:28]) == [5000] * 10
    assert list(out[28:]) == [0] * 12


def test_silent_cues_make_no_sound():
    cues = [Cue(0, CueKind.PHASE_START, Phase.COUNT_IN), Cue(5, CueKind.PHASE_START, Phase.REST)]
    assert CueTrack(cues, BANK).onsets == []
