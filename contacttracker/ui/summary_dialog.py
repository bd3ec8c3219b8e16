"""Write the summary e-mail: what was agreed by voice becomes a letter the client approves.

Copy, open in the mail program (mailto:, or an .eml draft when the link would be too long),
or save a draft; nothing is recorded until the user says the e-mail was sent.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from contacttracker.domain import summary
from contacttracker.domain.channels import is_email
from contacttracker.io import mail, summary_mail
from contacttracker.paths import template_folders
from contacttracker.ui import dialogs
from contacttracker.ui.bus import bus
from contacttracker.ui.errors import STORE_ERRORS, describe
from contacttracker.ui.i18n import NATIVE_NAMES
from contacttracker.ui.mail_sending import SendFlow, may_discard
from contacttracker.ui.text import localized, when

LANGS = list(NATIVE_NAMES.items())  # each language by its own name


def _addresses(value: str) -> list[str]:
    return [a.strip() for a in value.replace(";", ",").split(",") if a.strip()]


class SummaryDialog(QDialog):
    def __init__(self, conversation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conversation_id = conversation_id
        self.src = summary_mail.source(conversation_id)
        # One letter, one Message-ID: the draft, the mail program and the log all keep it.
        self.message_id = mail.new_message_id(summary_mail.draft_sender(self.src))
        self.sent_id: int | None = None
        self._subject_edited = False
        self._handed_off = False  # copied, opened or saved: the text lives on elsewhere
        self.setWindowTitle(self.tr("Summary e-mail to %1").replace("%1", self.src.card.name))
        self.resize(980, 640)

        self.to = QLineEdit(", ".join(self.src.addresses[:1]), self)
        self.to.setPlaceholderText(self.tr("client@example.com, another@example.com"))
        if len(self.src.addresses) > 1:
            self.to.setToolTip(
                self.tr("Other addresses: %1").replace("%1", ", ".join(self.src.addresses[1:]))
            )
        self.cc = QLineEdit(self)
        self.language = QComboBox(self)
        for code, label in LANGS:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.src.facts.language)))
        self.subject = QLineEdit(self)
        self.subject.textEdited.connect(lambda: setattr(self, "_subject_edited", True))
        self.agreements = QListWidget(self)
        self.agreements.setAccessibleName(self.tr("Agreements, one per line"))
        self.agreements.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for line in self.src.facts.agreements:
            self._add_agreement(line)
        add = QPushButton(self.tr("&Add"), self)
        remove = QPushButton(self.tr("&Remove"), self)
        add.clicked.connect(lambda: self._add_agreement("", edit=True))
        remove.clicked.connect(self._remove_agreement)
        self.steps = QPlainTextEdit("\n".join(self.src.facts.next_steps), self)
        self.steps.setTabChangesFocus(True)
        self.steps.setPlaceholderText(self.tr("Next steps with dates, one per line"))
        self.steps.setFixedHeight(70)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview of the e-mail"))
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        form = QFormLayout()
        for label, widget in (
            (self.tr("&To:"), self.to),
            (self.tr("&Cc:"), self.cc),
            (self.tr("&Language:"), self.language),
            (self.tr("&Subject:"), self.subject),
        ):
            form.addRow(label, widget)
            form.labelForField(widget).setBuddy(widget)
        agreements_box = QVBoxLayout()
        agreements_box.addWidget(self.agreements)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        agreements_box.addLayout(row)
        form.addRow(self.tr("A&greements:"), agreements_box)
        form.labelForField(agreements_box).setBuddy(self.agreements)
        form.addRow(self.tr("&Next steps:"), self.steps)
        form.labelForField(self.steps).setBuddy(self.steps)
        left = QWidget(self)
        left.setLayout(form)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("As it will be sent:"), self))
        right_layout.addWidget(self.preview, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([480, 480])
        split.setChildrenCollapsible(False)

        self.copy_button = QPushButton(self.tr("Cop&y"), self)
        self.open_button = QPushButton(self.tr("&Open in mail program"), self)
        self.save_button = QPushButton(self.tr("Save &draft…"), self)
        self.sent_button = QPushButton(self.tr("&Mark as sent"), self)
        # Send appears once a mail account can send (Settings → E-mail accounts).
        self.send_button = QPushButton(self.tr("S&end"), self)
        self.send_button.setToolTip(
            self.tr("Send it from %1; a copy goes to Sent and it is recorded").replace(
                "%1", self.src.sender
            )
        )
        self.send_button.setVisible(bool(self.src.sender))
        self.send_button.clicked.connect(self.send)
        self._flow = SendFlow(self, self.send_button, self.status, self._job_for, self._sent)
        self.sent_button.setToolTip(
            self.tr("Record the e-mail as sent: the call counts as written up (Ctrl+Enter)")
        )
        close = QPushButton(self.tr("Close"), self)
        self.copy_button.clicked.connect(self.copy)
        self.open_button.clicked.connect(self.open_in_mail)
        self.save_button.clicked.connect(self.save_draft)
        self.sent_button.clicked.connect(self.mark_sent)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.mark_sent)
        buttons = QHBoxLayout()
        for b in (self.copy_button, self.open_button, self.save_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.sent_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        for signal in (
            self.to.textChanged,
            self.cc.textChanged,
            self.subject.textChanged,
            self.steps.textChanged,
            self.agreements.itemChanged,
            self.agreements.model().rowsRemoved,
        ):
            signal.connect(self.update_preview)
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()
        if not self.src.addresses:
            self.status.setText(self.tr("This client has no e-mail address yet: type one in To."))
        self.to.setFocus() if not self.src.addresses else self.agreements.setFocus()
        self._loaded = self.preview.toPlainText()

    def reject(self) -> None:
        """Closing after editing the e-mail without sending or saving it asks first."""
        if (
            self.sent_id is None
            and self.preview.toPlainText() != self._loaded
            and not self._handed_off
            and not may_discard(self)
        ):
            return
        super().reject()

    # -- editing -----------------------------------------------------------------------
    def _add_agreement(self, line: str, edit: bool = False) -> None:
        item = QListWidgetItem(line)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.agreements.addItem(item)
        if edit:
            self.agreements.setCurrentItem(item)
            self.agreements.editItem(item)

    def _remove_agreement(self) -> None:
        row = self.agreements.currentRow()
        if row >= 0:
            self.agreements.takeItem(row)
            self.update_preview()

    def _language_changed(self) -> None:
        lang = self.language.currentData()
        fresh = summary_mail.draft(self.src, lang)
        if not self._subject_edited:
            self.subject.setText(fresh.subject)
            self.subject.setCursorPosition(0)  # the start of a long subject is what reads
        if self.src.conversation.follow_up_due:
            line = summary.next_step_line(self.src.conversation.follow_up_due, lang)
            others = [
                s
                for s in self.steps.toPlainText().splitlines()
                if s.strip()
                and not any(s.startswith(p) for p in ("Наступний", "Следующий", "We get back"))
            ]
            self.steps.setPlainText("\n".join([line, *others]))
        self.update_preview()

    def current(self) -> summary.Draft:
        """The e-mail exactly as it stands in the dialog."""
        lang = self.language.currentData()
        facts = summary.Facts(
            **{
                **self.src.facts.__dict__,
                "language": lang,
                "agreements": [
                    self.agreements.item(i).text().strip()
                    for i in range(self.agreements.count())
                    if self.agreements.item(i).text().strip()
                ],
                "next_steps": self.steps.toPlainText().splitlines(),
            }
        )
        template = summary.template_text(lang, template_folders())
        draft = summary.compose(
            facts, template, _addresses(self.to.text()), _addresses(self.cc.text())
        )
        if self.subject.text().strip():
            draft.subject = self.subject.text().strip()
        return summary_mail.stamped(draft, self.src, self.message_id)

    def update_preview(self) -> None:
        d = self.current()
        head = [self.tr("To: %1").replace("%1", ", ".join(d.to))]
        if d.cc:
            head.append(self.tr("Cc: %1").replace("%1", ", ".join(d.cc)))
        head.append(self.tr("Subject: %1").replace("%1", d.subject))
        self.preview.setPlainText("\n".join(head) + "\n\n" + d.body)

    def _check_recipients(self) -> bool:
        d = self.current()
        bad = [a for a in d.to + d.cc if not is_email(a)]
        if not d.to or bad:
            dialogs.message(
                self,
                "warning",
                self.tr("Check the addresses"),
                self.tr("Not an e-mail address: %1").replace("%1", ", ".join(bad))
                if bad
                else self.tr("Whom is it to? Add the client's e-mail address."),
            )
            self.to.setFocus()
            return False
        return True

    # -- hand-off ------------------------------------------------------------------------
    def copy(self) -> None:
        d = self.current()
        QGuiApplication.clipboard().setText(d.body)
        self._handed_off = True
        self.status.setText(self.tr("The text is on the clipboard."))

    def open_in_mail(self) -> None:
        if not self._check_recipients():
            return
        d = self.current()
        url = summary_mail.mailto_of(d)
        if mail.fits_mailto(url):
            if QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode)):
                self._handed_off = True
                self.status.setText(
                    self.tr("Opened in your mail program. Send it, then Mark as sent.")
                )
                return
            dialogs.message(
                self,
                "warning",
                self.tr("No mail program"),
                self.tr("Nothing on this computer opens mailto: links. Use Copy or Save draft."),
            )
            return
        folder = Path(tempfile.mkdtemp(prefix="contacttracker-"))
        path = mail.write_eml(folder / "summary.eml", d.to, d.subject, d.body, d.cc, **d.headers())
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self._handed_off = True
        self.status.setText(
            self.tr(
                "The e-mail is too long for a mail link, so it was saved as a draft: %1"
            ).replace("%1", str(path))
            + ("" if opened else " " + self.tr("(open it with your mail program)"))
        )

    def save_draft(self) -> None:
        d = self.current()
        name = f"{d.subject[:60]}.eml".replace("/", "-").replace(":", " -")
        path = dialogs.save_file(
            self, self.tr("Save draft"), name, self.tr("E-mail drafts (*.eml)")
        )
        if not path:
            return
        try:
            mail.write_eml(Path(path), d.to, d.subject, d.body, d.cc, **d.headers())
        except OSError as exc:
            dialogs.message(self, "warning", self.tr("Not saved"), localized(exc))
            return
        self._handed_off = True
        self.status.setText(self.tr("Draft saved: %1").replace("%1", path))

    def mark_sent(self) -> None:
        if self.sent_id is not None or not self._check_recipients():
            return
        try:
            sent = summary_mail.mark_sent(self.conversation_id, self.current())
        except STORE_ERRORS as exc:
            dialogs.message(self, "error", self.tr("Not recorded"), describe(exc))
            return
        self.sent_id = sent.id
        bus.changed.emit()
        self.accept()

    # -- sending -------------------------------------------------------------------------
    def send(self) -> None:
        """Send through the account's SMTP server, off the GUI thread; once only."""
        if self.sent_id is None and self._check_recipients():
            self._flow.send()

    def _job_for(self, acc):
        return summary_mail.delivery(self.conversation_id, self.current(), acc)

    def _sent(self, job) -> None:
        self.sent_id = job.recorded.id
        bus.changed.emit()
        notes = self._flow.notes(job)
        if notes:
            dialogs.message(self, "warning", self.tr("Sent"), "\n".join(notes))
        self.accept()


def write_summary(parent: QWidget, conversation_id: int) -> None:
    """Open the summary e-mail of a talk; a talk that already has one asks first."""
    from contacttracker.io.summary_mail import NotSummarizable

    try:
        dialog = SummaryDialog(conversation_id, parent)
    except (NotSummarizable, FileNotFoundError) as exc:
        dialogs.message(
            parent,
            "info",
            QCoreApplication.translate("SummaryDialog", "Summary e-mail"),
            localized(exc),
        )
        return
    if dialog.src.earlier and not dialogs.question(
        parent,
        QCoreApplication.translate("SummaryDialog", "Write another summary?"),
        QCoreApplication.translate(
            "SummaryDialog",
            "A summary e-mail of this conversation was already recorded on %1. Write another one?",
        ).replace("%1", when(dialog.src.earlier[-1])),
    ):
        dialog.deleteLater()
        return
    dialogs.exec_dialog(dialog)
