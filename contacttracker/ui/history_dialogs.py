"""Earlier versions of a conversation, and the Trash with its Restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contacttracker.domain.channels import Catalogue
from contacttracker.store import history
from contacttracker.store.timeutil import from_db
from contacttracker.ui import text
from contacttracker.ui.bus import bus


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


class HistoryDialog(QDialog):
    """Every earlier state of one conversation, newest first, with who changed it and when."""

    def __init__(self, catalogue: Catalogue, conversation_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of the conversation"))
        self.resize(900, 420)
        versions = history.versions(conversation_id)
        self.table = _table(
            self,
            [
                self.tr("Changed"),
                self.tr("By"),
                self.tr("Change"),
                self.tr("When it happened"),
                self.tr("Channel"),
                self.tr("Subject"),
                self.tr("Summary"),
                self.tr("Agreements"),
            ],
        )
        self.table.setAccessibleName(self.tr("Earlier versions"))
        self.table.setRowCount(len(versions))
        for i, v in enumerate(versions):
            d = v.data
            cells = [
                text.when(v.changed_at),
                v.author,
                self._change(v.change),
                text.when(from_db(d.get("occurred_at"))),
                text.channel_name(catalogue, d.get("channel", "")),
                d.get("subject", ""),
                d.get("summary", ""),
                d.get("agreements", ""),
            ]
            for j, value in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        note = QLabel(
            self.tr("No earlier versions: this conversation was never changed.")
            if not versions
            else self.tr("The conversation as it was before each change."),
            self,
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _change(self, change: str) -> str:
        if change == "edit":
            return self.tr("edited")
        if change == "restore":
            return self.tr("taken out of the trash")
        return self.tr("moved to the trash")


class TrashDialog(QDialog):
    """Deleted conversations, restorable for 30 days."""

    def __init__(self, catalogue: Catalogue, parent=None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.setWindowTitle(self.tr("Trash"))
        self.resize(820, 420)
        self.table = _table(
            self,
            [
                self.tr("Deleted"),
                self.tr("Client"),
                self.tr("Channel"),
                self.tr("When"),
                self.tr("Subject"),
            ],
        )
        self.table.setAccessibleName(self.tr("Deleted conversations"))
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.clicked.connect(self.restore)
        note = QLabel(
            self.tr(
                "Deleted conversations stay here for %n day(s), then they are removed for good.",
                "",
                history.TRASH_DAYS,
            ),
            self,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        self.items = history.trash()
        self.table.setRowCount(len(self.items))
        for i, t in enumerate(self.items):
            cells = [
                text.when(t.deleted_at),
                t.client,
                text.channel_name(self.catalogue, t.channel),
                text.when(t.occurred_at),
                t.subject,
            ]
            for j, value in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(value))
        if self.items:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.items))

    def restore(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            history.restore(self.items[row].id)
            bus.changed.emit()
            self.load()
