"""Right-click menus on table rows that offer what the buttons beside the table offer.

Each entry is one of the page's own buttons, shown with its text, icon and state; choosing
it clicks the button, so the menu runs the very code the button runs and can never drift
from it. What has no button on the page (deleting a client for good) is the page's own
QAction, put in the menu as it is. A page lists its entries in order (None for a
separator), and anyone adding a button to a page adds it to that list to have it in the
menu too.

A right click selects the row under the pointer first (as Dolphin and Thunderbird do), so
the menu acts on what it was opened on; the menu key (or Shift+F10) opens it on the current
row and never moves the selection.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QMenu, QWidget

from contacttracker.ui import dialogs

Entries = Sequence[QAbstractButton | QAction | None]


def mirror(menu: QMenu, buttons: Entries) -> QMenu:
    """Fill the menu with the visible buttons, in order; None is a separator (never two in
    a row, never first or last)."""
    pending_separator = False
    for button in buttons:
        if button is None:
            pending_separator = bool(menu.actions())
            continue
        hidden = not button.isVisible() if isinstance(button, QAction) else button.isHidden()
        if hidden or not button.text():
            continue
        if pending_separator:
            menu.addSeparator()
            pending_separator = False
        if isinstance(button, QAction):
            menu.addAction(button)
            continue
        label = button.text()
        key = button.shortcut()
        if not key.isEmpty() and key != QKeySequence.mnemonic(label):  # shown as menus do
            label += "\t" + key.toString(QKeySequence.SequenceFormat.NativeText)
        action = menu.addAction(button.icon(), label)
        action.setEnabled(button.isEnabled())
        action.setToolTip(button.toolTip())
        action.triggered.connect(lambda _checked=False, b=button: b.click())
    return menu


class RowMenu(QObject):
    """Opens `entries()` as a menu over a table's rows (mouse or menu key)."""

    def __init__(
        self,
        view: QAbstractItemView,
        entries: Callable[[], Entries],
        acts_on: Callable[[int], bool] | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.entries = entries
        #: Whether a row has a menu (the Today page's headings have none).
        self.acts_on = acts_on or (lambda _row: True)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        # Shift+F10: the menu key of keyboards that have none (most laptops').
        key = QShortcut(QKeySequence("Shift+F10"), view)
        key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        key.activated.connect(self.open_on_current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        view = self.view
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            where = event.globalPos()
            index = view.indexAt(view.viewport().mapFromGlobal(where))
            if not index.isValid() or not self.acts_on(index.row()):
                return True  # nothing under the pointer to act on
            if index.row() != view.currentIndex().row():
                view.setCurrentIndex(index)
            self.open(where)
        else:
            self.open_on_current()
        return True

    def open_on_current(self) -> None:
        """The menu of the current row, beside it; the selection stays."""
        view = self.view
        index = view.currentIndex()
        if index.isValid() and self.acts_on(index.row()):
            self.open(view.viewport().mapToGlobal(view.visualRect(index).center()))

    def open(self, where: QPoint) -> None:
        show(self.view, self.entries(), where)


def show(parent: QWidget, entries: Entries, where: QPoint) -> None:
    """The entries as a menu at a screen position (nothing when none is shown)."""
    menu = mirror(QMenu(parent), entries)
    if menu.actions():
        dialogs.popup(menu, where)
    menu.deleteLater()


def attach(
    view: QAbstractItemView,
    entries: Callable[[], Entries],
    acts_on: Callable[[int], bool] | None = None,
) -> RowMenu:
    """Give a table a right-click menu of the buttons `entries()` names when it opens, on
    the rows `acts_on` accepts (every row by default)."""
    return RowMenu(view, entries, acts_on)
