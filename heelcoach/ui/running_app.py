"""The one QApplication the window runs in, typed as one."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def running_app() -> QApplication:
    """`QApplication.instance()`, which Qt types as any core application or None: the
    window's widgets exist only once the widget application does."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
