"""Alt-letters for the buttons on screen, given out as a page shows (in any language).

Each visible button without one gets the first letter of its text that no other label or
button on screen has taken: Alt+H for "History", in Danish Alt+H for "Historik". The set
screen is left out: its buttons have one key each (Space, Esc, N, +), said on them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def _letter_of(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


GIVEN = "altKeyGiven"
"""A button's property: the text it had before a letter was given here (so it can be
given another when the screen changes)."""


def give_alt_keys(root: QWidget, leave_out: QWidget | None = None) -> None:
    """Give every visible button under `root` (but not under `leave_out`) an Alt-letter;
    those the translations give stay, the others are given out again."""
    visible = [widget for widget in (*root.findChildren(QLabel),
                                     *root.findChildren(QAbstractButton))
               if widget.isVisible()
               and (leave_out is None or not leave_out.isAncestorOf(widget))]  # fmt: skip
    for button in visible:
        given = button.property(GIVEN)
        if given and button.text().replace("&", "", 1) == given:
            button.setText(given)  # ours: given out again below
    taken = {letter for widget in visible if (letter := _letter_of(widget.text()))}
    for button in visible:
        text = button.text()
        if not isinstance(button, QAbstractButton) or not text or _letter_of(text):
            continue
        if text.strip().isdigit():
            continue  # the pain question's numbers: their keys are the digits
        for at, character in enumerate(text):
            if character.isalpha() and character.lower() not in taken:
                taken.add(character.lower())
                button.setProperty(GIVEN, text)
                button.setText(f"{text[:at]}&{text[at:]}")
                break
