"""Build HeelCoach for people without Python: a frozen app in dist/HeelCoach/ (its
executable `heelcoach`), and dist/HeelCoach-<version>-linux-<machine>.tar.gz with an
install script that puts it under ~/.local and in the desktop's menu.

    .venv/bin/python packaging/build_bundle.py

It freezes the HeelCoach installed in this Python (`.venv/bin/pip install .` first), with
PyInstaller (installed here if missing), which reads libraries with objdump (binutils). A
build that fails leaves the last good bundle in place.

PyInstaller, not Nuitka: it freezes in a minute or two where Nuitka compiles every module
to C for many minutes, its PySide6 hooks are maintained with PySide6, and the app gains
nothing measurable from compiling (its hot path is Qt's and the sound thread's, not
Python's).
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "HeelCoach"
INSTALL_SCRIPT = Path(__file__).with_name("install_bundle.sh")


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ModuleNotFoundError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pyinstaller>=6.10"],
                       check=True)  # fmt: skip


def missing() -> str | None:
    """What this machine lacks to build the bundle, in words saying what to do; or None."""
    found = subprocess.run([sys.executable, "-c", "import heelcoach"], cwd=Path(__file__).parent,
                           capture_output=True)  # fmt: skip
    if found.returncode != 0:
        return (f"HeelCoach is not installed in {sys.executable}: install it first "
                "(.venv/bin/pip install .), then run this script with that Python")  # fmt: skip
    if shutil.which("objdump") is None:
        return "objdump is missing (PyInstaller reads libraries with it): apt-get install binutils"
    return None


def freeze(into: Path) -> None:
    work = ROOT / "build" / "pyinstaller"
    spec = Path(__file__).with_name("heelcoach.spec")
    # Run from packaging/, not the root: the package frozen is the installed one, not the tree.
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level=WARN", f"--distpath={into}", f"--workpath={work}", str(spec)],
                   check=True, cwd=spec.parent)  # fmt: skip


def archive(version: str) -> Path:
    name = f"HeelCoach-{version}-linux-{platform.machine()}"
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(BUNDLE, arcname=f"{name}/HeelCoach")
        tar.add(INSTALL_SCRIPT, arcname=f"{name}/install.sh")
    return target


def unpacked_bytes(folder: Path) -> int:
    """What the unpacked bundle takes on disk (a link counted once, as the link)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir()
               or path.is_symlink())  # fmt: skip


def main() -> int:
    started = time.monotonic()
    if (lacking := missing()) is not None:
        print(f"build_bundle: {lacking}", file=sys.stderr)
        return 1
    ensure_pyinstaller()
    from heelcoach import __version__

    staging = DIST / ".building"  # the last good bundle stays until this one is whole
    shutil.rmtree(staging, ignore_errors=True)
    try:
        freeze(staging)
    except subprocess.CalledProcessError as error:
        print(f"build_bundle: PyInstaller failed ({error.returncode}); {BUNDLE} is as it was",
              file=sys.stderr)  # fmt: skip
        return 1
    if not os.access(staging / "HeelCoach" / "heelcoach", os.X_OK):
        print(f"build_bundle: the build made no executable; {BUNDLE} is as it was",
              file=sys.stderr)  # fmt: skip
        return 1
    shutil.rmtree(BUNDLE, ignore_errors=True)
    (staging / "HeelCoach").rename(BUNDLE)
    shutil.rmtree(staging)
    target = archive(__version__)
    size = unpacked_bytes(BUNDLE)
    took = time.monotonic() - started
    print(f"built {BUNDLE} ({size / 2**20:.0f} MiB unpacked) and {target.name} "
          f"({target.stat().st_size / 2**20:.0f} MiB) in {took:.0f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
