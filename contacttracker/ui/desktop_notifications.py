"""The desktop's notification service (freedesktop Notifications on the session bus).

What a notification daemon (GNOME Shell, KDE Plasma, dunst, mako, …) shows and which of its
buttons the user pressed. It needs only a QCoreApplication, so `remind --notify` uses it
without a window. The bus is spoken to through jeepney (PySide6's QtDBus cannot send the
unsigned id the Notify call takes); its replies and signals are read in Qt's event loop
through a socket notifier, so the window never blocks on it.
"""

from __future__ import annotations

import contextlib
import html
import logging
import os
from collections import deque
from collections.abc import Sequence

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from contacttracker.paths import APP_ID

log = logging.getLogger("contacttracker")

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
#: The action the daemon invokes when the notification itself is clicked.
DEFAULT_ACTION = "default"
#: The app's desktop file (without .desktop), so the desktop shows its icon and name.
DESKTOP_ENTRY = APP_ID
#: How long a call to the daemon may take before it counts as missing, in seconds.
CALL_TIMEOUT = 3.0


class DesktopNotifications(QObject):
    """One connection to the notification service; `open()` gives None where there is none
    (Windows, macOS, a desktop without a daemon), and the caller falls back to the tray."""

    #: (notification id, action key) when the user pressed one of its buttons.
    action = Signal(int, str)
    #: A notification went away (expired, dismissed, or after its action).
    closed = Signal(int)

    def __init__(self, connection, capabilities: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self._connection = connection
        self.capabilities = frozenset(capabilities)
        self._signals: deque = deque(maxlen=256)
        from jeepney import MatchRule

        rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
        self._filter = connection.filter(rule, queue=self._signals)
        self._add_match(rule)
        self._reader = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self._read)

    @classmethod
    def open(cls, address: str | None = None, parent=None) -> DesktopNotifications | None:
        """Connects to the session bus at `address` (default: this session's) and asks the
        service what it can do; None when there is no bus or no service on it."""
        try:
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:  # not on Linux: jeepney is not installed there
            return None
        address = address or os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        if not address:
            return None
        try:
            connection = open_dbus_connection(bus=address)
        except (OSError, ValueError, RuntimeError) as exc:
            log.info("no session bus for notifications: %s", exc)
            return None
        try:
            (capabilities,) = cls._call(connection, "GetCapabilities", "", ())
        except Exception as exc:  # no daemon: an error reply, a timeout, a closed bus
            log.info("no notification service: %s", exc)
            with contextlib.suppress(OSError):
                connection.close()
            return None
        return cls(connection, capabilities, parent)

    @staticmethod
    def _call(connection, method: str, signature: str, body: tuple):
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        message = new_method_call(address, method, signature, body)
        return unwrap_msg(connection.send_and_get_reply(message, timeout=CALL_TIMEOUT))

    def _add_match(self, rule) -> None:
        from jeepney.bus_messages import message_bus

        self._connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT)

    @property
    def has_actions(self) -> bool:
        return "actions" in self.capabilities

    def notify(
        self,
        summary: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        *,
        replaces: int = 0,
        timeout_ms: int = -1,
    ) -> int:
        """Shows a notification and returns its id (0 when the service refused it). `body`
        is plain text: escaped where the service reads markup."""
        if "body-markup" in self.capabilities:
            body = html.escape(body, quote=False)
        flat: list[str] = []
        if self.has_actions:
            for key, label in actions:
                flat += [key, label]
        hints = {"category": ("s", "im"), "desktop-entry": ("s", DESKTOP_ENTRY)}
        try:
            (number,) = self._call(
                self._connection,
                "Notify",
                "susssasa{sv}i",
                (
                    "contacttracker",
                    replaces,
                    "contacttracker",
                    summary,
                    body,
                    flat,
                    hints,
                    timeout_ms,
                ),
            )
        except Exception as exc:  # the daemon went away, or refused
            log.warning("notification not shown: %s", exc)
            return 0
        finally:
            self._read()  # signals that came in with the reply
        return int(number)

    def close_notification(self, number: int) -> None:
        with contextlib.suppress(Exception):
            self._call(self._connection, "CloseNotification", "u", (number,))

    def _read(self) -> None:
        """Takes what the bus sent (without waiting) and says which buttons were pressed."""
        from jeepney.low_level import HeaderFields

        while True:
            try:
                self._connection.recv_messages(timeout=0)
            except TimeoutError:
                break
            except (OSError, ValueError) as exc:  # the bus closed
                log.info("session bus closed: %s", exc)
                self._reader.setEnabled(False)
                break
        while self._signals:
            message = self._signals.popleft()
            member = message.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                number, key = message.body
                self.action.emit(int(number), str(key))
            elif member == "NotificationClosed":
                self.closed.emit(int(message.body[0]))

    def shut(self) -> None:
        self._reader.setEnabled(False)
        with contextlib.suppress(Exception):
            self._filter.close()
        with contextlib.suppress(OSError):
            self._connection.close()
