"""The mapping step of a spreadsheet import: the sheet's first rows, and over each column a
choice of what it holds (guessed, or remembered for files with this header), checked again
as it changes, before anything is written."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contacttracker.domain.column_guess import FIELDS, column_letter
from contacttracker.io.csv_format import InputError
from contacttracker.io.sheet_import import Mapping, Planned, mapping_for, plan
from contacttracker.io.spreadsheet import Table, read_table
from contacttracker.store.import_report import ImportRejected
from contacttracker.store.settings import catalogue
from contacttracker.ui.text import localized

PREVIEW_ROWS = 12
MAX_COLUMN_WIDTH = 190
#: How many rows the preview checks as the columns change: a long sheet stays quick to
#: map (20,000 rows take seconds), and the import checks every row anyway.
CHECKED_ROWS = 2000
#: How many of a refused file's rows are named under the preview.
SHOWN_PROBLEMS = 12


def choices() -> list[tuple[str, str]]:
    """(field, label) of everything a column can hold: the fields, then the channels they
    do not name (a video call's link, the person's own Signal, Slack...), then ignore."""
    fields = [(k, localized(label)) for k, label in FIELDS.items() if k != "ignore"]
    fields += [(c.key, localized(c.name)) for c in catalogue() if c.key not in FIELDS]
    return [*fields, ("ignore", localized(FIELDS["ignore"]))]


class SheetMapping(QWidget):
    """One spreadsheet's page of the import preview."""

    #: The file became importable or not (its rows checked with the columns chosen).
    checked = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.table: Table | None = None
        self.shown: Mapping | None = None  # the mapping as first shown
        self.planned: Planned | None = None
        self.options = choices()
        self.about = QLabel(self)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.sheets = QComboBox(self)
        self.sheets.setAccessibleName(self.tr("Sheet"))
        self.hint = QLabel(
            self.tr(
                "Choose what each column holds. The guess comes from the header and the "
                "values; a choice you change is remembered for files with the same header."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.grid = QTableWidget(self)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.setAccessibleName(self.tr("Columns of %1").replace("%1", path.name))
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.combos: list[QComboBox] = []
        form = QFormLayout()
        form.addRow(self.tr("&Sheet:"), self.sheets)
        form.labelForField(self.sheets).setBuddy(self.sheets)
        self.sheet_row = form
        box = QVBoxLayout(self)
        box.addWidget(self.about)
        box.addLayout(form)
        box.addWidget(self.hint)
        box.addWidget(self.grid, 1)
        box.addWidget(self.status)
        self.load(None)
        self.sheets.currentTextChanged.connect(self.load)

    # -- reading -------------------------------------------------------------------------

    def load(self, sheet: str | None) -> None:
        """Read the sheet (the first one by default), guess or recall its mapping, show it."""
        try:
            self.table = read_table(self.path, sheet or None)
            self.shown = mapping_for(self.table)
        except (InputError, OSError, ValueError) as exc:
            self.table, self.shown = None, None
            self.about.setText(self.tr("Cannot import this file"))
            self.grid.clear()
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            self._say([localized(exc)], bad=True)
            self.planned = None
            self.checked.emit()
            return
        if not sheet:
            self.sheets.blockSignals(True)
            self.sheets.clear()
            self.sheets.addItems(self.table.sheets)
            self.sheets.blockSignals(False)
        several = len(self.table.sheets) > 1
        self.sheets.setVisible(several)
        self.sheet_row.labelForField(self.sheets).setVisible(several)
        self._fill(self.table, self.shown)
        self.recheck()

    def _fill(self, table: Table, mapping: Mapping) -> None:
        rows = table.rows[:PREVIEW_ROWS]
        self.grid.clear()
        self.grid.setColumnCount(len(table.header))
        self.grid.setRowCount(len(rows) + 1)
        self.grid.setHorizontalHeaderLabels(
            [t or column_letter(i) for i, t in enumerate(table.header)]
        )
        self.grid.setVerticalHeaderLabels([self.tr("Holds")] + [str(n) for n, _cells in rows])
        self.combos = []
        keys = [k for k, _label in self.options]
        for j, field in enumerate(mapping.fields):
            combo = QComboBox(self.grid)
            for key, label in self.options:
                combo.addItem(label, key)
            if field not in keys:  # a channel removed since it was remembered
                combo.addItem(field, field)
                keys.append(field)
            combo.setCurrentIndex(combo.findData(field))
            combo.setAccessibleName(
                self.tr("What column %1 holds").replace("%1", table.header[j] or column_letter(j))
            )
            combo.currentIndexChanged.connect(self.recheck)
            self.grid.setCellWidget(0, j, combo)
            self.combos.append(combo)
        for i, (_n, cells) in enumerate(rows, start=1):
            for j, value in enumerate(cells):
                self.grid.setItem(i, j, QTableWidgetItem(value))
        self.grid.resizeColumnsToContents()
        for j in range(self.grid.columnCount()):  # a long note does not push the rest away
            self.grid.setColumnWidth(j, min(self.grid.columnWidth(j), MAX_COLUMN_WIDTH))

    # -- what the choice gives -----------------------------------------------------------

    def fields(self) -> list[str]:
        return [c.currentData() for c in self.combos]

    def changed(self) -> bool:
        """Whether the person changed the mapping shown (only then is it remembered)."""
        return self.shown is not None and self.fields() != self.shown.fields

    def sheet(self) -> str | None:
        return self.table.sheet or None if self.table else None

    def importable(self) -> bool:
        return self.planned is not None

    def recheck(self) -> None:
        """Check the rows with the columns as chosen now (the first CHECKED_ROWS of a long
        sheet: the import checks the rest), and say what the import would do."""
        if self.table is None:
            return
        part = replace(self.table, rows=self.table.rows[:CHECKED_ROWS])
        try:
            self.planned = plan(self.path, self.sheet(), self.fields(), table=part)
        except ImportRejected as exc:
            self.planned = None
            lines = [localized(exc.args[0]).split("\n", 1)[0]] if exc.args else []
            lines += [
                self.tr("Row %1: %2").replace("%1", str(n)).replace("%2", localized(why))
                for n, why in exc.report.rejected[:SHOWN_PROBLEMS]
            ]
            if len(exc.report.rejected) > SHOWN_PROBLEMS:
                lines.append(
                    self.tr("…and %n more row(s)", None, len(exc.report.rejected) - SHOWN_PROBLEMS)
                )
            self._say(lines, bad=True)
        else:
            new, known = len(self.planned.new), self.planned.matched
            self._say(
                [
                    self.tr("%n new client(s)", None, new)
                    + "; "
                    + self.tr("%n already here (given what they lack)", None, known)
                ]
                + [localized(n) for n in self.planned.report.notes[:SHOWN_PROBLEMS]],
                bad=False,
            )
        if len(self.table.rows) > CHECKED_ROWS:
            self.status.setText(
                self.status.text()
                + "\n"
                + self.tr(
                    "The first %1 rows are checked here; the import checks the other %2 and "
                    "refuses the file if one cannot be read."
                )
                .replace("%1", QLocale().toString(CHECKED_ROWS))
                .replace("%2", QLocale().toString(len(self.table.rows) - CHECKED_ROWS))
            )
        kind = self.table.kind + (f" · {self.table.sheet}" if self.table.sheet else "")
        self.about.setText(self.tr("%1, %n row(s)", None, len(self.table.rows)).replace("%1", kind))
        self.checked.emit()

    def _say(self, lines: list[str], bad: bool) -> None:
        self.status.setText("\n".join(lines))
        self.status.setStyleSheet("color: #b3261e" if bad else "")
