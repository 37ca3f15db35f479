"""A source checkout works as contributors use it: `python -m heelcoach` and `python -m
pytest` from the repository's root take the package from the tree, not from site-packages,
and must still find every file in resources/."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def from_the_root(*arguments, timeout=120):
    return subprocess.run([sys.executable, *arguments], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip


def test_run_from_the_root_it_finds_the_sounds_icon_drawings_and_translations():
    code = textwrap.dedent("""
        import heelcoach
        from heelcoach.system.paths import resource_file
        from heelcoach.audio.sound_bank import SoundBank
        print(heelcoach.__file__)
        print(sorted(SoundBank.load(resource_file("sounds")).sounds)[:3])
        for parts in (("icons", "io.github.heelcoach.HeelCoach.png"),
                      ("illustrations", "calf_stretch.svg"), ("learn", "learn_en.html"),
                      ("translations", "heelcoach_da.qm"),
                      ("desktop", "io.github.heelcoach.HeelCoach.desktop")):
            assert resource_file(*parts).is_file(), parts
        print("all found")
    """)
    result = from_the_root("-c", code)
    assert result.returncode == 0, result.stderr
    where, sounds, found = result.stdout.splitlines()
    assert Path(where).parent == ROOT / "heelcoach"  # the tree's, not the installed one
    assert sounds.startswith("[") and found == "all found"


def test_python_m_heelcoach_from_the_root_starts_with_nothing_amiss(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "heelcoach", "--smoke-test"], cwd=ROOT, capture_output=True,
        text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEELCOACH_DATA_DIR": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr  # an error logged fails it
    assert "ModuleNotFoundError" not in (tmp_path / "heelcoach.log").read_text()


def test_python_m_pytest_from_the_root_runs_the_tree(tmp_path):
    result = from_the_root("-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "tests/audio/test_sounds.py", "tests/ui/test_translations.py",
                           timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]
    assert " passed" in result.stdout
