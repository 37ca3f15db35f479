"""The bundle's install.sh: it replaces or removes only what it installed, and a stopped
install's leftovers are removed, never merged into the next."""

import shutil
import subprocess
from pathlib import Path

import pytest

INSTALL_SCRIPT = Path(__file__).parent.parent / "packaging" / "install_bundle.sh"
FAKE_APP = """#!/bin/sh
echo "fake heelcoach $*"
"""


@pytest.fixture
def bundle(tmp_path) -> Path:
    """An unpacked bundle, with a stand-in for the app (the script is what is tested)."""
    unpacked = tmp_path / "HeelCoach-0.2.0"
    (unpacked / "HeelCoach").mkdir(parents=True)
    shutil.copy(INSTALL_SCRIPT, unpacked / "install.sh")
    app = unpacked / "HeelCoach" / "heelcoach"
    app.write_text(FAKE_APP)
    app.chmod(0o755)
    (unpacked / "HeelCoach" / "libQt6Core.so.6").write_text("new")
    return unpacked


def install(bundle: Path, home: Path, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(["sh", str(bundle / "install.sh"), *arguments], capture_output=True,
                          text=True, env={"HOME": str(home), "PATH": "/usr/bin:/bin"})  # fmt: skip


def test_a_folder_of_the_users_own_at_the_target_is_left_alone(bundle, tmp_path):
    home = tmp_path / "home"
    own = home / ".local" / "lib" / "heelcoach"
    own.mkdir(parents=True)
    (own / "my-notes.txt").write_text("mine")
    for arguments in ((), ("--uninstall",)):
        result = install(bundle, home, *arguments)
        assert result.returncode == 1
        assert "is not a HeelCoach bundle installed by this script" in result.stderr
        assert (own / "my-notes.txt").read_text() == "mine"


def test_a_stopped_installs_leftovers_are_removed_not_merged(bundle, tmp_path):
    home = tmp_path / "home"
    assert install(bundle, home).returncode == 0
    target = home / ".local" / "lib" / "heelcoach"
    stale = Path(f"{target}.new")
    shutil.copytree(target, stale)  # an install stopped half-way, marker and all
    (stale / "libold.so.1").write_text("from an older bundle")
    result = install(bundle, home)
    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert not (target / "libold.so.1").exists()
    assert (target / "libQt6Core.so.6").read_text() == "new"
    assert "fake heelcoach --install-desktop" in result.stdout


def test_uninstall_takes_out_what_install_put_in(bundle, tmp_path):
    home = tmp_path / "home"
    assert install(bundle, home).returncode == 0
    result = install(bundle, home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert "fake heelcoach --uninstall-desktop" in result.stdout
    assert not (home / ".local" / "lib" / "heelcoach").exists()
    assert not (home / ".local" / "bin" / "heelcoach").exists()
