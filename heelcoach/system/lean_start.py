"""Two costs of Python's start-up that the first frame does not need to pay.

- The cyclic garbage collector runs a dozen times while the modules load and finds nothing:
  all that is made before the first frame lives as long as the app (~7 ms here). It waits
  until the frame is on screen; what was made by then is frozen out of later collections,
  which are then shorter, during a set too.
- PySide6 replaces `__import__` to support `from __feature__ import snake_case`, and reads
  the source of every module imported after it to see whether it uses PySide (PYSIDE-2029,
  ~8 ms here). HeelCoach uses no `__feature__`, so the plain `__import__` is put back.
"""

from __future__ import annotations

import builtins
import gc


def before_imports() -> None:
    """First thing in the process, before PySide6 or any module of the app is imported."""
    gc.disable()
    plain_import = builtins.__import__
    import shiboken6  # noqa: F401 (this import installs PySide's __import__)

    builtins.__import__ = plain_import


def after_first_frame() -> None:
    gc.freeze()
    gc.enable()
