"""The rules and the stores below the UI never import Qt: they run and test without it."""

import subprocess
import sys
import tempfile

QT_FREE = (
    "heelcoach.system.atomic_file",
    "heelcoach.commands.cli",
    "heelcoach.system.clock",
    "heelcoach.core.exercises.heel_raise",
    "heelcoach.core.session",
    "heelcoach.core.timeline",
    "heelcoach.journal.exchange",
    "heelcoach.journal.journal",
    "heelcoach.journal.screening",
    "heelcoach.progress.series",
    "heelcoach.system.paths",
    "heelcoach.system.safe_read",
    "heelcoach.settings",
)


def test_the_qt_free_modules_load_without_qt():
    code = (
        "import sys\n"
        f"for name in {QT_FREE!r}: __import__(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tempfile.gettempdir()
    )
    assert result.stdout.strip() == "[]", result.stderr
