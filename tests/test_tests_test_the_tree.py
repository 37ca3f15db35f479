"""The suite tests the tree it sits in, however HeelCoach is installed: a module broken in
a copy of the tree fails the copy's tests, run with the venv's `pytest` as the README says."""

import shutil
import subprocess
import sys
from pathlib import Path

TREE = Path(__file__).resolve().parents[1]


def test_a_module_broken_in_a_copy_of_the_tree_fails_its_tests(tmp_path):
    copy = tmp_path / "tree"
    shutil.copytree(TREE, copy, ignore=shutil.ignore_patterns(
        ".venv", ".git", "dist", "build", "__pycache__", "*.egg-info", "HeelCoach-*",
        ".mypy_cache"))  # fmt: skip
    rules = copy / "heelcoach" / "coach" / "rules.py"
    rules.write_text(rules.read_text() + '\nraise RuntimeError("broken on purpose")\n')
    pytest = Path(sys.executable).with_name("pytest")  # the console script, not python -m
    result = subprocess.run([str(pytest), "-q", "-p", "no:cacheprovider",
                             "tests/coach/test_rules.py"], cwd=copy, capture_output=True,
                            text=True, timeout=300)  # fmt: skip
    assert result.returncode != 0
    assert "broken on purpose" in result.stdout + result.stderr
