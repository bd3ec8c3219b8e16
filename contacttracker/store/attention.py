"""The "Needs attention" queues, oldest first, read as their declarations say.

Each queue's list, count and hidden count are built from its declaration's stored state
(:mod:`contacttracker.domain.queues`): a partial index over the stored rule state (see
:mod:`.flags`), joined to the client by primary key; no query here scans the conversation
table. ``age_hours`` is how long the item has waited in its queue: since the e-mail was
sent, the message arrived, the talk happened, the follow-up fell due, or the last contact.
Whether it is overdue and what to do next are the declaration's rules, not this module's.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import NamedTuple

from contacttracker.domain import queues, rules
from contacttracker.domain.channels import Catalogue
from contacttracker.domain.queues import Stored
from contacttracker.domain.rules import NextStep, Record
from contacttracker.domain.thresholds import Thresholds
from contacttracker.store.clients import channels_of
from contacttracker.store.database import db
from contacttracker.store.dialect import among, id_chunks
from contacttracker.store.settings import catalogue as load_catalogue
from contacttracker.store.settings import thresholds as load_thresholds
from contacttracker.store.timeutil import from_db, now_utc, to_db_text


class Item(NamedTuple):
    """One row of a queue. A named tuple: a page builds up to 500 of them on every refresh,
    and a frozen data class took several times as long to build."""

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
    #: When it turns (or turned) overdue, by its queue's limit; None when never.
    due_at: datetime | None = None
    #: What its overdue rule reads besides its age (judged again as time passes).
    urgent: bool = False
    response_hours: float | None = None
    #: When its next step changes by time (an urgent matter's next escalation), if it does.
    step_due_at: datetime | None = None


_LIVE_CLIENT = "cl.archived = 0 AND cl.deleted_at IS NULL"
# A snoozed conversation is in no queue until then (see .snooze); `?` is now.
_AWAKE = "(c.snoozed_until IS NULL OR c.snoozed_until <= ?)"


class Statement(NamedTuple):
    """A conversation queue's query parts, built from its declaration's stored state."""

    where: str  # FROM ... WHERE ..., each `?` now (one more when `timed`)
    order: str
    since: str  # the time its items wait since; NULL for since they happened
    index_count: str  # the count from its covering index alone (live clients or not)
    hidden_sum: str  # its items among archived or deleted clients, as one sum
    timed: bool


def _statement(stored: Stored) -> Statement:
    join = "FROM conversation c JOIN client cl ON cl.id = c.client_id"
    if stored.flag:
        return Statement(
            f"{join} WHERE c.{stored.flag} = 1 AND {_LIVE_CLIENT} AND {_AWAKE}",
            "c.occurred_at, c.client_id, c.id",
            "NULL",  # since they happened: occurred_at, read once
            f"SELECT count(*) FROM conversation WHERE {stored.flag} = 1",
            f"coalesce(sum(c.{stored.flag}), 0)",
            False,
        )
    due, done = stored.due, stored.done
    come = f"{done} = 0 AND {due} IS NOT NULL AND {due} <= ?"
    return Statement(
        f"{join} WHERE c.{done} = 0 AND c.{due} IS NOT NULL AND c.{due} <= ?"
        f" AND c.deleted_at IS NULL AND {_LIVE_CLIENT} AND {_AWAKE}",
        f"c.{due}, c.client_id, c.id",
        f"c.{due}",
        f"SELECT count(*) FROM conversation WHERE {come}",
        f"coalesce(sum(CASE WHEN c.{done} = 0 AND c.{due} IS NOT NULL AND c.{due} <= ?"
        " AND c.deleted_at IS NULL THEN 1 ELSE 0 END), 0)",
        True,
    )


#: The conversation queues' statements; the client queue (losing touch) is read below.
STATEMENTS = {q.key: _statement(q.stored) for q in queues.ALL if not q.stored.clients}
QUEUE_SQL = {key: (s.where, s.order) for key, s in STATEMENTS.items()}
_CLIENT_QUEUE = next(q for q in queues.ALL if q.stored.clients)

# Reads the partial index on touch_due_at (see rollups). Longest silence first, by the last
# contact (never contacted before anyone): a snooze moves a client's due time, not how long
# they have heard nothing, and a short rhythm ran out is no more pressing than a year's quiet.
LOSING_TOUCH_WHERE = (
    "FROM client cl WHERE cl.keep_in_touch_days > 0"
    f" AND cl.{_CLIENT_QUEUE.stored.due} < ? AND {_LIVE_CLIENT}"
)
LOSING_TOUCH_SQL = (
    "SELECT cl.id, cl.name, cl.last_contact_at, cl.keep_in_touch_days,"
    " lc.id, lc.uuid, lc.channel, lc.subject, cl.touch_due_at "
    + LOSING_TOUCH_WHERE.replace(
        "FROM client cl",
        "FROM client cl LEFT JOIN conversation lc ON lc.id = (SELECT x.id FROM conversation x"
        " WHERE x.client_id = cl.id AND x.deleted_at IS NULL"
        " ORDER BY x.occurred_at DESC LIMIT 1)",
    )
    # "IS NOT NULL" first puts the never-contacted first on both backends, and keeps the
    # planner on the due index (few rows to sort) rather than walking every client in order.
    + f" ORDER BY cl.{_CLIENT_QUEUE.stored.since} IS NOT NULL, cl.{_CLIENT_QUEUE.stored.since},"
    " cl.id"
)
_COLUMNS = (
    "c.id, c.uuid, c.client_id, cl.name, c.channel, c.occurred_at, c.subject, c.urgent,"
    " cl.response_hours"
)


def queue_statement(queue: str, limit: int | None, offset: int = 0) -> str:
    statement = STATEMENTS[queue]
    sql = f"SELECT {_COLUMNS}, {statement.since} {statement.where} ORDER BY {statement.order}"
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
    return (to_db_text(now),) * STATEMENTS[queue].where.count("?")


# "Mine": the items of conversations this person recorded; for losing touch, the clients
# this person has talked to.
_MINE = " AND c.author = ?"
_MINE_CLIENT = (
    " AND EXISTS (SELECT 1 FROM conversation m WHERE m.client_id = cl.id AND m.author = ?)"
)


def count(queue: str, now: datetime | None = None, author: str | None = None) -> int:
    now = now or now_utc()
    mine = (author,) if author is not None else ()
    if queue == _CLIENT_QUEUE.key:
        where = LOSING_TOUCH_WHERE + (_MINE_CLIENT if mine else "")
        return db.execute_sql(f"SELECT count(*) {where}", (to_db_text(now), *mine)).fetchone()[0]
    where = STATEMENTS[queue].where + (_MINE if mine else "")
    return db.execute_sql(f"SELECT count(*) {where}", (*_params(queue, now), *mine)).fetchone()[0]


# Counting a queue from its covering index alone, then taking away the items of archived
# (or deleted) clients, reads no table rows for the thousands of items that count.
_HIDDEN_COUNTS = (
    "SELECT "
    + ", ".join(s.hidden_sum for s in STATEMENTS.values())
    + " FROM client cl JOIN conversation c ON c.client_id = cl.id"
    " WHERE cl.archived = 1 OR cl.deleted_at IS NOT NULL"
)
_HIDDEN_PARAMS = sum(s.timed for s in STATEMENTS.values())
# Snoozed items of live clients, taken away the same way (from the index on snoozed_until).
# The index is partial (snoozed rows only) and names its condition here: with no snoozed row
# when the statistics were taken, SQLite otherwise walked every client's conversations
# (3.1 s at 1,000,000 conversations, against 0.2 ms).
_SNOOZED_COUNTS = (
    "SELECT "
    + ", ".join(s.hidden_sum for s in STATEMENTS.values())
    + " FROM conversation c JOIN client cl ON cl.id = c.client_id"
    f" WHERE c.snoozed_until IS NOT NULL AND c.snoozed_until > ? AND {_LIVE_CLIENT}"
)


def _trashed(stored: Stored) -> str:
    """A timed queue's items in the Trash (trashed conversations keep their fields), read
    from the Trash's small index: `+` keeps SQLite from walking every due item's row to
    find the few trashed ones."""
    due = stored.due
    return (
        "SELECT count(*) FROM conversation WHERE deleted_at IS NOT NULL"
        f" AND +{stored.done} = 0 AND {due} IS NOT NULL AND {due} <= ?"
    )


def counts(now: datetime | None = None, author: str | None = None) -> dict[str, int]:
    """Every queue's size: the same numbers as count(), from index reads alone (one person's
    items: a count per queue over that queue's rows)."""
    now = now or now_utc()
    if author is not None:
        return {queue: count(queue, now, author) for queue in queues.QUEUES}
    stamp = to_db_text(now)
    hidden = dict(
        zip(
            STATEMENTS,
            db.execute_sql(_HIDDEN_COUNTS, (stamp,) * _HIDDEN_PARAMS).fetchone(),
            strict=True,
        )
    )
    snoozed = db.execute_sql(_SNOOZED_COUNTS, (stamp,) * (_HIDDEN_PARAMS + 1)).fetchone()
    for key, n in zip(STATEMENTS, snoozed, strict=True):
        hidden[key] += n
    result = {}
    for q in queues.ALL:
        if q.stored.clients:
            continue
        statement = STATEMENTS[q.key]
        params = (stamp,) if statement.timed else ()
        (total,) = db.execute_sql(statement.index_count, params).fetchone()
        if statement.timed:
            (trashed,) = db.execute_sql(_trashed(q.stored), params).fetchone()
            total -= trashed
        result[q.key] = total - hidden[q.key]
    # Losing touch the same way: the due clients from their partial index alone, less the
    # hidden ones from theirs (`+` keeps SQLite on the small index).
    due = _CLIENT_QUEUE.stored.due
    (total,) = db.execute_sql(
        f"SELECT count(*) FROM client WHERE keep_in_touch_days > 0 AND {due} < ?", (stamp,)
    ).fetchone()
    (hidden_due,) = db.execute_sql(
        "SELECT count(*) FROM client WHERE (archived = 1 OR deleted_at IS NOT NULL)"
        f" AND +keep_in_touch_days > 0 AND {due} < ?",
        (stamp,),
    ).fetchone()
    result[_CLIENT_QUEUE.key] = total - hidden_due
    return {key: result[key] for key in queues.QUEUES}


def _losing_touch_rows(
    now: datetime,
    limit: int | None,
    author: str | None,
    offset: int = 0,
    conversation: int | None = None,
) -> list[tuple]:
    sql = LOSING_TOUCH_SQL
    params: tuple = (to_db_text(now),)
    if author is not None:
        sql = sql.replace(" ORDER BY cl.", _MINE_CLIENT + " ORDER BY cl.")
        params += (author,)
    if conversation is not None:
        sql = sql.replace(" ORDER BY cl.", " AND lc.id = ? ORDER BY cl.")
        params += (conversation,)
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
    conversation: int | None = None,
) -> list[Item]:
    """One queue's items, oldest first, each with whether it is overdue and what to do next
    (both as the queue's declaration says); with `author`, only that person's; `offset`
    skips the first ones (a list read a page at a time); with `conversation`, only that
    conversation's item (for the clients' queue: its client's, when it is their latest)."""
    now = now or now_utc()
    catalogue = catalogue or load_catalogue()
    limits = limits or load_thresholds()
    declared = queues.queue(queue)
    if declared.stored.clients:
        return _client_items(declared, now, limit, catalogue, limits, author, offset, conversation)
    sql, params = queue_statement(queue, limit, offset), _params(queue, now)
    if author is not None:
        sql = sql.replace(" ORDER BY ", _MINE + " ORDER BY ", 1)
        params += (author,)
    if conversation is not None:
        sql = sql.replace(" ORDER BY ", " AND c.id = ? ORDER BY ", 1)
        params += (conversation,)
    rows = db.execute_sql(sql, params).fetchall()
    channels = channels_of(r[2] for r in rows)
    overdue_rule, step_of, escalates = declared.overdue, declared.step, declared.escalates
    limit_of = declared.deadline
    result = []
    for cid, uuid, client_id, name, channel, occurred, subject, urgent, resp, since in rows:
        occurred_at = from_db(occurred)
        since_at = from_db(since) or occurred_at
        age = max(0.0, (now - since_at).total_seconds() / 3600.0)
        client_channels = channels.get(client_id, [])
        urgent = bool(urgent)
        overdue = overdue_rule(age, limits, urgent=urgent, response_hours=resp)
        due_at = since_at + timedelta(hours=limit_of(limits, urgent=urgent, response_hours=resp))
        step = step_of(channel, client_channels, catalogue)
        step_due_at = None
        if escalates and urgent:
            record = Record(channel, rules.OUT, occurred_at, urgent=True)
            since_then = _outgoing_since(client_id, occurred)
            escalation = rules.next_escalation_step(
                record, since_then, client_channels, now, catalogue, limits
            )
            step = escalation or step
            step_due_at = rules.escalation_due_at(record, since_then, catalogue, limits)
        result.append(
            Item(
                queue,
                cid,
                uuid,
                client_id,
                name,
                channel,
                occurred_at,
                age,
                subject,
                overdue,
                step,
                due_at,
                urgent,
                resp,
                step_due_at,
            )
        )
    return result


def _outgoing_since(client_id: int, occurred: object) -> list[Record]:
    rows = db.execute_sql(
        "SELECT channel, occurred_at FROM conversation WHERE client_id = ? AND occurred_at >= ?"
        " AND direction = 'out' AND deleted_at IS NULL ORDER BY occurred_at LIMIT 50",
        (client_id, occurred),
    )
    return [Record(ch, rules.OUT, from_db(at)) for ch, at in rows]


def _client_items(
    declared: queues.Queue,
    now: datetime,
    limit: int | None,
    catalogue: Catalogue,
    limits: Thresholds,
    author: str | None = None,
    offset: int = 0,
    conversation: int | None = None,
) -> list[Item]:
    """The clients' queue: each item is a client, with their latest conversation if any."""
    rows = _losing_touch_rows(now, limit, author, offset, conversation)
    channels = channels_of(r[0] for r in rows)
    result = []
    for client_id, name, last, _days, cid, uuid, channel, subject, due in rows:
        uuid, channel, subject = uuid or "", channel or "", subject or ""
        step = declared.step(channel, channels.get(client_id, []), catalogue)
        age = (now - last).total_seconds() / 3600.0 if last else 0.0
        overdue = declared.overdue(age, limits)
        due_at = from_db(due)
        if due_at is not None and due_at.year == 1:  # never contacted, from before any date
            due_at = None
        result.append(
            Item(
                declared.key,
                cid,
                uuid,
                client_id,
                name,
                channel,
                last,
                age,
                subject,
                overdue,
                step,
                due_at,
            )
        )
    return result


# The next moment a count changes by itself: a follow-up falls due, a client's rhythm runs
# out, a snooze ends. Each is a min() over a small index.
_NEXT_CHANGES = (
    "SELECT min(follow_up_due) FROM conversation WHERE follow_up_done = 0 AND follow_up_due >= ?",
    f"SELECT min({_CLIENT_QUEUE.stored.due}) FROM client WHERE keep_in_touch_days > 0"
    f" AND {_CLIENT_QUEUE.stored.due} >= ?",
    "SELECT min(snoozed_until) FROM conversation WHERE snoozed_until IS NOT NULL"
    " AND snoozed_until >= ?",
)


def next_change(now: datetime | None = None) -> datetime | None:
    """The first moment from `now` on at which an item enters a queue with no write (one
    equal to now counts: the queues read "past it"); the window reads the queues again a
    second after it (the items it shows say their own deadlines)."""
    stamp = to_db_text(now or now_utc())
    moments = [from_db(db.execute_sql(sql, (stamp,)).fetchone()[0]) for sql in _NEXT_CHANGES]
    return min((m for m in moments if m is not None), default=None)


def judged_again(item: Item, now: datetime, judged_at: datetime, limits: Thresholds) -> Item:
    """The item as it stands at `now`, judged at `judged_at`: older, and overdue as its
    queue's rule says at that age (with no read: what is stored has not changed)."""
    age = item.age_hours + (now - judged_at).total_seconds() / 3600.0
    rule = queues.queue(item.queue).overdue
    overdue = rule(age, limits, urgent=item.urgent, response_hours=item.response_hours)
    return item._replace(age_hours=age, overdue=overdue)


def all_items(now: datetime | None = None, limit: int | None = None) -> list[Item]:
    """Every queue in the contract's order, sharing one look-up of settings."""
    now = now or now_utc()
    catalogue = load_catalogue()
    limits = load_thresholds()
    out: list[Item] = []
    for queue in queues.QUEUES:
        out.extend(items(queue, now, limit, catalogue=catalogue, limits=limits))
    return out


def waiting(conversation_id: int, now: datetime | None = None) -> list[Item]:
    """The items a conversation is now, one per queue that holds it, in the queues' order
    (for losing touch: its client, when it is their latest conversation); one indexed read
    per queue."""
    now = now or now_utc()
    catalogue = load_catalogue()
    limits = load_thresholds()
    return [
        item
        for queue in queues.QUEUES
        for item in items(
            queue, now, catalogue=catalogue, limits=limits, conversation=conversation_id
        )
    ]


def asked_at(email_ids: Iterable[int]) -> dict[int, datetime]:
    """When each of these e-mails was last asked after: the newest outgoing message linked
    to it (a nudge sent: "did you get my letter?"), read from the replies index."""
    ids = sorted(set(email_ids))
    found: dict[int, datetime] = {}
    for chunk in id_chunks(ids):
        where, params = among("replies_to_id", chunk)
        rows = db.execute_sql(
            f"SELECT replies_to_id, max(occurred_at) FROM conversation WHERE {where}"
            " AND direction = 'out' AND deleted_at IS NULL GROUP BY replies_to_id",
            params,
        ).fetchall()
        for email_id, at in rows:
            found[email_id] = from_db(at)
    return found
