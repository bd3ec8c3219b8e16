"""The person's working day: the start "tomorrow morning" and "next week" snooze to, and
what the settings accept."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from contacttracker.domain.working_hours import WorkingHours, parse_days

KYIV = ZoneInfo("Europe/Kyiv")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of December 2026 in Kyiv (the 1st is a Tuesday)."""
    return datetime(2026, 12, day, hour, minute, tzinfo=KYIV)


def test_days_are_read_as_ranges_and_lists():
    assert parse_days("1-5") == {1, 2, 3, 4, 5}
    assert parse_days("1,2, 3,4,6") == {1, 2, 3, 4, 6}
    assert parse_days("6-7,1") == {6, 7, 1}
    for wrong in ("", "0", "8", "mon-fri", "1-", "1;2"):
        with pytest.raises(ValueError, match="weekday numbers"):
            parse_days(wrong)


def test_tomorrow_morning_is_the_next_working_days_start():
    hours = WorkingHours.parse("08:30-17:00")
    assert hours.next_morning(at(1, 22)) == at(2, 8, 30)  # Tuesday night → Wednesday
    assert hours.next_morning(at(2, 7)) == at(3, 8, 30), "tomorrow, even before today's start"
    assert hours.next_morning(at(4, 16)) == at(7, 8, 30), "Friday → Monday"
    six_days = WorkingHours.parse("10:00-14:00", "1-6")
    assert six_days.next_morning(at(4, 16)) == at(5, 10)  # Friday → Saturday


def test_next_week_is_the_first_working_day_of_next_week():
    hours = WorkingHours()
    assert hours.next_week(at(1, 12)) == at(7, 9)  # Tuesday → Monday
    assert hours.next_week(at(7, 8)) == at(14, 9), "on a Monday: the Monday after"
    assert WorkingHours.parse("09:00-18:00", "2-6").next_week(at(6, 12)) == at(8, 9)


def test_inside_the_working_hours_and_a_night_shift():
    hours = WorkingHours()
    assert hours.is_working(at(1, 9)) and not hours.is_working(at(1, 18))
    assert not hours.is_working(at(5, 12)), "Saturday"
    night = WorkingHours.parse("22:00-06:00", "1-5")
    assert night.is_working(at(4, 23)) and night.is_working(at(5, 5)), "Friday's shift"
    assert not night.is_working(at(6, 5)), "Saturday's night follows no working day"


def test_settings_that_do_not_parse_fall_back_to_the_defaults():
    assert WorkingHours.from_settings("25:00-26:00", "mon") == WorkingHours()
    assert WorkingHours.from_settings("07:00-15:00", "1-4").start == time(7, 0)
