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
