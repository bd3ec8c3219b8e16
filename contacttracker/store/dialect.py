"""The few SQL expressions SQLite and PostgreSQL spell differently, in one place.

Everything else the store writes is the SQL both understand; these helpers are asked at
the moment a statement is built, so they follow whichever database is open.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from contacttracker.store.database import db

Key = TypeVar("Key", int, str)  # row ids, or UUIDs


def is_pg() -> bool:
    return getattr(db.obj, "backend", "sqlite") == "postgresql"


def nocase(expr: str) -> str:
    """An ordering that ignores case."""
    return f"lower({expr})" if is_pg() else f"{expr} COLLATE NOCASE"


def epoch(expr: str) -> str:
    """Seconds since 1970 of a stored time, as a floating-point number."""
    if is_pg():
        return f"CAST(extract(epoch FROM {expr}) AS DOUBLE PRECISION)"
    return f"CAST(strftime('%s', {expr}) AS REAL)"


def month(expr: str) -> str:
    """'YYYY-MM' of a stored time."""
    return f"to_char({expr}, 'YYYY-MM')" if is_pg() else f"substr({expr}, 1, 7)"


def plus_days(stamp: str, days: str) -> str:
    """A stored time plus a whole number of days (a column or expression)."""
    if is_pg():
        return f"({stamp} + {days} * INTERVAL '1 day')"
    return f"datetime({stamp}, '+' || {days} || ' days')"


def unit_separator() -> str:
    """The character that joins two values into one column (never typed by anyone)."""
    return "chr(31)" if is_pg() else "char(31)"


def id_chunks(ids: Sequence[Key], size: int = 500) -> Iterator[Sequence[Key]]:
    """Ids (or UUIDs) in pieces SQLite's parameter limit takes; all at once for PostgreSQL."""
    if is_pg():
        if ids:
            yield ids
        return
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


_UNIT = "\x1f"  # the unit separator: no id or UUID holds one


def among(column: str, ids: Sequence[Key]) -> tuple[str, list[object]]:
    """`column IN (...)`, with its parameters: one array on PostgreSQL (a long IN list costs
    it more to plan than to run), sent as one joined text that the server splits (psycopg
    dumps a list element by element, far slower than the joined text)."""
    if not is_pg():
        return f"{column} IN ({','.join('?' * len(ids))})", list(ids)
    keys = list(ids)
    if all(type(k) is int for k in keys):
        return f"{column} = ANY(string_to_array(?, ',')::bigint[])", [",".join(map(str, keys))]
    joined = _UNIT.join(keys)  # type: ignore[arg-type]
    if joined.count(_UNIT) == len(keys) - 1 and "" not in keys:
        return f"{column} = ANY(string_to_array(?, chr(31)))", [joined]
    return f"{column} = ANY(?)", [keys]


def executemany(sql: str, rows: Iterable[Sequence[object]]) -> None:
    """One statement over many rows, through the driver's fast path."""
    if is_pg():
        db.obj.executemany(sql, rows)
    else:
        db.connection().executemany(sql, rows)


@contextmanager
def planned_each_time() -> Iterator[None]:
    """For a statement whose best plan depends on what the user typed: on PostgreSQL it is
    planned for its values every time, not once for all (SQLite always does so)."""
    if is_pg():
        with db.obj.planned_each_time():
            yield
    else:
        yield


def sync_ids(*tables: str) -> None:
    """After rows were inserted with their ids given, let new rows number on from the top.

    SQLite does this by itself; a PostgreSQL identity column would hand out taken ids.
    """
    if not is_pg():
        return
    for table in tables:
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
            f" (SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
        )


def after_bulk_insert(table: str, rows: int, stored: int) -> None:
    """Many new rows next to what was there: let the planner know before the rule refresh.

    PostgreSQL plans from statistics that still describe the table before the import (an
    empty one plans every correlated look-up as a full scan: minutes instead of seconds);
    SQLite plans from its indexes alone.
    """
    if is_pg() and rows > max(1000, stored // 10):
        db.execute_sql(f"ANALYZE {table}")


def defer_foreign_keys() -> None:
    """Check references at commit instead of per row, for this transaction."""
    db.execute_sql("SET CONSTRAINTS ALL DEFERRED" if is_pg() else "PRAGMA defer_foreign_keys = ON")


@contextmanager
def server_cursor(sql: str, params: Sequence[object] = (), *, binary: bool = False) -> Iterator:
    """A cursor to read a big result in batches (fetchmany) without holding all of it.

    SQLite steps through rows as they are fetched anyway; PostgreSQL would send the whole
    result at once unless the cursor lives on the server, inside a transaction. `binary`
    asks the server for its binary format: bytes arrive as they are, not as hex text.
    """
    if not is_pg():
        yield db.execute_sql(sql, params)
        return
    from contacttracker.store.postgres import to_pg

    with db.atomic(), db.connection().cursor(name="contacttracker_read") as cursor:
        # params given: psycopg reads %% as %
        cursor.execute(to_pg(sql), tuple(params), binary=binary)
        yield cursor


def change_marker() -> int:
    """A number that moves when anyone else writes: SQLite's data_version (other connections'
    commits only), or the shared database's change sequence (moved by every writing
    statement, ours too, and before its commit is visible: read it twice)."""
    if is_pg():
        return db.execute_sql("SELECT last_value FROM contacttracker_changes").fetchone()[0]
    return db.execute_sql("PRAGMA data_version").fetchone()[0]
