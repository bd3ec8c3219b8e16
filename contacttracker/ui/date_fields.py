"""Date editors that Tab leaves in one press, and a date's distance from today in words.

Qt's date editors move Tab through their own sections (day, month, year, hour, minute), so
a form walked with Tab stopped four times in the date and the next keys typed changed the
month. Here Tab goes to the next field, as in KDE's and Thunderbird's forms; inside the
field ← and → move between the sections, ↑ and ↓ change one, and Alt+↓ opens the calendar.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from contacttracker.ui.text import translate


class DateTimeField(QDateTimeEdit):
    """A date and time that Tab leaves at once."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class DateField(QDateEdit):
    """A date that Tab leaves at once."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def distance_in_words(day: QDate, today: QDate) -> str:
    """What a changed date now says: "today", "yesterday", "in 3 days", "2 days ago"."""
    days = today.daysTo(day)
    if days == 0:
        return translate("DateFields", "today")
    if days == 1:
        return translate("DateFields", "tomorrow")
    if days == -1:
        return translate("DateFields", "yesterday")
    if days > 0:
        return translate("DateFields", "in %n day(s)", None, days)
    return translate("DateFields", "%n day(s) ago", None, -days)
