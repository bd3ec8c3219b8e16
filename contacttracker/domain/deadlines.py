"""An item's deadline and what is left, in words: "reply by 14:30 · 25 min left",
"overdue by 2 h", "follow up today".

The one place that picks the words for the window's queues and the command line's
`attention`. Pure: the store gives the time the item turns (or turned) overdue, by its
queue's limit (domain.rules); the caller gives now and the person's zone. The words come
back as a :class:`Deadline` — a phrase with `{time}` and `{span}` and the values to put in —
so the window fills them in its language and locale, and :func:`in_english` fills them for
the command line.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import NamedTuple

from contacttracker.domain import queues, rules
from contacttracker.domain.clock import age_in_words
from contacttracker.domain.words import QT_TRANSLATE_NOOP, Phrase

OVERDUE = QT_TRANSLATE_NOOP("Deadline", "overdue by {span}")

#: The shortest span said: "overdue by 1 min" the moment it turns, never "0 min".
_A_MINUTE = 1 / 60


class Deadline(NamedTuple):
    phrase: Phrase
    #: The moment `{time}` names (the deadline still ahead), else None.
    at: datetime | None
    #: Hours `{span}` says: what is left, or how long it has been overdue.
    span_hours: float
    #: Whether `at` falls on today's date where the person is (then the time alone is said).
    today: bool = True


def deadline(
    queue: str, due_at: datetime | None, overdue: bool, now: datetime, zone: tzinfo
) -> Deadline | None:
    """The words for an item of `queue` that turns overdue at `due_at`; `overdue` is the
    queue's own judgement (domain.rules), so the words never disagree with the mark."""
    if due_at is None:
        return None
    if overdue:
        return Deadline(OVERDUE, None, max(_A_MINUTE, _hours(now, due_at)))
    declared = queues.queue(queue)
    local_now, local_due = now.astimezone(zone), due_at.astimezone(zone)
    if declared.due_today is not None:
        came = due_at - timedelta(hours=declared.deadline(rules.DEFAULT_LIMITS))
        if came.astimezone(zone).date() == local_now.date():
            return Deadline(declared.due_today, None, 0.0)
    left = max(_A_MINUTE, _hours(due_at, now))
    return Deadline(declared.due_by, due_at, left, local_due.date() == local_now.date())


def _hours(later: datetime, earlier: datetime) -> float:
    return (later - earlier).total_seconds() / 3600.0


def in_english(words: Deadline, zone: tzinfo) -> str:
    """The words as the command line prints them (its times in the person's zone)."""
    when = ""
    if words.at is not None:
        local = words.at.astimezone(zone)
        when = local.strftime("%H:%M" if words.today else "%Y-%m-%d %H:%M")
    return words.phrase.replace("{time}", when).replace("{span}", age_in_words(words.span_hours))
