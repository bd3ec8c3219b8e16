"""WHEN on the command line: a moment as a person types it, read in their own time zone.

Pure parsing: the caller gives "now" (an aware time in the person's zone) and gets an aware
time back, so the rule is tested with a fixed clock and no database.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo

from contacttracker.domain.words import QT_TRANSLATE_NOOP

#: The time a bare day means ("tomorrow", "2026-11-21"): the start of a working day.
MORNING = time(9, 0)

_OFFSET_RE = re.compile(r"^([+-])\s*(\d{1,5})\s*(m|min|h|d|w)$")
_AGO_RE = re.compile(r"^(\d{1,5})\s*(m|min|h|d|w) ago$")
_UNITS = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_CLOCK_RE = re.compile(r"^(\d{1,2}):(\d{2})$")
_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1}


def parse_when(text: str, now: datetime, morning: time = MORNING) -> datetime:
    """ "2026-11-21 15:00", "2026-11-21", "today 15:00", "tomorrow", "15:00", "+2h", "+3d",
    "-30m", "now" → an aware time. Times without an offset are in now's zone; a bare day
    means ``morning`` of it. Raises ValueError with the words to show."""
    if now.tzinfo is None:
        raise ValueError("now must carry its time zone")
    zone = now.tzinfo
    words = " ".join(text.strip().lower().split())
    if not words:
        raise ValueError(_problem(text))
    if words == "now":
        return now
    offset = _OFFSET_RE.match(words)
    ago = _AGO_RE.match(words)
    if offset or ago:
        sign, amount, unit = offset.groups() if offset else ("-", *ago.groups())
        try:
            step = timedelta(**{_UNITS[unit]: int(amount)})
            return now + step if sign == "+" else now - step
        except OverflowError:
            raise ValueError(_problem(text)) from None
    day_word, _, rest = words.partition(" ")
    if day_word in _DAYS:
        day = now.date() + timedelta(days=_DAYS[day_word])
        clock = _clock(rest, text) if rest else morning
        return _at(day, clock, zone)
    if _CLOCK_RE.match(words):
        return _at(now.date(), _clock(words, text), zone)
    try:
        if len(words) == 10:
            return _at(date.fromisoformat(words), morning, zone)
        moment = datetime.fromisoformat(words.replace(" ", "T", 1).upper().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(_problem(text)) from None
    return moment if moment.tzinfo is not None else _at(moment.date(), moment.time(), zone)


def _clock(words: str, text: str) -> time:
    match = _CLOCK_RE.match(words)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(_problem(text))
    return time(int(match[1]), int(match[2]))


def _at(day: date, clock: time, zone: tzinfo) -> datetime:
    """The wall-clock time in the zone (fold 0: the first of a repeated autumn hour)."""
    return datetime.combine(day, clock).replace(tzinfo=zone)


def _problem(text: str) -> str:
    return QT_TRANSLATE_NOOP(
        "When",
        "{text!r} is not a time: use 2026-11-21 15:00, 2026-11-21, today 15:00, tomorrow, "
        "15:00, +2h, +3d, 2h ago or now",
    ).format(text=text)
