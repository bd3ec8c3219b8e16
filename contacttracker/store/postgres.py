"""The shared PostgreSQL database: the same store, spoken to through psycopg.

The store writes its SQL once, with SQLite's ``?`` placeholders; :func:`to_pg` turns it
into psycopg's form (``%s``, a literal ``%`` doubled) on the way out, so every module runs
unchanged on both backends. The few expressions that differ live in :mod:`.dialect`.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import peewee
import psycopg
from psycopg.pq import TransactionStatus
from psycopg.types.json import Json, Jsonb

# peewee was imported without the driver (see store/__init__): hand it over now.
peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb


class _Adapter(peewee.Psycopg3Adapter):
    txn_idle = TransactionStatus.IDLE
    txn_inerror = TransactionStatus.INERROR
    txn_unknown = TransactionStatus.UNKNOWN


# A string literal, a quoted name, a comment, a placeholder, a percent sign.
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|%s|\?|%", re.S)


@lru_cache(maxsize=2048)
def to_pg(sql: str) -> str:
    """``?`` → ``%s`` outside literals; every other ``%`` doubled (psycopg reads ``%`` as a
    placeholder marker everywhere, literals included). peewee's own ``%s`` stays."""

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if token == "%s":
            return token
        return token.replace("%", "%%") if token[0] == "'" else token

    return _TOKENS.sub(swap, sql)


_PLAIN_INSERT = re.compile(
    r"\s*INSERT INTO (\w+) \(([\w\s,]+)\)\s*VALUES\s*\(\s*\?(?:\s*,\s*\?)*\s*\)\s*$", re.I
)


class TeamDatabase(peewee.PostgresqlDatabase):
    """PostgreSQL that takes the store's SQLite-style SQL."""

    backend = "postgresql"
    psycopg3_adapter = _Adapter
    #: peewee builds its own queries with this too, so all SQL passes the one translation.
    param = "?"

    def execute_sql(self, sql, params=None):  # type: ignore[override]
        sql = to_pg(sql)
        try:
            return super().execute_sql(sql, params)
        except (peewee.OperationalError, peewee.InterfaceError):
            # The server restarted or the network dropped since the last statement: outside
            # a transaction, one new connection and one more try. Inside one, the error is
            # the caller's to report (its work was rolled back by the server).
            if self.in_transaction() or not self._connection_lost():
                raise
            self._drop_connection()
            return super().execute_sql(sql, params)

    @contextlib.contextmanager
    def planned_each_time(self) -> Iterator[None]:
        """Statements in the block go unprepared, so the server plans each for its values.

        psycopg prepares a statement run five times, and the server then settles on one
        generic plan. The client filter's `LIKE ?` is not one query for "к" and for
        "коваленко": the generic plan read the trigram index for a single letter, many
        times slower than a plan made for the letter itself.
        """
        conn = self.connection()
        threshold = conn.prepare_threshold
        conn.prepare_threshold = None
        try:
            yield
        finally:
            conn.prepare_threshold = threshold

    def cursor(self, named_cursor=None):  # type: ignore[override]
        # A connection that broke during earlier work is replaced before new work begins
        # (a transaction's BEGIN comes through here), so "Try again" after an outage works.
        if not self.is_closed() and not self.in_transaction() and self._connection_lost():
            self._drop_connection()
        return super().cursor(named_cursor)

    def _drop_connection(self) -> None:
        """Forget a broken connection (closing it quietly), so the next use opens anew."""
        with contextlib.suppress(Exception):
            self._state.conn.close()
        self._state.reset()

    def _connection_lost(self) -> bool:
        conn = self._state.conn
        return conn is None or conn.closed or conn.broken

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        """Many rows through one statement. A plain INSERT goes as COPY, PostgreSQL's bulk
        path: several times the rows per second of one INSERT per row."""
        plain_insert = _PLAIN_INSERT.match(sql)
        with self.cursor() as cursor:
            if plain_insert is None:
                cursor.executemany(to_pg(sql), list(rows))
                return
            table, columns = plain_insert.group(1), plain_insert.group(2)
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)


def open_team(url: str) -> TeamDatabase:
    """Connect to the server; errors are psycopg's, turned into words by the caller."""
    database = TeamDatabase(
        url,
        prefer_psycopg3=True,
        # A server that does not answer is reported within seconds, not minutes.
        connect_timeout=8,
        application_name="contacttracker",
        autoconnect=True,
    )
    database.connect(reuse_if_open=True)
    return database
