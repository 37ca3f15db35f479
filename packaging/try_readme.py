"""Run the README's two set-up commands as a newcomer would: copied from the README, in a
fresh clone, with a new HOME and a new venv. The app is started with --smoke-test (it
paints its first frame offscreen and exits); the test command runs the whole suite.

    python3 packaging/try_readme.py [--no-tests]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def command_after(label: str) -> str:
    readme = (ROOT / "README.md").read_text()
    block = re.search(re.escape(label) + r".*?```sh\n(.*?)```", readme, re.DOTALL)
    if block is None:
        raise SystemExit(f"no command after {label!r} in README.md")
    return [line for line in block.group(1).splitlines() if line.strip()][-1]


def run(command: str, where: Path, env: dict[str, str]) -> None:
    started = time.monotonic()
    print(f"$ {command}", flush=True)
    done = subprocess.run(command, shell=True, cwd=where, env=env)
    print(f"  exit {done.returncode} after {time.monotonic() - started:.0f} s", flush=True)
    if done.returncode != 0:
        raise SystemExit(f"FAILED as written: {command}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-tests", action="store_true", help="only install and start")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        clone, home = Path(scratch) / "heelcoach", Path(scratch) / "home"
        home.mkdir()
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        env = {"HOME": str(home), "PATH": "/usr/local/bin:/usr/bin:/bin",
               "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}  # fmt: skip
        install = command_after("**Install and run the app**")
        run(install.replace(".venv/bin/heelcoach", ".venv/bin/heelcoach --smoke-test"), clone,
            env)  # fmt: skip
        if not options.no_tests:
            run(command_after("**Install and pass the tests**"), clone, env)
    print("the README's commands work as written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
