"""How a big import lays its rows down: a client's new rows side by side, in the file's
order among themselves, and the full-text pass written as few segments without changing
the table's own settings or leaving a row unindexed."""

from __future__ import annotations

import pytest

from contacttracker.store import search
from contacttracker.store.bulk_write import write_conversations
from contacttracker.store.database import db
from contacttracker.store.dialect import is_pg
from contacttracker.store.import_report import Report
from contacttracker.store.models import new_uuid

pytestmark = pytest.mark.backends

AT = "2026-03-02 09:15:00"


def _row(client: int, subject: str, at: str = AT) -> tuple:
    return (new_uuid(), client, "", "email", "in", at, None, subject, "", "", 0, None, 0, "", "")


def test_a_clients_rows_keep_the_files_order_among_themselves(client_factory):
    """Three clients' letters interleaved in the file, all in the same minute (as repeated
    "Ok"s are): each client's come out in the file's order, and side by side."""
    clients = [client_factory(f"Client {n}", channels=[]).id for n in range(3)]
    rows = [_row(clients[n % 3], f"{n % 3}-{n:03d}") for n in range(90)]
    write_conversations(rows, [], {}, Report(file="interleaved.csv"))

    for client in clients:
        stored = db.execute_sql(
            "SELECT id, subject FROM conversation WHERE client_id = ? ORDER BY id", (client,)
        ).fetchall()
        ids = [i for i, _s in stored]
        assert [s for _i, s in stored] == [r[7] for r in rows if r[1] == client]
        assert ids == list(range(ids[0], ids[0] + 30))
    (count,) = db.execute_sql("SELECT count(*) FROM conversation").fetchone()
    assert count == 90


def test_a_big_full_text_pass_indexes_every_row_and_keeps_the_settings(client_factory):
    """12,000 letters in one import: every one is found by its own word, the index agrees
    with the table, and FTS5's pending-terms size is back to its default afterwards."""
    clients = [client_factory(f"Client {n}", channels=[]).id for n in range(4)]
    rows = [_row(clients[n % 4], f"brief{n}x") for n in range(12_000)]
    write_conversations(rows, [], {}, Report(file="big.csv"))

    for n in (0, 5_001, 11_999):
        hits = search.search(f"brief{n}x")
        assert [h.subject for h in hits] == [f"brief{n}x"]
    if is_pg():
        return
    db.execute_sql(
        "INSERT INTO conversation_fts (conversation_fts, rank) VALUES ('integrity-check', 1)"
    )
    settings = dict(db.execute_sql("SELECT k, v FROM conversation_fts_config"))
    assert settings.get("hashsize", 2**20) == 2**20
