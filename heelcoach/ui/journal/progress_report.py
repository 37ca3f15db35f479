"""A report for a physiotherapist: the period, adherence, first-steps pain, load and
notes, with the charts, and the coach's part (words.report): its lines, a summary that
matches its tables, the tables, the criteria for running and the flare-ups; as a PDF made
with Qt's own PDF writer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPixmap,
)

from heelcoach.progress.series import Progress
from heelcoach.system.atomic_file import write_atomically
from heelcoach.words.plain import fill
from heelcoach.words.report import ProgramSection

MAX_NOTES = 30


def _period(progress: Progress, program: ProgramSection | None) -> str:
    span = progress.span()
    if span is None:
        return ""
    first, last = (datetime.fromtimestamp(moment).date() for moment in span)
    if program is not None and program.first_day is not None:
        first = program.first_day  # the tables' period: the summary speaks of it
    period = QCoreApplication.translate("ProgressReport", "%1 to %2")
    return fill(period, first.isoformat(), last.isoformat())


def write_report(path: Path, progress: Progress, charts: QPixmap, summary: str,
                 key: Sequence[tuple[str, str, str]] = (), notes=(),
                 program: ProgramSection | None = None) -> None:  # fmt: skip
    """`key`: the charts' colour key, (colour, mark, words) for each series; `program`: the
    prescription, the course week by week and the flare-ups."""
    pdf = QBuffer()  # drawn in memory, then written like the journal (see atomic_file)
    pdf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(pdf)
    painter = QPainter(writer)
    try:
        report = _Report(painter, writer)
        _draw_overview(report, progress, charts, summary, key, program)
        if program is not None:
            _draw_program(report, program)
        if notes:
            _draw_notes(report, notes)
    finally:
        painter.end()
    write_atomically(path, bytes(pdf.data().data()))  # bytes already; typed as any buffer


def _pdf_writer(pdf: QBuffer) -> QPdfWriter:
    """An A4 portrait writer into `pdf`, with 15 mm margins."""
    writer = QPdfWriter(pdf)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout.Unit.Millimeter))  # fmt: skip
    writer.setTitle(QCoreApplication.translate("ProgressReport", "HeelCoach training report"))
    writer.setCreator("HeelCoach")
    return writer


class _Report:
    """The report as it is drawn: its painter and writer, the page, and how far down the
    page the next line goes (`y`)."""

    def __init__(self, painter: QPainter, writer: QPdfWriter) -> None:
        self.painter = painter
        self.writer = writer
        self.page = QRectF(painter.viewport())
        self.y = 0.0

    def text(self, line: str, size: int, bold: bool = False) -> None:
        """`line` in `size` points, wrapped to the page, and room below it."""
        font = QFont()
        font.setPointSize(size)
        font.setBold(bold)
        self.painter.setFont(font)
        box = self.painter.boundingRect(QRectF(0, self.y, self.page.width(), self.page.height()),
                                        int(Qt.TextFlag.TextWordWrap), line)  # fmt: skip
        self.painter.drawText(box, int(Qt.TextFlag.TextWordWrap), line)
        self.y += box.height() + size * 4

    def new_page(self) -> None:
        self.writer.newPage()
        self.y = 0.0

    def new_page_unless_room(self, room: float) -> None:
        """A new page when less than `room` is left on this one."""
        if self.y > self.page.height() - room:
            self.new_page()


def _draw_overview(report: _Report, progress: Progress, charts: QPixmap, summary: str,
                   key: Sequence[tuple[str, str, str]],
                   program: ProgramSection | None) -> None:  # fmt: skip
    """The first page: the title, the period, the coach's lines and summary, the colour key
    and the charts."""
    translate = QCoreApplication.translate
    report.text(translate("ProgressReport", "HeelCoach: heavy slow heel raises"), 18, bold=True)
    report.text(fill(translate("ProgressReport", "Period: %1"), _period(progress, program)), 11)
    if program is not None:
        for line in program.lines:
            report.text(line, 11)
        summary = program.summary or summary  # read off its own tables
    if summary:
        report.text(summary, 11)
    page = report.page
    if key:
        report.y = _draw_key(report.painter, key, report.y, page.width()) + 40
    image_height = page.width() * charts.height() / max(1, charts.width())
    report.painter.drawPixmap(QRectF(0, report.y, page.width(), image_height), charts,
                              QRectF(charts.rect()))  # fmt: skip
    report.y += image_height + 40


def _draw_program(report: _Report, program: ProgramSection) -> None:
    """The coach's tables, each from a new page when the page is half full, then the
    criteria for running and the flare-ups."""
    translate = QCoreApplication.translate
    for number, table in enumerate(program.tables):
        if number == 0 or report.y > report.page.height() / 2:
            report.new_page()
        report.text(table.title, 12, bold=True)
        report.y = _draw_table(report.painter, table.header, table.rows, report.y, report.page,
                               report.writer)  # fmt: skip
    if program.criteria:
        report.new_page_unless_room(400)
        report.text(translate("ProgressReport", "Back to running: the four criteria today"), 12,
                    bold=True)  # fmt: skip
        for line in program.criteria:
            report.text(line, 10)
    if program.flares:
        report.new_page_unless_room(400)
        report.text(translate("ProgressReport", "Flare-ups (the next-day rule)"), 12, bold=True)
        for line in program.flares:
            report.new_page_unless_room(200)
            report.text(line, 10)


def _draw_notes(report: _Report, notes) -> None:
    """The last `MAX_NOTES` notes, each with its day."""
    report.text(QCoreApplication.translate("ProgressReport", "Notes"), 12, bold=True)
    for day, note in list(notes)[-MAX_NOTES:]:
        report.new_page_unless_room(200)
        report.text(f"{day}: {note}", 10)


def _draw_table(painter: QPainter, header: Sequence[str], rows, y: float, page: QRectF,
                writer: QPdfWriter) -> float:  # fmt: skip
    """Rows under a bold header, in columns as wide as the page allows; a new page (with
    the header again) when the page is full. Returns where the table ends."""
    font = QFont()
    font.setPointSize(9)
    metrics = QFontMetricsF(font, painter.device())
    line = metrics.height() * 1.35
    width = page.width() / len(header)
    header_lines = 2  # headers wrap onto two lines in narrow columns

    def draw_header() -> float:
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        for column, words in enumerate(header):
            painter.drawText(QRectF(column * width, y, width - 8, line * header_lines),
                             int(Qt.TextFlag.TextWordWrap), words)  # fmt: skip
        painter.setFont(font)
        return y + line * header_lines + 4

    y = draw_header()
    for row in rows:
        if y > page.height() - line:
            writer.newPage()
            y = 0.0
            y = draw_header()
        for column, cell in enumerate(row):
            painter.drawText(QRectF(column * width, y, width - 8, line),
                             int(Qt.AlignmentFlag.AlignLeft), cell)  # fmt: skip
        y += line
    return y + line


def _draw_key(painter: QPainter, key: Sequence[tuple[str, str, str]], y: float,
              width: float) -> float:  # fmt: skip
    """The colour key as it is on screen: each mark in its colour, then its words, in rows
    as wide as the page; returns where the last row ends."""
    font = QFont()
    font.setPointSize(10)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    x, line = 0.0, metrics.height()
    gap = metrics.horizontalAdvance("    ")
    for colour, mark, words in key:
        mark_width = metrics.horizontalAdvance(f"{mark} ")
        entry_width = mark_width + metrics.horizontalAdvance(words)
        if x > 0 and x + entry_width > width:
            x, y = 0.0, y + line * 1.3
        painter.setPen(QColor(colour))
        painter.drawText(QRectF(x, y, mark_width, line), int(Qt.AlignmentFlag.AlignLeft), mark)
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(x + mark_width, y, entry_width, line),
                         int(Qt.AlignmentFlag.AlignLeft), words)  # fmt: skip
        x += entry_width + gap
    return y + line
