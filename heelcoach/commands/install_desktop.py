"""`heelcoach --install-desktop` and `--uninstall-desktop`."""

from __future__ import annotations

import sys
from types import SimpleNamespace


def main(options: SimpleNamespace) -> int:
    from heelcoach.desktop import install, reminders
    from heelcoach.desktop.command import UnsafeNameError

    try:
        if options.install_desktop:
            written = install.install()
            print(f"HeelCoach is in the menu: {len(written)} files put in place, the entry is "
                  f"{install.desktop_file()}.")  # fmt: skip
            return 0
        removed = install.uninstall()
        before = set(reminders.installed())  # every data folder's: only this one's go
        reminders.apply([])
        timers = before - set(reminders.installed())
    except UnsafeNameError as error:
        print(f"heelcoach: nothing was put in the menu: {error}.", file=sys.stderr)
        return 2
    except reminders.RemindersError as error:
        print(f"heelcoach: the reminders could not be taken out: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        from heelcoach.system.disk_problems import plain_words

        where = getattr(error, "filename", None) or ""
        print(f"heelcoach: could not change the desktop's files: {plain_words(error)} {where}",
              file=sys.stderr)  # fmt: skip
        return 1
    print(f"HeelCoach is out of the menu: {len(removed)} files and {len(timers)} reminder "
          "units taken out. Your journal stays where it is.")  # fmt: skip
    return 0
