"""The client dialog's ranked channels: a table walked from the keyboard.

The channel column is an item with a drop-down editor (not a widget laid over the cell),
so typing on it opens the list at the first channel with that letter instead of losing the
keys; Tab (or the label's Alt key) lands on the handle, where typing goes in; Enter
finishes a cell (Ctrl+Enter saves the dialog); Alt+↑ and Alt+↓ move the current channel up
and down the ranking, as the buttons do.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from contacttracker.domain.channels import Catalogue
from contacttracker.ui import text
from contacttracker.ui.text import translate

KEY_ROLE = Qt.ItemDataRole.UserRole
CHANNEL, HANDLE = 0, 1
Index = QModelIndex | QPersistentModelIndex


class ChannelDelegate(QStyledItemDelegate):
    """A drop-down of the channels on the channel column; the handle edits as text."""

    def __init__(self, table: ChannelTable) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index):
        if index.column() != CHANNEL:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for key in self.table.offered(index.data(KEY_ROLE) or ""):
            combo.addItem(text.channel_name(self.table.catalogue, key), key)
        combo.setAccessibleName(translate("ChannelTable", "Channel"))
        # A channel picked from the list is taken at once, as a combo box would.
        combo.activated.connect(lambda _i, c=combo: self._picked(c))
        return combo

    def _picked(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if index.column() == CHANNEL and isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(KEY_ROLE))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if index.column() == CHANNEL and isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), KEY_ROLE)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class ChannelTable(QTableWidget):
    """(channel, handle) rows, best first."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.catalogue = catalogue
        self.setItemDelegate(ChannelDelegate(self))
        self.setHorizontalHeaderLabels([self.tr("Channel"), self.tr("Handle")])
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows walk it
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAccessibleName(self.tr("Channels, best first"))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.move(s))

    def offered(self, key: str) -> list[str]:
        """The channels a row may take: those in use by default, and its own."""
        return [ch.key for ch in self.catalogue if ch.default_on or ch.key == key]

    def add(self, key: str, value: str) -> int:
        """A row at the end; returns its number."""
        row = self.rowCount()
        self.insertRow(row)
        channel = QTableWidgetItem(text.channel_name(self.catalogue, key) if key else "")
        channel.setData(KEY_ROLE, key or (self.offered("") or [""])[0])
        if not key:
            channel.setText(text.channel_name(self.catalogue, channel.data(KEY_ROLE)))
        self.setItem(row, CHANNEL, channel)
        self.setItem(row, HANDLE, QTableWidgetItem(value))
        return row

    def key(self, row: int) -> str:
        item = self.item(row, CHANNEL)
        return (item.data(KEY_ROLE) or "") if item else ""

    def handle(self, row: int) -> str:
        item = self.item(row, HANDLE)
        return item.text() if item else ""

    def rows(self) -> list[tuple[str, str]]:
        """Every row as (channel, handle as typed), in order; a handle still being typed
        (Ctrl+Enter saves from inside the cell) counts."""
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                self.commitData(editor)
        return [(self.key(r), self.handle(r)) for r in range(self.rowCount())]

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        self.setRowCount(0)
        for key, value in rows:
            self.add(key, value)

    def move(self, step: int) -> None:
        """Move the current channel up (-1) or down (1) the ranking; it stays current."""
        row, column = self.currentRow(), max(self.currentColumn(), CHANNEL)
        rows = self.rows()
        target = row + step
        if row < 0 or not 0 <= target < len(rows):
            return
        if self.state() == QAbstractItemView.State.EditingState:
            return  # a handle half typed: finish it first
        rows[row], rows[target] = rows[target], rows[row]
        self.set_rows(rows)
        self.setCurrentCell(target, column)

    def remove(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a cell being edited finishes the cell, not the dialog (Ctrl+Enter saves)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.state() == QAbstractItemView.State.EditingState:
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Come to from the keyboard, the table stands on a handle: typing goes in there."""
        super().focusInEvent(event)
        keyboard = (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        )
        if event.reason() in keyboard and self.rowCount() and self.currentColumn() != HANDLE:
            self.setCurrentCell(max(self.currentRow(), 0), HANDLE)
