"""What to tell the user when the database refuses a write (disk full, locked, read-only)."""

from __future__ import annotations

import sqlite3

import peewee
from PySide6.QtCore import QCoreApplication

STORE_ERRORS = (peewee.OperationalError, peewee.IntegrityError, sqlite3.OperationalError)


def translate(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe(exc: BaseException) -> str:
    text = str(exc).lower()
    if "full" in text:
        reason = translate("the disk is full")
    elif "locked" in text or "busy" in text:
        reason = translate("another program is holding the database locked")
    elif "readonly" in text or "read-only" in text:
        reason = translate("the database cannot be written to (read-only)")
    else:
        reason = translate("the database refused it ({error})").format(error=exc)
    return translate(
        "Not saved: {reason}. Nothing was changed, and what you typed is still here; "
        "try again once that is fixed."
    ).format(reason=reason)
