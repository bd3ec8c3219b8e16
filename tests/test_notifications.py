"""Reminders on a real desktop: a private session bus, dunst drawing on Xvfb, `dunstctl`
reading back what arrived and pressing its buttons as a user does."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from contacttracker.store import person_settings
from contacttracker.store import setting_keys as keys

#: A Wednesday morning in the future (a snooze must end after the real now).
BASE = datetime(2027, 1, 13, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def utc_here(monkeypatch):
    """The person's time zone is UTC, so the working day 09:00-18:00 is that of BASE."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(autouse=True)
def in_english(qapp):
    """English plurals ("4 clients"), whatever an earlier test left installed."""
    from contacttracker.ui import i18n

    i18n.install("en")


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def reminders_of(window, desktop):
    from contacttracker.ui.reminders import WindowReminders

    clock = Clock(BASE)
    made = WindowReminders(window, clock=clock, address=desktop.address)
    yield made, clock
    made.shut()


def olena_asks(db_path, at=BASE, subject="Коли буде макет?"):
    from contacttracker.store.clients import ClientInput, save_client
    from contacttracker.store.conversations import ConversationInput, log_conversation

    client = save_client(
        ClientInput(
            name="Олена Коваленко",
            channels=[("telegram", "@olena_k"), ("email", "olena@example.com")],
            response_hours=3.0,
        )
    )
    message = log_conversation(
        ConversationInput(
            client_id=client.id, channel="telegram", direction="in", occurred_at=at, subject=subject
        )
    )
    return client, message


def test_a_reply_is_notified_before_its_deadline_and_when_it_passes(
    qtbot, window, desktop, reminders_of, db_path
):
    reminders, clock = reminders_of
    olena_asks(db_path)
    window.showMinimized()
    clock.at = BASE + timedelta(hours=2)
    assert reminders.look() == []
    clock.at = BASE + timedelta(hours=2, minutes=30)
    assert len(reminders.look()) == 1
    qtbot.waitUntil(lambda: desktop.displayed() == 1, timeout=10_000)
    desktop.close_all()
    qtbot.waitUntil(lambda: len(desktop.history()) == 1, timeout=10_000)
    (first,) = desktop.history()
    # The deadline in the locale's own time format ("12:00 PM" in English).
    assert first["summary"].startswith("Reply to Олена Коваленко by 12:00")
    assert first["body"] == "Коли буде макет?"
    assert first["appname"] == "contacttracker"
    assert first["default_action_name"] == "default"
    clock.at = BASE + timedelta(hours=2, minutes=45)
    assert reminders.look() == [], "once, never repeated"
    clock.at = BASE + timedelta(hours=3, minutes=1)
    assert len(reminders.look()) == 1
    qtbot.waitUntil(lambda: desktop.displayed() == 1, timeout=10_000)
    desktop.close_all()
    qtbot.waitUntil(lambda: len(desktop.history()) == 2, timeout=10_000)
    assert desktop.history()[0]["summary"] == "Олена Коваленко is waiting too long for a reply"
    from contacttracker.store import attention

    (item,) = attention.items("awaiting_reply", clock.at)
    assert item.overdue, "the queue says overdue at the same moment"


def test_open_on_the_notification_opens_the_item(qtbot, window, desktop, reminders_of, db_path):
    reminders, clock = reminders_of
    client, _message = olena_asks(db_path)
    window.showMinimized()
    clock.at = BASE + timedelta(hours=4)
    reminders.look()
    qtbot.waitUntil(lambda: desktop.displayed() == 1, timeout=10_000)
    desktop.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.clients, timeout=10_000)
    assert not window.isMinimized()
    assert window.clients.current_client() == client.id


def test_snooze_on_the_notification_puts_the_item_off_an_hour(
    qtbot, window, desktop, reminders_of, db_path
):
    from contacttracker.store.database import db
    from contacttracker.store.timeutil import from_db

    reminders, clock = reminders_of
    _client, message = olena_asks(db_path)
    clock.at = BASE + timedelta(hours=4)
    reminders.look()
    qtbot.waitUntil(lambda: desktop.displayed() == 1, timeout=10_000)
    offered = desktop.choose("Snooze 1 h")
    assert any("Open" in line for line in offered) and any("Snooze 1 h" in line for line in offered)

    def snoozed():
        row = db.execute_sql(
            "SELECT snoozed_until FROM conversation WHERE id = ?", (message.id,)
        ).fetchone()
        return from_db(row[0])

    qtbot.waitUntil(lambda: snoozed() is not None, timeout=10_000)
    assert snoozed() == clock.at + timedelta(hours=1)
    clock.at += timedelta(minutes=30)
    assert reminders.look() == []
    clock.at += timedelta(minutes=30)
    assert len(reminders.look()) == 1, "back from the snooze: reminded again"


def test_several_at_once_become_one_notification(qtbot, window, desktop, reminders_of, db_path):
    from contacttracker.store.clients import ClientInput, save_client
    from contacttracker.store.conversations import ConversationInput, log_conversation

    reminders, clock = reminders_of
    for n, name in enumerate(("Олена Коваленко", "Emily Carter", "Дмитрий Иванов", "Ігор Шевчук")):
        client = save_client(ClientInput(name=name, channels=[("telegram", f"@client_{n}")]))
        log_conversation(
            ConversationInput(
                client_id=client.id, channel="telegram", direction="in", occurred_at=BASE
            )
        )
    clock.at = BASE + timedelta(hours=5)
    assert len(reminders.look()) == 4
    qtbot.waitUntil(lambda: desktop.displayed() == 1, timeout=10_000)
    desktop.close_all()
    qtbot.waitUntil(lambda: len(desktop.history()) == 1, timeout=10_000)
    (shown,) = desktop.history()
    assert shown["summary"] == "4 clients waiting for a reply"
    assert "Emily Carter — reply overdue" in shown["body"].splitlines()


def test_none_outside_working_hours_and_one_summary_when_they_begin(
    qtbot, window, desktop, reminders_of, db_path
):
    reminders, clock = reminders_of
    evening = BASE + timedelta(hours=8)  # 17:00
    olena_asks(db_path, at=evening)
    clock.at = evening + timedelta(hours=4)  # 21:00
    assert reminders.look() == []
    assert desktop.displayed() == 0
    clock.at = BASE + timedelta(days=1)  # 09:00 the next day
    assert len(reminders.look()) == 1
    qtbot.waitUntil(lambda: desktop.displayed() == 1, timeout=10_000)


def test_a_pause_keeps_them_quiet(qtbot, window, desktop, reminders_of, db_path):
    from contacttracker.store import reminders as store

    reminders, clock = reminders_of
    olena_asks(db_path)
    clock.at = BASE + timedelta(hours=4)
    store.pause(clock.at + timedelta(hours=1))
    assert reminders.look() == []
    clock.at += timedelta(hours=1)
    assert len(reminders.look()) == 1


def test_reminders_turned_off_send_nothing(qtbot, window, desktop, reminders_of, db_path):
    reminders, clock = reminders_of
    olena_asks(db_path)
    person_settings.update({keys.REMINDERS: False})
    clock.at = BASE + timedelta(hours=4)
    assert reminders.look() == []
    assert desktop.displayed() == 0


def test_remind_notify_from_a_timer_with_the_app_closed(desktop, db_path):
    """`remind --notify` as the systemd timer runs it: the notification arrives, its Snooze
    button is answered by the command itself, and a second run finds nothing new."""
    import os
    import subprocess
    import sys

    from contacttracker.store.clients import ClientInput, save_client
    from contacttracker.store.conversations import ConversationInput, log_conversation
    from contacttracker.store.database import db
    from contacttracker.store.timeutil import now_utc
    from tests.helpers.desktop import wait_for

    client = save_client(
        ClientInput(name="Олена Коваленко", channels=[("telegram", "@olena_k")], response_hours=3)
    )
    message = log_conversation(
        ConversationInput(
            client_id=client.id,
            channel="telegram",
            direction="in",
            occurred_at=now_utc() - timedelta(hours=4),
            subject="Коли буде макет?",
        )
    )
    # Any hour of the real clock is inside this working day.
    person_settings.update({keys.WORKING_HOURS: "00:00-23:59", keys.WORKING_DAYS: "1-7"})
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": desktop.address}
    command = [sys.executable, "-m", "contacttracker", "--db", str(db_path), "remind", "--notify"]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for(lambda: desktop.displayed() == 1, "the notification")
        offered = desktop.choose("Snooze 1 h")
        assert sorted(line.split(" (")[0] for line in offered) == ["#Open", "#Snooze 1 h"]
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Олена Коваленко" in out.decode()
    (arrived,) = desktop.history()
    assert arrived["summary"] == "Олена Коваленко is waiting too long for a reply"
    assert arrived["body"] == "Коли буде макет?"
    (snoozed,) = db.execute_sql(
        "SELECT snoozed_until FROM conversation WHERE id = ?", (message.id,)
    ).fetchone()
    assert snoozed is not None, "Snooze 1 h from the command's own notification"
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0
    assert again.stdout.strip() == "Nothing new since the last reminder."
    assert desktop.displayed() == 0
