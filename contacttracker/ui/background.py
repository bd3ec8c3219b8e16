"""What keeps working while the window is out of sight: the reminders, and the tray icon
where the desktop has a tray."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QApplication

from contacttracker.ui import tray as tray_icon
from contacttracker.ui.reminders import WindowReminders


def start(window, at_login: bool = False) -> bool:
    """Starts the window's reminders and, where there is a tray, its icon; returns whether
    the window should be shown (started at login into the tray, it waits there)."""
    window.reminders = WindowReminders(window)  # notifications of items coming due
    window.tray = None
    if tray_icon.available():
        icon = tray_icon.Tray(window)
        icon.quit_requested.connect(lambda: quit_for_good(window))
        window.reminders.overdue.connect(icon.show_overdue)
        window.reminders.set_tray(icon.icon)
        icon.show()
        window.tray = icon
    window.reminders.start()
    return not (at_login and window.tray is not None and tray_icon.keep_running())


def pause(how: str, now: datetime | None = None) -> datetime | None:
    """Pause reminders for an "hour" or until "tomorrow" (the next working morning); ""
    resumes them. Returns when they speak again (None: now)."""
    from contacttracker.domain import reminders as decide
    from contacttracker.store import reminders, settings
    from contacttracker.store.timeutil import now_utc

    local = (now or now_utc()).astimezone()
    if how == "hour":
        until = decide.pause_for_an_hour(local)
    elif how == "tomorrow":
        until = decide.pause_until_tomorrow(local, settings.working_hours())
    else:
        until = None
    reminders.pause(until)
    return until


def hides_on_close(window) -> bool:
    """Whether closing the window leaves the app running in the tray."""
    icon = getattr(window, "tray", None)
    if icon is None or getattr(window, "quitting", False) or not tray_icon.keep_running():
        return False
    QApplication.instance().setQuitOnLastWindowClosed(False)  # a dialog closing is no quit
    return True


def quit_for_good(window) -> None:
    """*Quit* in the tray's menu: the window closes (saving its state) and the app ends."""
    window.quitting = True
    window.close()
    if window.tray is not None:
        window.tray.hide()
    if window.reminders is not None:
        window.reminders.shut()
    QApplication.instance().quit()
