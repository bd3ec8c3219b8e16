"""Light or dark: the Settings choice (as the system, light, dark), applied live.

"As the system" follows the desktop's colour scheme when it changes (Qt's
colorSchemeChanged), and a desktop that reports none is judged by the palette its theme
gave the application. The palettes themselves are in app.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from contacttracker.store import setting_keys as keys

SYSTEM, LIGHT, DARK = "", "light", "dark"
CHOICES = (SYSTEM, LIGHT, DARK)

_theme_palette: QPalette | None = None  # what the desktop's theme gave, before ours
_following: set[int] = set()


def remember_theme(app: QApplication) -> None:
    """Keep the palette the desktop's theme gave, to tell dark from light when the desktop
    reports no scheme."""
    global _theme_palette
    if _theme_palette is None:
        _theme_palette = QPalette(app.palette())


def chosen() -> str:
    from contacttracker.ui import machine_settings

    value = str(machine_settings.value(keys.COLOR_SCHEME) or "")
    return value if value in CHOICES else SYSTEM


def is_dark(choice: str, system: Qt.ColorScheme) -> bool:
    """Whether `choice` means dark while the desktop reports `system`."""
    if choice in (LIGHT, DARK):
        return choice == DARK
    if system != Qt.ColorScheme.Unknown:
        return system == Qt.ColorScheme.Dark
    theme = _theme_palette
    return theme is not None and theme.color(QPalette.ColorRole.Window).lightness() < 128


def apply(app: QApplication, choice: str | None = None, system: Qt.ColorScheme | None = None):
    """Set the palette for `choice` (the stored one by default); every open window redraws
    at once. Returns whether it is dark."""
    from contacttracker.ui.app import dark_palette

    remember_theme(app)
    choice = chosen() if choice is None else choice
    hints = app.styleHints()
    if choice == SYSTEM:
        hints.unsetColorScheme()
    else:  # native dialogs and title bars follow where the platform can
        hints.setColorScheme(Qt.ColorScheme.Dark if choice == DARK else Qt.ColorScheme.Light)
    dark = is_dark(choice, hints.colorScheme() if system is None else system)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    return dark


def follow_system(app: QApplication) -> None:
    """While the choice is "as the system", a change of the desktop's scheme applies live."""
    if id(app) in _following:
        return
    _following.add(id(app))

    def changed(scheme: Qt.ColorScheme) -> None:
        if chosen() == SYSTEM:
            apply(app, SYSTEM, scheme)

    app.styleHints().colorSchemeChanged.connect(changed)
