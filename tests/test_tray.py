"""The tray icon's number and menu, keeping the app in the tray, and Settings → Reminders.

The offscreen platform has no tray host; the icon's own parts (its number, tooltip, menu,
pause) are real, and where a test needs "this desktop has a tray" it says so."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from contacttracker import autostart
from contacttracker.store import person_settings
from contacttracker.store import reminders as store
from contacttracker.store import setting_keys as keys

BASE = datetime(2027, 1, 13, 9, 0, tzinfo=UTC)  # a Wednesday morning


@pytest.fixture(autouse=True)
def utc_here(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
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


def messages(client_factory, log, n: int) -> None:
    for i in range(n):
        client = client_factory(name=f"Client {i}", channels=[("telegram", f"@client_{i}")])
        log(client, "telegram", "in", BASE, subject=f"Question {i}")


def test_the_icon_shows_how_many_are_overdue(qtbot, window, client_factory, log):
    from contacttracker.ui.reminders import WindowReminders
    from contacttracker.ui.tray import Tray

    messages(client_factory, log, 2)
    clock = Clock(BASE + timedelta(hours=1))
    tray = Tray(window, clock)
    reminders = WindowReminders(window, clock=clock)
    reminders.overdue.connect(tray.show_overdue)
    reminders.look()
    assert tray.icon.toolTip() == "contacttracker — Nothing overdue"
    clock.at = BASE + timedelta(hours=4)
    reminders.look()
    assert tray.overdue == 2
    assert tray.icon.toolTip() == "contacttracker — 2 items overdue"
    assert not tray.icon.icon().isNull()
    reminders.shut()


def test_the_menu_opens_logs_pauses_and_quits(qtbot, window, scripted):
    from contacttracker.ui.log_dialog import LogDialog
    from contacttracker.ui.tray import Tray

    clock = Clock(BASE + timedelta(hours=2))  # 11:00 on a working day
    tray = Tray(window, clock)
    entries = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert entries == ["&Open", "&Log a conversation…", "&Pause reminders", "&Quit"]
    assert [a.text() for a in tray.pause_menu.actions()] == [
        "For 1 &hour",
        "Until &tomorrow",
        "&Resume reminders",
    ]
    assert not tray.resume_action.isEnabled()
    tray.pause_hour.trigger()
    assert store.paused_until() == clock.at + timedelta(hours=1)
    assert tray.resume_action.isEnabled()
    tray.pause_tomorrow.trigger()
    assert store.paused_until() == datetime(2027, 1, 14, 9, 0, tzinfo=UTC), "next working morning"
    tray.resume_action.trigger()
    assert store.paused_until() is None
    window.showMinimized()
    scripted.expect(LogDialog, lambda dialog: 0)
    tray.log_action.trigger()
    assert not window.isMinimized()


def test_closing_keeps_the_app_in_the_tray_when_asked(qtbot, window, monkeypatch):
    from contacttracker.ui import machine_settings
    from contacttracker.ui import tray as tray_icon

    window.tray = tray_icon.Tray(window)
    window.close()
    assert not window.isVisible(), "the setting is off: closing closes"
    window.show()
    machine_settings.set_value(keys.KEEP_IN_TRAY, True)
    window.close()
    assert not window.isVisible()
    window.tray.show_window()
    assert window.isVisible(), "back from the tray"
    window.quitting = True  # the tray's Quit
    window.close()
    assert not window.isVisible()


def test_without_a_tray_closing_quits_as_before(qtbot, window, monkeypatch):
    from contacttracker.ui import background, machine_settings
    from contacttracker.ui import tray as tray_icon

    machine_settings.set_value(keys.KEEP_IN_TRAY, True)
    assert not tray_icon.available(), "the offscreen platform has no tray"
    assert background.start(window, at_login=True), "no tray: the window shows at login"
    assert window.tray is None
    assert not background.hides_on_close(window)
    window.reminders.shut()


def test_settings_reminders_page_saves_each_choice(qtbot, window, scripted):
    from contacttracker.ui import machine_settings
    from contacttracker.ui.settings_dialog import SettingsDialog

    def choose(dialog):
        page = dialog.reminders
        assert page.on.isChecked() and page.lead.value() == 30 and not page.login.isChecked()
        page.lead.setValue(45)
        page.tray.setChecked(True)
        page.login.setChecked(True)
        dialog.save()
        return 1

    scripted.expect(SettingsDialog, choose)
    window.settings()
    assert person_settings.get(keys.REMINDER_LEAD_MINUTES) == 45
    assert machine_settings.value(keys.KEEP_IN_TRAY) in (True, "true")
    assert autostart.xdg_entry().exists(), "the autostart entry written"

    def turn_off(dialog):
        dialog.reminders.on.setChecked(False)
        dialog.reminders.login.setChecked(False)
        dialog.save()
        return 1

    scripted.expect(SettingsDialog, turn_off)
    window.settings()
    assert person_settings.get(keys.REMINDERS) is False
    assert not autostart.xdg_entry().exists(), "and removed"


def test_the_look_runs_off_the_gui_thread(qtbot, window, client_factory, log, monkeypatch):
    """The real thread: the queues are read in the background, the icon updated after."""
    from contacttracker.ui import tasks
    from contacttracker.ui.reminders import WindowReminders
    from contacttracker.ui.tray import Tray

    messages(client_factory, log, 3)
    monkeypatch.setattr(tasks, "synchronous", False)
    clock = Clock(BASE + timedelta(hours=4))
    tray = Tray(window, clock)
    reminders = WindowReminders(window, clock=clock)
    reminders.overdue.connect(tray.show_overdue)
    with qtbot.waitSignal(reminders.looked, timeout=20_000) as said:
        assert reminders.look() == [], "nothing said before the work is done"
    assert len(said.args[0]) == 3
    assert tray.overdue == 3
    reminders.shut()


def test_open_from_the_command_s_notification_opens_the_item_in_the_window(
    qtbot, window, client_factory, log, tmp_path
):
    """`remind --notify` has no window: its Open starts one with the item's UUID, or asks a
    running one (through the one-window socket) to show it."""
    from contacttracker.ui.single import SingleInstance

    client = client_factory()
    message = log(client, "telegram", "in", BASE, subject="Коли буде макет?")
    running = SingleInstance(str(tmp_path / "d.db"))
    assert not running.already_running()
    running.open_requested.connect(window.open_conversation)
    window.showMinimized()
    with qtbot.waitSignal(running.open_requested, timeout=5000):
        assert SingleInstance(str(tmp_path / "d.db")).already_running(message.uuid)
    assert not window.isMinimized()
    assert window.pages.currentWidget() is window.clients
    assert window.clients.current_client() == client.id
    window.open_conversation("not-a-uuid")
    assert window.pages.currentWidget() is not window.clients, "an unknown item: the queues"
    running.close()
    qtbot.wait(50)


def test_the_window_s_edit_menu_pauses_too_where_there_is_no_tray(qtbot, window):
    from contacttracker.store.timeutil import now_utc

    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    pause = next(a.menu() for a in menu.actions() if a.text() == "&Pause reminders")
    entries = {a.text(): a for a in pause.actions()}
    assert list(entries) == ["For 1 &hour", "Until &tomorrow", "&Resume reminders"]
    before = now_utc()
    entries["For 1 &hour"].trigger()
    until = store.paused_until()
    assert until is not None
    assert before + timedelta(minutes=59) <= until <= now_utc() + timedelta(hours=1, seconds=1)
    assert window.statusBar().currentMessage().startswith("Reminders are paused until ")
    entries["&Resume reminders"].trigger()
    assert store.paused_until() is None
    assert window.statusBar().currentMessage() == "Reminders are on again."
