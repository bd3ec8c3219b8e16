"""Create or edit a client: details, ranked channels, rhythm; validated before saving."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contacttracker.domain.channels import Catalogue
from contacttracker.domain.phones import formatted
from contacttracker.store import browse
from contacttracker.store.clients import (
    MAX_KEEP_IN_TOUCH_DAYS,
    MAX_NAME,
    MAX_RESPONSE_HOURS,
    ClientInput,
    ValidationError,
    save_client,
)
from contacttracker.ui import dialogs, text
from contacttracker.ui.bus import bus
from contacttracker.ui.errors import STORE_ERRORS, describe
from contacttracker.ui.forms import save_cancel
from contacttracker.ui.i18n import NATIVE_NAMES
from contacttracker.ui.text import localized

LANGUAGES = list(NATIVE_NAMES.items())  # each language by its own name
ZONES = [
    "Europe/Kyiv",
    "Europe/Warsaw",
    "Europe/Berlin",
    "Europe/London",
    "Europe/Riga",
    "Europe/Chisinau",
    "Asia/Almaty",
    "Asia/Tbilisi",
    "America/New_York",
    "America/Toronto",
]


class ClientDialog(QDialog):
    def __init__(
        self, catalogue: Catalogue, parent: QWidget | None = None, client_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.client_id = client_id
        self.version: int | None = None  # of the client being edited
        self.saved: int | None = None
        self.setWindowTitle(self.tr("Edit client") if client_id else self.tr("New client"))
        self.setMinimumWidth(600)

        self.name = QLineEdit(self)
        self.company = QLineEdit(self)
        for line in (self.name, self.company):
            line.setMaxLength(MAX_NAME)
        self.language = QComboBox(self)
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.addItem("")
        self.zone.addItems(ZONES)
        self.hours = QLineEdit(self)
        self.hours.setPlaceholderText("09:00-18:00")
        self.response = QDoubleSpinBox(self)
        self.response.setRange(0, MAX_RESPONSE_HOURS)
        self.response.setDecimals(1)
        self.response.setSuffix(self.tr(" h"))
        self.response.setSpecialValueText(self.tr("default"))
        self.keep = QSpinBox(self)
        self.keep.setRange(0, MAX_KEEP_IN_TOUCH_DAYS)
        self.keep.setSuffix(self.tr(" days"))
        self.keep.setSpecialValueText(self.tr("no rhythm"))
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.archived = QCheckBox(self.tr("Archived (hidden from lists and queues)"), self)

        self.channels = QTableWidget(0, 2, self)
        self.channels.setHorizontalHeaderLabels([self.tr("Channel"), self.tr("Handle")])
        self.channels.horizontalHeader().setStretchLastSection(True)
        self.channels.verticalHeader().setVisible(False)
        self.channels.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.channels.setTabKeyNavigation(False)
        self.channels.setAccessibleName(self.tr("Channels, best first"))
        self.channels.setMinimumHeight(140)
        add = QPushButton(self.tr("&Add channel"), self)
        remove = QPushButton(self.tr("Remove"), self)
        up = QPushButton(self.tr("Up"), self)
        down = QPushButton(self.tr("Down"), self)
        add.clicked.connect(lambda: self.add_channel("", ""))
        remove.clicked.connect(self._remove)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        channel_buttons = QHBoxLayout()
        for b in (add, remove, up, down):
            channel_buttons.addWidget(b)
        channel_buttons.addStretch(1)

        form = QFormLayout()
        fields = [
            (self.tr("&Name:"), self.name),
            (self.tr("C&ompany:"), self.company),
            (self.tr("&Language:"), self.language),
            (self.tr("&Time zone:"), self.zone),
            (self.tr("Preferred &hours:"), self.hours),
            (self.tr("&Response time:"), self.response),
            (self.tr("&Keep in touch every:"), self.keep),
            (self.tr("Ta&gs:"), self.tags),
            (self.tr("Not&es:"), self.notes),
        ]
        for label, widget in fields:
            form.addRow(label, widget)
            form.labelForField(widget).setBuddy(widget)
        form.addRow("", self.archived)
        channels_box = QVBoxLayout()
        channels_box.addWidget(self.channels)
        channels_box.addLayout(channel_buttons)
        form.addRow(self.tr("&Channels:"), channels_box)
        form.labelForField(channels_box).setBuddy(self.channels)

        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        if client_id is not None:
            self._load(client_id)
        else:
            self.add_channel("email", "")
            self.add_channel("phone", "")
        self._loaded = self.data()
        self.name.setFocus()

    def reject(self) -> None:
        """Closing with changes that were not saved asks first."""
        if (
            self.saved is None
            and self.data() != self._loaded
            and not dialogs.question(
                self,
                self.tr("Discard the changes?"),
                self.tr("What you changed has not been saved. Close and lose it?"),
            )
        ):
            return
        super().reject()

    def _load(self, client_id: int) -> None:
        from contacttracker.store.models import Client

        card = browse.client_card(client_id)
        if card is None:
            return
        self.version = Client.get_by_id(client_id).version  # later saves by others conflict
        self.name.setText(card.name)
        self.company.setText(card.company)
        self.language.setCurrentIndex(max(0, self.language.findData(card.language)))
        self.zone.setCurrentText(card.time_zone)
        self.hours.setText(card.preferred_hours)
        self.response.setValue(card.response_hours or 0)
        self.keep.setValue(card.keep_in_touch_days or 0)
        self.tags.setText(card.tags)
        self.notes.setPlainText(card.notes)
        self.archived.setChecked(card.archived)
        for key, _typed, normal in card.channels:
            shown = formatted(normal) if normal.startswith("+") else normal
            self.add_channel(key, shown)

    def add_channel(self, key: str, value: str) -> None:
        row = self.channels.rowCount()
        self.channels.insertRow(row)
        combo = QComboBox(self.channels)
        for ch in self.catalogue:
            if ch.default_on or ch.key == key:
                combo.addItem(text.channel_name(self.catalogue, ch.key), ch.key)
        if key:
            combo.setCurrentIndex(max(0, combo.findData(key)))
        combo.setAccessibleName(self.tr("Channel"))
        self.channels.setCellWidget(row, 0, combo)
        self.channels.setItem(row, 1, QTableWidgetItem(value))
        if not key:
            self.channels.setCurrentCell(row, 1)
            self.channels.setFocus()

    def _pairs(self) -> list[tuple[str, str]]:
        pairs = []
        for row in range(self.channels.rowCount()):
            combo = self.channels.cellWidget(row, 0)
            item = self.channels.item(row, 1)
            value = item.text().strip() if item else ""
            if value:
                pairs.append((combo.currentData(), value))
        return pairs

    def _remove(self) -> None:
        row = self.channels.currentRow()
        if row >= 0:
            self.channels.removeRow(row)

    def _move(self, step: int) -> None:
        row = self.channels.currentRow()
        pairs = [
            (
                self.channels.cellWidget(r, 0).currentData(),
                (self.channels.item(r, 1) or QTableWidgetItem()).text(),
            )
            for r in range(self.channels.rowCount())
        ]
        target = row + step
        if row < 0 or not 0 <= target < len(pairs):
            return
        pairs[row], pairs[target] = pairs[target], pairs[row]
        self.channels.setRowCount(0)
        for key, value in pairs:
            self.add_channel(key, value)
        self.channels.setCurrentCell(target, 1)

    def data(self) -> ClientInput:
        return ClientInput(
            name=self.name.text(),
            company=self.company.text(),
            language=self.language.currentData(),
            time_zone=self.zone.currentText().strip(),
            preferred_hours=self.hours.text().strip(),
            response_hours=self.response.value() or None,
            keep_in_touch_days=self.keep.value() or None,
            tags=self.tags.text(),
            notes=self.notes.toPlainText(),
            archived=self.archived.isChecked(),
            channels=self._pairs(),
        )

    def save(self) -> None:
        from contacttracker.store.conflicts import Conflict
        from contacttracker.ui import conflicts

        data = self.data()
        try:
            client = save_client(data, self.client_id, self.version)
        except Conflict as conflict:
            mine = {
                "name": data.name,
                "company": data.company,
                "tags": data.tags,
                "notes": data.notes,
            }
            choice = conflicts.resolve(self, conflict, mine)
            if choice == conflicts.MINE:
                self.version = conflict.version  # then save again, over theirs
                self.save()
            elif choice == conflicts.THEIRS:
                self.saved = self.client_id
                bus.changed.emit()
                QDialog.reject(self)
            return
        except ValidationError as exc:
            dialogs.message(
                self,
                "warning",
                self.tr("Please correct"),
                "\n".join(f"• {localized(p)}" for p in exc.problems),
            )
            return
        except STORE_ERRORS as exc:
            dialogs.message(self, "error", self.tr("Not saved"), describe(exc))
            return
        self.saved = client.id
        bus.changed.emit()
        self.accept()
