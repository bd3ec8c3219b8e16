"""Per-client figures kept beside the client row: last contact, open items, when touch is due.

The client list sorts by open items and the losing-touch queue reads an index on
``touch_due_at``, so neither walks a million conversations on a keystroke. Every write that
changes a client's conversations refreshes these in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from contacttracker.store.database import db
from contacttracker.store.dialect import among, executemany, id_chunks, is_pg, plus_days

#: Never contacted but on a rhythm: due from the start of time (the rule says "slipping").
NEVER = "0001-01-01 00:00:00"

#: Whether a conversation is an open item (the client list's count).
OPEN = "(awaiting_confirmation = 1 OR awaiting_summary = 1 OR awaiting_reply = 1)"

ROLLUP_SQL = f"""UPDATE client SET
  last_contact_at = (SELECT max(occurred_at) FROM conversation
                     WHERE client_id = client.id AND deleted_at IS NULL),
  open_items = (SELECT count(*) FROM conversation WHERE client_id = client.id AND {OPEN})"""


def touch_sql() -> str:
    """Due a rhythm after the last contact (one never contacted: after the day they were
    added); a snoozed client not before the snooze ends."""
    due = plus_days("coalesce(last_contact_at, created_at)", "keep_in_touch_days")
    later = "greatest" if is_pg() else "max"
    return f"""UPDATE client SET touch_due_at = CASE WHEN keep_in_touch_days > 0
  THEN {later}(coalesce({due}, '{NEVER}'), coalesce(snoozed_until, '{NEVER}')) END"""


@dataclass
class Waiting:
    """The clients of a deferring block (see :func:`deferred`) and, for a block that only
    adds conversations and refreshes the rule state of some stored ones, what it changed:
    their rollups then grow by that, rather than being counted again over the history."""

    clients: set[int] = field(default_factory=set)
    #: The ids of the block's own new rows, a range per write.
    added: list[tuple[int, int]] = field(default_factory=list)
    #: Stored rows whose rule state the block refreshed: id -> (client, open before).
    before: dict[int, tuple[int, bool]] = field(default_factory=dict)
    #: Whether the block only adds (False: every waiting client is counted again).
    growing: bool = False

    def rows_added(self, first: int, last: int) -> None:
        if first <= last:
            self.added.append((first, last))

    def ours(self, row_id: int) -> bool:
        """Whether the block added this row."""
        return any(first <= row_id <= last for first, last in self.added)

    def refreshing(self, ids: list[int]) -> None:
        """Before the rule state of these rows is refreshed: what the stored ones among
        them counted (once, at the first refresh of each)."""
        stored = [i for i in ids if i not in self.before and not self.ours(i)]
        # Locked on a shared server until the block commits: a colleague's transaction
        # refreshing the same row meanwhile would make this "before" stale, and its change
        # counted twice.
        self.before.update(
            (row_id, (client, was)) for row_id, client, was in _open_state(stored, lock=True)
        )

    def refresh(self) -> None:
        """The rollups of the waiting clients, at the end of the block."""
        if not self.growing:
            _refresh_now(self.clients)
            return
        grown: dict[int, list] = {}  # client -> [latest new contact, open items gained]
        for first, last in self.added:
            for client, latest, opened in db.execute_sql(
                "SELECT client_id, max(CASE WHEN deleted_at IS NULL THEN occurred_at END),"
                f" sum(CASE WHEN {OPEN} THEN 1 ELSE 0 END) FROM conversation"
                " WHERE id BETWEEN ? AND ? GROUP BY client_id",
                (first, last),
            ):
                seen = grown.setdefault(client, [None, 0])
                if latest is not None and (seen[0] is None or latest > seen[0]):
                    seen[0] = latest
                seen[1] += int(opened or 0)
        for row_id, client, now in _open_state(sorted(self.before)):
            grown.setdefault(client, [None, 0])[1] += now - self.before[row_id][1]
        counted = set(grown)
        dated = [(d[0], d[0], c) for c, d in grown.items() if d[0] is not None]
        opened = [(d[1], c) for c, d in grown.items() if d[1]]
        if dated:
            executemany(
                "UPDATE client SET last_contact_at = CASE WHEN last_contact_at IS NULL"
                " OR last_contact_at < ? THEN ? ELSE last_contact_at END WHERE id = ?",
                dated,
            )
        if opened:
            executemany("UPDATE client SET open_items = open_items + ? WHERE id = ?", opened)
        _refresh_now(self.clients - counted)  # touch dates included
        _touch(sorted(counted))


def _open_state(ids: list[int], *, lock: bool = False) -> Iterator[tuple[int, int, bool]]:
    """(id, client, whether it is an open item) of these conversations; with `lock`, held
    on PostgreSQL until the transaction ends."""
    held = " FOR UPDATE" if lock and is_pg() else ""
    for chunk in id_chunks(ids):
        where, params = among("id", chunk)
        sql = f"SELECT id, client_id, {OPEN} FROM conversation WHERE {where}{held}"
        for row_id, client, is_open in db.execute_sql(sql, params):
            yield row_id, client, bool(is_open)


#: The rollups waiting for the end of a deferring block (this thread's only).
_waiting: ContextVar[Waiting | None] = ContextVar("rollups_waiting", default=None)


@contextmanager
def deferred(*, growing: bool = False) -> Iterator[Waiting]:
    """Within one transaction of many writes to the same clients (a long import, batch
    after batch): their rollups are refreshed once, when the block ends, rather than after
    every write (each refresh reads every conversation of its clients).

    `growing`: the block only adds conversations (each write says which ids with
    :meth:`Waiting.rows_added`) and refreshes the rule state of stored ones; the rollups
    then add what changed, so an import onto a long history does not read it all again."""
    waiting = Waiting(growing=growing)
    token = _waiting.set(waiting)
    try:
        yield waiting
    finally:
        _waiting.reset(token)
    waiting.refresh()


def refreshing(ids: list[int]) -> None:
    """Called before the rule state of these conversations is refreshed (flags.refresh)."""
    waiting = _waiting.get()
    if waiting is not None and waiting.growing:
        waiting.refreshing(ids)


def refresh_clients(client_ids: Iterable[int] | None) -> None:
    """Recompute the rollups of these clients (of all clients with None)."""
    waiting = _waiting.get()
    if waiting is not None and client_ids is not None:
        waiting.clients.update(int(i) for i in client_ids if i is not None)
        return
    if waiting is not None:  # every client counted again: what was added is in it already
        waiting.growing = False
        waiting.clients.clear()
    _refresh_now(client_ids)


def _refresh_now(client_ids: Iterable[int] | None) -> None:
    if client_ids is None:
        db.execute_sql(ROLLUP_SQL)
        db.execute_sql(touch_sql())
        return
    ids = sorted({int(i) for i in client_ids if i is not None})
    for chunk in id_chunks(ids):
        where, params = among("id", chunk)
        db.execute_sql(f"{ROLLUP_SQL} WHERE {where}", params)
        db.execute_sql(f"{touch_sql()} WHERE {where}", params)


def _touch(client_ids: list[int]) -> None:
    for chunk in id_chunks(client_ids):
        where, params = among("id", chunk)
        db.execute_sql(f"{touch_sql()} WHERE {where}", params)


def clients_of(conversation_ids: Iterable[int]) -> set[int]:
    ids = sorted({int(i) for i in conversation_ids if i is not None})
    found: set[int] = set()
    for chunk in id_chunks(ids):
        where, params = among("id", chunk)
        sql = f"SELECT DISTINCT client_id FROM conversation WHERE {where}"
        found.update(r[0] for r in db.execute_sql(sql, params))
    return found
