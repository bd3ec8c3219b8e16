"""The client's time zone, typed as people say it: "Kyiv", "Київ", "Poland" complete to
their IANA zone (domain/zones.py), and a phone number's country suggests one."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from contacttracker.ui import i18n

#: Offered in the drop-down before anything is typed.
COMMON = [
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


class ZoneField(QComboBox):
    """An editable drop-down of zones whose typing completes over every zone's IANA name,
    city and country (in English, Ukrainian and Russian, the window's language first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("")
        self.addItems(COMMON)
        self._completing = False
        # The names are read on first use: two thousand of them, from CLDR.
        self.lineEdit().textEdited.connect(self._complete)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._complete()

    def _complete(self, typed: str = "") -> None:
        if self._completing:
            return
        self._completing = True
        from contacttracker.domain.zones import completions

        labels = [label for label, _zone in completions(i18n.current())]
        completer = QCompleter(QStringListModel(labels, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        # Queued: the completer writes its own text into the field after its signal.
        completer.activated.connect(self._picked, Qt.ConnectionType.QueuedConnection)
        self.setCompleter(completer)
        if typed:  # the key that loaded the names completes too
            completer.setCompletionPrefix(typed)
            completer.complete()

    def _picked(self, label: str) -> None:
        """A completion chosen ("Київ — Europe/Kyiv"): the field keeps the zone's name."""
        self.setCurrentText(self.zone_of(label))

    @staticmethod
    def zone_of(typed: str) -> str:
        from contacttracker.domain.zones import zone_of

        return zone_of(typed)

    def zone(self) -> str:
        """The IANA zone meant by what the field holds (as typed when none is)."""
        return self.zone_of(self.currentText())
