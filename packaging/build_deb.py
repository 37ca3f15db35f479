"""A .deb of the bundle, for Debian and Ubuntu users to install with a double-click:
dist/heelcoach_<version>_<arch>.deb, built with Debian's own dpkg-deb (no download).

    .venv/bin/python packaging/build_deb.py      (after packaging/build_bundle.py)

The app goes to /opt/heelcoach, the command /usr/bin/heelcoach links to it, and the menu
entry, the icons and the AppStream metainfo go where the system's own are. It depends on
what the bundle leaves to the system: the C library, the C++ runtime and libexpat.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "HeelCoach"
RESOURCES = ROOT / "resources"
APP_ID = "io.github.heelcoach.HeelCoach"
DEPENDS = "libc6 (>= 2.35), libstdc++6, libgcc-s1, libexpat1, libpulse0, libfontconfig1"
CONTROL = """Package: heelcoach
Version: {version}
Architecture: {arch}
Maintainer: HeelCoach <heelcoach@users.noreply.github.com>
Depends: {depends}
Section: misc
Priority: optional
Installed-Size: {size_kib}
Homepage: https://github.com/heelcoach/heelcoach
Description: coach for heavy slow heel raises, for plantar heel pain
 HeelCoach calls every phase of every heel raise with sound, on time, keeps a
 journal of sets and pain, and tells from the runner's own pain reports whether
 to go on, hold or ease off, and when to see a clinician. English and Danish.
"""


def version() -> str:
    found = subprocess.run([str(BUNDLE / "heelcoach"), "--version"], capture_output=True,
                           text=True, check=True)  # fmt: skip
    return found.stdout.split()[-1]


def build(target_folder: Path) -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()  # fmt: skip
    number = version()
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "heelcoach"
        shutil.copytree(BUNDLE, tree / "opt" / "heelcoach", symlinks=True)
        (tree / "usr" / "bin").mkdir(parents=True)
        (tree / "usr" / "bin" / "heelcoach").symlink_to("/opt/heelcoach/heelcoach")
        share = tree / "usr" / "share"
        (share / "applications").mkdir(parents=True)
        shutil.copy(RESOURCES / "desktop" / f"{APP_ID}.desktop", share / "applications")
        (share / "metainfo").mkdir(parents=True)
        shutil.copy(RESOURCES / "desktop" / f"{APP_ID}.metainfo.xml", share / "metainfo")
        icons = share / "icons" / "hicolor"
        (icons / "scalable" / "apps").mkdir(parents=True)
        shutil.copy(RESOURCES / "icons" / f"{APP_ID}.svg", icons / "scalable" / "apps")
        for size in (RESOURCES / "icons" / "hicolor").iterdir():
            (icons / size.name / "apps").mkdir(parents=True)
            shutil.copy(size / f"{APP_ID}.png", icons / size.name / "apps")
        size_kib = sum(p.lstat().st_size for p in tree.rglob("*") if not p.is_dir()) // 1024
        (tree / "DEBIAN").mkdir()
        (tree / "DEBIAN" / "control").write_text(CONTROL.format(
            version=number, arch=arch, depends=DEPENDS, size_kib=size_kib))  # fmt: skip
        target = target_folder / f"heelcoach_{number}_{arch}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree),
                        str(target)], check=True, capture_output=True)  # fmt: skip
    return target


def main() -> int:
    if not (BUNDLE / "heelcoach").is_file():
        print(f"build_deb: no bundle in {BUNDLE}: run packaging/build_bundle.py first",
              file=sys.stderr)  # fmt: skip
        return 1
    if shutil.which("dpkg-deb") is None:
        print("build_deb: dpkg-deb is missing (Debian and Ubuntu have it)", file=sys.stderr)
        return 1
    target = build(ROOT / "dist")
    print(f"built {target} ({target.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
