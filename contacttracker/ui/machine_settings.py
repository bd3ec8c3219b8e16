"""This computer's settings (window state, language, whose work to show), through QSettings;
the keys and defaults are declared with every other setting in store/setting_keys."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from contacttracker.store.setting_keys import Key, Scope


def value(key: Key, suffix: str = ""):
    """The stored value, else the key's default; `suffix` names one of a family of keys
    ("sample-offered/PLACE")."""
    return QSettings().value(_name(key, suffix), key.fallback())


def set_value(key: Key, value: object, suffix: str = "") -> None:
    QSettings().setValue(_name(key, suffix), value)


def remove(key: Key) -> None:
    QSettings().remove(_name(key, ""))


def _name(key: Key, suffix: str) -> str:
    if key.scope is not Scope.MACHINE:
        raise ValueError(f"{key.name!r} is a {key.scope} setting, not this computer's")
    return f"{key.name}/{suffix}" if suffix else key.name
