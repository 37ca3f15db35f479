"""Is it working? Pain, load and adherence over time, drawn with pyqtgraph.

Imported only when the progress view first opens: pyqtgraph and numpy cost start-up time
that the first screen does not need. The numbers come from progress.series; this module
only draws them, keeps the plotted items by name (tests read their data back), and
exports the view as PNG or a report for a physiotherapist as PDF.
"""

from __future__ import annotations

import bisect
import html
import math
from datetime import datetime
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from heelcoach.progress.series import SESSIONS_PER_WEEK_PLANNED, Progress, Series
from heelcoach.ui.journal.progress_plots import build_plots, show_row
from heelcoach.ui.journal.progress_report import write_report
from heelcoach.ui.page_title import page_title
from heelcoach.ui.retranslating import Retranslating
from heelcoach.words.plain import fill

DAY_S = 24 * 3600
HOVER_PIXELS = 12
RANGES_DAYS = {"4w": 28, "3m": 91, "all": None}
DEFAULT_RANGE = "3m"
SINGLE_POINT_PAD_S = 3.5 * DAY_S
LINE_MARKER_PX = 5
VALUE_HEADROOM = 1.15
MIN_VALUE_TOP = 5.0  # body weight only: 0-5 kg, not -0.4 to 0.4
LEG_COLOURS = {"left": "#1e88e5", "right": "#e53935", "both": "#6d4c41"}
MORNING_COLOUR = "#6a1b9a"
AFTER_COLOUR = "#f57c00"
PLAN_COLOUR = "#2e7d32"
RUN_COLOUR = "#d84315"
STRETCH_COLOUR = "#00897b"


class ProgressPage(Retranslating, QWidget):
    back_clicked = Signal()
    export_clicked = Signal()
    report_clicked = Signal()
    range_chosen = Signal(str)

    def __init__(self, progress: Progress, range_key: str = DEFAULT_RANGE, parent=None) -> None:
        """`range_key`: the period shown first (4w, 3m or all)."""
        super().__init__(parent)
        pg.setConfigOptions(antialias=False, background="w", foreground="#37474f")
        self.progress = progress
        self.items: dict[str, pg.GraphicsObject] = {}
        self.current_range = range_key if range_key in RANGES_DAYS else DEFAULT_RANGE
        self._hoverable: dict[str, tuple[str, str, Series]] = {}  # name: plot, label, series
        self._key: list[tuple[str, str, str]] = []  # colour, mark, label: the key line
        self.title = page_title()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.hover_label = QLabel(" ")
        # One line of colour keys instead of a legend inside each plot: cheaper to build,
        # and it never covers the data.
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.scene().sigMouseMoved.connect(self._mouse_moved)
        self.plots = build_plots(self.graphics)
        self._build_buttons()
        self._lay_out()
        self._retranslate()
        self.show_progress(progress)

    # building ------------------------------------------------------------------------
    def _build_buttons(self) -> None:
        """A button for each period, checked one at a time; Back, and the two exports."""
        self.range_buttons: dict[str, QPushButton] = {}
        self._range_group = QButtonGroup(self)
        for key in RANGES_DAYS:
            button = QPushButton()
            button.setCheckable(True)
            button.clicked.connect(lambda _checked, key=key: self.choose_range(key))
            self._range_group.addButton(button)
            self.range_buttons[key] = button
        self.back_button = QPushButton()
        self.export_button = QPushButton()
        self.report_button = QPushButton()
        self.back_button.clicked.connect(self.back_clicked.emit)
        self.export_button.clicked.connect(self.export_clicked.emit)
        self.report_button.clicked.connect(self.report_clicked.emit)

    def _lay_out(self) -> None:
        """The title and the periods above the summary, the key and the plots; the buttons
        below."""
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for button in self.range_buttons.values():
            top.addWidget(button)
        self.views = QStackedLayout()
        self.views.addWidget(self.graphics)
        self.views.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.key_label)
        layout.addWidget(self.hover_label)
        layout.addLayout(self.views, 1)
        layout.addLayout(buttons)

    def _bars(self, plot: str, name: str, label: str, series: Series, colour: str,
              days: float = 5, offset_days: float = 0) -> None:  # fmt: skip
        """A bar per week, `days` wide, from its Monday (+ `offset_days`)."""
        bars = pg.BarGraphItem(x0=[x + offset_days * DAY_S for x in series.x],
                               width=days * DAY_S, height=list(series.y),
                               brush=pg.mkBrush(colour), name=label)  # fmt: skip
        self.plots[plot].addItem(bars)
        self.items[name] = bars
        self._hoverable[name] = (plot, label, series)

    def _scatter(self, plot: str, name: str, label: str, series: Series, colour: str,
                 symbol: str = "o", size: int = 7) -> None:  # fmt: skip
        item = pg.PlotDataItem(name=label, pen=None, symbol=symbol, symbolSize=size,
                               symbolBrush=colour, symbolPen=None)  # fmt: skip
        self._key.append((colour, {"t": "▼", "s": "■"}.get(symbol, "●"), label))
        self._add(plot, name, item, label, series)

    def _line(self, plot: str, name: str, label: str, series: Series, colour: str,
              width: float = 2, key: str | None = None) -> None:  # fmt: skip
        """`key`: the line's words in the colour key, when shorter than its `label` (one
        "Left leg" for the leg's lines in every plot)."""
        # Markers too: one session is a point, and a line needs two.
        item = pg.PlotDataItem(name=label, pen=pg.mkPen(colour, width=width), symbol="o",
                               symbolSize=LINE_MARKER_PX, symbolBrush=colour,
                               symbolPen=None)  # fmt: skip
        if (colour, "━", key or label) not in self._key:
            self._key.append((colour, "━", key or label))
        self._add(plot, name, item, label, series)

    def _add(self, plot: str, name: str, item, label: str, series: Series) -> None:
        self._hoverable[name] = (plot, label, series)
        self.plots[plot].addItem(item)
        # Only the days in view are drawn, so years of sessions cost what a few weeks do;
        # the data come last, once the view (set first) can clip them.
        item.setClipToView(True)
        item.setDownsampling(auto=True)
        item.setData(list(series.x), list(series.y))
        self.items[name] = item

    def show_progress(self, progress: Progress) -> None:
        self.progress = progress
        for plot in self.plots.values():
            for item in list(plot.listDataItems()):
                plot.removeItem(item)
        self.items.clear()
        self._hoverable.clear()
        self._key.clear()
        if progress.is_empty:
            self.key_label.setText("")
            self.views.setCurrentWidget(self.empty_label)
            self.summary.setText("")
            return
        self.views.setCurrentWidget(self.graphics)
        self._set_x_range(self.current_range)
        morning = self.tr("First steps in the morning")
        self._scatter("pain", "morning", morning, progress.morning_pain, MORNING_COLOUR)
        self._line("pain", "morning_mean", self.tr("7-day average"), progress.morning_mean,
                   MORNING_COLOUR, width=3)  # fmt: skip
        self._scatter("pain", "after", self.tr("After the session"), progress.pain_after,
                      AFTER_COLOUR, symbol="t")  # fmt: skip
        for leg, series in progress.set_pain.items():
            self._line("pain", f"set_pain_{leg}", self._during(leg), series,
                       LEG_COLOURS[leg], width=1.5, key=self._leg(leg))  # fmt: skip
        for leg, series in progress.load.items():
            self._line("load", f"load_{leg}", self._leg(leg), series, LEG_COLOURS[leg])
        for leg, series in progress.volume.items():
            self._line("volume", f"volume_{leg}", self._leg(leg), series, LEG_COLOURS[leg])
        self._scatter("pain", "run_during", self.tr("During a run"), progress.run_pain_during,
                      RUN_COLOUR, symbol="s")  # fmt: skip
        self._scatter("pain", "run_after", self.tr("After a run"), progress.run_pain_after,
                      RUN_COLOUR, symbol="t")  # fmt: skip
        # Heel-raise sessions and stretch sessions side by side in each week's place.
        bar_days = 2.5 if progress.stretching else 5
        self._bars("weeks", "weeks", self.tr("Sessions in the week"), progress.sessions_per_week,
                   "#90a4ae", bar_days)  # fmt: skip
        self._bars(
            "weeks",
            "stretching",
            self.tr("Stretch sessions in the week"),
            progress.stretches_per_week,
            STRETCH_COLOUR,
            bar_days,
            offset_days=2.5,
        )
        self._bars("running", "running", self.tr("Minutes run in the week"),
                   progress.run_minutes_per_week, RUN_COLOUR)  # fmt: skip
        if progress.stretching:
            self._key.append((STRETCH_COLOUR, "▮", self.tr("Stretch sessions in the week")))
        show_row(self.plots["running"], progress.running)
        dashed = pg.mkPen(PLAN_COLOUR, width=2, style=Qt.PenStyle.DashLine)
        plan = pg.InfiniteLine(SESSIONS_PER_WEEK_PLANNED, angle=0, pen=dashed)
        self.plots["weeks"].addItem(plan)
        self.plots["weeks"].setYRange(0, 7, padding=0.05)
        self.key_label.setText("&nbsp;&nbsp; ".join(
            f'<span style="color:{colour}">{mark}</span>&nbsp;{html.escape(label)}'
            for colour, mark, label in self._key
        ))  # fmt: skip
        self.show_range(self.current_range)

    # ranges ------------------------------------------------------------------------------
    def choose_range(self, key: str) -> None:
        """The user's choice of period: shown, and said (to be remembered)."""
        self.show_range(key)
        self.range_chosen.emit(key)

    def show_range(self, key: str) -> None:
        self.current_range = key
        self.range_buttons[key].setChecked(True)
        start = self._set_x_range(key)
        if start is None:
            return
        self.plots["pain"].setYRange(0, 10, padding=0.02)
        running = {"": self.progress.run_minutes_per_week}
        for name, series in (("load", self.progress.load), ("volume", self.progress.volume),
                             ("running", running)):  # fmt: skip
            # From 0, so that a steady 30 kg is a flat line high up, not noise around 30.
            top = max((y for points in series.values()
                       for x, y in zip(points.x, points.y, strict=True) if x >= start),
                      default=0.0)  # fmt: skip
            self.plots[name].setYRange(0, max(top * VALUE_HEADROOM, MIN_VALUE_TOP), padding=0)
        self.summary.setText(self._summary(start))

    def _set_x_range(self, key: str) -> float | None:
        """Show the period `key` on the shared time axis; returns where it starts."""
        span = self.progress.span()
        if span is None:
            return None
        first, last = span
        days = RANGES_DAYS[key]
        start = first if days is None else max(first, last - days * DAY_S)
        if last - start < 2 * SINGLE_POINT_PAD_S:  # one point, or a few close together
            middle = (start + last) / 2
            start, last = middle - SINGLE_POINT_PAD_S, middle + SINGLE_POINT_PAD_S
        self.plots["pain"].setXRange(start - DAY_S / 2, last + DAY_S / 2, padding=0)
        return start

    # hovering -------------------------------------------------------------------------------
    def _mouse_moved(self, scene_pos) -> None:
        for name, plot in self.plots.items():
            if plot.sceneBoundingRect().contains(scene_pos):
                point = plot.getViewBox().mapSceneToView(scene_pos)
                self.hover_label.setText(self.describe_nearest(name, point.x(), point.y()) or " ")
                return

    def describe_nearest(self, plot: str, x: float, y: float) -> str | None:
        """The exact date and value of the point nearest (x, y) on `plot`, if one is within
        a few pixels: what hovering shows."""
        view = self.plots[plot].getViewBox()
        (x0, x1), (y0, y1) = view.viewRange()
        x_scale = view.width() / ((x1 - x0) or 1)
        y_scale = view.height() / ((y1 - y0) or 1)
        best: tuple[float, str, float, float] | None = None
        for on_plot, label, series in self._hoverable.values():
            if on_plot != plot or not series:
                continue
            index = bisect.bisect_left(series.x, x)
            for i in (index - 1, index):
                if 0 <= i < len(series):
                    pixels = math.hypot((series.x[i] - x) * x_scale, (series.y[i] - y) * y_scale)
                    if best is None or pixels < best[0]:
                        best = (pixels, label, series.x[i], series.y[i])
        if best is None or best[0] > HOVER_PIXELS:
            return None
        _, label, when, value = best
        return f"{datetime.fromtimestamp(when):%Y-%m-%d}: {value:g} ({label})"

    def visible_x_range(self) -> tuple[float, float]:
        low, high = self.plots["pain"].getViewBox().viewRange()[0]
        return low, high

    def _summary(self, since: float) -> str:
        from heelcoach.ui.journal.progress_text import summary_text

        return summary_text(self.progress, since)

    # words --------------------------------------------------------------------------------
    def _leg(self, leg: str) -> str:
        return {"left": self.tr("Left leg"), "right": self.tr("Right leg"),
                "both": self.tr("Both legs")}[leg]  # fmt: skip

    def _during(self, leg: str) -> str:
        return fill(self.tr("During the sets, %1"), self._leg(leg).lower())

    def export_png(self, path: Path) -> None:
        """The charts as a PNG, written like the journal (see atomic_file). Raises
        OSError."""
        from PySide6.QtCore import QBuffer, QIODevice

        from heelcoach.system.atomic_file import write_atomically

        png = QBuffer()
        png.open(QIODevice.OpenModeFlag.WriteOnly)
        self.graphics.grab().save(png, "PNG")
        write_atomically(path, bytes(png.data().data()))  # bytes already; typed as any buffer

    def export_report(self, path: Path, journal_notes: bool = True, program=None) -> None:
        """`program`: the coach's part (ui.coach.report_section), when there is a journal."""
        write_report(path, self.progress, self.graphics.grab(), self.summary.text(),
                     key=self._key, notes=self.progress.notes if journal_notes else (),
                     program=program)  # fmt: skip

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Progress"))
        texts = {"4w": self.tr("4 weeks"), "3m": self.tr("3 months"), "all": self.tr("All")}
        for key, button in self.range_buttons.items():
            button.setText(texts[key])
        self.back_button.setText(self.tr("Back (Esc)"))
        self.export_button.setText(self.tr("Save chart as PNG…"))
        self.report_button.setText(self.tr("Report for your physiotherapist (PDF)…"))
        self.empty_label.setText(self.tr(
            "Nothing to show yet. After your first sets and morning check-ins, this is where "
            "you see whether the pain eases as the load goes up."
        ))  # fmt: skip
        titles = {"pain": self.tr("Pain (0-10)"), "load": self.tr("Added weight (kg)"),
                  "volume": self.tr("Work per session: reps × added kg (reps alone at body "
                                    "weight)"),
                  "weeks": self.tr("Sessions per week (plan: every other day)"),
                  "running": self.tr("Minutes run per week (walk/run)")}  # fmt: skip
        for name, plot in self.plots.items():
            plot.setTitle(titles[name], size="10pt")
