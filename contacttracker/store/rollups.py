"""Per-client figures kept beside the client row: last contact, open items, when touch is due.

The client list sorts by open items and the losing-touch queue reads an index on
``touch_due_at``, so neither walks a million conversations on a keystroke. Every write that
changes a client's conversations refreshes these in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from contacttracker.store.database import db
from contacttracker.store.dialect import among, id_chunks, is_pg, plus_days

#: Never contacted but on a rhythm: due from the start of time (the rule says "slipping").
NEVER = "0001-01-01 00:00:00"

ROLLUP_SQL = """UPDATE client SET
  last_contact_at = (SELECT max(occurred_at) FROM conversation
                     WHERE client_id = client.id AND deleted_at IS NULL),
  open_items = (SELECT count(*) FROM conversation WHERE client_id = client.id
                AND (awaiting_confirmation = 1 OR awaiting_summary = 1 OR awaiting_reply = 1))"""


def touch_sql() -> str:
    """Due a rhythm after the last contact (one never contacted: after the day they were
    added); a snoozed client not before the snooze ends."""
    due = plus_days("coalesce(last_contact_at, created_at)", "keep_in_touch_days")
    later = "greatest" if is_pg() else "max"
    return f"""UPDATE client SET touch_due_at = CASE WHEN keep_in_touch_days > 0
  THEN {later}(coalesce({due}, '{NEVER}'), coalesce(snoozed_until, '{NEVER}')) END"""


#: The clients whose rollups wait for the end of a deferring block (this thread's only).
_waiting: ContextVar[set[int] | None] = ContextVar("rollups_waiting", default=None)


@contextmanager
def deferred() -> Iterator[None]:
    """Within one transaction of many writes to the same clients (a long import, batch
    after batch): their rollups are refreshed once, when the block ends, rather than after
    every write (each refresh reads every conversation of its clients)."""
    waiting: set[int] = set()
    token = _waiting.set(waiting)
    try:
        yield
    finally:
        _waiting.reset(token)
    refresh_clients(waiting)


def refresh_clients(client_ids: Iterable[int] | None) -> None:
    """Recompute the rollups of these clients (of all clients with None)."""
    waiting = _waiting.get()
    if waiting is not None and client_ids is not None:
        waiting.update(int(i) for i in client_ids if i is not None)
        return
    if client_ids is None:
        db.execute_sql(ROLLUP_SQL)
        db.execute_sql(touch_sql())
        return
    ids = sorted({int(i) for i in client_ids if i is not None})
    for chunk in id_chunks(ids):
        where, params = among("id", chunk)
        db.execute_sql(f"{ROLLUP_SQL} WHERE {where}", params)
        db.execute_sql(f"{touch_sql()} WHERE {where}", params)


def clients_of(conversation_ids: Iterable[int]) -> set[int]:
    ids = sorted({int(i) for i in conversation_ids if i is not None})
    found: set[int] = set()
    for chunk in id_chunks(ids):
        where, params = among("id", chunk)
        sql = f"SELECT DISTINCT client_id FROM conversation WHERE {where}"
        found.update(r[0] for r in db.execute_sql(sql, params))
    return found
