"""Settings → E-mail accounts: the person's mailboxes (list, add, edit, remove), how often
the window syncs, and Test connection, which says in words what failed and offers to
trust a certificate no authority vouches for.

Accounts live with the person (store.mail_accounts: their config folder), passwords in the
system keyring; nothing here touches the database.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contacttracker.domain.mail_account import (
    DEFAULT_PORTS,
    DEFAULT_SINCE_DAYS,
    Account,
    AccountError,
    Endpoint,
    Security,
    make_account,
)
from contacttracker.store import mail_accounts
from contacttracker.ui import dialogs, tasks
from contacttracker.ui.text import localized


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]


class ServerFields(QWidget):
    """Host, port and security of one server; the port follows the security until typed."""

    def __init__(self, protocol: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.protocol = protocol
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(f"{protocol}.example.com")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.security = QComboBox(self)
        for kind, label in (
            (Security.TLS, self.tr("TLS")),
            (Security.STARTTLS, self.tr("STARTTLS")),
            (Security.NONE, self.tr("None (this computer only)")),
        ):
            self.security.addItem(label, kind.value)
        self.port.setValue(DEFAULT_PORTS[(protocol, Security.TLS)])
        self._port_typed = False
        self.port.valueChanged.connect(lambda: setattr(self, "_port_typed", True))
        self.security.currentIndexChanged.connect(self._security_changed)
        name = protocol.upper()
        self.host.setAccessibleName(self.tr("%1 server").replace("%1", name))
        self.port.setAccessibleName(self.tr("%1 port").replace("%1", name))
        self.security.setAccessibleName(self.tr("%1 security").replace("%1", name))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.host, 1)
        row.addWidget(self.port)
        row.addWidget(self.security)
        self.setFocusProxy(self.host)

    def _security_changed(self) -> None:
        if not self._port_typed:
            self.port.blockSignals(True)
            self.port.setValue(
                DEFAULT_PORTS[(self.protocol, Security(self.security.currentData()))]
            )
            self.port.blockSignals(False)

    def show_endpoint(self, endpoint: Endpoint | None) -> None:
        if endpoint is None:
            return
        self.host.setText(endpoint.host)
        self.security.setCurrentIndex(max(0, self.security.findData(endpoint.security.value)))
        self.port.setValue(endpoint.port)
        self._port_typed = True

    def endpoint(self) -> Endpoint | None:
        """The server as typed ('' host: none); AccountError for one that cannot be."""
        host = self.host.text().strip()
        if not host:
            return None
        text = f"[{host}]" if ":" in host else host
        return Endpoint.parse(
            f"{text}:{self.port.value()}", self.security.currentData(), self.protocol
        )


class AccountDialog(QDialog):
    """One account's details; Save keeps it (and a typed password in the keyring)."""

    def __init__(self, account: Account | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = account
        self.saved: Account | None = None
        self.trusted: tuple[str, ...] = account.trusted_certificates if account else ()
        self.setWindowTitle(self.tr("E-mail account") if account else self.tr("New e-mail account"))
        self.setMinimumWidth(620)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Work"))
        self.addresses = QLineEdit(self)
        self.addresses.setPlaceholderText(self.tr("me@studio.example, office@studio.example"))
        self.addresses.setToolTip(
            self.tr("Your own addresses: a letter from one of them is one you sent")
        )
        self.imap = ServerFields("imap", self)
        self.smtp = ServerFields("smtp", self)
        self.smtp.host.setPlaceholderText(self.tr("smtp.example.com (to send from the app)"))
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(self.tr("the first address, when empty"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("kept in the system keyring")
            if not (account and mail_accounts.saved_password(account))
            else self.tr("kept in the keyring; type to change it")
        )
        self.since = QSpinBox(self)
        self.since.setRange(1, 36500)
        self.since.setSuffix(self.tr(" days"))
        self.since.setValue(DEFAULT_SINCE_DAYS)
        self.folders = QLineEdit(self)
        self.folders.setPlaceholderText(self.tr("Projects, Clients/Archive"))
        self.domains = QCheckBox(
            self.tr("Also any address at a client's own domain (never a webmail one)"), self
        )
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("What the connection test found"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        for label, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("Your &addresses:"), self.addresses),
            (self.tr("&IMAP server:"), self.imap),
            (self.tr("S&MTP server:"), self.smtp),
            (self.tr("&User name:"), self.user),
            (self.tr("&Password:"), self.password),
            (self.tr("Read &back:"), self.since),
            (self.tr("More &folders:"), self.folders),
        ):
            form.addRow(label, widget)
            form.labelForField(widget).setBuddy(widget)
        form.addRow("", self.domains)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.setAutoDefault(False)  # Enter saves, wherever the focus is
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        if account is not None:
            self._show(account)

    def _show(self, acc: Account) -> None:
        self.name.setText(acc.name)
        self.addresses.setText(", ".join(acc.addresses))
        self.imap.show_endpoint(acc.imap)
        self.smtp.show_endpoint(acc.smtp)
        self.user.setText(acc.user)
        self.since.setValue(acc.since_days)
        self.folders.setText(", ".join(acc.folders))
        self.domains.setChecked(acc.match_domains)

    def account(self) -> Account:
        """The account as typed; AccountError says what is wrong with it."""
        imap = self.imap.endpoint()
        if imap is None:
            from contacttracker.domain.words import QT_TRANSLATE_NOOP

            raise AccountError(QT_TRANSLATE_NOOP("Mailbox", "an account needs an IMAP server"))
        extra = self.original.extra if self.original is not None else None
        return make_account(
            self.name.text(),
            _split(self.addresses.text()),
            imap,
            user=self.user.text(),
            smtp=self.smtp.endpoint(),
            since_days=self.since.value(),
            folders=_split(self.folders.text()),
            trusted_certificates=self.trusted,
            match_domains=self.domains.isChecked(),
            auth=self.original.auth if self.original is not None else "password",
            extra=extra,
        )

    def _password_for(self, acc: Account) -> str | None:
        typed = self.password.text()
        if typed:
            return typed
        kept = mail_accounts.saved_password(acc)
        if kept:
            return kept
        return dialogs.password(
            self,
            self.tr("Test connection"),
            self.tr("Password for %1 at %2:").replace("%1", acc.login).replace("%2", acc.imap.host),
        )

    # -- test --------------------------------------------------------------------------------
    def test_connection(self) -> None:
        """IMAP (login, folders) and SMTP (login), each failure in words, off the GUI thread."""
        try:
            acc = self.account()
        except AccountError as exc:
            self.status.setText(localized(exc))
            return
        password = self._password_for(acc)
        if password is None:
            return
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Connecting…"))
        tasks.run(
            self,
            self.tr("Testing the connection…"),
            lambda _progress: _check(acc, password),
            lambda result, exc: self._tested(acc, result, exc),
        )

    def _tested(self, acc: Account, result, exc: BaseException | None) -> None:
        from contacttracker.io.imap import MailError

        self.test_button.setEnabled(True)
        if exc is not None and not isinstance(exc, MailError):
            raise exc
        lines = []
        failure = exc
        if result is not None:
            found, smtp_problem = result
            counts = ", ".join(
                self.tr("%1: %2 messages").replace("%1", f).replace("%2", str(n))
                for f, n in found.counts.items()
            )
            lines.append(
                self.tr("IMAP %1: connected, login accepted. %2")
                .replace("%1", found.server)
                .replace("%2", counts)
            )
            if not found.folders.sent:
                lines.append(self.tr("No Sent folder found: sent mail is not read."))
            if acc.smtp is not None and smtp_problem is None:
                lines.append(
                    self.tr("SMTP %1: connected, login accepted.").replace("%1", str(acc.smtp))
                )
            failure = smtp_problem
        if failure is not None:
            lines.append(localized(failure))
        self.status.setText("\n".join(lines))
        if isinstance(failure, MailError) and failure.kind == "certificate":
            choice = dialogs.choose(
                self,
                self.tr("Certificate not trusted"),
                localized(failure)
                + "\n\n"
                + self.tr("Trust this certificate only if you know it is your mail server's."),
                [self.tr("Trust this certificate"), self.tr("Cancel")],
            )
            if choice == 0:
                self.trusted = (*self.trusted, failure.fingerprint)
                self.test_connection()

    # -- save --------------------------------------------------------------------------------
    def save(self) -> None:
        try:
            acc = self.account()
            if self.original is not None and self.original.name.casefold() != acc.name.casefold():
                mail_accounts.save(acc)  # a new name: the old entry goes once this one is kept
                mail_accounts.remove(self.original.name)
            else:
                mail_accounts.save(acc, replace=self.original is not None)
        except AccountError as exc:
            self.status.setText(localized(exc))
            return
        except OSError as exc:
            dialogs.message(self, "warning", self.tr("Not saved"), localized(exc))
            return
        if self.password.text() and not mail_accounts.save_password(acc, self.password.text()):
            dialogs.message(
                self,
                "info",
                self.tr("No keyring"),
                self.tr(
                    "No keyring works on this computer: the password is asked for when mail "
                    "is synced or sent."
                ),
            )
        self.saved = acc
        self.accept()


def _check(acc: Account, password: str):
    """In the worker thread: the IMAP check (raises), then SMTP's (kept, not raised)."""
    from contacttracker.io import smtp_send
    from contacttracker.io.imap import MailError, check_account

    found = check_account(acc, password)
    problem = None
    if acc.smtp is not None:
        try:
            smtp_send.check(acc, password)
        except MailError as exc:
            problem = exc
    return found, problem


class MailAccountsPage(QWidget):
    """The list of accounts with Add, Edit, Remove, and how often the window syncs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("E-mail accounts"))
        self.list.itemActivated.connect(lambda _item: self.edit())
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 1440)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(mail_accounts.sync_minutes())
        when = QFormLayout()
        when.addRow(self.tr("S&ync every:"), self.minutes)
        when.labelForField(self.minutes).setBuddy(self.minutes)
        hint = QLabel(
            self.tr(
                "E-mails from and to your clients' addresses come into the log by themselves; "
                "nothing else is stored. F5 syncs now. The summary e-mail can be sent from the "
                "app once an account has an SMTP server."
            ),
            self,
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        box = QGroupBox(self.tr("E-mail accounts"), self)
        inner = QVBoxLayout(box)
        inner.addLayout(row)
        inner.addLayout(when)
        inner.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        self.list.currentRowChanged.connect(self._selection_changed)
        self.reload()

    def reload(self, select: str = "") -> None:
        self.list.clear()
        for acc in mail_accounts.accounts():
            sending = self.tr(", sends") if acc.smtp is not None else ""
            item = QListWidgetItem(f"{acc.name} — {', '.join(acc.addresses)} ({acc.imap}{sending})")
            item.setData(Qt.ItemDataRole.UserRole, acc.name)
            self.list.addItem(item)
            if acc.name == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.list.currentItem() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _chosen(self) -> Account | None:
        item = self.list.currentItem()
        if item is None:
            return None
        try:
            return mail_accounts.account(item.data(Qt.ItemDataRole.UserRole))
        except AccountError:
            return None

    def add(self) -> None:
        dialog = AccountDialog(None, self)
        if dialogs.exec_dialog(dialog) and dialog.saved is not None:
            self.reload(dialog.saved.name)

    def edit(self) -> None:
        acc = self._chosen()
        if acc is None:
            return
        dialog = AccountDialog(acc, self)
        if dialogs.exec_dialog(dialog) and dialog.saved is not None:
            self.reload(dialog.saved.name)

    def remove(self) -> None:
        acc = self._chosen()
        if acc is None or not dialogs.question(
            self,
            self.tr("Remove the account?"),
            self.tr(
                "Forget %1 and its password on this computer? What it brought into the log stays."
            ).replace("%1", acc.name),
        ):
            return
        mail_accounts.remove(acc.name)
        self.reload()

    def save(self) -> None:
        """With the Settings dialog's Save: how often to sync."""
        if self.minutes.value() != mail_accounts.sync_minutes():
            mail_accounts.set_sync_minutes(self.minutes.value())
