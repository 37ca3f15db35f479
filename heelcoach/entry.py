"""The `heelcoach` command: `--today` and `--export-audio` answer without Qt's widgets; all
else is the app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if "--today" in arguments:
        from heelcoach.today_command import main as today

        return today(arguments)
    if "--export-audio" in arguments:
        from heelcoach.export_command import main as export_audio

        return export_audio(arguments)
    from heelcoach.lean_start import before_imports

    before_imports()
    from heelcoach.app import main as app

    return app(arguments)
