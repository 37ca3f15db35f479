"""The progress view plots exactly what the journal holds, and says so when it holds nothing."""

import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from heelcoach.progress.series import morning_of, stamp

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from synthetic_journal import journal_data


def plotted(page, name):
    item = page.items[name]
    if "x0" in getattr(item, "opts", {}):  # bars: each from its left edge
        x, y = item.opts["x0"], item.opts["height"]
    else:
        x, y = item.getData()
    return [float(v) for v in x], [float(v) for v in y]


def pdf_text(path: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return text


def open_progress(coach):
    coach.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    page = coach.window.views.progress_page
    assert coach.window.pages.currentWidget() is page
    return page


def test_each_series_is_the_journal(coach):
    journal = coach.window.journal
    journal.add_check_in(date="2026-11-20", first_steps_pain=6, worse_after_training=False)
    journal.add_check_in(date="2026-11-22", first_steps_pain=4)
    for leg, pain in (("left", 5), ("right", 3)):
        journal.add_set(at="2026-11-21T18:00:00", leg=leg, target_reps=10, reps=10,
                        load_kg=5.0, pain=pain, session="s1")  # fmt: skip
    journal.add_session(at="2026-11-21T18:20:00", pain_after=4)
    page = open_progress(coach)

    assert plotted(page, "morning") == (
        [morning_of(date(2026, 11, 20)), morning_of(date(2026, 11, 22))],
        [6.0, 4.0],
    )
    assert plotted(page, "morning_mean")[1] == [6.0, 5.0]
    at = stamp(datetime(2026, 11, 21, 18))
    assert plotted(page, "set_pain_left") == ([at], [5.0])
    assert plotted(page, "set_pain_right") == ([at], [3.0])
    assert plotted(page, "after") == ([stamp(datetime(2026, 11, 21, 18, 20))], [4.0])
    assert plotted(page, "load_left") == ([at], [5.0])
    assert plotted(page, "volume_right") == ([at], [50.0])
    assert page.summary.text() == (
        "In this period: first-step pain eased from 6 to 5; "
        "100% of the planned sessions; added weight stayed at 5 kg."
    )


@pytest.mark.parametrize(
    ("last_week", "said"),
    [  # the last week's mean against a first check-in of 2: 20/7 is 2.9, 22/7 is 3.1
        ((3, 3, 3, 3, 3, 3, 2), "first-step pain about the same (from 2 to 2.9) over 4 weeks"),
        ((3, 3, 3, 3, 3, 3, 4), "first-step pain rose from 2 to 3.1 over 4 weeks"),
    ],
)
def test_four_weeks_call_less_than_a_point_about_the_same(coach, last_week, said):
    journal = coach.window.journal
    journal.add_check_in(date="2026-10-28", first_steps_pain=2)
    for day, pain in enumerate(last_week, start=19):
        journal.add_check_in(date=f"2026-11-{day}", first_steps_pain=pain)
    page = open_progress(coach)
    page.range_buttons["4w"].click()
    assert page.summary.text() == f"In this period: {said}."


def test_the_work_plot_says_what_it_counts_in_plain_words(coach):
    coach.window.journal.add_check_in(date="2026-11-25", first_steps_pain=3)
    page = open_progress(coach)
    assert page.plots["volume"].titleLabel.text == (
        "Work per session: reps × added kg (reps alone at body weight)"
    )


def test_the_plots_line_up_so_a_date_is_at_the_same_place_in_each(coach, qtbot):
    journal = coach.window.journal
    for day in (10, 12, 14):
        journal.add_set(at=f"2026-11-{day}T18:00:00", leg="left", target_reps=12, reps=12,
                        load_kg=100.0, pain=2)  # fmt: skip
        journal.add_check_in(date=f"2026-11-{day}", first_steps_pain=3)
    page = open_progress(coach)
    qtbot.wait(50)
    volume_axis = page.plots["volume"].getAxis("left")
    assert max(volume_axis.tickValues(*page.plots["volume"].viewRange()[1], 200)[-1][1]) >= 1000
    lefts = {name: plot.getViewBox().sceneBoundingRect().left()
             for name, plot in page.plots.items() if plot.isVisible()}  # fmt: skip
    assert len(lefts) == 4  # running and stretching take no room without either
    assert len(set(lefts.values())) == 1, lefts


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
@pytest.mark.parametrize("running", [False, True])
def test_pain_has_the_largest_plot_on_a_small_laptop_too(coach, qtbot, size, running):
    journal = coach.window.journal
    journal.add_check_in(date="2026-11-10", first_steps_pain=3)
    if running:  # a plot more: minutes run (stretch sessions go beside the sessions)
        journal.add_run(at="2026-11-10T18:00:00", week=1, run_s=480, planned_run_s=480)
        journal.add_stretch(at="2026-11-11T08:00:00", exercise="calf_stretch", leg="left",
                            target=3, done=3)  # fmt: skip
    coach.window.resize(*size)
    page = open_progress(coach)
    qtbot.wait(50)
    heights = {name: plot.getViewBox().sceneBoundingRect().height()
               for name, plot in page.plots.items() if plot.isVisible()}  # fmt: skip
    assert len(heights) == (5 if running else 4)
    others = [height for name, height in heights.items() if name != "pain"]
    assert heights["pain"] >= 2.5 * max(others), heights
    assert min(others) >= 25, heights


def test_a_new_user_sees_an_empty_state_not_empty_axes(coach):
    page = open_progress(coach)
    assert page.views.currentWidget() is page.empty_label
    assert page.empty_label.text().startswith("Nothing to show yet.")
    assert page.items == {}


def test_a_single_check_in_gets_a_week_wide_view_around_it(coach):
    coach.window.journal.add_check_in(date="2026-11-25", first_steps_pain=3)
    page = open_progress(coach)
    assert page.views.currentWidget() is page.graphics
    low, high = page.visible_x_range()
    point = morning_of(date(2026, 11, 25))
    assert low < point < high
    assert 6 <= (high - low) / 86400 <= 9


def drawn_dates(page):
    """The strings the date axis draws under the plots, left to right."""
    from PySide6.QtGui import QImage, QPainter

    axis = page.plots["weeks"].getAxis("bottom")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    painter.end()
    return [text for rect, _flags, text in sorted(texts, key=lambda spec: spec[0].left())]


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_one_session_is_shown_under_a_date_not_bare_numbers(coach, qtbot, size):
    coach.window.journal.add_set(at="2026-11-25T17:00:00", leg="left", target_reps=12,
                                 reps=12, pain=2)  # fmt: skip
    coach.window.resize(*size)
    page = open_progress(coach)
    qtbot.wait(50)
    dates = drawn_dates(page)
    assert dates[0] in ("21 Nov", "22 Nov"), dates  # the week around the session
    assert all(text.isdigit() and 22 <= int(text) <= 29 for text in dates[1:]), dates


def test_a_month_named_in_view_is_enough_for_the_days_around_it(coach, qtbot):
    journal = coach.window.journal
    for day in ("2026-10-28", "2026-11-02", "2026-11-05"):
        journal.add_check_in(date=day, first_steps_pain=3)
    page = open_progress(coach)
    qtbot.wait(50)
    dates = drawn_dates(page)
    assert "Nov" in dates and not any("Oct" in text for text in dates), dates


@pytest.mark.parametrize(("key", "days"), [("4w", 28), ("3m", 91)])
def test_the_range_buttons_show_the_last_weeks(coach, key, days):
    data = journal_data(200, date(2026, 11, 24))
    for entry in data["check_ins"].values():
        coach.window.journal.add_check_in(**entry)
    page = open_progress(coach)
    page.range_buttons[key].click()
    low, high = page.visible_x_range()
    assert days - 2 <= (high - low) / 86400 <= days + 4
    page.range_buttons["all"].click()
    low, high = page.visible_x_range()
    assert (high - low) / 86400 >= 199


def test_the_period_chosen_is_shown_again_after_a_restart(coach, qtbot):
    from coach import Coach

    data = journal_data(200, date(2026, 11, 24))
    for entry in list(data["check_ins"].values())[-40:]:
        coach.window.journal.add_check_in(**entry)
    page = open_progress(coach)
    assert page.current_range == "3m"  # the default
    page.range_buttons["4w"].click()
    coach.close()

    again = Coach(qtbot)
    page = open_progress(again)
    assert page.current_range == "4w"
    assert page.range_buttons["4w"].isChecked()
    low, high = page.visible_x_range()
    assert 26 <= (high - low) / 86400 <= 32
    again.close()


def test_the_file_dialog_starts_where_the_last_file_was_saved(coach, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    coach.window.journal.add_check_in(date="2026-11-25", first_steps_pain=3)
    open_progress(coach)
    asked = []

    def save_as(_parent, _caption, suggested):
        asked.append(Path(suggested).parent)
        return str(tmp_path / "exports" / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    (tmp_path / "exports").mkdir()
    coach.window.views.progress_page.export_button.click()
    coach.window.views.progress_page.export_button.click()
    assert asked == [Path.home(), tmp_path / "exports"]
    assert (tmp_path / "exports" / "heelcoach-2026-11-25.png").exists()


def test_a_chart_or_report_saved_over_a_link_replaces_the_link_not_its_target(coach, tmp_path):
    victim = tmp_path / "bashrc"
    victim.write_text("# mine\n")
    open_progress(coach)
    for name, export in (("chart.png", coach.window.views.export_chart_to),
                         ("report.pdf", coach.window.views.report_to)):  # fmt: skip
        (tmp_path / name).symlink_to(victim)
        export(tmp_path / name)
        assert not (tmp_path / name).is_symlink()
        assert (tmp_path / name).stat().st_size > 1000
    assert victim.read_text() == "# mine\n"


def test_the_chart_exports_as_png_and_the_report_as_pdf(coach, tmp_path):
    coach.window.journal.add_check_in(date="2026-11-25", first_steps_pain=3, note="stiff")
    open_progress(coach)
    coach.window.views.export_chart_to(tmp_path / "chart.png")
    coach.window.views.report_to(tmp_path / "report.pdf")
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pdf = (tmp_path / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    words = pdf_text(tmp_path / "report.pdf")
    for line in ("Period: 2026-11-25 to 2026-11-25", "First steps in the morning", "Notes",
                 "2026-11-25: stiff"):  # fmt: skip
        assert line in words
    coach.press(Qt.Key.Key_Escape)
    assert coach.window.pages.currentWidget() is coach.window.today


def test_hovering_a_point_shows_its_date_and_exact_value(coach):
    coach.window.journal.add_check_in(date="2026-11-20", first_steps_pain=6)
    coach.window.journal.add_check_in(date="2026-11-24", first_steps_pain=2)
    page = open_progress(coach)
    page.range_buttons["4w"].click()
    x = morning_of(date(2026, 11, 20))
    assert page.describe_nearest("pain", x, 6.0) == "2026-11-20: 6 (First steps in the morning)"
    assert page.describe_nearest("pain", x + 86400 * 2, 9.5) is None  # nothing near


def test_the_report_carries_the_prescription_the_weeks_and_the_flare_ups(coach, tmp_path):
    journal = coach.window.journal
    for day, pain in ((3, 2), (5, 3), (7, 7), (9, 3)):  # Nov 3, 5, 7, 9: a flare on the 7th
        for leg in ("left", "right"):
            journal.add_set(at=f"2026-11-{day:02d}T18:0{0 if leg == 'left' else 1}:00",
                            leg=leg, target_reps=12, reps=12, pain=pain)  # fmt: skip
    journal.add_set(at="2026-11-09T18:05:00", leg="left", target_reps=12, reps=4, stopped=True)
    journal.add_check_in(date="2026-11-08", first_steps_pain=5, worse_after_training=True)
    coach.window.coach.choose_side("left")
    open_progress(coach)
    coach.window.views.report_to(tmp_path / "report.pdf")
    words = pdf_text(tmp_path / "report.pdf")
    # Away since the 9th, more than ten days: the program waits in week 2.
    assert "Current prescription (programme week 2): Weeks 1-2: 3 × 12 at body weight" in words
    assert "Painful heel: left." in words
    assert "Programme started 2026-11-03." in words
    assert "Week by week" in words
    assert "2026-11-03" in words and "7 / 72" not in words
    assert "2026-11-07: sets at 7/10, a morning worse than usual" in words


def test_runs_and_stretches_are_plotted_and_in_the_report(coach, tmp_path):
    journal = coach.window.journal
    journal.add_check_in(date="2026-11-16", first_steps_pain=4)
    journal.add_run(at="2026-11-17T18:00:00", week=1, run_s=480, planned_run_s=480,
                    pain_during=3, pain_after=2)  # fmt: skip
    journal.add_run(at="2026-11-19T18:00:00", week=1, run_s=240, planned_run_s=480,
                    pain_during=6, stopped=True)  # fmt: skip
    for side in ("left", "right"):
        journal.add_stretch(at="2026-11-18T08:00:00", exercise="calf_stretch", leg=side,
                            target=3, done=3, session="2026-11-18T07:58:00")  # fmt: skip
    page = open_progress(coach)
    monday = stamp(datetime(2026, 11, 16))
    assert plotted(page, "running") == ([monday], [12.0])  # 8 + 4 minutes in that week
    assert plotted(page, "run_during")[1] == [3.0, 6.0]
    assert plotted(page, "run_after")[1] == [2.0]
    assert plotted(page, "stretching")[1] == [1.0]  # one session, both sides
    assert page.plots["running"].isVisible()
    assert "12 min run; 1 stretch sessions" in page.summary.text()
    page.export_report(tmp_path / "report.pdf")
    assert "12 min run" in pdf_text(tmp_path / "report.pdf")
