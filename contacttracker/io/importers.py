"""One way in for every file: the format is told from the content, not the name."""

from __future__ import annotations

from pathlib import Path

from contacttracker.domain.column_guess import guess, is_contact_table
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io.contacts import csv_kind
from contacttracker.io.csv_format import (
    HEAD_BYTES,
    InputError,
    decode,
    read_head,
    sep_line,
    sniff_delimiter,
)
from contacttracker.io.csv_import import detect_kind, import_file
from contacttracker.io.messages import kind_of
from contacttracker.io.spreadsheet import table_of_rows, text_rows, workbook_kind
from contacttracker.store.bulk_write import rolled_back
from contacttracker.store.import_report import ImportRejected, Report
from contacttracker.store.progress import Progress


def detect(path: Path) -> str:
    """'table' (our own CSV), 'contacts' (vCard, Google, Outlook), 'messages' (WhatsApp,
    Telegram, .eml, mbox), 'sheet' (any other table of contacts: a workbook, or CSV/TSV
    whose columns tell people) or '' when the file is none of these."""
    if workbook_kind(path):
        return "sheet"
    with open(path, "rb") as fh:
        if b"BEGIN:VCARD" in fh.read(HEAD_BYTES).upper():
            return "contacts"
    if kind_of(path):
        return "messages"
    try:
        text = read_head(path)
    except InputError:
        return ""
    if "BEGIN:VCARD" in text[:2000].upper():  # a vCard saved as UTF-16
        return "contacts"
    if text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):  # JSON, not a table: never read as one
        return ""
    first = sep_line(text)[1].split("\n", 1)[0]  # the header, below any "sep=;" line
    header = [h.strip().strip('"').lstrip("\ufeff") for h in first.split(sniff_delimiter(text))]
    if detect_kind(header):
        return "table"
    if csv_kind(header):
        return "contacts"
    return "sheet" if names_people(text) else ""


def names_people(text: str) -> bool:
    """Whether the head of a text table has a header whose columns tell people."""
    head = text[: text.rfind("\n") + 1] or text  # whole lines only
    try:
        table = table_of_rows("csv", text_rows(head))
    except InputError:
        return False
    return is_contact_table(guess(table.header, [c for _n, c in table.rows[:50]]))


def import_any(
    path: str | Path,
    me: str = "",
    new_clients: bool = False,
    progress: Progress | None = None,
    *,
    sheet: str | None = None,
    mapping: str | list[str] | None = None,
    dry_run: bool = False,
) -> Report:
    """Import one file of any kind, whole or not at all. ``sheet`` and ``mapping`` concern
    spreadsheets (a workbook's sheet, the columns as `--map` or the preview gives them);
    ``dry_run`` imports in a transaction that is undone: the report says what would be
    added, updated and refused, and nothing is written."""
    if dry_run:
        with rolled_back():
            return _import(Path(path), me, new_clients, progress, sheet, mapping, False)
    return _import(Path(path), me, new_clients, progress, sheet, mapping, True)


def _import(
    path: Path,
    me: str,
    new_clients: bool,
    progress: Progress | None,
    sheet: str | None,
    mapping: str | list[str] | None,
    keep: bool,
) -> Report:
    try:
        kind = detect(path)
    except OSError as exc:
        raise ImportRejected(
            Report(file=str(path)),
            QT_TRANSLATE_NOOP("Import", "{path}: {value1}").format(
                path=path, value1=exc.strerror or exc
            ),
        ) from exc
    if kind == "contacts":
        from contacttracker.io.contact_import import import_contacts

        return import_contacts(path, progress)
    if kind == "messages":
        from contacttracker.io.message_import import import_messages

        return import_messages(path, me, new_clients, progress, remember=keep)
    if kind == "table":
        return import_file(path, progress)
    if kind == "sheet":
        from contacttracker.io.sheet_import import import_sheet

        return import_sheet(path, sheet, mapping, progress, keep_mapping=keep)
    report = Report(file=str(path))
    try:
        decode(path.read_bytes(), path.name)
    except InputError as exc:
        raise ImportRejected(
            report, QT_TRANSLATE_NOOP("Import", "{path}: {exc}").format(path=path, exc=exc)
        ) from exc
    raise ImportRejected(
        report,
        QT_TRANSLATE_NOOP(
            "Import",
            "{path}: not a file contacttracker can import (its own CSV exports, a table of contacts with a header, .xlsx or .ods, vCard, Google or Outlook contacts, WhatsApp or Telegram chats, .eml or mbox)",
        ).format(path=path),
    )
