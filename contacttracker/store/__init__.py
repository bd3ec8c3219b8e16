"""The database: models, opening, migrations and the queries the app runs. No Qt here."""

from __future__ import annotations

import sys

if "peewee" not in sys.modules and "psycopg" not in sys.modules:
    # peewee imports the PostgreSQL driver when it is installed, a large part of every
    # start-up; it is imported only when a shared database is opened (see .postgres).
    sys.modules["psycopg"] = None  # type: ignore[assignment]
    try:
        import peewee
    finally:
        del sys.modules["psycopg"]

import peewee

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store.database import DatabaseError, Location, close, connect, resolve
from contacttracker.store.schema import migrate


def open_database(value: str | None = None, *, create: bool = True) -> Location:
    """Resolve --db / CONTACTTRACKER_DB / the default, connect and migrate.

    A backup is taken beside the file before an existing database is migrated.
    """
    location = resolve(value)
    database = connect(location, create=create)
    backup_dir = location.path.parent / "backups" if location.path else None
    try:
        migrate(database, backup_dir=backup_dir)
    except DatabaseError:
        close()
        raise
    except peewee.PeeweeException as exc:
        # A server that will not let this user create tables, a full disk: said in words.
        # Each step is its own transaction, so the database is left at the last whole one.
        close()
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Database", "{where}: the database could not be brought up to date ({exc})."
            ).format(where=location.describe(), exc=exc),
            "usage",
        ) from exc
    return location


__all__ = ["DatabaseError", "Location", "close", "open_database", "resolve"]
