"""Whose work the window shows: everyone's, or only what this person recorded.

In a shared database the queues and the log can hold the whole team's conversations;
"Only mine" narrows both to the conversations whose author is the name in Settings.
"""

from __future__ import annotations

from contacttracker.store import setting_keys as keys
from contacttracker.ui import machine_settings

EVERYONE, MINE = "everyone", "mine"


def choice() -> str:
    return MINE if machine_settings.value(keys.WHOSE) == MINE else EVERYONE


def choose(value: str) -> None:
    machine_settings.set_value(keys.WHOSE, MINE if value == MINE else EVERYONE)


def author() -> str | None:
    """The author to filter by, or None for everyone."""
    if choice() != MINE:
        return None
    from contacttracker.store.settings import author as me

    return me()
