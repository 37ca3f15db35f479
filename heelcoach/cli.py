"""The command-line contract (documented in README.md)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING

from heelcoach import __version__

if TYPE_CHECKING:
    import argparse

LANGUAGES = ("en", "da")


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="heelcoach",
        description="HeelCoach: a coach for heavy slow heel raises.",
        epilog="HEELCOACH_DATA_DIR sets the data folder; with it set, nothing is written "
        "elsewhere.",
    )
    parser.add_argument(
        "--start",
        action="store_true",
        help="open straight into today's set and begin the count-in",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the whole app, exit 0 once the first frame is painted, print the time taken",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="interface language (default: the saved choice, else the system locale)",
    )
    parser.add_argument(
        "--today",
        action="store_true",
        help="print today's week, plan and advice, and exit (works while the app is open)",
    )
    parser.add_argument("--json", action="store_true", help="with --today: as one JSON object")
    parser.add_argument(  # handled before this parser (heelcoach.entry): listed for --help
        "--export-audio",
        action="store_true",
        help="KIND [--week N] FILE: save a session as audio and exit; KIND is walk-run, "
        "heel-raises or stretches, FILE ends in .wav, .ogg or .mp3",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def parse_args(argv: list[str]) -> SimpleNamespace:
    """The options; argparse handles all but the everyday cases (help, errors, Qt's options)."""
    everyday = _parse_everyday(argv)
    if everyday is not None:
        return everyday
    options, _qt_arguments = build_parser().parse_known_args(argv)
    return SimpleNamespace(**vars(options))


def _parse_everyday(argv: list[str]) -> SimpleNamespace | None:
    # Building an ArgumentParser costs several ms of gettext look-ups at every start.
    options = SimpleNamespace(start=False, smoke_test=False, lang=None)
    arguments = iter(argv)
    for argument in arguments:
        name, _, value = argument.partition("=")
        if argument == "--start":
            options.start = True
        elif argument == "--smoke-test":
            options.smoke_test = True
        elif name == "--lang":
            options.lang = value if value else next(arguments, None)
            if options.lang not in LANGUAGES:
                return None
        else:
            return None
    return options
