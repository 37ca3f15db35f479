"""Reminders on training days, and of the morning check-in, when HeelCoach is not open.

A systemd user timer runs `heelcoach --remind training` (or `check-in`) at the time the
runner picked, every day; that command works out whether today calls for a reminder and
shows the notification, or nothing. A timer, not XDG autostart: autostart runs once at
login, a timer fires at the time chosen, catches up at the next login if the computer was
off (Persistent=), and is listed by `systemctl --user list-timers`. Turning a reminder off
takes out its units again; nothing else is installed.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from heelcoach.desktop.command import (
    UnsafeNameError,
    checked,
    heelcoach_command,
    systemd_environment,
    systemd_exec,
)
from heelcoach.desktop.reminder_kinds import CHECK_IN_REMINDER, TRAINING_REMINDER
from heelcoach.system.atomic_file import write_atomically
from heelcoach.system.paths import DATA_DIR_VARIABLE

if TYPE_CHECKING:
    from heelcoach.desktop.install import Environ

log = logging.getLogger(__name__)

KINDS = (TRAINING_REMINDER, CHECK_IN_REMINDER)
SYSTEMCTL_TIMEOUT_S = 20


class RemindersError(Exception):
    """The timers could not be set up or taken out; str(error) says why, in plain words."""


@dataclass(frozen=True)
class Reminder:
    kind: str  # one of KINDS
    at: str  # "HH:MM"


def units_folder(environ: Environ = os.environ) -> Path:
    config = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "systemd" / "user"


def unit_name(kind: str, environ: Environ = os.environ) -> str:
    """One per data folder: a HeelCoach with a folder of its own (HEELCOACH_DATA_DIR)
    reminds of its own journal, beside the default one."""
    folder = environ.get(DATA_DIR_VARIABLE)
    if not folder:
        return f"heelcoach-remind-{kind}"
    import hashlib

    digest = hashlib.sha256(os.fsencode(folder)).hexdigest()[:8]  # its bytes, as on disk
    return f"heelcoach-remind-{kind}-{digest}"


def service_text(kind: str, environ: Environ = os.environ) -> str:
    lines = [
        "[Unit]",
        f"Description=HeelCoach: the {kind} reminder",
        "",
        "[Service]",
        "Type=oneshot",
        f"ExecStart={systemd_exec([*heelcoach_command(), '--remind', kind])}",
    ]
    folder = environ.get(DATA_DIR_VARIABLE)
    if folder:  # the journal this HeelCoach keeps
        lines.append(f"Environment={systemd_environment(DATA_DIR_VARIABLE, checked(folder))}")
    return "\n".join(lines) + "\n"


def timer_text(reminder: Reminder) -> str:
    return "\n".join([
        "[Unit]",
        f"Description=HeelCoach: the {reminder.kind} reminder, daily at {reminder.at}",
        "",
        "[Timer]",
        f"OnCalendar=*-*-* {reminder.at}:00",
        "Persistent=true",
        "",
        "[Install]",
        "WantedBy=timers.target",
        "",
    ])  # fmt: skip


def installed(environ: Environ = os.environ) -> list[Path]:
    """Every reminder unit there is, of any data folder's."""
    folder = units_folder(environ)
    return sorted(folder.glob("heelcoach-remind-*")) if folder.is_dir() else []


def apply(reminders: list[Reminder], environ: Environ = os.environ) -> None:
    """Make this data folder's timers what `reminders` says: each one set (or moved to its
    new time), the others taken out. Raises RemindersError, and then keeps none of the
    reminders it was to set."""
    folder = units_folder(environ)
    wanted = {reminder.kind: reminder for reminder in reminders}
    names = {kind: unit_name(kind, environ) for kind in KINDS}
    unwanted = [kind for kind in KINDS if kind not in wanted]
    if unwanted:
        _systemctl(["disable", "--now", *(f"{names[kind]}.timer" for kind in unwanted)],
                   must_work=False)  # fmt: skip
    _remove(folder, [names[kind] for kind in unwanted])
    try:
        _write(folder, wanted, names, environ)
        _systemctl(["daemon-reload"], must_work=bool(wanted))
        if wanted:  # restart: a timer already running takes its new time now
            _systemctl(["enable", *(f"{names[kind]}.timer" for kind in wanted)])
            _systemctl(["restart", *(f"{names[kind]}.timer" for kind in wanted)])
    except RemindersError as error:
        log.warning("reminders could not be set up: %s", error)
        _remove(folder, [names[kind] for kind in wanted])
        raise
    log.info("reminders now: %s", ", ".join(f"{r.kind} at {r.at}" for r in reminders) or "none")


def _write(folder: Path, wanted: dict[str, Reminder], names: dict[str, str],
           environ: Environ) -> None:  # fmt: skip
    try:
        if wanted:
            folder.mkdir(parents=True, exist_ok=True)
        for kind, reminder in wanted.items():
            write_atomically(folder / f"{names[kind]}.service",
                             service_text(kind, environ).encode(), mode=0o644)  # fmt: skip
            write_atomically(folder / f"{names[kind]}.timer", timer_text(reminder).encode(),
                             mode=0o644)  # fmt: skip
    except UnsafeNameError as error:
        raise RemindersError(str(error)) from error
    except OSError as error:
        from heelcoach.system.disk_problems import plain_words

        raise RemindersError(f"{folder}: {plain_words(error)}") from error


def _remove(folder: Path, names: list[str]) -> None:
    for name in names:
        for suffix in (".service", ".timer"):
            (folder / f"{name}{suffix}").unlink(missing_ok=True)


def _systemctl(arguments: list[str], must_work: bool = True) -> None:
    systemctl = shutil.which("systemctl")
    if systemctl is None:
        if must_work:
            raise RemindersError(
                QCoreApplication.translate(
                    "Reminders", "this computer does not run systemd, which the reminders need"
                )
            )
        return
    try:
        done = subprocess.run([systemctl, "--user", *arguments], capture_output=True, text=True,
                              timeout=SYSTEMCTL_TIMEOUT_S)  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as error:
        if must_work:
            raise RemindersError(
                QCoreApplication.translate(
                    "Reminders",
                    "your desktop's background service (systemd), which reminders need, did "
                    "not answer; try again in a moment",
                )
            ) from error
        return
    if done.returncode != 0 and must_work:
        why = (done.stderr.strip().splitlines() or [""])[-1]
        log.warning("systemctl --user %s: %s", " ".join(arguments), why)
        raise RemindersError(
            QCoreApplication.translate(
                "Reminders",
                "your desktop's background service (systemd), which reminders need, is not "
                "running in this session",
            )
        )
