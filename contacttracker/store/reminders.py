"""Reminders: what waits in the queues with its deadline, and which were sent to whom.

The decision is the domain's (:mod:`contacttracker.domain.reminders`); here are the reads
it needs (every item of every queue, from the queues' own statements) and the record of
what was sent, per person, in the `reminder_sent` table. Taking reminders claims each one
with a conditional upsert, so the window and a `remind` run at the same moment (or two
computers of the same person) never both send the same one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from contacttracker.domain import queues
from contacttracker.domain import reminders as rules
from contacttracker.domain.reminders import Due, Key, Sent, Waiting
from contacttracker.domain.thresholds import Thresholds
from contacttracker.domain.working_hours import WorkingHours
from contacttracker.store import attention, person_settings
from contacttracker.store import setting_keys as keys
from contacttracker.store import settings as store_settings
from contacttracker.store.database import db
from contacttracker.store.dialect import among, id_chunks
from contacttracker.store.timeutil import from_db, now_utc, to_db_text

_COLUMNS = (
    "c.id, c.uuid, c.client_id, cl.name, c.channel, c.subject, c.urgent, cl.response_hours,"
    " coalesce({since}, c.occurred_at), c.snoozed_until"
)
_CLIENTS = attention.LOSING_TOUCH_SQL.replace(
    "SELECT cl.id, cl.name, cl.last_contact_at, cl.keep_in_touch_days,",
    "SELECT cl.id, cl.name, cl.touch_due_at, cl.snoozed_until,",
)


def waiting(now: datetime, limits: Thresholds | None = None) -> list[Waiting]:
    """Every item in every queue now (snoozed ones are in none), with its deadline."""
    limits = limits or store_settings.thresholds()
    stamp = to_db_text(now)
    found: list[Waiting] = []
    for queue in queues.ALL:
        if queue.stored.clients:
            found.extend(_clients_waiting(queue, stamp, limits))
            continue
        statement = attention.STATEMENTS[queue.key]
        sql = f"SELECT {_COLUMNS.format(since=statement.since)} {statement.where}"
        params = (stamp,) * statement.where.count("?")
        for (
            cid,
            uuid,
            client_id,
            name,
            channel,
            subject,
            urgent,
            resp,
            since,
            snoozed,
        ) in db.execute_sql(sql, params).fetchall():
            hours = queue.deadline(limits, urgent=bool(urgent), response_hours=resp)
            found.append(
                Waiting(
                    queue.key,
                    cid,
                    cid,
                    uuid,
                    client_id,
                    name,
                    channel,
                    subject,
                    from_db(since),
                    hours,
                    from_db(snoozed),
                )
            )
    return found


def _clients_waiting(queue: queues.Queue, stamp: str, limits: Thresholds) -> list[Waiting]:
    """Losing touch: each item is a client, since their rhythm ran out."""
    rows = db.execute_sql(_CLIENTS, (stamp,)).fetchall()
    return [
        Waiting(
            queue.key,
            client_id,
            cid,
            uuid or "",
            client_id,
            name,
            channel or "",
            subject or "",
            from_db(due),
            queue.deadline(limits),
            from_db(snoozed),
        )
        for client_id, name, due, snoozed, cid, uuid, channel, subject, *_ in rows
    ]


def sent(person: str) -> dict[Key, Sent]:
    return {key: was for _row, key, was in _sent_rows(person)}


def _sent_rows(person: str) -> list[tuple[int, Key, Sent]]:
    rows = db.execute_sql(
        "SELECT id, queue, item_id, reminder, moment, sent_at FROM reminder_sent WHERE person = ?",
        (person,),
    ).fetchall()
    return [(row, (q, int(i), r), Sent(from_db(m), from_db(s))) for row, q, i, r, m, s in rows]


def forget_gone(rows: list[tuple[int, Key, Sent]], items: list[Waiting]) -> int:
    """Drops the person's record of items that wait no more (answered, done, trashed,
    archived, snoozed), so it stays as small as the queues; one that comes back is new
    again. Returns how many went."""
    waiting_now = {(item.queue, item.item_id) for item in items}
    gone = sorted(
        row for row, (queue, item_id, _r), _was in rows if (queue, item_id) not in waiting_now
    )
    if gone:
        with db.atomic():
            for chunk in id_chunks(gone):
                where, params = among("id", chunk)
                db.execute_sql(f"DELETE FROM reminder_sent WHERE {where}", params)
    return len(gone)


# Claims one reminder: a new row, or a row for another moment, or one sent before the
# item's snooze ended (the last `?`; the epoch when it was not snoozed).
_CLAIM = (
    "INSERT INTO reminder_sent (person, queue, item_id, reminder, moment, sent_at)"
    " VALUES (?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (person, queue, item_id, reminder) DO UPDATE"
    " SET moment = excluded.moment, sent_at = excluded.sent_at"
    " WHERE reminder_sent.moment <> excluded.moment OR reminder_sent.sent_at < ?"
)
_NEVER = "1970-01-01 00:00:00"


def claim(person: str, dues: list[Due], now: datetime) -> list[Due]:
    """Marks these reminders sent to the person, in one transaction, and returns those it
    could mark: the ones no other program sent in the meantime."""
    stamp = to_db_text(now)
    taken: list[Due] = []
    with db.atomic():
        for d in dues:
            cursor = db.execute_sql(
                _CLAIM,
                (
                    person,
                    d.item.queue,
                    d.item.item_id,
                    d.reminder.value,
                    to_db_text(d.moment),
                    stamp,
                    to_db_text(d.item.woke_at) if d.item.woke_at else _NEVER,
                ),
            )
            if cursor.rowcount:
                taken.append(d)
    return taken


@dataclass(frozen=True, slots=True)
class Preferences:
    """The person's reminder settings, read once per look."""

    on: bool
    lead: timedelta
    hours: WorkingHours
    paused_until: datetime | None


def preferences() -> Preferences:
    lead = person_settings.get(keys.REMINDER_LEAD_MINUTES)
    if not isinstance(lead, int) or isinstance(lead, bool) or lead < 0:
        lead = rules.DEFAULT_LEAD_MINUTES
    return Preferences(
        on=bool(person_settings.get(keys.REMINDERS)),
        lead=timedelta(minutes=lead),
        hours=store_settings.working_hours(),
        paused_until=paused_until(),
    )


def paused_until() -> datetime | None:
    """When the person's pause ends (a past time or none: not paused)."""
    text = person_settings.get(keys.REMINDERS_PAUSED_UNTIL)
    if not isinstance(text, str) or not text:
        return None
    try:
        until = datetime.fromisoformat(text)
    except ValueError:
        return None
    return until if until.tzinfo is not None else None


def pause(until: datetime | None) -> None:
    """Pause reminders until a time (aware); None resumes them."""
    person_settings.update(
        {keys.REMINDERS_PAUSED_UNTIL: until.isoformat(timespec="seconds") if until else ""}
    )


@dataclass(frozen=True, slots=True)
class Look:
    """One look at the queues: the reminders to say now, and when to look again."""

    due: list[Due]
    #: When reminders may speak again, if they are quiet now (paused, outside hours).
    quiet_until: datetime | None
    #: The next moment a reminder comes due, if any.
    next_moment: datetime | None
    #: How many items are overdue now (the tray's number).
    overdue: int = 0


def take(
    now: datetime | None = None,
    *,
    person: str | None = None,
    quiet: bool = True,
    local: datetime | None = None,
) -> Look:
    """The reminders that have come since they were last taken, marked as sent to the
    person. With `quiet`, nothing is taken while the person's reminders are off, paused or
    outside their working day: it waits for the summary when they may speak again.
    `local` is now in the person's time zone (the system's by default)."""
    now = now or now_utc()
    person = person if person is not None else store_settings.author()
    prefs = preferences()
    items = waiting(now)
    upcoming = rules.next_moment(items, now, prefs.lead)
    overdue = sum(1 for item in items if item.overdue_at <= now)
    if quiet:
        if not prefs.on:
            return Look([], None, upcoming, overdue)
        wake = rules.quiet_until(local or now.astimezone(), prefs.hours, prefs.paused_until)
        if wake is not None:
            return Look([], wake, upcoming, overdue)
    rows = _sent_rows(person)
    forget_gone(rows, items)
    dues = rules.due(items, {key: was for _row, key, was in rows}, now, prefs.lead)
    return Look(claim(person, dues, now) if dues else [], None, upcoming, overdue)
