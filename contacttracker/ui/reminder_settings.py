"""Settings → Reminders: desktop notifications on or off, how long before a reply's deadline
they warn, keeping the app in the tray, and starting it at login. The working day they keep
to is on the General page (it is the person's, for snoozing as well)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QWidget

from contacttracker import autostart
from contacttracker.store import person_settings
from contacttracker.store import setting_keys as keys
from contacttracker.ui import machine_settings
from contacttracker.ui import tray as tray_icon


class ReminderSettings(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.on = QCheckBox(self.tr("Remind me on the &desktop of items coming due"), self)
        self.on.setChecked(bool(person_settings.get(keys.REMINDERS)))
        self.lead = QSpinBox(self)
        self.lead.setRange(1, 1440)
        self.lead.setSuffix(self.tr(" min"))
        lead = person_settings.get(keys.REMINDER_LEAD_MINUTES)
        self.lead.setValue(lead if isinstance(lead, int) and lead > 0 else 30)
        self.on.toggled.connect(self.lead.setEnabled)
        self.lead.setEnabled(self.on.isChecked())
        self.tray = QCheckBox(self.tr("&Keep running in the tray when the window is closed"), self)
        self.tray.setChecked(tray_icon.keep_running())
        self.login = QCheckBox(self.tr("Start at lo&gin"), self)
        self.login.setChecked(autostart.enabled())
        self._login_was = self.login.isChecked()
        note = QLabel(
            self.tr(
                "Reminders come only within your working hours (General page); what comes "
                "due outside them arrives as one summary when they begin."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(self.on)
        form.addRow(self.tr("Warn &before a reply is due:"), self.lead)
        form.labelForField(self.lead).setBuddy(self.lead)
        form.addRow(note)
        form.addRow(self.tray)
        if not tray_icon.available():
            self.tray.setEnabled(False)
            missing = QLabel(
                self.tr("This desktop shows no tray icons: closing the window quits the app."),
                self,
            )
            missing.setWordWrap(True)
            form.addRow(missing)
        form.addRow(self.login)

    def save(self) -> None:
        """OSError when the settings file or the login entry cannot be written."""
        person_settings.update(
            {keys.REMINDERS: self.on.isChecked(), keys.REMINDER_LEAD_MINUTES: self.lead.value()}
        )
        machine_settings.set_value(keys.KEEP_IN_TRAY, self.tray.isChecked())
        if self.login.isChecked() != self._login_was:
            autostart.set_enabled(self.login.isChecked())
            self._login_was = self.login.isChecked()
