"""The working rules as plain functions over one record.

The store runs the same rules as set-based SQL over a million rows; the tests check that
both agree. Times are timezone-aware UTC datetimes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from contacttracker.domain.channels import EMAIL, Catalogue
from contacttracker.domain.thresholds import Thresholds

IN = "in"
OUT = "out"

#: The attention queues, in the order the app shows them (the CSV contract's names).
DEFAULT_LIMITS = Thresholds()

QUEUES = ("unconfirmed_email", "needs_summary", "awaiting_reply", "follow_up", "losing_touch")


@dataclass(frozen=True, slots=True)
class Record:
    """What the rules need to know about one conversation."""

    channel: str
    direction: str
    occurred_at: datetime
    agreements: str = ""
    urgent: bool = False
    follow_up_due: datetime | None = None
    follow_up_done: bool = False
    #: Queues the user closed by hand ("Done") for this item.
    dismissed: frozenset[str] = field(default_factory=frozenset)
    #: The record confirms receipt of an e-mail: a "yes, got it" needs no answer.
    is_confirmation: bool = False


@dataclass(frozen=True, slots=True)
class Links:
    """The conversations that point at one record."""

    confirmations: Sequence[Record] = ()  # conversations with confirms -> this
    replies: Sequence[Record] = ()  # conversations with replies_to -> this
    summaries: Sequence[Record] = ()  # conversations with summarizes -> this


class State(StrEnum):
    NOT_APPLICABLE = "n/a"
    PENDING = "pending"
    OVERDUE = "overdue"
    DONE = "done"


def _age_hours(since: datetime, now: datetime) -> float:
    return (now - since).total_seconds() / 3600.0


def _pending_or_overdue(since: datetime, now: datetime, hours: float) -> State:
    return State.OVERDUE if _age_hours(since, now) > hours else State.PENDING


def confirmation_state(
    rec: Record, links: Links, now: datetime, limits: Thresholds = DEFAULT_LIMITS
) -> State:
    """Rule 3: every outgoing e-mail waits for a confirmation through another channel.

    It is confirmed by a conversation recorded as confirming it, or by the client's own
    e-mail reply to it.
    """
    if rec.channel != EMAIL or rec.direction != OUT:
        return State.NOT_APPLICABLE
    if links.confirmations or any(r.direction == IN and r.channel == EMAIL for r in links.replies):
        return State.DONE
    if "unconfirmed_email" in rec.dismissed:
        return State.DONE
    return _pending_or_overdue(rec.occurred_at, now, limits.confirm_overdue_hours)


def summary_state(
    rec: Record,
    links: Links,
    now: datetime,
    catalogue: Catalogue,
    limits: Thresholds = DEFAULT_LIMITS,
) -> State:
    """Rule 2: an agreement reached by voice, video or in person needs a summary e-mail."""
    if not catalogue.get(rec.channel).spoken or not rec.agreements.strip():
        return State.NOT_APPLICABLE
    if any(s.channel == EMAIL and s.direction == OUT for s in links.summaries):
        return State.DONE
    if "needs_summary" in rec.dismissed:
        return State.DONE
    return _pending_or_overdue(rec.occurred_at, now, limits.summary_overdue_hours)


def reply_state(
    rec: Record,
    later_outgoing: Iterable[Record],
    now: datetime,
    catalogue: Catalogue,
    response_hours: float | None = None,
    limits: Thresholds = DEFAULT_LIMITS,
) -> State:
    """Rule 4: an incoming written message waits for our answer, against the client's time.

    Any outgoing conversation with the same client at or after the message answers it,
    whether or not it was linked as a reply.
    """
    if rec.direction != IN or not catalogue.get(rec.channel).written or rec.is_confirmation:
        return State.NOT_APPLICABLE
    if any(o.direction == OUT and o.occurred_at >= rec.occurred_at for o in later_outgoing):
        return State.DONE
    if "awaiting_reply" in rec.dismissed:
        return State.DONE
    hours = response_hours if response_hours else limits.response_hours
    return _pending_or_overdue(rec.occurred_at, now, hours)


def follow_up_state(rec: Record, now: datetime) -> State:
    """A follow-up date set on a conversation is due once it has come and is not done."""
    if rec.follow_up_due is None:
        return State.NOT_APPLICABLE
    if rec.follow_up_done or "follow_up" in rec.dismissed:
        return State.DONE
    return State.OVERDUE if rec.follow_up_due <= now else State.PENDING


def losing_touch(
    last_contact: datetime | None, keep_in_touch_days: int | None, now: datetime
) -> bool:
    """Rule 8: a client with a rhythm of N days is slipping when nothing was logged for N days."""
    if not keep_in_touch_days or keep_in_touch_days <= 0:
        return False
    if last_contact is None:
        return True
    return now - last_contact > timedelta(days=keep_in_touch_days)


class Step(StrEnum):
    """What to do next with an item, for the queues' next_step column."""

    CONFIRM = "confirm"
    WRITE_SUMMARY = "write_summary"
    REPLY = "reply"
    FOLLOW_UP = "follow_up"
    GET_IN_TOUCH = "get_in_touch"
    DUPLICATE_IN_MESSENGER = "duplicate_in_messenger"
    CALL = "call"


class NextStep(NamedTuple):
    """What to do next with an item. A named tuple: every row of every queue makes one, and
    a frozen data class takes three times as long to build."""

    step: Step
    channel: str = ""
    handle: str = ""

    def describe(self, catalogue: Catalogue) -> str:
        """English text for the command line; the window translates the step itself."""
        name = catalogue.get(self.channel).name if self.channel else ""
        via = f" by {name}" if name else ""
        at = f" ({self.handle})" if self.handle else ""
        return {
            Step.CONFIRM: f"Ask for confirmation{via}{at}",
            Step.WRITE_SUMMARY: "Write the summary e-mail",
            Step.REPLY: f"Reply{via}",
            Step.FOLLOW_UP: f"Follow up{via}",
            Step.GET_IN_TOUCH: f"Get in touch{via}{at}",
            Step.DUPLICATE_IN_MESSENGER: f"Urgent: duplicate it{via}{at}",
            Step.CALL: f"Urgent: call{at}",
        }[self.step]


def preferred(
    channels: Sequence[tuple[str, str]], catalogue: Catalogue, predicate
) -> tuple[str, str] | None:
    """The client's first (channel, handle) in rank order that satisfies predicate."""
    for key, handle in channels:
        if predicate(catalogue.get(key)):
            return key, handle
    return None


def next_escalation_step(
    rec: Record,
    contacts_since: Iterable[Record],
    client_channels: Sequence[tuple[str, str]],
    now: datetime,
    catalogue: Catalogue,
    limits: Thresholds = DEFAULT_LIMITS,
) -> NextStep | None:
    """Rule 5: an urgent matter goes e-mail → the client's messenger → a call.

    Returns the step that is due now, or None when the matter is not urgent or the next
    step is not due yet. ``contacts_since`` are our outgoing contacts after the item.
    """
    if not rec.urgent:
        return None
    ours = sorted(
        (c for c in contacts_since if c.direction == OUT and c.occurred_at >= rec.occurred_at),
        key=lambda c: c.occurred_at,
    )
    messaged = [c for c in ours if catalogue.get(c.channel).messenger or c.channel == "sms"]
    called = [c for c in ours if catalogue.get(c.channel).kind.value == "voice"]
    if called:
        return None
    last = messaged[-1].occurred_at if messaged else rec.occurred_at
    if _age_hours(last, now) < limits.escalate_after_hours:
        return None
    if not messaged and rec.channel == EMAIL:
        pick = preferred(client_channels, catalogue, lambda c: c.messenger) or preferred(
            client_channels, catalogue, lambda c: c.key == "sms"
        )
        if pick:
            return NextStep(Step.DUPLICATE_IN_MESSENGER, *pick)
    pick = preferred(client_channels, catalogue, lambda c: c.kind.value == "voice")
    return NextStep(Step.CALL, *pick) if pick else None


def confirmation_channel(
    client_channels: Sequence[tuple[str, str]], catalogue: Catalogue
) -> tuple[str, str] | None:
    """Where to ask "did you get my letter?": the client's first channel that is not e-mail,
    preferring one with read receipts."""
    return preferred(
        client_channels, catalogue, lambda c: c.key != EMAIL and c.read_receipt
    ) or preferred(client_channels, catalogue, lambda c: c.key != EMAIL)
