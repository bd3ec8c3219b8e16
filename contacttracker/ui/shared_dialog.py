"""Setting up the team's shared database: where the server is, who we are, the password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contacttracker.store import team


class SharedDatabaseDialog(QDialog):
    """The address of the team's PostgreSQL database. Connecting switches the window to it
    and the app starts on it from then on; the password goes to the system keyring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shared database"))
        self.setMinimumWidth(460)
        server, _use = team.configured()
        server = server or team.Server(host="")
        intro = QLabel(
            self.tr(
                "The team's PostgreSQL database: everyone's clients and conversations in one "
                "place. Whoever runs the server gives you these details."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(server.host, self)
        self.host.setPlaceholderText("db.agency.example")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(server.port)
        self.database = QLineEdit(server.database, self)
        self.user = QLineEdit(server.user, self)
        self.password = QLineEdit(team.saved_password(server) if server.host else "", self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password (in the system keyring)"), self)
        self.remember.setChecked(True)
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Server:"), self.host),
            (self.tr("P&ort:"), self.port),
            (self.tr("&Database:"), self.database),
            (self.tr("&User name:"), self.user),
            (self.tr("&Password:"), self.password),
        ):
            form.addRow(label, widget)
            form.labelForField(widget).setBuddy(widget)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.host.textChanged.connect(self._enable)
        self.database.textChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        ready = bool(self.host.text().strip() and self.database.text().strip())
        self.connect_button.setEnabled(ready)

    def server(self) -> team.Server:
        return team.Server(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )
