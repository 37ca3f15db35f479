"""Check the .deb as a Debian or Ubuntu user would meet it, in CI (as root): install it with
apt-get, pass the installed app's --smoke-test offscreen, hear its test sound in the
PulseAudio null sink, validate its menu entry, then remove it, leaving no file behind.

    .venv/bin/python packaging/check_deb.py      (after packaging/build_deb.py)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(ROOT / "tests"))

from audio_recording import LIVE_BOUND_MS  # noqa: E402
from check_bundle import heard_test_sound, run  # noqa: E402

APP_ID = "io.github.heelcoach.HeelCoach"


def main() -> int:
    [package] = sorted((ROOT / "dist").glob("heelcoach_*.deb"))
    apt = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "install", "-y", "-qq", str(package)], apt, timeout=600)
    installed = run(["dpkg", "-L", "heelcoach"], apt).split()
    files = [Path(name) for name in installed if Path(name).is_file() or Path(name).is_symlink()]
    print(f"installed {package.name}: {len(files)} files")
    try:
        with tempfile.TemporaryDirectory() as scratch:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEELCOACH_DATA_DIR": scratch}
            env.pop("PYTHONPATH", None)
            print(run(["/usr/bin/heelcoach", "--smoke-test"], env).strip())
            heard = heard_test_sound(Path("/usr/bin/heelcoach"), env)
            if heard["max_ms"] > LIVE_BOUND_MS:
                raise SystemExit(f"FAILED: the test sound was not heard as up, hold, down: {heard}")
            print(f"test sound heard: {heard['cues']} cues, each within {heard['max_ms']:.3f} "
                  "ms of its place")  # fmt: skip
        entry = Path("/usr/share/applications") / f"{APP_ID}.desktop"
        run(["desktop-file-validate", str(entry)], env)
    finally:
        run(["apt-get", "remove", "--purge", "-y", "-qq", "heelcoach"], apt, timeout=600)
    left = [path for path in files if path.exists() or path.is_symlink()]
    if left:
        raise SystemExit(f"FAILED: removing the package left {left[:5]}")
    if Path("/opt/heelcoach").exists():
        raise SystemExit("FAILED: removing the package left /opt/heelcoach")
    print("deb check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
