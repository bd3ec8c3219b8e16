"""A second import onto the same clients costs what the first did, not its square.

Counted in SQLite's virtual-machine steps (its progress handler), not in seconds: the
count is the same on any machine, however busy.
"""

from __future__ import annotations

import csv
import random
import uuid

import pytest

from contacttracker.io.csv_import import import_file
from contacttracker.io.export import CONVERSATION_COLUMNS
from contacttracker.store.database import db


def letters(path, clients: list[str], n: int, rnd: random.Random, out_share: float = 0) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(CONVERSATION_COLUMNS)
        for i in range(n):
            row = dict.fromkeys(CONVERSATION_COLUMNS, "")
            row.update(
                uuid=str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
                client_uuid=rnd.choice(clients),
                channel=rnd.choice(["email", "telegram", "viber"]),
                direction="out" if rnd.random() < out_share else "in",
                occurred_at=f"2026-{1 + rnd.randrange(9):02d}-{1 + rnd.randrange(28):02d}T10:00:00Z",
                subject=f"letter {i}",
                urgent="0",
                follow_up_done="0",
            )
            w.writerow([row[c] for c in CONVERSATION_COLUMNS])


def steps_of(work) -> int:
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0

    con = db.connection()
    con.set_progress_handler(tick, 100)
    try:
        work()
    finally:
        con.set_progress_handler(None, 0)
    return count[0]


def test_a_second_incoming_only_import_costs_what_the_first_did(db_path, client_factory, tmp_path):
    clients = [
        client_factory(f"Client {i}", channels=[("email", f"c{i}@example.com")]).uuid
        for i in range(10)
    ]
    rnd = random.Random(7)
    first, second = tmp_path / "inbox-1.csv", tmp_path / "inbox-2.csv"
    letters(first, clients, 1500, rnd)
    letters(second, clients, 1500, rnd)
    once = steps_of(lambda: import_file(first))
    again = steps_of(lambda: import_file(second))
    stored = db.execute_sql("SELECT count(*) FROM conversation").fetchone()[0]
    assert stored == 3000
    # Before, each of the client's rows had its rule state worked out again, and each read
    # every later row of its client: 17 times the first import's steps here, growing with
    # the history's square.
    assert again < 1.3 * once, (once, again)


RULE_STATE = (
    "SELECT uuid, confirmed_at, awaiting_confirmation, awaiting_summary, answered_at,"
    " awaiting_reply FROM conversation ORDER BY uuid"
)


@pytest.mark.backends
@pytest.mark.parametrize(("before", "after"), [(0.0, 0.0), (0.3, 0.0), (0.0, 0.3), (0.4, 0.4)])
def test_rule_state_after_an_import_onto_history_is_what_a_full_refresh_gives(
    db_path, client_factory, tmp_path, before, after
):
    from contacttracker.store import flags
    from contacttracker.store.rollups import refresh_clients as rollups_refresh
    from contacttracker.store.settings import catalogue

    clients = [
        client_factory(f"Client {i}", channels=[("email", f"c{i}@example.com")]).uuid
        for i in range(6)
    ]
    rnd = random.Random(11)
    first, second = tmp_path / "1.csv", tmp_path / "2.csv"
    letters(first, clients, 300, rnd, before)
    letters(second, clients, 300, rnd, after)
    import_file(first)
    import_file(second)
    stored = list(db.execute_sql(RULE_STATE))
    rollup = list(db.execute_sql("SELECT * FROM client ORDER BY id"))
    assert any(row[5] for row in stored), "some messages still await a reply"
    with db.atomic():
        flags.refresh(None, catalogue())
        rollups_refresh(None)
    assert list(db.execute_sql(RULE_STATE)) == stored
    assert list(db.execute_sql("SELECT * FROM client ORDER BY id")) == rollup


def linked_letters(path, clients: list[str], stored: list[str], n: int, rnd: random.Random):
    """Rows of every kind onto a history: calls with agreements, letters that confirm or
    write up stored rows, replies to stored letters, and their own links between them."""
    written: list[str] = []
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(CONVERSATION_COLUMNS)
        for i in range(n):
            own = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
            row = dict.fromkeys(CONVERSATION_COLUMNS, "")
            kind = rnd.choice(["call", "mail_out", "mail_in", "telegram"])
            row.update(
                uuid=own,
                client_uuid=rnd.choice(clients),
                channel={"call": "phone", "telegram": "telegram"}.get(kind, "email"),
                direction="in" if kind in ("mail_in", "telegram") and rnd.random() < 0.7 else "out",
                occurred_at=f"2026-{1 + rnd.randrange(9):02d}-{1 + rnd.randrange(28):02d}"
                f"T{rnd.randrange(24):02d}:00:00Z",
                subject=f"row {i}",
                agreements="deadline Friday" if kind == "call" else "",
                urgent="0",
                follow_up_done="0",
            )
            targets = stored + written
            if targets and rnd.random() < 0.3:
                which = rnd.choice(["confirms", "summarizes", "replies_to"])
                row[which] = rnd.choice(targets)
            w.writerow([row[c] for c in CONVERSATION_COLUMNS])
            written.append(own)


@pytest.mark.backends
def test_rollups_after_linked_imports_in_batches_are_what_a_full_recount_gives(
    db_path, client_factory, tmp_path, monkeypatch
):
    """The rollups of an import only add what it changed (new rows, stored rows whose rule
    state its links and answers changed); they must come to what counting all gives."""
    from contacttracker.io import csv_import
    from contacttracker.store import flags
    from contacttracker.store.rollups import refresh_clients as rollups_refresh
    from contacttracker.store.settings import catalogue

    monkeypatch.setattr(csv_import, "BATCH_ROWS", 40)  # several batches per file
    clients = [
        client_factory(f"Client {i}", channels=[("email", f"c{i}@example.com")]).uuid
        for i in range(5)
    ]
    rnd = random.Random(5)
    stored: list[str] = []
    for n in range(3):
        path = tmp_path / f"{n}.csv"
        linked_letters(path, clients, stored, 150, rnd)
        import_file(path)
        stored = [r[0] for r in db.execute_sql("SELECT uuid FROM conversation")]
        rollup = list(db.execute_sql("SELECT * FROM client ORDER BY id"))
        assert any(r for r in db.execute_sql("SELECT 1 FROM client WHERE open_items > 0"))
        with db.atomic() as transaction:
            flags.refresh(None, catalogue())
            rollups_refresh(None)
            recounted = list(db.execute_sql("SELECT * FROM client ORDER BY id"))
            transaction.rollback()
        assert recounted == rollup, f"import {n + 1}"
