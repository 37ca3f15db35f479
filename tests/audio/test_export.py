"""A session saved as an audio file for a phone: every cue where the live set plays it."""

import wave
from datetime import date, datetime, time, timedelta

import numpy
import pytest
import soundfile
from test_command_line import run_heelcoach

from heelcoach.audio.cue_track import sample_index
from heelcoach.audio.export import FILE_TYPES, ExportError, export
from heelcoach.audio.sound_bank import SoundBank, sound_name
from heelcoach.coach.walk_run import week_plan
from heelcoach.core.exercises.stretches import StretchSession
from heelcoach.core.timeline import CueKind, Phase
from heelcoach.journal.journal import Journal
from heelcoach.system.atomic_file import leftovers_of
from heelcoach.system.paths import resource_file

BANK = SoundBank.load(resource_file("sounds"))
SILENCE_BEFORE = 4800  # samples (0.1 s): longer than any gap inside a sound (0.06 s)


def sounding(timeline):
    """The cues with a sound, one per offset (the last set's chime and the session's fall
    together)."""
    return list({cue.offset_ms: cue for cue in timeline.cues if sound_name(cue)}.values())


def onsets(samples, quiet_before, loud=0):
    """Where a sound starts: the first sample above `loud` after `quiet_before` samples
    at or below it."""
    heard = numpy.abs(samples.astype(numpy.int32)) > loud
    starts = numpy.flatnonzero(heard[1:] & ~heard[:-1]) + 1
    if heard[0]:
        starts = numpy.insert(starts, 0, 0)
    loud_at = numpy.flatnonzero(heard)
    found = []
    for start in starts:
        before = loud_at[numpy.searchsorted(loud_at, start) - 1] if start > loud_at[0] else None
        if before is None or start - before > quiet_before:
            found.append(int(start))
    return found


def test_a_whole_walk_run_session_as_wav_has_every_cue_at_its_exact_sample(tmp_path):
    timeline = week_plan(1).timeline()
    path = tmp_path / "week-1.wav"
    written = export(timeline, path, BANK)
    with wave.open(str(path), "rb") as source:
        assert (source.getnchannels(), source.getsampwidth(), source.getframerate()) == (
            1, 2, 48_000)  # fmt: skip
        assert source.getnframes() == written
        samples = numpy.frombuffer(source.readframes(written), dtype=numpy.int16)
    expected = [sample_index(cue.offset_ms) for cue in sounding(timeline)]
    assert onsets(samples, SILENCE_BEFORE) == expected
    heard = [(cue.kind, cue.phase) for cue in sounding(timeline)]
    assert heard.count((CueKind.PHASE_START, Phase.RUN)) == 8
    assert heard.count((CueKind.PHASE_START, Phase.WALK)) == 9  # the warm-up, after each run
    assert heard.count((CueKind.CHANGE_COMING, Phase.WALK)) == 8  # each change warned of
    assert heard.count((CueKind.CHANGE_COMING, Phase.RUN)) == 8
    assert written / 48_000 > 29 * 60  # the whole half hour, and the last chime's ring


@pytest.mark.parametrize("suffix", [".ogg", ".mp3"])
def test_in_a_compressed_file_every_cue_is_within_2_ms(tmp_path, suffix):
    timeline = week_plan(1).timeline() if suffix == ".ogg" else StretchSession.morning().timeline()
    path = tmp_path / f"session{suffix}"
    export(timeline, path, BANK)
    samples, rate = soundfile.read(str(path), dtype="int16")
    assert rate == FILE_TYPES[suffix].rate
    # loud: a quarter of the quietest sound's peak (the codec's faint pre-echo stays below)
    found = onsets(samples, rate // 10, loud=int(0.25 * 0.6 * 32767 * 0.3))
    expected_ms = [cue.offset_ms for cue in sounding(timeline)]
    assert len(found) == len(expected_ms)
    worst = max(abs(start * 1000 / rate - ms) for start, ms in zip(found, expected_ms, strict=True))
    assert worst <= 2.0, f"a cue {worst:.2f} ms away from its place"
    if suffix == ".ogg":
        assert path.stat().st_size < 1_000_000  # half an hour fits a phone in a few hundred kB


def test_a_failed_export_leaves_no_half_file_and_an_old_file_as_it_was(tmp_path):
    path = tmp_path / "run.wav"
    path.write_bytes(b"last week's file")

    def disk_full(fraction):
        if fraction > 0.5:
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        export(week_plan(2).timeline(), path, BANK, progress=disk_full)
    assert path.read_bytes() == b"last week's file"
    assert leftovers_of(path) == []
    with pytest.raises(ExportError, match="type"):
        export(week_plan(2).timeline(), tmp_path / "run.flac", BANK)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.wav"]


def test_the_command_exports_the_runners_current_walk_run_week(data_folder, tmp_path):
    today = date.today()
    journal = Journal(data_folder, now=lambda: datetime.combine(today, time(20, 0)))
    for days_ago in (9, 7, 5):  # three good runs of week 1: week 2 is next
        at = datetime.combine(today - timedelta(days=days_ago), time(18, 0))
        journal.add_run(at=at.isoformat(), week=1, run_s=480, planned_run_s=480, cycles=8,
                        planned_cycles=8, pain_during=2, pain_after=1)  # fmt: skip
    journal.close()
    out = tmp_path / "next.wav"
    result = run_heelcoach("--export-audio", "walk-run", str(out))
    assert result.returncode == 0, result.stderr
    with wave.open(str(out), "rb") as source:
        minutes = source.getnframes() / 48_000 / 60
    assert abs(minutes - week_plan(2).total_ms / 60_000) < 0.1
    chosen = run_heelcoach("--export-audio", "walk-run", "--week", "3", str(tmp_path / "w3.ogg"))
    assert chosen.returncode == 0 and "29.1 min" in chosen.stdout


MISTYPED = [["jog", "x.wav"], ["walk-run"], ["stretches", "--week", "2", "x.wav"],
            ["walk-run", "--week", "0", "x.wav"], ["walk-run", "x.flac"],
            ["walk-run", "x"], ["walk-run", "--week", "\u00b2", "x.wav"],
            ["walk-run", "--week", "\uff15", "x.wav"]]  # fmt: skip
# (the last two: a superscript two and a full-width five, digits that are not ASCII)


@pytest.mark.parametrize("arguments", MISTYPED)
def test_a_mistyped_export_says_how_and_exits_2(tmp_path, arguments):
    result = run_heelcoach("--export-audio", *arguments)
    assert result.returncode == 2
    usage, why = result.stderr.strip().splitlines()
    assert usage.startswith("usage: heelcoach --export-audio")
    assert why  # and what was wrong, in a line of its own
    assert list(tmp_path.glob("*.wav")) == []


def test_an_export_into_a_missing_folder_says_so_in_plain_words(tmp_path):
    result = run_heelcoach("--export-audio", "stretches", str(tmp_path / "nowhere" / "s.ogg"))
    assert result.returncode == 1
    assert "a folder on the way there does not exist" in result.stderr
    assert ".tmp" not in result.stderr  # nothing of the temporary file's name


def test_an_export_stopped_by_sigterm_leaves_no_half_file(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "long.ogg"  # a second or two of work: the signal comes well before its end
    process = subprocess.Popen([sys.executable, "-m", "heelcoach", "--export-audio",
                                "walk-run", "--week", "10", str(out)], cwd=tmp_path)  # fmt: skip
    while not list(tmp_path.glob(".long.ogg.*.tmp")) and process.poll() is None:
        time.sleep(0.01)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) != 0
    assert sorted(path.name for path in tmp_path.iterdir()) == []


def test_heel_raises_and_stretches_export_too(tmp_path):
    for kind in ("heel-raises", "stretches"):
        out = tmp_path / f"{kind}.ogg"
        result = run_heelcoach("--export-audio", kind, str(out))
        assert result.returncode == 0, result.stderr
        assert soundfile.info(str(out)).duration > 60


def test_the_help_lists_the_export():
    result = run_heelcoach("--help")
    assert result.returncode == 0
    assert "--export-audio KIND [--week N] FILE" in result.stdout and "walk-run" in result.stdout


def test_two_exports_to_one_file_leave_each_other_alone(tmp_path):
    import subprocess
    import sys
    import time

    out = tmp_path / "long.ogg"
    first = subprocess.Popen([sys.executable, "-m", "heelcoach", "--export-audio", "walk-run",
                              "--week", "10", str(out)], cwd=tmp_path, stderr=subprocess.PIPE,
                             text=True)  # fmt: skip
    while not list(tmp_path.glob(".long.ogg.*.tmp")) and first.poll() is None:
        time.sleep(0.01)
    assert first.poll() is None  # the first is still writing when the second begins
    second = run_heelcoach("--export-audio", "walk-run", "--week", "10", str(out), timeout=120)
    assert second.returncode == 0, second.stderr
    assert first.wait(timeout=120) == 0, first.stderr.read()
    assert soundfile.info(str(out)).duration > 60
    assert [path.name for path in tmp_path.iterdir()] == ["long.ogg"]
