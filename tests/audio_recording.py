"""Play sound into a PulseAudio null sink, record its monitor with parec, find the onsets.

Shared by the sound tests and tests/bench/bench_cue_timing.py.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from array import array
from pathlib import Path

RATE = 48_000
SINK = f"heelcoach_test_{os.getpid()}"  # one per process: runs may overlap
ONSET_THRESHOLD = 2000  # well above the noise floor (zero here), well below any cue's peak
QUIET_BEFORE_ONSET = RATE // 100  # 10 ms of quiet before a sound counts as a new onset
# The live tests hear every cue in its place within this bound, which a machine busy with
# other work keeps: there the sound server or the app is starved for a few ms now and then,
# and the sink plays a little silence (9 ms was seen in a CI run; 1 ms bounds failed by
# chance). Sample precision is measured where nothing else runs: the export's tests (exact,
# offline) and tests/bench/bench_cue_timing.py (live: p50, p99 and max at the output).
LIVE_BOUND_MS = 50


_started: list[subprocess.Popen] = []  # every parec started here, to stop at the end


def _die_with_this_process() -> None:
    """In parec, before it runs: the kernel ends it when the test process ends, however that
    ends (a killed pytest leaves no recorder behind)."""
    import ctypes
    import signal

    PR_SET_PDEATHSIG = 1  # noqa: N806 (the kernel's name)
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


_pulse_started_here = False


def stop_everything_started() -> None:
    """At the end of the run: every recorder still going, and a PulseAudio server these
    tests started (one that was running before is left as it was)."""
    global _pulse_started_here
    for process in _started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
    _started.clear()
    if _pulse_started_here:
        subprocess.run(["pulseaudio", "--kill"], capture_output=True)
        _pulse_started_here = False


def _pulse_running() -> bool:
    return subprocess.run(["pactl", "info"], capture_output=True).returncode == 0


@contextlib.contextmanager
def null_sink(like_hardware: bool = False):
    """A 48 kHz mono null sink on a running PulseAudio server, started here if need be.

    An idle null sink renders in two-second blocks, so a stream that starts on it waits
    up to two seconds for its first sample; a sound card starts at once. `like_hardware`
    keeps a 20 ms listener on its monitor, which holds the sink to short blocks.
    """
    if shutil.which("pactl") is None or shutil.which("parec") is None:
        raise RuntimeError("PulseAudio's tools are missing: apt-get install pulseaudio-utils")
    if not _pulse_running():
        global _pulse_started_here
        subprocess.run(["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n",
                        "--load=module-native-protocol-unix"], check=True,
                       capture_output=True)  # fmt: skip
        _pulse_started_here = True
        deadline = time.monotonic() + 10
        while not _pulse_running():
            if time.monotonic() > deadline:
                raise RuntimeError("PulseAudio did not start")
            time.sleep(0.05)
    loaded = subprocess.run(
        ["pactl", "load-module", "module-null-sink", f"sink_name={SINK}", f"rate={RATE}",
         "channels=1"], check=True, capture_output=True, text=True,
    )  # fmt: skip
    module = loaded.stdout.strip()
    listener = None
    if like_hardware:
        listener = subprocess.Popen(
            ["parec", "-d", f"{SINK}.monitor", "--latency-msec=20", "--raw"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_this_process,
        )  # fmt: skip
        _started.append(listener)
    try:
        yield SINK
    finally:
        if listener is not None:
            listener.terminate()
            listener.wait(timeout=10)
        subprocess.run(["pactl", "unload-module", module], capture_output=True)


def wait_until_qt_lists(sink: str, timeout_s: float = 10) -> None:
    """Wait until QtMultimedia lists `sink`: it learns of a new output asynchronously."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtMultimedia import QMediaDevices

    deadline = time.monotonic() + timeout_s
    while sink.encode() not in {device.id().data() for device in QMediaDevices.audioOutputs()}:
        if time.monotonic() > deadline:
            raise RuntimeError(f"QtMultimedia never listed the output {sink}")
        QCoreApplication.processEvents()
        time.sleep(0.02)


class Recorder:
    """Records the sink's monitor to a temporary file until stopped.

    `latency_ms` is how long parec may be kept from reading (a busy machine) before the
    server drops recorded sound, which would look like every later cue being early:
    the benchmark under CPU load records with a long one. What is still in that buffer
    when the recording stops is lost, so stop at least that long after the last sound.
    """

    def __init__(self, sink: str, latency_ms: int = 100) -> None:
        self._file = tempfile.NamedTemporaryFile(suffix=".raw", delete=False)  # noqa: SIM115
        self._process = subprocess.Popen(
            ["parec", "-d", f"{sink}.monitor", f"--rate={RATE}", "--channels=1",
             "--format=s16le", "--raw", f"--latency-msec={latency_ms}"],
            stdout=self._file, stderr=subprocess.DEVNULL, preexec_fn=_die_with_this_process,
        )  # fmt: skip
        _started.append(self._process)

    def stop(self) -> array:
        self._process.terminate()
        self._process.wait(timeout=10)
        self._file.close()
        path = Path(self._file.name)
        data = path.read_bytes()
        os.unlink(path)
        return array("h", data[: len(data) // 2 * 2])


def onsets(samples: array) -> list[int]:
    """Where a sound starts after at least 10 ms of quiet."""
    found, quiet = [], QUIET_BEFORE_ONSET
    for index, value in enumerate(samples):
        if value > ONSET_THRESHOLD or value < -ONSET_THRESHOLD:
            if quiet >= QUIET_BEFORE_ONSET:
                found.append(index)
            quiet = 0
        else:
            quiet += 1
    return found


def crossing_delay(samples: array) -> int:
    """How far into a sound its onset is found: the calibration for that sound."""
    return onsets(samples)[0]


def expected_onsets(cues, bank) -> list[int]:
    """Where the onset finder should find each sounding cue in a perfect recording: the
    cue's sample plus how far into what sounds there its onset is found (of the mix, where
    two cues start on one sample: the sum crosses the threshold sooner than either)."""
    from heelcoach.audio.cue_track import CueTrack, sample_index
    from heelcoach.audio.sound_bank import sound_name

    track = CueTrack(cues, bank)
    starts = sorted({sample_index(cue.offset_ms) for cue in cues if sound_name(cue)})
    return [start + onsets(track.render(start, RATE // 10))[0] for start in starts]


def timing(expected: list[int], recorded: list[int]) -> dict[str, float]:
    """Deviation of each expected onset (track samples) from the recording, in ms.

    The recording starts at an unknown moment, so the grid is placed by the median
    offset; every cue's deviation from that grid, and the drift per minute (a
    least-squares slope), are what the ear would notice.
    """
    if not expected or not recorded:
        raise AssertionError("no onsets to compare")
    origin = recorded[0] - expected[0]
    matched = []
    for _ in range(2):  # place the grid, then refine it by the median
        matched = []
        for target in expected:
            nearest = min(recorded, key=lambda onset: abs(onset - target - origin))
            matched.append(nearest - target - origin)
        origin += statistics.median(matched)
    deviations = [abs(value) * 1000 / RATE for value in matched]
    times = [target / RATE / 60 for target in expected]
    mean_t, mean_d = statistics.fmean(times), statistics.fmean(matched)
    spread = sum((t - mean_t) ** 2 for t in times)
    slope = sum((t - mean_t) * (d - mean_d) for t, d in zip(times, matched, strict=True))
    drift = (slope / spread) * 1000 / RATE if spread else 0.0
    ordered = sorted(deviations)
    return {
        "cues": len(expected),
        "p50_ms": ordered[len(ordered) // 2],
        "p99_ms": ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))],
        "max_ms": ordered[-1],
        "drift_ms_per_min": drift,
    }
