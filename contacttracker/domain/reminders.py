"""Which reminders are due: the one decision the window's timer and `remind` share.

An item in a queue has moments a reminder is for (its queue's declaration says which):
when it came due, a lead time before its deadline, and when the deadline passed. At any
time an item has at most one reminder to send, for the latest of its moments that has come
(an item found overdue is not also told "due soon"). A reminder is sent once: the store
keeps, per person, which moment of which item was last sent. It is sent again only for a
new moment (a follow-up moved, the client's response time changed) or after a snooze the
item came back from, since "snooze for an hour" asks to be reminded again.

Reminders keep quiet outside the person's working day and while paused; what came due
meanwhile waits, and is sent as one summary when they may speak again. Pure: times are
given (a controlled clock in the tests), no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from contacttracker.domain import queues
from contacttracker.domain.rules import Reminder
from contacttracker.domain.working_hours import WorkingHours

#: The person's lead time before a reply deadline when they have set none.
DEFAULT_LEAD_MINUTES = 30


@dataclass(frozen=True, slots=True)
class Waiting:
    """An item in a queue, as the reminders need it."""

    queue: str
    #: The conversation's id; for the clients' queue (losing touch) the client's.
    item_id: int
    conversation_id: int | None
    conversation: str  # its UUID ('' for a client without conversations)
    client_id: int
    client: str
    channel: str
    subject: str
    #: When it entered its queue (sent, came in, fell due, the rhythm ran out).
    since: datetime
    #: How long it may wait there, in hours (its queue's deadline rule).
    deadline_hours: float
    #: The end of the snooze it came back from, if any.
    woke_at: datetime | None = None

    @property
    def overdue_at(self) -> datetime:
        return self.since + timedelta(hours=self.deadline_hours)

    def moment(self, reminder: Reminder, lead: timedelta) -> datetime | None:
        """When this reminder of the item is for (to the second, as stored); None when it
        has no such moment."""
        if reminder is Reminder.DUE:
            at = self.since
        elif reminder is Reminder.OVERDUE:
            at = self.overdue_at
        elif self.deadline_hours <= 0:  # overdue at once: nothing to warn of
            return None
        else:
            at = max(self.since, self.overdue_at - lead)
        return at.replace(microsecond=0)


#: A reminder's identity: the queue, the item's id there, the reminder.
Key = tuple[str, int, str]


class Sent(NamedTuple):
    """What the store remembers of a reminder sent: the moment it was for, and when."""

    moment: datetime
    sent_at: datetime


@dataclass(frozen=True, slots=True)
class Due:
    """A reminder to send now."""

    reminder: Reminder
    item: Waiting
    moment: datetime

    @property
    def key(self) -> Key:
        return (self.item.queue, self.item.item_id, self.reminder.value)


def due(
    items: Iterable[Waiting], sent: Mapping[Key, Sent], now: datetime, lead: timedelta
) -> list[Due]:
    """The reminders to send now, oldest moment first: for each item the latest of its
    moments that has come, unless that one was sent already (and not slept through since)."""
    result: list[Due] = []
    for item in items:
        latest: tuple[datetime, Reminder] | None = None
        for reminder in queues.queue(item.queue).reminders:
            moment = item.moment(reminder, lead)
            if moment is not None and moment <= now and (latest is None or moment >= latest[0]):
                latest = (moment, reminder)
        if latest is None:
            continue
        moment, reminder = latest
        before = sent.get((item.queue, item.item_id, reminder.value))
        slept = item.woke_at is not None and (before is None or before.sent_at < item.woke_at)
        if before is not None and before.moment == moment and not slept:
            continue
        result.append(Due(reminder, item, moment))
    result.sort(key=lambda d: (d.moment, d.item.queue, d.item.item_id))
    return result


def next_moment(items: Iterable[Waiting], now: datetime, lead: timedelta) -> datetime | None:
    """The next time a reminder comes due after now (to wake up for it), if any."""
    later = [
        moment
        for item in items
        for reminder in queues.queue(item.queue).reminders
        if (moment := item.moment(reminder, lead)) is not None and moment > now
    ]
    return min(later, default=None)


# -- quiet: outside the working day, and paused ------------------------------------------
def working_again(hours: WorkingHours, local: datetime) -> datetime:
    """The next start of a working day after `local` (today's, when it is still to come)."""
    today = hours.day_start(local)
    if today > local and hours.is_working_day(today):
        return today
    return hours.next_morning(local)


def quiet_until(
    local: datetime, hours: WorkingHours | None, paused_until: datetime | None
) -> datetime | None:
    """When reminders may speak again, or None when they may now. `local` is now in the
    person's time zone; a pause lasts until its time, and outside the working day they wait
    for the start of the next one."""
    wake = paused_until if paused_until is not None and paused_until > local else None
    at = wake or local
    if hours is not None and not hours.is_working(at):
        return working_again(hours, at)
    return wake


def pause_for_an_hour(local: datetime) -> datetime:
    return local + timedelta(hours=1)


def pause_until_tomorrow(local: datetime, hours: WorkingHours) -> datetime:
    """Until the next working morning."""
    return hours.next_morning(local)
