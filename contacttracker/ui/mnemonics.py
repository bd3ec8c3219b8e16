"""Alt+letter in a Ukrainian or Russian window while a Latin keyboard layout is active.

Qt matches a mnemonic by the character typed: "&Мова" answers Alt+М, and with the Latin
layout on, the same key types Alt+V, which matches nothing. Desktop users switch layouts
all day, so the window also takes the Latin letter on the same key of the ЙЦУКЕН layout
(V for М, F for А), and an open menu its items' letters the same way. Only a key press no
shortcut took reaches here, so a Cyrillic layout, and any Latin mnemonic, keep working as
before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)

#: The QWERTY key and the Cyrillic letters of the Russian and Ukrainian layouts on it.
_QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
_RUSSIAN = "йцукенгшщзхъфывапролджэячсмитьбюё"
_UKRAINIAN = "йцукенгшщзхїфівапролджєячсмитьбю'"
ON_KEY: dict[str, set[str]] = {}
for _latin, _ru, _uk in zip(_QWERTY, _RUSSIAN, _UKRAINIAN, strict=True):
    ON_KEY.setdefault(_latin, set()).update({_ru, _uk})
ON_KEY["\\"] = {"ґ"}


def mnemonic(text: str) -> str:
    """The letter after a single "&" ("" when there is none), lower case."""
    at = 0
    while (at := text.find("&", at)) >= 0 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return ""


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isEnabled()


def targets(window: QWidget, letter: str) -> list[QWidget]:
    """The labels, buttons and tabs of `window` whose mnemonic is `letter`."""
    found: list[QWidget] = []
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and _shown(label, window) and mnemonic(label.text()) == letter:
            found.append(label)
    for button in window.findChildren(QAbstractButton):
        if _shown(button, window) and mnemonic(button.text()) == letter:
            found.append(button)
    for bar in window.findChildren(QTabBar):
        if _shown(bar, window) and any(
            mnemonic(bar.tabText(i)) == letter and bar.isTabEnabled(i) for i in range(bar.count())
        ):
            found.append(bar)
    for bar in window.findChildren(QMenuBar):
        if _shown(bar, window) and any(mnemonic(a.text()) == letter for a in bar.actions()):
            found.append(bar)
    return found


def activate(widget: QWidget, letter: str) -> None:
    """What Qt does for the mnemonic: a label's field takes the focus, a button is pressed,
    a tab is shown, a menu opens."""
    reason = Qt.FocusReason.ShortcutFocusReason
    if isinstance(widget, QLabel):
        widget.buddy().setFocus(reason)
    elif isinstance(widget, QAbstractButton):
        widget.setFocus(reason)
        widget.animateClick()
    elif isinstance(widget, QTabBar):
        index = next(i for i in range(widget.count()) if mnemonic(widget.tabText(i)) == letter)
        widget.setCurrentIndex(index)
    elif isinstance(widget, QMenuBar):
        action = next(a for a in widget.actions() if mnemonic(a.text()) == letter)
        widget.setActiveAction(action)


class LatinMnemonics(QObject):
    """Alt+Latin letter that no shortcut took is tried as the Cyrillic mnemonic on the same
    key of the active window, before the focused field would type the letter."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != KEY_PRESS or not isinstance(watched, QWidget):
            return False
        if not 0 < event.key() < 128:
            return False
        if isinstance(watched, QMenu) and event.modifiers() == NO_MODIFIER:
            return self._menu_key(watched, chr(event.key()).lower())
        if event.modifiers() != ALT:
            return False
        letters = ON_KEY.get(chr(event.key()).lower())
        window = watched.window()
        if not letters or window is None or window is not QApplication.activeWindow():
            return False
        for letter in sorted(letters):
            found = targets(window, letter)
            if len(found) == 1:  # several would be a clash Qt leaves alone too
                activate(found[0], letter)
                return True
        return False

    def _menu_key(self, menu: QMenu, latin: str) -> bool:
        """An open menu takes an item's letter without Alt; a Latin letter no item has
        chooses the item whose Cyrillic letter is on that key, as Enter on it would."""
        actions = [a for a in menu.actions() if a.isVisible() and a.isEnabled()]
        letters = ON_KEY.get(latin)
        if not letters or any(mnemonic(a.text()) == latin for a in actions):
            return False
        for letter in sorted(letters):
            found = [a for a in actions if mnemonic(a.text()) == letter]
            if len(found) == 1:
                menu.setActiveAction(found[0])
                enter = QKeyEvent(KEY_PRESS, Qt.Key.Key_Return, NO_MODIFIER)
                QApplication.sendEvent(menu, enter)
                return True
        return False


KEY_PRESS = QEvent.Type.KeyPress  # read once: the filter sees every event of the app
ALT = Qt.KeyboardModifier.AltModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def install(app: QApplication) -> None:
    """Take Latin-layout Alt keys for the Cyrillic mnemonics, in every window (once)."""
    if app.property("latin_mnemonics"):
        return
    app.setProperty("latin_mnemonics", True)
    app.installEventFilter(LatinMnemonics(app))
