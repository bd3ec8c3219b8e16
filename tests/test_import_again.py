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


def one_letter(path, client: str, n: int, direction: str, day: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(CONVERSATION_COLUMNS)
        row = dict.fromkeys(CONVERSATION_COLUMNS, "")
        row.update(
            uuid=f"00000000-0000-4000-8000-{n:012d}",
            client_uuid=client,
            channel="email",
            direction=direction,
            occurred_at=f"2026-03-{day:02d}T10:00:00Z",
            subject=f"letter {n}",
            urgent="0",
            follow_up_done="0",
        )
        w.writerow([row[c] for c in CONVERSATION_COLUMNS])


@pytest.mark.backends
def test_a_colleague_answering_the_same_letter_meanwhile_is_counted_once(
    db_path, client_factory, tmp_path, backend
):
    """On a shared server, a colleague's transaction answers the letter our import also
    answers, and commits while the import waits for it: the import must read what the
    letter counted after that commit, or the answer is taken off the client's open items
    twice."""
    import threading

    olena = client_factory("Олена", channels=[("email", "olena@example.com")])
    one_letter(tmp_path / "in.csv", olena.uuid, 1, "in", 2)
    import_file(tmp_path / "in.csv")
    (letter,) = db.execute_sql("SELECT id FROM conversation").fetchone()
    one_letter(tmp_path / "out.csv", olena.uuid, 2, "out", 3)
    colleague_sql = [
        f"UPDATE conversation SET awaiting_reply = 0 WHERE id = {letter}",
        f"UPDATE client SET open_items = (SELECT count(*) FROM conversation WHERE client_id"
        f" = client.id AND awaiting_reply = 1) WHERE id = {olena.id}",
    ]
    if backend == "sqlite":  # one writer at a time: the colleague's commit comes first
        import sqlite3

        with sqlite3.connect(db_path) as other:
            for sql in colleague_sql:
                other.execute(sql)
        import_file(tmp_path / "out.csv")
    else:
        import psycopg

        with psycopg.connect(str(db_path)) as other:
            for sql in colleague_sql:
                other.execute(sql)  # held, uncommitted, while the import starts
            failed: list[BaseException] = []

            def run() -> None:
                try:
                    import_file(tmp_path / "out.csv")
                except BaseException as exc:
                    failed.append(exc)
                finally:
                    from contacttracker.store import database

                    database.db.close()

            importing = threading.Thread(target=run)
            importing.start()
            importing.join(1.5)
            assert importing.is_alive(), "the import waits for the colleague's letter"
            other.commit()
            importing.join(30)
            assert not importing.is_alive() and not failed, failed
    stored = db.execute_sql(f"SELECT open_items FROM client WHERE id = {olena.id}").fetchone()[0]
    recount = db.execute_sql(
        "SELECT count(*) FROM conversation WHERE client_id = ? AND (awaiting_confirmation = 1"
        " OR awaiting_summary = 1 OR awaiting_reply = 1)",
        (olena.id,),
    ).fetchone()[0]
    assert stored == recount == 1  # our letter awaits confirmation; hers is answered
