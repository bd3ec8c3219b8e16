"""This computer's settings (window state, language, whose work to show), through QSettings;
the keys and defaults are declared with every other setting in store/setting_keys."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from contacttracker.store.setting_keys import Key, Scope


def value(key: Key):
    """The stored value, else the key's default."""
    return QSettings().value(_name(key), key.fallback())


def set_value(key: Key, value: object) -> None:
    QSettings().setValue(_name(key), value)


def _name(key: Key) -> str:
    if key.scope is not Scope.MACHINE or key.family:
        raise ValueError(f"{key.name!r} is not one of this computer's settings")
    return key.name
