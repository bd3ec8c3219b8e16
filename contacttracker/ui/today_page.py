"""Today: every queue in one list, most urgent first, each row with its next action.

It is the attention page over the day's model (models.TodayModel), so its buttons and keys
(Enter sends the nudge, Ctrl+Y records a confirmation, Ctrl+D closes an item) are the same
code. A day with nothing to do says so; a database with no clients offers the three ways to
begin instead: add a client, import contacts, try the sample database.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from contacttracker.domain.channels import Catalogue
from contacttracker.ui.attention_page import AttentionPage
from contacttracker.ui.empty_state import EmptyState
from contacttracker.ui.models import TodayModel


def _any_client() -> bool:
    from contacttracker.store.models import Client

    return Client.select().where(Client.deleted_at.is_null()).exists()


class TodayPage(AttentionPage):
    add_client = Signal()
    import_contacts = Signal()
    try_sample = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(catalogue, parent, TodayModel(catalogue))
        self.table.setAccessibleName(self.tr("Everything that needs attention today"))
        self.table.setSortingEnabled(False)
        self.day_done = EmptyState(self)
        self.day_done.say(
            self.tr("Nothing needs you today."),
            self.tr(
                "Every e-mail is confirmed, every agreement written up, no one waits for an "
                "answer and no follow-up is due."
            ),
        )
        self.day_done.add_button(self.tr("&Log a conversation…"), "log_conversation")
        self.first_steps = EmptyState(self)
        self.first_steps.say(
            self.tr("No clients yet."),
            self.tr(
                "Add your first client, import the contacts you have, or look around in a "
                "sample database first (your own stays empty)."
            ),
        )
        self.add_client_button = self.first_steps.add_button(
            self.tr("&Add a client…"), self.add_client.emit
        )
        self.import_button = self.first_steps.add_button(
            self.tr("&Import contacts…"), self.import_contacts.emit
        )
        self.sample_button = self.first_steps.add_button(
            self.tr("&Try sample data"), self.try_sample.emit
        )
        self.stack.addWidget(self.day_done)
        self.stack.addWidget(self.first_steps)
        self.empty.setText(self.tr("Nothing needs you today."))

    def show_today(self, totals: dict[str, int] | None = None) -> None:
        """Read the day again; `totals` are the queues' sizes the window has just counted."""
        self.model.load(totals)
        self.table.clearSpans()
        columns = self.model.columnCount()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, columns)
        self.title.setText(self.tr("Today"))
        self.hint.setText(
            self.tr(
                "Everything that needs you, most urgent first: the most overdue, then "
                "what falls due soonest. Each queue keeps its own page in the sidebar."
            )
        )
        if self.model.items:
            self.stack.setCurrentWidget(self.table)
            first = next(r for r in range(self.model.rowCount()) if self.model.item(r))
            self.table.selectRow(first)
        elif _any_client():
            self.stack.setCurrentWidget(self.day_done)
        else:
            self.stack.setCurrentWidget(self.first_steps)
        self._update_actions()

    def show_queue(self, queue: str, total: int | None = None, rows: int = 0) -> None:
        """The day holds every queue: any queue's reload reads the whole day."""
        self.show_today()

    def reload(self, totals: dict[str, int] | None = None) -> None:
        """The same item stays selected when it is still there, else the same row."""
        item, row = self.current(), self.table.currentIndex().row()
        self.show_today(totals)
        if item is not None:
            found = self.model.row_of(item.queue, item.conversation_id, item.client_id)
            if found < 0:  # done or gone: the item now in its place
                rows = [r for r in range(self.model.rowCount()) if self.model.item(r)]
                after = [r for r in rows if r >= row]
                found = after[0] if after else (rows[-1] if rows else -1)
            if found >= 0:
                self.table.selectRow(found)
        self._update_actions()

    def _update_actions(self) -> None:
        """An empty day offers its own buttons, not the items': those are hidden until an
        item is back (then the queue's rules say again which of them show)."""
        hidden: list[QPushButton] = getattr(self, "_hidden_when_empty", [])
        if self.model.items:
            for button in hidden:
                button.setVisible(True)
            hidden.clear()
        super()._update_actions()
        if not self.model.items:
            for button in self.findChildren(QPushButton):
                if not isinstance(button.parent(), EmptyState) and not button.isHidden():
                    button.setVisible(False)
                    hidden.append(button)
        self._hidden_when_empty = hidden
