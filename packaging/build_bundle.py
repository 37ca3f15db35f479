"""Build HeelCoach for people without Python: a frozen app in dist/HeelCoach/ (its
executable `heelcoach`), and dist/HeelCoach-<version>-linux-<machine>.tar.gz with an
install script that puts it under ~/.local and in the desktop's menu.

    python packaging/build_bundle.py

It freezes the HeelCoach installed in this Python (`pip install .` first), with
PyInstaller (installed here if missing). PyInstaller, not Nuitka: it freezes in a minute or
two where Nuitka compiles every module to C for many minutes, its PySide6 hooks are
maintained with PySide6, and the app gains nothing measurable from compiling (its hot path
is Qt's and the sound thread's, not Python's).
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


def freeze() -> None:
    work = ROOT / "build" / "pyinstaller"
    spec = Path(__file__).with_name("heelcoach.spec")
    # Run from packaging/, not the root: the package frozen is the installed one, not the tree.
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level=WARN", f"--distpath={DIST}", f"--workpath={work}", str(spec)],
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
    ensure_pyinstaller()
    from heelcoach import __version__

    if BUNDLE.exists():
        shutil.rmtree(BUNDLE)
    freeze()
    executable = BUNDLE / "heelcoach"
    if not os.access(executable, os.X_OK):
        print(f"the build made no {executable}", file=sys.stderr)
        return 1
    target = archive(__version__)
    size = unpacked_bytes(BUNDLE)
    took = time.monotonic() - started
    print(f"built {BUNDLE} ({size / 2**20:.0f} MiB unpacked) and {target.name} "
          f"({target.stat().st_size / 2**20:.0f} MiB) in {took:.0f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
