"""The tray icon: how many items are overdue, and a menu to open the window, log a
conversation, pause reminders or quit. With *Keep running in the tray* on, closing the
window hides it and the reminders go on; where the desktop has no tray (GNOME without its
extension), there is no icon, closing quits as before, and notifications still come while
the app runs."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from contacttracker.store import setting_keys as keys
from contacttracker.ui import machine_settings
from contacttracker.ui.text import translate


def available() -> bool:
    """Whether the desktop shows tray icons (a StatusNotifier host, or an X11 tray)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def keep_running() -> bool:
    """The person's choice: closing the window leaves the app in the tray."""
    return machine_settings.value(keys.KEEP_IN_TRAY) in (True, "true", "1", 1)


def badge(base: QIcon, count: int, size: int = 64) -> QIcon:
    """The app's icon with the number of overdue items in a red disc (none at 0)."""
    pixmap = base.pixmap(size, size)
    if pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor("#2f6fb5"))
    if count <= 0:
        return QIcon(pixmap)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = QRect(size // 3, size // 3, size * 2 // 3, size * 2 // 3)
    painter.setBrush(QColor("#d93025"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(disc)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(size // 3 if count < 100 else size // 4)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    """The icon and its menu, for one window."""

    #: The person picked *Quit*: the window closes for good.
    quit_requested = Signal()

    def __init__(self, window, clock=None) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.icon = QSystemTrayIcon(self)
        self.overdue = -1
        self.menu = QMenu()
        self.open_action = QAction(self)
        self.open_action.triggered.connect(self.show_window)
        self.log_action = QAction(self)
        self.log_action.triggered.connect(self._log)
        self.pause_menu = QMenu()
        self.pause_hour = QAction(self)
        self.pause_hour.triggered.connect(lambda: self.pause("hour"))
        self.pause_tomorrow = QAction(self)
        self.pause_tomorrow.triggered.connect(lambda: self.pause("tomorrow"))
        self.resume_action = QAction(self)
        self.resume_action.triggered.connect(lambda: self.pause(None))
        self.pause_menu.addActions([self.pause_hour, self.pause_tomorrow, self.resume_action])
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.quit_requested.emit)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.log_action)
        self.menu.addMenu(self.pause_menu)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.retranslate()
        self.show_overdue(0)

    def retranslate(self) -> None:
        self.open_action.setText(translate("Tray", "&Open"))
        self.log_action.setText(translate("Tray", "&Log a conversation…"))
        self.pause_menu.setTitle(translate("Tray", "&Pause reminders"))
        self.pause_hour.setText(translate("Tray", "For 1 &hour"))
        self.pause_tomorrow.setText(translate("Tray", "Until &tomorrow"))
        self.resume_action.setText(translate("Tray", "&Resume reminders"))
        self.quit_action.setText(translate("Tray", "&Quit"))
        self._paused_state()
        count, self.overdue = self.overdue, -1
        self.show_overdue(max(count, 0))

    def show(self) -> None:
        self.icon.show()

    def show_overdue(self, count: int) -> None:
        """The icon's number and tooltip: the items overdue now."""
        if count == self.overdue:
            return
        self.overdue = count
        self.icon.setIcon(badge(QApplication.windowIcon(), count))
        if count:
            tip = translate("Tray", "%n item(s) overdue", None, count)
        else:
            tip = translate("Tray", "Nothing overdue")
        self.icon.setToolTip(f"contacttracker — {tip}")

    def _now(self) -> datetime:
        from contacttracker.store.timeutil import now_utc

        return self.clock() if self.clock else now_utc()

    def pause(self, how: str | None) -> None:
        """Pause reminders for an hour or until the next working morning; None resumes."""
        from contacttracker.ui import background

        background.pause(how or "", self._now())
        self._paused_state()

    def _paused_state(self) -> None:
        from contacttracker.store import reminders

        until = reminders.paused_until()
        paused = until is not None and until > self._now()
        self.resume_action.setEnabled(paused)

    def show_window(self) -> None:
        self.window.bring_forward()

    def _log(self) -> None:
        self.show_window()
        self.window.log_conversation()

    def _activated(self, reason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            if self.window.isVisible() and not self.window.isMinimized():
                self.window.hide()
            else:
                self.show_window()

    def hide(self) -> None:
        self.icon.hide()
