"""A journal another program wrote (a sync tool's copy, or journal.json replaced while the
app had it open), read as the app reads its own on opening: parsed, its version checked,
brought up to this version, its entries checked."""

from __future__ import annotations

import logging
from typing import Any, NamedTuple

from heelcoach.journal import exact_json
from heelcoach.journal.journal_file import collection_paused, parse_journal
from heelcoach.journal.migrations import SCHEMA_VERSION, migrate, version_of
from heelcoach.journal.screening import screen

log = logging.getLogger(__name__)


class NewerJournalError(Exception):
    """A newer HeelCoach wrote it (or its version mark is damaged: `version` is None)."""

    def __init__(self, version: int | None) -> None:
        super().__init__(f"written by a newer HeelCoach (journal version {version})")
        self.version = version


class OtherCopy(NamedTuple):
    data: dict[str, Any]  # brought up to SCHEMA_VERSION
    version: int  # as it was written

    @property
    def older(self) -> bool:
        """An older HeelCoach wrote it: its entries have no versions (see merge)."""
        return self.version < SCHEMA_VERSION


def read_other_copy(raw: bytes) -> OtherCopy:
    """`raw` as a journal of this version, its unsound entries set aside. Raises
    JournalUnreadableError (no journal), NewerJournalError."""
    with collection_paused():  # a hundred thousand objects, none in a cycle
        data, unwritable = parse_journal(raw, exact_json.may_hold_long_integers(raw))
        version = version_of(data)
        if version is None or version > SCHEMA_VERSION:
            raise NewerJournalError(version)
        migrate(data)
        set_aside = unwritable + screen(data)
    for moved in set_aside:
        log.warning("journal entry set aside: %s", moved)
    return OtherCopy(data, version)
