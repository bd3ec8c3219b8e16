"""The main window: sidebar with the queues' counts, the pages, menus, long tasks."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from contacttracker import __version__
from contacttracker.domain.rules import QUEUES
from contacttracker.store import attention
from contacttracker.store.database import Location
from contacttracker.store.settings import catalogue as load_catalogue
from contacttracker.ui import dialogs, i18n, tasks, text, whose
from contacttracker.ui.attention_page import AttentionPage
from contacttracker.ui.bus import bus

PAGE_ROLE = Qt.ItemDataRole.UserRole


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
        self.sidebar.setMinimumWidth(230)
        self.sidebar.setMaximumWidth(340)
        self.sidebar.setSpacing(1)
        self._fill_sidebar()

        self.attention = AttentionPage(self.catalogue, self)
        # Clients and Search are built on first visit: start-up shows the queues only.
        self._clients = None
        self._search = None
        self._insights = None
        self.pages = QStackedWidget(self)
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
        self.setCentralWidget(self.splitter)

        self.attention.open_client.connect(self.open_client)
        self.attention.write_summary.connect(self.write_summary)
        self.sidebar.currentItemChanged.connect(self._section_changed)
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
        self.refresh_counts()
        first = next((q for q in QUEUES if self.counts.get(q)), QUEUES[0])
        self.sidebar.setCurrentItem(self.queue_items[first])
        self.restore_state()
        self._retranslate_timer = QTimer(self)
        self._retranslate_timer.setSingleShot(True)
        self._retranslate_timer.setInterval(0)
        self._retranslate_timer.timeout.connect(self.retranslate)

    def _fill_sidebar(self) -> None:
        """The headings and sections, in the window's language."""
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.clear()
        header = QListWidgetItem(self.tr("Needs attention"))
        bold = QFont(header.font())
        bold.setBold(True)
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

    # -- menus -----------------------------------------------------------------------------
    def _action(self, menu, label: str, slot, shortcut: str | QKeySequence | None = None):
        action = QAction(label, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&New database…"), self.new_database)
        self._action(
            file, self.tr("&Open database…"), self.open_database, QKeySequence.StandardKey.Open
        )
        file.addSeparator()
        self._action(file, self.tr("&Import…"), self.import_files, "Ctrl+I")
        export = file.addMenu(self.tr("&Export"))
        self._action(export, self.tr("&Clients…"), lambda: self.export("clients"))
        self._action(export, self.tr("C&onversations…"), lambda: self.export("conversations"))
        self._action(export, self.tr("&Needs attention…"), lambda: self.export("attention"))
        self._action(export, self.tr("Clients as &vCard…"), lambda: self.export("vcard"))
        self._action(
            export, self.tr("Follow-ups as ca&lendar (.ics)…"), lambda: self.export("calendar")
        )
        file.addSeparator()
        self._action(file, self.tr("&Trash…"), self.show_trash)
        self._action(file, self.tr("&Back up now…"), self.backup)
        self._action(file, self.tr("&Restore from backup…"), self.restore)
        file.addSeparator()
        self._action(file, self.tr("Cop&y into another database…"), self.copy_into)
        file.addSeparator()
        self._action(file, self.tr("S&hared database…"), self.shared_database)
        self.local_action = self._action(
            file, self.tr("Use the loc&al database"), self.use_local_database
        )
        self.local_action.setEnabled(self.location.backend == "postgresql")
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        self._action(edit, self.tr("&Log conversation…"), self.log_conversation, "Ctrl+L")
        self._action(
            edit,
            self.tr("&Write summary e-mail…"),
            self.write_summary_for_selection,
            "Ctrl+Shift+E",
        )
        self._action(edit, self.tr("&New client…"), self.new_client, QKeySequence.StandardKey.New)
        self._action(edit, self.tr("&Edit client…"), lambda: self.clients.edit_client(), "Ctrl+E")
        edit.addSeparator()
        self._action(
            edit, self.tr("&Settings…"), self.settings, QKeySequence.StandardKey.Preferences
        )

        view = bar.addMenu(self.tr("&View"))
        self._action(
            view,
            self.tr("&Needs attention"),
            lambda: self.show_section(self._first_queue()),
            "Ctrl+1",
        )
        self._action(view, self.tr("&Clients"), lambda: self.show_section("clients"), "Ctrl+2")
        self._action(view, self.tr("&Insights"), lambda: self.show_section("insights"), "Ctrl+3")
        self._action(
            view,
            self.tr("&Search"),
            lambda: self.show_section("search"),
            QKeySequence.StandardKey.Find,
        )
        view.addSeparator()
        self._action(view, self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)

        help_ = bar.addMenu(self.tr("&Help"))
        self._action(help_, self.tr("&Data location"), self.data_location)
        self._action(help_, self.tr("Dia&gnostics"), self.diagnostics)
        self._action(help_, self.tr("&About contacttracker"), self.about)

    # -- pages built on demand ------------------------------------------------------------
    @property
    def clients(self):
        from contacttracker.ui.clients_page import ClientsPage

        if self._clients is None:
            self._clients = ClientsPage(self.catalogue, self)
            self._clients.write_summary.connect(self.write_summary)
            state = QSettings().value("clients/splitter")
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
        pages = (self.attention, self._clients, self._search, self._insights)
        return [p for p in pages if p is not None]

    # -- navigation ---------------------------------------------------------------------
    def _first_queue(self) -> str:
        return next((q for q in QUEUES if self.counts.get(q)), QUEUES[0])

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
        else:
            self.attention.table.setFocus()

    def _section_changed(self, item: QListWidgetItem | None) -> None:
        key = item.data(PAGE_ROLE) if item else None
        if key in QUEUES:
            self.attention.show_queue(key, self.counts.get(key))
            self.pages.setCurrentWidget(self.attention)
        elif key == "clients":
            self.pages.setCurrentWidget(self.clients)
        elif key == "search":
            self.pages.setCurrentWidget(self.search)
        elif key == "insights":
            self.pages.setCurrentWidget(self.insights)

    def open_client(self, client_id: int, conversation_id: int = 0) -> None:
        self.show_section("clients")
        self.clients.show_client(client_id, conversation_id)

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
            item.setText(f"{title}  ({QLocale().toString(n)})" if n else title)
        total = sum(self.counts.values())
        place = self.location.describe()
        if total:
            self.setWindowTitle(
                self.tr("contacttracker — %n need(s) attention", "", total)
                + f" — {Path(place).name}"
            )
        else:
            self.setWindowTitle(self.tr("contacttracker") + f" — {Path(place).name}")

    def refresh(self) -> None:
        """After any save: counts, the visible queue, the client list and log, search."""
        from contacttracker.ui.errors import STORE_ERRORS

        try:
            self._refresh()
        except STORE_ERRORS as exc:
            self._went_offline(exc)

    def _refresh(self) -> None:
        self.refresh_counts()
        current = self.pages.currentWidget()
        if current is self.attention:
            self.attention.reload(self.counts)
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
        elif self.pages.currentWidget() is self.attention and self.attention.current():
            client_id = self.attention.current().client_id
        dialogs.exec_dialog(LogDialog(self.catalogue, self, client_id=client_id))

    def write_summary_for_selection(self) -> None:
        """Ctrl+Shift+E: the selected call in the log, or the selected attention item."""
        conversation_id = None
        if self._clients is not None and self.pages.currentWidget() is self._clients:
            conv = self._clients.current_conversation()
            conversation_id = conv.id if conv else None
        elif self.pages.currentWidget() is self.attention and self.attention.current():
            conversation_id = self.attention.current().conversation_id
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

    def import_files(self) -> None:
        """Choose files, see what will be stored, then import in the background."""
        from contacttracker.io.csv_import import ImportRejected
        from contacttracker.io.importers import import_any
        from contacttracker.ui.import_dialog import ImportDialog

        files = dialogs.open_files(
            self,
            self.tr("Import"),
            self.tr(
                "Everything importable (*.csv *.vcf *.vcard *.txt *.json *.eml *.mbox *);;"
                "All files (*)"
            ),
        )
        if not files:
            return
        preview = ImportDialog(files, self)
        if not dialogs.exec_dialog(preview):
            return
        paths, me, new_clients = preview.options()

        def work(progress):
            reports, problems = [], []
            for path in paths:
                try:
                    reports.append(import_any(path, me, new_clients, progress))
                except ImportRejected as exc:
                    problems.append(text.localized(exc))
            return reports, problems

        def done(result, exc):
            if exc is not None:
                self._failed(self.tr("Import stopped"), exc)
                return
            reports, problems = result
            lines = [text.localized(r.summary()) for r in reports]
            lines += [text.localized(n) for r in reports for n in r.notes[:10]]
            if problems:
                lines.append(self.tr("Not imported (nothing was written from these files):"))
                lines += problems
            dialogs.message(
                self, "warning" if problems else "info", self.tr("Import"), "\n".join(lines)
            )
            bus.changed.emit()

        tasks.run(self, self.tr("Importing…"), work, done)

    def export(self, table: str) -> None:
        from contacttracker.io.export import export
        from contacttracker.store.settings import get

        suffix, kinds = {
            "vcard": (".vcf", self.tr("vCard files (*.vcf)")),
            "calendar": (".ics", self.tr("Calendar files (*.ics)")),
        }.get(table, (".csv", self.tr("CSV files (*.csv)")))
        path = dialogs.save_file(self, self.tr("Export"), f"{table}{suffix}", kinds)
        if not path:
            return
        delimiter = get("csv_delimiter", "comma")

        def work(progress):
            if table == "vcard":
                from contacttracker.io.vcard_export import export_vcards

                return export_vcards(path)
            if table == "calendar":
                from contacttracker.io.calendar_export import export_calendar

                return export_calendar(path)
            return export(table, path, delimiter, progress=lambda n: progress(n, 0))

        def done(result, exc):
            if exc is not None:
                self._failed(self.tr("Export failed"), exc)
                return
            dialogs.message(
                self,
                "info",
                self.tr("Export"),
                self.tr("Wrote %1 rows to %2").replace("%1", str(result)).replace("%2", path),
            )

        tasks.run(self, self.tr("Exporting…"), work, done)

    def show_trash(self) -> None:
        from contacttracker.ui.history_dialogs import TrashDialog

        dialogs.exec_dialog(TrashDialog(self.catalogue, self))

    def backup(self) -> None:
        from contacttracker.store import backup

        try:
            target = backup.backup(self.location)
        except (OSError, ValueError) as exc:
            self._failed(self.tr("Backup failed"), exc)
            return
        dialogs.message(
            self, "info", self.tr("Backup"), self.tr("Saved to %1").replace("%1", str(target))
        )

    def restore(self) -> None:
        from contacttracker.store import backup

        files = dialogs.open_files(
            self, self.tr("Restore from backup"), self.tr("Databases (*.db);;All files (*)")
        )
        if not files:
            return
        if not dialogs.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace everything in this database with the backup? "
                "The current state is backed up first."
            ),
        ):
            return
        try:
            safety = backup.restore(self.location, Path(files[0]))
        except (OSError, ValueError) as exc:
            self._failed(self.tr("Restore failed"), exc)
            return
        bus.changed.emit()
        dialogs.message(
            self,
            "info",
            self.tr("Restore"),
            self.tr("Restored. The previous state was kept in %1").replace("%1", str(safety)),
        )

    def _copy_target(self) -> str:
        """Where to copy: the shared database when one is set up (and not the one open),
        else a file."""
        from contacttracker.store import team

        server, _use = team.configured()
        if server is not None and self.location.backend != "postgresql":
            options = [
                self.tr("Into the shared database (%1)").replace(
                    "%1", f"{server.host}/{server.database}"
                ),
                self.tr("Into a file…"),
                self.tr("Cancel"),
            ]
            choice = dialogs.choose(
                self, self.tr("Copy into another database"), self.tr("Copy this database:"), options
            )
            if choice == 0:
                password = team.saved_password(server)
                return server.url(password)
            if choice != 1:
                return ""
        return dialogs.save_file(
            self,
            self.tr("Copy into another database"),
            "contacttracker-team.db",
            self.tr("Databases (*.db);;All files (*)"),
        )

    def copy_into(self) -> None:
        """Copy this database into another (the team's), in a separate process: the copy
        opens both databases in turn, and the window keeps this one open meanwhile."""
        import json
        import subprocess
        import sys

        target = self._copy_target()
        if not target:
            return
        program = (
            [sys.executable]
            if getattr(sys, "frozen", False)
            else [sys.executable, "-m", "contacttracker"]
        )
        source = str(self.location.path) if self.location.path else self.location.url
        # Both addresses reach the copy through its environment and input, never its command
        # line, where anyone on the computer could read a password.
        env = {**os.environ, "CONTACTTRACKER_DB": source}

        def work(_progress):
            import tempfile

            with tempfile.TemporaryDirectory(prefix="contacttracker-copy-") as tmp:
                report = Path(tmp) / "report.json"
                subprocess.run(
                    [*program, "copy", "--to", "-", "--report", str(report)],
                    input=target,
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                try:
                    outcome = json.loads(report.read_text("utf-8"))
                except (OSError, ValueError) as exc:
                    raise RuntimeError(
                        self.tr("The copy stopped before it could say why.")
                    ) from exc
            if "error" in outcome:
                raise RuntimeError(outcome["error"])
            return outcome["figures"]

        def done(figures, exc):
            if exc is not None:
                self._failed(self.tr("Copy failed"), exc)
                return
            from contacttracker.io.copy import summary

            dialogs.message(self, "info", self.tr("Copy"), text.localized(summary(figures)))

        tasks.run(self, self.tr("Copying…"), work, done)

    def new_database(self) -> None:
        path = dialogs.save_file(
            self, self.tr("New database"), "contacttracker.db", self.tr("Databases (*.db)")
        )
        if path:
            self.switch_database(path)

    def open_database(self) -> None:
        files = dialogs.open_files(
            self, self.tr("Open database"), self.tr("Databases (*.db);;All files (*)")
        )
        if files:
            self.switch_database(files[0])

    def shared_database(self) -> None:
        """Connect to the team's database; from then on the app starts on it."""
        from contacttracker.store import team
        from contacttracker.ui.shared_dialog import SharedDatabaseDialog

        dialog = SharedDatabaseDialog(self)
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        server, password = dialog.server(), dialog.password.text()
        if not self.switch_database(server.url(password)):
            return
        team.configure(server, use=True)
        remember = dialog.remember.isChecked()
        if not team.save_password(server, password if remember else "") and remember and password:
            dialogs.message(
                self,
                "info",
                self.tr("Shared database"),
                self.tr(
                    "This computer has no keyring to keep the password in, so the app will "
                    "ask for it at each start."
                ),
            )

    def use_local_database(self) -> None:
        """Back to this computer's own file; the shared database's address is kept."""
        from contacttracker.store import team
        from contacttracker.store.database import default_path

        server, _use = team.configured()
        if self.switch_database(str(default_path())):
            team.configure(server, use=False)

    def switch_database(self, path: str) -> bool:
        """Open another database in this window; on failure say why and stay where we are."""
        from contacttracker.store import DatabaseError, close, open_database

        previous = self.location
        close()
        try:
            self.location = open_database(path)
        except DatabaseError as exc:
            dialogs.message(
                self, "warning", self.tr("Cannot open the database"), text.localized(exc)
            )
            self.location = open_database(str(previous.path) if previous.path else previous.url)
            return False
        finally:
            self.local_action.setEnabled(self.location.backend == "postgresql")
            self._data_version = self._read_data_version()
        QSettings().setValue("database", str(self.location.path or ""))
        self.catalogue = load_catalogue()
        for page in self.built_pages():
            page.catalogue = self.catalogue
        self.refresh()
        self.show_section(self._first_queue())
        return True

    def _failed(self, title: str, exc: BaseException) -> None:
        from contacttracker.io.export import Cancelled

        if isinstance(exc, Cancelled):
            dialogs.message(self, "info", title, self.tr("Cancelled; nothing was written."))
            return
        dialogs.message(self, "warning", title, text.localized(exc))

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
        filter_text = client_id = conversation_id = search_text = None
        if self._clients is not None:
            filter_text = self._clients.filter.text()
            client_id = self._clients.current_client()
            conversation = self._clients.current_conversation()
            conversation_id = conversation.id if conversation else 0
            QSettings().setValue("clients/splitter", self._clients.splitter.saveState())
        if self._search is not None:
            search_text = self._search.box.text()
        self.menuBar().clear()
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
        self.attention.open_client.connect(self.open_client)
        self.attention.write_summary.connect(self.write_summary)
        self.pages.addWidget(self.attention)
        self.refresh_counts()
        if filter_text is not None:
            self.clients.filter.setText(filter_text)
            if client_id:
                self.clients.show_client(client_id, conversation_id or 0)
        if search_text:
            self.search.box.setText(search_text)
            self.search.run()
        self.show_section(section or self._first_queue())

    # -- state ---------------------------------------------------------------------------
    def restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        if self._clients is not None:
            settings.setValue("clients/splitter", self._clients.splitter.saveState())
        super().closeEvent(event)
