"""Ids that two computers sharing one journal never both hand out."""

import pytest

from heelcoach.journal.entries import SETS
from heelcoach.journal.ids import WRITER_SPAN, IdMaker, JournalFullError


def test_two_openings_of_one_journal_hand_out_ids_of_their_own():
    data = {SETS: {"1": {}, "2": {}}}  # two sets from before writers had numbers
    desktop, laptop = IdMaker(), IdMaker()
    desktops = [desktop.new_id(SETS, data) for _ in range(100)]
    laptops = [laptop.new_id(SETS, data) for _ in range(100)]
    assert not set(desktops) & set(laptops) & {1, 2}
    assert len(set(desktops + laptops)) == 200
    assert desktops == sorted(desktops)  # one writer counts up


def test_a_writer_number_some_id_in_the_journal_has_is_never_drawn():
    taken = 7
    data = {SETS: {str(taken * WRITER_SPAN + 1): {}}}
    draws = iter([taken.to_bytes(8, "big"), (taken + 1).to_bytes(8, "big")])
    maker = IdMaker(random_bytes=lambda _count: next(draws))
    assert maker.new_id(SETS, data) // WRITER_SPAN not in (0, taken)


def test_a_writer_that_used_all_its_ids_refuses_another():
    maker = IdMaker()
    maker.new_id(SETS, {})
    maker.counts[SETS] = WRITER_SPAN - 1  # a billion sets from one opening
    with pytest.raises(JournalFullError):
        maker.new_id(SETS, {})
