"""`heelcoach --install-desktop`: the menu entry, the icons and the metainfo in the user's
XDG folders, valid by the desktop's own validators; `--uninstall-desktop` takes them out."""

import shutil
import subprocess

import pytest
from test_command_line import run_heelcoach

from heelcoach import APP_ID
from heelcoach.desktop import reminders
from heelcoach.system.paths import DATA_DIR_VARIABLE, data_dir, resource_file

SIZES = (16, 24, 32, 48, 64, 128, 256)


def validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(
            f"{name} is missing: apt-get install desktop-file-utils appstream systemd"
        )
    return found


@pytest.fixture
def xdg(tmp_path):
    return {"XDG_DATA_HOME": str(tmp_path / "share"), "XDG_CONFIG_HOME": str(tmp_path / "config")}


def test_install_puts_the_entry_icons_and_metainfo_in_place(xdg, tmp_path):
    result = run_heelcoach("--install-desktop", env=xdg)
    assert result.returncode == 0, result.stderr
    share = tmp_path / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    text = entry.read_text()
    assert '"-m" "heelcoach"' in text  # this HeelCoach, wherever it is installed
    assert "[Desktop Action start-set]" in text
    assert '"-m" "heelcoach" --start' in text
    assert "Name[da]=Start dagens sæt" in text
    icons = share / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    for pixels in SIZES:
        assert (icons / f"{pixels}x{pixels}" / "apps" / f"{APP_ID}.png").exists()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    checked = subprocess.run([validator("desktop-file-validate"), str(entry)],
                             capture_output=True, text=True)  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "error" not in checked.stdout


def test_the_metainfo_passes_appstreams_pedantic_validation():
    metainfo = resource_file("desktop", f"{APP_ID}.metainfo.xml")
    checked = subprocess.run([validator("appstreamcli"), "validate", "--pedantic", "--no-net",
                              str(metainfo)], capture_output=True, text=True)  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    text = metainfo.read_text()
    wanted = ("<screenshot", "<caption>", "<release ", "oars-1.1", "<developer id=",
              "<binary>heelcoach</binary>", "<display_length", 'summary xml:lang="da"')  # fmt: skip
    for needed in wanted:
        assert needed in text, needed


def test_uninstall_takes_out_all_it_put_in_and_leaves_the_rest(xdg, tmp_path, data_folder):
    assert run_heelcoach("--install-desktop", env=xdg).returncode == 0
    other = tmp_path / "share" / "applications" / "someone-else.desktop"
    other.write_text("[Desktop Entry]\n")
    result = run_heelcoach("--uninstall-desktop", env=xdg)
    assert result.returncode == 0, result.stderr
    # The menu's own caches (mimeinfo.cache) are the desktop's, refreshed, not ours.
    left = sorted(path for path in (tmp_path / "share").rglob("*")
                  if path.is_file() and path.suffix != ".cache")  # fmt: skip
    assert left == [other]
    assert "Your journal stays" in result.stdout


def test_install_into_a_folder_it_cannot_write_says_so(tmp_path):
    blocked = tmp_path / "share"
    blocked.write_text("a file where the folder should be")
    result = run_heelcoach("--install-desktop", env={"XDG_DATA_HOME": str(blocked)})
    assert result.returncode == 1
    assert "could not change the desktop's files" in result.stderr
    assert "Errno" not in result.stderr


def test_uninstall_counts_the_reminder_units_it_took_out_and_leaves_other_folders(xdg, tmp_path):
    units = tmp_path / "config" / "systemd" / "user"
    units.mkdir(parents=True)
    names = {folder: reminders.unit_name("training", {DATA_DIR_VARIABLE: str(folder)})
             for folder in (data_dir(), tmp_path / "another journal")}  # fmt: skip
    for name in names.values():
        for suffix in (".service", ".timer"):
            (units / f"{name}{suffix}").write_text("[Unit]\n")
    result = run_heelcoach("--uninstall-desktop", env=xdg)
    assert result.returncode == 0, result.stderr
    assert "and 2 reminder units taken out" in result.stdout
    other = names[tmp_path / "another journal"]
    assert sorted(path.name for path in units.iterdir()) == [f"{other}.service", f"{other}.timer"]
