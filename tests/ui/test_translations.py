"""Every string a user can see has a Danish translation, and the catalogues are current."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from heelcoach.core.plan import LegMode, SetPlan, Tempo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

ROOT = Path(__file__).resolve().parents[2]
DANISH_TS = ROOT / "resources" / "translations" / "heelcoach_da.ts"
PLACEHOLDER = re.compile(r"%\d")


def messages():
    tree = ElementTree.parse(DANISH_TS)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


def test_every_source_string_has_a_finished_danish_translation():
    unfinished = [
        (context, source)
        for context, source, translation in messages()
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_danish_keeps_every_placeholder_and_shortcut_letter():
    for _context, source, translation in messages():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text))
        assert ("&" in source.replace("&&", "")) == ("&" in translation.text.replace("&&", ""))


def test_catalogues_hold_every_string_in_the_code_and_the_built_qm_is_current():
    check = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def english_only_texts():
    """Source strings whose Danish differs: seeing one of these on a Danish screen is a miss."""
    return {
        source
        for _context, source, translation in messages()
        if source.strip() and source != translation.text
    }


def visible_texts(window):
    texts = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            texts.append(widget.text())
    for box in window.findChildren(QComboBox):
        if box.isVisible():
            texts.extend(box.itemText(index) for index in range(box.count()))
    return texts


def untranslated_on_screen(window):
    english = english_only_texts()
    shown = visible_texts(window)
    # A word may also sit inside a longer text ("▲ Up"); look for whole source strings.
    return [
        text
        for text in shown
        for source in english
        if text == source or (len(source) > 2 and re.search(rf"\b{re.escape(source)}\b", text))
    ]


@pytest.mark.parametrize("legs", [LegMode.LEFT, LegMode.BOTH])
def test_no_english_is_left_on_any_danish_screen(danish_coach, legs):
    coach = danish_coach
    assert untranslated_on_screen(coach.window) == []
    coach.window.today.show_details(True)
    assert untranslated_on_screen(coach.window) == []
    assert "sæt × 12 gentagelser, tempo 3-2-3 sek." in coach.window.today.summary.text()
    coach.window.today.set_plan(
        SetPlan(sets=2, reps=1, legs=legs, tempo=Tempo(1000, 1000, 1000), rest_ms=30_000)
    )
    coach.press(Qt.Key.Key_Space)
    seen = set()
    while coach.driver.is_active:
        seen.add(coach.page.phase_label.text())
        assert untranslated_on_screen(coach.window) == []
        coach.advance(500)
        if len(seen) == 3:
            coach.press(Qt.Key.Key_Space)
            assert untranslated_on_screen(coach.window) == []
            coach.press(Qt.Key.Key_Space)
    assert untranslated_on_screen(coach.window) == []
    assert {"● Gør klar", "▲ Op", "■ Hold", "▼ Ned", "◆ Hvil"} <= seen
    assert coach.page.phase_label.text() == "✔ Færdig!"


def test_switching_language_in_the_window_retranslates_at_once(coach):
    today = coach.window.today
    assert today.start_button.text() == "Start (Space)"
    today.language_box.setCurrentIndex(today.language_box.findData("da"))
    today.language_box.activated.emit(today.language_box.currentIndex())
    coach.qtbot.waitUntil(lambda: today.start_button.text() == "Start (mellemrum)")
    assert today.title.text() == "Dagens hælløft"
    assert untranslated_on_screen(coach.window) == []


@pytest.mark.parametrize("language", ["en", "da"])
def test_shortcut_letters_on_the_first_screen_do_not_clash(qtbot, language):
    from coach import Coach

    coach = Coach(qtbot, language)
    coach.window.today.show_details(True)
    labels = [label.text() for label in coach.window.today.findChildren(QLabel)]
    letters = [text[text.index("&") + 1].lower() for text in labels if "&" in text]
    coach.close()
    assert len(letters) == 11
    assert sorted(letters) == sorted(set(letters))
