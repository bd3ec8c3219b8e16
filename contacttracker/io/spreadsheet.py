"""Any table of contacts as rows of text: CSV and TSV in every encoding the app detects,
.xlsx, .xls and .ods (read with python-calamine), the first sheet or a chosen one.

The header row is found, not assumed: a title above it, blank rows and merged header cells
are what spreadsheets kept by hand have. Writing is the store's; guessing what the columns
hold is the domain's (domain/column_guess.py).
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from contacttracker.domain.column_guess import from_header
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io.csv_format import (
    MAX_FIELD,
    InputError,
    decode,
    restore,
    sep_line,
    sniff_delimiter,
)

#: How many rows at the top may hold a title and notes before the header.
HEADER_SEARCH = 10
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls


@dataclass
class Table:
    """One sheet of a file: its header, and each row after it with its number as the
    spreadsheet (or the text file's line) shows it."""

    kind: str  # "xlsx", "xls", "ods" or "csv"
    header: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)  # a workbook's sheets, in order
    sheet: str = ""
    header_row: int = 1


def workbook_kind(path: Path) -> str:
    """'xlsx', 'ods' or 'xls' when the file is a workbook (from its content), else ''."""
    try:
        with open(path, "rb") as fh:
            magic = fh.read(8)
        if magic == _OLE:
            return "xls"
        if not zipfile.is_zipfile(path):
            return ""
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                return "xlsx"
            if "mimetype" in names:
                mimetype = zf.read("mimetype")[:100]
                if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
                    return "ods"
    except (OSError, zipfile.BadZipFile):
        return ""
    return ""


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The table of a file; ``sheet`` picks a workbook's sheet by name or number (1 is the
    first, the default; a text file has one, whatever is asked). Raises InputError in
    words when the file cannot be read."""
    kind = workbook_kind(path)
    if kind:
        return _workbook(path, kind, sheet)
    return _text_table(decode(path.read_bytes(), path.name))


def text_rows(text: str) -> list[tuple[int, list[str]]]:
    """Every row of CSV or TSV text with its line number (the delimiter from its first line)."""
    csv.field_size_limit(MAX_FIELD)
    delimiter = sniff_delimiter(text)
    named, table = sep_line(text)  # Excel's "sep=;" above the header is no row
    reader = csv.reader(io.StringIO(table, newline=""), delimiter=delimiter)
    rows = []
    ended = int(bool(named))  # a row is named by the line it starts on
    try:
        for cells in reader:
            line, ended = ended + 1, reader.line_num + bool(named)
            rows.append((line, [restore(c) if c[:1] == "'" else c for c in cells]))
    except csv.Error as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "line {line_num}: {value1}").format(
                line_num=reader.line_num, value1=exc
            )
        ) from exc
    if rows and rows[0][1]:
        rows[0][1][0] = rows[0][1][0].lstrip("\ufeff")
    return rows


def _text_table(text: str) -> Table:
    return table_of_rows("csv", text_rows(text), {})


def _workbook(path: Path, kind: str, sheet: str | None) -> Table:
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
        if not names:
            raise InputError(
                QT_TRANSLATE_NOOP("Import", "{name} has no sheets").format(name=path.name)
            )
        chosen = _chosen_sheet(names, sheet, path.name)
        grid = book.get_sheet_by_name(chosen)
        cells = grid.to_python(skip_empty_area=False)
        merged = grid.merged_cell_ranges or []
    except CalamineError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "{name} cannot be read as a spreadsheet ({exc})").format(
                name=path.name, exc=exc
            )
        ) from exc
    except (ValueError, TypeError) as exc:  # calamine's own, for a damaged part
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "{name} cannot be read as a spreadsheet ({exc})").format(
                name=path.name, exc=exc
            )
        ) from exc
    rows = [(n, [cell_text(v) for v in row]) for n, row in enumerate(cells, start=1)]
    spans = {}
    for (top, left), (bottom, right) in merged:
        for r in range(top, bottom + 1):
            for c in range(left, right + 1):
                if (r, c) != (top, left):
                    spans[(r + 1, c)] = (top + 1, left)  # row numbers, column indexes
    table = table_of_rows(kind, rows, spans)
    table.sheets, table.sheet = names, chosen
    return table


def _chosen_sheet(names: list[str], sheet: str | None, file: str) -> str:
    if not sheet:
        return names[0]
    if sheet in names:
        return sheet
    folded = {n.casefold().strip(): n for n in names}
    if sheet.casefold().strip() in folded:
        return folded[sheet.casefold().strip()]
    if sheet.isdigit() and 1 <= int(sheet) <= len(names):
        return names[int(sheet) - 1]
    raise InputError(
        QT_TRANSLATE_NOOP("Import", "{name} has no sheet {sheet!r} (its sheets: {sheets})").format(
            name=file, sheet=sheet, sheets=", ".join(names)
        )
    )


def cell_text(value: object) -> str:
    """A cell as text: a whole number without ".0" (a phone typed as a number), a date as
    ISO 8601, nothing for an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, ".15g")
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def table_of_rows(
    kind: str,
    rows: list[tuple[int, list[str]]],
    spans: dict[tuple[int, int], tuple[int, int]] | None = None,
) -> Table:
    """The header found among the first rows (the one naming most fields we know, a title
    or a blank line above it left out), merged header cells filled from their first cell,
    blank rows dropped."""
    filled = [(n, cells) for n, cells in rows if any(c.strip() for c in cells)]
    if not filled:
        raise InputError(QT_TRANSLATE_NOOP("Import", "the file has no header line"))
    by_number = dict(rows)
    spans = spans or {}

    def header_of(number: int, cells: list[str]) -> list[str]:
        out = [c.strip() for c in cells]
        for i, title in enumerate(out):
            if not title and (number, i) in spans:
                top, left = spans[(number, i)]
                source = by_number.get(top, [])
                out[i] = source[left].strip() if left < len(source) else ""
        return out

    best, best_score = 0, -1
    for index, (number, cells) in enumerate(filled[:HEADER_SEARCH]):
        if sum(1 for c in cells if c.strip()) < 2 and index + 1 < len(filled):
            continue  # a title above the table, merged across it or not
        score = len({from_header(t) for t in header_of(number, cells)} - {""})
        if score > best_score:
            best, best_score = index, score
    number, cells = filled[best]
    header = header_of(number, cells)
    body = filled[best + 1 :]
    width = max([_last_filled(header)] + [_last_filled(c) for _n, c in body])
    header = (header + [""] * width)[:width]
    return Table(
        kind=kind,
        header=header,
        rows=[(n, (c + [""] * (width - len(c)))[:width]) for n, c in body],
        header_row=number,
    )


def _last_filled(cells: list[str]) -> int:
    """The width of a row up to its last cell that holds something."""
    for i in range(len(cells) - 1, -1, -1):
        if cells[i].strip():
            return i + 1
    return 0
