"""What to tell the user when the database refuses a write (disk full, locked, read-only)."""

from __future__ import annotations

import sqlite3

from contacttracker.store.database import peewee
from contacttracker.ui.text import translate

#: What a write can raise: SQLite's and PostgreSQL's errors (peewee wraps both), and a lost
#: connection to the shared server (InterfaceError).
STORE_ERRORS = (peewee.DatabaseError, peewee.InterfaceError, sqlite3.OperationalError)


def describe(exc: BaseException) -> str:
    text = str(exc).lower()
    if "full" in text:
        reason = translate("Errors", "the disk is full")
    elif "locked" in text or "busy" in text:
        reason = translate("Errors", "another program is holding the database locked")
    elif "connection" in text or "server" in text or "timeout" in text:
        reason = translate("Errors", "the shared database cannot be reached")
    elif "readonly" in text or "read-only" in text:
        reason = translate("Errors", "the database cannot be written to (read-only)")
    else:
        reason = translate("Errors", "the database refused it ({error})").format(error=exc)
    return translate(
        "Errors",
        "Not saved: {reason}. Nothing was changed, and what you typed is still here; "
        "try again once that is fixed.",
    ).format(reason=reason)
