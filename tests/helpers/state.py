"""What a database holds, read through a connection of its own, to prove a refused write
changed nothing: the whole SQLite dump, or every row of every table on PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

TABLES = (
    "client",
    "contact_point",
    "project",
    "conversation",
    "conversation_version",
    "channel_score",
    "custom_channel",
    "setting",
)


def stored_state(target: Path | str) -> list[str]:
    if isinstance(target, Path):
        con = sqlite3.connect(target)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return list(con.iterdump())
        finally:
            con.close()
    import psycopg

    with psycopg.connect(target) as con:
        return [
            f"{table}: {row[0]}"
            for table in TABLES
            for row in con.execute(f"SELECT t::text FROM {table} t ORDER BY 1")
        ]


def row_counts(target: Path | str) -> tuple[int, ...]:
    """How many clients, contact points, conversations and projects are stored."""
    tables = ("client", "contact_point", "conversation", "project")
    if isinstance(target, Path):
        con = sqlite3.connect(target)
        try:
            return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
        finally:
            con.close()
    import psycopg

    with psycopg.connect(target) as con:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)


def query(target: Path | str, sql: str) -> list[tuple]:
    """Rows of one statement, read through a connection of its own."""
    if isinstance(target, Path):
        with sqlite3.connect(target) as con:
            return con.execute(sql).fetchall()
    import psycopg

    with psycopg.connect(target) as con:
        return [tuple(r) for r in con.execute(sql)]
