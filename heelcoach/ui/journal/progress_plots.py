"""The progress view's plots, one above another on a shared time axis: pain (over the
green, yellow and red zones), added weight, work per session, minutes run and sessions
per week (the dates go under these), each with the room it gets."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsRectItem

from heelcoach.coach.rules import PAIN_SCALE_MAX, ZONE_EDGES, Zone
from heelcoach.ui.coach.zone_colours import ZONE_BACKGROUND
from heelcoach.ui.journal.date_axis import DateAxis

PLOT_NAMES = ("pain", "load", "volume", "running", "weeks")
BAND_END_S = 4.0e9  # the pain zones reach past any date the journal can hold (year 2096)
VALUE_AXIS_PX = 52  # room for "1200" (reps × kg)
PAIN_PLOT_PX = 240
OTHER_PLOT_PX = 90
PLOT_PX = {"pain": PAIN_PLOT_PX, "weeks": OTHER_PLOT_PX + 15}  # the dates go under "weeks"
SMALL_PLOT_PX = 75  # minutes run: the runner reads its bars' heights, not their detail
ZONES = (  # green, yellow, red: each band reaches halfway to the next whole number
    (0.0, ZONE_EDGES[0], ZONE_BACKGROUND[Zone.GREEN]),
    (ZONE_EDGES[0], ZONE_EDGES[1], ZONE_BACKGROUND[Zone.YELLOW]),
    (ZONE_EDGES[1], float(PAIN_SCALE_MAX), ZONE_BACKGROUND[Zone.RED]),
)


def build_plots(graphics: pg.GraphicsLayoutWidget) -> dict[str, pg.PlotItem]:
    """The plots in `graphics`, by name, empty. The dates go under "weeks", always there;
    running and stretching only show with something to show (see show_row)."""
    plots: dict[str, pg.PlotItem] = {}
    for row, name in enumerate(PLOT_NAMES):
        last = row == len(PLOT_NAMES) - 1
        # Dates under the lowest plot only: the plots share their time axis.
        axes = {"bottom": DateAxis()} if last else {}
        # No context menus: building them is most of a plot's cost, and the buttons
        # here do what they would (the range, the export).
        plot = graphics.addPlot(row=row, col=0, axisItems=axes, enableMenu=False)
        # One width for every value axis, so that a date lies at the same x in each
        # plot; it also spares a second layout when the labels come.
        plot.getAxis("left").setWidth(VALUE_AXIS_PX)
        if not last:
            plot.hideAxis("bottom")
        if name == "pain":
            plot.showGrid(x=True, y=True, alpha=0.15)
        plot.getViewBox().setMouseMode(pg.ViewBox.PanMode)
        if row:
            plot.setXLink(plots["pain"])
        plots[name] = plot
    _draw_zones(plots["pain"])
    # Pain is what the runner looks for: it gets the room the others can spare (a
    # stretch factor alone shares out only what is left over their preferred heights).
    for name, plot in plots.items():
        plot.setPreferredHeight(PLOT_PX.get(name, OTHER_PLOT_PX))
    graphics.ci.layout.setRowStretchFactor(0, 3)
    plots["weeks"].getAxis("left").setTickSpacing(4, 4)  # 0, 4, 8: room between
    return plots


def _draw_zones(pain: pg.PlotItem) -> None:
    """The 0-10 scale, over the pain zones' colours."""
    pain.setYRange(0, 10, padding=0.02)
    pain.getViewBox().setLimits(yMin=-0.5, yMax=10.5)
    for low, high, colour in ZONES:  # plain rectangles: nothing to drag, cheap to draw
        band = QGraphicsRectItem(0, low, BAND_END_S, high - low)
        band.setBrush(QColor(colour))
        band.setPen(pg.mkPen(None))
        band.setZValue(-100)
        pain.addItem(band, ignoreBounds=True)


def show_row(plot: pg.PlotItem, shown: bool) -> None:
    """A plot with nothing to show takes no room (the others share it)."""
    plot.setVisible(shown)
    plot.setPreferredHeight(SMALL_PLOT_PX if shown else 0)
    plot.setMaximumHeight(1e6 if shown else 0)
