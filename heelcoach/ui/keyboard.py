"""The keyboard beside the window's one-key shortcuts: the focused control comes first.

Space starts or pauses the set, Return ends a set to failure: unless a control has the
focus, in which case they press the button, toggle the box or open the list, as in any
desktop app. The focus is drawn thick enough to be seen from the step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QProxyStyle,
    QStyle,
    QWidget,
)

PRESSING_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter}
RETURN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
FOCUS_COLOUR = QColor("#1e88e5")
FOCUS_WIDTH = 3


def takes_the_key(focus: QWidget | None, key: int) -> bool:
    """Whether the focused control, rather than a window shortcut, gets `key`."""
    if key not in PRESSING_KEYS or focus is None:
        return False
    if isinstance(focus, QAbstractSpinBox):  # Space types nothing; Return sets the value
        return True
    return isinstance(focus, (QAbstractButton, QComboBox)) and focus.isEnabled()


def press_with_return(focus: QWidget | None) -> bool:
    """Return on a button presses it, on a box toggles it, on a list opens it (Qt does the
    same for Space only). True if it did."""
    if isinstance(focus, QAbstractButton) and focus.isEnabled():
        focus.animateClick()
        return True
    if isinstance(focus, QComboBox) and focus.isEnabled():
        focus.showPopup()
        return True
    return False


class SpaceTypesNothing(QObject):
    """Filters a number field: Space would replace its selected value with a blank."""

    def eventFilter(self, watched, event) -> bool:
        return event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space


FRAMED_WHEN_FOCUSED = {
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_FrameFocusRect,
}
FRAMED_CONTROLS = {
    QStyle.ComplexControl.CC_ComboBox,
    QStyle.ComplexControl.CC_SpinBox,
    QStyle.ComplexControl.CC_ToolButton,
}


class BoldFocusStyle(QProxyStyle):
    """The platform's style, with a thick ring around whatever has the keyboard focus."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        super().drawPrimitive(element, option, painter, widget)
        if element in FRAMED_WHEN_FOCUSED and option.state & QStyle.StateFlag.State_HasFocus:
            _ring(painter, option.rect)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control in FRAMED_CONTROLS and option.state & QStyle.StateFlag.State_HasFocus:
            _ring(painter, option.rect)


def _ring(painter: QPainter, rect) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(FOCUS_COLOUR, FOCUS_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_WIDTH / 2
    painter.drawRoundedRect(rect.toRectF().adjusted(inset, inset, -inset, -inset), 3, 3)
    painter.restore()
