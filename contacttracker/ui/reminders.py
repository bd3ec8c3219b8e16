"""The window's reminders: a look at the queues every minute (and at the next moment a
reminder is due, when that comes sooner), what came said on the desktop, its buttons
answered. The decision is the store's and the domain's, the same as `remind`'s."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from contacttracker.store.timeutil import now_utc
from contacttracker.ui.bus import bus
from contacttracker.ui.desktop_notifications import DesktopNotifications
from contacttracker.ui.reminder_notifier import ReminderNotifier

log = logging.getLogger("contacttracker")

#: How often the window looks, at the most (a minute: "on time" for a calendar).
LOOK_EVERY_MS = 60_000


class WindowReminders(QObject):
    """Looks for reminders while the window runs (minimised or closed to the tray too)."""

    #: After each look: the reminders said (for the tests).
    looked = Signal(object)
    #: After each look: how many items are overdue now (the tray's number).
    overdue = Signal(int)

    def __init__(
        self,
        window,
        *,
        clock: Callable[[], datetime] = now_utc,
        address: str | None = None,
        tray=None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.address = address
        self.desktop: DesktopNotifications | None = None
        self.notifier = ReminderNotifier(None, tray, self, clock)
        self.notifier.opened.connect(self._open)
        self.notifier.snoozed.connect(lambda _dues: bus.changed.emit())
        self._connected = False
        self._looking = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.look)

    def set_tray(self, tray) -> None:
        """The tray icon, for its message where the desktop has no notification service."""
        self.notifier.use_tray(tray)

    def connect_desktop(self) -> None:
        """The notification service, asked once, on the first look (not at start-up: a
        desktop without one may keep the question waiting for seconds)."""
        if not self._connected:
            self._connected = True
            self.desktop = DesktopNotifications.open(self.address, self)
            if self.desktop is not None:
                self.notifier.use_desktop(self.desktop)

    def start(self, delay_ms: int = 2000) -> None:
        """The first look a moment after the window is up, then every minute."""
        self._timer.start(delay_ms)

    def look(self) -> list:
        """Takes the reminders that have come (off the GUI thread: over a big database the
        queues take a moment to read) and says them; schedules the next look. Returns what
        was said when the work ran inline (the tests' synchronous tasks)."""
        from contacttracker.store import reminders
        from contacttracker.ui import tasks

        if self._looking:
            return []
        self._looking = True
        self.connect_desktop()
        now = self.clock()
        said: list = []

        def done(look, exc) -> None:
            self._looking = False
            said.extend(self._said(look, exc, now))

        tasks.background(self, lambda: reminders.take(now), done)
        return said

    def _said(self, look, exc, now: datetime) -> list:
        from contacttracker.ui.errors import STORE_ERRORS

        if exc is not None:
            if not isinstance(exc, STORE_ERRORS):
                raise exc
            log.info("reminders wait for the database: %s", exc)  # the window says so
            self._timer.start(LOOK_EVERY_MS)
            return []
        if look.due:
            if not self.notifier.say(look.due):
                log.info("%d reminders and nowhere to show them", len(look.due))
            bus.changed.emit()  # the queues show what just became overdue
        self.overdue.emit(look.overdue)
        wait = LOOK_EVERY_MS
        for moment in (look.next_moment, look.quiet_until):
            if moment is not None:
                ms = int((moment.astimezone(UTC) - now).total_seconds() * 1000) + 500
                wait = max(1000, min(wait, ms))
        self._timer.start(wait)
        self.looked.emit(look.due)
        return look.due

    def _open(self, dues) -> None:
        """*Open*: the window comes forward at the item (several: at the queues)."""
        self.window.bring_forward()
        if len(dues) == 1 and dues[0].item.client_id:
            item = dues[0].item
            self.window.open_client(item.client_id, item.conversation_id or 0)
        else:
            self.window.show_attention()

    def shut(self) -> None:
        self._timer.stop()
        if self.desktop is not None:
            self.desktop.shut()
