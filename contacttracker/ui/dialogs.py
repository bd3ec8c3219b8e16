"""The one place every modal dialog and message box opens through.

Tests replace :data:`runner` with a scripted double, so a test that would block on a modal
dialog fails loudly instead of hanging.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)


class Runner:
    """Shows dialogs for real; the default."""

    def exec(self, dialog: QDialog) -> int:
        return dialog.exec()

    def message(self, parent: QWidget | None, kind: str, title: str, text: str) -> None:
        box = QMessageBox(parent)
        box.setIcon(
            {
                "info": QMessageBox.Icon.Information,
                "warning": QMessageBox.Icon.Warning,
                "error": QMessageBox.Icon.Critical,
            }[kind]
        )
        box.setWindowTitle(title)
        box.setTextFormat(_plain())
        box.setText(text)
        box.exec()

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setTextFormat(_plain())
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def danger(self, parent: QWidget | None, title: str, text: str, act: str) -> bool:
        """A warning before what cannot be undone: the act's own button, and Cancel as the
        default (Enter and Escape both keep everything)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setTextFormat(_plain())
        box.setText(text)
        go = box.addButton(act, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def choose(self, parent: QWidget | None, title: str, text: str, options: list[str]) -> int:
        """A message with one button per option; returns the chosen index (-1: closed)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setTextFormat(_plain())
        box.setText(text)
        buttons = [box.addButton(o, QMessageBox.ButtonRole.ActionRole) for o in options]
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else -1

    def password(self, parent: QWidget | None, title: str, text: str) -> str | None:
        """A password typed (hidden); None when cancelled."""
        value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
        return value if ok else None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
        return files

    def save_file(self, parent: QWidget | None, title: str, name: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(parent, title, name, filters)
        return path

    def popup(self, menu: QMenu, where: QPoint) -> QAction | None:
        """A context menu at a screen position; the action chosen (already triggered)."""
        return menu.exec(where)


def _plain():
    from PySide6.QtCore import Qt

    return Qt.TextFormat.PlainText


runner: Runner = Runner()


def exec_dialog(dialog: QDialog) -> int:
    from contacttracker.ui.fit import fit_dialog

    fit_dialog(dialog)  # its title and fields' text whole, in every language
    return runner.exec(dialog)


def message(parent: QWidget | None, kind: str, title: str, text: str) -> None:
    runner.message(parent, kind, title, text)


def question(parent: QWidget | None, title: str, text: str) -> bool:
    return runner.question(parent, title, text)


def danger(parent: QWidget | None, title: str, text: str, act: str) -> bool:
    return runner.danger(parent, title, text, act)


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int:
    return runner.choose(parent, title, text, options)


def password(parent: QWidget | None, title: str, text: str) -> str | None:
    return runner.password(parent, title, text)


def open_files(parent: QWidget | None, title: str, filters: str) -> list[str]:
    return runner.open_file(parent, title, filters)


def save_file(parent: QWidget | None, title: str, name: str, filters: str) -> str:
    return runner.save_file(parent, title, name, filters)


Handler = Callable[[QDialog], int]


def popup(menu: QMenu, where: QPoint) -> QAction | None:
    return runner.popup(menu, where)
