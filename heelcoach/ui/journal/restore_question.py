"""Before a backup replaces the journal: what the backup holds against the journal now,
and a question whose default answer, and Esc, is Cancel."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from heelcoach.journal.contents import Contents
from heelcoach.journal.entries import CHECK_INS, RUNS, SESSIONS, SETS, STRETCHES
from heelcoach.words.plain import fill, short_date

translate = QCoreApplication.translate


def _with_year(day: date) -> str:
    return short_date(day, today=date.min)  # a year apart from any day: it is written


def _days(contents: Contents) -> str:
    if contents.first_day is None or contents.last_day is None:  # both, or neither
        return translate("RestoreQuestion", "nothing recorded")
    if contents.first_day == contents.last_day:
        return _with_year(contents.first_day)
    text = translate("RestoreQuestion", "%1 to %2")
    return fill(text, _with_year(contents.first_day), _with_year(contents.last_day))


def _rows(backup: Contents, now: Contents) -> list[tuple[str, str, str]]:
    """(what, in the backup, in the journal now): the days, then each kind either has."""
    names = {
        SETS: translate("RestoreQuestion", "Heel-raise sets"),
        SESSIONS: translate("RestoreQuestion", "Heel-raise sessions"),
        CHECK_INS: translate("RestoreQuestion", "Morning check-ins"),
        RUNS: translate("RestoreQuestion", "Walk/runs"),
        STRETCHES: translate("RestoreQuestion", "Stretch sessions"),
    }
    rows = [(translate("RestoreQuestion", "Days"), _days(backup), _days(now))]
    for table, name in names.items():
        theirs, ours = backup.counts.get(table, 0), now.counts.get(table, 0)
        if theirs or ours:
            rows.append((name, str(theirs), str(ours)))
    return rows


def comparison(backup: Contents, now: Contents) -> str:
    """The backup beside the journal now, as a table."""
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(text)}</td>" for text in row) + "</tr>"
        for row in _rows(backup, now)
    )
    titles = ("", translate("RestoreQuestion", "The backup"),
              translate("RestoreQuestion", "Your journal now"))  # fmt: skip
    head = "".join(f"<th align='left'>{html.escape(text)}</th>" for text in titles)
    return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{cells}</table>"


class RestoreQuestion(QMessageBox):
    """A question whose `replace_button` is clickedButton() when the answer is yes."""

    replace_button: QPushButton


def restore_question(parent: QWidget | None, name: str, backup: Contents,
                     now: Contents) -> RestoreQuestion:  # fmt: skip
    """Asks whether `name` ("the backup of Monday 7 December 2026") may replace the
    journal. Shown with open(): its `replace_button` is clickedButton() when it may."""
    box = RestoreQuestion(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("RestoreQuestion", "Restore a backup"))
    box.setTextFormat(Qt.TextFormat.RichText)
    question = translate("RestoreQuestion", "Replace your journal with %1?")
    box.setText(fill(question, html.escape(name)))
    replaced = translate(
        "RestoreQuestion",
        "Everything in your journal now is replaced. A copy of it as it is now is kept in "
        "the backups folder first.",
    )
    box.setInformativeText(f"{comparison(backup, now)}<p>{html.escape(replaced)}</p>")
    box.replace_button = box.addButton(translate("RestoreQuestion", "&Replace my journal"),
                                       QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box
