"""A view with nothing to show: what is missing, what to do, and the doing as buttons.

Every page shows one instead of an empty list (Today, the clients, a client's log, search,
Insights). A button's action is a callable, or a path of attributes on the main window
("files.import_files"), looked up when it is pressed, as the menus' table does.
"""

from __future__ import annotations

import operator
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A view with nothing in it: what is missing, what to do, and the doing as buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.message.setFont(font)
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setEnabled(False)
        self.buttons: list[QPushButton] = []
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        self._end = self._row.count()
        self._row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.detail)
        layout.addSpacing(12)
        layout.addLayout(self._row)
        layout.addStretch(2)

    def say(self, message: str, detail: str = "") -> None:
        self.message.setText(message)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def add_button(self, label: str, slot: Callable[[], object] | str) -> QPushButton:
        button = QPushButton(label, self)
        button.clicked.connect(lambda _checked=False: self._run(slot))
        self._row.insertWidget(self._end, button)
        self._end += 1
        self.buttons.append(button)
        return button

    def _run(self, slot: Callable[[], object] | str) -> None:
        if isinstance(slot, str):
            operator.attrgetter(slot)(self.window())()
        else:
            slot()
