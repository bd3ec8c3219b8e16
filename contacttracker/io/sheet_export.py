"""The clients as a spreadsheet wants them: one column per channel in use ("E-mail",
"E-mail 2", "Phone", "Telegram"…), headers in the interface language, times in the user's
time zone as the locale writes them; as CSV or as a real .xlsx workbook (a frozen header,
columns wide enough, dates as dates).

The round-trip CSV (io/export.py) stays the default: this one is for people, sorting,
filtering and mail-merging, and reads back through the spreadsheet import.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from contacttracker.domain.column_guess import FIELDS
from contacttracker.domain.phones import as_exported
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io.csv_format import DELIMITERS, neutralise, writer
from contacttracker.io.output import text_output, write_bytes
from contacttracker.store.database import db
from contacttracker.store.progress import Progress, advance
from contacttracker.store.settings import catalogue
from contacttracker.store.timeutil import from_db

Words = Callable[[str], str]
# Worked out from the conversations, so an import reads them as nothing.
LAST_CONTACT = QT_TRANSLATE_NOOP("Columns", "Last contact")
OPEN_ITEMS = QT_TRANSLATE_NOOP("Columns", "Open items")
#: The widest a workbook's column is made, in characters (a long note wraps past it).
MAX_WIDTH = 50


@dataclass
class Sheet:
    """A header and rows of typed cells: text, numbers, and local times as datetimes."""

    header: list[str]
    rows: list[list[object]]
    #: Which columns hold times (formatted by the locale in CSV, dates in a workbook).
    times: set[int]


def client_sheet(words: Words = str, zone=None) -> Sheet:
    """Every live client, one row each, one column per channel in use and per handle: a
    client's second address goes to "E-mail 2". The columns keep the catalogue's order,
    so "Preferred channel" names the column of each client's best handle: the import
    puts it first again."""
    known = catalogue()
    handles: dict[int, dict[str, list[str]]] = {}
    best: dict[int, str] = {}
    for client_id, key, normal, typed in db.execute_sql(
        "SELECT cp.client_id, cp.channel, cp.normalized, cp.value"
        " FROM contact_point cp JOIN client c ON c.id = cp.client_id"
        " WHERE c.deleted_at IS NULL ORDER BY cp.client_id, cp.rank, cp.id"
    ):
        best.setdefault(client_id, key)
        handles.setdefault(client_id, {}).setdefault(key, []).append(as_exported(normal, typed))
    widest: dict[str, int] = {}
    for per_client in handles.values():
        for key, values in per_client.items():
            widest[key] = max(widest.get(key, 0), len(values))
    order = [c.key for c in known] + sorted(k for k in widest if k not in known)
    columns = [(k, n) for k in order if k in widest for n in range(widest[k])]

    def channel_title(key: str, n: int) -> str:
        name = words(known.get(key).name)
        return name if n == 0 else f"{name} {n + 1}"

    header = [words(FIELDS["name"]), words(FIELDS["company"])]
    header += [channel_title(k, n) for k, n in columns]
    if columns:
        header.append(words(FIELDS["preferred_channel"]))
    header += [
        words(FIELDS["tags"]),
        words(FIELDS["notes"]),
        words(FIELDS["language"]),
        words(FIELDS["time_zone"]),
        words(FIELDS["preferred_hours"]),
        words(FIELDS["response_hours"]),
        words(FIELDS["keep_in_touch_days"]),
        words(LAST_CONTACT),
        words(OPEN_ITEMS),
        words(FIELDS["archived"]),
    ]
    rows: list[list[object]] = []
    for row in db.execute_sql(
        "SELECT id, name, company, tags, notes, language, time_zone, preferred_hours,"
        " response_hours, keep_in_touch_days, last_contact_at, open_items, archived"
        " FROM client WHERE deleted_at IS NULL ORDER BY name, id"
    ):
        (client_id, name, company, tags, notes, lang, tz, hours, resp, keep, last, open_, arch) = (
            row
        )
        mine = handles.get(client_id, {})
        cells: list[object] = [name, company or ""]
        for key, n in columns:
            values = mine.get(key, [])
            cells.append(values[n] if n < len(values) else "")
        if columns:
            cells.append(channel_title(best[client_id], 0) if client_id in best else "")
        cells += [
            tags or "",
            notes or "",
            lang or "",
            tz or "",
            hours or "",
            resp if resp is not None else "",
            keep if keep is not None else "",
            _local(last, zone),
            open_ or 0,
            1 if arch else 0,
        ]
        rows.append(cells)
    return Sheet(header, rows, {len(header) - 3})


def _local(value: object, zone) -> datetime | str:
    """A stored UTC time as a naive local one (what a spreadsheet cell holds), '' for none."""
    if value in (None, ""):
        return ""
    at = from_db(value) if not isinstance(value, datetime) else value
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(zone).replace(tzinfo=None)


def time_pattern(language: str) -> str:
    """How the locale writes a date and time, with the year in full (a spreadsheet reads
    "01.12.2026 14:30" as a date; "01.12.26" it may not)."""
    from babel.dates import get_date_format, get_time_format

    date = get_date_format("short", locale=language).pattern
    if "yyyy" not in date and "yy" in date:
        date = date.replace("yy", "y")
    return f"{date} {get_time_format('short', locale=language).pattern}"


def write_csv(
    sheet: Sheet,
    out: str | os.PathLike | None,
    language: str,
    delimiter: str = "comma",
    bom: bool = True,
    progress: Progress | None = None,
) -> int:
    """The sheet as CSV, cells guarded against formulas, times and decimals as the locale
    writes them; returns the rows written."""
    from babel.dates import format_datetime
    from babel.numbers import get_decimal_symbol

    pattern = time_pattern(language)
    point = get_decimal_symbol(language)

    def text(value: object) -> str:
        if isinstance(value, datetime):
            return format_datetime(value, pattern, locale=language)
        if isinstance(value, float):
            return f"{value:g}".replace(".", point)
        return str(value)

    with text_output(out, bom) as stream:
        w = writer(stream, DELIMITERS[delimiter])
        w.writerow([neutralise(h) for h in sheet.header])
        for n, row in enumerate(sheet.rows, start=1):
            w.writerow([neutralise(text(v)) for v in row])
            if n % 5000 == 0:
                advance(progress, n, len(sheet.rows))
    return len(sheet.rows)


def write_xlsx(
    sheet: Sheet,
    out: str | os.PathLike | None,
    language: str,
    title: str = "Clients",
    progress: Progress | None = None,
) -> int:
    """The sheet as an .xlsx workbook: the header row bold and frozen, a filter on it,
    columns as wide as what they hold (up to MAX_WIDTH), times as dates in the locale's
    order; text is written as text, never as a formula. Returns the rows written."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    page = book.add_worksheet(_sheet_name(title))
    bold = book.add_format({"bold": True, "bottom": 1})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    top = book.add_format({"valign": "top"})
    when = book.add_format({"num_format": _excel_pattern(language), "valign": "top"})
    widths = [len(h) for h in sheet.header]
    for c, title in enumerate(sheet.header):
        page.write_string(0, c, title, bold)
    for r, row in enumerate(sheet.rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, datetime):
                page.write_datetime(r, c, value, when)
                widths[c] = max(widths[c], 16)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                page.write_number(r, c, value, top)
                widths[c] = max(widths[c], len(f"{value:g}"))
            else:
                text = str(value)
                page.write_string(r, c, text, wrap if "\n" in text else top)
                longest = max((len(line) for line in text.split("\n")), default=0)
                widths[c] = max(widths[c], longest)
        if r % 5000 == 0:
            advance(progress, r, len(sheet.rows))
    for c, width in enumerate(widths):
        page.set_column(c, c, min(width, MAX_WIDTH) + 2)
    page.freeze_panes(1, 0)
    page.autofilter(0, 0, max(len(sheet.rows), 1), len(sheet.header) - 1)
    book.close()
    write_bytes(out, buffer.getvalue())
    return len(sheet.rows)


def _excel_pattern(language: str) -> str:
    """The locale's date and time pattern (CLDR letters) in Excel's number format."""
    import re

    def excel(token: re.Match) -> str:
        part = token.group(0)
        if part.startswith("'"):
            return '"' + part.strip("'") + '"'
        if part[0] == "y":
            return "yyyy"
        if part[0] in "MH":
            return part.lower()
        return "AM/PM" if part == "a" else part

    return re.sub(r"'[^']*'|y+|M+|d+|H+|h+|m+|a", excel, time_pattern(language))


def _sheet_name(title: str) -> str:
    """A name Excel accepts for a sheet: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip("'")
    return cleaned[:31] or "Clients"


def export_clients(
    out: str | os.PathLike | None,
    *,
    xlsx: bool = False,
    words: Words = str,
    language: str = "en",
    delimiter: str = "comma",
    bom: bool = True,
    progress: Progress | None = None,
) -> int:
    """`export clients --for-spreadsheet [--xlsx]`: the one code path of the command and
    the window's choice."""
    sheet = client_sheet(words)
    if xlsx:
        return write_xlsx(sheet, out, language, words(CLIENTS_TITLE), progress)
    return write_csv(sheet, out, language, delimiter, bom, progress)


CLIENTS_TITLE = QT_TRANSLATE_NOOP("Columns", "Clients")
