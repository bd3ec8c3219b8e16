"""What to tell the user when the database refuses a write (disk full, locked, read-only)."""

from __future__ import annotations

import sqlite3

import peewee

STORE_ERRORS = (peewee.OperationalError, peewee.IntegrityError, sqlite3.OperationalError)


def describe(exc: BaseException) -> str:
    text = str(exc).lower()
    if "full" in text:
        reason = "the disk is full"
    elif "locked" in text or "busy" in text:
        reason = "another program is holding the database locked"
    elif "readonly" in text or "read-only" in text:
        reason = "the database cannot be written to (read-only)"
    else:
        reason = f"the database refused it ({exc})"
    return (
        f"Not saved: {reason}. Nothing was changed, and what you typed is still here; "
        "try again once that is fixed."
    )
