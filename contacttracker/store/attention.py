"""The five "Needs attention" queues, oldest first.

Each queue reads a partial index over the stored rule state (see :mod:`.flags`), joined
to the client by primary key: no query here scans the conversation table.
``age_hours`` is how long the item has waited in its queue: since the e-mail was sent,
the message arrived, the talk happened, the follow-up fell due, or the last contact.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from contacttracker.domain import rules
from contacttracker.domain.channels import Catalogue
from contacttracker.domain.rules import NextStep, Record, Step
from contacttracker.domain.thresholds import Thresholds
from contacttracker.store.clients import channels_of
from contacttracker.store.database import db
from contacttracker.store.settings import catalogue as load_catalogue
from contacttracker.store.settings import thresholds as load_thresholds
from contacttracker.store.timeutil import from_db, now_utc, to_db_text


class Item(NamedTuple):
    """One row of a queue. A named tuple: a page builds up to 500 of them on every refresh,
    and a frozen data class took three times as long to build (2,500 items: 6 ms → 2 ms)."""

    queue: str
    conversation_id: int | None
    conversation: str  # the conversation's UUID ('' when a client has none)
    client_id: int
    client: str
    channel: str
    occurred_at: datetime | None
    age_hours: float
    subject: str
    overdue: bool
    next_step: NextStep


_COLUMNS = (
    "c.id, c.uuid, c.client_id, cl.name, c.channel, c.occurred_at, c.subject, c.urgent,"
    " cl.response_hours, c.follow_up_due"
)
_LIVE_CLIENT = "cl.archived = 0 AND cl.deleted_at IS NULL"

QUEUE_SQL = {
    "unconfirmed_email": (
        f"FROM conversation c JOIN client cl ON cl.id = c.client_id"
        f" WHERE c.awaiting_confirmation = 1 AND {_LIVE_CLIENT}",
        "c.occurred_at, c.client_id, c.id",
    ),
    "needs_summary": (
        f"FROM conversation c JOIN client cl ON cl.id = c.client_id"
        f" WHERE c.awaiting_summary = 1 AND {_LIVE_CLIENT}",
        "c.occurred_at, c.client_id, c.id",
    ),
    "awaiting_reply": (
        f"FROM conversation c JOIN client cl ON cl.id = c.client_id"
        f" WHERE c.awaiting_reply = 1 AND {_LIVE_CLIENT}",
        "c.occurred_at, c.client_id, c.id",
    ),
    "follow_up": (
        f"FROM conversation c JOIN client cl ON cl.id = c.client_id"
        f" WHERE c.follow_up_done = 0 AND c.follow_up_due IS NOT NULL AND c.follow_up_due <= ?"
        f" AND c.deleted_at IS NULL AND {_LIVE_CLIENT}",
        "c.follow_up_due, c.client_id, c.id",
    ),
}

# Reads the partial index on touch_due_at (see rollups): most overdue first.
LOSING_TOUCH_WHERE = (
    f"FROM client cl WHERE cl.keep_in_touch_days > 0 AND cl.touch_due_at < ? AND {_LIVE_CLIENT}"
)
LOSING_TOUCH_SQL = (
    "SELECT cl.id, cl.name, cl.last_contact_at, cl.keep_in_touch_days,"
    " lc.id, lc.uuid, lc.channel, lc.subject "
    + LOSING_TOUCH_WHERE.replace(
        "FROM client cl",
        "FROM client cl LEFT JOIN conversation lc ON lc.id = (SELECT x.id FROM conversation x"
        " WHERE x.client_id = cl.id AND x.deleted_at IS NULL"
        " ORDER BY x.occurred_at DESC LIMIT 1)",
    )
    + " ORDER BY cl.touch_due_at, cl.id"
)


def queue_statement(queue: str, limit: int | None, offset: int = 0) -> str:
    where, order = QUEUE_SQL[queue]
    sql = f"SELECT {_COLUMNS} {where} ORDER BY {order}"
    return sql + _page(limit, offset)


def _page(limit: int | None, offset: int) -> str:
    """LIMIT (and OFFSET) of a page of a queue; every queue's order ends on ids, so pages
    never overlap."""
    if not offset:
        return f" LIMIT {int(limit)}" if limit is not None else ""
    if limit is None:
        raise ValueError("a page after the first needs a limit")
    return f" LIMIT {int(limit)} OFFSET {int(offset)}"


def _params(queue: str, now: datetime) -> tuple:
    return (to_db_text(now),) if queue == "follow_up" else ()


# "Mine": the items of conversations this person recorded; for losing touch, the clients
# this person has talked to.
_MINE = " AND c.author = ?"
_MINE_CLIENT = (
    " AND EXISTS (SELECT 1 FROM conversation m WHERE m.client_id = cl.id AND m.author = ?)"
)


def count(queue: str, now: datetime | None = None, author: str | None = None) -> int:
    now = now or now_utc()
    mine = (author,) if author is not None else ()
    if queue == "losing_touch":
        where = LOSING_TOUCH_WHERE + (_MINE_CLIENT if mine else "")
        return db.execute_sql(f"SELECT count(*) {where}", (to_db_text(now), *mine)).fetchone()[0]
    where, _ = QUEUE_SQL[queue]
    where += _MINE if mine else ""
    return db.execute_sql(f"SELECT count(*) {where}", (*_params(queue, now), *mine)).fetchone()[0]


# Counting a queue from its covering index alone, then taking away the items of archived
# (or deleted) clients, reads no table rows for the thousands of items that count.
_INDEX_COUNTS = {
    "unconfirmed_email": "SELECT count(*) FROM conversation WHERE awaiting_confirmation = 1",
    "needs_summary": "SELECT count(*) FROM conversation WHERE awaiting_summary = 1",
    "awaiting_reply": "SELECT count(*) FROM conversation WHERE awaiting_reply = 1",
    "follow_up": "SELECT count(*) FROM conversation WHERE follow_up_done = 0"
    " AND follow_up_due IS NOT NULL AND follow_up_due <= ?",
}
_HIDDEN_COUNTS = """
SELECT coalesce(sum(c.awaiting_confirmation), 0), coalesce(sum(c.awaiting_summary), 0),
       coalesce(sum(c.awaiting_reply), 0),
       coalesce(sum(CASE WHEN c.follow_up_done = 0 AND c.follow_up_due IS NOT NULL
                    AND c.follow_up_due <= ? AND c.deleted_at IS NULL THEN 1 ELSE 0 END), 0)
FROM client cl JOIN conversation c ON c.client_id = cl.id
WHERE cl.archived = 1 OR cl.deleted_at IS NOT NULL
"""


def counts(now: datetime | None = None, author: str | None = None) -> dict[str, int]:
    """Every queue's size: the same numbers as count(), in six index reads (one person's
    items: a count per queue over that queue's rows)."""
    now = now or now_utc()
    if author is not None:
        return {queue: count(queue, now, author) for queue in (*_INDEX_COUNTS, "losing_touch")}
    stamp = to_db_text(now)
    hidden = dict(
        zip(_INDEX_COUNTS, db.execute_sql(_HIDDEN_COUNTS, (stamp,)).fetchone(), strict=True)
    )
    result = {}
    for queue, sql in _INDEX_COUNTS.items():
        params = (stamp,) if "?" in sql else ()
        (total,) = db.execute_sql(sql, params).fetchone()
        if queue == "follow_up":  # trashed conversations keep their follow-up fields
            # Read from the Trash's small index: `+` keeps SQLite from walking every due
            # follow-up's row to find the few trashed ones (12 ms at 1,000,000, now 0.01).
            (trashed,) = db.execute_sql(
                "SELECT count(*) FROM conversation WHERE deleted_at IS NOT NULL"
                " AND +follow_up_done = 0 AND follow_up_due IS NOT NULL AND follow_up_due <= ?",
                (stamp,),
            ).fetchone()
            total -= trashed
        result[queue] = total - hidden[queue]
    # Losing touch the same way: the due clients from their partial index alone, less the
    # hidden ones from theirs (`+` keeps SQLite on the small index: 3 ms → 0.15 at 20,000).
    (due,) = db.execute_sql(
        "SELECT count(*) FROM client WHERE keep_in_touch_days > 0 AND touch_due_at < ?", (stamp,)
    ).fetchone()
    (hidden_due,) = db.execute_sql(
        "SELECT count(*) FROM client WHERE (archived = 1 OR deleted_at IS NOT NULL)"
        " AND +keep_in_touch_days > 0 AND touch_due_at < ?",
        (stamp,),
    ).fetchone()
    result["losing_touch"] = due - hidden_due
    return result


def _losing_touch_rows(
    now: datetime, limit: int | None, author: str | None, offset: int = 0
) -> list[tuple]:
    sql = LOSING_TOUCH_SQL
    params: tuple = (to_db_text(now),)
    if author is not None:
        sql = sql.replace(" ORDER BY cl.touch_due_at", _MINE_CLIENT + " ORDER BY cl.touch_due_at")
        params += (author,)
    sql += _page(limit, offset)
    return [(r[0], r[1], from_db(r[2]), *r[3:]) for r in db.execute_sql(sql, params).fetchall()]


def items(
    queue: str,
    now: datetime | None = None,
    limit: int | None = None,
    *,
    catalogue: Catalogue | None = None,
    limits: Thresholds | None = None,
    author: str | None = None,
    offset: int = 0,
) -> list[Item]:
    """One queue's items, oldest first, each with whether it is overdue and what to do next;
    with `author`, only that person's; `offset` skips the first ones (a list read a page at
    a time)."""
    now = now or now_utc()
    catalogue = catalogue or load_catalogue()
    limits = limits or load_thresholds()
    if queue == "losing_touch":
        return _losing_touch(now, limit, catalogue, author, offset)
    sql, params = queue_statement(queue, limit, offset), _params(queue, now)
    if author is not None:
        sql = sql.replace(" ORDER BY ", _MINE + " ORDER BY ", 1)
        params += (author,)
    rows = db.execute_sql(sql, params).fetchall()
    channels = channels_of(r[2] for r in rows)
    result = []
    for cid, uuid, client_id, name, channel, occurred, subject, urgent, resp, due in rows:
        occurred_at = from_db(occurred)
        due_at = from_db(due)
        since = due_at if queue == "follow_up" and due_at else occurred_at
        age = max(0.0, (now - since).total_seconds() / 3600.0)
        client_channels = channels.get(client_id, [])
        step, overdue = _judge(
            queue, channel, age, bool(urgent), resp, client_channels, catalogue, limits
        )
        if queue == "unconfirmed_email" and urgent:
            record = Record(channel, rules.OUT, occurred_at, urgent=True)
            escalation = rules.next_escalation_step(
                record,
                _outgoing_since(client_id, occurred),
                client_channels,
                now,
                catalogue,
                limits,
            )
            step = escalation or step
        result.append(
            Item(
                queue, cid, uuid, client_id, name, channel, occurred_at, age, subject, overdue, step
            )
        )
    return result


def _judge(queue, channel, age, urgent, resp, client_channels, catalogue, limits):
    if queue == "unconfirmed_email":
        pick = rules.confirmation_channel(client_channels, catalogue)
        step = NextStep(Step.CONFIRM, *pick) if pick else NextStep(Step.CONFIRM)
        return step, age > limits.confirm_overdue_hours
    if queue == "needs_summary":
        return NextStep(Step.WRITE_SUMMARY, "email"), age > limits.summary_overdue_hours
    if queue == "awaiting_reply":
        hours = resp or limits.response_hours
        return NextStep(Step.REPLY, channel), age > hours or (urgent and age > 0)
    first = client_channels[0] if client_channels else (channel, "")
    return NextStep(Step.FOLLOW_UP, *first), age >= 24


def _outgoing_since(client_id: int, occurred: object) -> list[Record]:
    rows = db.execute_sql(
        "SELECT channel, occurred_at FROM conversation WHERE client_id = ? AND occurred_at >= ?"
        " AND direction = 'out' AND deleted_at IS NULL ORDER BY occurred_at LIMIT 50",
        (client_id, occurred),
    )
    return [Record(ch, rules.OUT, from_db(at)) for ch, at in rows]


def _losing_touch(
    now: datetime,
    limit: int | None,
    catalogue: Catalogue,
    author: str | None = None,
    offset: int = 0,
) -> list[Item]:
    rows = _losing_touch_rows(now, limit, author, offset)
    channels = channels_of(r[0] for r in rows)
    result = []
    for client_id, name, last, _days, cid, uuid, channel, subject in rows:
        uuid, channel, subject = uuid or "", channel or "", subject or ""
        first = channels.get(client_id, [])
        step = NextStep(Step.GET_IN_TOUCH, *first[0]) if first else NextStep(Step.GET_IN_TOUCH)
        age = (now - last).total_seconds() / 3600.0 if last else 0.0
        result.append(
            Item(
                "losing_touch", cid, uuid, client_id, name, channel, last, age, subject, True, step
            )
        )
    return result


def all_items(now: datetime | None = None, limit: int | None = None) -> list[Item]:
    """Every queue in the contract's order, sharing one look-up of settings."""
    now = now or now_utc()
    catalogue = load_catalogue()
    limits = load_thresholds()
    out: list[Item] = []
    for queue in rules.QUEUES:
        out.extend(items(queue, now, limit, catalogue=catalogue, limits=limits))
    return out
