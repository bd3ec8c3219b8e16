"""Reminders said on the desktop: one notification per look, with *Open* and *Snooze 1 h*.

The freedesktop service where there is one (desktop_notifications); elsewhere (Windows,
macOS, a Linux desktop without a daemon) the tray icon's message, which has no buttons: a
click on it opens. Used by the window and by `remind --notify`, which has no window and
waits a while for the buttons before it exits.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from contacttracker.domain.reminders import Due
from contacttracker.ui import reminder_texts
from contacttracker.ui.desktop_notifications import DEFAULT_ACTION, DesktopNotifications

log = logging.getLogger("contacttracker")

SNOOZE_ACTION = "snooze"
SNOOZE_FOR = timedelta(hours=1)


class ReminderNotifier(QObject):
    """Says reminders and answers their buttons."""

    #: The reminders of a notification the user opened.
    opened = Signal(object)
    #: They were snoozed (the store has written it).
    snoozed = Signal(object)
    #: A notification is gone (closed, expired, answered): the `remind` command may end.
    finished = Signal()

    def __init__(
        self,
        desktop: DesktopNotifications | None,
        tray=None,
        parent=None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.desktop: DesktopNotifications | None = None
        self.tray = None
        self._shown: dict[int, list[Due]] = {}
        self._tray_dues: list[Due] = []
        if desktop is not None:
            self.use_desktop(desktop)
        if tray is not None:
            self.use_tray(tray)

    def use_desktop(self, desktop: DesktopNotifications) -> None:
        self.desktop = desktop
        desktop.action.connect(self._action)
        desktop.closed.connect(self._closed)

    def use_tray(self, tray) -> None:
        """The tray icon's message where there is no notification service."""
        self.tray = tray
        tray.messageClicked.connect(self._tray_clicked)

    @property
    def can_say(self) -> bool:
        return self.desktop is not None or self.tray is not None

    def say(self, dues: Sequence[Due]) -> bool:
        """One notification for these reminders; False when there is nowhere to show it."""
        if not dues:
            return True
        summary, body = reminder_texts.words(dues)
        if self.desktop is not None:
            actions = [
                (DEFAULT_ACTION, reminder_texts.open_label()),
                (SNOOZE_ACTION, reminder_texts.snooze_label()),
            ]
            number = self.desktop.notify(summary, body, actions)
            if number:
                self._shown[number] = list(dues)
                return True
        if self.tray is not None and self.tray.isVisible():
            self._tray_dues = list(dues)
            self.tray.showMessage(summary, body)
            return True
        return False

    def _action(self, number: int, key: str) -> None:
        dues = self._shown.pop(number, None)
        if dues is None:
            return
        if key == SNOOZE_ACTION:
            snooze(dues, self.clock() if self.clock else None)
            self.snoozed.emit(dues)
        else:
            self.opened.emit(dues)
        if self.desktop is not None:
            self.desktop.close_notification(number)
        self.finished.emit()

    def _closed(self, number: int) -> None:
        if self._shown.pop(number, None) is not None:
            self.finished.emit()

    def _tray_clicked(self) -> None:
        dues, self._tray_dues = self._tray_dues, []
        if dues:
            self.opened.emit(dues)

    @property
    def waiting(self) -> bool:
        """Whether a notification shown is still on the desktop."""
        return bool(self._shown)


def snooze(dues: Sequence[Due], now: datetime | None = None) -> None:
    """Puts these items off for an hour: each leaves its queue, and reminds again then."""
    from contacttracker.store import snooze as store_snooze
    from contacttracker.store.timeutil import now_utc

    until = (now or now_utc()) + SNOOZE_FOR
    seen: set[tuple[str, int]] = set()
    for due in dues:
        item = due.item
        if item.queue == "losing_touch":
            key = ("client", item.client_id)
        elif item.conversation_id is not None:
            key = ("conversation", item.conversation_id)
        else:
            continue
        if key in seen:
            continue
        seen.add(key)
        try:
            if key[0] == "client":
                store_snooze.snooze_client(item.client_id, until)
            else:
                store_snooze.snooze_conversation(key[1], until)
        except ValueError as exc:  # deleted in the meantime
            log.info("not snoozed: %s", exc)


# -- `remind --notify`: no window --------------------------------------------------------
#: How long `remind --notify` waits for a button before it exits (a timer runs it every
#: 15 minutes).
WAIT_MS = 5 * 60 * 1000


def notify_and_wait(dues: Sequence[Due], db: str | None, wait_ms: int = WAIT_MS) -> bool:
    """Shows the notification and answers its buttons until it is gone (or `wait_ms`):
    *Open* starts the window, *Snooze 1 h* snoozes. False when the desktop has no
    notification service."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from contacttracker.paths import APP_NAME
    from contacttracker.ui import i18n

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    i18n.install(i18n.chosen_language())
    desktop = DesktopNotifications.open()
    if desktop is None:
        return False
    notifier = ReminderNotifier(desktop)
    notifier.opened.connect(lambda dues: open_window(db, _item_of(dues)))
    if not notifier.say(dues):
        desktop.shut()
        return False
    loop = QEventLoop()
    notifier.finished.connect(loop.quit)
    QTimer.singleShot(wait_ms, loop.quit)
    if notifier.waiting:
        loop.exec()
    desktop.shut()
    return True


def _item_of(dues: Sequence[Due]) -> str:
    """The conversation to open: the one item of a notification (several: the queues)."""
    return dues[0].item.conversation if len(dues) == 1 else ""


def open_window(db: str | None, item: str = "") -> None:
    """Starts the window at the item (a running one comes forward there instead), detached
    from this process."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "contacttracker"]
    if db:
        command += ["--db", db]
    if item:
        command += ["--open-item", item]
    try:
        subprocess.Popen(command, start_new_session=True, close_fds=True)
    except OSError as exc:
        log.warning("the window could not be started: %s", exc)
