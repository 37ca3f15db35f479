"""The bundle's entry point (PyInstaller freezes this script): the `heelcoach` command."""

import sys

from heelcoach.entry import main

sys.exit(main())
