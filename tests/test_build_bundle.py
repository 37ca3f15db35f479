"""packaging/build_bundle.py says what a machine lacks before it starts, in words that say
what to do, and touches no earlier bundle then."""

import os
import subprocess
import sys
from pathlib import Path

BUILD = Path(__file__).resolve().parents[1] / "packaging" / "build_bundle.py"


def build(python: str, **env) -> subprocess.CompletedProcess:
    clean = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    return subprocess.run([python, str(BUILD)], capture_output=True, text=True, timeout=120,
                          env={**clean, **env})  # fmt: skip


def test_a_python_without_heelcoach_is_told_to_install_it_first():
    result = build("/usr/bin/python3")  # Debian's own: no HeelCoach in it
    assert result.returncode == 1
    assert "HeelCoach is not installed in /usr/bin/python3: install it first" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_machine_without_objdump_is_told_which_package_has_it(tmp_path):
    result = build(sys.executable, PATH=str(tmp_path))  # nothing on the PATH
    assert result.returncode == 1
    assert "objdump is missing" in result.stderr and "apt-get install binutils" in result.stderr
