"""A data folder of any name the desktop's formats can carry makes a menu entry and reminder
units that are valid and start HeelCoach on that very folder; one they cannot carry (a
line break, a control code) is refused, and nothing is written."""

import shlex
import subprocess

import pytest
from test_command_line import run_heelcoach
from test_desktop_install import validator

from heelcoach import APP_ID
from heelcoach.desktop import reminders
from heelcoach.desktop.reminders import Reminder
from heelcoach.system.paths import DATA_DIR_VARIABLE

CARRIED = {
    "spaces": "my heel journal",
    "a double quote": 'the "good" heel',
    "a dollar and a name": "$HOME/heel",
    "backticks": "`touch /tmp/pwned`",
    "a backslash": "back\\slash",
    "percent signs": "100% %h %U",
    "a semicolon": "a; rm -rf ~",
    "Danish letters": "hæl-øvelser å",
}
REFUSED = {
    "a newline": "heel\nExec=touch /tmp/pwned",
    "a tab": "heel\tjournal",
    "an escape": "heel\x1b[2J",
    "a Latin-1 byte": "caf\udce9",
}  # a byte that is not UTF-8, as Python keeps it; fmt: skip


def desktop_exec_arguments(entry_text: str) -> list[str]:
    """The first Exec= line as the desktop reads it: the string escape `\\\\` first, then
    the quoting (a backslash before `"`, `` ` ``, `$` or `\\` in quotes), then `%%` as `%`."""
    line = next(line for line in entry_text.splitlines() if line.startswith("Exec="))
    value = line.removeprefix("Exec=").replace("\\\\", "\\")
    words, word, quoted, characters = [], "", False, iter(value)
    for character in characters:
        if quoted and character == "\\":
            word += next(characters)
        elif character == '"':
            quoted = not quoted
        elif character == " " and not quoted:
            words.append(word)
            word = ""
        else:
            word += character
    return [*words, word]


@pytest.mark.parametrize("name", CARRIED.values(), ids=CARRIED.keys())
def test_a_folder_name_the_formats_carry_makes_valid_files_for_that_folder(tmp_path, name):
    folder = tmp_path / name
    env = {"XDG_DATA_HOME": str(tmp_path / "share"), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           DATA_DIR_VARIABLE: str(folder)}  # fmt: skip
    result = run_heelcoach("--install-desktop", env=env)
    assert result.returncode == 0, result.stderr
    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    checked = subprocess.run(
        [validator("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert checked.returncode == 0 and "error" not in checked.stdout, checked.stdout
    arguments = desktop_exec_arguments(entry.read_text())
    assert [word.replace("%%", "%") for word in arguments[:2]] == [
        "env", f"{DATA_DIR_VARIABLE}={folder}"]  # fmt: skip

    service = reminders.service_text("training", {DATA_DIR_VARIABLE: str(folder)})
    units = tmp_path / "units"
    units.mkdir()
    (units / "heelcoach-remind-training.service").write_text(service)
    (units / "heelcoach-remind-training.timer").write_text(
        reminders.timer_text(Reminder("training", "18:00"))
    )
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    verified = subprocess.run(
        [
            validator("systemd-analyze"),
            "verify",
            "--user",
            "--man=no",
            str(units / "heelcoach-remind-training.service"),
        ],
        capture_output=True,
        text=True,
        env={"HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(runtime)},
    )
    assert verified.returncode == 0 and verified.stderr == "", verified.stderr
    [environment] = [line for line in service.splitlines() if line.startswith("Environment=")]
    value = environment.removeprefix("Environment=").replace("%%", "%")
    assert shlex.split(value) == [f"{DATA_DIR_VARIABLE}={folder}"]
    assert "$$" not in environment  # Environment= expands no $: doubled, it would change


@pytest.mark.parametrize("name", REFUSED.values(), ids=REFUSED.keys())
def test_a_folder_name_no_format_can_carry_is_refused_and_nothing_written(tmp_path, name):
    env = {"XDG_DATA_HOME": str(tmp_path / "share"), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           DATA_DIR_VARIABLE: str(tmp_path / name)}  # fmt: skip
    result = run_heelcoach("--install-desktop", env=env)
    assert result.returncode == 2
    assert "line break, another control character or bytes that are not UTF-8" in result.stderr
    assert DATA_DIR_VARIABLE not in result.stderr  # the folder's name, not the command's
    assert not (tmp_path / "share" / "applications").exists() or not any(
        (tmp_path / "share" / "applications").iterdir()
    )
    with pytest.raises(reminders.RemindersError, match="control character"):
        reminders.apply(
            [Reminder("training", "18:00")],
            {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), DATA_DIR_VARIABLE: str(tmp_path / name)},
        )
    assert not list((tmp_path / "cfg").rglob("*.service"))


def test_the_menu_entry_is_never_written_through_a_planted_link(tmp_path):
    share = tmp_path / "share" / "applications"
    share.mkdir(parents=True)
    victim = tmp_path / "bashrc"
    victim.write_text("# mine\n")
    (share / f".{APP_ID}.desktop.new").symlink_to(victim)  # the old fixed temporary name
    (share / f"{APP_ID}.desktop").symlink_to(victim)
    result = run_heelcoach(
        "--install-desktop",
        env={"XDG_DATA_HOME": str(tmp_path / "share"), "XDG_CONFIG_HOME": str(tmp_path / "cfg")},
    )
    assert result.returncode == 0, result.stderr
    assert victim.read_text() == "# mine\n"
    assert not (share / f"{APP_ID}.desktop").is_symlink()
