"""The working rules in Python: over one record, and over a batch of new rows.

This is the rules' one Python form. The store runs the same rules as set-based SQL over a
million rows (:mod:`contacttracker.store.flags`); bulk writes and the sample generator work
out the state of new rows with :func:`state_of_new_rows`; the tests check that all agree.
Whether an item is overdue is judged here alone (the ``*_overdue`` functions), for the
queues, the window and the command line. Times are timezone-aware UTC datetimes (a batch
takes any times that compare in order: the stored text does).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

from contacttracker.domain.channels import EMAIL, Catalogue
from contacttracker.domain.thresholds import Thresholds
from contacttracker.domain.words import QT_TRANSLATE_NOOP, Phrase

IN = "in"
OUT = "out"

DEFAULT_LIMITS = Thresholds()

#: A due follow-up is overdue once a full day has passed since the time it fell due.
FOLLOW_UP_GRACE_HOURS = 24.0


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
    #: Queues the user closed by hand ("Done") for this item, as stored: "awaiting_reply,...".
    dismissed: str = ""
    #: The record confirms receipt of an e-mail: a "yes, got it" needs no answer.
    is_confirmation: bool = False


@dataclass(frozen=True, slots=True)
class Links:
    """The conversations that point at one record."""

    confirmations: Sequence[Record] = ()  # conversations with confirms -> this
    replies: Sequence[Record] = ()  # conversations with replies_to -> this
    summaries: Sequence[Record] = ()  # conversations with summarizes -> this


class State(StrEnum):
    """Where one record stands with one rule: PENDING and OVERDUE are in the queue."""

    NOT_APPLICABLE = "n/a"
    SCHEDULED = "scheduled"  # a follow-up whose time has not come
    PENDING = "pending"
    OVERDUE = "overdue"
    DONE = "done"


def _age_hours(since: datetime, now: datetime) -> float:
    return (now - since).total_seconds() / 3600.0


def _waiting(overdue: bool) -> State:
    return State.OVERDUE if overdue else State.PENDING


# -- which records a rule applies to (the same tests for one record and for a batch) ------
def asks_confirmation(channel: str, direction: str) -> bool:
    """Rule 3 applies to every e-mail we send."""
    return channel == EMAIL and direction == OUT


def confirms_by_reply(channel: str, direction: str) -> bool:
    """The client's e-mail answer to our e-mail confirms it arrived."""
    return channel == EMAIL and direction == IN


def writes_up(channel: str, direction: str) -> bool:
    """Only an e-mail we send is a summary of a spoken agreement."""
    return channel == EMAIL and direction == OUT


def has_agreements(agreements: str) -> bool:
    """Agreements count when they are more than spaces (what SQL's trim() removes)."""
    return bool(agreements.strip(" "))


def _stored_mark(key: str) -> re.Pattern[str]:
    # As the stored state's SQL reads `lower(dismissed) LIKE '%key%'` on both backends: `_`
    # is any one character, and letters match in either case.
    return re.compile(".".join(map(re.escape, key.split("_"))), re.I | re.A | re.S)


_DISMISSED = {
    key: _stored_mark(key).search
    for key in ("unconfirmed_email", "needs_summary", "awaiting_reply")
}


def dismissed_from(dismissed: str, queue: str) -> bool:
    """Whether the user closed the item in this queue by hand ("Done")."""
    return bool(dismissed) and _DISMISSED[queue](dismissed) is not None


# -- when an item in a queue is overdue (the one place that decides it) -------------------
# Each queue's deadline is how long its item may wait (hours since it entered the queue);
# its overdue rule compares the item's age with it. The reminders read the same deadline
# to say when an item will be overdue.
def confirmation_deadline(limits: Thresholds, **_: Any) -> float:
    return limits.confirm_overdue_hours


def summary_deadline(limits: Thresholds, **_: Any) -> float:
    return limits.summary_overdue_hours


def reply_deadline(
    limits: Thresholds, *, urgent: bool = False, response_hours: float | None = None, **_: Any
) -> float:
    """The client's response time (the default one when their card says nothing); an urgent
    message may not wait at all."""
    return 0.0 if urgent else (response_hours or limits.response_hours)


def follow_up_deadline(limits: Thresholds, **_: Any) -> float:
    """A follow-up is due on its day and overdue once a full day has passed since then."""
    return FOLLOW_UP_GRACE_HOURS


def touch_deadline(limits: Thresholds, **_: Any) -> float:
    """A client is in the queue only once their rhythm has run out: overdue at once."""
    return 0.0


def confirmation_overdue(age_hours: float, limits: Thresholds, **_: Any) -> bool:
    return age_hours > confirmation_deadline(limits)


def summary_overdue(age_hours: float, limits: Thresholds, **_: Any) -> bool:
    return age_hours > summary_deadline(limits)


def reply_overdue(
    age_hours: float,
    limits: Thresholds,
    *,
    urgent: bool = False,
    response_hours: float | None = None,
    **_: Any,
) -> bool:
    """Past the client's response time; an urgent message is overdue as soon as it has
    waited at all."""
    return age_hours > reply_deadline(limits, urgent=urgent, response_hours=response_hours)


def follow_up_overdue(age_hours: float, limits: Thresholds, **_: Any) -> bool:
    """`age_hours` counts from the time the follow-up fell due."""
    return age_hours >= follow_up_deadline(limits)


def touch_overdue(age_hours: float, limits: Thresholds, **_: Any) -> bool:
    return True


#: How long an item may wait in its queue, in hours: called with the thresholds, and the
#: item's `urgent` and `response_hours` as keywords.
Deadline = Callable[..., float]


class Reminder(StrEnum):
    """The moments of an item a reminder is sent for (see domain.reminders)."""

    DUE = "due"  # it entered its queue (a follow-up's day has come)
    SOON = "soon"  # its deadline is near (the person's lead time before it)
    OVERDUE = "overdue"  # its deadline has passed


#: How a queue's overdue rule is called: age in its queue, the thresholds, and the item's
#: `urgent` and `response_hours` as keywords.
Overdue = Callable[..., bool]


def confirmation_state(
    rec: Record, links: Links, now: datetime, limits: Thresholds = DEFAULT_LIMITS
) -> State:
    """Rule 3: every outgoing e-mail waits for a confirmation through another channel.

    It is confirmed by a conversation recorded as confirming it, or by the client's own
    e-mail reply to it.
    """
    if not asks_confirmation(rec.channel, rec.direction):
        return State.NOT_APPLICABLE
    if links.confirmations or any(confirms_by_reply(r.channel, r.direction) for r in links.replies):
        return State.DONE
    if dismissed_from(rec.dismissed, "unconfirmed_email"):
        return State.DONE
    return _waiting(confirmation_overdue(_age_hours(rec.occurred_at, now), limits))


def summary_state(
    rec: Record,
    links: Links,
    now: datetime,
    catalogue: Catalogue,
    limits: Thresholds = DEFAULT_LIMITS,
) -> State:
    """Rule 2: an agreement reached by voice, video or in person needs a summary e-mail."""
    if not catalogue.get(rec.channel).spoken or not has_agreements(rec.agreements):
        return State.NOT_APPLICABLE
    if any(writes_up(s.channel, s.direction) for s in links.summaries):
        return State.DONE
    if dismissed_from(rec.dismissed, "needs_summary"):
        return State.DONE
    return _waiting(summary_overdue(_age_hours(rec.occurred_at, now), limits))


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
    if dismissed_from(rec.dismissed, "awaiting_reply"):
        return State.DONE
    age = _age_hours(rec.occurred_at, now)
    return _waiting(reply_overdue(age, limits, urgent=rec.urgent, response_hours=response_hours))


def follow_up_state(rec: Record, now: datetime, limits: Thresholds = DEFAULT_LIMITS) -> State:
    """A follow-up date set on a conversation is due once it has come and is not done; it is
    overdue a full day later (:func:`follow_up_overdue`)."""
    if rec.follow_up_due is None:
        return State.NOT_APPLICABLE
    if rec.follow_up_done:
        return State.DONE
    if rec.follow_up_due > now:
        return State.SCHEDULED
    return _waiting(follow_up_overdue(_age_hours(rec.follow_up_due, now), limits))


def losing_touch(
    last_contact: datetime | None,
    keep_in_touch_days: int | None,
    now: datetime,
    added_at: datetime | None = None,
) -> bool:
    """Rule 8: a client with a rhythm of N days is slipping when nothing was logged for N days.

    A client never contacted counts from the day they were added (`added_at`): a new client
    on a rhythm is not slipping the moment they are saved."""
    if not keep_in_touch_days or keep_in_touch_days <= 0:
        return False
    since = last_contact or added_at
    if since is None:
        return True
    return now - since > timedelta(days=keep_in_touch_days)


class Step(StrEnum):
    """What to do next with an item, for the queues' next_step column."""

    CONFIRM = "confirm"
    WRITE_SUMMARY = "write_summary"
    REPLY = "reply"
    FOLLOW_UP = "follow_up"
    GET_IN_TOUCH = "get_in_touch"
    DUPLICATE_IN_MESSENGER = "duplicate_in_messenger"
    CALL = "call"


#: A step's words: (with the channel's name as %1, without a channel). Marked for translation
#: here; the window translates them (with its own inflected channel names), the command line
#: and the CSV say them in English.
STEP_WORDS: dict[Step, tuple[Phrase | None, Phrase | None]] = {
    Step.CONFIRM: (
        QT_TRANSLATE_NOOP("Step", "Ask by %1"),
        QT_TRANSLATE_NOOP("Step", "Ask whether it arrived"),
    ),
    Step.WRITE_SUMMARY: (None, QT_TRANSLATE_NOOP("Step", "Write the summary e-mail")),
    Step.REPLY: (QT_TRANSLATE_NOOP("Step", "Reply by %1"), None),
    Step.FOLLOW_UP: (QT_TRANSLATE_NOOP("Step", "Follow up by %1"), None),
    Step.GET_IN_TOUCH: (
        QT_TRANSLATE_NOOP("Step", "Get in touch by %1"),
        QT_TRANSLATE_NOOP("Step", "Get in touch"),
    ),
    Step.DUPLICATE_IN_MESSENGER: (QT_TRANSLATE_NOOP("Step", "Urgent: duplicate by %1"), None),
    Step.CALL: (None, QT_TRANSLATE_NOOP("Step", "Urgent: call")),
}
#: The steps whose text also says where to reach the client (the command line, the CSV).
_WITH_HANDLE = {Step.CONFIRM, Step.GET_IN_TOUCH, Step.DUPLICATE_IN_MESSENGER, Step.CALL}


def step_words(step: Step, channel_name: str) -> str:
    """The step's phrase, with the channel's name where the phrase has one (untranslated:
    the caller translates the phrase first when it shows a language)."""
    by_channel, alone = STEP_WORDS[step]
    if by_channel and (channel_name or alone is None):
        return by_channel.replace("%1", channel_name)
    return alone or ""


class NextStep(NamedTuple):
    """What to do next with an item. A named tuple: every row of every queue makes one, and
    a frozen data class takes three times as long to build."""

    step: Step
    channel: str = ""
    handle: str = ""

    def describe(self, catalogue: Catalogue) -> str:
        """English text for the command line and the CSV; the window translates the step."""
        name = catalogue.get(self.channel).name if self.channel else ""
        text = step_words(self.step, name)
        return f"{text} ({self.handle})" if self.handle and self.step in _WITH_HANDLE else text


# -- what to do next with an item of each queue --------------------------------------------
#: How a queue picks an item's next step: from the item's channel, the client's channels in
#: rank order as (channel, handle), and the catalogue.
Stepper = Callable[[str, Sequence[tuple[str, str]], Catalogue], NextStep]


def ask_for_confirmation(
    channel: str, client_channels: Sequence[tuple[str, str]], catalogue: Catalogue
) -> NextStep:
    pick = confirmation_channel(client_channels, catalogue)
    return NextStep(Step.CONFIRM, *pick) if pick else NextStep(Step.CONFIRM)


def write_the_summary(
    channel: str, client_channels: Sequence[tuple[str, str]], catalogue: Catalogue
) -> NextStep:
    return NextStep(Step.WRITE_SUMMARY, EMAIL)


def reply_where_it_came(
    channel: str, client_channels: Sequence[tuple[str, str]], catalogue: Catalogue
) -> NextStep:
    return NextStep(Step.REPLY, channel)


def follow_up_first_channel(
    channel: str, client_channels: Sequence[tuple[str, str]], catalogue: Catalogue
) -> NextStep:
    first = client_channels[0] if client_channels else (channel, "")
    return NextStep(Step.FOLLOW_UP, *first)


def get_in_touch(
    channel: str, client_channels: Sequence[tuple[str, str]], catalogue: Catalogue
) -> NextStep:
    if client_channels:
        return NextStep(Step.GET_IN_TOUCH, *client_channels[0])
    return NextStep(Step.GET_IN_TOUCH)


def preferred(
    channels: Sequence[tuple[str, str]], catalogue: Catalogue, predicate
) -> tuple[str, str] | None:
    """The client's first (channel, handle) in rank order that satisfies predicate."""
    for key, handle in channels:
        if predicate(catalogue.get(key)):
            return key, handle
    return None


def _escalation(
    rec: Record, contacts_since: Iterable[Record], catalogue: Catalogue, limits: Thresholds
) -> tuple[datetime, bool] | None:
    """When the next escalation step falls due, and whether the client was messaged since;
    None when there is none (not urgent, or already called)."""
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
    return last + timedelta(hours=limits.escalate_after_hours), bool(messaged)


def escalation_due_at(
    rec: Record,
    contacts_since: Iterable[Record],
    catalogue: Catalogue,
    limits: Thresholds = DEFAULT_LIMITS,
) -> datetime | None:
    """When the urgent matter's next escalation step falls due (the window judges its next
    step again then); None when it has none."""
    found = _escalation(rec, contacts_since, catalogue, limits)
    return found[0] if found else None


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
    found = _escalation(rec, contacts_since, catalogue, limits)
    if found is None or now < found[0]:
        return None
    if not found[1] and rec.channel == EMAIL:
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


# -- the stored state of a batch of new rows ------------------------------------------------
#: What the rules read of one new row, in this order: its key (uuid), client, channel,
#: direction, time, agreements and dismissed text.
RowFields = Callable[[Any], tuple[str, Any, str, str, Any, str, str]]
#: A new row's links by its key: (confirms, summarizes, replies_to) as other rows' keys or ''.
NewLinks = Mapping[str, tuple[str, str, str]]
_NO_LINKS = ("", "", "")
#: (confirmed_at, awaiting_confirmation, awaiting_summary, answered_at, awaiting_reply).
NewState = tuple[Any, int, int, Any, int]


def state_of_new_rows(
    rows: Sequence[Any], links: NewLinks, catalogue: Catalogue, fields: RowFields
) -> list[NewState]:
    """The rule state of conversations about to be written, from these rows alone: exactly
    what the store's refresh SQL keeps when they are their clients' only rows.

    The rules of :func:`confirmation_state`, :func:`summary_state` and :func:`reply_state`,
    for a whole batch at once: a bulk write stores each row once with its state instead of
    writing it again in a second pass. `fields` reads what the rules need of a row in the
    shape the caller holds it (no copy into another shape, which a big import would feel).
    Times are compared as given: datetimes, or the stored text.
    """
    spoken, written = set(catalogue.spoken_keys()), set(catalogue.written_keys())
    confirmed: dict[str, Any] = {}
    summarized: set[str] = set()
    sent: dict[Any, list[Any]] = {}
    for key, client, channel, direction, at, _agreements, _dismissed in map(fields, rows):
        if direction == OUT:
            sent.setdefault(client, []).append(at)
        linked = links.get(key)
        if linked is None:
            continue
        confirms, summarizes, reply = linked
        for target in (confirms, reply if confirms_by_reply(channel, direction) else ""):
            if target and (target not in confirmed or at < confirmed[target]):
                confirmed[target] = at
        if summarizes and writes_up(channel, direction):
            summarized.add(summarizes)
    for times in sent.values():
        times.sort()
    state: list[NewState] = []
    for key, client, channel, direction, at, agreements, dismissed in map(fields, rows):
        confirmed_at = answered_at = None
        waiting_confirmation = waiting_summary = waiting_reply = 0
        if asks_confirmation(channel, direction):
            confirmed_at = confirmed.get(key)
            waiting_confirmation = int(
                confirmed_at is None and not dismissed_from(dismissed, "unconfirmed_email")
            )
        if (
            channel in spoken
            and has_agreements(agreements)
            and key not in summarized
            and not dismissed_from(dismissed, "needs_summary")
        ):
            waiting_summary = 1
        if direction == IN and channel in written and not links.get(key, _NO_LINKS)[0]:
            times = sent.get(client, ())
            at_or_after = bisect_left(times, at)
            if at_or_after < len(times):
                answered_at = times[at_or_after]
            elif not dismissed_from(dismissed, "awaiting_reply"):
                waiting_reply = 1
        state.append(
            (confirmed_at, waiting_confirmation, waiting_summary, answered_at, waiting_reply)
        )
    return state
