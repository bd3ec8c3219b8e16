"""The main window: the sidebar with the queues' counts, the pages, keeping up with what
others save, the language and the window's state. Its menus are the table in
window_actions; what they do with files and databases lives in file_operations and
database_switching."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from contacttracker import __version__
from contacttracker.domain.queues import QUEUES
from contacttracker.store import attention
from contacttracker.store import setting_keys as keys
from contacttracker.store.database import APP_NAME, Location
from contacttracker.store.settings import catalogue as load_catalogue
from contacttracker.ui import dialogs, i18n, machine_settings, text, whose
from contacttracker.ui.attention_page import AttentionPage
from contacttracker.ui.bus import bus
from contacttracker.ui.follow_through import FollowThrough
from contacttracker.ui.today_page import TodayPage
from contacttracker.ui.window_actions import build_menus

PAGE_ROLE = Qt.ItemDataRole.UserRole
#: The queues are judged against now at least this often (ms), so ages stay current.
CLOCK_CAP_MS = 60_000


log = logging.getLogger("contacttracker")


class MainWindow(QMainWindow):
    def __init__(self, location: Location, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.catalogue = load_catalogue()
        self.setMinimumSize(900, 560)
        self.resize(1280, 800)

        self.sidebar = QListWidget(self)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setWordWrap(True)
        self.sidebar.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.sidebar.setSpacing(1)
        self._fill_sidebar()

        self.attention = AttentionPage(self.catalogue, self)
        self.today = TodayPage(self.catalogue, self)
        # Clients and Search are built on first visit: start-up shows the queues only.
        self._clients = None
        self._search = None
        self._insights = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.today)
        self.pages.addWidget(self.attention)
        # Everyone's work or only mine: the queues, their counts and the log follow it.
        self.whose = QComboBox(self)
        self.whose.currentIndexChanged.connect(self._whose_changed)
        self._fill_whose()
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.whose)
        side_layout.addWidget(self.sidebar, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setCollapsible(0, True)  # F9 or a drag hides the sidebar
        self._sidebar_width = 0
        self.setCentralWidget(self.splitter)

        self._connect_pages()
        self.sidebar.currentItemChanged.connect(self._section_changed)
        self._files = self._databases = None
        # Back from the client's messenger or a call: what was sent, what was said.
        self.follow = FollowThrough(self)
        self.follow.status.connect(self.statusBar().showMessage)
        self.follow.write_summary.connect(self.write_summary)
        from contacttracker.ui.undo_bar import UndoBar

        self.undo_bar = UndoBar(self)  # Ctrl+Z, and "Done — Undo" in the status bar
        self._build_menus()
        self.counts: dict[str, int] = {}
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        bus.changed.connect(self._refresh_timer.start)
        # A `contacttracker` command, another window or a colleague writing to the same
        # database: one cheap read every two seconds (see dialect.change_marker).
        self._data_version = self._read_data_version()
        self._recheck = False
        self._offline = False
        self._watch = QTimer(self)
        self._watch.setInterval(2000)
        self._watch.timeout.connect(self._check_outside_changes)
        self._watch.start()
        # Time passing: one single-shot timer to the next moment an item turns overdue or
        # enters a queue (at least once a minute), and the queues are judged again.
        self._clock = QTimer(self)
        self._clock.setSingleShot(True)
        self._clock.timeout.connect(self.rejudge)
        self._next_entry = None  # the next moment an item enters a queue by time
        self.refresh_counts()
        self.sidebar.setCurrentItem(self.today_item)
        self._size_sidebar = True  # on first show, unless a saved state says otherwise
        self.restore_state()
        from contacttracker.ui.mail_sync import MailSync

        self.mail = MailSync(self)  # the mailbox, synced off the GUI thread
        self._retranslate_timer = QTimer(self)
        self._retranslate_timer.setSingleShot(True)
        self._retranslate_timer.setInterval(0)
        self._retranslate_timer.timeout.connect(self.retranslate)

    def _fill_sidebar(self) -> None:
        """The headings and sections, in the window's language."""
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.clear()
        self.today_item = QListWidgetItem(self.tr("Today"))
        bold = QFont(self.today_item.font())
        bold.setBold(True)
        self.today_item.setFont(bold)
        self.today_item.setData(PAGE_ROLE, "today")
        self.sidebar.addItem(self.today_item)
        header = QListWidgetItem(self.tr("Needs attention"))
        header.setFont(bold)
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: readable, not selectable
        self.sidebar.addItem(header)
        self.queue_items: dict[str, QListWidgetItem] = {}
        for queue in QUEUES:
            item = QListWidgetItem(text.queue_title(queue))
            item.setData(PAGE_ROLE, queue)
            self.sidebar.addItem(item)
            self.queue_items[queue] = item
        spacer = QListWidgetItem("")
        spacer.setFlags(Qt.ItemFlag.NoItemFlags)
        self.sidebar.addItem(spacer)
        for key, label in (
            ("clients", self.tr("Clients")),
            ("search", self.tr("Search")),
            ("insights", self.tr("Insights")),
        ):
            item = QListWidgetItem(label)
            item.setData(PAGE_ROLE, key)
            item.setFont(bold)
            self.sidebar.addItem(item)

    def _connect_pages(self) -> None:
        """The queue pages' requests: a client, a summary e-mail, the first steps."""
        for page in (self.attention, self.today):
            page.open_client.connect(self.open_client)
            page.write_summary.connect(self.write_summary)
        self.today.add_client.connect(self.new_client)
        self.today.import_contacts.connect(lambda: self.files.import_files())
        self.today.try_sample.connect(lambda: self.databases.open_sample_database())
        for page in (self.attention, self.today):
            page.model.modelReset.connect(self._arm_clock)

    def queue_page(self) -> AttentionPage | None:
        """The queue page in view (Today or one queue's), whose item the keys act on."""
        current = self.pages.currentWidget()
        return current if current in (self.today, self.attention) else None

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest word and the "whose" choice; a longer title wraps
        onto a second line instead of being cut or pushing the page off a small screen."""
        widest = max(
            (
                QFontMetrics(self.sidebar.item(r).font()).horizontalAdvance(word)
                for r in range(self.sidebar.count())
                for word in self.sidebar.item(r).text().split()
            ),
            default=0,
        )
        width = max(widest + 24, self.whose.sizeHint().width(), 180)
        if width != self.sidebar.minimumWidth():
            self.sidebar.setMinimumWidth(width)
            self.sidebar.setMaximumWidth(max(width, 340))

    def toggle_sidebar(self) -> None:
        """F9: the sidebar out of the way on a small screen, and back."""
        sizes = self.splitter.sizes()
        if sizes[0] > 0:
            self._sidebar_width = sizes[0]
            self.splitter.setSizes([0, sizes[0] + sizes[1]])
        else:
            width = max(self._sidebar_width, self.sidebar.minimumWidth())
            self.splitter.setSizes([width, max(0, sizes[1] - width)])

    def _fill_whose(self) -> None:
        self.whose.blockSignals(True)
        self.whose.clear()
        self.whose.addItem(self.tr("Everyone's conversations"), whose.EVERYONE)
        self.whose.addItem(self.tr("Only mine"), whose.MINE)
        self.whose.setCurrentIndex(max(0, self.whose.findData(whose.choice())))
        self.whose.setAccessibleName(self.tr("Whose conversations to show"))
        self.whose.setToolTip(
            self.tr("Only mine: the conversations recorded under your name in Settings")
        )
        self.whose.blockSignals(False)

    def _whose_changed(self) -> None:
        whose.choose(self.whose.currentData())
        self.refresh()

    def _build_menus(self) -> None:
        self.menu_actions = build_menus(self)
        named = {a.objectName(): a for a in self.menu_actions if a.objectName()}
        self.local_action = named["use_local"]
        self.local_action.setEnabled(self.location.backend == "postgresql")
        [undo] = [a for a in self.menu_actions if a.objectName() == "undo"]
        self.undo_bar.use_action(undo)
        self.sample_actions = (named["open_sample"], named["leave_sample"])
        self.sample_changed()

    def sample_changed(self) -> None:
        """In the sample database the File menu offers the way back, else the way in."""
        from contacttracker.store.sample import is_sample

        in_sample = is_sample(self.location)
        self.sample_actions[0].setEnabled(not in_sample)
        self.sample_actions[1].setEnabled(in_sample)
        # And the status bar says so for as long as it lasts, with the way back at hand.
        if not hasattr(self, "sample_note"):
            from PySide6.QtWidgets import QPushButton

            self.sample_note = QPushButton(self)
            self.sample_note.setFlat(True)
            self.sample_note.clicked.connect(lambda: self.databases.back_to_your_database())
            self.statusBar().addPermanentWidget(self.sample_note)
        self.sample_note.setText(
            self.tr("Sample data: nothing here is real. Back to your database")
        )
        self.sample_note.setVisible(in_sample)

    # -- what the menus do, loaded on first use ----------------------------------------
    @property
    def files(self):
        """Import, export, backup, restore, copy."""
        from contacttracker.ui.file_operations import FileOperations

        if self._files is None:
            self._files = FileOperations(self)
        return self._files

    @property
    def databases(self):
        """Another file, the shared database, back to the local one."""
        from contacttracker.ui.database_switching import DatabaseSwitching

        if self._databases is None:
            self._databases = DatabaseSwitching(self)
        return self._databases

    # -- pages built on demand ------------------------------------------------------------
    @property
    def clients(self):
        from contacttracker.ui.clients_page import ClientsPage

        if self._clients is None:
            self._clients = ClientsPage(self.catalogue, self)
            self._clients.write_summary.connect(self.write_summary)
            state = machine_settings.value(keys.CLIENTS_SPLITTER)
            if state is not None:
                self._clients.splitter.restoreState(state)
            self.pages.addWidget(self._clients)
        return self._clients

    @property
    def search(self):
        from contacttracker.ui.search_page import SearchPage

        if self._search is None:
            self._search = SearchPage(self.catalogue, self)
            self._search.open_conversation.connect(self.open_client)
            self._search.find_clients.connect(self.find_clients)
            self.pages.addWidget(self._search)
        return self._search

    @property
    def insights(self):
        from contacttracker.ui.insights_page import InsightsPage

        if self._insights is None:
            self._insights = InsightsPage(self.catalogue, self)
            self.pages.addWidget(self._insights)
        return self._insights

    def built_pages(self) -> list:
        pages = (self.today, self.attention, self._clients, self._search, self._insights)
        return [p for p in pages if p is not None]

    # -- navigation ---------------------------------------------------------------------
    def _first_queue(self) -> str:
        return next((q for q in QUEUES if self.counts.get(q)), QUEUES[0])

    def show_attention(self) -> None:
        """The first queue with anything in it."""
        self.show_section(self._first_queue())

    def show_today(self) -> None:
        """Ctrl+1: the start page, every queue at once."""
        self.show_section("today")

    def show_section(self, key: str) -> None:
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(PAGE_ROLE) == key:
                self.sidebar.setCurrentItem(item)
        if key == "search":
            self.search.box.setFocus()
            self.search.box.selectAll()
        elif key == "clients":
            self.clients.filter.setFocus()
        elif key == "today":
            self.today.table.setFocus()
        else:
            self.attention.table.setFocus()

    def _section_changed(self, item: QListWidgetItem | None) -> None:
        key = item.data(PAGE_ROLE) if item else None
        if key == "today":
            self.today.show_today(self.counts)
            self.pages.setCurrentWidget(self.today)
        elif key in QUEUES:
            self.attention.show_queue(key, self.counts.get(key))
            self.pages.setCurrentWidget(self.attention)
        elif key == "clients":
            self.pages.setCurrentWidget(self.clients)
        elif key == "search":
            self.pages.setCurrentWidget(self.search)
        elif key == "insights":
            self.pages.setCurrentWidget(self.insights)

    def find_clients(self, words: str) -> None:
        """Search found no conversation: the same words in the clients' filter."""
        self.show_section("clients")
        self.clients.filter.setText(words)

    def open_client(self, client_id: int, conversation_id: int = 0) -> None:
        self.show_section("clients")
        self.clients.show_client(client_id, conversation_id)

    def pause_reminders(self, how: str) -> None:
        """Edit → Pause reminders (the tray's menu has the same): "hour", "tomorrow", or ""
        to resume; the status bar says until when."""
        from contacttracker.ui import background

        until = background.pause(how)
        if until is None:
            self.statusBar().showMessage(self.tr("Reminders are on again."), 8000)
        else:
            when = QLocale().toString(until.time(), QLocale.FormatType.ShortFormat)
            if until.date() != until.now(until.tzinfo).date():
                when = QLocale().toString(
                    until.replace(tzinfo=None), QLocale.FormatType.ShortFormat
                )
            self.statusBar().showMessage(
                self.tr("Reminders are paused until %1.").replace("%1", when), 8000
            )
        if getattr(self, "tray", None) is not None:
            self.tray.retranslate()

    def open_conversation(self, uuid: str) -> None:
        """A conversation by its UUID (a reminder's *Open* from `remind --notify`)."""
        from contacttracker.store import browse, lookup

        found = lookup.conversations(uuid) if lookup.uuid_like(uuid) else []
        row = browse.conversation(found[0].id) if len(found) == 1 else None
        self.bring_forward()
        if row is not None:
            self.open_client(row.client_id, row.id)
        else:
            self.show_attention()

    def _read_data_version(self) -> int | None:
        from contacttracker.store.dialect import change_marker

        return change_marker()

    def _check_outside_changes(self) -> None:
        from contacttracker.ui.errors import STORE_ERRORS

        try:
            version = self._read_data_version()
        except STORE_ERRORS as exc:
            self._went_offline(exc)
            return
        if self._offline:
            self._offline = False
            self.statusBar().showMessage(self.tr("Connected to the database again."), 8000)
            self._data_version = version
            self.refresh()
            return
        if version != self._data_version:
            self._data_version = version
            # On the shared database the marker can move a moment before the commit shows:
            # look once more on the next tick.
            self._recheck = self.location.backend == "postgresql"
            self.refresh()
        elif self._recheck:
            self._recheck = False
            self.refresh()

    def _went_offline(self, exc: BaseException) -> None:
        """The shared server went away: say so where it stays in view, keep looking.
        Whatever is saved is safe on the server; an open dialog keeps what was typed."""
        if self._offline:
            return
        self._offline = True
        log.warning("database unreachable: %s", exc)
        self.statusBar().showMessage(
            self.tr(
                "The shared database cannot be reached. Saving waits until it can; "
                "the window looks again every two seconds."
            )
        )

    def bring_forward(self) -> None:
        """Another start of the app asked for this window."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- refresh -----------------------------------------------------------------------------
    def refresh_counts(self) -> None:
        self.counts = attention.counts(author=whose.author())
        for queue, item in self.queue_items.items():
            n = self.counts[queue]
            title = text.queue_title(queue)
            # One space: a wrapped line ending in two was measured as fitting, then cut.
            item.setText(f"{title} ({QLocale().toString(n)})" if n else title)
        total = sum(self.counts.values())
        self.today_item.setText(
            self.tr("Today") + (f" ({QLocale().toString(total)})" if total else "")
        )
        self._fit_sidebar()
        # Qt adds the application's name itself ("… — contacttracker") where the desktop
        # shows it in the title bar: the usual database, named after the app, goes unsaid.
        name = self.database_title()
        if self.sample_actions[1].isEnabled():  # the sample database: never taken for real work
            name = self.tr("%1 (sample data)").replace("%1", name)
        parts = [self.tr("%n need(s) attention", "", total)] if total else []
        self.setWindowTitle(" — ".join([*parts, name] if name else parts))

    def database_title(self) -> str:
        """The database's name for the title bar; none for a file named after the app."""
        name = Path(self.location.describe()).name
        if self.location.path is not None and self.location.path.stem == APP_NAME:
            return ""
        return name

    def rejudge(self) -> None:
        """Time passed (the clock timer): what is stored is unchanged, so the items shown
        are judged again in place, with no read. Only when an item entered a queue by time
        (a follow-up fell due, a rhythm ran out, a snooze ended) or an urgent matter's next
        escalation came due are the counts and the page read again, and on Today when an
        item turned overdue (it moves up)."""
        from contacttracker.store.timeutil import now_utc
        from contacttracker.ui.errors import STORE_ERRORS

        now = now_utc()
        page = self.queue_page()
        entered = self._next_entry is not None and self._next_entry <= now
        if page is not None and not entered:  # an urgent matter's next step came due
            before = page.model.judged_at
            entered = any(before < i.step_due_at <= now for i in page.model.items if i.step_due_at)
        try:
            if not entered and page is not None:
                turned = page.model.judge_again(now)
                if not (turned and page is self.today):
                    self._arm_clock(read=False)
                    return
            self.refresh_counts()
            if page is not None:
                page.reload(self.counts)  # its reset aims the timer again
                return
        except STORE_ERRORS as exc:
            self._went_offline(exc)
        self._arm_clock()

    def _arm_clock(self, read: bool = True) -> None:
        """Aim the clock timer at the next threshold: the first deadline among the items
        shown, or the next item to enter a queue (read again unless `read` is False),
        capped at a minute."""
        from contacttracker.store.timeutil import now_utc
        from contacttracker.ui.errors import STORE_ERRORS

        if not hasattr(self, "_clock"):
            return  # still building the window: armed once it stands
        now = now_utc()
        if read:
            self._next_entry = None
            # The watch says when the server is gone; a minute from now this looks again.
            with contextlib.suppress(*STORE_ERRORS):
                self._next_entry = attention.next_change(now)
        page = self.queue_page()
        shown = page.model.items if page is not None else []
        ahead = [i.due_at for i in shown if not i.overdue and i.due_at]
        ahead += [i.step_due_at for i in shown if i.step_due_at]
        moments = [m for m in (*ahead, self._next_entry) if m is not None and m >= now]
        delay = CLOCK_CAP_MS
        if moments:
            # A second past it: stored times have whole seconds, and a rule says "past".
            seconds = (min(moments) - now).total_seconds() + 1
            delay = min(CLOCK_CAP_MS, max(1000, int(seconds * 1000)))
        self._clock.start(delay)

    def refresh(self) -> None:
        """After any save: counts, the visible queue, the client list and log, search."""
        from contacttracker.ui.errors import STORE_ERRORS

        try:
            self._refresh()
            self.undo_bar.update()
        except STORE_ERRORS as exc:
            self._went_offline(exc)
        self._arm_clock()

    def sync_and_refresh(self) -> None:
        """F5: what is stored read again, and the mailbox synced (its news come after)."""
        self.refresh()
        self.mail.sync_now(quiet=True)

    def _refresh(self) -> None:
        self.refresh_counts()
        current = self.pages.currentWidget()
        if current is self.attention:
            self.attention.reload(self.counts)
        elif current is self.today:
            self.today.reload(self.counts)
        if self._clients is not None:
            self._clients.reload()
        if self._search is not None and self._search.box.text():
            self._search.run()
        if self._insights is not None and self.pages.currentWidget() is self._insights:
            self._insights.reload()

    # -- actions ------------------------------------------------------------------------
    def log_conversation(self) -> None:
        from contacttracker.ui.log_dialog import LogDialog

        client_id = None
        if self._clients is not None and self.pages.currentWidget() is self._clients:
            client_id = self._clients.current_client()
        elif (page := self.queue_page()) is not None and page.current():
            client_id = page.current().client_id
        dialogs.exec_dialog(LogDialog(self.catalogue, self, client_id=client_id))

    def write_summary_for_selection(self) -> None:
        """Ctrl+Shift+E: the selected call in the log, or the selected attention item."""
        conversation_id = None
        if self._clients is not None and self.pages.currentWidget() is self._clients:
            conv = self._clients.current_conversation()
            conversation_id = conv.id if conv else None
        elif (page := self.queue_page()) is not None and page.current():
            conversation_id = page.current().conversation_id
        if conversation_id:
            self.write_summary(conversation_id)

    def write_summary(self, conversation_id: int) -> None:
        from contacttracker.ui.summary_dialog import write_summary

        write_summary(self, conversation_id)

    def new_client(self) -> None:
        from contacttracker.ui.client_dialog import ClientDialog

        dialog = ClientDialog(self.catalogue, self)
        if dialogs.exec_dialog(dialog) and dialog.saved:
            self.open_client(dialog.saved)

    def settings(self) -> None:
        from contacttracker.ui.settings_dialog import SettingsDialog

        dialogs.exec_dialog(SettingsDialog(self.location, self))
        self.mail.accounts_changed()  # an account added there syncs without waiting

    def show_trash(self) -> None:
        from contacttracker.ui.history_dialogs import TrashDialog

        dialogs.exec_dialog(TrashDialog(self.catalogue, self))

    # -- databases ---------------------------------------------------------------------
    def database_opened(self) -> None:
        """After any attempt to open another database (the one open may be the old one)."""
        self.local_action.setEnabled(self.location.backend == "postgresql")
        self.sample_changed()
        self._data_version = self._read_data_version()

    def database_switched(self) -> None:
        """Another database is open: its channels, its counts, its first queue."""
        self.catalogue = load_catalogue()
        for page in self.built_pages():
            page.catalogue = self.catalogue
        self.refresh()
        self.show_section("today")

    # -- help ----------------------------------------------------------------------------
    def data_location(self) -> None:
        dialogs.message(
            self,
            "info",
            self.tr("Data location"),
            self.tr(
                "This database: %1\n\nStart with --db FILE or set CONTACTTRACKER_DB to "
                "use another one."
            ).replace("%1", self.location.describe()),
        )

    def diagnostics(self) -> None:
        import platform

        import PySide6

        from contacttracker.store.database import db
        from contacttracker.store.schema import version_of

        lines = [
            f"contacttracker {__version__}",
            f"Python {platform.python_version()} · PySide6 {PySide6.__version__} · {platform.platform()}",
            self.tr("Database: %1 (schema %2)")
            .replace("%1", self.location.describe())
            .replace("%2", str(version_of(db.obj))),
            self.tr("Language: %1").replace("%1", i18n.current()),
            self.tr("Queues: %1").replace(
                "%1", ", ".join(f"{text.queue_title(q)} {n}" for q, n in self.counts.items())
            ),
        ]
        dialogs.message(self, "info", self.tr("Diagnostics"), "\n".join(lines))

    def about(self) -> None:
        dialogs.message(
            self,
            "info",
            self.tr("About contacttracker"),
            self.tr(
                "contacttracker %1\n\nEvery client's channels and every conversation: "
                "e-mails awaiting confirmation, agreements without a summary, replies we "
                "owe, follow-ups and clients we are losing touch with."
            ).replace("%1", __version__),
        )

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        # Installing translators sends one event per translator: rebuild once, afterwards.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_retranslate_timer"):
            self._retranslate_timer.start()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Show everything in the new language and keep what the user typed and chose: the
        menus, the sidebar and the pages are rebuilt, and the client filter, the selected
        client and conversation, the search words and the section come back."""
        section = self.sidebar.currentItem().data(PAGE_ROLE) if self.sidebar.currentItem() else None
        if getattr(self, "tray", None) is not None:
            self.tray.retranslate()
        filter_text = client_id = conversation_id = search_text = None
        if self._clients is not None:
            filter_text = self._clients.filter.text()
            client_id = self._clients.current_client()
            conversation = self._clients.current_conversation()
            conversation_id = conversation.id if conversation else 0
            machine_settings.set_value(keys.CLIENTS_SPLITTER, self._clients.splitter.saveState())
        if self._search is not None:
            search_text = self._search.box.text()
        self.menuBar().clear()
        for action in self.menu_actions:
            action.deleteLater()
        self._build_menus()
        self._fill_whose()
        self.sidebar.blockSignals(True)
        self._fill_sidebar()
        self.sidebar.blockSignals(False)
        for page in self.built_pages():
            self.pages.removeWidget(page)
            page.deleteLater()
        self._clients = self._search = self._insights = None
        self.attention = AttentionPage(self.catalogue, self)
        self.today = TodayPage(self.catalogue, self)
        self._connect_pages()
        self.pages.addWidget(self.today)
        self.pages.addWidget(self.attention)
        self.refresh_counts()
        if filter_text is not None:
            self.clients.filter.setText(filter_text)
            if client_id:
                self.clients.show_client(client_id, conversation_id or 0)
        if search_text:
            self.search.box.setText(search_text)
            self.search.run()
        self.show_section(section or "today")
        self.mail.retranslate()
        self.undo_bar.retranslate()

    # -- state ---------------------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = machine_settings.value(keys.WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = machine_settings.value(keys.WINDOW_SPLITTER)
        if state is not None:
            self.splitter.restoreState(state)
            self._size_sidebar = False

    def showEvent(self, event) -> None:
        """The sidebar starts wide enough for its lines, unless that would take more than
        a fifth of the window (then they wrap); the pages take the rest."""
        if self._size_sidebar:
            self._size_sidebar = False
            whole = max(
                QFontMetrics(self.sidebar.item(r).font()).horizontalAdvance(
                    self.sidebar.item(r).text()
                )
                for r in range(self.sidebar.count())
            )
            side = max(self.sidebar.minimumWidth(), min(whole + 24, self.width() // 5))
            self.splitter.setSizes([side, self.width() - side])
        super().showEvent(event)

    def closeEvent(self, event) -> None:
        from contacttracker.ui import background

        if background.hides_on_close(self):  # into the tray: reminders go on
            event.ignore()
            self.hide()
            return
        machine_settings.set_value(keys.WINDOW_GEOMETRY, self.saveGeometry())
        machine_settings.set_value(keys.WINDOW_SPLITTER, self.splitter.saveState())
        if self._clients is not None:
            machine_settings.set_value(keys.CLIENTS_SPLITTER, self._clients.splitter.saveState())
        super().closeEvent(event)
