"""The journal's schema version, and how a journal from an older version is brought up.

Each step takes the raw data of version n to version n + 1, in place, and keeps every
field it does not change. A new version adds a step here and a test with a journal as
the older version wrote it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

META = "meta"
SCHEMA_VERSION = 1

Step = Callable[[dict[str, Any]], None]
STEPS: dict[int, Step] = {}  # version n -> the step that makes it n + 1


def version_of(data: dict[str, Any]) -> int:
    meta = data.get(META, {}).get("1", {})
    version = meta.get("schema_version", 0) if isinstance(meta, dict) else 0
    return version if isinstance(version, int) else 0


def migrate(data: dict[str, Any]) -> bool:
    """Bring `data` up to SCHEMA_VERSION in place; True if anything changed."""
    version = version_of(data)
    if version >= SCHEMA_VERSION:
        return False
    while version < SCHEMA_VERSION:
        step = STEPS.get(version)
        if step is not None:
            step(data)
        version += 1
    data.setdefault(META, {})["1"] = {**data.get(META, {}).get("1", {}),
                                      "schema_version": SCHEMA_VERSION}  # fmt: skip
    return True
