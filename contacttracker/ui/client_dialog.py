"""Create or edit a client: details, ranked channels, rhythm; validated before saving."""

from __future__ import annotations

from PySide6.QtWidgets import (
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
from contacttracker.ui import dialogs
from contacttracker.ui.bus import bus
from contacttracker.ui.channel_table import ChannelTable
from contacttracker.ui.errors import STORE_ERRORS, describe
from contacttracker.ui.forms import save_cancel
from contacttracker.ui.i18n import NATIVE_NAMES
from contacttracker.ui.text import localized
from contacttracker.ui.zone_field import ZoneField

LANGUAGES = list(NATIVE_NAMES.items())  # each language by its own name


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
        self.zone = ZoneField(self)
        # The country of the client's phone number names a zone: offered, never filled in.
        self.zone_suggestion = QPushButton(self)
        self.zone_suggestion.setVisible(False)
        self.zone_suggestion.clicked.connect(self._use_suggested_zone)
        self.zone.currentTextChanged.connect(self._suggest_zone)
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

        self.channels = ChannelTable(catalogue, self)
        self.channels.setMinimumHeight(140)
        self.channels.itemChanged.connect(self._suggest_zone)
        add = QPushButton(self.tr("&Add channel"), self)
        remove = QPushButton(self.tr("Remove"), self)
        up = QPushButton(self.tr("Up"), self)
        down = QPushButton(self.tr("Down"), self)
        add.clicked.connect(lambda: self.add_channel("", ""))
        remove.clicked.connect(self._remove)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        up.setToolTip(self.tr("Rank the selected channel higher (Alt+Up)"))
        down.setToolTip(self.tr("Rank the selected channel lower (Alt+Down)"))
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
            if widget is self.zone:  # the suggestion beside it
                line = QHBoxLayout()
                line.addWidget(self.zone, 1)
                line.addWidget(self.zone_suggestion)
                form.addRow(label, line)
                form.labelForField(line).setBuddy(self.zone)
                continue
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
        self._suggest_zone()
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
        row = self.channels.add(key, value)
        if not key:
            self.channels.setCurrentCell(row, 1)
            self.channels.setFocus()

    def _pairs(self) -> list[tuple[str, str]]:
        return [(key, value.strip()) for key, value in self.channels.rows() if value.strip()]

    def _remove(self) -> None:
        self.channels.remove()

    def _move(self, step: int) -> None:
        self.channels.move(step)

    def suggested_zone(self) -> str:
        """The zone of the country of the client's first phone number ("" for none)."""
        from contacttracker.domain.phones import to_e164
        from contacttracker.domain.zones import zone_for_phone
        from contacttracker.store.clients import home_country

        for key, value in self._pairs():
            channel = self.catalogue.get(key)
            if not (channel.phone_handle or key == "telegram") or value.startswith("@"):
                continue
            try:
                number = to_e164(value, home_country(), self.language.currentData())
            except ValueError:
                continue
            zone = zone_for_phone(number)
            if zone:
                return zone
        return ""

    def _suggest_zone(self) -> None:
        zone = self.suggested_zone() if not self.zone.currentText().strip() else ""
        self.zone_suggestion.setVisible(bool(zone))
        self.zone_suggestion.setText(self.tr("Use %1 (the phone's country)").replace("%1", zone))
        self.zone.lineEdit().setPlaceholderText(zone)

    def _use_suggested_zone(self) -> None:
        zone = self.suggested_zone()
        if zone:
            self.zone.setCurrentText(zone)
            self.zone.setFocus()

    def data(self) -> ClientInput:
        return ClientInput(
            name=self.name.text(),
            company=self.company.text(),
            language=self.language.currentData(),
            time_zone=self.zone.zone(),
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
