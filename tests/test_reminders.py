"""Reminders: thresholds crossed under a controlled clock, once per person and moment, quiet
when asked; and `remind` run as a user runs it."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from contacttracker.domain.rules import Reminder
from contacttracker.store import person_settings, reminders
from contacttracker.store import setting_keys as keys
from contacttracker.store.timeutil import now_utc

pytestmark = pytest.mark.backends

T = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)  # a Wednesday, 11:00 in Kyiv
KYIV = ZoneInfo("Europe/Kyiv")


def said(look) -> list[tuple[str, str, str]]:
    return [(d.reminder.value, d.item.queue, d.item.client) for d in look.due]


def take(at: datetime, person: str = "Марія", **kw):
    return reminders.take(at, person=person, local=at.astimezone(KYIV), **kw)


def test_a_reply_is_warned_of_before_its_deadline_and_told_when_it_passes(client_factory, log):
    olena = client_factory(response_hours=3.0)
    log(olena, "telegram", "in", T, subject="Коли буде макет?")
    assert said(take(T + timedelta(hours=2))) == []
    soon = take(T + timedelta(hours=2, minutes=30))
    assert said(soon) == [("soon", "awaiting_reply", "Олена Коваленко")]
    assert soon.due[0].item.overdue_at == T + timedelta(hours=3)
    assert said(take(T + timedelta(hours=2, minutes=59))) == [], "once, never repeated"
    assert said(take(T + timedelta(hours=3, seconds=1))) == [
        ("overdue", "awaiting_reply", "Олена Коваленко")
    ]
    assert said(take(T + timedelta(hours=5))) == []
    assert said(take(T + timedelta(days=3))) == []


def test_the_lead_time_is_the_persons_setting(client_factory, log):
    olena = client_factory(response_hours=3.0)
    log(olena, "telegram", "in", T)
    person_settings.update({keys.REMINDER_LEAD_MINUTES: 60})
    assert said(take(T + timedelta(hours=1, minutes=59))) == []
    assert [d.reminder for d in take(T + timedelta(hours=2)).due] == [Reminder.SOON]


def test_the_next_moment_is_known_to_wake_up_for(client_factory, log):
    olena = client_factory(response_hours=3.0)
    log(olena, "telegram", "in", T)
    look = take(T + timedelta(hours=1))
    assert look.next_moment == T + timedelta(hours=2, minutes=30)
    look = take(T + timedelta(hours=2, minutes=45))
    assert look.next_moment == T + timedelta(hours=3)


def test_first_look_says_everything_overdue_now_but_only_the_latest_of_each(client_factory, log):
    olena = client_factory(response_hours=3.0)
    emily = client_factory(name="Emily Carter", channels=[("email", "emily@example.com")])
    log(olena, "viber", "in", T - timedelta(days=2), subject="Рахунок")
    log(emily, "email", "out", T - timedelta(days=2), subject="Invoice")
    log(emily, "phone", "out", T - timedelta(hours=1), follow_up_due=T - timedelta(days=2))
    first = take(T)
    assert sorted(said(first)) == [
        ("overdue", "awaiting_reply", "Олена Коваленко"),
        ("overdue", "follow_up", "Emily Carter"),
        ("overdue", "unconfirmed_email", "Emily Carter"),
    ], "an item found overdue is not also told it is due soon"
    assert said(take(T + timedelta(minutes=1))) == []


def test_a_follow_up_reminds_on_its_day_and_a_day_later(client_factory, log):
    emily = client_factory(name="Emily Carter", channels=[("phone", "+44 20 7946 0958")])
    due = T + timedelta(hours=4)
    log(emily, "phone", "out", T, follow_up_due=due)
    assert said(take(due - timedelta(minutes=1))) == []
    assert said(take(due)) == [("due", "follow_up", "Emily Carter")]
    assert said(take(due + timedelta(hours=23))) == []
    assert said(take(due + timedelta(hours=24))) == [("overdue", "follow_up", "Emily Carter")]


def test_colleagues_on_one_database_each_get_their_own(client_factory, log):
    olena = client_factory(response_hours=3.0)
    log(olena, "telegram", "in", T)
    at = T + timedelta(hours=4)
    assert len(take(at, person="Марія").due) == 1
    assert take(at, person="Марія").due == []
    assert len(take(at, person="Андрій").due) == 1, "another person's reminders are theirs"


def test_an_answered_message_is_not_reminded(client_factory, log):
    olena = client_factory(response_hours=3.0)
    log(olena, "telegram", "in", T)
    log(olena, "telegram", "out", T + timedelta(hours=1))
    assert take(T + timedelta(hours=5)).due == []


def test_quiet_outside_working_hours_then_one_summary_at_their_start(client_factory, log):
    olena = client_factory(response_hours=3.0)
    emily = client_factory(name="Emily Carter", channels=[("email", "emily@example.com")])
    evening = datetime(2026, 11, 18, 17, 0, tzinfo=UTC)  # 19:00 in Kyiv, after the 09-18 day
    log(olena, "telegram", "in", evening)
    log(emily, "email", "in", evening + timedelta(minutes=10))
    night = take(evening + timedelta(hours=5))
    assert night.due == []
    assert night.quiet_until == datetime(2026, 11, 19, 9, 0, tzinfo=KYIV)
    morning = datetime(2026, 11, 19, 7, 0, tzinfo=UTC)  # 09:00 in Kyiv
    assert sorted(said(take(morning))) == [
        ("overdue", "awaiting_reply", "Emily Carter"),
        ("overdue", "awaiting_reply", "Олена Коваленко"),
    ]
    assert take(morning + timedelta(minutes=1)).due == []


def test_a_weekend_waits_for_monday_morning(client_factory, log):
    person_settings.update({keys.WORKING_HOURS: "08:30-17:00", keys.WORKING_DAYS: "1-5"})
    olena = client_factory(response_hours=3.0)
    friday = datetime(2026, 11, 20, 13, 0, tzinfo=UTC)  # 15:00 in Kyiv
    log(olena, "telegram", "in", friday)
    assert take(friday + timedelta(days=1)).quiet_until == datetime(
        2026, 11, 23, 8, 30, tzinfo=KYIV
    )
    monday = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)
    assert said(take(monday)) == [("overdue", "awaiting_reply", "Олена Коваленко")]


def test_paused_for_an_hour_then_what_waited_comes(client_factory, log):
    olena = client_factory(response_hours=3.0)
    log(olena, "telegram", "in", T)
    at = T + timedelta(hours=4)
    reminders.pause(at + timedelta(hours=1))
    assert take(at).due == []
    assert take(at).quiet_until == at + timedelta(hours=1)
    assert said(take(at + timedelta(hours=1))) == [("overdue", "awaiting_reply", "Олена Коваленко")]


def test_reminders_turned_off_take_nothing_but_remind_without_quiet_does(client_factory, log):
    olena = client_factory(response_hours=3.0)
    log(olena, "telegram", "in", T)
    person_settings.update({keys.REMINDERS: False})
    assert take(T + timedelta(hours=4)).due == []
    assert len(take(T + timedelta(hours=4), quiet=False).due) == 1


def test_snoozed_for_an_hour_it_reminds_again_when_it_comes_back(client_factory, log):
    from contacttracker.store import snooze

    start = now_utc() - timedelta(hours=4)  # a snooze must end in the real future
    olena = client_factory(response_hours=3.0)
    message = log(olena, "telegram", "in", start)
    now = start + timedelta(hours=4)
    # The real clock's hour may be outside the working day: this is about snoozing alone.
    assert len(take(now, quiet=False).due) == 1
    snooze.snooze_conversation(message.id, now + timedelta(hours=1))
    assert take(now + timedelta(minutes=30), quiet=False).due == [], "a snoozed item is in no queue"
    again = take(now + timedelta(hours=1), quiet=False)
    assert said(again) == [("overdue", "awaiting_reply", "Олена Коваленко")]
    assert take(now + timedelta(hours=1, minutes=1), quiet=False).due == []


def test_two_programs_taking_at_once_send_each_reminder_once(client_factory, log):
    from contacttracker.domain import reminders as decide

    olena = client_factory(response_hours=3.0)
    log(olena, "telegram", "in", T)
    at = T + timedelta(hours=4)
    items = reminders.waiting(at)
    found = decide.due(items, reminders.sent("Марія"), at, timedelta(minutes=30))
    # Both read "not sent yet"; the first claim wins, the second finds it taken.
    assert len(reminders.claim("Марія", found, at)) == 1
    assert reminders.claim("Марія", found, at) == []


def test_losing_touch_reminds_once_per_slip(client_factory, log):
    emily = client_factory(
        name="Emily Carter", channels=[("email", "emily@example.com")], keep_in_touch_days=7
    )
    log(emily, "email", "in", T - timedelta(days=10))
    log(emily, "phone", "out", T - timedelta(days=9))
    assert said(take(T)) == [("overdue", "losing_touch", "Emily Carter")]
    assert take(T + timedelta(hours=1)).due == []
    log(emily, "phone", "out", T + timedelta(hours=2))
    assert take(T + timedelta(days=7)).due == []
    slipped = T + timedelta(days=7, hours=2, minutes=1)
    assert said(take(slipped)) == [("overdue", "losing_touch", "Emily Carter")], "a new slip"


# -- the command, as a timer runs it -----------------------------------------------------
def test_remind_run_twice_reports_nothing_new_the_second_time(db_path):
    from tests.test_cli import run

    client = run(
        "client",
        "add",
        "Олена Коваленко",
        "--channel",
        "viber=+380671234567",
        "--response-hours",
        "3",
        db=db_path,
    ).stdout.strip()
    run("log", client, "--channel", "viber", "--in", "--at=-4h", "--subject", "Макет?", db=db_path)
    first = run("remind", "--format", "csv", db=db_path)
    rows = list(csv.DictReader(io.StringIO(first.stdout)))
    assert [(r["reminder"], r["queue"], r["client"], r["subject"]) for r in rows] == [
        ("overdue", "awaiting_reply", "Олена Коваленко", "Макет?")
    ]
    assert list(rows[0]) == [
        "reminder",
        "queue",
        "conversation",
        "client",
        "channel",
        "due_at",
        "subject",
    ]
    assert len(rows[0]["conversation"]) == 36
    second = run("remind", db=db_path)
    assert second.returncode == 0
    assert second.stdout.strip() == "Nothing new since the last reminder."
    assert run("remind", "--format", "csv", db=db_path).stdout.strip() == (
        "reminder,queue,conversation,client,channel,due_at,subject"
    )


def test_remind_on_no_database_says_so(tmp_path):
    from tests.test_cli import run

    proc = run("remind", db=tmp_path / "none.db", check=False)
    assert proc.returncode == 1 and "no database" in proc.stderr
    assert not (tmp_path / "none.db").exists()


def test_the_record_keeps_only_what_still_waits(client_factory, log):
    from contacttracker.store.database import db

    olena = client_factory(response_hours=1.0)
    log(olena, "telegram", "in", T)
    at = T + timedelta(hours=4)
    assert len(take(at).due) == 1
    count = "SELECT count(*) FROM reminder_sent WHERE person = 'Марія'"
    assert db.execute_sql(count).fetchone()[0] == 1
    log(olena, "telegram", "out", at + timedelta(minutes=5))
    assert take(at + timedelta(minutes=6)).due == []
    assert db.execute_sql(count).fetchone()[0] == 0, "answered: nothing left to remember"
    log(olena, "telegram", "in", at + timedelta(minutes=10))
    assert said(take(at + timedelta(hours=1, minutes=15))) == [
        ("overdue", "awaiting_reply", "Олена Коваленко")
    ], "a new message is reminded of as ever"
