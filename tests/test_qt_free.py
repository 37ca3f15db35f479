"""The rules and the stores below the UI never import Qt: they run and test without it.

tests/test_layers.py reads the source for Qt imports in the Qt-free rooms; this test loads
the modules, so that what they import in turn (system/, settings.py) is held to it too."""

import subprocess
import sys
import tempfile

from test_layers import MODULES, QT, QT_FREE, room_of

# Every module of the Qt-free rooms, found, not listed: a new module is held to it at once.
IN_QT_FREE_ROOMS = tuple(module for module in MODULES if room_of(module) in QT_FREE)

# Outside those rooms, the modules `heelcoach --today` and the journal load without Qt.
ALSO_QT_FREE = (
    "heelcoach.commands.cli",
    "heelcoach.commands.today",
    "heelcoach.settings",
    "heelcoach.system.atomic_file",
    "heelcoach.system.clock",
    "heelcoach.system.paths",
    "heelcoach.system.safe_read",
)


def test_the_qt_free_modules_load_without_qt():
    """Each is imported in turn in a fresh interpreter; the first that brings Qt is named."""
    code = (
        "import sys\n"
        f"for name in {IN_QT_FREE_ROOMS + ALSO_QT_FREE!r}:\n"
        "    __import__(name)\n"
        f"    qt = sorted(m for m in sys.modules if m.split('.')[0] in {QT!r})\n"
        "    if qt:\n"
        "        print(name, 'loads', *qt[:3])\n"
        "        break\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tempfile.gettempdir()
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_the_qt_free_rooms_are_found():
    assert {room_of(module) for module in IN_QT_FREE_ROOMS} == set(QT_FREE)
