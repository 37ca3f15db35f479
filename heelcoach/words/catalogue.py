"""The translations of the words this room says, without Qt.

The catalogues are the same .ts sources as the .qm files Qt's widgets load, built into JSON
beside them by packaging/update_translations.py: `heelcoach --today` answers in a few
milliseconds, where importing Qt alone takes sixty. `translate` takes Qt's arguments (and
lupdate finds its calls as it finds Qt's): a context, the English text, a disambiguation.
lupdate marks no plural in such a call, so a sentence that needs one is two sentences.
"""

from __future__ import annotations

import json
from typing import Any

from heelcoach.system.paths import resource_file

SOURCE_LANGUAGE = "en"
_state: dict[str, Any] = {"language": SOURCE_LANGUAGE, "messages": None}


def use(language: str) -> None:
    """Say everything in `language` from now on ("en" or "da")."""
    if language != _state["language"]:
        _state["language"], _state["messages"] = language, None


def language() -> str:
    return _state["language"]


def _messages() -> dict[str, dict[str, Any]]:
    if _state["messages"] is None:
        path = resource_file("translations", f"heelcoach_{_state['language']}.json")
        try:
            _state["messages"] = json.loads(path.read_bytes())
        except (OSError, ValueError):  # a broken install: the English words, not a crash
            _state["messages"] = {}
    return _state["messages"]


def key(source: str, disambiguation: str | None) -> str:
    """How a message is filed in its context: the English text, after its disambiguation."""
    return f"{disambiguation}\x04{source}" if disambiguation else source


def translate(context: str, source: str, disambiguation: str | None = None) -> str:
    """`source` in the interface's language (the English text where it has none)."""
    found = _messages().get(context, {}).get(key(source, disambiguation))
    return found if isinstance(found, str) and found else source
