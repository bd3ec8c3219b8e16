"""UTC at the storage boundary: aware datetimes in the code, naive UTC seconds on disk."""

from __future__ import annotations

from datetime import UTC, datetime

from contacttracker.domain import clock

DB_FORMAT = "%Y-%m-%d %H:%M:%S"


def to_db(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given where a zone-aware time is needed")
    return value.astimezone(UTC).replace(tzinfo=None, microsecond=0)


def to_db_text(value: datetime) -> str:
    """The stored text form, for raw SQL writes and comparisons."""
    stored = to_db(value)
    assert stored is not None
    return db_text(stored)


def db_text(value: datetime) -> str:
    """A naive UTC time (or an aware one, taken to UTC) as stored text, its year always of
    four digits: strftime writes year 1 as "1-01-01", which no reading takes back."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0).isoformat(" ")


def from_db(value: datetime | str | None) -> datetime | None:
    if isinstance(value, str):
        if len(value) in (19, 26):  # stored UTC without an offset, as every write leaves it
            # Parsed with its offset in one call: five times quicker than setting tzinfo
            # afterwards, and every row of every list goes through here (a plain try, not
            # contextlib.suppress: that one costs as much as the parsing).
            try:
                return datetime.fromisoformat(value + "+00:00")
            except ValueError:
                pass
        if not value:
            return None
        value = datetime.fromisoformat(_four_digit_year(value))
    elif value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def now_utc() -> datetime:
    """Now, to the second (as stored), from the installed clock (domain.clock)."""
    return clock.now().replace(microsecond=0)


def _four_digit_year(text: str) -> str:
    """Stored text with its year made four digits: earlier versions wrote year 1 as
    "1-01-01 00:30:00"."""
    year, dash, rest = text.partition("-")
    return year.zfill(4) + dash + rest if dash and year.isdigit() and len(year) < 4 else text
