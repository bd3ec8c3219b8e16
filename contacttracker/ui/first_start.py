"""The first start: what the app needs to know of the person, asked once, all skippable.

Their name signs the summary e-mails (else the login name would: "З повагою, root"), their
address is a draft's sender, the home country reads phone numbers, the working day keeps
reminders inside it, and the language is the window's. Everything is in Settings later.
"""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from contacttracker.store import person_settings
from contacttracker.store import setting_keys as keys
from contacttracker.ui import dialogs, i18n, machine_settings, text
from contacttracker.ui.about_you import AboutYou


class FirstStartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to contacttracker"))
        intro = QLabel(
            self.tr(
                "A few things the app needs to know about you. Skip any of them: all are in "
                "Edit → Settings later."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.about = AboutYou(self)
        self.language = QComboBox(self)
        for code, label in (("", self.tr("As the system")), *i18n.NATIVE_NAMES.items()):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(machine_settings.value(keys.LANGUAGE)))
        )
        form = QFormLayout()
        for label, widget in (*self.about.rows(), (self.tr("&Language:"), self.language)):
            form.addRow(label, widget)
            form.labelForField(widget).setBuddy(widget)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(self)
        self.start_button = buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("S&kip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Keep what was entered; a wrong address or day is said here and nothing is kept."""
        try:
            self.about.save()
        except (ValueError, OSError) as exc:
            self.problem.setText(text.localized(exc))
            self.problem.setVisible(True)
            return
        before = machine_settings.value(keys.LANGUAGE) or ""
        machine_settings.set_value(keys.LANGUAGE, self.language.currentData())
        self.accept()
        if self.language.currentData() != before:
            i18n.install(i18n.chosen_language())


def needed() -> bool:
    """Once per person: not after it was answered or skipped, nor for someone who already
    told the app their name (an earlier version's Settings)."""
    return not (person_settings.get(keys.WELCOMED) or person_settings.has(keys.AUTHOR))


def ask(parent: QWidget | None = None) -> None:
    """The first start's questions, when they have not been asked yet."""
    if not needed():
        return
    dialogs.exec_dialog(FirstStartDialog(parent))
    # An unwritable config folder: asked again next time, nothing else is lost.
    with contextlib.suppress(OSError):
        person_settings.update({keys.WELCOMED: True})
