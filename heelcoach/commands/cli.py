"""The command-line contract (documented in README.md)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING

from heelcoach import __version__
from heelcoach.desktop.reminder_kinds import REMINDERS, TRAINING_REMINDER

if TYPE_CHECKING:
    import argparse

LANGUAGES = ("en", "da")


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="heelcoach",
        allow_abbrev=False,  # a typo is an error, not a guess
        description="HeelCoach: a coach for heavy slow heel raises.",
        epilog="HEELCOACH_DATA_DIR sets the data folder; with it set, nothing is written "
        "elsewhere.",
    )
    one_thing = parser.add_mutually_exclusive_group()  # each of these is a run of its own
    _add_app_options(parser, one_thing)
    _add_commands(one_thing)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _add_app_options(parser: argparse.ArgumentParser,
                     one_thing: argparse._MutuallyExclusiveGroup) -> None:  # fmt: skip
    """The app's own options, and --today (with --json), in the order --help lists them."""
    one_thing.add_argument(
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
    one_thing.add_argument(
        "--today",
        action="store_true",
        help="print today's week, plan and advice, and exit (works while the app is open)",
    )
    parser.add_argument("--json", action="store_true", help="with --today: as one JSON object")


def _add_commands(one_thing: argparse._MutuallyExclusiveGroup) -> None:
    """The commands that do one thing and exit, after those of _add_app_options."""
    one_thing.add_argument(  # handled before this parser (heelcoach.entry): for --help
        "--export-audio",
        metavar="KIND [--week N] FILE",
        help="save a session as audio and exit; KIND is walk-run, heel-raises or stretches, "
        "N the walk/run week, FILE ends in .wav, .ogg or .mp3",
    )
    one_thing.add_argument(
        "--install-desktop",
        action="store_true",
        help="put HeelCoach in the desktop's menu (a .desktop file, icons, AppStream metainfo "
        "in your XDG folders) and exit",
    )
    one_thing.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help="take out what --install-desktop put in, and any reminders, and exit",
    )
    one_thing.add_argument(
        "--remind",
        nargs="?",
        const=TRAINING_REMINDER,
        choices=REMINDERS,
        help="show the desktop notification for today, if today calls for one, and exit "
        "(what the reminders' timers run): training (the default) on training days, "
        "check-in in the morning",
    )
    one_thing.add_argument(
        "--test-sound",
        action="store_true",
        help="play up, hold and down as the set does, and exit: 1 if no sound could be played",
    )


def parse_args(argv: list[str]) -> SimpleNamespace:
    """The options; argparse handles all but the everyday cases. A mistake (an unknown
    option, a missing value) prints the usage and the reason, and exits 2."""
    everyday = _parse_everyday(argv)
    if everyday is not None:
        return everyday
    parser = build_parser()
    options = parser.parse_args(argv)
    if options.json and not options.today:
        parser.error("--json goes with --today")
    return SimpleNamespace(**vars(options))


def _parse_everyday(argv: list[str]) -> SimpleNamespace | None:
    # Building an ArgumentParser costs several ms of gettext look-ups at every start.
    options = SimpleNamespace(start=False, smoke_test=False, lang=None, today=False, json=False,
                              export_audio=False, install_desktop=False,
                              uninstall_desktop=False, remind=None, test_sound=False)  # fmt: skip
    arguments = iter(argv)
    for argument in arguments:
        name, _, value = argument.partition("=")
        if argument == "--start":
            options.start = True
        elif argument == "--smoke-test":
            options.smoke_test = True
        elif argument == "--today":
            options.today = True
        elif argument == "--json":
            options.json = True
        elif name == "--lang":
            options.lang = value if value else next(arguments, None)
            if options.lang not in LANGUAGES:
                return None
        else:
            return None
    if (options.json and not options.today) or (options.today and options.start):
        return None  # a mistake: argparse says which
    return options
