"""Writing many rows at once: one full-text indexing pass instead of a trigger per row.

Runs inside the caller's transaction: the insert trigger is dropped, the rows go in, the new
rows are indexed with one INSERT ... SELECT and the trigger is restored. Should anything fail,
the rollback brings the trigger back with everything else (SQLite DDL is transactional).
What is dropped is put back as the live database defines it (sqlite_master), never from
migration text, so a later migration's change to a trigger or an index survives an import.
PostgreSQL drops nothing here: the server keeps its search columns as rows go in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager

from contacttracker.store.database import db
from contacttracker.store.dialect import among, executemany, id_chunks, is_pg

# Per table: the insert trigger that keeps its full-text index, and the one statement that
# indexes every row after a given id instead.
_FULL_TEXT = {
    "conversation": (
        "conversation_fts_insert",
        "INSERT INTO conversation_fts (rowid, subject, summary, agreements)"
        " SELECT id, subject, summary, agreements FROM conversation WHERE id > ?",
    ),
    "client": (
        "client_fts_insert",
        "INSERT INTO client_fts (rowid, search_text) SELECT id, search_text FROM client"
        " WHERE id > ?",
    ),
}


def _dropped(kind: str, names: Sequence[str]) -> list[str]:
    """Drop the named triggers or indexes that exist (SQLite); their live definitions,
    to put them back exactly as they were."""
    marks = ",".join("?" * len(names))
    found = db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = ? AND name IN ({marks})",
        (kind, *names),
    ).fetchall()
    for name, _sql in found:
        db.execute_sql(f"DROP {kind.upper()} {name}")
    return [sql for _name, sql in found]


def _restored(definitions: list[str]) -> None:
    for sql in definitions:
        db.execute_sql(sql)


@contextmanager
def indexed_at_end(table: str) -> Iterator[None]:
    """Within a transaction: rows of `table` inserted inside the block get their full-text
    entries in one pass at the end, far quicker than the trigger's row at a time."""
    if not db.in_transaction():
        raise RuntimeError("indexed_at_end() needs an open transaction")
    if is_pg():  # the server keeps its search columns as rows go in
        yield
        return
    trigger, index = _FULL_TEXT[table]
    (last,) = db.execute_sql(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
    definitions = _dropped("trigger", [trigger])
    yield
    (now,) = db.execute_sql(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
    big = now - last >= _BIG_PASS
    if big:
        _fts_hashsize(table, _PASS_HASHSIZE)
    db.execute_sql(index, (last,))
    if big:
        _fts_hashsize(table, _FTS5_HASHSIZE)
    _restored(definitions)


# FTS5 writes its pending terms out as a segment each time they pass `hashsize` (1 MB by
# default, for a row or a few at a time). A big import's pass wrote dozens, and merging
# them into the stored segments grew with the history; at 16 MB it writes one or two.
_PASS_HASHSIZE = 16 * 2**20
_BIG_PASS = 10_000  # rows; a smaller pass leaves the table's settings as they were
_FTS5_HASHSIZE = 2**20


def _fts_hashsize(table: str, size: int) -> None:
    db.execute_sql(f"INSERT INTO {table}_fts ({table}_fts, rank) VALUES ('hashsize', ?)", (size,))


@contextmanager
def client_text_rewritten(ids: list[int]) -> Iterator[None]:
    """Within a transaction, for clients whose search text the block rewrites: their
    full-text entries are taken out before and put back after, one pass each, instead of
    by the update trigger a row at a time (most of a clients file's re-import)."""
    if not db.in_transaction():
        raise RuntimeError("client_text_rewritten() needs an open transaction")
    if is_pg():
        yield
        return
    chunks = [among("id", chunk) for chunk in id_chunks(ids)]
    for where, params in chunks:
        db.execute_sql(
            "INSERT INTO client_fts (client_fts, rowid, search_text)"
            f" SELECT 'delete', id, search_text FROM client WHERE {where}",
            params,
        )
    definitions = _dropped("trigger", ["client_fts_update"])
    yield
    for where, params in chunks:
        db.execute_sql(
            f"INSERT INTO client_fts (rowid, search_text) SELECT id, search_text FROM client"
            f" WHERE {where}",
            params,
        )
    _restored(definitions)


def conversations_bulk() -> AbstractContextManager[None]:
    """Within a transaction: conversations inserted inside the block are indexed once."""
    return indexed_at_end("conversation")


# Indexes the rule refresh does not read: the queues', the time order's and the Trash's.
# Rebuilt in one sorted pass after a big import instead of updated row by row.
DEFERRABLE_INDEXES = (
    "queue_unconfirmed",
    "queue_summary",
    "queue_reply",
    "queue_follow_up",
    "conversation_time",
    "conversation_trash",
)

# Whether a new row enters each of those indexes (most of them are partial), from the row
# as the bulk writer holds it and its rule state (confirmed_at, awaiting_confirmation,
# awaiting_summary, answered_at, awaiting_reply); tests hold them to the indexes' own WHERE.
ENTERS: dict[str, Callable[[tuple, tuple], bool]] = {
    "queue_unconfirmed": lambda row, state: state[1] == 1,
    "queue_summary": lambda row, state: state[2] == 1,
    "queue_reply": lambda row, state: state[4] == 1,
    "queue_follow_up": lambda row, state: row[12] == 0 and row[11] is not None,
    "conversation_time": lambda row, state: True,
    "conversation_trash": lambda row, state: False,  # an import writes no deleted row
}


class DeferredIndexes:
    """The deferrable indexes of one big import (see :func:`indexes_rebuilt_after`): which
    to drop is decided by its first batch, an index at a time."""

    def __init__(self, rows: int) -> None:
        self.rows = rows
        self.decided = not db.in_transaction() or is_pg() or rows < 5000
        self.definitions: list[str] = []

    def first_batch(self, rows: Sequence[tuple], states: Sequence[tuple]) -> None:
        """Drop the indexes this import will add many entries to, next to the table's size.

        Building one again reads the whole table, and most of them are partial: on a long
        history an import of incoming letters adds nothing to four of the six, each of
        which would still cost a scan of the table. An index gets as many entries as the
        first batch gives it, scaled to the whole import."""
        if self.decided:
            return
        self.decided = True
        (stored,) = db.execute_sql("SELECT coalesce(max(id), 0) FROM conversation").fetchone()
        scale = max(self.rows, len(rows)) / max(len(rows), 1)
        wanted = [
            name
            for name in DEFERRABLE_INDEXES
            if stored == 0 or sum(map(ENTERS[name], rows, states)) * scale * 4 >= stored
        ]
        self.definitions = _dropped("index", wanted) if wanted else []


@contextmanager
def indexes_rebuilt_after(rows: int) -> Iterator[DeferredIndexes]:
    """Within a transaction, for about `rows` new conversations: when they are many next to
    what is stored, the deferrable indexes they would add many entries to are dropped (at
    the first batch, see DeferredIndexes) and built again at the end of the block.

    A rollback restores them with everything else. For a big import into a small SQLite
    file this halves the time of the inserts and of the rule refresh. PostgreSQL keeps its
    indexes: its `COPY` maintains them for less than building six again (and checking the
    deferred references first) costs.
    """
    if not db.in_transaction():
        raise RuntimeError("indexes_rebuilt_after() needs an open transaction")
    deferred = DeferredIndexes(rows)
    yield deferred
    _restored(deferred.definitions)


def insert_many(sql: str, rows: Sequence[Sequence[object]]) -> None:
    executemany(sql, rows)
