"""Alt-letters for the buttons and field labels on screen, given out as a page shows (in
any language).

Every visible button, and every label that names a field, gets a letter of its own from
its text. A letter once given stays while the text does, so that one learnt keeps working
when a panel opens; a newcomer takes the translation's letter if it is free, else another.
When a screen has more of them than its texts have letters (Today with every panel open),
buttons come first and the labels left over lose theirs: their fields are a Tab away. The set
screen is left out: its buttons have one key each (Space, Esc, N, +), said on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

BASE_TEXT = "altKeyBaseText"
"""A widget's property: its text as the code or the translation set it, before a letter
was moved, given or taken here."""
LAST_LETTER = "altKeyLastLetter"
"""A widget's property: the letter it was given last, kept while its text stays (a letter
once learnt does not move because another button came on screen)."""
SHOWN_TEXT = "altKeyShownText"
"""A widget's property: the text set here (the base text is the widget's own again once
anything else sets its text)."""


@dataclass
class _Keyed:
    widget: QAbstractButton | QLabel
    base: str  # with the translation's "&", if it has one
    plain: str  # the base without its mnemonic "&" ("&&" stays)
    chosen: str | None  # the letter the base's "&" marks
    is_button: bool
    last: str | None  # the letter it had, while its text stays
    letters: list[str]  # candidates: the translation's first


def _without_mnemonic(text: str) -> tuple[str, str | None]:
    """The text without its single "&", and the letter that "&" marked (lowercase)."""
    at = 0
    while (at := text.find("&", at)) != -1:
        if text[at + 1 : at + 2] == "&":
            at += 2
            continue
        letter = text[at + 1 : at + 2].lower() or None
        return text[:at] + text[at + 1 :], letter
    return text, None


def _keyed(widget: QAbstractButton | QLabel) -> _Keyed | None:
    text = widget.text()
    last = None
    base = widget.property(BASE_TEXT)
    if base is not None and text in (widget.property(SHOWN_TEXT), base):  # set here, or again
        text = base
        last = widget.property(LAST_LETTER)
    plain, chosen = _without_mnemonic(text)
    if isinstance(widget, QAbstractButton):
        if not plain or plain.strip().isdigit():
            return None  # the pain question's numbers: their keys are the digits
    elif chosen is None:
        return None  # a label that names no field
    characters = plain.replace("&&", "").lower()
    letters = [chosen] if chosen and chosen.isalpha() else []
    for character in characters:
        if character.isalpha() and character not in letters:
            letters.append(character)
    return _Keyed(widget, text, plain, chosen, isinstance(widget, QAbstractButton),
                  last if last in letters else None, letters)  # fmt: skip


def _match(keyed: list[_Keyed]) -> dict[int, str]:
    """Distinct letters for as many as can have one: item index -> letter.

    What had a letter keeps it. The others take the translation's letter, or another,
    moving a letter someone had only when there is no other way; a button that still has
    none takes one from a label."""
    holder: dict[str, int] = {}
    for index, item in enumerate(keyed):
        if item.last is not None and item.last not in holder:
            holder[item.last] = index
    kept = set(holder.values())

    def claim(letter: str, index: int, seen: set[str], movable: set[int] | None) -> bool:
        if letter not in holder:
            holder[letter] = index
            return True
        if letter in seen or (movable is not None and holder[letter] not in movable):
            return False
        seen.add(letter)
        if place(holder[letter], seen, movable):
            holder[letter] = index
            return True
        return False

    def place(index: int, seen: set[str], movable: set[int] | None) -> bool:
        item = keyed[index]
        if item.chosen is not None and claim(item.chosen, index, seen, movable):
            return True
        letters = item.letters
        free = next((letter for letter in letters if letter not in holder), None)
        if free is not None:
            holder[free] = index
            return True
        return any(claim(letter, index, seen, movable) for letter in letters)

    new = [index for index in range(len(keyed)) if index not in kept]
    movable = set(new)
    for index in new:
        place(index, set(), movable)
    labels = {index for index, item in enumerate(keyed) if not item.is_button}
    for index in new:  # a button with none yet: labels' letters may move, or go to it
        if not keyed[index].is_button or index in holder.values():
            continue
        if place(index, set(), movable | labels):
            continue
        taken = next((letter for letter in keyed[index].letters if holder[letter] in labels), None)
        if taken is not None:
            holder[taken] = index
        else:
            place(index, set(), None)
    return {index: letter for letter, index in holder.items()}


def _with_letter(plain: str, letter: str) -> str:
    at = 0
    while at < len(plain):
        if plain.startswith("&&", at):
            at += 2
            continue
        if plain[at].lower() == letter:
            return f"{plain[:at]}&{plain[at:]}"
        at += 1
    return plain


def give_alt_keys(root: QWidget, leave_out: QWidget | None = None) -> None:
    """Give every visible button and field label under `root` (but not under `leave_out`)
    an Alt-letter of its own."""
    texts: list[QAbstractButton | QLabel] = [
        *root.findChildren(QAbstractButton),
        *root.findChildren(QLabel),
    ]
    visible = [widget for widget in texts
               if widget.isVisible()
               and (leave_out is None or not leave_out.isAncestorOf(widget))]  # fmt: skip
    keyed = [item for widget in visible if (item := _keyed(widget)) is not None]
    letters = _match(keyed)
    for index, item in enumerate(keyed):
        letter = letters.get(index)
        if letter is None:
            text = item.plain
        elif letter == item.chosen:
            text = item.base
        else:
            text = _with_letter(item.plain, letter)
        item.widget.setProperty(LAST_LETTER, letter)
        item.widget.setProperty(BASE_TEXT, item.base)
        item.widget.setProperty(SHOWN_TEXT, text)
        if item.widget.text() != text:
            item.widget.setText(text)
