"""What every editing dialog shares: Save/Cancel with Ctrl+Enter, and reporting a refused save."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from contacttracker.ui import dialogs
from contacttracker.ui.bus import bus
from contacttracker.ui.errors import STORE_ERRORS, describe
from contacttracker.ui.text import localized


def save_cancel(dialog: QDialog, on_save: Callable[[], None]) -> QDialogButtonBox:
    """Save and Cancel buttons; Ctrl+Enter saves from anywhere in the dialog."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
        QCoreApplication.translate("Forms", "Save (Ctrl+Enter)")
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, activated=on_save)
    return buttons


def commit(dialog: QDialog, write: Callable[[], Any]) -> Any | None:
    """Run a save; on success announce the change and close the dialog, on refusal say why
    and keep the dialog open with everything typed in it."""
    try:
        result = write()
    except STORE_ERRORS as exc:
        dialogs.message(
            dialog, "error", QCoreApplication.translate("Forms", "Not saved"), describe(exc)
        )
        return None
    except ValueError as exc:
        dialogs.message(
            dialog, "warning", QCoreApplication.translate("Forms", "Not saved"), localized(exc)
        )
        return None
    bus.changed.emit()
    dialog.accept()
    return result
