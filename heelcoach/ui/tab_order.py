"""Tab order as a page reads: a chain of controls, some of them whole panels."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _controls_in(panel: QWidget) -> list[QWidget]:
    """A panel's controls that Tab stops at, in the order they were made (a spin box, not
    the line edit inside it that takes its focus; a combo box, not the list of its popup,
    which is a window of its own)."""
    window = panel.window()
    return [
        child
        for child in panel.findChildren(QWidget)
        if _takes_tab(child) and _not_a_focus_proxy(child) and child.window() is window
    ]


def _not_a_focus_proxy(child: QWidget) -> bool:
    parent = child.parentWidget()
    return parent is None or parent.focusProxy() is not child


def chain_tabs(stops: Iterable[QWidget | None]) -> None:
    """Tab goes from each control (or each control of a panel, in its `tab_stops()` order
    if it has one) to the next; None is left out."""
    controls: list[QWidget] = []
    for stop in stops:
        if stop is None:
            continue
        if hasattr(stop, "tab_stops"):  # a panel that knows its own order
            controls.extend(stop.tab_stops())
        else:
            controls.extend([stop] if _takes_tab(stop) else _controls_in(stop))
    for first, second in pairwise(controls):
        QWidget.setTabOrder(first, second)
