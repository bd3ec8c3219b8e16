"""A big import onto a long history builds again only the indexes it adds many entries to
(a SQLite file: the server keeps its indexes). Which those are is judged in Python from the
first batch, so the judgement is held to the indexes' own WHERE clauses here."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta

from contacttracker.store import bulk
from contacttracker.store.bulk_write import write_conversations
from contacttracker.store.database import db
from contacttracker.store.import_report import Report
from contacttracker.store.models import new_uuid
from contacttracker.store.timeutil import to_db_text

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
ROW = (
    "SELECT uuid, client_id, '', channel, direction, occurred_at, duration_min, subject,"
    " summary, agreements, urgent, follow_up_due, follow_up_done, author, dismissed,"
    " confirmed_at, awaiting_confirmation, awaiting_summary, answered_at, awaiting_reply"
    " FROM conversation"
)


def _rows(clients: list[int], n: int, rnd: random.Random, directions=("in", "out")) -> list:
    rows = []
    for _ in range(n):
        at = to_db_text(START + timedelta(minutes=rnd.randrange(200_000)))
        channel = rnd.choice(("email", "phone", "telegram"))
        due = to_db_text(START + timedelta(days=rnd.randrange(90))) if rnd.random() < 0.2 else None
        rows.append((new_uuid(), rnd.choice(clients), "", channel, rnd.choice(directions), at,
                     5 if channel == "phone" else None, "s", "t", "", 0, due,
                     rnd.choice((0, 1)), "", ""))  # fmt: skip
    return rows


def _roots() -> dict[str, int]:
    return dict(db.execute_sql("SELECT name, rootpage FROM sqlite_master WHERE type = 'index'"))


def test_what_enters_an_index_is_what_its_where_clause_says(client_factory):
    rnd = random.Random(5)
    clients = [client_factory(f"Client {n}", channels=[]).id for n in range(6)]
    write_conversations(_rows(clients, 3000, rnd), [], {}, Report(file="mixed"))
    stored = list(db.execute_sql(ROW))
    definitions = dict(db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
    for name in bulk.DEFERRABLE_INDEXES:
        where = re.search(r"\bWHERE\b(.*)$", definitions[name], re.S | re.I)
        (counted,) = db.execute_sql(
            "SELECT count(*) FROM conversation" + (f" WHERE {where[1]}" if where else "")
        ).fetchone()
        judged = sum(bulk.ENTERS[name](r[:15], r[15:]) for r in stored)
        assert judged == counted, name
    assert 0 < sum(bulk.ENTERS["queue_reply"](r[:15], r[15:]) for r in stored) < len(stored)


def test_incoming_letters_onto_a_history_rebuild_only_the_indexes_they_enter(client_factory):
    rnd = random.Random(7)
    clients = [client_factory(f"Client {n}", channels=[]).id for n in range(20)]
    write_conversations(_rows(clients, 6000, rnd), [], {}, Report(file="history"))
    before = _roots()

    incoming = [(*r[:12], 1, *r[13:]) for r in _rows(clients, 6000, rnd, ("in",))]
    write_conversations(incoming, [], {}, Report(file="inbox"))

    after = _roots()
    assert set(after) == set(before)  # every index is back
    rebuilt = {n for n in bulk.DEFERRABLE_INDEXES if after[n] != before[n]}
    assert "conversation_time" in rebuilt
    assert not rebuilt & {"queue_unconfirmed", "queue_summary", "conversation_trash"}
    (count,) = db.execute_sql(
        "SELECT count(*) FROM conversation INDEXED BY conversation_time WHERE occurred_at > ''"
    ).fetchone()
    assert count == 12000
