"""A bulk write onto clients with a history re-judges only the stored rows the batch can
change; what it leaves is what a refresh of every row would store."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from contacttracker.store import flags
from contacttracker.store.bulk_write import write_conversations
from contacttracker.store.database import db
from contacttracker.store.import_report import Report
from contacttracker.store.models import new_uuid
from contacttracker.store.settings import catalogue
from contacttracker.store.timeutil import from_db, to_db_text

pytestmark = pytest.mark.backends

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
STATE = (
    "SELECT id, confirmed_at, awaiting_confirmation, awaiting_summary, answered_at,"
    " awaiting_reply FROM conversation ORDER BY id"
)
CLIENT_STATE = "SELECT id, last_contact_at, open_items FROM client ORDER BY id"


def _row(client_id: int, direction: str, hours: int, channel: str = "email") -> tuple:
    at = to_db_text(START + timedelta(hours=hours))
    return (new_uuid(), client_id, "", channel, direction, at, None, "s", "t", "", 0, None,
            0, "", "")  # fmt: skip


def _stored() -> tuple[list, list]:
    return list(db.execute_sql(STATE)), list(db.execute_sql(CLIENT_STATE))


@pytest.mark.parametrize("seed", range(12))
def test_a_batch_onto_a_history_stores_what_a_full_refresh_would(seed, client_factory):
    """Random histories of incoming and outgoing letters and messages (some answered
    early, some late, some never), then a batch of both directions at random times: the
    state after the batch equals a refresh of every row."""
    rnd = random.Random(seed)
    clients = [client_factory(f"Client {n}", channels=[]).id for n in range(4)]

    def batch(n: int, spread: int) -> list[tuple]:
        return [
            _row(
                rnd.choice(clients),
                rnd.choice(("in", "out")),
                rnd.randrange(spread),
                rnd.choice(("email", "telegram")),
            )
            for _ in range(n)
        ]

    write_conversations(batch(40, 200), [], {}, Report(file="batch"))
    for _ in range(3):
        write_conversations(batch(15, 260), [], {}, Report(file="batch"))
        after_batch = _stored()
        flags.refresh(None, catalogue())
        assert _stored() == after_batch


def test_only_an_answer_earlier_than_the_stored_one_moves_it(client_factory):
    """Stored: a letter answered at hour 5, one answered at hour 30, one never; a new reply
    at hour 10 leaves the first as it was and answers the other two at hour 10."""
    cid = client_factory("Олена", channels=[]).id
    write_conversations(
        [_row(cid, "in", 1), _row(cid, "out", 5), _row(cid, "in", 8), _row(cid, "out", 30)],
        [],
        {},
        Report(file="batch"),
    )
    write_conversations([_row(cid, "in", 40)], [], {}, Report(file="batch"))  # unanswered yet
    write_conversations([_row(cid, "out", 10), _row(cid, "out", 50)], [], {}, Report(file="batch"))
    rows = {
        r[0]: r[1]
        for r in db.execute_sql(
            "SELECT occurred_at, answered_at FROM conversation WHERE direction = 'in'"
            " ORDER BY occurred_at"
        )
    }
    answered = [to_db_text(from_db(a)) for a in rows.values()]
    assert answered == [
        to_db_text(START + timedelta(hours=5)),
        to_db_text(START + timedelta(hours=10)),
        to_db_text(START + timedelta(hours=50)),
    ]
    after = _stored()
    flags.refresh(None, catalogue())
    assert _stored() == after
