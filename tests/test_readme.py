"""The README's two set-up commands are the ones that are run: CI runs its test command as
written, and its install command starts the app the venv installed."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def commands_after(label: str) -> list[str]:
    """The lines of the first shell block after `label` in the README."""
    readme = (ROOT / "README.md").read_text()
    block = re.search(re.escape(label) + r".*?```sh\n(.*?)```", readme, re.DOTALL)
    assert block is not None, f"no command after {label!r}"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_ci_runs_the_readmes_test_command_as_written():
    *_packages, command = commands_after("**Install and pass the tests**")
    assert command.startswith("python3 -m venv .venv && ")
    assert command.endswith(" && .venv/bin/pytest")
    ci = [line for line in (ROOT / ".ci" / "run").read_text().splitlines()
          if not line.startswith("#")]  # fmt: skip
    assert command in ci


def test_the_readmes_install_command_runs_what_it_installed():
    [command] = commands_after("**Install and run the app**")
    assert command == "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/heelcoach"


def test_the_readme_is_read_in_two_minutes():
    words = len((ROOT / "README.md").read_text().split())
    assert words < 3000, f"the README has {words} words: move the details to docs/"
