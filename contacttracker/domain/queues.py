"""The "Needs attention" queues, each declared once.

A declaration says everything the app needs of a queue: its key (the CSV contract's), the
words the window and the command line show, the rule that fills it and the stored state the
store reads it from, when an item is overdue, what to do next and which actions its items
offer. The store builds the queue's list and count queries from `stored`; the window, the
command line and the CSV take their words from here (marked for translation, translated by
the window). Adding a queue is adding one here, with its rule in :mod:`.rules`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, NamedTuple, Protocol

from contacttracker.domain import rules
from contacttracker.domain.words import QT_TRANSLATE_NOOP, Phrase


class Action(StrEnum):
    """What the user can do with an item; the window has a button for each."""

    CONFIRM = "confirm"  # record that the client got the e-mail
    WRITE_SUMMARY = "write_summary"  # write up what was agreed
    REPLY = "reply"  # log our answer, linked to the message
    FOLLOW_UP = "follow_up"  # log what was done, then close the item
    GET_IN_TOUCH = "get_in_touch"  # log a conversation with the client
    OPEN_CLIENT = "open_client"
    DONE = "done"  # close the item without recording anything


class Stored(NamedTuple):
    """The stored state a queue is read from, kept by the store as its rule says.

    Either conversations whose rule flag (a 0/1 column) is set, waiting since they happened;
    or rows whose time has come (`due`) and which are not closed (`done`), waiting since that
    time: conversations, or with `clients` the clients whose keep-in-touch rhythm ran out,
    waiting since their last contact.
    """

    flag: str = ""
    due: str = ""
    done: str = ""
    clients: bool = False
    #: What the clients' items wait since, oldest first: their last contact.
    since: str = ""


_DUE_BY = QT_TRANSLATE_NOOP("Deadline", "due by {time} · {span} left")


@dataclass(frozen=True, slots=True)
class Queue:
    key: str
    title: Phrase
    hint: Phrase
    empty: Phrase
    #: The rule in Python over one record (the store keeps `stored` by the same rule in SQL).
    rule: Callable[..., Any]
    stored: Stored
    overdue: rules.Overdue
    step: rules.Stepper
    #: The first is the default one (Enter, a double click).
    actions: tuple[Action, ...]
    #: How long an item may wait before it is overdue (the overdue rule's threshold).
    deadline: rules.Deadline = rules.touch_deadline
    #: The moments a reminder is sent for (see domain.reminders).
    reminders: tuple[rules.Reminder, ...] = (rules.Reminder.OVERDUE,)
    #: An urgent item's next step is the escalation's when one is due (rule 5).
    escalates: bool = False
    #: Its deadline while still ahead (domain.deadlines fills `{time}` and `{span}`).
    due_by: Phrase = _DUE_BY
    #: Said instead on the day the item came into the queue, if the queue says it so.
    due_today: Phrase | None = None


_OPEN_OR_CLOSE = (Action.OPEN_CLIENT, Action.DONE)

#: The queues in the order the app shows them.
ALL: tuple[Queue, ...] = (
    Queue(
        "unconfirmed_email",
        QT_TRANSLATE_NOOP("Queue", "E-mails awaiting confirmation"),
        QT_TRANSLATE_NOOP(
            "QueueHint",
            "E-mail has no read receipt: ask the client through another channel "
            "whether the letter arrived, then record the confirmation.",
        ),
        QT_TRANSLATE_NOOP("QueueEmpty", "Every e-mail has been confirmed."),
        rules.confirmation_state,
        Stored(flag="awaiting_confirmation"),
        rules.confirmation_overdue,
        rules.ask_for_confirmation,
        (Action.CONFIRM, *_OPEN_OR_CLOSE),
        deadline=rules.confirmation_deadline,
        escalates=True,
        due_by=QT_TRANSLATE_NOOP("Deadline", "confirm by {time} · {span} left"),
    ),
    Queue(
        "needs_summary",
        QT_TRANSLATE_NOOP("Queue", "Agreements without a summary"),
        QT_TRANSLATE_NOOP(
            "QueueHint",
            "What was agreed by voice, video or in person counts only once the client "
            "has approved it in writing: send the summary e-mail.",
        ),
        QT_TRANSLATE_NOOP("QueueEmpty", "Every spoken agreement has its summary e-mail."),
        rules.summary_state,
        Stored(flag="awaiting_summary"),
        rules.summary_overdue,
        rules.write_the_summary,
        (Action.WRITE_SUMMARY, *_OPEN_OR_CLOSE),
        deadline=rules.summary_deadline,
        due_by=QT_TRANSLATE_NOOP("Deadline", "summary by {time} · {span} left"),
    ),
    Queue(
        "awaiting_reply",
        QT_TRANSLATE_NOOP("Queue", "Messages awaiting our reply"),
        QT_TRANSLATE_NOOP(
            "QueueHint",
            "Incoming messages with no answer from us yet, against each client's response time.",
        ),
        QT_TRANSLATE_NOOP("QueueEmpty", "No one is waiting for an answer."),
        rules.reply_state,
        Stored(flag="awaiting_reply"),
        rules.reply_overdue,
        rules.reply_where_it_came,
        (Action.REPLY, *_OPEN_OR_CLOSE),
        deadline=rules.reply_deadline,
        reminders=(rules.Reminder.SOON, rules.Reminder.OVERDUE),
        due_by=QT_TRANSLATE_NOOP("Deadline", "reply by {time} · {span} left"),
    ),
    Queue(
        "follow_up",
        QT_TRANSLATE_NOOP("Queue", "Follow-ups due"),
        QT_TRANSLATE_NOOP("QueueHint", "Follow-up dates that have come."),
        QT_TRANSLATE_NOOP("QueueEmpty", "No follow-ups due."),
        rules.follow_up_state,
        Stored(due="follow_up_due", done="follow_up_done"),
        rules.follow_up_overdue,
        rules.follow_up_first_channel,
        (Action.FOLLOW_UP, *_OPEN_OR_CLOSE),
        deadline=rules.follow_up_deadline,
        reminders=(rules.Reminder.DUE, rules.Reminder.OVERDUE),
        due_by=QT_TRANSLATE_NOOP("Deadline", "follow up by {time} · {span} left"),
        due_today=QT_TRANSLATE_NOOP("Deadline", "follow up today"),
    ),
    Queue(
        "losing_touch",
        QT_TRANSLATE_NOOP("Queue", "Losing touch"),
        QT_TRANSLATE_NOOP(
            "QueueHint",
            "Clients with a keep-in-touch rhythm who have not heard from us for too long.",
        ),
        QT_TRANSLATE_NOOP("QueueEmpty", "You are in touch with everyone."),
        rules.losing_touch,
        Stored(due="touch_due_at", clients=True, since="last_contact_at"),
        rules.touch_overdue,
        rules.get_in_touch,
        (Action.GET_IN_TOUCH, Action.OPEN_CLIENT),
        deadline=rules.touch_deadline,
    ),
)

#: The queues' keys in order (the CSV contract's names).
QUEUES: tuple[str, ...] = tuple(q.key for q in ALL)
BY_KEY: dict[str, Queue] = {q.key: q for q in ALL}


def queue(key: str) -> Queue:
    """The declaration of a queue; a KeyError for a name that is none."""
    return BY_KEY[key]


class Waiting(Protocol):
    """What the day's order needs of an item: whether it is overdue, when it turns (or
    turned) overdue, and how long it has waited."""

    @property
    def overdue(self) -> bool: ...

    @property
    def due_at(self) -> datetime | None: ...

    @property
    def age_hours(self) -> float: ...


def urgency(item: Waiting) -> tuple[bool, bool, float, float]:
    """The Today page's order, one key for every queue: overdue before due; among the
    overdue the latest first, among the rest the soonest due (both: the earliest deadline);
    an item without a deadline after those, the longest waiting first."""
    due = item.due_at
    return (not item.overdue, due is None, due.timestamp() if due else 0.0, -item.age_hours)
