"""The `heelcoach` command: the options that answer and exit (--today, --export-audio,
--remind, --install-desktop ...) do so without Qt's widgets where they can; all else is the
app."""

from __future__ import annotations

import sys


def run() -> None:
    """The `heelcoach` command: main(), and out. An answer to --today is a short run that
    makes no garbage cycles: the collector is off, and the process leaves at once (the
    interpreter's tidying of what it loaded takes longer than the answer: ~15 ms)."""
    answer_and_go = "--today" in sys.argv[1:]
    if answer_and_go:
        import gc

        gc.disable()
    code = main()
    if answer_and_go:
        import contextlib
        import os

        with contextlib.suppress(OSError):  # a reader gone (| head -1) wants no more
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if "--export-audio" in arguments:  # its own grammar: KIND [--week N] FILE
        from heelcoach.commands.export_audio import main as export_audio

        return export_audio(arguments)
    from heelcoach.commands.cli import parse_args

    options = parse_args(arguments)  # a mistake exits 2 here, with the usage
    if options.today:
        from heelcoach.commands.today import main as today

        return today(arguments)
    if options.install_desktop or options.uninstall_desktop:
        from heelcoach.commands.install_desktop import main as install_desktop

        return install_desktop(options)
    if options.remind:
        from heelcoach.commands.remind import main as remind

        return remind(options)
    if options.test_sound:
        from heelcoach.commands.test_sound import main as test_sound

        return test_sound(options)
    from heelcoach.system.lean_start import before_imports

    before_imports()
    from heelcoach.app import main as app

    return app(arguments)
