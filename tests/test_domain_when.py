"""WHEN as a person types it, read against a fixed clock in their zone."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from contacttracker.domain.when import parse_when

KYIV = ZoneInfo("Europe/Kyiv")
NOW = datetime(2026, 11, 20, 14, 30, tzinfo=KYIV)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("now", NOW),
        ("+2h", NOW + timedelta(hours=2)),
        ("+3d", NOW + timedelta(days=3)),
        ("+45m", NOW + timedelta(minutes=45)),
        ("+1w", NOW + timedelta(weeks=1)),
        ("-30m", NOW - timedelta(minutes=30)),
        ("2h ago", NOW - timedelta(hours=2)),
        ("today 15:00", datetime(2026, 11, 20, 15, 0, tzinfo=KYIV)),
        ("Today  9:05", datetime(2026, 11, 20, 9, 5, tzinfo=KYIV)),
        ("tomorrow", datetime(2026, 11, 21, 9, 0, tzinfo=KYIV)),
        ("tomorrow 18:30", datetime(2026, 11, 21, 18, 30, tzinfo=KYIV)),
        ("yesterday 23:59", datetime(2026, 11, 19, 23, 59, tzinfo=KYIV)),
        ("16:00", datetime(2026, 11, 20, 16, 0, tzinfo=KYIV)),
        ("2026-12-24", datetime(2026, 12, 24, 9, 0, tzinfo=KYIV)),
        ("2026-12-24 17:45", datetime(2026, 12, 24, 17, 45, tzinfo=KYIV)),
        ("2026-12-24T17:45:10", datetime(2026, 12, 24, 17, 45, 10, tzinfo=KYIV)),
        ("2026-12-24T17:45:00Z", datetime(2026, 12, 24, 17, 45, tzinfo=UTC)),
        ("2026-12-24 17:45+01:00", datetime(2026, 12, 24, 16, 45, tzinfo=UTC)),
    ],
)
def test_forms(text, expected):
    assert parse_when(text, NOW) == expected


def test_a_day_across_summer_time_keeps_the_wall_clock():
    before = datetime(2026, 3, 28, 12, 0, tzinfo=KYIV)  # the clocks go forward on the 29th
    moment = parse_when("tomorrow 15:00", before)
    assert moment.astimezone(UTC) == datetime(2026, 3, 29, 12, 0, tzinfo=UTC)


def test_the_morning_is_the_callers():
    from datetime import time

    assert parse_when("tomorrow", NOW, morning=time(8, 0)).hour == 8


@pytest.mark.parametrize(
    "text", ["", "soon", "today 25:00", "tomorrow 9", "2026-13-01", "+2x", "+99999999d", "12:60"]
)
def test_refusals_say_what_is_accepted(text):
    with pytest.raises(ValueError, match="is not a time: use"):
        parse_when(text, NOW)


def test_now_must_know_its_zone():
    with pytest.raises(ValueError):
        parse_when("now", datetime(2026, 11, 20, 12, 0))
