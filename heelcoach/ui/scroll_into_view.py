"""Scrolling a page just far enough to show a widget, and never to half a line.

Qt's own `ensureWidgetVisible` scrolls by a fixed margin, and where the viewport's top edge
then falls is chance: often through a line of text, read from the step as a cut-off word.
Here the top edge is moved to the nearest line boundary that still shows the whole widget.
A widget taller than the view has its top at the view's top.

`ScrollToFocus` does this for whatever takes the keyboard focus inside a scroll area (by
Tab, by its Alt-letter, or from the code), on every page of the window: the whole panel the
control is part of when that fits (the coach's verdict with its Programme… button), else
the control.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from heelcoach.ui.running_app import running_app

FOCUS_MARGIN = 8  # the focus ring, drawn just outside the control
ROWS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractSlider)
"""Controls read as one row: the view's top edge is never to cross one."""


def bring_into_view(scroll: QScrollArea, widget: QWidget, margin: int = 0) -> None:
    """Scroll `scroll` the least that shows all of `widget` (and `margin` around it), with
    no line of text cut in two at the top. Where the page ends too soon for that, it is
    given blank room below, until `give_back_room`."""
    content = scroll.widget()
    if content is None or not content.isAncestorOf(widget):
        return
    bar = scroll.verticalScrollBar()
    height = scroll.viewport().height()
    top = widget.mapTo(content, QPoint(0, 0)).y() - margin
    bottom = top + widget.height() + 2 * margin
    now = bar.value()
    if bottom - top > height or top < now:
        wanted = top  # above the view, or too tall for it: its top at the view's top
    elif bottom > now + height:
        wanted = bottom - height
    else:
        wanted = now  # in view already: nothing moves
    least, most = (bottom - height, top) if bottom - top <= height else (top, top)
    edge = _between_lines(content, wanted, max(least, 0), most)
    natural = content.minimumSizeHint().height()
    if edge > max(0, natural - height, content.minimumHeight() - height):
        content.setMinimumHeight(edge + height)
    bar.setValue(edge)
    QTimer.singleShot(0, scroll, lambda: bar.setValue(edge))  # once the room is there


def give_back_room(scroll: QScrollArea) -> None:
    """The page as long as what is on it again."""
    content = scroll.widget()
    if content is not None:
        content.setMinimumHeight(0)


def _between_lines(content: QWidget, edge: int, least: int, most: int) -> int:
    """`edge`, moved within least..most off any line it cuts: up to show the line whole,
    else down to hide it."""
    spans = _line_spans(content)
    for _attempt in range(len(spans) + 1):
        cut = [(top, bottom) for top, bottom in spans if top < edge < bottom]
        if not cut:
            return edge
        up = min(top for top, _bottom in cut)
        down = max(bottom for _top, bottom in cut)
        if least <= up:
            edge = up
        elif down <= most:
            edge = down
        else:
            return edge
    return edge


def _line_spans(content: QWidget) -> list[tuple[int, int]]:
    """Each line of text and each control on the page, top to bottom, in its coordinates."""
    spans = []
    for widget in content.findChildren(QWidget):
        if not widget.isVisibleTo(content):
            continue
        top = widget.mapTo(content, QPoint(0, 0)).y()
        if isinstance(widget, ROWS):
            spans.append((top, top + widget.height()))
        elif isinstance(widget, QLabel):
            spans += label_lines(widget, top)
        elif isinstance(widget, QGroupBox) and widget.title():
            spans.append((top, top + widget.fontMetrics().height()))
    return spans


def label_lines(label: QLabel, top: int) -> list[tuple[int, int]]:
    """The lines of `label`, whose top is at `top`: where its text is, one line spacing each
    (plain text, placed as the label's alignment says)."""
    area = label.contentsRect()
    step = max(1, label.fontMetrics().lineSpacing())
    frame = label.height() - area.height()
    text = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    lines = max(1, min(area.height() // step, round((text - frame) / step)))
    room = area.height() - lines * step
    align = label.alignment()
    if align & Qt.AlignmentFlag.AlignTop:
        room = 0
    elif not align & Qt.AlignmentFlag.AlignBottom:
        room //= 2
    first = top + area.top() + room
    return [(first + step * line, first + step * (line + 1)) for line in range(lines)]


def scroll_in_place(layout: QBoxLayout, body: QWidget) -> QScrollArea:
    """`body`, in `layout`, put into a scroll area that takes its place and its stretch: no
    frame, the page's own background, and no Tab stop of its own (Tab goes to what is in
    it)."""
    scroll = QScrollArea(layout.parentWidget())
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    layout.replaceWidget(body, scroll)
    scroll.setWidget(body)
    scroll.viewport().setAutoFillBackground(False)
    body.setAutoFillBackground(False)
    layout.setStretchFactor(scroll, 1)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.show()
    return scroll


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    """The scroll area whose page holds `widget`, if any."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea):
            page = parent.widget()
            if page is not None and page.isAncestorOf(widget):
                return parent
        parent = parent.parentWidget()
    return None


class ScrollToFocus(QObject):
    """Brings whatever takes the focus in `window` into view, when it is on a scrolled page."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        running_app().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        if new is None or new.window() is not self._window:
            return
        scroll = scroll_area_of(new)
        if scroll is not None:
            self._show(scroll, new)
            # Again once a panel that just opened with the focus in it is laid out.
            QTimer.singleShot(0, new, lambda: new.hasFocus() and self._show(scroll, new))

    @staticmethod
    def _show(scroll: QScrollArea, widget: QWidget) -> None:
        panel = panel_of(scroll, widget)
        fits = panel.height() + 2 * FOCUS_MARGIN <= scroll.viewport().height()
        bring_into_view(scroll, panel if fits else widget, FOCUS_MARGIN)


def panel_of(scroll: QScrollArea, widget: QWidget) -> QWidget:
    """The part of the scrolled page that holds `widget`: its ancestor just below the page."""
    page = scroll.widget()
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        widget = parent
        parent = widget.parentWidget()
    return widget
