import pytest
from coach import Coach


@pytest.fixture
def coach(qtbot):
    made = Coach(qtbot)
    yield made
    made.close()


@pytest.fixture
def danish_coach(qtbot):
    made = Coach(qtbot, "da")
    yield made
    made.close()
