"""A write to the data folder lands in its file or nowhere: never through a planted link."""

import stat

import pytest

from heelcoach.system import atomic_file
from heelcoach.system.atomic_file import write_atomically
from heelcoach.system.paths import data_dir


def test_the_temporary_file_is_never_one_planted_in_advance(tmp_path, monkeypatch):
    victim = tmp_path / "victim.txt"
    victim.write_text("not yours")
    monkeypatch.setattr(atomic_file, "random_text", lambda: "guessed")
    planted = atomic_file.temporary_name(tmp_path / "journal.json")  # the guessed name
    planted.symlink_to(victim)
    with pytest.raises(FileExistsError):
        write_atomically(tmp_path / "journal.json", b"{}")
    assert victim.read_text() == "not yours"
    assert not (tmp_path / "journal.json").exists()


def test_two_writes_use_two_fresh_names(tmp_path):
    names = {atomic_file.temporary_name(tmp_path / "journal.json") for _ in range(100)}
    assert len(names) == 100


def test_a_data_folder_open_to_others_is_closed_when_heelcoach_opens_it(data_folder):
    data_folder.mkdir(mode=0o755, parents=True)
    data_folder.chmod(0o755)
    assert data_dir() == data_folder
    assert stat.S_IMODE(data_folder.stat().st_mode) == 0o700
