"""Check the built bundle as a user would meet it, in CI: no part of the C library in it
and nothing that needs a glibc newer than 2.35 (Ubuntu 22.04's); unpack the .tar.gz into a
fresh home, install it with its script, pass the frozen --smoke-test offscreen, hear the test
sound in a PulseAudio null sink (up, hold, down, 0.8 s apart), save a session as audio,
and uninstall it again.

    python packaging/check_bundle.py      (after packaging/build_bundle.py)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from audio_recording import LIVE_BOUND_MS, Recorder, expected_onsets, onsets, timing  # noqa: E402

GLIBC_FLOOR = (2, 35)  # Ubuntu 22.04 and Linux Mint 21; Debian 12 has 2.36, Fedora 40 2.39
GLIBCXX_FLOOR = (3, 4, 30)  # the C++ runtime of Ubuntu 22.04 (GCC 12), now the host's
C_LIBRARY = ("libc.so", "libm.so", "libmvec.so", "libpthread.so", "libdl.so", "librt.so",
             "ld-linux", "libresolv.so", "libutil.so")  # fmt: skip


def glibc_needed(bundle: Path) -> tuple[tuple[int, ...], Path | None, list[Path]]:
    """The highest glibc symbol version any file of the bundle needs, which file, and the
    parts of the C library the bundle carries (none may: they must be the host's). A file
    that needs a newer C++ runtime than Ubuntu 22.04's fails the check at once."""
    import re

    highest: tuple[int, ...] = (0,)
    needing = None
    carried = [path for path in bundle.rglob("*.so*") if path.name.startswith(C_LIBRARY)]
    for path in [bundle / "heelcoach", *bundle.rglob("*.so*")]:
        if not path.is_file() or path.is_symlink():
            continue
        symbols = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True)
        for found in set(re.findall(r"GLIBC_(\d+(?:\.\d+)+)", symbols.stdout)):
            version = tuple(int(part) for part in found.split("."))
            if version > highest:
                highest, needing = version, path
        for found in set(re.findall(r"GLIBCXX_(\d+(?:\.\d+)+)", symbols.stdout)):
            if tuple(int(part) for part in found.split(".")) > GLIBCXX_FLOOR:
                raise SystemExit(f"FAILED: {path} needs GLIBCXX_{found}, newer than Ubuntu "
                                 "22.04's C++ runtime")  # fmt: skip
    return highest, needing, carried


def run(command: list[str], env: dict[str, str], timeout: int = 120) -> str:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise SystemExit(f"FAILED: {' '.join(command)} exited {done.returncode}\n"
                         f"{done.stdout}\n{done.stderr}")  # fmt: skip
    return done.stdout


def heard_test_sound(heelcoach: Path, env: dict[str, str]) -> dict[str, float]:
    """How far from their places up, hold and down were heard on the default output (CI's
    null sink) while the bundle played its test sound there."""
    import time

    sink = subprocess.run(["pactl", "get-default-sink"], capture_output=True, text=True,
                          check=True).stdout.strip()  # fmt: skip
    # An idle null sink renders in long blocks; a 20 ms listener keeps it to short ones.
    listener = subprocess.Popen(["parec", "-d", f"{sink}.monitor", "--latency-msec=20", "--raw"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        recorder = Recorder(sink)
        time.sleep(0.3)
        run([str(heelcoach), "--test-sound"], env)
        time.sleep(0.5)  # what parec still holds reaches the file
        found = onsets(recorder.stop())
    finally:
        listener.terminate()
        listener.wait(timeout=10)
    from heelcoach.audio.cue_sound import TEST_CUES
    from heelcoach.audio.sound_bank import SoundBank
    from heelcoach.system.paths import resource_file

    return timing(expected_onsets(TEST_CUES, SoundBank.load(resource_file("sounds"))), found)


def runs_clean_with_a_history(heelcoach: Path, env: dict[str, str], home: Path) -> str:
    """The app open for a while on five months of journal, past the first frame's idle work
    (the graphs are made ready then), then closed as a logout would: no error logged."""
    import signal
    import time
    from datetime import date, timedelta

    sys.path.insert(0, str(ROOT / "packaging"))
    from synthetic_journal import journal_data, write

    folder = home / "history"
    write(folder, journal_data(150, date.today() - timedelta(days=1)))
    with_history = {**env, "HEELCOACH_DATA_DIR": str(folder)}
    process = subprocess.Popen([str(heelcoach)], env=with_history, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)  # fmt: skip
    time.sleep(8)
    process.send_signal(signal.SIGTERM)
    _out, errors = process.communicate(timeout=30)
    log = (folder / "heelcoach.log").read_text()
    bad = [line for line in log.splitlines() if " ERROR " in line or " CRITICAL " in line]
    if process.returncode != 0 or bad:
        raise SystemExit(f"FAILED: the bundle with a history: exit {process.returncode}, "
                         f"{bad[:3]}\n{errors[-2000:]}")  # fmt: skip
    return "ran 8 s on a five-month journal and closed on SIGTERM: nothing logged as an error"


def main() -> int:
    highest, needing, carried = glibc_needed(ROOT / "dist" / "HeelCoach")
    if carried:
        raise SystemExit(f"FAILED: the bundle carries parts of the C library: {carried}")
    if highest > GLIBC_FLOOR:
        floor = ".".join(map(str, GLIBC_FLOOR))
        raise SystemExit(f"FAILED: {needing} needs glibc {'.'.join(map(str, highest))}, "
                         f"above {floor}")  # fmt: skip
    print(f"the bundle needs glibc {'.'.join(map(str, highest))} at most (floor "
          f"{'.'.join(map(str, GLIBC_FLOOR))}) and carries no part of the C library")  # fmt: skip
    [archive] = sorted((ROOT / "dist").glob("HeelCoach-*.tar.gz"))
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch) / "home"
        home.mkdir()
        env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local/share"),
               "XDG_CONFIG_HOME": str(home / ".config"), "QT_QPA_PLATFORM": "offscreen",
               "HEELCOACH_DATA_DIR": str(home / "data")}  # fmt: skip
        env.pop("PYTHONPATH", None)
        with tarfile.open(archive) as tar:
            tar.extractall(scratch, filter="tar")
        [unpacked] = Path(scratch).glob("HeelCoach-*/install.sh")
        print(run(["sh", str(unpacked)], env).strip())
        heelcoach = home / ".local/bin/heelcoach"
        print(run([str(heelcoach), "--smoke-test"], env).strip())
        print(runs_clean_with_a_history(heelcoach, env, home))
        # The sound server is found through the real home and config (its cookie, socket).
        heard = heard_test_sound(heelcoach, {**os.environ, "HEELCOACH_DATA_DIR": env[
            "HEELCOACH_DATA_DIR"]})  # fmt: skip
        if heard["max_ms"] > LIVE_BOUND_MS:
            raise SystemExit(f"FAILED: the test sound was not heard as up, hold, down: {heard}")
        print(f"test sound heard: {heard['cues']} cues, each within {heard['max_ms']:.3f} ms "
              "of its place")  # fmt: skip
        saved = home / "today.ogg"
        print(run([str(heelcoach), "--export-audio", "stretches", str(saved)], env).strip())
        entry = home / ".local/share/applications/io.github.heelcoach.HeelCoach.desktop"
        if str(home / ".local/lib/heelcoach/heelcoach") not in entry.read_text():
            raise SystemExit(f"FAILED: the menu entry does not start the bundle: {entry}")
        print(run(["sh", str(unpacked), "--uninstall"], env).strip())
        if entry.exists() or heelcoach.exists():
            raise SystemExit("FAILED: --uninstall left the entry or the command")
    print("bundle check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
