"""Settings: the rules' thresholds, who is recording, CSV defaults, language, data location,
the shared database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from contacttracker.domain.thresholds import Thresholds
from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store import setting_keys as keys
from contacttracker.store import settings as stored
from contacttracker.store.database import Location
from contacttracker.ui import appearance, dialogs, i18n, machine_settings
from contacttracker.ui.about_you import AboutYou
from contacttracker.ui.bus import bus
from contacttracker.ui.text import localized, translate

FIELDS = [
    (
        "confirm_overdue_hours",
        QT_TRANSLATE_NOOP("Settings", "An unconfirmed e-mail is &overdue after:"),
    ),
    ("response_hours", QT_TRANSLATE_NOOP("Settings", "Default time to &answer a client:")),
    (
        "summary_overdue_hours",
        QT_TRANSLATE_NOOP("Settings", "A spoken agreement needs its &summary within:"),
    ),
    ("escalate_after_hours", QT_TRANSLATE_NOOP("Settings", "Escalate an &urgent matter after:")),
]


class SettingsDialog(QDialog):
    def __init__(self, location: Location, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        limits = stored.thresholds()
        rules = QGroupBox(self.tr("Working rules"), self)
        rules_form = QFormLayout(rules)
        self.spins: dict[str, QDoubleSpinBox] = {}
        for name, label in FIELDS:
            spin = QDoubleSpinBox(self)
            spin.setRange(0.25, 24 * 30)
            spin.setDecimals(2)
            spin.setSuffix(self.tr(" h"))
            spin.setValue(getattr(limits, name))
            self.spins[name] = spin
            rules_form.addRow(translate("Settings", label), spin)
            rules_form.labelForField(spin).setBuddy(spin)
            rules_form.labelForField(spin).setBuddy(spin)

        general = QGroupBox(self.tr("General"), self)
        form = QFormLayout(general)
        # The person's own fields, the same the first start asks (ui/about_you).
        self.about = AboutYou(self)
        self.author = self.about.name
        self.delimiter = QComboBox(self)
        for key, label in (
            ("comma", self.tr("Comma (,)")),
            ("semicolon", self.tr("Semicolon (;) — Excel in Ukrainian and Russian")),
            ("tab", self.tr("Tab")),
        ):
            self.delimiter.addItem(label, key)
        self.delimiter.setCurrentIndex(
            max(0, self.delimiter.findData(stored.get(keys.CSV_DELIMITER)))
        )
        self.language = QComboBox(self)
        # Each language by its own name, so whoever cannot read this one finds theirs.
        for code, label in (("", self.tr("As the system")), *i18n.NATIVE_NAMES.items()):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(machine_settings.value(keys.LANGUAGE)))
        )
        self.country = self.about.country
        about_labels = {widget: label for label, widget in self.about.rows()}
        # Light or dark, or as the desktop says (and live when it changes).
        self.colours = QComboBox(self)
        for choice, label in (
            (appearance.SYSTEM, self.tr("As the system")),
            (appearance.LIGHT, self.tr("Light")),
            (appearance.DARK, self.tr("Dark")),
        ):
            self.colours.addItem(label, choice)
        self.colours.setCurrentIndex(max(0, self.colours.findData(appearance.chosen())))
        self.place = place = QLabel(self)
        self._show_place(location.describe())
        place.setTextInteractionFlags(
            place.textInteractionFlags() | place.textInteractionFlags().TextSelectableByMouse
        )
        # The team's database: where it is (or that there is none), and the way to set it up.
        self.shared = QLabel(self)
        self.shared.setWordWrap(True)
        self.shared_button = QPushButton(self.tr("Con&nect…"), self)
        self.shared_button.clicked.connect(self.set_up_shared)
        # The words on a row of their own, the button under them: a wrapped label beside a
        # button in one row was given one line's height and cut (in Ukrainian).
        shared_row = QHBoxLayout()
        shared_row.addWidget(self.shared_button)
        shared_row.addStretch(1)
        self._show_shared()
        for label, widget in (
            (self.tr("&Your name in the log:"), self.author),
            (about_labels[self.about.email], self.about.email),
            (self.tr("CSV &delimiter:"), self.delimiter),
            (self.tr("&Language:"), self.language),
            (self.tr("&Colours:"), self.colours),
            (self.tr("&Home country:"), self.country),
            (about_labels[self.about.hours], self.about.hours),
            (self.tr("Data lives in:"), place),
        ):
            form.addRow(label, widget)
            form.labelForField(widget).setBuddy(widget)
        form.addRow(self.tr("Shared database:"), self.shared)
        form.addRow("", shared_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        from contacttracker.ui.mail_accounts_page import MailAccountsPage

        first = QWidget(self)
        first_layout = QVBoxLayout(first)
        first_layout.addWidget(rules)
        first_layout.addWidget(general)
        first_layout.addStretch(1)
        self.mail = MailAccountsPage(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.tabs.addTab(first, self.tr("General"))
        self.tabs.addTab(self.mail, self.tr("E-&mail accounts"))
        from contacttracker.ui.reminder_settings import ReminderSettings

        self.reminders = ReminderSettings(self)
        self.tabs.addTab(self.reminders, self.tr("&Reminders"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _show_shared(self) -> None:
        from contacttracker.store import team

        server, use = team.configured()
        if server is None:
            state = self.tr("none set up (this computer's file only)")
        else:
            where = f"{server.host}:{server.port}/{server.database}"
            state = (
                self.tr("%1 (in use)") if use else self.tr("%1 (not in use: the local file is)")
            ).replace("%1", where)
        self.shared.setText(state)

    def _show_place(self, where: str) -> None:
        """The database's path on one line, its middle left out when it is very long (the
        tooltip has it whole): a wrapped path was cut in height inside the tab."""
        metrics = self.place.fontMetrics()
        self.place.setText(
            metrics.elidedText(where, Qt.TextElideMode.ElideMiddle, metrics.averageCharWidth() * 70)
        )
        self.place.setToolTip(where)

    def set_up_shared(self) -> None:
        """The Shared database dialog, from here; the window switches when it connects."""
        window = self.parent()
        if hasattr(window, "databases"):
            window.databases.shared_database()
            self._show_place(window.location.describe())
        self._show_shared()

    def save(self) -> None:
        limits = Thresholds(**{name: spin.value() for name, spin in self.spins.items()})
        values = limits.to_settings()
        values[keys.CSV_DELIMITER.name] = self.delimiter.currentData()
        stored.set_many(values)
        try:
            self.about.save()
            self.mail.save()
            self.reminders.save()
        except (OSError, ValueError) as exc:
            dialogs.message(self, "warning", self.tr("Not saved"), localized(exc))
            return
        before = machine_settings.value(keys.LANGUAGE) or ""
        machine_settings.set_value(keys.LANGUAGE, self.language.currentData())
        if self.colours.currentData() != appearance.chosen():
            machine_settings.set_value(keys.COLOR_SCHEME, self.colours.currentData())
            appearance.apply(QApplication.instance())  # every window redraws at once
        bus.changed.emit()
        self.accept()
        if self.language.currentData() != before:
            # Every window hears LanguageChange and redraws its text; nothing typed is lost.
            i18n.install(i18n.chosen_language())
