"""A logger for the modules `heelcoach --today` loads: logging's import (several ms, with
its threading and tracebacks) waits for the first message, which --today never writes."""

from __future__ import annotations

from typing import Any


class LazyLog:
    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, level: str) -> Any:
        import logging

        return getattr(logging.getLogger(self._name), level)
