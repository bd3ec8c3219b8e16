"""Snoozing a queue item from the window: for 2 hours, until tomorrow morning (the start of
the person's working day), until next week, or until a date and time picked in a dialog.

The choices open as a menu through ui/dialogs (tests script it); the snooze itself is the
store's (store/snooze.py), journaled so it can be undone. A conversation leaves every queue
until then; a client in *Losing touch* is not losing touch before then.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QPoint
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from contacttracker.domain import queues
from contacttracker.store.attention import Item
from contacttracker.ui import dialogs, text
from contacttracker.ui.text import translate

#: How long "for 2 hours" is.
FOR_A_WHILE = timedelta(hours=2)


def choices(now: datetime) -> list[tuple[str, datetime | None]]:
    """The menu's entries and the moment each snoozes until (None: pick a date)."""
    from contacttracker.store.settings import working_hours

    local = now.astimezone()
    hours = working_hours()
    morning, week = hours.next_morning(local), hours.next_week(local)
    return [
        (translate("Snooze", "For 2 hours"), now + FOR_A_WHILE),
        (translate("Snooze", "Tomorrow morning, %1").replace("%1", text.when(morning)), morning),
        (translate("Snooze", "Next week, %1").replace("%1", text.when(week)), week),
        (translate("Snooze", "Until a date…"), None),
    ]


class SnoozeDialog(QDialog):
    """A date and time to snooze until, from a minute from now on."""

    def __init__(self, now: datetime, suggested: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.until = QDateTimeEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setMinimumDateTime(_qt(now + timedelta(minutes=1)))
        self.until.setDateTime(_qt(suggested))
        label = QLabel(self.tr("The item leaves the queues until:"), self)
        label.setBuddy(self.until)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.until)
        layout.addWidget(buttons)

    def chosen(self) -> datetime:
        return datetime.fromtimestamp(self.until.dateTime().toSecsSinceEpoch()).astimezone()


def _qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def ask_until(parent: QWidget, where: QPoint, now: datetime) -> datetime | None:
    """The moment the person picks from the menu (or the dialog), None when they pick none."""
    picked: list[datetime | None] = []
    menu = QMenu(parent)
    entries = choices(now)
    for label, until in entries:
        action = menu.addAction(label)
        action.triggered.connect(lambda _checked=False, until=until: picked.append(until))
        if until is None:
            menu.insertSeparator(action)
    dialogs.popup(menu, where)
    menu.deleteLater()
    if not picked:
        return None
    if picked[0] is not None:
        return picked[0]
    dialog = SnoozeDialog(now, entries[1][1] or now + FOR_A_WHILE, parent)
    return dialog.chosen() if dialogs.exec_dialog(dialog) else None


def snooze(item: Item, until: datetime) -> None:
    """Put the item off: its conversation, or for losing touch its client."""
    from contacttracker.store import snooze as store_snooze

    if queues.queue(item.queue).stored.clients or item.conversation_id is None:
        store_snooze.snooze_client(item.client_id, until)
    else:
        store_snooze.snooze_conversation(item.conversation_id, until)
