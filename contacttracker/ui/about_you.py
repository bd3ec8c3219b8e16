"""The person's own fields: name, e-mail address, home country, working day. One set of
widgets for the first start and for Settings, saved through the store's checked setters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QTimeEdit, QWidget

from contacttracker.store import setting_keys as keys
from contacttracker.store import settings as stored
from contacttracker.ui.country_combo import CountryCombo


class AboutYou:
    """Builds the fields in `parent`; rows() gives them with their labels for a form."""

    def __init__(self, parent: QWidget) -> None:
        self.name = QLineEdit(stored.my_name() or stored.get(keys.OLD_AUTHOR), parent)
        self.name.setPlaceholderText(stored.author())
        self.name.setToolTip(
            QCoreApplication.translate(
                "AboutYou", "Signs your summary e-mails and your entries in the log"
            )
        )
        self.email = QLineEdit(stored.my_email(), parent)
        self.email.setPlaceholderText(QCoreApplication.translate("AboutYou", "you@example.com"))
        self.email.setToolTip(
            QCoreApplication.translate(
                "AboutYou", "The sender of an e-mail draft written without a mail account"
            )
        )
        self.country = CountryCombo(stored.home_country(), parent)
        self.country.setToolTip(
            QCoreApplication.translate(
                "AboutYou", "A number typed without its country code is read as this country's"
            )
        )
        day = stored.working_hours()
        self.start = QTimeEdit(QTime(day.start.hour, day.start.minute), parent)
        self.end = QTimeEdit(QTime(day.end.hour, day.end.minute), parent)
        for edit, name in (
            (self.start, QCoreApplication.translate("AboutYou", "Working day starts")),
            (self.end, QCoreApplication.translate("AboutYou", "ends")),
        ):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        self.hours = QWidget(parent)
        row = QHBoxLayout(self.hours)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(QLabel("–", self.hours))
        row.addWidget(self.end)
        locale = QLocale()
        self.days: dict[int, QCheckBox] = {}
        for weekday in range(1, 8):  # ISO, Monday 1; named in the window's language
            box = QCheckBox(locale.dayName(weekday, QLocale.FormatType.ShortFormat), self.hours)
            box.setChecked(weekday in day.days)
            row.addWidget(box)
            self.days[weekday] = box
        row.addStretch(1)

    def rows(self) -> list[tuple[str, QWidget]]:
        return [
            (QCoreApplication.translate("AboutYou", "Your &name:"), self.name),
            (QCoreApplication.translate("AboutYou", "Your &e-mail:"), self.email),
            (QCoreApplication.translate("AboutYou", "&Home country:"), self.country),
            (QCoreApplication.translate("AboutYou", "&Working hours:"), self.hours),
        ]

    def save(self) -> None:
        """Write what was entered; ValueError (in words) for an address or a day that is
        wrong, before anything is written; OSError when the settings file cannot be."""
        days = ",".join(str(d) for d, box in self.days.items() if box.isChecked())
        hours = f"{self.start.time().toString('HH:mm')}-{self.end.time().toString('HH:mm')}"
        if not days:
            raise ValueError(
                QCoreApplication.translate("AboutYou", "Choose at least one working day.")
            )
        if self.start.time() == self.end.time():
            raise ValueError(
                QCoreApplication.translate(
                    "AboutYou", "The working day should end at another time than it starts."
                )
            )
        stored.set_my_email(self.email.text())  # first: it refuses an address that is none
        stored.set_working_hours(hours, days)
        stored.set_my_name(self.name.text())
        stored.set_home_country(self.country.code())
