"""Killed at any moment, a writer leaves a journal that parses and holds every write
that had returned: 200 SIGKILLs at random moments, a few seconds in all."""

import os
import random
import signal
import time
from datetime import datetime
from pathlib import Path

import orjson

from heelcoach.journal.entries import SETS
from heelcoach.journal.journal import JOURNAL_FILE, Journal

KILLS = 200


def write_until_killed(folder, acknowledged_fd) -> None:
    journal = Journal(folder)
    while True:
        doc_id = journal.add_set(at="2026-11-24T18:00:00", leg="left", target_reps=12, reps=12)
        os.write(acknowledged_fd, f"{doc_id}\n".encode())


def test_a_writer_killed_at_random_moments_never_loses_a_returned_write(tmp_path):
    rng = random.Random(20261125)
    acknowledged: set[int] = set()
    Journal(tmp_path).close()  # there from the start: a kill before any write leaves it as is
    for _ in range(KILLS):
        read_end, write_end = os.pipe()
        child = os.fork()
        if child == 0:  # the writer
            os.close(read_end)
            try:
                write_until_killed(tmp_path, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        time.sleep(rng.uniform(0.0, 0.012))
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        with os.fdopen(read_end, "rb") as acks:
            acknowledged.update(int(line) for line in acks.read().split())

        data = orjson.loads((tmp_path / JOURNAL_FILE).read_bytes())  # always parses
        stored = {int(doc_id) for doc_id in data[SETS]} if SETS in data else set()
        assert acknowledged <= stored
    assert len(acknowledged) > KILLS // 4  # the writer really wrote between kills
    assert Journal(tmp_path).moved_aside is None
    assert not list(tmp_path.glob(".*.tmp"))  # what killed writers left half-done is gone


def test_openings_stopped_before_the_new_version_keep_one_copy_and_no_leftovers(tmp_path):
    as_written = (Path(__file__).parent / "written_by" / "heelcoach-0.2-schema-4.json").read_bytes()
    backups = tmp_path / "backups"
    backups.mkdir()
    half_kept = backups / ".journal-version-4-20261201-101010.json.0123456789abcdef.tmp"
    half_kept.write_bytes(as_written[:100])  # killed while keeping the copy
    for day in (2, 3, 4):  # each killed after its copy, before the new version was written
        (tmp_path / JOURNAL_FILE).write_bytes(as_written)
        Journal(tmp_path, now=lambda day=day: datetime(2026, 12, day, 20)).close()
    assert not half_kept.exists()
    [kept] = backups.glob("journal-version-4-*.json")
    assert kept.read_bytes() == as_written
