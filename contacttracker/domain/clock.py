"""What time it is, clients' local time and preferred hours, and ages said in words.

Every "now" of the app comes from :func:`now`: the system's clock, or a controlled one a
test installs with :func:`use` and moves by hand, so thresholds are crossed without
waiting on the wall clock.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from contacttracker.domain.words import QT_TRANSLATE_NOOP


class SystemClock:
    """The computer's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class ControlledClock:
    """A clock that stands still until moved (tests)."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("a controlled clock starts at a zone-aware time")
        self.moment = start.astimezone(UTC)

    def now(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> datetime:
        """Move on by timedelta(**delta) (minutes=7, hours=3); returns the new time."""
        self.moment += timedelta(**delta)
        return self.moment


_clock: SystemClock | ControlledClock = SystemClock()


def now() -> datetime:
    """Now, aware UTC, from the installed clock."""
    return _clock.now()


def use(clock: SystemClock | ControlledClock) -> SystemClock | ControlledClock:
    """Install a clock; returns the one it replaces (put it back afterwards)."""
    global _clock
    previous, _clock = _clock, clock
    return previous


_HOURS_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")


@cache
def _known_zones() -> frozenset[str]:
    """Read once: listing the zones walks the system's time-zone folders (a few
    milliseconds), and an import checks every client's zone."""
    return frozenset(available_timezones())


def valid_zone(name: str) -> bool:
    if not name or name not in _known_zones():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def parse_hours(text: str) -> tuple[time, time]:
    """'09:00-18:00' → (09:00, 18:00); a range may wrap past midnight (22:00-06:00)."""
    match = _HOURS_RE.match(text)
    if not match:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Clients", "preferred hours {text!r} should look like 09:00-18:00"
            ).format(text=text)
        )
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise ValueError(
            QT_TRANSLATE_NOOP("Clients", "preferred hours {text!r} are not times of day").format(
                text=text
            )
        )
    return time(h1, m1), time(h2, m2)


def local_time(now_utc: datetime, zone: str) -> datetime:
    """The client's wall-clock time; the given time unchanged when the zone is unknown."""
    if not valid_zone(zone):
        return now_utc
    return now_utc.astimezone(ZoneInfo(zone))


def within_hours(now_utc: datetime, zone: str, hours: str) -> bool | None:
    """Whether now is inside the client's preferred hours; None when they are not set."""
    if not hours:
        return None
    start, end = parse_hours(hours)
    now = local_time(now_utc, zone).time().replace(tzinfo=None)
    if start <= end:
        return start <= now < end
    return now >= start or now < end


def age_in_words(hours: float) -> str:
    """Short English age ("45 min", "5 h", "3 days") for the command line."""
    if hours < 1:
        return f"{max(0, round(hours * 60))} min"
    if hours < 48:
        return f"{round(hours)} h"
    return f"{round(hours / 24)} days"
