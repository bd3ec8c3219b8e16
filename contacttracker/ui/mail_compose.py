"""A nudge by e-mail, written and shown before it goes out from the person's own account.

To, Subject and the text are the nudge's, all editable; Send (or Ctrl+Enter) hands the
letter to the account's SMTP server and records it like any nudge, linked to what it is
about. Nothing goes out without the user pressing Send.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contacttracker.domain.channels import is_email
from contacttracker.ui import dialogs
from contacttracker.ui.bus import bus
from contacttracker.ui.mail_sending import SendFlow, may_discard


def _addresses(value: str) -> list[str]:
    return [a.strip() for a in value.replace(";", ",").split(",") if a.strip()]


class ComposeDialog(QDialog):
    """`nudge` is an io.nudge.Nudge by e-mail; `sender` the From line it goes out with."""

    def __init__(self, nudge, sender: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nudge = nudge
        self.sent_id: int | None = None
        self.setWindowTitle(self.tr("E-mail to %1").replace("%1", nudge.client))
        self.resize(640, 460)
        self.sender = QLabel(sender, self)
        self.sender.setTextFormat(Qt.TextFormat.PlainText)
        self.to = QLineEdit(nudge.handle, self)
        self.subject = QLineEdit(nudge.subject, self)
        self.subject.setCursorPosition(0)
        self.body = QPlainTextEdit(nudge.text, self)
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(self.tr("Text of the e-mail"))
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("From:"), self.sender)
        for label, widget in ((self.tr("&To:"), self.to), (self.tr("&Subject:"), self.subject)):
            form.addRow(label, widget)
            form.labelForField(widget).setBuddy(widget)
        self.send_button = QPushButton(self.tr("S&end"), self)
        self.send_button.setDefault(True)
        self.send_button.setToolTip(
            self.tr("Send it from %1; a copy goes to Sent and it is recorded (Ctrl+Enter)").replace(
                "%1", sender
            )
        )
        cancel = QPushButton(self.tr("Cancel"), self)
        self.send_button.clicked.connect(self.send)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.send)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.send)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._flow = SendFlow(self, self.send_button, self.status, self._job_for, self._sent)
        self.body.setFocus()
        self.body.moveCursor(self.body.textCursor().MoveOperation.End)
        self._loaded = self._as_written()

    def _as_written(self) -> tuple[str, str, str]:
        return (self.to.text(), self.subject.text(), self.body.toPlainText())

    def reject(self) -> None:
        """Closing after changing the letter without sending it asks first."""
        if self.sent_id is None and self._as_written() != self._loaded and not may_discard(self):
            return
        super().reject()

    def _job_for(self, acc):
        from contacttracker.io import nudge_mail

        return nudge_mail.delivery(
            self.nudge,
            acc,
            _addresses(self.to.text()),
            self.subject.text(),
            self.body.toPlainText().strip(),
        )

    def _check(self) -> bool:
        to = _addresses(self.to.text())
        bad = [a for a in to if not is_email(a)]
        problem = ""
        if not to or bad:
            problem = (
                self.tr("Not an e-mail address: %1").replace("%1", ", ".join(bad))
                if bad
                else self.tr("Whom is it to? Add the client's e-mail address.")
            )
            self.to.setFocus()
        elif not self.body.toPlainText().strip():
            problem = self.tr("The e-mail has no text.")
            self.body.setFocus()
        if problem:
            dialogs.message(self, "warning", self.tr("Not sent"), problem)
        return not problem

    def send(self) -> None:
        if self.sent_id is None and self._check():
            self._flow.send()

    def _sent(self, job) -> None:
        self.sent_id = job.recorded.id
        bus.changed.emit()
        notes = self._flow.notes(job)
        if notes:
            dialogs.message(self, "warning", self.tr("Sent"), "\n".join(notes))
        self.accept()
