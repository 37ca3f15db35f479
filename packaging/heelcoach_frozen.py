"""The bundle's entry point (PyInstaller freezes this script): the `heelcoach` command."""

from heelcoach.entry import run

run()
