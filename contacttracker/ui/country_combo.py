"""The home-country field: one combo for every place that asks it (Settings, a first start).

A national number ("067 123 4567") is read as this country's. The first entry leaves it to
the system's locale and says which country that is now, so choosing nothing is a choice the
person can see.
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from contacttracker.domain import countries
from contacttracker.domain.phones import system_region
from contacttracker.ui import i18n


class CountryCombo(QComboBox):
    """Every country phone numbers know, by name in the window's language, sorted as that
    language sorts; typing a name's first letters finds it."""

    def __init__(self, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("Settings", "Home country"))
        self._fill()
        self.set_code(code)

    def _fill(self) -> None:
        language = i18n.current()
        names = countries.names(language)
        collator = QCollator(i18n.locale_for(language))
        system = system_region()
        self.addItem(
            QCoreApplication.translate("Settings", "From the system (%1)").replace(
                "%1", names.get(system, system)
            ),
            "",
        )
        for code in sorted(names, key=lambda c: collator.sortKey(names[c])):
            self.addItem(names[code], code)

    def code(self) -> str:
        """The chosen country's ISO code, '' for the system's."""
        return self.currentData() or ""

    def set_code(self, code: str) -> None:
        """Show `code` ('' or one the phone rules do not know: the system's entry)."""
        self.setCurrentIndex(max(0, self.findData((code or "").upper())))
