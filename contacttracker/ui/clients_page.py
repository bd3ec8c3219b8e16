"""Clients: an instantly filtered list, the client card with click-to-contact, and the log."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contacttracker.domain.channels import Catalogue, contact_link
from contacttracker.domain.clock import local_time, within_hours
from contacttracker.domain.phones import formatted
from contacttracker.store import browse
from contacttracker.store import setting_keys as keys
from contacttracker.store.conversations import delete_conversation
from contacttracker.store.timeutil import now_utc
from contacttracker.ui import context_menus, dialogs, follow_through, machine_settings, text
from contacttracker.ui.bus import bus
from contacttracker.ui.client_models import ClientListModel, LogModel
from contacttracker.ui.empty_state import EmptyState
from contacttracker.ui.fit import share_width
from contacttracker.ui.flow_layout import FlowLayout
from contacttracker.ui.icons import channel_icon
from contacttracker.ui.models import ID_ROLE, ROW_ROLE
from contacttracker.ui.timeline import Timeline


def plain_label(parent: QWidget, value: str = "") -> QLabel:
    """A label that never interprets user text as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(value)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def table(parent: QWidget, model, name: str) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class ClientCard(QFrame):
    """Who the client is, how to reach them, and whether now is a good time."""

    edit_requested = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.card: browse.ClientCard | None = None
        self.name = plain_label(self)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.name.setFont(font)
        self.company = plain_label(self)
        self.clock = plain_label(self)
        self.rhythm = plain_label(self)
        self.tags = plain_label(self)
        self.notes = plain_label(self)
        self.notes.setWordWrap(True)
        for label in (self.name, self.company, self.clock, self.rhythm, self.tags):
            label.setWordWrap(True)  # a narrow card wraps the line instead of cutting it
            label.setMinimumWidth(50)
        self.edit = QPushButton(self.tr("&Edit client…"), self)
        self.edit.clicked.connect(self.edit_requested)
        self.buttons = FlowLayout()
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name)
        titles.addWidget(self.company)
        head.addLayout(titles, 1)
        head.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.clock)
        layout.addWidget(self.rhythm)
        layout.addLayout(self.buttons)
        layout.addWidget(self.tags)
        layout.addWidget(self.notes)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.show_client(None)

    def show_client(self, client_id: int | None) -> None:
        self.card = browse.client_card(client_id) if client_id else None
        card = self.card
        while self.buttons.count():
            widget = self.buttons.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.edit.setEnabled(card is not None)
        if card is None:
            self.name.setText(self.tr("No client selected"))
            for label in (self.company, self.clock, self.rhythm, self.tags, self.notes):
                label.setText("")
            self.company.setText(self.tr("Choose a client on the left, or add one with Ctrl+N."))
            for label in (self.company, self.clock, self.rhythm, self.tags, self.notes):
                label.setVisible(bool(label.text()))
            return
        self.name.setText(card.name)
        self.company.setText(card.company)
        self.clock.setText(self._clock_text(card))
        rhythm = [
            self.tr("Answer within %1 h").replace("%1", f"{card.response_hours:g}")
            if card.response_hours
            else self.tr("Answer within the default response time"),
        ]
        if card.keep_in_touch_days:
            rhythm.append(self.tr("keep in touch every %n day(s)", "", card.keep_in_touch_days))
        if card.last_contact:
            rhythm.append(self.tr("last contact %1").replace("%1", text.when(card.last_contact)))
        self.rhythm.setText(" · ".join(rhythm))
        about = []
        if card.projects:
            about.append(self.tr("Projects: %1").replace("%1", ", ".join(card.projects)))
        if card.tags:
            about.append(self.tr("Tags: %1").replace("%1", card.tags))
        self.tags.setText(" · ".join(about))
        self.notes.setText(card.notes)
        for label in (self.company, self.clock, self.rhythm, self.tags, self.notes):
            label.setVisible(bool(label.text()))  # no blank lines on the card
        for position, (key, _typed, normal) in enumerate(card.channels):
            shown = formatted(normal) if normal.startswith("+") else normal
            button = QPushButton(
                f"{position + 1}. {text.channel_name(self.catalogue, key)}: {shown}"
            )
            button.setIcon(channel_icon(key))
            button.setToolTip(self.tr("Open in the program that handles this channel"))
            button.setAccessibleName(
                self.tr("Contact by %1").replace("%1", text.channel_via(self.catalogue, key))
            )
            button.clicked.connect(lambda _=False, k=key, n=normal: self.contact(k, n))
            if self.catalogue.get(key).link in follow_through.MESSAGE_LINKS:
                # Right-click (or the menu key): the channel opens with a message written.
                button.setToolTip(
                    self.tr(
                        "Open in the program that handles this channel; right-click to write a message"
                    )
                )
                button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                button.customContextMenuRequested.connect(
                    lambda pos, b=button, k=key: self._message_menu(b, k, pos)
                )
            self.buttons.addWidget(button)
        if not card.channels:
            self.buttons.addWidget(plain_label(self, self.tr("No channels yet: edit the client.")))

    def _message_menu(self, button: QPushButton, key: str, pos) -> None:
        """What a message on this channel could be about: each of the client's items that
        waits for one, or a plain check-in."""
        from contacttracker.domain.rules import NextStep, Step
        from contacttracker.io import nudge as nudges

        card, follow = self.card, follow_through.of(self)
        if card is None or follow is None:
            return
        menu = QMenu(button)
        for item in nudges.waiting_on(card.id):
            if item.next_step.step is Step.WRITE_SUMMARY:
                continue
            step = text.step_text(NextStep(item.next_step.step, key), self.catalogue)
            about = f"{step}: {item.subject}" if item.subject else step
            menu.addAction(about, lambda i=item: follow.nudge(i, self, via=key))
        if menu.actions():
            menu.addSeparator()
        menu.addAction(
            self.tr("Check in by %1").replace("%1", text.channel_via(self.catalogue, key)),
            lambda: follow.check_in(card.id, key, self),
        )
        dialogs.popup(menu, button.mapToGlobal(pos))

    def _clock_text(self, card: browse.ClientCard) -> str:
        now = now_utc()
        parts = []
        if card.time_zone:
            local = local_time(now, card.time_zone)
            parts.append(
                self.tr("Their time: %1 (%2)")
                .replace("%1", local.strftime("%H:%M"))
                .replace("%2", card.time_zone)
            )
        if card.preferred_hours:
            inside = within_hours(now, card.time_zone, card.preferred_hours)
            state = self.tr("a good time to call") if inside else self.tr("outside their hours")
            parts.append(
                self.tr("prefers %1 — %2").replace("%1", card.preferred_hours).replace("%2", state)
            )
        return " · ".join(parts)

    def contact(self, key: str, handle: str) -> bool:
        channel = self.catalogue.get(key)
        link = contact_link(channel, handle)
        name = text.channel_name(self.catalogue, key)
        if not link:
            dialogs.message(
                self,
                "info",
                name,
                self.tr("There is no link to open for this channel; the handle is: %1").replace(
                    "%1", handle
                ),
            )
            return False
        card = self.card
        spoken = channel.kind.value in ("voice", "video")
        if (
            spoken
            and card
            and within_hours(now_utc(), card.time_zone, card.preferred_hours) is False
        ):
            local = local_time(now_utc(), card.time_zone).strftime("%H:%M")
            ask = (
                self.tr("It is %1 for %2, outside their preferred hours (%3). Call anyway?")
                .replace("%1", local)
                .replace("%2", card.name)
                .replace("%3", card.preferred_hours)
            )
            if not dialogs.question(self, self.tr("Outside their hours"), ask):
                return False
        if not QDesktopServices.openUrl(QUrl(link)):
            dialogs.message(
                self,
                "warning",
                name,
                self.tr(
                    "Nothing on this computer opens %1 links. Install %2 or copy the handle: %3"
                )
                .replace("%1", QUrl(link).scheme())
                .replace("%2", name)
                .replace("%3", handle),
            )
            return False
        follow = follow_through.of(self)
        if card and follow is not None and channel.link in follow_through.CALL_KINDS:
            follow.call_started(card.id, key)  # on return: "Log this call?"
        return True


class ClientsPage(QWidget):
    write_summary = Signal(int)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.clients = ClientListModel(catalogue, self)
        self.log = LogModel(catalogue, self)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name, company, tag or handle"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter clients"))
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self._focus_list)
        self._shown_client: int | None = None
        self.show_archived = QCheckBox(self.tr("Show &archived"), self)
        self.show_archived.toggled.connect(self.clients.set_archived)
        self.list = table(self, self.clients, self.tr("Clients"))
        self.list.setSortingEnabled(True)
        self.list.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # Name, company, preferred channel, last contact, open: all in view, the channel
        # (shown on the card too) stepping aside when the list is narrow.
        date = text.when(datetime(2026, 12, 28, 22, 58, tzinfo=UTC))  # the longest kind
        share_width(self.list, (170, 150, 190, 120, 50), least=(14, 10, 14, date, 0), drop=(2,))
        self.list.selectionModel().currentRowChanged.connect(self._client_changed)
        self.count = plain_label(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # The filter gets the whole width: in Ukrainian and Russian the checkbox beside it
        # left it a few letters wide.
        left_layout.addWidget(self.filter)
        # No clients, or none the filter matches: said, with what to do (ui/empty_state).
        self.no_clients = EmptyState(left)
        self.add_button = self.no_clients.add_button(self.tr("&Add a client…"), "new_client")
        self.import_button = self.no_clients.add_button(
            self.tr("&Import contacts…"), "files.import_files"
        )
        self.clear_button = self.no_clients.add_button(
            self.tr("&Clear the filter"), self.filter.clear
        )
        self.list_stack = QStackedWidget(left)
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.no_clients)
        left_layout.addWidget(self.list_stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.show_archived)
        left_layout.addLayout(bottom)

        self.card = ClientCard(catalogue, self)
        self.card.edit_requested.connect(self.edit_client)
        self.log_view = table(self, self.log, self.tr("Conversation log"))
        share_width(
            self.log_view,
            (120, 112, 56, 160, 190, 260, 200),
            least=(date, 11, 8, 12, 14, 14, 14),
            drop=(6, 5),
        )
        self.log_view.selectionModel().currentRowChanged.connect(self._update_actions)
        self.log_view.doubleClicked.connect(self._open_link)
        self.log_button = QPushButton(self.tr("&Log conversation…"), self)
        self.confirm_button = QPushButton(self.tr("Con&firm receipt…"), self)
        self.summary_button = QPushButton(self.tr("&Write summary e-mail…"), self)
        self.edit_button = QPushButton(self.tr("E&dit…"), self)
        self.history_button = QPushButton(self.tr("&History…"), self)
        self.edit_button.clicked.connect(self.edit_conversation)
        self.history_button.clicked.connect(self.show_history)
        self.trash_button = QPushButton(self.tr("Move to &trash"), self)
        self.log_button.clicked.connect(self.log_conversation)
        self.confirm_button.clicked.connect(self.confirm)
        self.summary_button.clicked.connect(self._summary)
        self.trash_button.clicked.connect(self.trash)
        self.timeline_button = QPushButton(self.tr("Ti&meline"), self)
        self.timeline_button.setCheckable(True)
        self.timeline_button.setToolTip(self.tr("Read the history as a thread, or as the table"))
        self.timeline_button.setChecked(
            machine_settings.value(keys.CLIENTS_TIMELINE) in (True, "true", "1", 1)
        )
        self.timeline_button.toggled.connect(self._timeline_toggled)
        actions = FlowLayout()  # wraps rather than cutting the buttons' words
        actions.addWidget(self.timeline_button)
        for b in (self.log_button, self.confirm_button, self.summary_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.history_button)
        actions.addWidget(self.trash_button)
        # Right-click (or the menu key) on a client or a conversation: the same actions.
        self.delete_action = QAction(self.tr("&Delete client for good…"), self)
        self.delete_action.triggered.connect(self.delete_client)
        context_menus.attach(self.list, self.client_entries)
        context_menus.attach(self.log_view, self.conversation_entries)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.card)
        self.no_conversations = EmptyState(right)
        self.no_conversations.say(
            self.tr("No conversations with this client yet."),
            self.tr("Log a call, a message or a meeting, or import a chat or the mailbox."),
        )
        # No key of its own: "&Log conversation…" below does the same.
        self.no_conversations.add_button(self.tr("Log a conversation…"), self.log_conversation)
        self.no_conversations.add_button(self.tr("&Import history…"), "files.import_files")
        self.log_stack = QStackedWidget(right)
        self.log_stack.addWidget(self.log_view)
        self.log_stack.addWidget(self.no_conversations)
        # The same history as a thread, newest at the bottom, links drawn (ui/timeline.py).
        self.timeline = Timeline(catalogue, right)
        self.timeline.chosen.connect(self._choose_conversation)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(self._timeline_menu)
        self.log_stack.addWidget(self.timeline)
        right_layout.addWidget(self.log_stack, 1)
        right_layout.addLayout(actions)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        # The list gets over half: its name, company, last contact and open items stay in
        # view on a 1024-pixel screen, and the card wraps its lines.
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)
        self.splitter.setSizes([550, 450])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.clients.reload()
        self._update_count()
        self._update_actions()

    summary_enabled = True

    def client_entries(self) -> context_menus.Entries:
        """A client's right-click menu: what the card's and the log's buttons do for them."""
        return [self.log_button, self.card.edit, None, self.delete_action]

    def conversation_entries(self) -> context_menus.Entries:
        """A conversation's right-click menu: the buttons under the log, in their order."""
        return [
            self.log_button,
            self.confirm_button,
            self.summary_button,
            None,
            self.edit_button,
            self.history_button,
            None,
            self.trash_button,
        ]

    # -- the list -------------------------------------------------------------------------
    def _filter(self, value: str) -> None:
        """Only the list changes while typing; the card stays until another client is chosen,
        or until nothing matches at all."""
        selected = self._shown_client
        self.clients.set_filter(value)
        self._update_count()
        row = self.clients.row_of(selected) if selected else -1
        if row >= 0:
            self.list.selectRow(row)
        elif not self.clients.rowCount() and selected is not None:
            # Nothing matches: no card of a client who is not in the list, and nothing
            # to log a conversation for.
            self._shown_client = None
            self.card.show_client(None)
            self.log.clear()
            self._update_actions()

    def _focus_list(self) -> None:
        """Enter in the filter: go to the list, on the first match."""
        if self.clients.rowCount():
            self.list.setFocus()
            if not self.list.currentIndex().isValid():
                self.list.selectRow(0)

    def _update_count(self) -> None:
        n = self.clients.rowCount()
        more = "+" if self.clients.canFetchMore() else ""
        self.count.setText(self.tr("%n client(s)", "", n).replace(str(n), f"{n}{more}", 1))
        self._show_empty_states()

    def current_client(self) -> int | None:
        """The client on the card (it stays while the filter hides it from the list)."""
        return self._shown_client

    def _selected_client(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _client_changed(self) -> None:
        client_id = self._selected_client()
        if client_id is None or client_id == self._shown_client:
            self._update_actions()
            return
        self._shown_client = client_id
        self.card.show_client(client_id)
        if client_id:
            self.log.load(client_id)
            if self.log.rowCount():
                self.log_view.selectRow(0)
        else:
            self.log.clear()
        self._update_actions()

    def show_client(self, client_id: int, conversation_id: int = 0, reveal: bool = True) -> None:
        """Select a client (and a conversation of theirs). Asked for from another view
        (`reveal`), a client the filter hides clears the filter, and an archived one shows
        the archived; a reload never changes either behind the user's back."""
        row = self.clients.row_of(client_id)
        if row < 0 and reveal:
            card = browse.client_card(client_id)
            if card is not None and card.archived and not self.show_archived.isChecked():
                self.show_archived.setChecked(True)
            row = self.clients.row_of(client_id)
            if row < 0 and self.filter.text():
                self.filter.clear()
                row = self.clients.row_of(client_id)
            while row < 0 and self.clients.canFetchMore():
                self.clients.fetchMore()
                row = self.clients.row_of(client_id)
        if row >= 0:
            self.list.selectRow(row)
            self.list.scrollTo(self.clients.index(row, 0))
        if conversation_id:
            target = self.log.row_of(conversation_id)
            if target >= 0:
                self.log_view.selectRow(target)
                self.log_view.scrollTo(self.log.index(target, 0))
                self.log_view.setFocus()

    def reload(self) -> None:
        client_id = self.current_client()
        conv = self.current_conversation()
        self.clients.reload()
        self._update_count()
        if client_id:
            self.show_client(client_id, conv.id if conv else 0, reveal=False)
            self._shown_client = client_id
            self.card.show_client(client_id)
            self.log.load(client_id)
            if conv:
                row = self.log.row_of(conv.id)
                if row >= 0:
                    self.log_view.selectRow(row)
        self._update_actions()

    # -- the log ---------------------------------------------------------------------------
    def current_conversation(self) -> browse.LogRow | None:
        index = self.log_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _update_actions(self) -> None:
        conv = self.current_conversation()
        self.log_button.setEnabled(self.current_client() is not None)
        self.delete_action.setEnabled(self.current_client() is not None)
        self.confirm_button.setEnabled(bool(conv and conv.awaiting_confirmation))
        self.summary_button.setEnabled(
            bool(self.summary_enabled and conv and self.catalogue.get(conv.channel).spoken)
        )
        self.trash_button.setEnabled(conv is not None)
        self.edit_button.setEnabled(conv is not None)
        self.history_button.setEnabled(conv is not None)
        self._show_empty_states()

    def _show_empty_states(self) -> None:
        """An empty list or log says why and offers what to do instead of a blank table."""
        listed = self.clients.rowCount() > 0
        if not listed:
            typed = self.filter.text().strip()
            if typed:
                self.no_clients.say(
                    self.tr("No client matches “%1”.").replace("%1", typed),
                    self.tr("Names, companies, tags and every handle are searched."),
                )
            else:
                self.no_clients.say(
                    self.tr("No clients yet."),
                    self.tr("Add your first client, or import the contacts you have."),
                )
            self.add_button.setVisible(not typed)
            self.import_button.setVisible(not typed)
            self.clear_button.setVisible(bool(typed))
        self.list_stack.setCurrentWidget(self.list if listed else self.no_clients)
        empty_log = self.current_client() is not None and self.log.rowCount() == 0
        if empty_log:
            self.log_stack.setCurrentWidget(self.no_conversations)
        elif self.timeline_button.isChecked():
            conv = self.current_conversation()
            self.timeline.show_client(
                self.current_client(), conv.id if conv else 0, self.log.author
            )
            self.log_stack.setCurrentWidget(self.timeline)
        else:
            self.log_stack.setCurrentWidget(self.log_view)

    def _timeline_toggled(self, on: bool) -> None:
        """Thread or table: shown at once, and so next time on this computer."""
        machine_settings.set_value(keys.CLIENTS_TIMELINE, on)
        self._update_actions()

    def _choose_conversation(self, conversation_id: int) -> None:
        """A conversation chosen in the timeline becomes the log's current row."""
        row = self.log.row_of(conversation_id)
        if row >= 0:
            self.log_view.selectRow(row)

    def _timeline_menu(self, pos) -> None:
        """Right-click on a conversation of the timeline: the log row's menu, for it."""
        href = self.timeline.anchorAt(pos)
        if href.startswith("conversation:") and href[13:].isdigit():
            self._choose_conversation(int(href[13:]))
        where = self.timeline.viewport().mapToGlobal(pos)
        context_menus.show(self.timeline, self.conversation_entries(), where)

    def _open_link(self) -> None:
        conv = self.current_conversation()
        if conv and conv.links:
            target = conv.links[0][3]
            row = self.log.row_of(target)
            if row >= 0:
                self.log_view.selectRow(row)

    def log_conversation(self) -> None:
        from contacttracker.ui.log_dialog import LogDialog

        dialogs.exec_dialog(LogDialog(self.catalogue, self, client_id=self.current_client()))

    def confirm(self) -> None:
        from contacttracker.ui.log_dialog import ConfirmDialog

        conv = self.current_conversation()
        if conv is not None:
            dialogs.exec_dialog(ConfirmDialog(self.catalogue, conv, self))

    def _summary(self) -> None:
        conv = self.current_conversation()
        if conv is not None:
            self.write_summary.emit(conv.id)

    def trash(self) -> None:
        conv = self.current_conversation()
        if conv is None:
            return
        ask = (
            self.tr("Move this %1 of %2 to the trash?")
            .replace("%1", text.channel_name(self.catalogue, conv.channel))
            .replace("%2", text.when(conv.occurred_at))
        )
        if dialogs.question(self, self.tr("Move to trash"), ask):
            delete_conversation(conv.id)
            bus.changed.emit()

    def edit_conversation(self) -> None:
        from contacttracker.ui.log_dialog import LogDialog

        conv = self.current_conversation()
        if conv is not None:
            dialogs.exec_dialog(LogDialog(self.catalogue, self, conversation_id=conv.id))

    def show_history(self) -> None:
        from contacttracker.ui.history_dialogs import HistoryDialog

        conv = self.current_conversation()
        if conv is not None:
            dialogs.exec_dialog(HistoryDialog(self.catalogue, conv.id, self))

    def edit_client(self) -> None:
        from contacttracker.ui.client_dialog import ClientDialog

        client_id = self.current_client()
        if client_id is not None:
            dialogs.exec_dialog(ClientDialog(self.catalogue, self, client_id))

    def delete_client(self) -> None:
        """Erase the client on the card for good, after a warning and a backup."""
        from contacttracker.ui.client_erasure import erase_for_good

        client_id = self.current_client()
        location = getattr(self.window(), "location", None)
        if client_id is None or location is None:
            return
        if erase_for_good(self, location, client_id):
            self._shown_client = None
            self.card.show_client(None)
            self.log.clear()
            self._update_actions()
