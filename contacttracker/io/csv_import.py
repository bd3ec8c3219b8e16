"""Import of the app's own CSV exports: all-or-nothing per file, idempotent by UUID.

Every row is checked before anything is written; one bad row rejects the file with a
report of every problem (line and reason) and the database stays exactly as it was.
Clients already present (same UUID) are updated; conversations already present are
skipped, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import gc
import re
import uuid as uuidlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from contacttracker.domain.rules import IN, OUT
from contacttracker.domain.words import QT_TRANSLATE_NOOP, Joined, reason_of
from contacttracker.io.csv_format import InputError, decode, reader
from contacttracker.io.export import CLIENT_COLUMNS, CONVERSATION_COLUMNS, Cancelled
from contacttracker.store import bulk, flags, rollups
from contacttracker.store.clients import (
    ClientInput,
    ValidationError,
    add_clients,
    update_clients,
    validate,
)
from contacttracker.store.conversations import (
    MAX_DURATION_MIN,
    duration_problem,
    text_problems,
)
from contacttracker.store.database import db
from contacttracker.store.dialect import (
    after_bulk_insert,
    among,
    defer_foreign_keys,
    id_chunks,
    sync_ids,
)
from contacttracker.store.models import new_uuid, utcnow
from contacttracker.store.settings import catalogue
from contacttracker.store.timeutil import from_db, to_db_text

Progress = Callable[[int, int], bool]  # (rows done, rows in all) → False to cancel
MAX_BYTES = 512 * 1024 * 1024


@dataclass
class Report:
    """What an import did, or why it did nothing."""

    file: str
    kind: str = ""
    added: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    #: Things skipped without refusing the file (a phone number that is not one, say).
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return QT_TRANSLATE_NOOP(
            "Import", "{file}: {kind}: {added} added, {updated} updated, {skipped} already present"
        ).format(
            file=self.file,
            kind=self.kind,
            added=self.added,
            updated=self.updated,
            skipped=self.skipped,
        )


class ImportRejected(Exception):
    """The file was refused whole; ``report.rejected`` lists (line, reason)."""

    def __init__(self, report: Report, message: str = "") -> None:
        self.report = report
        lines = [message] if message else []
        lines += [
            QT_TRANSLATE_NOOP("Import", "{file}: line {line}: {reason}").format(
                file=report.file, line=n, reason=why
            )
            for n, why in report.rejected
        ]
        if not lines:
            lines = [QT_TRANSLATE_NOOP("Import", "{file}: rejected").format(file=report.file)]
        super().__init__(Joined(lines, "\n"))


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
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(
                QT_TRANSLATE_NOOP("Import", "the file is larger than {value1} MB").format(
                    value1=MAX_BYTES // 2**20
                )
            )
        text = decode(path.read_bytes(), path.name)
        header, rows = reader(text)
        report.kind = detect_kind(header)
        if not report.kind:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "the header is not one of contacttracker's exports (clients or conversations)",
                )
            )
        parsed = list(rows)
    except (InputError, OSError) as exc:
        raise ImportRejected(
            report, QT_TRANSLATE_NOOP("Import", "{path}: {exc}").format(path=path, exc=exc)
        ) from exc
    if not parsed:
        raise ImportRejected(
            report,
            QT_TRANSLATE_NOOP("Import", "{path}: the file has a header but no rows").format(
                path=path
            ),
        )
    if report.kind == "clients":
        _import_clients(header, parsed, report, progress, update_clients)
    else:
        _import_conversations(header, parsed, report, progress)
    return report


def _cells(header: list[str], columns: list[str], line: int, cells: list[str]) -> dict[str, str]:
    if len(cells) != len(header):
        raise ValueError(
            QT_TRANSLATE_NOOP("Import", "{value1} cells where the header has {value2}").format(
                value1=len(cells), value2=len(header)
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
    for line, cells in parsed:
        try:
            r = _cells(header, CLIENT_COLUMNS, line, cells)
            data = ClientInput(
                uuid=_uuid(r["uuid"]) if r["uuid"] else new_uuid(),
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
            if data.uuid in seen:
                raise ValueError(
                    QT_TRANSLATE_NOOP("Import", "uuid {uuid} appears twice in the file").format(
                        uuid=data.uuid
                    )
                )
            seen.add(data.uuid)
            checked[data.uuid] = channels
            inputs.append((line, data))
        except ValidationError as exc:
            report.rejected.append((line, Joined(exc.problems)))
        except ValueError as exc:
            report.rejected.append((line, reason_of(exc)))
    if report.rejected:
        raise ImportRejected(report)
    existing = existing_ids("client", [d.uuid for _, d in inputs])
    fresh = [d for _, d in inputs if d.uuid not in existing]
    known = [d for _, d in inputs if d.uuid in existing]

    def step(done: int) -> None:
        if progress is not None and not progress(done, len(inputs)):
            raise Cancelled

    with db.atomic():
        if update:
            # Stored clients in one go as well: one UPDATE for all, not a save per client.
            update_clients(
                [(existing[d.uuid], d) for d in known],
                [checked[d.uuid] for d in known],
                step,
            )
            report.updated += len(known)
        else:
            report.skipped += len(known)
        # New clients in one go: one insert per table, not nine statements each.
        add_clients(fresh, lambda n: step(len(known) + n), [checked[d.uuid] for d in fresh])
        report.added += len(fresh)


def existing_ids(table: str, uuids: list[str]) -> dict[str, int]:
    """uuid → id of the rows of ``table`` that already have one of these UUIDs."""
    found: dict[str, int] = {}
    for chunk in id_chunks(uuids):  # one array on PostgreSQL, not hundreds of lists
        where, params = among("uuid", chunk)
        found.update(dict(db.execute_sql(f"SELECT uuid, id FROM {table} WHERE {where}", params)))
    return found


_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid_fast(text: str, what: str = "uuid") -> str:
    """A UUID in its canonical form; the common exact form is checked without parsing."""
    if _UUID_RE.fullmatch(text):
        return text
    return _uuid(text.strip().lower(), what)


def _time(text: str, what: str) -> str | None:
    """ISO 8601 (Z or offset; naive taken as UTC) → stored UTC text."""
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
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        # The first hour of year 1 east of Greenwich is before any UTC time there is.
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    except (ValueError, OverflowError) as exc:
        raise ValueError(
            QT_TRANSLATE_NOOP("Import", "{what} {text!r} is not a date and time (ISO 8601)").format(
                what=what, text=text
            )
        ) from exc


_INSERT = """INSERT INTO conversation (id, uuid, client_id, project_id, channel, direction,
  occurred_at, duration_min, subject, summary, agreements, urgent, follow_up_due, follow_up_done,
  author, dismissed, confirms_id, summarizes_id, replies_to_id, confirmed_at,
  awaiting_confirmation, awaiting_summary, answered_at, awaiting_reply, created_at, updated_at)
  VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"""
_FLAGS = {"": 0, "0": 0, "false": 0, "False": 0, "1": 1, "true": 1, "True": 1}


def _parse_conversations(header, parsed, report: Report):
    """Check every row; returns (rows, links, projects, uuids) or fills report.rejected."""
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
    client_uuids = {r[0]: r[1] for r in db.execute_sql("SELECT uuid, id FROM client")}
    rows: list[tuple] = []
    links: list[tuple[str, str, str, str]] = []
    projects: dict[tuple[int, str], None] = {}
    seen: set[str] = set()
    for line, cells in parsed:
        try:
            if len(cells) != width:
                raise ValueError(
                    QT_TRANSLATE_NOOP(
                        "Import", "{value1} cells where the header has {width}"
                    ).format(value1=len(cells), width=width)
                )
            uuid = _uuid_fast(cells[i_uuid])
            if uuid in seen:
                raise ValueError(
                    QT_TRANSLATE_NOOP("Import", "uuid {uuid} appears twice in the file").format(
                        uuid=uuid
                    )
                )
            seen.add(uuid)
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
                    project,
                    channel,
                    direction,
                    occurred,
                    duration,
                    cells[i_subject],
                    cells[i_summary],
                    cells[i_agree],
                    urgent,
                    _time(cells[i_due], "follow_up_due"),
                    done,
                    cells[i_author],
                    cells[i_dismissed],
                )
            )
        except ValueError as exc:
            report.rejected.append((line, reason_of(exc)))
    return rows, links, projects, seen


def _import_conversations(header, parsed, report: Report, progress: Progress | None) -> None:
    rows, links, projects, _uuids = _parse_conversations(header, parsed, report)
    if report.rejected:
        raise ImportRejected(report)
    write_conversations(rows, links, projects, report, progress)


def write_conversations(
    rows: list[tuple],
    links: list[tuple[str, str, str, str]],
    projects: dict[tuple[int, str], None],
    report: Report,
    progress: Progress | None = None,
) -> None:
    """Insert checked conversation rows in one transaction; rows already present (same UUID)
    are skipped, links are set by UUID, and each row goes in with its rule state (the rows of
    clients that had conversations before, and stored rows linked to, are refreshed after).

    A row: (uuid, client_id, project, channel, direction, occurred_at, duration_min, subject,
    summary, agreements, urgent, follow_up_due, follow_up_done, author, dismissed); a link:
    (uuid, confirms, summarizes, replies_to) as UUIDs or ''.
    """
    existing = existing_ids("conversation", [r[0] for r in rows])
    fresh = [r for r in rows if r[0] not in existing] if existing else rows
    report.skipped += len(rows) - len(fresh)
    # Where each new row stands in the file; its id will be the last stored id plus one more.
    order = dict(zip([r[0] for r in fresh], range(1, len(fresh) + 1), strict=True))
    targets = {t for _u, *ts in links for t in ts if t and t not in order}
    outside = existing_ids("conversation", sorted(targets))  # stored before, or skipped now
    for uuid, *ts in links:
        for target in ts:
            if target and target not in order and target not in outside:
                report.rejected.append(
                    (
                        0,
                        QT_TRANSLATE_NOOP(
                            "Import", "{uuid} links to {target}, which is nowhere"
                        ).format(uuid=uuid, target=target),
                    )
                )
    if report.rejected:
        raise ImportRejected(report)
    stamp = utcnow().strftime("%Y-%m-%d %H:%M:%S")
    linked = {u: (c, s, r) for u, c, s, r in links if u in order}
    # Each row is written once, with its rule state worked out from the file's rows; the
    # clients that had conversations before get the SQL refresh (stored rows may answer them).
    state = flags.state_of_new(fresh, linked, catalogue())
    new_clients = sorted({r[1] for r in fresh})
    with db.atomic(), bulk.indexes_rebuilt_after(len(fresh)):
        older = clients_with_conversations(new_clients)
        project_ids = _projects(projects)
        (last,) = db.execute_sql("SELECT coalesce(max(id), 0) FROM conversation").fetchone()
        # The new rows get the ids after the last one, in file order, so links between them
        # are set as they are inserted (no second pass); a link to a later row of the file
        # is a forward reference, checked at commit.
        params = _insert_params(fresh, state, linked, order, outside, project_ids, last, stamp)
        defer_foreign_keys()
        with bulk.conversations_bulk():
            for start in range(0, len(params), 10000):
                bulk.insert_many(_INSERT, params[start : start + 10000])
                done = min(start + 10000, len(params))
                if progress is not None and not progress(done, len(params)):
                    raise Cancelled
        sync_ids("conversation")
        after_bulk_insert("conversation", len(fresh), last)
        refresh_onto_history(older, fresh, last)
        flags.refresh(outside.values(), catalogue())
        rollups.refresh_clients(sorted(set(new_clients) - set(older)))
    report.added += len(fresh)


def _insert_params(
    fresh: list[tuple],
    state: list[tuple],
    linked: dict[str, tuple[str, str, str]],
    order: dict[str, int],
    outside: dict[str, int],
    project_ids: dict[tuple[int, str], int],
    last: int,
    stamp: str,
) -> list[tuple]:
    """The values of _INSERT for each new row: its id (``last`` plus its place in the
    file), its columns, its links as ids, its rule state and its time stamps."""
    ids = {
        t: outside[t] if t in outside else last + order[t]
        for ts in linked.values()
        for t in ts
        if t
    }
    ids[""] = None
    link_ids = {u: (ids[c], ids[s], ids[r]) for u, (c, s, r) in linked.items()}
    unlinked = (None, None, None)
    return [
        (
            number,
            uuid,
            client,
            project_ids.get((client, project)) if project else None,
            *rest,
            *link_ids.get(uuid, unlinked),
            *rule_state,
            stamp,
            stamp,
        )
        for number, (uuid, client, project, *rest), rule_state in zip(
            range(last + 1, last + 1 + len(fresh)), fresh, state, strict=True
        )
    ]


def clients_with_conversations(client_ids: list[int]) -> list[int]:
    """Those of these clients that have conversations stored already."""
    found: list[int] = []
    for chunk in id_chunks(client_ids):
        where, params = among("id", chunk)
        found += (
            r[0]
            for r in db.execute_sql(
                f"SELECT id FROM client WHERE {where}"
                " AND EXISTS (SELECT 1 FROM conversation WHERE client_id = client.id)",
                params,
            )
        )
    return found


def _projects(wanted: dict[tuple[int, str], None]) -> dict[tuple[int, str], int]:
    """(client id, project name) → project id, creating the missing projects; a few set-wise
    statements rather than two per pair (an import can name thousands of pairs)."""

    def stored() -> dict[tuple[int, str], int]:
        found: dict[tuple[int, str], int] = {}
        clients = sorted({client_id for client_id, _name in wanted})
        for chunk in id_chunks(clients):
            where, params = among("client_id", chunk)
            found.update(
                ((client_id, name), project_id)
                for project_id, client_id, name in db.execute_sql(
                    f"SELECT id, client_id, name FROM project WHERE {where}", params
                )
            )
        return found

    ids = stored()
    missing = [(new_uuid(), c, n) for c, n in wanted if (c, n) not in ids]
    if missing:
        bulk.insert_many("INSERT INTO project (uuid, client_id, name) VALUES (?, ?, ?)", missing)
        ids = stored()
    return {key: ids[key] for key in wanted}


def refresh_onto_history(client_ids: list[int], fresh: list[tuple], last: int) -> None:
    """After a bulk write onto clients that had conversations, the rule state of the rows
    the stored history and the new rows can change for each other: a new incoming message
    a stored outgoing contact answers (at or after it), and a stored incoming message a new
    outgoing contact answers. Links are by id, so no stored row confirms or writes up a new
    one; stored rows that new ones link to are refreshed by the caller.

    The rest cannot change, and is not read again: refreshing every row of these clients
    made each import onto a long history cost as much as the history.
    """
    if not client_ids:
        return
    older = set(client_ids)
    latest_stored: dict[int, str] = {}  # client → its latest stored outgoing contact
    for chunk in id_chunks(sorted(older)):
        where, params = among("client_id", chunk)
        for client_id, at in db.execute_sql(
            "SELECT client_id, max(occurred_at) FROM conversation"
            f" WHERE direction = 'out' AND id <= ? AND {where} GROUP BY client_id",
            [last, *params],
        ):
            if at is not None:
                latest_stored[client_id] = to_db_text(from_db(at))
    ids: list[int] = []
    answers: dict[int, str] = {}  # client → its latest new outgoing contact
    for n, row in enumerate(fresh, 1):  # ids in file order after the last stored one
        client_id, direction, at = row[1], row[4], row[5]
        if client_id not in older:
            continue
        if direction == "in" and client_id in latest_stored and at <= latest_stored[client_id]:
            ids.append(last + n)
        elif direction == "out" and at > answers.get(client_id, ""):
            answers[client_id] = at
    for client_id, until in answers.items():
        ids += [
            r[0]
            for r in db.execute_sql(
                "SELECT id FROM conversation WHERE client_id = ? AND direction = 'in'"
                " AND id <= ? AND occurred_at <= ?",
                (client_id, last, until),
            )
        ]
    flags.refresh(ids, catalogue())
    rollups.refresh_clients(sorted(older))
