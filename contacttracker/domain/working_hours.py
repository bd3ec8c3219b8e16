"""The person's working day: when it starts and ends, and on which weekdays.

Snoozing "until tomorrow morning" means the start of the next working day, and anything
that should not disturb the person outside their hours asks here. Pure: the caller gives
local times (aware, in the person's zone); the texts come from the person's settings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from contacttracker.domain.clock import parse_hours
from contacttracker.domain.words import QT_TRANSLATE_NOOP

#: The settings' defaults: nine to six, Monday to Friday.
DEFAULT_HOURS = "09:00-18:00"
DEFAULT_DAYS = "1-5"

_DAYS_RE = re.compile(r"^\s*[1-7](\s*-\s*[1-7])?(\s*,\s*[1-7](\s*-\s*[1-7])?)*\s*$")


def parse_days(text: str) -> frozenset[int]:
    """ "1-5" or "1,2,3,4,6" (ISO weekdays, Monday 1) → the set of working weekdays."""
    if not _DAYS_RE.match(text):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "WorkingHours",
                "working days {text!r} should be weekday numbers like 1-5 or 1,2,3,4,6 "
                "(Monday is 1)",
            ).format(text=text)
        )
    days: set[int] = set()
    for part in text.replace(" ", "").split(","):
        first, _, last = part.partition("-")
        low, high = int(first), int(last or first)
        if low > high:
            low, high = high, low
        days.update(range(low, high + 1))
    return frozenset(days)


@dataclass(frozen=True, slots=True)
class WorkingHours:
    start: time = time(9, 0)
    end: time = time(18, 0)
    days: frozenset[int] = frozenset(range(1, 6))

    @classmethod
    def parse(cls, hours: str, days: str = DEFAULT_DAYS) -> WorkingHours:
        """From the settings' texts; ValueError with the words to show when one is wrong."""
        start, end = parse_hours(hours)
        return cls(start, end, parse_days(days))

    @classmethod
    def from_settings(cls, hours: object, days: object) -> WorkingHours:
        """The person's, falling back to the defaults for a value that does not parse (a
        hand-edited settings file must not stop the window)."""
        default = cls()
        try:
            start, end = parse_hours(str(hours))
        except ValueError:
            start, end = default.start, default.end
        try:
            working = parse_days(str(days))
        except ValueError:
            working = default.days
        return cls(start, end, working)

    def is_working_day(self, local: datetime) -> bool:
        return local.isoweekday() in self.days

    def is_working(self, local: datetime) -> bool:
        """Whether `local` falls inside the working hours of a working day (a range past
        midnight belongs to the day it starts on)."""
        now = local.time().replace(tzinfo=None)
        if self.start <= self.end:
            return self.is_working_day(local) and self.start <= now < self.end
        if now >= self.start:
            return self.is_working_day(local)
        return now < self.end and self.is_working_day(local - timedelta(days=1))

    def day_start(self, local: datetime, days_ahead: int = 0) -> datetime:
        """The start of the working day `days_ahead` days after `local`'s date, in its zone."""
        day = local.date() + timedelta(days=days_ahead)
        return datetime.combine(day, self.start).replace(tzinfo=local.tzinfo)

    def next_morning(self, local: datetime) -> datetime:
        """ "Tomorrow morning": the start of the next working day after today."""
        for ahead in range(1, 8):
            moment = self.day_start(local, ahead)
            if self.is_working_day(moment):
                return moment
        return self.day_start(local, 1)  # no working days set: simply tomorrow

    def next_week(self, local: datetime) -> datetime:
        """ "Next week": the start of the first working day of next week (Monday on a
        Monday-to-Friday week)."""
        monday = 8 - local.isoweekday()
        for ahead in range(monday, monday + 7):
            moment = self.day_start(local, ahead)
            if self.is_working_day(moment):
                return moment
        return self.day_start(local, monday)
