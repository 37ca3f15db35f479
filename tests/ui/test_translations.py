"""Every string a user can see has a Danish translation, and the catalogues are current."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel

from heelcoach.core.exercises.heel_raise import LegMode, SetPlan, Tempo

ROOT = Path(__file__).resolve().parents[2]
DANISH_TS = ROOT / "resources" / "translations" / "heelcoach_da.ts"
PLACEHOLDER = re.compile(r"%\d")


def messages():
    """(context, source, the translated forms, whether it is marked finished) per message."""
    tree = ElementTree.parse(DANISH_TS)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            plural = translation.findall("numerusform")
            forms = [form.text or "" for form in plural] if plural else [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            yield context.findtext("name"), message.findtext("source"), forms, finished


def test_every_source_string_has_a_finished_danish_translation():
    unfinished = [
        (context, source)
        for context, source, forms, finished in messages()
        if not finished or not all(form.strip() for form in forms)
    ]
    assert unfinished == []


def test_danish_keeps_every_placeholder_and_shortcut_letter():
    for _context, source, forms, _finished in messages():
        for form in forms:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(form))
            assert ("&" in source.replace("&&", "")) == ("&" in form.replace("&&", ""))
        if "%n" in source:
            assert "%n" in forms[-1]


def test_catalogues_hold_every_string_in_the_code_and_the_built_qm_is_current():
    check = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def english_patterns():
    """What an untranslated string looks like on screen, with its numbers filled in."""
    patterns = []
    for _context, source, forms, _finished in messages():
        words = re.sub(r"%(?:n|\d)", "", source)
        if sum(c.isalpha() for c in words) < 4 or source in forms:
            continue  # too short to tell ("Sat" is Danish too, "%1 %2"), or the same ("Hold")
        pattern = re.sub(r"%(?:n|\d)", r"\\S+", re.escape(source))
        patterns.append(re.compile(rf"(?<!\w){pattern}(?!\w)"))
    return patterns


def visible_texts(window):
    texts = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            texts.append(widget.text())
    for box in window.findChildren(QComboBox):
        if box.isVisible():
            texts.extend(box.itemText(index) for index in range(box.count()))
    texts.extend(box.title() for box in window.findChildren(QGroupBox) if box.isVisible())
    texts.append(window.windowTitle())
    return texts


def untranslated_on_screen(window):
    patterns = english_patterns()
    return [text for text in visible_texts(window) if any(p.search(text) for p in patterns)]


@pytest.mark.parametrize("legs", [LegMode.LEFT, LegMode.BOTH])
def test_no_english_is_left_on_any_danish_screen(danish_coach, legs):
    coach = danish_coach
    assert untranslated_on_screen(coach.window) == []
    coach.window.today.show_details(True)
    coach.window.show_sound_panel(True)
    assert untranslated_on_screen(coach.window) == []
    assert "sæt × 12 gentagelser, tempo 3-2-3 sek." in coach.window.today.summary.text()
    coach.window.today.set_plan(
        SetPlan(sets=2, reps=1, legs=legs, tempo=Tempo(1000, 1000, 1000), rest_ms=30_000)
    )
    coach.press(Qt.Key.Key_Space)
    seen = set()
    paused = False
    while coach.driver.is_active:
        seen.add(coach.page.phase_label.text().split(" 0:")[0])  # a rest asking shows its clock
        assert untranslated_on_screen(coach.window) == []
        coach.advance(500)
        if len(seen) == 3 and not paused:  # paused, and resumed after a count-in
            coach.press(Qt.Key.Key_Space)
            assert untranslated_on_screen(coach.window) == []
            coach.press(Qt.Key.Key_Space)
            paused = True
    assert untranslated_on_screen(coach.window) == []
    assert {"● Gør dig klar", "▲ Op", "■ Hold", "▼ Ned", "◆ Hvil"} <= seen
    assert coach.page.phase_label.text() == "✔ Færdig!"


def test_switching_language_in_the_window_retranslates_at_once(coach):
    today = coach.window.today

    def start_text():  # without its Alt-letter
        return today.start_button.text().replace("&", "")

    assert start_text() == "Start (Space)"
    today.language_box.setCurrentIndex(today.language_box.findData("da"))
    today.language_box.activated.emit(today.language_box.currentIndex())
    coach.qtbot.waitUntil(lambda: start_text() == "Start (mellemrum)")
    assert today.title.text() == "Dagens hælløft"
    assert untranslated_on_screen(coach.window) == []


@pytest.mark.parametrize("language", ["en", "da"])
def test_shortcut_letters_on_the_first_screen_do_not_clash(qtbot, language):
    from coach import Coach

    coach = Coach(qtbot, language)
    coach.window.today.show_details(True)
    coach.window.show_sound_panel(True)
    coach.qtbot.wait(50)  # the buttons' letters are given once the panels are on screen
    today = coach.window.today
    widgets = [widget for widget in (*today.findChildren(QLabel),
                                     *today.findChildren(QAbstractButton))
               if widget.isVisible() and widget.text()]  # fmt: skip
    texts = [widget.text() for widget in widgets]
    letters = [text[text.index("&") + 1].lower() for text in texts if "&" in text]
    coach.close()
    assert len(letters) >= 17  # 12 plan fields, 5 sound settings; buttons while letters last
    assert sorted(letters) == sorted(set(letters))


def test_the_english_check_would_catch_english(coach):
    coach.window.today.set_plan(SetPlan(legs=LegMode.LEFT, reps=1))
    coach.press(Qt.Key.Key_Space)
    caught = untranslated_on_screen(coach.window)
    assert {"Set 1 of 3", "Pause (Space)", "Left leg"} <= set(caught)
    coach.press(Qt.Key.Key_Escape)
    assert "How to do a heavy slow heel raise" in untranslated_on_screen(coach.window)


def test_one_rep_is_singular_in_both_languages(coach):
    coach.window.today.set_plan(SetPlan(legs=LegMode.LEFT, sets=1, reps=1))
    coach.press(Qt.Key.Key_Space)
    assert coach.page.rep_label.text() == "1 rep"
    coach.window.choose_language("da")
    coach.qtbot.waitUntil(lambda: coach.page.rep_label.text() == "1 gentagelse")


def test_the_history_and_check_in_are_danish_too(danish_coach):
    coach = danish_coach
    coach.qtbot.waitUntil(lambda: coach.window.check_in is not None)
    assert untranslated_on_screen(coach.window) == []
    assert coach.window.check_in.title() == "Dagens morgentjek"  # at 18:00: no "good morning"
    coach.window.journal.add_set(at="2026-11-24T18:00:00", leg="both", target_reps=8, reps=8,
                                 load_kg=7.5)  # fmt: skip
    coach.window.show_history()
    assert untranslated_on_screen(coach.window) == []
    model = coach.window.views.history_page.model
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(7)]
    assert headers == ["Dato", "Tid", "Post", "Gentagelser", "Vægt (kg)", "Smerte (0-10)",
                       "Note"]  # fmt: skip
    assert model.data(model.index(0, 0)) == "2026-11-24  tir"
    assert model.data(model.index(0, 2)) == "Sæt: 1"
    assert model.data(model.index(0, 2, model.index(0, 0))) == "Sæt, begge ben"
    assert model.data(model.index(0, 4, model.index(0, 0))) == "7,5"  # kg, the Danish way
    coach.press(Qt.Key.Key_Escape)
    coach.window.journal.add_check_in(date="2026-11-25", first_steps_pain=3)
    coach.window.journal.add_session(at="2026-11-24T18:30:00", pain_after=2)
    coach.window.show_progress()
    assert "Første skridt om morgenen" in coach.window.views.progress_page.key_label.text()
    assert coach.window.pages.currentWidget() is coach.window.views.progress_page
    assert untranslated_on_screen(coach.window) == []
    assert coach.window.views.progress_page.plots["pain"].titleLabel.text == "Smerte (0-10)"


@pytest.mark.parametrize(("language", "month", "weekday"), [("da", "okt", "tor"),
                                                             ("en", "Oct", "Thu")])  # fmt: skip
def test_the_date_axis_names_months_and_days_in_the_interface_language(qtbot, language,
                                                                       month, weekday):  # fmt: skip
    from coach import Coach
    from pyqtgraph.graphicsItems.DateAxisItem import DAY_HOUR_ZOOM_LEVEL, MONTH_DAY_ZOOM_LEVEL

    coach = Coach(qtbot, language)
    coach.window.journal.add_check_in(date="2026-10-01", first_steps_pain=3)
    coach.window.journal.add_check_in(date="2026-11-25", first_steps_pain=2)
    coach.window.show_progress()
    axis = coach.window.views.progress_page.plots["weeks"].getAxis("bottom")
    first_of_october = datetime(2026, 10, 1, 12, tzinfo=timezone.utc).timestamp()
    written = {}  # what the axis writes under a tick, by pyqtgraph's format for it
    for level in (MONTH_DAY_ZOOM_LEVEL, DAY_HOUR_ZOOM_LEVEL):  # 3 months; a few days
        axis.zoomLevel = level
        for spec in level.tickSpecs:
            written[spec.format] = axis.tickStrings([first_of_october], 1, spec.spacing)[0]
    coach.close()
    assert written["%b"] == month
    # Days and hours have no month's name above them: the first day in view carries it.
    assert written["%a %d"].startswith(f"{weekday} 1") and written["%a %d"].endswith(month)
    assert written["%d"] == ""  # the month's name stands at its first day
    middle_of_october = datetime(2026, 10, 15, 12, tzinfo=timezone.utc).timestamp()
    day_spec = next(spec for spec in MONTH_DAY_ZOOM_LEVEL.tickSpecs if spec.format == "%d")
    axis.zoomLevel = MONTH_DAY_ZOOM_LEVEL
    assert axis.tickStrings([middle_of_october], 1, day_spec.spacing) == ["15"]


def test_every_string_belongs_to_a_class_so_qt_can_find_its_translation():
    # A bare tr("...") lands in an empty context, where Qt never looks: it stays English.
    assert [source for context, source, *_ in messages() if not context] == []


def test_switching_language_switches_the_decimal_sign_of_open_number_fields(coach):
    today = coach.window.today
    today.set_plan(SetPlan(load_kg=2.5))
    today.show_details(True)
    assert today.details.load_box.text() == "2.5 kg"
    today.language_box.setCurrentIndex(today.language_box.findData("da"))
    today.language_box.activated.emit(today.language_box.currentIndex())
    coach.qtbot.waitUntil(lambda: today.details.load_box.text() == "2,5 kg")
    today.language_box.setCurrentIndex(today.language_box.findData("en"))
    today.language_box.activated.emit(today.language_box.currentIndex())
    coach.qtbot.waitUntil(lambda: today.details.load_box.text() == "2.5 kg")


def test_the_check_in_says_it_saved_in_the_language_switched_to(coach):
    coach.qtbot.waitUntil(lambda: coach.window.check_in is not None)
    coach.press(Qt.Key.Key_3)
    today = coach.window.today
    today.language_box.setCurrentIndex(today.language_box.findData("da"))
    today.language_box.activated.emit(today.language_box.currentIndex())
    saved = coach.window.check_in.saved_label
    coach.qtbot.waitUntil(lambda: saved.text() == "Gemt: 3/10. Tak.")


def test_one_set_is_said_as_one_without_a_rest(coach):
    coach.window.today.set_plan(SetPlan(sets=1, reps=2, tempo=Tempo(1000, 1000, 1000)))
    summary = coach.window.today.summary.text()
    assert summary.startswith("1 set × 2 reps, tempo 1-1-1 s (up-hold-down). The session")
    assert "rest" not in summary


def test_good_morning_is_said_only_in_the_morning_in_both_languages(qtbot, data_folder):
    from datetime import datetime

    from coach import Coach

    for language, morning in (("en", "Good morning: today's check-in"),
                              ("da", "God morgen: dagens morgentjek")):  # fmt: skip
        coach = Coach(qtbot, language, now=datetime(2026, 11, 25, 7, 30))
        qtbot.waitUntil(lambda c=coach: c.window.check_in is not None)
        assert coach.window.check_in.title() == morning
        coach.close()
