"""The command-line contract (documented in README.md)."""

from __future__ import annotations

import argparse

from heelcoach import __version__

LANGUAGES = ("en", "da")


def build_parser() -> argparse.ArgumentParser:
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
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    # Qt's own options (-platform, -style ...) are left for QApplication.
    options, _qt_arguments = build_parser().parse_known_args(argv)
    return options
