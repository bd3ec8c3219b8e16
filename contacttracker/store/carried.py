"""What a copy into another database carries beside its two CSV files (clients, then
conversations), and what it leaves behind on purpose.

Carried, by UUID (the ids differ between the databases):

* each e-mail's Message-ID and References (``mail_header``): a letter answering a copied
  e-mail (a summary, a nudge, its draft) names it in In-Reply-To and lands in the client's
  thread, as it would from the source;
* snoozes still running, on the rows the copy adds: what was put off stays put off;
* which reminders each person was sent (``reminder_sent``): moving to the team does not
  bring every reminder again. A row the target already has for the same item keeps the
  target's.

Left behind: the undo journal (its steps undo writes in their own database), the edit
history and the Trash (a copy is of what is there now), the settings (the target's rules
stand; its mail sync starts afresh, so it also reads the letters with the target's own
clients: nothing doubles, a letter's identity is its Message-ID) and the channel scores
(worked out again from the conversations).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from contacttracker.domain import queues
from contacttracker.store import mail_headers, rollups
from contacttracker.store.bulk_write import existing_ids
from contacttracker.store.database import db
from contacttracker.store.dialect import among, executemany, id_chunks, server_cursor
from contacttracker.store.timeutil import now_utc, to_db_text

#: The queue whose reminders are about a client, not a conversation (reminder_sent.item_id).
[_CLIENT_QUEUE] = [q.key for q in queues.ALL if q.stored.clients]

_HEADERS = """SELECT c.uuid, h.message_id, h.refs FROM mail_header h
JOIN conversation c ON c.id = h.conversation_id WHERE c.deleted_at IS NULL ORDER BY c.id"""


@dataclass
class Carried:
    """The small parts of a copy, read from the source while it is open."""

    #: (uuid, snoozed until) of conversations and of clients snoozed past now.
    conversation_snoozes: list[tuple[str, str]] = field(default_factory=list)
    client_snoozes: list[tuple[str, str]] = field(default_factory=list)
    #: (person, queue, item uuid, reminder, moment, sent_at).
    reminders: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)


def headers() -> Iterator[tuple[str, str, str]]:
    """(uuid, Message-ID, References) of every e-mail kept with its headers, streamed."""
    with server_cursor(_HEADERS) as cursor:
        while rows := cursor.fetchmany(5000):
            yield from rows


def read() -> Carried:
    """Running snoozes and the reminders sent, from the open (source) database."""
    now = to_db_text(now_utc())
    return Carried(
        conversation_snoozes=_rows(
            "SELECT uuid, snoozed_until FROM conversation"
            " WHERE snoozed_until > ? AND deleted_at IS NULL",
            (now,),
        ),
        client_snoozes=_rows(
            "SELECT uuid, snoozed_until FROM client WHERE snoozed_until > ? AND deleted_at IS NULL",
            (now,),
        ),
        reminders=_rows(
            "SELECT r.person, r.queue, coalesce(cl.uuid, c.uuid), r.reminder, r.moment, r.sent_at"
            " FROM reminder_sent r"
            " LEFT JOIN client cl ON r.queue = ? AND cl.id = r.item_id"
            " LEFT JOIN conversation c ON r.queue <> ? AND c.id = r.item_id"
            " WHERE coalesce(cl.uuid, c.uuid) IS NOT NULL",
            (_CLIENT_QUEUE, _CLIENT_QUEUE),
        ),
    )


def _rows(sql: str, params: tuple) -> list:
    return [tuple(str(v) for v in row) for row in db.execute_sql(sql, params)]


def known_clients(carried: Carried) -> set[str]:
    """Of the snoozed clients, those the open (target) database has before the copy: they
    keep the target's version, snooze included."""
    return set(existing_ids("client", [u for u, _ in carried.client_snoozes]))


def write(carried: Carried, header_rows: Iterable[tuple[str, str, str]], known: set[str]) -> int:
    """Into the open (target) database, in one transaction, after the CSV parts: the
    headers of the copied e-mails (rows that have theirs keep them), the snoozes of the
    rows that had none here (a client `known` before the copy keeps its own, as its other
    fields), the reminders sent. Returns how many e-mails' headers were written."""
    written = 0
    with db.atomic():
        batch: list[tuple[str, str, str]] = []
        for row in header_rows:
            batch.append(row)
            if len(batch) == 5000:
                written += _keep_headers(batch)
                batch = []
        written += _keep_headers(batch)
        _snooze("conversation", carried.conversation_snoozes)
        snoozed = _snooze("client", [s for s in carried.client_snoozes if s[0] not in known])
        if snoozed:
            rollups.refresh_clients(snoozed)
        _remember(carried.reminders)
    return written


def _keep_headers(rows: list[tuple[str, str, str]]) -> int:
    if not rows:
        return 0
    before = _count()
    mail_headers.keep_by_uuid({u: (mid, refs.split()) for u, mid, refs in rows})
    return _count() - before


def _count() -> int:
    return db.execute_sql("SELECT count(*) FROM mail_header").fetchone()[0]


def _snooze(table: str, snoozes: list[tuple[str, str]]) -> list[int]:
    """Sets the snoozes on rows that have none; returns the ids set."""
    ids = existing_ids(table, [u for u, _ in snoozes])
    until = {ids[u]: at for u, at in snoozes if u in ids}
    done: list[int] = []
    for chunk in id_chunks(sorted(until)):
        where, params = among("id", chunk)
        free = [
            row[0]
            for row in db.execute_sql(
                f"SELECT id FROM {table} WHERE {where} AND snoozed_until IS NULL", params
            )
        ]
        executemany(
            f"UPDATE {table} SET snoozed_until = ? WHERE id = ?", [(until[i], i) for i in free]
        )
        done += free
    return done


def _remember(reminders: list[tuple[str, str, str, str, str, str]]) -> None:
    clients = existing_ids("client", [r[2] for r in reminders if r[1] == _CLIENT_QUEUE])
    talks = existing_ids("conversation", [r[2] for r in reminders if r[1] != _CLIENT_QUEUE])
    rows = []
    for person, queue, item, reminder, moment, sent_at in reminders:
        item_id = (clients if queue == _CLIENT_QUEUE else talks).get(item)
        if item_id is not None:
            rows.append((person, queue, item_id, reminder, moment, sent_at))
    if rows:
        executemany(
            "INSERT INTO reminder_sent (person, queue, item_id, reminder, moment, sent_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (person, queue, item_id, reminder) DO NOTHING",
            rows,
        )
