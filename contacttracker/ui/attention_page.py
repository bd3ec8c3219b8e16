"""Needs attention: one queue at a time, oldest first, each row with its next action.

The actions follow the selected item's own queue, so the Today page (every queue in one
list, :mod:`.today_page`) is this page over another model."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contacttracker.domain import queues
from contacttracker.domain.channels import Catalogue
from contacttracker.domain.queues import Action
from contacttracker.domain.rules import Step
from contacttracker.ui import context_menus, dialogs, text
from contacttracker.ui.bus import bus
from contacttracker.ui.fit import share_width
from contacttracker.ui.flow_layout import FlowLayout
from contacttracker.ui.models import AttentionModel


class AttentionPage(QWidget):
    open_client = Signal(int, int)  # client id, conversation id (0 for none)
    write_summary = Signal(int)  # conversation id

    def __init__(
        self,
        catalogue: Catalogue,
        parent: QWidget | None = None,
        model: AttentionModel | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.model = model or AttentionModel(catalogue, self)
        self.model.setParent(self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setForegroundRole(self.hint.foregroundRole())
        self.hint.setEnabled(False)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Items in the queue"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The columns share the width: on a small screen the next step stays in view.
        share_width(self.table, (28, 240, 180, 110, 230, 250), least=(0, 30, 12, 11, 12, 16))
        self.table.doubleClicked.connect(self.default_action)
        self.table.activated.connect(self.default_action)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setEnabled(False)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.confirm_button = QPushButton(self.tr("&Confirm receipt…"), self)
        self.summary_button = QPushButton(self.tr("&Write summary e-mail…"), self)
        self.reply_button = QPushButton(self.tr("&Log reply…"), self)
        self.touch_button = QPushButton(self.tr("&Log conversation…"), self)
        self.open_button = QPushButton(self.tr("&Open client"), self)
        # The item's next message, typed into the client's program (Enter); once the client
        # answers yes, one key records the confirmation by that channel.
        self.message_button = QPushButton(self)
        self.message_button.setToolTip(
            self.tr("Open the client's program with the message written (Enter)")
        )
        self.confirmed_button = QPushButton(self)
        # Its own shortcut: a button's text (set per item) would replace the button's.
        self.confirmed_key = QShortcut(QKeySequence("Ctrl+Y"), self)
        self.confirmed_key.activated.connect(self.confirmed_by_next_channel)
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setShortcut(QKeySequence("Ctrl+D"))
        self.done_button.setToolTip(self.tr("Close this item without recording anything (Ctrl+D)"))
        self.snooze_button = QPushButton(self.tr("S&nooze…"), self)
        self.snooze_button.setShortcut(QKeySequence("Ctrl+B"))
        self.snooze_button.setToolTip(
            self.tr("Put this item off: for 2 hours, until tomorrow morning, next week… (Ctrl+B)")
        )
        self.snooze_button.clicked.connect(self.snooze)
        self.confirm_button.clicked.connect(self.confirm)
        self.summary_button.clicked.connect(self.summary)
        self.reply_button.clicked.connect(self.reply)
        self.touch_button.clicked.connect(self.reply)
        self.open_button.clicked.connect(self.open_selected)
        self.done_button.clicked.connect(self.done)
        self.message_button.clicked.connect(self.send_message)
        self.confirmed_button.clicked.connect(self.confirmed_by_next_channel)
        # The buttons wrap onto a second line rather than cut their words.
        # The buttons acting on the current item, in their order: below the queue and in
        # its right-click menu.
        self._item_buttons = (
            self.message_button,
            self.confirmed_button,
            self.confirm_button,
            self.summary_button,
            self.reply_button,
            self.touch_button,
            self.open_button,
        )
        actions = FlowLayout()
        for b in self._item_buttons:
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.snooze_button)
        actions.addWidget(self.done_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)
        layout.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.context_menu = context_menus.attach(
            self.table, self.item_entries, lambda row: self.model.item(row) is not None
        )

    # -- loading ------------------------------------------------------------------------
    def show_queue(self, queue: str, total: int | None = None, rows: int = 0) -> None:
        """Show a queue; `total` is its size when the window has just counted it, `rows`
        how many of it to read at least."""
        self.model.load(queue, total=total, rows=rows)
        shown = self.model.shown()
        title = text.queue_title(queue)
        if self.model.total > shown:
            title += (
                self.tr(" — the oldest %1 of %2")
                .replace("%1", str(shown))
                .replace("%2", str(self.model.total))
            )
        self.title.setText(title)
        self.hint.setText(text.queue_hint(queue))
        self.empty.setText(text.queue_empty(queue))
        self.stack.setCurrentIndex(0 if shown else 1)
        if shown:
            self.table.selectRow(0)
        self._update_actions()

    def reload(self, totals: dict[str, int] | None = None) -> None:
        row = self.table.currentIndex().row()
        self.show_queue(
            self.model.queue, (totals or {}).get(self.model.queue), self.model.rowCount()
        )
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    # -- actions -------------------------------------------------------------------------
    def item_entries(self) -> list:
        """An item's right-click menu: the buttons below the queue (those this queue shows),
        in their order. A new button for items goes here too."""
        return [
            *self._item_buttons,
            None,
            self.snooze_button,
            self.done_button,
        ]

    def current(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.item(index.row())

    def queue_of_current(self) -> str:
        """The selected item's queue (on the Today page each row has its own)."""
        item = self.current()
        return item.queue if item is not None else self.model.queue

    def _buttons(self) -> dict[Action, QPushButton]:
        """The button of each action a queue's declaration may offer; answering and
        following up share one ("Log reply…", "Log follow-up…")."""
        return {
            Action.CONFIRM: self.confirm_button,
            Action.WRITE_SUMMARY: self.summary_button,
            Action.REPLY: self.reply_button,
            Action.FOLLOW_UP: self.reply_button,
            Action.GET_IN_TOUCH: self.touch_button,
            Action.OPEN_CLIENT: self.open_button,
            Action.DONE: self.done_button,
        }

    def _update_actions(self) -> None:
        item = self.current()
        buttons = self._buttons()
        actions = queues.queue(self.queue_of_current()).actions
        offered = {buttons[a] for a in actions}
        # One button answers and follows up; it says which of the two it records.
        following_up = Action.FOLLOW_UP in actions and Action.REPLY not in actions
        self.reply_button.setText(
            self.tr("&Log follow-up…") if following_up else self.tr("&Log reply…")
        )
        has = item is not None
        for b in set(buttons.values()):
            b.setVisible(b in offered)
            b.setEnabled(has)
        self.snooze_button.setVisible(True)
        self.snooze_button.setEnabled(has)
        self.summary_button.setEnabled(has and self.summary_enabled)
        self.summary_button.setToolTip(self.tr("Write up what was agreed (Ctrl+Shift+E)"))
        step = item.next_step if has else None
        messages = (
            step is not None and step.step is not Step.WRITE_SUMMARY and bool(item.conversation)
        )
        self.message_button.setVisible(messages)
        self.message_button.setEnabled(messages)
        if messages:
            self.message_button.setText(text.step_text(step, self.catalogue) + "…")
        confirmable = has and item.queue == "unconfirmed_email" and bool(step.channel)
        self.confirmed_button.setVisible(confirmable)
        self.confirmed_button.setEnabled(confirmable)
        if confirmable:
            self.confirmed_button.setText(
                self.tr("Confirmed by %1").replace(
                    "%1", text.channel_name(self.catalogue, step.channel)
                )
            )
            self.confirmed_button.setToolTip(
                self.tr("The client said they got the e-mail: record it (Ctrl+Y)")
            )

    summary_enabled = True

    def default_action(self) -> None:
        """The item's next message when it has one, else the first action the queue offers
        (Enter, a double click)."""
        if self.message_button.isEnabled():
            self.send_message()
            return
        if self.current() is None:
            return
        action = queues.queue(self.queue_of_current()).actions[0]
        if action is Action.CONFIRM:
            self.confirm()
        elif action is Action.WRITE_SUMMARY and self.summary_enabled:
            self.summary()
        elif action in (Action.REPLY, Action.FOLLOW_UP, Action.GET_IN_TOUCH):
            self.reply()
        elif action is Action.DONE:
            self.done()
        else:
            self.open_selected()

    def confirm(self) -> None:
        from contacttracker.ui.log_dialog import ConfirmDialog

        item = self.current()
        if item is None or item.conversation_id is None:
            return
        from contacttracker.store import browse  # with its first use: start-up shows only queues

        email = browse.conversation(item.conversation_id)
        if email is None:
            return
        dialogs.exec_dialog(ConfirmDialog(self.catalogue, email, self))

    def send_message(self) -> None:
        """Open the client's program with the item's next message typed in; the window asks
        on its return whether it was sent."""
        from contacttracker.ui.follow_through import of

        item, follow = self.current(), of(self)
        if item is not None and follow is not None:
            follow.nudge(item, self)

    def confirmed_by_next_channel(self) -> None:
        """The client answered yes on the channel we asked on: one key records it."""
        from contacttracker.store.conversations import record_confirmation
        from contacttracker.store.settings import author
        from contacttracker.store.timeutil import now_utc

        item = self.current()
        if not self.confirmed_button.isEnabled() or item is None or item.conversation_id is None:
            return
        record_confirmation(item.conversation_id, item.next_step.channel, now_utc(), "", author())
        bus.changed.emit()

    def summary(self) -> None:
        item = self.current()
        if item is not None and item.conversation_id is not None:
            self.write_summary.emit(item.conversation_id)

    def reply(self) -> None:
        from contacttracker.ui.log_dialog import LogDialog

        item = self.current()
        if item is None:
            return
        queue = item.queue
        actions = queues.queue(queue).actions
        if Action.REPLY in actions:
            dialog = LogDialog(
                self.catalogue,
                self,
                client_id=item.client_id,
                channel=item.channel,
                direction="out",
                subject=("Re: " + item.subject) if item.subject else "",
                replies_to=item.conversation_id,
            )
        else:
            dialog = LogDialog(
                self.catalogue, self, client_id=item.client_id, channel=item.next_step.channel
            )
        if dialogs.exec_dialog(dialog) and Action.FOLLOW_UP in actions and item.conversation_id:
            from contacttracker.store.conversations import mark_done

            mark_done(item.conversation_id, queue)
            bus.changed.emit()

    def open_selected(self) -> None:
        item = self.current()
        if item is not None:
            self.open_client.emit(item.client_id, item.conversation_id or 0)

    def snooze(self) -> None:
        """Ctrl+B: put the item off until a time picked from the snooze menu."""
        from contacttracker.store.timeutil import now_utc
        from contacttracker.ui import snooze_menu

        item = self.current()
        if item is None or not self.snooze_button.isEnabled():
            return
        button = self.snooze_button
        where = button.mapToGlobal(button.rect().bottomLeft())
        until = snooze_menu.ask_until(self, where, now_utc())
        if until is None:
            return
        try:
            snooze_menu.snooze(item, until)
        except ValueError as exc:  # the time passed meanwhile, the item went
            dialogs.message(self, "warning", self.tr("Snooze"), text.localized(exc))
            return
        bus.changed.emit()

    def done(self) -> None:
        item = self.current()
        if (
            item is None
            or item.conversation_id is None
            or Action.DONE not in queues.queue(item.queue).actions
        ):
            return
        from contacttracker.store.conversations import mark_done  # loaded on first use

        mark_done(item.conversation_id, item.queue)
        bus.changed.emit()
