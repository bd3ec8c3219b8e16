"""File → Import: a preview of what will be stored, problems listed, before anything is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from contacttracker.io.csv_format import InputError
from contacttracker.io.importers import detect
from contacttracker.store import settings
from contacttracker.store.import_report import ImportRejected
from contacttracker.ui import text as text_
from contacttracker.ui.sheet_mapping import SheetMapping
from contacttracker.ui.text import localized, translate

PREVIEW_ROWS = 12
REFRESH_AFTER_MS = 300  # a pause in typing the name in chats


def preview(path: Path, me: str) -> tuple[str, list[str], list[list[str]], list[str]]:
    """(what the file is, columns, the first rows as they will be stored, problems)."""
    try:
        kind = detect(path)
    except OSError as exc:
        return "", [], [], [localized(exc)]
    try:
        if kind == "contacts":
            from contacttracker.io.contact_import import plan, would_update

            report, planned = plan(path)
            rows = [
                [
                    c.name,
                    c.company,
                    ", ".join(f"{k}: {t}" for k, t, _n in chans),
                    # In the words the import's report will use for it.
                    translate("ImportPreview", "new")
                    if match is None
                    else translate("ImportPreview", "one with a card above")
                    if match < 0
                    else translate("ImportPreview", "update")
                    if would_update(c, chans, match)
                    else translate("ImportPreview", "already present"),
                ]
                for c, chans, match in planned[:PREVIEW_ROWS]
            ]
            return (
                translate("ImportPreview", "contacts (%1), %2")
                .replace("%1", report.kind)
                .replace("%2", QLocale().toString(len(planned))),
                [
                    translate("ImportPreview", "Name"),
                    translate("ImportPreview", "Company"),
                    translate("ImportPreview", "Channels"),
                    translate("ImportPreview", "Will be"),
                ],
                rows,
                [localized(n) for n in report.notes[:20]],
            )
        if kind == "messages":
            from contacttracker.io.csv_format import decode
            from contacttracker.io.messages import kind_of, parse_telegram, read_mail
            from contacttracker.io.whatsapp import read_chat

            sub = kind_of(path)
            needs_me = False
            if sub == "mail":
                msgs = read_mail(path)
            elif sub == "telegram":
                text = decode(path.read_bytes(), path.name)
                try:
                    msgs = [m for _chat, ms in parse_telegram(text, me) for m in ms]
                except InputError:
                    if me:
                        raise
                    needs_me = True  # shown all in, as a WhatsApp chat that cannot tell
                    msgs = [m for _chat, ms in parse_telegram(text, "?") for m in ms]
            else:
                try:
                    msgs = read_chat(path, me).messages
                except InputError:
                    if me:
                        raise
                    msgs, needs_me = read_chat(path, "?").messages, True  # shown all in
            rows = [
                [
                    text_.when(m.at),
                    m.sender,
                    text_.direction("out" if m.outgoing else "in"),
                    (m.subject or m.text)[:120],
                ]
                for m in msgs[:PREVIEW_ROWS]
            ]
            problems = (
                [translate("ImportPreview", "Type your name as it appears in the chat.")]
                if needs_me
                else []
            )
            count = len(msgs)
            return (
                translate("ImportPreview", "%1, %n message(s)", None, count).replace("%1", sub),
                [
                    translate("ImportPreview", "When"),
                    translate("ImportPreview", "From"),
                    "",
                    translate("ImportPreview", "Text"),
                ],
                rows,
                problems,
            )
        if kind == "table":
            from contacttracker.io.csv_format import reader, text_stream

            streamed = text_stream(path)  # read as the import reads it: never held whole
            try:
                header, body = reader(streamed)
                rows = []
                for _line, cells in body:
                    rows.append(cells[:6])
                    if len(rows) >= PREVIEW_ROWS:
                        break
            finally:
                streamed.stream.close()
            return ("contacttracker CSV", header[:6], rows, [])
    except (InputError, ImportRejected, ValueError) as exc:
        return kind or "?", [], [], [localized(exc)]
    return "", [], [], [translate("ImportPreview", "Not a file contacttracker can import.")]


class ImportDialog(QDialog):
    def __init__(self, files: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = [Path(f) for f in files]
        self.setWindowTitle(self.tr("Import"))
        self.resize(900, 560)
        self.me = QLineEdit(settings.chat_name(), self)
        self.me.setPlaceholderText(self.tr("As it appears in WhatsApp or Telegram"))
        self.new_clients = QCheckBox(
            self.tr("Create clients for chats with people not yet here"), self
        )
        form = QFormLayout()
        form.addRow(self.tr("Your &name in chats:"), self.me)
        form.labelForField(self.me).setBuddy(self.me)
        form.addRow("", self.new_clients)
        # Only a chat has "you" among its authors: a vCard or a sheet is not asked for it.
        chats = any(_is_chat(p) for p in self.files)
        for row in range(form.rowCount()):
            form.setRowVisible(row, chats)
        self.tabs = QTabWidget(self)
        self.sheet_pages: dict[Path, SheetMapping] = {}
        # The preview follows the name as it is typed, a moment after the last key.
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(REFRESH_AFTER_MS)
        self.typing.timeout.connect(self.refresh)
        self.me.textChanged.connect(self.typing.start)
        self.me.editingFinished.connect(self._refresh_now)
        note = QLabel(
            self.tr(
                "Nothing is written until you press Import. Each file is "
                "imported whole or not at all."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.refresh()

    def _refresh_now(self) -> None:
        if self.typing.isActive():
            self.typing.stop()
            self.refresh()

    def refresh(self) -> None:
        shown = self.tabs.currentIndex()
        self.tabs.clear()
        self.readable = []
        for path in self.files:
            if _is_sheet(path):
                if path not in self.sheet_pages:
                    self.sheet_pages[path] = SheetMapping(path, self)
                    self.sheet_pages[path].checked.connect(self._enable)
                self.tabs.addTab(self.sheet_pages[path], path.name)
                continue
            kind, columns, rows, problems = preview(path, self.me.text().strip())
            page = QWidget(self)
            box = QVBoxLayout(page)
            about = QLabel(kind or self.tr("Cannot import this file"), page)
            about.setTextFormat(Qt.TextFormat.PlainText)
            box.addWidget(about)
            if columns:
                table = QTableWidget(len(rows), len(columns), page)
                table.setHorizontalHeaderLabels(columns)
                table.verticalHeader().setVisible(False)
                table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
                table.horizontalHeader().setStretchLastSection(True)
                table.setAccessibleName(self.tr("Preview of %1").replace("%1", path.name))
                for i, row in enumerate(rows):
                    for j, value in enumerate(row):
                        table.setItem(i, j, QTableWidgetItem(str(value)))
                # Each column as wide as what it holds, within reason: names and channels
                # are read whole, the last column takes what room is left.
                table.resizeColumnsToContents()
                for j in range(len(columns) - 1):
                    table.setColumnWidth(j, min(table.columnWidth(j), 320))
                box.addWidget(table, 1)
                self.readable.append(path)
            if problems:
                issues = QLabel("\n".join(problems), page)
                issues.setTextFormat(Qt.TextFormat.PlainText)
                issues.setWordWrap(True)
                issues.setStyleSheet("color: #b3261e")
                box.addWidget(issues)
            self.tabs.addTab(page, path.name)
        if 0 <= shown < self.tabs.count():
            self.tabs.setCurrentIndex(shown)  # typing the name keeps the file in view
        self._enable()

    def _enable(self) -> None:
        self.import_button.setEnabled(bool(self.importable()))

    def importable(self) -> list[Path]:
        """The files to import, in order: those readable, and the sheets whose every row
        reads with the columns chosen."""
        readable = set(self.readable)
        return [
            p
            for p in self.files
            if p in readable or (p in self.sheet_pages and self.sheet_pages[p].importable())
        ]

    def options(self) -> tuple[list[Path], str, bool]:
        # The name is remembered by the import that uses it, not before: a refused import
        # keeps nothing.
        return self.importable(), self.me.text().strip(), self.new_clients.isChecked()

    def sheet_choices(self) -> dict[Path, tuple[str | None, list[str] | None]]:
        """Each spreadsheet's sheet, and its columns when the person changed them (a
        mapping changed is given, and so remembered; one left as shown is not)."""
        return {
            path: (page.sheet(), page.fields() if page.changed() else None)
            for path, page in self.sheet_pages.items()
        }


def _is_chat(path: Path) -> bool:
    """A WhatsApp or Telegram export: the files whose authors include "you"."""
    from contacttracker.io.messages import kind_of

    try:
        return detect(path) == "messages" and kind_of(path) in ("whatsapp", "telegram")
    except (OSError, InputError, ValueError):
        return False


def _is_sheet(path: Path) -> bool:
    try:
        return detect(path) == "sheet"
    except OSError:
        return False
