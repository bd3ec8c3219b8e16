"""Undo in the window: Edit → Undo <what> (Ctrl+Z), and "Done — Undo" in the status bar for
ten seconds after each step that can be taken back.

The steps are the store's journal (store/undo.py): Done, Confirm, Mark as sent, Snooze and
Move to trash, each this person's. Undoing is a write like any other (the history keeps
both), so the window refreshes from it as from any save. A step is offered in the status
bar when this window's own save made it; the menu always names the person's latest one.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.ui import dialogs, text
from contacttracker.ui.bus import bus

log = logging.getLogger("contacttracker")

#: How long the status bar offers to undo a step (ms).
OFFER_MS = 10_000

#: What each step is called: in the status bar ("Done — Undo"), and in the menu ("Undo …").
WORDS = {
    "done": (QT_TRANSLATE_NOOP("Undo", "Done"), QT_TRANSLATE_NOOP("Undo", "&Undo done")),
    "confirm": (
        QT_TRANSLATE_NOOP("Undo", "Confirmation recorded"),
        QT_TRANSLATE_NOOP("Undo", "&Undo the confirmation"),
    ),
    "mark_sent": (
        QT_TRANSLATE_NOOP("Undo", "Marked as sent"),
        QT_TRANSLATE_NOOP("Undo", "&Undo mark as sent"),
    ),
    "snooze": (QT_TRANSLATE_NOOP("Undo", "Snoozed"), QT_TRANSLATE_NOOP("Undo", "&Undo snooze")),
    "trash": (
        QT_TRANSLATE_NOOP("Undo", "Moved to the Trash"),
        QT_TRANSLATE_NOOP("Undo", "&Undo move to trash"),
    ),
}


class UndoBar(QObject):
    """The window's undo: the menu action's words, the status bar's offer, the undoing."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action: QAction | None = None
        self.offer = QWidget(window)
        self.label = QLabel(self.offer)
        self.button = QPushButton(self.offer)
        self.button.clicked.connect(self.undo)
        row = QHBoxLayout(self.offer)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.button)
        window.statusBar().addPermanentWidget(self.offer)
        self.offer.hide()
        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.setInterval(OFFER_MS)
        self.hide_timer.timeout.connect(self.offer.hide)
        self.seen = self._latest_id()
        self._saved_here = False
        bus.changed.connect(self._saved)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Undo"))
        self.button.setToolTip(self.tr("Take it back (Ctrl+Z)"))

    def use_action(self, action: QAction) -> None:
        """The Edit menu's Undo (rebuilt with the menus in another language)."""
        self.action = action
        self.update()

    def _saved(self) -> None:
        self._saved_here = True

    def _latest_id(self) -> int:
        from contacttracker.store import undo

        step = undo.last()
        return step.id if step is not None else 0

    def update(self) -> None:
        """After a refresh: the menu names the latest step; a new one this window made is
        offered in the status bar for ten seconds."""
        from contacttracker.store import undo

        step = undo.last()
        mine, self._saved_here = self._saved_here, False
        if self.action is not None:
            self.action.setEnabled(step is not None)
            words = WORDS.get(step.action) if step is not None else None
            self.action.setText(text.translate("Undo", words[1]) if words else self.tr("&Undo"))
        if step is None:
            self.offer.hide()
            self.seen = 0
            return
        if step.id > self.seen and mine:
            self.label.setText(text.translate("Undo", WORDS[step.action][0]) + " —")
            self.offer.show()
            self.hide_timer.start()
        elif step.id != self.seen:
            self.offer.hide()  # undone meanwhile, or another program's step
        self.seen = step.id

    def undo(self) -> None:
        """Ctrl+Z or the status bar's button: take back the person's latest step."""
        from contacttracker.store import undo
        from contacttracker.ui.errors import STORE_ERRORS

        self.offer.hide()
        self.hide_timer.stop()
        try:
            step = undo.undo()
        except undo.NothingToUndo:
            self.window.statusBar().showMessage(self.tr("Nothing to undo."), 5000)
            return
        except (ValueError, *STORE_ERRORS) as exc:
            log.warning("undo failed: %s", exc)
            dialogs.message(self.window, "warning", self.tr("Undo"), text.localized(exc))
            return
        self.seen = step.id  # the undo itself is no new step to offer
        words = WORDS.get(step.action)
        if words:
            self.window.statusBar().showMessage(
                self.tr("Undone: %1").replace("%1", text.translate("Undo", words[0])), 5000
            )
        bus.changed.emit()
