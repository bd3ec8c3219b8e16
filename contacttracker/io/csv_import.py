"""Import of the app's own CSV exports: all-or-nothing per file, idempotent by UUID.

A conversations file is checked and written BATCH_ROWS at a time as it is read, inside one
transaction; one bad row rejects the file with a report of every problem (line and reason;
the rest of the file is still checked) and the database stays exactly as it was.
Clients already present (same UUID) are updated; conversations already present are
skipped, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import gc
import itertools
import re
import uuid as uuidlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from contacttracker.domain.rules import IN, OUT
from contacttracker.domain.words import QT_TRANSLATE_NOOP, Joined, reason_of
from contacttracker.io.csv_format import InputError, Streamed, reader, text_stream
from contacttracker.io.export import CLIENT_COLUMNS, CONVERSATION_COLUMNS
from contacttracker.store.bulk_write import (
    all_or_nothing,
    conversation_batches,
    give_clients_what_they_lack,
    write_clients,
)
from contacttracker.store.clients import ClientInput, ValidationError, ids_by_uuid, validate
from contacttracker.store.conversations import (
    MAX_DURATION_MIN,
    duration_problem,
    text_problems,
)
from contacttracker.store.import_report import ImportRejected, Report
from contacttracker.store.models import new_uuid
from contacttracker.store.progress import Progress
from contacttracker.store.settings import catalogue
from contacttracker.store.timeutil import db_text

MAX_BYTES = 512 * 1024 * 1024
#: Conversations checked and then written at a time, inside the import's one transaction:
#: what a long file costs in memory is one batch of rows, not the file.
BATCH_ROWS = 50_000
#: About the most bytes a row of our conversations export takes (300-400): the rows a file
#: holds are guessed from its size before it is read, to decide whether the indexes are
#: built again at the end; the progress follows the real pace as the file is read.
_ROW_BYTES = 400


def detect_kind(header: list[str]) -> str:
    names = set(header)
    if {"uuid", "client_uuid", "channel", "direction", "occurred_at"} <= names:
        return "conversations"
    if {"uuid", "name", "channels"} <= names:
        return "clients"
    return ""


def import_file(
    path: str | Path, progress: Progress | None = None, *, update_clients: bool = True
) -> Report:
    """Import one CSV file of clients or conversations; raises ImportRejected on bad input.

    A client already stored (same UUID) is brought up to date from the file, unless
    `update_clients` is False: then it is left as it is and counted as skipped.
    """
    with no_cycle_collection():
        return _import_file(Path(path), progress, update_clients)


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """For the length of a bulk import: its rows are millions of lists and tuples that form
    no cycles, and the collector walked them again and again (a tenth of an import)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _import_file(path: Path, progress: Progress | None, update_clients: bool) -> Report:
    report = Report(file=str(path))
    streamed = None
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(
                QT_TRANSLATE_NOOP("Import", "the file is larger than {value1} MB").format(
                    value1=MAX_BYTES // 2**20
                )
            )
        # The file is parsed as it is read, in whichever encoding it is: its rows are
        # checked one by one and written a batch at a time, not held whole.
        streamed = text_stream(path)
        header, rows = reader(streamed)
        report.kind = detect_kind(header)
        if not report.kind:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "the header is not one of contacttracker's exports (clients or conversations)",
                )
            )
        first = next(rows, None)
        if first is None:
            raise ImportRejected(
                report,
                QT_TRANSLATE_NOOP("Import", "{path}: the file has a header but no rows").format(
                    path=path
                ),
            )
        parsed = itertools.chain([first], rows)
        if report.kind == "clients":
            _import_clients(header, list(parsed), report, progress, update_clients)
        else:
            _import_conversations(header, parsed, report, progress, streamed)
    except (InputError, OSError) as exc:
        raise ImportRejected(
            report, QT_TRANSLATE_NOOP("Import", "{path}: {exc}").format(path=path, exc=exc)
        ) from exc
    finally:
        if streamed is not None:
            streamed.stream.close()
    return report


def _cells(header: list[str], columns: list[str], line: int, cells: list[str]) -> dict[str, str]:
    if len(cells) != len(header):
        raise ValueError(
            QT_TRANSLATE_NOOP("Import", "%n cell(s) where the header has {value2}").format(
                n=len(cells), value2=len(header)
            )
        )
    row = dict(zip(header, cells, strict=True))
    return {c: row.get(c, "") for c in columns}


def _uuid(text: str, what: str = "uuid") -> str:
    try:
        return str(uuidlib.UUID(text))
    except ValueError as exc:
        raise ValueError(
            QT_TRANSLATE_NOOP("Import", "{what} {text!r} is not a UUID").format(
                what=what, text=text
            )
        ) from exc


def _optional_number(text: str, kind: type, what: str):
    if not text.strip():
        return None
    try:
        return kind(text)
    except ValueError as exc:
        raise ValueError(
            QT_TRANSLATE_NOOP("Import", "{what} {text!r} is not a number").format(
                what=what, text=text
            )
        ) from exc


def _flag(text: str, what: str) -> bool:
    if text in ("", "0", "false", "False"):
        return False
    if text in ("1", "true", "True"):
        return True
    raise ValueError(
        QT_TRANSLATE_NOOP("Import", "{what} must be 0 or 1, not {text!r}").format(
            what=what, text=text
        )
    )


def _channels(text: str) -> list[tuple[str, str]]:
    pairs = []
    for line in text.splitlines():
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Import", "channel line {line!r} should be 'channel: handle'"
                ).format(line=line)
            )
        pairs.append((key.strip(), value.strip()))
    return pairs


def _import_clients(
    header, parsed, report: Report, progress: Progress | None, update: bool = True
) -> None:
    inputs: list[tuple[int, ClientInput]] = []
    checked: dict[str, list[tuple[str, str, str]]] = {}
    seen: set[str] = set()
    channel_keys = catalogue()
    known = None  # the stored clients, read once a row without a uuid needs them
    lacking: list[tuple[int, list[tuple[str, str, str]], str, str]] = []
    for line, cells in parsed:
        try:
            r = _cells(header, CLIENT_COLUMNS, line, cells)
            data = ClientInput(
                uuid=_uuid(r["uuid"]) if r["uuid"] else "",
                name=r["name"],
                company=r["company"],
                language=r["language"] or "uk",
                time_zone=r["time_zone"],
                preferred_hours=r["preferred_hours"],
                response_hours=_optional_number(r["response_hours"], float, "response_hours"),
                keep_in_touch_days=_optional_number(
                    r["keep_in_touch_days"], int, "keep_in_touch_days"
                ),
                tags=r["tags"],
                notes=r["notes"],
                archived=_flag(r["archived"], "archived"),
                channels=_channels(r["channels"]),
            )
            channels = validate(data, channel_keys)
            if not data.uuid and known is None:  # the file's rows so far, found as well
                known = _Known()
                for _line, earlier in inputs:
                    known.add(earlier, checked[earlier.uuid], earlier.uuid)
            if not data.uuid:  # a row added by hand: the client its handles or name tell
                found = known.match(data, channels)
                if found is not None and found > 0:  # stored: given what it lacks, no more
                    lacking.append((found, channels, data.company, data.notes))
                    continue
                if found is not None:  # a row above typed so too: one client
                    first = checked[known.uuid_by_id[found]]
                    have = {(k, n.lower()) for k, _t, n in first}
                    first += [c for c in channels if (c[0], c[2].lower()) not in have]
                    continue
                data.uuid = known.add(data, channels)
            if data.uuid in seen:
                raise ValueError(
                    QT_TRANSLATE_NOOP("Import", "uuid {uuid} appears twice in the file").format(
                        uuid=data.uuid
                    )
                )
            seen.add(data.uuid)
            checked[data.uuid] = channels
            inputs.append((line, data))
            if known is not None and r["uuid"]:
                known.add(data, channels, data.uuid)
        except ValidationError as exc:
            report.rejected.append((line, Joined(exc.problems)))
        except ValueError as exc:
            report.rejected.append((line, reason_of(exc)))
    if report.rejected:
        raise ImportRejected(report)
    with all_or_nothing():  # the file's clients and what typed rows add to stored ones
        write_clients(
            [d for _, d in inputs],
            [checked[d.uuid] for _, d in inputs],
            report,
            progress,
            update=update,
        )
        changed = give_clients_what_they_lack(lacking)
        report.updated += changed
        report.skipped += len(lacking) - changed


#: What the UUID of a conversation row typed without one is made from, with its content.
_TYPED_ROWS = uuidlib.UUID("8f1c2e7a-3b4d-5e6f-9a0b-1c2d3e4f5a6b")


def _typed_uuid(cells: list[str], columns: tuple[int, ...], seen: dict[str, int]) -> str:
    """A conversation row typed into the file by hand, without a uuid: one made from its
    client, channel, direction, time, subject and summary, and its place among rows that
    say the same (two "Ok" are two), so importing the file again finds it rather than
    adding it once more."""
    said = "\x1f".join(cells[i].strip() for i in columns)
    place = seen.get(said, 0)
    seen[said] = place + 1
    return str(uuidlib.uuid5(_TYPED_ROWS, said if place == 0 else f"{said}\x1f{place}"))


class _Known:
    """Stored clients by handle and name (as a contacts import finds them), for rows of
    our own CSV that lack a uuid: typed into the file by hand, they are found again rather
    than added once more on every import."""

    def __init__(self) -> None:
        from contacttracker.io.contact_import import Known

        self.known = Known()
        self.uuid_by_id = {client_id: uuid for uuid, client_id in self.known.uuids.items()}

    def match(self, data: ClientInput, channels: list[tuple[str, str, str]]) -> int | None:
        """The stored client such a row is (its id), a row above typed so (a negative
        stand-in), or None."""
        from contacttracker.io.contacts import Contact

        contact = Contact(name=data.name, line=0, company=data.company)
        return self.known.match(contact, channels)

    def add(self, data: ClientInput, channels: list[tuple[str, str, str]], uuid: str = "") -> str:
        """A row of the file (a new UUID when it has none), remembered so that a row below
        typed as the same client finds it."""
        from contacttracker.io.contacts import Contact

        uuid = uuid or new_uuid()
        client_id = -(len(self.uuid_by_id) + 1)
        self.uuid_by_id[client_id] = uuid
        self.known.add(client_id, uuid, Contact(data.name, 0, data.company), channels)
        return uuid


_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid_fast(text: str, what: str = "uuid") -> str:
    """A UUID in its canonical form; the common exact form is checked without parsing."""
    if _UUID_RE.fullmatch(text):
        return text
    return _uuid(text.strip().lower(), what)


#: A time as a spreadsheet in a day-first language writes it back (Excel or LibreOffice in
#: Ukrainian, Russian, German: "01.03.2026 10:00"); the dotted form is never month-first.
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def _dotted(text: str) -> datetime | None:
    found = _DOTTED.fullmatch(text)
    if found is None:
        return None
    day, month, year, hour, minute, second = (int(g) if g else 0 for g in found.groups())
    return datetime(year, month, day, hour, minute, second)


def _time(text: str, what: str) -> str | None:
    """ISO 8601 (Z or offset; naive taken as UTC), or a day-first dotted date as a
    spreadsheet writes our own export back (naive, so UTC as exported) → stored UTC text."""
    if not text:
        return None
    if len(text) == 20 and text[10] == "T" and text[19] == "Z":  # our own exports
        try:
            datetime.fromisoformat(text[:19])
        except ValueError as exc:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Import", "{what} {text!r} is not a date and time (ISO 8601)"
                ).format(what=what, text=text)
            ) from exc
        return text[:10] + " " + text[11:19]
    if not text.strip():
        return None
    try:
        value = _dotted(text.strip()) or datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        # The first hour of year 1 east of Greenwich is before any UTC time there is.
        return db_text(value.astimezone(UTC))
    except (ValueError, OverflowError) as exc:
        raise ValueError(
            QT_TRANSLATE_NOOP("Import", "{what} {text!r} is not a date and time (ISO 8601)").format(
                what=what, text=text
            )
        ) from exc


_FLAGS = {"": 0, "0": 0, "false": 0, "False": 0, "1": 1, "true": 1, "True": 1}


Batch = tuple[list[tuple], list[tuple[str, str, str, str]], dict[tuple[int, str], None], list[int]]


def _parse_conversations(header, parsed, report: Report) -> Iterator[Batch]:
    """Check every row, BATCH_ROWS at a time: yields (rows, links, projects, lines) of the
    good ones and fills report.rejected with the bad ones."""
    missing = [c for c in CONVERSATION_COLUMNS if c not in header]
    if missing:
        raise ImportRejected(
            report,
            QT_TRANSLATE_NOOP("Import", "{file}: missing columns: {value1}").format(
                file=report.file, value1=", ".join(missing)
            ),
        )
    (
        i_uuid,
        i_cuuid,
        i_client,
        i_project,
        i_channel,
        i_dir,
        i_at,
        i_dur,
        i_subject,
        i_summary,
        i_agree,
        i_urgent,
        i_due,
        i_done,
        i_conf,
        i_summ,
        i_reply,
        i_author,
        i_dismissed,
    ) = (header.index(c) for c in CONVERSATION_COLUMNS)
    width = len(header)
    known = {c.key for c in catalogue()}
    client_uuids = ids_by_uuid()
    # The few values repeated on every row (channel, direction, author...) are kept once
    # each, not as a string per row: a long file holds hundreds of thousands of rows.
    once: dict[str, str] = {}
    kept = once.setdefault
    rows: list[tuple] = []
    links: list[tuple[str, str, str, str]] = []
    projects: dict[tuple[int, str], None] = {}
    lines: list[int] = []
    typed: dict[str, int] = {}  # rows typed without a uuid, by what they say: how many
    for line, cells in parsed:
        if len(rows) >= BATCH_ROWS:
            yield rows, links, projects, lines
            rows, links, projects, lines = [], [], {}, []
        try:
            if len(cells) != width:
                raise ValueError(
                    QT_TRANSLATE_NOOP("Import", "%n cell(s) where the header has {value2}").format(
                        n=len(cells), value2=width
                    )
                )
            uuid = (  # a second copy is found by the writer
                _uuid_fast(cells[i_uuid])
                if cells[i_uuid].strip()
                else _typed_uuid(
                    cells, (i_cuuid, i_channel, i_dir, i_at, i_subject, i_summary), typed
                )
            )
            client_id = client_uuids.get(cells[i_cuuid])
            if client_id is None:
                raise ValueError(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "client {value1!r} ({value2}) is not in the database; import the clients file first",
                    ).format(value1=cells[i_cuuid], value2=cells[i_client])
                )
            channel, direction = cells[i_channel], cells[i_dir]
            if channel not in known:
                raise ValueError(
                    QT_TRANSLATE_NOOP("Import", "unknown channel {channel!r}").format(
                        channel=channel
                    )
                )
            if direction not in (IN, OUT):
                raise ValueError(
                    QT_TRANSLATE_NOOP(
                        "Import", "direction must be 'in' or 'out', not {direction!r}"
                    ).format(direction=direction)
                )
            occurred = _time(cells[i_at], "occurred_at")
            if occurred is None:
                raise ValueError(QT_TRANSLATE_NOOP("Import", "occurred_at is empty"))
            duration = _optional_number(cells[i_dur], int, "duration_min") if cells[i_dur] else None
            if duration is not None and not 0 <= duration <= MAX_DURATION_MIN:
                raise ValueError(duration_problem(cells[i_dur]))
            too_long = text_problems(
                cells[i_project], cells[i_subject], cells[i_summary], cells[i_agree]
            )
            if too_long:
                raise ValueError(Joined(too_long))
            urgent, done = _FLAGS.get(cells[i_urgent]), _FLAGS.get(cells[i_done])
            if urgent is None or done is None:
                raise ValueError(
                    QT_TRANSLATE_NOOP("Import", "urgent and follow_up_done must be 0 or 1")
                )
            confirms, summarizes, replies = cells[i_conf], cells[i_summ], cells[i_reply]
            if confirms or summarizes or replies:
                confirms, summarizes, replies = (
                    _uuid_fast(v, name) if v else ""
                    for v, name in (
                        (confirms, "confirms"),
                        (summarizes, "summarizes"),
                        (replies, "replies_to"),
                    )
                )
                links.append((uuid, confirms, summarizes, replies))
            project = cells[i_project].strip()
            if project:
                projects[(client_id, project)] = None
            rows.append(
                (
                    uuid,
                    client_id,
                    kept(project, project),
                    kept(channel, channel),
                    kept(direction, direction),
                    occurred,
                    duration,
                    cells[i_subject],
                    cells[i_summary],
                    cells[i_agree],
                    urgent,
                    _time(cells[i_due], "follow_up_due"),
                    done,
                    kept(cells[i_author], cells[i_author]),
                    kept(cells[i_dismissed], cells[i_dismissed]),
                )
            )
            lines.append(line)
        except ValueError as exc:
            report.rejected.append((line, reason_of(exc)))
    yield rows, links, projects, lines


def _import_conversations(
    header, parsed, report: Report, progress: Progress | None, streamed: Streamed
) -> None:
    """Check and write the rows a batch at a time in one transaction: a bad row anywhere
    (or a copy, or a link to nowhere) refuses the file, and the rest is still checked."""
    size = max(streamed.size, 1)
    with conversation_batches(report, progress, expected_rows=size // _ROW_BYTES) as out:
        for rows, links, projects, lines in _parse_conversations(header, parsed, report):
            # The rows still to come, at the pace of those read so far.
            read = max(streamed.position(), 1)
            out.expected = max(out.done + len(rows), (out.done + len(rows)) * size // read)
            out.write(rows, links, projects, lines)
