"""One way in for every file: the format is told from the content, not the name."""

from __future__ import annotations

from pathlib import Path

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io.contacts import csv_kind
from contacttracker.io.csv_format import HEAD_BYTES, InputError, decode, read_head, sniff_delimiter
from contacttracker.io.csv_import import detect_kind, import_file
from contacttracker.io.messages import kind_of
from contacttracker.store.import_report import ImportRejected, Report
from contacttracker.store.progress import Progress


def detect(path: Path) -> str:
    """'table' (our own CSV), 'contacts' (vCard, Google, Outlook), 'messages' (WhatsApp,
    Telegram, .eml, mbox) or '' when the file is none of these."""
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
    first = text.split("\n", 1)[0]
    header = [h.strip().strip('"').lstrip("\ufeff") for h in first.split(sniff_delimiter(text))]
    if detect_kind(header):
        return "table"
    if csv_kind(header):
        return "contacts"
    return ""


def import_any(
    path: str | Path, me: str = "", new_clients: bool = False, progress: Progress | None = None
) -> Report:
    path = Path(path)
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

        return import_messages(path, me, new_clients, progress)
    if kind == "table":
        return import_file(path, progress)
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
            "{path}: not a file contacttracker can import (its own CSV exports, vCard, Google or Outlook contacts, WhatsApp or Telegram chats, .eml or mbox)",
        ).format(path=path),
    )
